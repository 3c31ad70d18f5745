#pragma once

#include "provider/Endpoints.h"
#include "provider/Workspace.h"

#include <QJsonObject>
#include <optional>

namespace provider::tokens {

// The user's claims released by `scopes` (OIDC Core 5.4), always with "sub".
QJsonObject scopedClaims(const Issuer& issuer, const User& user, const QStringList& scopes);

struct IssuedTokens
{
    QString accessToken;
    QString accessTokenId;
    QString idToken;
    int expiresIn = 0;
};

struct TokenRequestGrant
{
    const Client& client;
    const User& user;
    QStringList scopes;
    QString nonce;
    qint64 authTime = 0;
};

// Signs an RFC 9068 access token and (when "openid" was granted) an ID token, and records the access token.
std::optional<IssuedTokens> issue(const EndpointContext& ctx, const TokenRequestGrant& grant, QString* error);

// Checks an access token this provider issued: signature, issuer, expiry, not revoked. On failure *error says
// why, in words fit for an RFC 6750 error_description.
std::optional<AccessTokenRecord> validateAccessToken(
    const EndpointContext& ctx, const QByteArray& token, QString* error);

} // namespace provider::tokens
