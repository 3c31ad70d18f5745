#include "provider/Tokens.h"

#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "provider/Provider.h"

using namespace Qt::StringLiterals;

namespace provider::tokens {

QJsonObject scopedClaims(const Issuer& issuer, const User& user, const QStringList& scopes)
{
    QJsonObject claims;
    for (const QString& scopeName : scopes) {
        const ScopeDefinition* scope = issuer.findScope(scopeName);
        if (!scope)
            continue;
        for (const QString& claim : scope->claims) {
            if (user.claims.contains(claim))
                claims.insert(claim, user.claims.value(claim));
        }
    }
    claims.insert(u"sub"_s, user.subject);
    return claims;
}

std::optional<IssuedTokens> issue(const EndpointContext& ctx, const TokenRequestGrant& grant, QString* error)
{
    const auto key = ctx.issuer.signingKey(grant.client, error);
    if (!key)
        return std::nullopt;
    const qint64 now = ctx.clock.nowSecs();
    IssuedTokens out;
    out.expiresIn = grant.client.accessTokenLifetime;
    out.accessTokenId = QString::fromLatin1(jose::randomToken(16));

    // RFC 9068 JWT access token.
    const QString audience = grant.client.accessTokenAudience.isEmpty() ? grant.client.clientId
                                                                        : grant.client.accessTokenAudience;
    const QJsonObject accessClaims{
        {u"iss"_s, ctx.issuer.url},
        {u"sub"_s, grant.user.subject},
        {u"aud"_s, audience},
        {u"client_id"_s, grant.client.clientId},
        {u"scope"_s, grant.scopes.join(u' ')},
        {u"iat"_s, now},
        {u"exp"_s, now + grant.client.accessTokenLifetime},
        {u"auth_time"_s, grant.authTime},
        {u"jti"_s, out.accessTokenId},
    };
    auto accessToken = jose::Jws::sign(
        {{u"typ"_s, u"at+jwt"_s}}, jose::jwt::encodeClaims(accessClaims), key->first, key->second, error);
    if (!accessToken)
        return std::nullopt;
    out.accessToken = QString::fromLatin1(*accessToken);

    if (grant.scopes.contains(u"openid"_s)) {
        QJsonObject idClaims = scopedClaims(ctx.issuer.config, grant.user, grant.scopes);
        idClaims.insert(u"iss"_s, ctx.issuer.url);
        idClaims.insert(u"aud"_s, grant.client.clientId);
        idClaims.insert(u"azp"_s, grant.client.clientId);
        idClaims.insert(u"iat"_s, now);
        idClaims.insert(u"exp"_s, now + grant.client.idTokenLifetime);
        idClaims.insert(u"auth_time"_s, grant.authTime);
        if (!grant.nonce.isEmpty())
            idClaims.insert(u"nonce"_s, grant.nonce);
        idClaims.insert(u"at_hash"_s, jose::jwt::halfHash(key->second, *accessToken));
        auto idToken = jose::Jws::sign(
            {{u"typ"_s, u"JWT"_s}}, jose::jwt::encodeClaims(idClaims), key->first, key->second, error);
        if (!idToken)
            return std::nullopt;
        out.idToken = QString::fromLatin1(*idToken);
    }

    ctx.grants.addAccessToken(
        {out.accessTokenId, ctx.issuer.config.id, grant.client.clientId, grant.user.subject, grant.scopes,
            now + grant.client.accessTokenLifetime, false},
        now);
    return out;
}

std::optional<AccessTokenRecord> validateAccessToken(
    const EndpointContext& ctx, const QByteArray& token, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<AccessTokenRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString parseError;
    const auto jws = jose::Jws::parse(token, &parseError);
    if (!jws)
        return fail(u"the access token is malformed: "_s + parseError);
    if (jws->header().value(u"typ"_s).toString() != u"at+jwt"_s)
        return fail(u"not an access token of this provider"_s);
    bool verified = false;
    for (const jose::Jwk& key : ctx.issuer.publishedKeys) {
        if (key.kid() == jws->kid() && jws->verify(key)) {
            verified = true;
            break;
        }
    }
    if (!verified)
        return fail(u"the access token's signature does not verify with this issuer's keys"_s);
    const auto claims = jose::jwt::decodeClaims(jws->payload());
    if (!claims || claims->value(u"iss"_s).toString() != ctx.issuer.url)
        return fail(u"the access token was issued by another issuer"_s);
    const auto record = ctx.grants.accessToken(claims->value(u"jti"_s).toString());
    if (!record)
        return fail(u"the access token is unknown to this provider (issued before a restart?)"_s);
    if (record->revoked)
        return fail(u"the access token has been revoked"_s);
    if (record->expiresAt <= ctx.clock.nowSecs())
        return fail(u"the access token has expired"_s);
    return record;
}

} // namespace provider::tokens
