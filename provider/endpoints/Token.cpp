#include "core/jose/Crypto.h"
#include "core/jose/Pkce.h"
#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"
#include "provider/endpoints/ClientAuthentication.h"
#include "provider/endpoints/Grants.h"
#include "provider/endpoints/Handlers.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// OIDC Core 11: refresh tokens for offline_access, to clients allowed the refresh_token grant by an issuer
// that supports it.
bool issuesRefreshToken(const EndpointContext& ctx, const Client& client, const QStringList& scopes)
{
    return scopes.contains(u"offline_access"_s) && client.grantTypes.contains(u"refresh_token"_s)
        && ctx.issuer.config.acceptsGrant(u"refresh_token"_s);
}

} // namespace

std::variant<QStringList, QString> checkScopes(
    const EndpointContext& ctx, const Client& client, const QString& scope)
{
    QStringList scopes;
    for (const QString& name : scope.split(u' ', Qt::SkipEmptyParts)) {
        if (!ctx.issuer.config.findScope(name))
            return u"scope \"%1\" is not defined by this issuer"_s.arg(name);
        if (!client.allowedScopes.isEmpty() && !client.allowedScopes.contains(name))
            return u"the client may not request scope \"%1\""_s.arg(name);
        if (!scopes.contains(name))
            scopes.append(name);
    }
    return scopes;
}

namespace {

HttpResponse authorizationCodeGrant(
    const EndpointContext& ctx, const core::FormData& form, const Client& client)
{
    auto fail = [&](const QString& error, const QString& description) {
        return clientError(client, error, description);
    };
    const QString codeValue = form.value(u"code"_s);
    if (codeValue.isEmpty())
        return fail(u"invalid_request"_s, u"code is required"_s);
    const QString redirectUri = form.value(u"redirect_uri"_s);
    if (redirectUri.isEmpty())
        return fail(u"invalid_request"_s, u"redirect_uri is required"_s);

    const qint64 now = ctx.clock.nowSecs();
    AuthorizationCode code;
    switch (ctx.grants.redeemCode(codeValue, now, &code)) {
    case GrantStore::Redemption::Unknown:
        return fail(u"invalid_grant"_s, u"the authorization code is invalid"_s);
    case GrantStore::Redemption::Expired:
        return fail(u"invalid_grant"_s, u"the authorization code has expired"_s);
    case GrantStore::Redemption::Reused:
        return fail(u"invalid_grant"_s,
            code.tokens.isEmpty() ? u"the authorization code was already used"_s
                                  : u"the authorization code was already used; the tokens issued for it "
                                    u"are now revoked"_s);
    case GrantStore::Redemption::Ok:
        break;
    }
    if (code.issuerId != ctx.issuer.config.id || code.clientId != client.clientId)
        return fail(u"invalid_grant"_s, u"the authorization code was issued to another client"_s);
    if (code.redirectUri != redirectUri)
        return fail(u"invalid_grant"_s, u"redirect_uri differs from the one in the authorization request"_s);

    const QString verifier = form.value(u"code_verifier"_s);
    if (code.codeChallenge.isEmpty()) {
        if (!verifier.isEmpty())
            return fail(u"invalid_grant"_s,
                u"code_verifier sent, but the authorization request had no "
                u"code_challenge"_s);
    } else if (verifier.isEmpty()) {
        return fail(u"invalid_grant"_s, u"code_verifier is required (PKCE)"_s);
    } else if (!jose::pkce::verify(
                   code.codeChallengeMethod, verifier.toLatin1(), code.codeChallenge.toLatin1())) {
        return fail(
            u"invalid_grant"_s, u"PKCE verification failed: code_verifier does not match code_challenge"_s);
    }

    const User* user = ctx.issuer.config.findUserBySubject(code.subject);
    if (!user)
        return fail(u"invalid_grant"_s, u"the user no longer exists"_s);

    tokens::TokenRequestGrant grant{client, user, code.scopes, code.nonce, code.authTime};
    grant.claims = code.claims;
    grant.idToken = code.scopes.contains(u"openid"_s);
    grant.refreshToken = issuesRefreshToken(ctx, client, code.scopes);
    QString error;
    const auto issued = tokens::issue(ctx, grant, &error);
    if (!issued)
        return fail(u"server_error"_s, error);
    ctx.grants.attachTokens(
        codeValue, {{issued->accessTokenId, issued->accessTokenExpiresAt}}, issued->refreshFamily);
    return tokens::tokenResponse(*issued, code.scopes, client.clientId);
}

HttpResponse refreshTokenGrant(const EndpointContext& ctx, const core::FormData& form, const Client& client)
{
    auto fail = [&](const QString& error, const QString& description) {
        return clientError(client, error, description);
    };
    const QString token = form.value(u"refresh_token"_s);
    if (token.isEmpty())
        return fail(u"invalid_request"_s, u"refresh_token is required"_s);
    // RFC 6749 6: the token is bound to its client; check that before it is used up (rotation).
    const auto known = ctx.grants.refreshToken(token);
    if (known && (known->clientId != client.clientId || known->issuerId != ctx.issuer.config.id))
        return fail(u"invalid_grant"_s, u"the refresh token was issued to another client"_s);
    // A narrower scope is allowed for the new access token, a wider one is not (RFC 6749 6). Checked before
    // the token is used, so a refused request does not cost the client its grant.
    if (known && form.contains(u"scope"_s)) {
        for (const QString& scope : form.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts)) {
            if (!known->scopes.contains(scope))
                return fail(u"invalid_scope"_s, u"scope \"%1\" was not granted originally"_s.arg(scope));
        }
    }

