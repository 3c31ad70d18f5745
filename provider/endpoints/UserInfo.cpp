#include "core/http/FormUrlEncoded.h"
#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"
#include "provider/endpoints/Handlers.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse userinfo(const EndpointContext& ctx)
{
    auto challenge = [&](int status, const QString& error, const QString& description) {
        // RFC 6750 3: no error code when the request carried no token at all.
        QByteArray value = "Bearer realm=\"" + ctx.issuer.url.toUtf8() + '"';
        if (!error.isEmpty())
            value += ", error=\"" + error.toUtf8() + "\", error_description=\""
                + OAuthError::safeDescription(description).toLatin1() + '"';
        HttpResponse r = error.isEmpty() ? HttpResponse::text(u"authentication required\n"_s, status)
                                         : errorResponse(OAuthError{error, description, status});
        r.setHeader("WWW-Authenticate"_ba, value);
        return r;
    };

    const QByteArray authorization = ctx.request.header("authorization");
    QByteArray token;
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
        token = authorization.mid(7).trimmed();
    else if (!authorization.isEmpty())
        return challenge(401, u"invalid_request"_s, u"the Authorization header must use the Bearer scheme"_s);

    // RFC 6750 2.2: the token may come in a form-encoded POST body instead.
    if (ctx.request.method == "POST" && ctx.request.mediaType() == "application/x-www-form-urlencoded") {
        const auto form = core::FormData::parse(ctx.request.body);
        if (form && form->contains(u"access_token"_s)) {
            if (!token.isEmpty() || form->values(u"access_token"_s).size() > 1)
                return challenge(400, u"invalid_request"_s, u"send the access token only once"_s);
            token = form->value(u"access_token"_s).toLatin1();
        }
    }
    if (token.isEmpty())
        return challenge(401, {}, {});

    QString why;
    const auto record = tokens::validateAccessToken(ctx, token, &why);
    if (!record)
        return challenge(401, u"invalid_token"_s, why);
    if (!record->scopes.contains(u"openid"_s))
        return challenge(
            403, u"insufficient_scope"_s, u"the access token was not granted the openid scope"_s);
    const User* user = ctx.issuer.config.findUserBySubject(record->subject);
    if (!user)
        return challenge(401, u"invalid_token"_s, u"the user no longer exists"_s);

    QJsonObject claims
        = tokens::scopedClaims(ctx.issuer.config, *user, record->scopes, record->userinfoClaims);
    if (ctx.faults.take(u"userinfo.sub_mismatch")) {
        // Another user's subject: the first other user of the issuer, else a made-up one.
        QString other = u"someone-else"_s;
        for (const User& candidate : ctx.issuer.config.users) {
            if (candidate.subject != user->subject) {
                other = candidate.subject;
                break;
            }
        }
        claims.insert(u"sub"_s, other);
    }
    if (ctx.faults.take(u"userinfo.missing_sub"))
        claims.remove(u"sub"_s);
    const Client* client = ctx.issuer.config.findClient(record->clientId);
    if (client && !client->userinfoSigningAlg.isEmpty()) {
        const auto jwt = tokens::signedUserinfo(ctx, *client, claims, &why);
        if (!jwt)
            return errorResponse(OAuthError{u"server_error"_s, why, 500});
        HttpResponse r;
        r.body = *jwt;
        r.setHeader("Content-Type"_ba, "application/jwt"_ba);
        setNoStore(r);
        return r;
    }
    HttpResponse r = HttpResponse::json(claims);
    setNoStore(r);
    r.clientId = record->clientId;
    return r;
}

} // namespace provider::endpoints
