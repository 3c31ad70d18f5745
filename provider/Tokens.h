#pragma once

#include "provider/endpoints/EndpointContext.h"
#include "provider/workspace/Workspace.h"

#include <QJsonObject>
#include <optional>

namespace provider::tokens {

// The user's claims released by `scopes` (OIDC Core 5.4) and by name through the claims request parameter
// (OIDC Core 5.5: `requested` is its "id_token" or "userinfo" member), always with "sub".
QJsonObject scopedClaims(
    const Issuer& issuer, const User& user, const QStringList& scopes, const QJsonObject& requested = {});

struct IssuedTokens
{
    QString accessToken;
    QString accessTokenId;
    qint64 accessTokenExpiresAt = 0;
    QString idToken;
    QString refreshToken;
    QString refreshFamily;
    int expiresIn = 0;
};

struct TokenRequestGrant
{
    TokenRequestGrant(
        const Client& client, const User* user, QStringList scopes, QString nonce = {}, qint64 authTime = 0)
        : client(client)
        , user(user)
        , scopes(std::move(scopes))
        , nonce(std::move(nonce))
        , authTime(authTime)
    { }

    const Client& client;
    // Null for client_credentials: the client is the subject.
    const User* user = nullptr;
    // Scopes of the access token.
    QStringList scopes;
    QString nonce;
    qint64 authTime = 0;
    ClaimsRequest claims;
    bool idToken = false;
    bool refreshToken = false;
    // False for response_type=id_token: an ID token alone, without at_hash.
    bool accessToken = true;
    // A code issued in the same authorization response (hybrid flow): the ID token gets its c_hash.
    QString code;
    // Scopes of the refresh token: those of the original grant (RFC 6749 6), which a refresh may narrow for
    // the access token only. Empty: `scopes`.
    QStringList refreshScopes;
    // Continue this refresh token family (rotation); empty starts a new one.
    QString refreshFamily;
};

// Signs an RFC 9068 access token, an ID token and a refresh token as the grant asks, and records them.
std::optional<IssuedTokens> issue(const EndpointContext& ctx, const TokenRequestGrant& grant, QString* error);

// A userinfo response as a JWT (OIDC Core 5.3.2: with iss and aud) signed with the client's
// userinfo_signed_response_alg, or why not.
std::optional<QByteArray> signedUserinfo(
    const EndpointContext& ctx, const Client& client, QJsonObject claims, QString* error);

// The token response body (RFC 6749 5.1) with no-store headers.
HttpResponse tokenResponse(const IssuedTokens& tokens, const QStringList& scopes, const QString& clientId);

// The claims of an ID token this issuer signed, expired or not (for id_token_hint), or why not.
std::optional<QJsonObject> idTokenHintClaims(
    const EndpointContext& ctx, const QString& token, QString* error);

// The claims of an access token this provider signed (signature and issuer checked, nothing else), or why
// not.
std::optional<QJsonObject> accessTokenClaims(
    const EndpointContext& ctx, const QByteArray& token, QString* error);

// Checks an access token this provider issued: signature, issuer, expiry, issued since the last start or
// reset, not revoked; the record is read from its claims. On failure *error says why, in words fit for an
// RFC 6750 error_description.
std::optional<AccessTokenRecord> validateAccessToken(
    const EndpointContext& ctx, const QByteArray& token, QString* error);

} // namespace provider::tokens
