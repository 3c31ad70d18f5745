#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"
#include "provider/endpoints/ClientAuthentication.h"
#include "provider/endpoints/Handlers.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse introspection(const EndpointContext& ctx)
{
    // RFC 7662: only clients that can authenticate may ask.
    auto request = authenticatedTokenRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const auto& [form, client, token] = std::get<TokenRequest>(request);
    if (!client->confidential) {
        HttpResponse r = errorResponse(
            OAuthError{u"invalid_client"_s, u"introspection needs a confidential client"_s, 401});
        r.setHeader(
            "WWW-Authenticate"_ba, "Basic realm=\"" + ctx.issuer.url.toUtf8() + "\", charset=\"UTF-8\"");
        r.clientId = client->clientId;
        return r;
    }
    const qint64 now = ctx.clock.nowSecs();
    auto usernameOf = [&](const QString& subject) {
        const User* user = ctx.issuer.config.findUserBySubject(subject);
        return user ? user->username : QString();
    };

    if (const auto refresh = ctx.grants.refreshToken(token)) {
        const bool active = !refresh->revoked && !refresh->rotatedOut && refresh->expiresAt > now
            && refresh->issuerId == ctx.issuer.config.id;
        if (!active)
            return noStoreJson({{u"active"_s, false}}, client->clientId);
        QJsonObject body{{u"active"_s, true}, {u"scope"_s, refresh->scopes.join(u' ')},
            {u"client_id"_s, refresh->clientId}, {u"sub"_s, refresh->subject}, {u"iss"_s, ctx.issuer.url},
            {u"iat"_s, refresh->issuedAt}, {u"exp"_s, refresh->expiresAt}};
        if (const QString username = usernameOf(refresh->subject); !username.isEmpty())
            body.insert(u"username"_s, username);
        return noStoreJson(body, client->clientId);
    }

    const auto record = tokens::validateAccessToken(ctx, token.toLatin1(), nullptr);
    if (!record)
        return noStoreJson({{u"active"_s, false}}, client->clientId);
    const QJsonObject claims = *tokens::accessTokenClaims(ctx, token.toLatin1(), nullptr);
    QJsonObject body{{u"active"_s, true}, {u"token_type"_s, u"Bearer"_s}};
    for (const char16_t* name : {u"scope", u"client_id", u"sub", u"aud", u"iss", u"exp", u"iat", u"jti"}) {
        const QString key = QString::fromUtf16(name);
        if (claims.contains(key))
            body.insert(key, claims.value(key));
    }
    if (const QString username = usernameOf(record->subject); !username.isEmpty())
        body.insert(u"username"_s, username);
    return noStoreJson(body, client->clientId);
}

} // namespace provider::endpoints
