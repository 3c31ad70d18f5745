#include "provider/endpoints/ClientAuthentication.h"

#include "core/jose/Crypto.h"
#include "core/jose/Jwt.h"
#include "provider/IssuerRuntime.h"
#include "provider/endpoints/ClientJwt.h"
#include "provider/endpoints/RequestParameters.h"

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
    if (!audiences.contains(ctx.issuer.url) && !audiences.contains(ctx.issuer.endpointUrl(u"token"_s))
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

std::variant<TokenRequest, HttpResponse> authenticatedTokenRequest(const EndpointContext& ctx)
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
    return TokenRequest{std::move(form), client, token};
}

HttpResponse noStoreJson(const QJsonObject& body, const QString& clientId)
{
    HttpResponse r = HttpResponse::json(body);
    setNoStore(r);
    r.clientId = clientId;
    return r;
}

HttpResponse injectedErrorResponse(const EndpointContext& ctx, const FaultRule& rule)
{
    const QString error = rule.fault.mid(rule.fault.indexOf(u'.') + 1);
    const QString description = u"injected by OIDC Bench (%1)"_s.arg(rule.fault);
    if (error == u"invalid_client"_s)
        return clientAuthFailure(ctx, description, {});
    return errorResponse(OAuthError{error, description});
}

HttpResponse clientError(const Client& client, const QString& error, const QString& description)
{
    // server_error is ours, not the request's: 500.
    HttpResponse r = errorResponse(OAuthError{error, description, error == u"server_error"_s ? 500 : 400});
    r.clientId = client.clientId;
    return r;
}

} // namespace provider::endpoints
