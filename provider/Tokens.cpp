#include "provider/Tokens.h"

#include "core/JsonWriter.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "core/jose/JwtChecks.h"
#include "provider/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace provider::tokens {

QJsonObject scopedClaims(
    const Issuer& issuer, const User& user, const QStringList& scopes, const QJsonObject& requested)
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
    for (auto it = requested.begin(); it != requested.end(); ++it) {
        if (user.claims.contains(it.key()))
            claims.insert(it.key(), user.claims.value(it.key()));
    }
    claims.insert(u"sub"_s, user.subject);
    return claims;
}

namespace {

// Signs a token of `kind` ("id_token" or "access_token"), tampered with if an injected tamper.* rule for that
// kind fires here (docs/faults.md): claims and header are changed before signing, the signature after.
std::optional<QByteArray> signToken(const EndpointContext& ctx, const QString& kind, QJsonObject header,
    QJsonObject claims, jose::Jwk key, jose::Algorithm alg, QString* error)
{
    const FaultRule* rule = ctx.faults.take(FaultStage::TokenTampering,
        [&](const FaultRule& r) { return r.options.value(u"token"_s).toString(u"id_token"_s) == kind; });
    const QString fault = rule ? rule->fault.mid(7) : QString();
    const qint64 now = ctx.clock.nowSecs();
    const QString other = u"other-party"_s;
    if (fault == u"wrong_iss"_s) {
        claims.insert(u"iss"_s, QString(claims.value(u"iss"_s).toString() + u"/other"_s));
    } else if (fault == u"wrong_aud"_s) {
        claims.insert(u"aud"_s, other);
    } else if (fault == u"missing_aud"_s) {
        claims.remove(u"aud"_s);
    } else if (fault == u"multiple_aud_no_azp"_s) {
        QJsonArray audiences = QJsonArray::fromStringList(jose::jwt::audiences(claims));
        audiences.append(other);
        claims.insert(u"aud"_s, audiences);
        claims.remove(u"azp"_s);
    } else if (fault == u"expired"_s) {
        claims.insert(u"iat"_s, now - 7200);
        claims.insert(u"exp"_s, now - 3600);
    } else if (fault == u"missing_exp"_s) {
        claims.remove(u"exp"_s);
    } else if (fault == u"nbf_future"_s) {
        claims.insert(u"nbf"_s, now + 3600);
    } else if (fault == u"iat_future"_s) {
        claims.insert(u"iat"_s, now + 3600);
    } else if (fault == u"iat_past"_s) {
        claims.insert(u"iat"_s, now - 30 * 86400);
    } else if (fault == u"missing_nonce"_s) {
        claims.remove(u"nonce"_s);
    } else if (fault == u"wrong_nonce"_s) {
        claims.insert(u"nonce"_s, QString::fromLatin1(jose::randomToken(12)));
    } else if (fault == u"wrong_at_hash"_s || fault == u"wrong_c_hash"_s) {
        claims.insert(fault.mid(6), jose::jwt::halfHash(alg, jose::randomToken(32)));
    } else if (fault == u"missing_at_hash"_s || fault == u"missing_c_hash"_s) {
        claims.remove(fault.mid(8));
    } else if (fault == u"missing_sub"_s) {
        claims.remove(u"sub"_s);
    } else if (fault == u"unknown_kid"_s) {
        header.insert(u"kid"_s, QString(u"unknown-"_s + QString::fromLatin1(jose::randomToken(6))));
    } else if (fault == u"no_kid"_s) {
        key.setKid({});
    } else if (fault == u"unadvertised_alg"_s) {
        if (!key.kid().isEmpty())
            header.insert(u"kid"_s, key.kid());
        key = jose::Jwk::fromSecret(jose::randomBytes(32));
        alg = alg == jose::Algorithm::HS256 ? jose::Algorithm::HS512 : jose::Algorithm::HS256;
    }
    auto token = jose::Jws::sign(header, jose::jwt::encodeClaims(claims), key, alg, error);
    if (!token)
        return std::nullopt;
    if (fault == u"bad_signature"_s) {
        const qsizetype dot = token->lastIndexOf('.');
        QByteArray signature = QByteArray::fromBase64(token->mid(dot + 1), QByteArray::Base64UrlEncoding);
        signature[0] = char(signature[0] ^ 0x5a);
        *token = token->left(dot + 1) + jose::base64UrlEncode(signature);
    } else if (fault == u"alg_none"_s) {
        header.insert(u"alg"_s, u"none"_s);
        header.remove(u"kid"_s);
        *token = jose::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + jose::base64UrlEncode(jose::jwt::encodeClaims(claims)) + '.';
    }
    return token;
}

} // namespace

