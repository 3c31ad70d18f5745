#include "provider/IssuerRuntime.h"
#include "provider/endpoints/CachedJson.h"
#include "provider/endpoints/Discovery.h"
#include "provider/endpoints/Handlers.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

QJsonObject jwksDocument(const IssuerRuntime& issuer)
{
    QJsonArray keys;
    for (const jose::Jwk& key : issuer.publishedKeys) {
        QJsonObject pub = key.toPublicJson();
        if (!pub.contains(u"use"_s))
            pub.insert(u"use"_s, u"sig"_s);
        // Name the algorithm only when the key signs with exactly one (an RSA key may do RS256 and PS256).
        const QSet<QString> algorithms = issuer.keyAlgorithms.value(key.kid());
        if (!pub.contains(u"alg"_s) && algorithms.size() == 1)
            pub.insert(u"alg"_s, *algorithms.begin());
        keys.append(pub);
    }
    return QJsonObject{{u"keys"_s, keys}};
}

HttpResponse jwks(const EndpointContext& ctx)
{
    // The JWKS's one error response fault: jwks.down.
    if (ctx.faults.take(FaultStage::ErrorResponse)) {
        HttpResponse down = HttpResponse::text(u"Service Unavailable"_s, 503);
        down.setHeader("Retry-After"_ba, "30"_ba);
        return down;
    }
    QByteArray body = ctx.issuer.jwksBody;
    if (ctx.faults.take(u"jwks.empty")) {
        body = "{\"keys\":[]}";
    } else if (ctx.faults.take(u"jwks.missing_active_key")) {
        // As if the key that signs had not been published yet: every other key stays.
        QJsonObject doc = QJsonDocument::fromJson(body).object();
        QJsonArray keys = doc.value(u"keys"_s).toArray();
        const auto signer = ctx.issuer.accessTokenKey(nullptr);
        for (qsizetype i = keys.size() - 1; signer && i >= 0; --i) {
            if (keys.at(i).toObject().value(u"kid"_s).toString() == signer->first.kid())
                keys.removeAt(i);
        }
        doc.insert(u"keys"_s, keys);
        body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }
    return cachedJson(body, "application/jwk-set+json"_ba);
}

} // namespace provider::endpoints
