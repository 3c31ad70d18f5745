#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "core/jose/Pkce.h"
#include "provider/Endpoints.h"
#include "provider/Provider.h"
#include "provider/Tokens.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <variant>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

HttpResponse clientAuthFailure(
    const EndpointContext& ctx, const QString& description, const QString& clientId)
{
    // RFC 6749 5.2: 401 with a challenge for the scheme the client can use.
    HttpResponse r = errorResponse(OAuthError{u"invalid_client"_s, description, 401});
    r.setHeader("WWW-Authenticate"_ba, "Basic realm=\"" + ctx.issuer.url.toUtf8() + "\", charset=\"UTF-8\"");
    r.clientId = clientId;
    return r;
}

// A client authentication method the issuer does not accept (its workspace's token_endpoint_auth_methods).
HttpResponse methodRefused(const EndpointContext& ctx, const QString& method, const QString& clientId)
{
    return clientAuthFailure(ctx,
        u"this issuer does not accept %1 (it accepts %2)"_s.arg(
            method, ctx.issuer.config.clientAuthMethods.join(u", "_s)),
        clientId);
}

// An assertion lives at most this long ahead (RFC 7523 3: the server may refuse longer-lived ones), which
// also bounds how long its jti must be remembered.
constexpr qint64 kMaxAssertionLifetimeSecs = 3600;

