#include "provider/endpoints/RequestObject.h"

#include "core/jose/Jwt.h"
#include "provider/IssuerRuntime.h"
#include "provider/endpoints/ClientJwt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

core::FormData withRequestObject(
    const EndpointContext& ctx, const Client& client, const core::FormData& query, QString* error)
{
    core::FormData without;
    for (const auto& [key, value] : query.pairs()) {
        if (key != u"request"_s)
            without.add(key, value);
    }
    const QString compact = query.value(u"request"_s);
    if (query.contains(u"request_uri"_s)) {
        *error = u"request and request_uri exclude each other"_s;
        return without;
    }
    if (compact.count(u'.') == 4) {
        *error = u"encrypted request objects are not supported: sign it (with the client secret or a key in "
                 u"the client's jwks), or send it unsigned"_s;
        return without;
    }
    QString why;
    const std::optional<jose::Jws> jws = jose::Jws::parse(compact.toLatin1(), &why);
    if (!jws) {
        *error = u"the request object is not a JWT: %1"_s.arg(why);
        return without;
    }
    if (!verifyClientJwt(*jws, client, u"the request object"_s, true, error))
        return without;
    const std::optional<QJsonObject> claims = jose::jwt::decodeClaims(jws->payload(), &why);
    if (!claims) {
        *error = u"the request object's payload is not a JSON object: %1"_s.arg(why);
        return without;
    }
    // OIDC Core 6.1: client_id and response_type in both must be the same (RFC 9101 clients may send only
    // client_id and the object).
    for (const QString& name : {u"client_id"_s, u"response_type"_s}) {
        if (claims->contains(name) && query.contains(name)
            && claims->value(name).toString() != query.value(name)) {
            *error = u"%1 in the request object (\"%2\") differs from the request's (\"%3\")"_s.arg(
                name, claims->value(name).toString(), query.value(name));
            return without;
        }
    }
    if (claims->contains(u"iss"_s) && claims->value(u"iss"_s).toString() != client.clientId) {
        *error = u"the request object's iss must be the client_id"_s;
        return without;
    }
    if (claims->contains(u"aud"_s) && !jose::jwt::audiences(*claims).contains(ctx.issuer.url)) {
        *error = u"the request object's aud must be this issuer (%1)"_s.arg(ctx.issuer.url);
        return without;
    }
    if (!checkJwtTimes(*claims, ctx.clock.nowSecs(), u"the request object"_s, false, error))
        return without;
    if (claims->contains(u"request"_s) || claims->contains(u"request_uri"_s)) {
        *error = u"a request object must not contain request or request_uri"_s;
        return without;
    }
    // The JWT's own claims are not authorization parameters.
    static const QStringList jwtClaims{u"iss"_s, u"aud"_s, u"exp"_s, u"nbf"_s, u"iat"_s, u"jti"_s};
    core::FormData merged;
    for (const auto& [key, value] : without.pairs()) {
        if (!claims->contains(key))
            merged.add(key, value);
    }
    for (auto it = claims->constBegin(); it != claims->constEnd(); ++it) {
        if (jwtClaims.contains(it.key()))
            continue;
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toInteger(qint64(value.toDouble())));
        else if (value.isBool())
            text = value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isObject()) // e.g. claims (OIDC Core 5.5)
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            continue; // null: as if absent
        merged.add(it.key(), text);
    }
    return merged;
}

} // namespace provider::endpoints
