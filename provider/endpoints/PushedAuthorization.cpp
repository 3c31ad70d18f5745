#include "core/jose/Crypto.h"
#include "provider/IssuerRuntime.h"
#include "provider/endpoints/AuthorizationRequest.h"
#include "provider/endpoints/ClientAuthentication.h"
#include "provider/endpoints/Handlers.h"
#include "provider/endpoints/RequestObject.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse pushedAuthorization(const EndpointContext& ctx)
{
    // Injected errors (docs/faults.md) come before anything is checked or kept.
    if (const FaultRule* rule = ctx.faults.take(FaultStage::ErrorResponse))
        return injectedErrorResponse(ctx, *rule);
    // RFC 9126 2: the client authenticates as at the token endpoint and pushes the parameters it would have
    // sent to the authorization endpoint; they are checked as they would be there (2.1).
    auto request = authenticatedRequest(ctx);
    if (auto* failure = std::get_if<HttpResponse>(&request))
        return *failure;
    const Client& client = *std::get<ClientRequest>(request).client;
    auto fail = [&](const QString& error, const QString& description) {
        HttpResponse r = errorResponse(OAuthError{error, description});
        r.clientId = client.clientId;
        return r;
    };
    // The client's credentials are not part of the authorization request.
    static const QStringList credentials{
        u"client_id"_s, u"client_secret"_s, u"client_assertion"_s, u"client_assertion_type"_s};
    core::FormData pushed;
    pushed.add(u"client_id"_s, client.clientId);
    for (const auto& [key, value] : std::get<ClientRequest>(request).form.pairs()) {
        if (!credentials.contains(key))
            pushed.add(key, value);
    }
    if (pushed.contains(u"request_uri"_s))
        return fail(u"invalid_request"_s, u"request_uri cannot be pushed (RFC 9126 2.1)"_s);
    QString objectError;
    const core::FormData params = pushed.contains(u"request"_s) && ctx.issuer.config.requestObjects
        ? withRequestObject(ctx, client, pushed, &objectError)
        : pushed;
    const QString redirectUri = params.value(u"redirect_uri"_s);
    if (objectError.isEmpty() && redirectUri.isEmpty())
        return fail(u"invalid_request"_s, u"redirect_uri is required (OpenID Connect)"_s);
    if (objectError.isEmpty() && !redirectUriRegistered(client, redirectUri))
        return fail(u"invalid_request"_s,
            u"\"%1\" is not a redirect URI registered for client \"%2\""_s.arg(redirectUri, client.clientId));
    const auto checked = checkRequest(ctx, client, params, {}, objectError);
    if (const auto* error = std::get_if<OAuthError>(&checked))
        return fail(error->error, error->description);

    const qint64 now = ctx.clock.nowSecs();
    const QString requestUri = kPushedRequestUriPrefix + QString::fromLatin1(jose::randomToken(32));
    ctx.grants.addPushedRequest(requestUri,
        {ctx.issuer.config.id, client.clientId, params.pairs(), now + kPushedRequestLifetimeSecs}, now);
    HttpResponse r = HttpResponse::json(
        QJsonObject{{u"request_uri"_s, requestUri}, {u"expires_in"_s, kPushedRequestLifetimeSecs}}, 201);
    setNoStore(r);
    r.clientId = client.clientId;
    return r;
}

} // namespace provider::endpoints
