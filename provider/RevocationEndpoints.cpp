#include "provider/Endpoints.h"
#include "provider/Provider.h"
#include "provider/Tokens.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

struct Authenticated
{
    core::FormData form;
    const Client* client;
    QString token;
};

// Shared first steps of revocation and introspection: form body, client authentication, a "token".
std::variant<Authenticated, HttpResponse> authenticatedTokenRequest(const EndpointContext& ctx)
{
    auto request = authenticatedRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    auto& [form, client] = std::get<ClientRequest>(request);
    const QString token = form.value(u"token"_s);
    if (token.isEmpty()) {
        HttpResponse r = errorResponse(OAuthError{u"invalid_request"_s, u"token is required"_s});
        r.clientId = client->clientId;
        return r;
    }
    return Authenticated{std::move(form), client, token};
}

HttpResponse noStoreJson(const QJsonObject& body, const QString& clientId)
{
    HttpResponse r = HttpResponse::json(body);
    setNoStore(r);
    r.clientId = clientId;
    return r;
}

} // namespace

HttpResponse revocation(const EndpointContext& ctx)
{
    // RFC 7009. Public clients may revoke their own tokens too (they authenticate with client_id alone).
    auto request = authenticatedTokenRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const auto& [form, client, token] = std::get<Authenticated>(request);
    // (Not a capture of the structured binding itself: C++17 does not allow that.)
    auto refused = [clientId = client->clientId] {
        HttpResponse r = errorResponse(
            OAuthError{u"unauthorized_client"_s, u"the token was not issued to this client"_s});
        r.clientId = clientId;
        return r;
    };

    if (const auto refresh = ctx.grants.refreshToken(token)) {
        if (refresh->clientId != client->clientId || refresh->issuerId != ctx.issuer.config.id)
            return refused();
        // 2.1: revoking a refresh token also revokes the access tokens of the same grant.
        ctx.grants.revokeFamily(refresh->familyId);
    } else if (const auto claims = tokens::accessTokenClaims(ctx, token.toLatin1(), nullptr)) {
        if (claims->value(u"client_id"_s).toString() != client->clientId)
            return refused();
        ctx.grants.revokeAccessToken(
            {claims->value(u"jti"_s).toString(), claims->value(u"exp"_s).toInteger(0)});
    }
    // 2.2: unknown, invalid and already revoked tokens are answered with 200 as well.
    HttpResponse r;
    setNoStore(r);
    r.clientId = client->clientId;
    return r;
}

HttpResponse introspection(const EndpointContext& ctx)
{
    // RFC 7662: only clients that can authenticate may ask.
    auto request = authenticatedTokenRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const auto& [form, client, token] = std::get<Authenticated>(request);
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