std::optional<QByteArray> signedUserinfo(
    const EndpointContext& ctx, const Client& client, QJsonObject claims, QString* error)
{
    const auto key = ctx.issuer.signingKey(client, client.userinfoSigningAlg, error);
    if (!key)
        return std::nullopt;
    claims.insert(u"iss"_s, ctx.issuer.url);
    claims.insert(u"aud"_s, client.clientId);
    return signToken(ctx, u"userinfo"_s, {{u"typ"_s, u"JWT"_s}}, claims, key->first, key->second, error);
}

std::optional<IssuedTokens> issue(const EndpointContext& ctx, const TokenRequestGrant& grant, QString* error)
{
    const auto key = ctx.issuer.accessTokenKey(error);
    if (!key)
        return std::nullopt;
    const auto idKey = grant.idToken ? ctx.issuer.idTokenKey(grant.client, error) : key;
    if (!idKey)
        return std::nullopt;
    const qint64 now = ctx.clock.nowSecs();
    const QString subject = grant.user ? grant.user->subject : grant.client.clientId;
    IssuedTokens out;
    if (grant.refreshToken)
        out.refreshFamily = grant.refreshFamily.isEmpty() ? QString::fromLatin1(jose::randomToken(16))
                                                          : grant.refreshFamily;

    QByteArray accessToken;
    if (grant.accessToken) {
        out.expiresIn = grant.client.accessTokenLifetime;
        out.accessTokenId = ctx.grants.newAccessTokenId();
        out.accessTokenExpiresAt = now + grant.client.accessTokenLifetime;
        // RFC 9068 JWT access token; the client's own extra claims first, so they cannot replace the standard
        // ones.
        QJsonObject claims = grant.client.accessTokenClaims;
        claims.insert(u"iss"_s, ctx.issuer.url);
        claims.insert(u"sub"_s, subject);
        claims.insert(u"aud"_s,
            grant.client.accessTokenAudience.isEmpty() ? grant.client.clientId
                                                       : grant.client.accessTokenAudience);
        claims.insert(u"client_id"_s, grant.client.clientId);
        if (!grant.scopes.isEmpty())
            claims.insert(u"scope"_s, grant.scopes.join(u' '));
        claims.insert(u"iat"_s, now);
        claims.insert(u"exp"_s, out.accessTokenExpiresAt);
        if (grant.user)
            claims.insert(u"auth_time"_s, grant.authTime);
        claims.insert(u"jti"_s, out.accessTokenId);
        auto signedToken = signToken(
            ctx, u"access_token"_s, {{u"typ"_s, u"at+jwt"_s}}, claims, key->first, key->second, error);
        if (!signedToken)
            return std::nullopt;
        accessToken = *signedToken;
        out.accessToken = QString::fromLatin1(accessToken);
    }

    if (grant.idToken && grant.user) {
        QJsonObject idClaims
            = scopedClaims(ctx.issuer.config, *grant.user, grant.scopes, grant.claims.idToken);
        idClaims.insert(u"iss"_s, ctx.issuer.url);
        idClaims.insert(u"aud"_s, grant.client.clientId);
        idClaims.insert(u"azp"_s, grant.client.clientId);
        idClaims.insert(u"iat"_s, now);
        idClaims.insert(u"exp"_s, now + grant.client.idTokenLifetime);
        idClaims.insert(u"auth_time"_s, grant.authTime);
        if (!grant.claims.acr.isEmpty())
            idClaims.insert(u"acr"_s, grant.claims.acr);
        if (!grant.nonce.isEmpty())
            idClaims.insert(u"nonce"_s, grant.nonce);
        // OIDC Core 3.3.2.11: hashes of what the same response carries.
        // The hashes use the hash of the ID token's own algorithm.
        if (!accessToken.isEmpty())
            idClaims.insert(u"at_hash"_s, jose::jwt::halfHash(idKey->second, accessToken));
        if (!grant.code.isEmpty())
            idClaims.insert(u"c_hash"_s, jose::jwt::halfHash(idKey->second, grant.code.toLatin1()));
        auto idToken = signToken(
            ctx, u"id_token"_s, {{u"typ"_s, u"JWT"_s}}, idClaims, idKey->first, idKey->second, error);
        if (!idToken)
            return std::nullopt;
        out.idToken = QString::fromLatin1(*idToken);
    }

    // The refresh token first: its family holds the access token.
    if (grant.refreshToken) {
        out.refreshToken = QString::fromLatin1(jose::randomToken(32));
        RefreshTokenRecord record;
        record.issuerId = ctx.issuer.config.id;
        record.clientId = grant.client.clientId;
        record.subject = subject;
        record.scopes = grant.refreshScopes.isEmpty() ? grant.scopes : grant.refreshScopes;
        record.authTime = grant.authTime;
        record.claims = grant.claims;
        record.issuedAt = now;
        record.expiresAt = now + grant.client.refreshTokenLifetime;
        record.familyId = out.refreshFamily;
        ctx.grants.addRefreshToken(out.refreshToken, record, now);
    }
    if (grant.accessToken)
        ctx.grants.addAccessToken(
            {out.accessTokenId, out.accessTokenExpiresAt}, out.refreshFamily, grant.claims.userinfo, now);
    return out;
}