    RefreshTokenRecord record;
    switch (ctx.grants.useRefreshToken(token, ctx.clock.nowSecs(), client.refreshTokenRotation, &record)) {
    case GrantStore::RefreshUse::Unknown:
        return fail(u"invalid_grant"_s, u"the refresh token is invalid"_s);
    case GrantStore::RefreshUse::Expired:
        return fail(u"invalid_grant"_s, u"the refresh token has expired"_s);
    case GrantStore::RefreshUse::Revoked:
        return fail(u"invalid_grant"_s, u"the refresh token has been revoked"_s);
    case GrantStore::RefreshUse::Reused:
        return fail(u"invalid_grant"_s,
            u"the refresh token was already replaced by rotation; as a precaution "
            u"every token of its grant is now revoked"_s);
    case GrantStore::RefreshUse::Ok:
        break;
    }

    QStringList scopes = record.scopes;
    if (form.contains(u"scope"_s))
        scopes = form.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    const User* user = ctx.issuer.config.findUserBySubject(record.subject);
    if (!user)
        return fail(u"invalid_grant"_s, u"the user no longer exists"_s);

    tokens::TokenRequestGrant grant{client, user, scopes, {}, record.authTime};
    grant.claims = record.claims;
    // OIDC Core 12.2: a new ID token, same subject and auth_time, no nonce.
    grant.idToken = scopes.contains(u"openid"_s);
    grant.refreshToken = client.refreshTokenRotation;
    grant.refreshScopes = record.scopes;
    grant.refreshFamily = record.familyId;
    QString error;
    const auto issued = tokens::issue(ctx, grant, &error);
    if (!issued)
        return fail(u"server_error"_s, error);
    return tokens::tokenResponse(*issued, scopes, client.clientId);
}

HttpResponse deviceCodeGrant(const EndpointContext& ctx, const core::FormData& form, const Client& client)
{
    auto fail = [&](const QString& error, const QString& description) {
        return clientError(client, error, description);
    };
    const QString deviceCode = form.value(u"device_code"_s);
    if (deviceCode.isEmpty())
        return fail(u"invalid_request"_s, u"device_code is required"_s);
    DeviceAuthorization device;
    const auto poll = ctx.grants.pollDevice(deviceCode, ctx.clock.nowSecs(), &device);
    if (poll != GrantStore::DevicePoll::Unknown
        && (device.clientId != client.clientId || device.issuerId != ctx.issuer.config.id))
        return fail(u"invalid_grant"_s, u"the device code was issued to another client"_s);
    switch (poll) {
    case GrantStore::DevicePoll::Unknown:
        return fail(u"invalid_grant"_s, u"the device code is invalid or was already used"_s);
    case GrantStore::DevicePoll::Pending:
        return fail(u"authorization_pending"_s, u"the user has not finished yet"_s);
    case GrantStore::DevicePoll::SlowDown:
        return fail(u"slow_down"_s,
            u"polling faster than the interval, which is now %1 s"_s.arg(device.interval + 5));
    case GrantStore::DevicePoll::Expired:
        return fail(u"expired_token"_s, u"the device code has expired; start again"_s);
    case GrantStore::DevicePoll::Denied:
        return fail(u"access_denied"_s, u"the user denied the device"_s);
    case GrantStore::DevicePoll::Approved:
        break;
    }
    const User* user = ctx.issuer.config.findUserBySubject(device.subject);
    if (!user)
        return fail(u"invalid_grant"_s, u"the user no longer exists"_s);
    tokens::TokenRequestGrant grant{client, user, device.scopes, {}, device.authTime};
    grant.idToken = device.scopes.contains(u"openid"_s);
    grant.refreshToken = issuesRefreshToken(ctx, client, device.scopes);
    QString error;
    const auto issued = tokens::issue(ctx, grant, &error);
    if (!issued)
        return fail(u"server_error"_s, error);
    return tokens::tokenResponse(*issued, device.scopes, client.clientId);
}