// client_secret_jwt (RFC 7523 2.2 and 3, OIDC Core 9): a JWT signed with the client secret. The client, or
// the error response.
std::variant<const Client*, HttpResponse> assertedClient(
    const EndpointContext& ctx, const core::FormData& form)
{
    QString clientId = form.value(u"client_id"_s);
    if (form.value(u"client_assertion_type"_s) != u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s)
        return errorResponse(OAuthError{u"invalid_request"_s,
            u"client_assertion_type must be urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s});
    QString why;
    const std::optional<jose::Jws> jws = jose::Jws::parse(form.value(u"client_assertion"_s).toLatin1(), &why);
    if (!jws)
        return clientAuthFailure(ctx, u"client_assertion is not a JWT: %1"_s.arg(why), clientId);
    const QString method = jose::algorithmFamily(jws->algorithm()) == jose::AlgorithmFamily::Hmac
        ? u"client_secret_jwt"_s
        : u"private_key_jwt"_s;
    if (!ctx.issuer.config.acceptsClientAuth(method))
        return methodRefused(ctx, method, clientId);
    const std::optional<QJsonObject> claims = jose::jwt::decodeClaims(jws->payload(), &why);
    if (!claims)
        return clientAuthFailure(
            ctx, u"client_assertion's payload is not a JSON object: %1"_s.arg(why), clientId);
    const QString subject = claims->value(u"sub"_s).toString();
    if (subject.isEmpty() || claims->value(u"iss"_s).toString() != subject)
        return clientAuthFailure(
            ctx, u"client_assertion's iss and sub must both be the client_id"_s, clientId);
    if (!clientId.isEmpty() && clientId != subject)
        return errorResponse(
            OAuthError{u"invalid_request"_s, u"client_id differs from the client_assertion's sub"_s});
    clientId = subject;
    const Client* client = ctx.issuer.config.findClient(clientId);
    if (!client)
        return clientAuthFailure(ctx, u"unknown client"_s, clientId);
    if (!verifyClientJwt(*jws, *client, u"client_assertion"_s, false, &why))
        return clientAuthFailure(ctx, why, clientId);
    // The audience is this provider: its issuer URL, its token endpoint, or the endpoint called.
    const QStringList audiences = jose::jwt::audiences(*claims);
    const QString called
        = ctx.issuer.url.left(ctx.issuer.url.size() - ctx.issuer.config.path.size()) + ctx.request.path;
    if (!audiences.contains(ctx.issuer.url)
        && !audiences.contains(ctx.issuer.endpointUrl(ctx.issuer.config.endpoints.token))
        && !audiences.contains(called))
        return clientAuthFailure(ctx,
            u"client_assertion's aud must be the issuer (%1) or the token endpoint"_s.arg(ctx.issuer.url),
            clientId);
    const qint64 now = ctx.clock.nowSecs();
    if (!checkJwtTimes(*claims, now, u"client_assertion"_s, true, &why))
        return clientAuthFailure(ctx, why, clientId);
    const qint64 expiresAt = qint64(claims->value(u"exp"_s).toDouble());
    if (expiresAt > now + kMaxAssertionLifetimeSecs)
        return clientAuthFailure(ctx, u"client_assertion's exp is more than an hour ahead"_s, clientId);
    const QString jti = claims->value(u"jti"_s).toString();
    if (jti.isEmpty())
        return clientAuthFailure(ctx, u"client_assertion has no jti"_s, clientId);
    if (!ctx.grants.useClientAssertion(clientId, jti, expiresAt, now))
        return clientAuthFailure(
            ctx, u"client_assertion was used before (its jti is taken once)"_s, clientId);
    return client;
}

} // namespace

bool verifyClientJwt(
    const jose::Jws& jws, const Client& client, const QString& what, bool allowUnsigned, QString* error)
{
    QString why;
    switch (jose::algorithmFamily(jws.algorithm())) {
    case jose::AlgorithmFamily::None:
        if (!allowUnsigned) {
            *error = u"%1 must be signed"_s.arg(what);
            return false;
        }
        if (!jws.signature().isEmpty()) {
            *error = u"an unsigned %1 (alg none) must have an empty signature"_s.arg(what);
            return false;
        }
        return true;
    case jose::AlgorithmFamily::Hmac:
        if (!client.confidential || client.secret.isEmpty()) {
            *error = u"%1 is signed with %2, but client \"%3\" has no secret"_s.arg(
                what, jws.algorithmName(), client.clientId);
            return false;
        }
        if (!jws.verify(jose::Jwk::fromSecret(client.secret.toUtf8()), &why)) {
            *error = u"%1's %2 signature does not verify with the client secret: %3"_s.arg(
                what, jws.algorithmName(), why);
            return false;
        }
        return true;
    case jose::AlgorithmFamily::Invalid:
        *error = u"%1 is signed with an unknown algorithm (%2)"_s.arg(what, jws.algorithmName());
        return false;
    default:
        break;
    }
    // Signed with a private key: one of the client's registered public keys ("jwks") must verify it.
    if (client.jwks.keys.isEmpty()) {
        *error = u"%1 is signed with %2, but client \"%3\" has no registered public keys (jwks)"_s.arg(
            what, jws.algorithmName(), client.clientId);
        return false;
    }
    const QList<jose::Jwk> candidates = client.jwks.candidates(jws.kid(), jws.algorithm());
    if (candidates.isEmpty()) {
        *error = jws.kid().isEmpty()
            ? u"none of client \"%1\"'s public keys can verify %2"_s.arg(client.clientId, jws.algorithmName())
            : u"client \"%1\" has no public key with kid \"%2\" for %3"_s.arg(
                client.clientId, jws.kid(), jws.algorithmName());
        return false;
    }
    for (const jose::Jwk& key : candidates) {
        if (jws.verify(key, &why))
            return true;
    }
    *error = u"%1's %2 signature does not verify with client \"%3\"'s public keys: %4"_s.arg(
        what, jws.algorithmName(), client.clientId, why);
    return false;
}

bool checkJwtTimes(
    const QJsonObject& claims, qint64 now, const QString& what, bool requireExp, QString* error)
{
    if (claims.contains(u"exp"_s) || requireExp) {
        if (!claims.value(u"exp"_s).isDouble()) {
            *error = u"%1 has no exp"_s.arg(what);
            return false;
        }
        if (claims.value(u"exp"_s).toDouble() <= double(now)) {
            *error = u"%1 has expired"_s.arg(what);
            return false;
        }
    }
    if (claims.contains(u"nbf"_s) && claims.value(u"nbf"_s).toDouble() > double(now)) {
        *error = u"%1 is not valid yet (nbf)"_s.arg(what);
        return false;
    }
    return true;
}

std::optional<std::pair<QString, QString>> basicCredentials(const QByteArray& authorization)
{
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
        authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (colon < 0)
        return std::nullopt;
    // RFC 6749 2.3.1: both parts are form-urlencoded before they are joined.
    const auto id = core::FormData::decodeComponent(QByteArrayView(decoded.decoded).first(colon));
    const auto secret = core::FormData::decodeComponent(QByteArrayView(decoded.decoded).sliced(colon + 1));
    if (!id || !secret)
        return std::nullopt;
    return std::pair{*id, *secret};
}

std::variant<const Client*, HttpResponse> authenticateClient(
    const EndpointContext& ctx, const core::FormData& form)
{
    const QByteArray authorization = ctx.request.header("authorization");
    const bool basic = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    if (form.contains(u"client_assertion"_s) || form.contains(u"client_assertion_type"_s)) {
        if (basic || form.contains(u"client_secret"_s))
            return errorResponse(
                OAuthError{u"invalid_request"_s, u"use one client authentication method, not two"_s});
        return assertedClient(ctx, form);
    }
    QString clientId = form.value(u"client_id"_s);
    QString secret;
    bool presentedSecret = false;

    if (basic) {
        if (form.contains(u"client_secret"_s))
            return errorResponse(
                OAuthError{u"invalid_request"_s, u"use one client authentication method, not two"_s});
        const auto credentials = basicCredentials(authorization);
        if (!credentials)
            return clientAuthFailure(ctx, u"malformed Basic credentials"_s, clientId);
        if (!clientId.isEmpty() && clientId != credentials->first)
            return errorResponse(OAuthError{
                u"invalid_request"_s, u"client_id in the body differs from the Basic credentials"_s});
        clientId = credentials->first;
        secret = credentials->second;
        presentedSecret = true;
    } else if (form.contains(u"client_secret"_s)) {
        secret = form.value(u"client_secret"_s);
        presentedSecret = true;
    }

    if (clientId.isEmpty())
        return clientAuthFailure(ctx, u"client authentication is required"_s, clientId);
    const Client* client = ctx.issuer.config.findClient(clientId);
    if (!client)
        return clientAuthFailure(ctx, u"unknown client"_s, clientId);
    const QString method = basic ? u"client_secret_basic"_s
        : presentedSecret        ? u"client_secret_post"_s
                                 : u"none"_s;
    if (!ctx.issuer.config.acceptsClientAuth(method) && (presentedSecret || !client->confidential))
        return methodRefused(ctx, method, clientId);
    if (client->confidential) {
        if (!presentedSecret)
            return clientAuthFailure(
                ctx, u"this confidential client must authenticate with its secret"_s, clientId);
        if (!jose::constantTimeEquals(secret.toUtf8(), client->secret.toUtf8()))
            return clientAuthFailure(ctx, u"client authentication failed"_s, clientId);
    } else if (presentedSecret) {
        return clientAuthFailure(
            ctx, u"this public client has no secret; authenticate with client_id only"_s, clientId);
    }
    return client;
}

std::variant<core::FormData, HttpResponse> singleValuedForm(const HttpRequest& request)
{
    QString parseError;
    auto form = formBody(request, &parseError);
    if (!form)
        return errorResponse(OAuthError{u"invalid_request"_s, parseError});
    const QStringList repeated = form->repeatedKeys();
    if (!repeated.isEmpty())
        return errorResponse(
            OAuthError{u"invalid_request"_s, u"parameter %1 is repeated"_s.arg(repeated.join(u", "_s))});
    return *form;
}

std::variant<ClientRequest, HttpResponse> authenticatedRequest(const EndpointContext& ctx)
{
    auto parsed = singleValuedForm(ctx.request);
    if (auto* failure = std::get_if<HttpResponse>(&parsed))
        return *failure;
    core::FormData form = std::get<core::FormData>(std::move(parsed));
    auto auth = authenticateClient(ctx, form);
    if (auto* failure = std::get_if<HttpResponse>(&auth))
        return *failure;
    return ClientRequest{std::move(form), std::get<const Client*>(auth)};
}

namespace {

HttpResponse clientError(const Client& client, const QString& error, const QString& description)
{
    // server_error is ours, not the request's: 500.
    HttpResponse r = errorResponse(OAuthError{error, description, error == u"server_error"_s ? 500 : 400});
    r.clientId = client.clientId;
    return r;
}

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

const QStringList kInjectedTokenErrors{u"token.invalid_grant"_s, u"token.invalid_client"_s,
    u"token.invalid_request"_s, u"token.unauthorized_client"_s, u"token.unsupported_grant_type"_s,
    u"token.invalid_scope"_s, u"token.slow_down"_s, u"token.authorization_pending"_s};

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

HttpResponse injectedErrorResponse(const EndpointContext& ctx, const FaultRule& rule)
{
    const QString error = rule.fault.mid(rule.fault.indexOf(u'.') + 1);
    const QString description = u"injected by OIDC Bench (%1)"_s.arg(rule.fault);
    if (error == u"invalid_client"_s)
        return clientAuthFailure(ctx, description, {});
    return errorResponse(OAuthError{error, description});
}

HttpResponse token(const EndpointContext& ctx)
{
    // Injected errors (docs/faults.md) come before anything is checked or used up.
    if (const FaultRule* rule
        = ctx.faults.take([](const FaultRule& r) { return kInjectedTokenErrors.contains(r.fault); }))
        return injectedErrorResponse(ctx, *rule);
    HttpResponse response = tokenGrant(ctx);
    if (response.status == 200 && !ctx.faults.isEmpty())
        injectResponseFaults(ctx, response);
    return response;
}

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

HttpResponse deviceAuthorization(const EndpointContext& ctx)
{
    // RFC 8628 3.1 and 3.2.
    auto request = authenticatedRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const core::FormData& form = std::get<ClientRequest>(request).form;
    const Client& client = *std::get<ClientRequest>(request).client;
    if (!ctx.issuer.config.acceptsGrant(kDeviceCodeGrant))
        return clientError(
            client, u"unsupported_grant_type"_s, u"this issuer does not support the device flow"_s);
    if (!client.grantTypes.contains(kDeviceCodeGrant))
        return clientError(client, u"unauthorized_client"_s, u"the client may not use the device flow"_s);
    const auto scopes = checkScopes(ctx, client, form.value(u"scope"_s));
    if (const auto* problem = std::get_if<QString>(&scopes))
        return clientError(client, u"invalid_scope"_s, *problem);

    // Eight consonants (no words, no look-alike digits) as XXXX-XXXX: about 34 bits (RFC 8628 6.1).
    static const QByteArray alphabet = "BCDFGHJKLMNPQRSTVWXZ";
    QString userCode;
    while (userCode.size() < 9) {
        // Rejection sampling: bytes from 240 up would favour the first letters.
        const auto byte = quint8(jose::randomBytes(1).at(0));
        if (byte >= 240)
            continue;
        if (userCode.size() == 4)
            userCode += u'-';
        userCode += QLatin1Char(alphabet[byte % alphabet.size()]);
    }
    constexpr int kLifetime = 600;
    const qint64 now = ctx.clock.nowSecs();
    DeviceAuthorization device;
    device.issuerId = ctx.issuer.config.id;
    device.clientId = client.clientId;
    device.userCode = userCode;
    device.scopes = std::get<QStringList>(scopes);
    device.expiresAt = now + kLifetime;
    const QString deviceCode = QString::fromLatin1(jose::randomToken(32));
    ctx.grants.addDevice(deviceCode, device, now);

    const QString verification = ctx.issuer.endpointUrl(ctx.issuer.config.endpoints.deviceVerification);
    HttpResponse r = HttpResponse::json(QJsonObject{{u"device_code"_s, deviceCode},
        {u"user_code"_s, userCode}, {u"verification_uri"_s, verification},
        {u"verification_uri_complete"_s, QString(verification + u"?user_code="_s + userCode)},
        {u"expires_in"_s, kLifetime}, {u"interval"_s, device.interval}});
    setNoStore(r);
    r.clientId = client.clientId;
    return r;
}

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
