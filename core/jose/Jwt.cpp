#include "core/jose/Jwt.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace jose::jwt {

QByteArray encodeClaims(const QJsonObject& claims)
{
    return QJsonDocument(claims).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> decodeClaims(QByteArrayView payload, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = u"the payload is not a JSON object"_s;
        return std::nullopt;
    }
    return doc.object();
}

QString halfHash(Algorithm alg, QByteArrayView value)
{
    const int bytes = algorithmHashBytes(alg);
    if (bytes == 0)
        return {};
    const QByteArray digest = sha(bytes, value);
    return QString::fromLatin1(base64UrlEncode(digest.left(digest.size() / 2)));
}

QStringList audiences(const QJsonObject& claims)
{
    const QJsonValue aud = claims.value(u"aud"_s);
    if (aud.isString())
        return {aud.toString()};
    QStringList out;
    for (const QJsonValue& v : aud.toArray()) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

} // namespace jose::jwt