HttpResponse tokenResponse(const IssuedTokens& tokens, const QStringList& scopes, const QString& clientId)
{
    // Written directly rather than through QJsonObject: the one response of every token request.
    core::JsonObjectWriter body;
    body.add(u"access_token", tokens.accessToken)
        .add(u"token_type", u"Bearer")
        .add(u"expires_in", tokens.expiresIn);
    if (!scopes.isEmpty())
        body.add(u"scope", scopes.join(u' '));
    if (!tokens.idToken.isEmpty())
        body.add(u"id_token", tokens.idToken);
    if (!tokens.refreshToken.isEmpty())
        body.add(u"refresh_token", tokens.refreshToken);
    HttpResponse r = HttpResponse::json(body.finish());
    setNoStore(r);
    r.clientId = clientId;
    return r;
}

namespace {

// A JWS this issuer signed with one of its published keys, of the given "typ", with its "iss".
std::optional<QJsonObject> ownTokenClaims(
    const EndpointContext& ctx, QByteArrayView token, const QString& typ, const QString& what, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<QJsonObject> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString parseError;
    const auto jws = jose::Jws::parse(token, &parseError);
    if (!jws)
        return fail(u"the %1 is malformed: %2"_s.arg(what, parseError));
    if (jws->header().value(u"typ"_s).toString() != typ)
        return fail(u"not an %1 of this provider"_s.arg(what));
    // Its own keys, by the kid it names (jose::jwt::verifyingKey, as every JWT the program checks).
    QList<jose::Jwk> named;
    for (const jose::Jwk& key : ctx.issuer.verificationKeys) {
        if (key.kid() == jws->kid())
            named.append(key);
    }
    bool verified = jose::jwt::verifyingKey(*jws, named).has_value();
    if (!verified && jose::algorithmFamily(jws->algorithm()) == jose::AlgorithmFamily::Hmac) {
        // An ID token of a client that asked for HS256: its secret is the key (OIDC Core 10.1).
        const auto unverified = jose::jwt::decodeClaims(jws->payload());
        const QStringList audiences = unverified ? jose::jwt::audiences(*unverified) : QStringList();
        const Client* client = ctx.issuer.config.findClient(audiences.value(0));
        verified = client && client->confidential && client->idTokenSigningAlg == jws->algorithmName()
            && jws->verify(jose::Jwk::fromSecret(client->secret.toUtf8()));
    }
    if (!verified)
        return fail(u"the %1's signature does not verify with this issuer's keys"_s.arg(what));
    const auto claims = jose::jwt::decodeClaims(jws->payload());
    if (!claims || claims->value(u"iss"_s).toString() != ctx.issuer.url)
        return fail(u"the %1 was issued by another issuer"_s.arg(what));
    return claims;
}

} // namespace

std::optional<QJsonObject> idTokenHintClaims(const EndpointContext& ctx, const QString& token, QString* error)
{
    return ownTokenClaims(ctx, token.toLatin1(), u"JWT"_s, u"ID token"_s, error);
}

std::optional<QJsonObject> accessTokenClaims(
    const EndpointContext& ctx, const QByteArray& token, QString* error)
{
    return ownTokenClaims(ctx, token, u"at+jwt"_s, u"access token"_s, error);
}

std::optional<AccessTokenRecord> validateAccessToken(
    const EndpointContext& ctx, const QByteArray& token, QString* error)
{
    const auto claims = accessTokenClaims(ctx, token, error);
    if (!claims)
        return std::nullopt;
    auto fail = [error](const QString& why) -> std::optional<AccessTokenRecord> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString jti = claims->value(u"jti"_s).toString();
    switch (ctx.grants.accessTokenState(jti)) {
    case GrantStore::AccessTokenState::Unknown:
        return fail(u"the access token is unknown to this provider (issued before a restart or reset?)"_s);
    case GrantStore::AccessTokenState::Revoked:
        return fail(u"the access token has been revoked"_s);
    case GrantStore::AccessTokenState::Active:
        break;
    }
    const jose::jwt::TimeCheck expiry = jose::jwt::checkExpiry(*claims, ctx.clock.nowSecs());
    if (!expiry.ok())
        return fail(u"the access token has expired"_s);
    const qint64 expiresAt = expiry.value;
    AccessTokenRecord record;
    record.jti = jti;
    record.issuerId = ctx.issuer.config.id;
    record.clientId = claims->value(u"client_id"_s).toString();
    record.subject = claims->value(u"sub"_s).toString();
    record.scopes = claims->value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    record.expiresAt = expiresAt;
    record.userinfoClaims = ctx.grants.userinfoClaims(jti);
    return record;
}

} // namespace provider::tokens