HttpResponse clientCredentialsGrant(
    const EndpointContext& ctx, const core::FormData& form, const Client& client)
{
    if (!client.confidential)
        return clientError(client, u"unauthorized_client"_s,
            u"client_credentials is for confidential clients, which can authenticate"_s);
    const auto scopes = checkScopes(ctx, client, form.value(u"scope"_s));
    if (const auto* problem = std::get_if<QString>(&scopes))
        return clientError(client, u"invalid_scope"_s, *problem);
    tokens::TokenRequestGrant grant{client, nullptr, std::get<QStringList>(scopes)};
    QString error;
    const auto issued = tokens::issue(ctx, grant, &error);
    if (!issued)
        return clientError(client, u"server_error"_s, error);
    return tokens::tokenResponse(*issued, grant.scopes, client.clientId);
}

} // namespace

namespace {

// Injected token response faults that change a successful response's fields.
void injectResponseFaults(const EndpointContext& ctx, HttpResponse& response)
{
    QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (body.contains(u"id_token"_s) && ctx.faults.take(u"token.missing_id_token"))
        body.remove(u"id_token"_s);
    if (ctx.faults.take(u"token.missing_token_type"))
        body.remove(u"token_type"_s);
    else if (ctx.faults.take(u"token.wrong_token_type"))
        body.insert(u"token_type"_s, u"mac"_s);
    if (ctx.faults.take(u"token.missing_expires_in"))
        body.remove(u"expires_in"_s);
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

namespace {

// The token endpoint without injected faults.
HttpResponse tokenGrant(const EndpointContext& ctx)
{
    auto request = authenticatedRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const core::FormData& form = std::get<ClientRequest>(request).form;
    const Client& client = *std::get<ClientRequest>(request).client;

    const QString grantType = form.value(u"grant_type"_s);
    if (grantType.isEmpty())
        return clientError(client, u"invalid_request"_s, u"grant_type is required"_s);
    using Handler = HttpResponse (*)(const EndpointContext&, const core::FormData&, const Client&);
    const std::pair<QString, Handler> grants[]
        = {{u"authorization_code"_s, authorizationCodeGrant}, {u"refresh_token"_s, refreshTokenGrant},
            {u"client_credentials"_s, clientCredentialsGrant}, {kDeviceCodeGrant, deviceCodeGrant}};
    for (const auto& [name, handler] : grants) {
        if (name != grantType)
            continue;
        if (!ctx.issuer.config.acceptsGrant(grantType))
            break;
        if (!client.grantTypes.contains(grantType))
            return clientError(client, u"unauthorized_client"_s,
                u"the client may not use grant_type \"%1\""_s.arg(grantType));
        return handler(ctx, form, client);
    }
    return clientError(client, u"unsupported_grant_type"_s,
        u"grant_type \"%1\" is not supported by this issuer"_s.arg(grantType));
}

} // namespace

HttpResponse token(const EndpointContext& ctx)
{
    // Injected errors (docs/faults.md) come before anything is checked or used up.
    if (const FaultRule* rule = ctx.faults.take(FaultStage::ErrorResponse))
        return injectedErrorResponse(ctx, *rule);
    HttpResponse response = tokenGrant(ctx);
    if (response.status == 200 && !ctx.faults.isEmpty())
        injectResponseFaults(ctx, response);
    return response;
}

} // namespace provider::endpoints
