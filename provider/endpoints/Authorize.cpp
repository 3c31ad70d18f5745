#include "provider/IssuerRuntime.h"
#include "provider/endpoints/AuthorizationRequest.h"
#include "provider/endpoints/AuthorizationResponse.h"
#include "provider/endpoints/Handlers.h"
#include "provider/endpoints/Pages.h"
#include "provider/endpoints/RequestObject.h"
#include "provider/endpoints/RequestParameters.h"
#include "provider/endpoints/SessionCookie.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

HttpResponse authorize(const EndpointContext& ctx)
{
    QString parseError;
    const auto query = queryOrFormParameters(ctx.request, &parseError);
    if (!query)
        return errorPage(ctx, u"Malformed authorization request"_s, parseError, 400);

    // Until client and redirect URI are known to be genuine, errors are shown here and never redirected.
    const QStringList repeated = query->repeatedKeys();
    if (repeated.contains(u"client_id"_s) || repeated.contains(u"redirect_uri"_s))
        return errorPage(ctx, u"Invalid authorization request"_s,
            u"client_id and redirect_uri must each be given once."_s, 400);
    const QString clientId = query->value(u"client_id"_s);
    if (clientId.isEmpty())
        return errorPage(ctx, u"Invalid authorization request"_s, u"The request has no client_id."_s, 400);
    const Client* client = ctx.issuer.config.findClient(clientId);
    if (!client)
        return errorPage(ctx, u"Unknown client"_s,
            u"No client with client_id \"%1\" is registered with this issuer."_s.arg(clientId), 400);
    // A pushed request (RFC 9126 4): its parameters, checked when they were pushed (and again below), are the
    // request's; the query's others are ignored. Its request_uri is good once.
    const QString requestUri = query->value(u"request_uri"_s);
    std::optional<core::FormData> pushed;
    if (requestUri.startsWith(kPushedRequestUriPrefix) && !repeated.contains(u"request_uri"_s)) {
        const auto stored
            = ctx.grants.takePushedRequest(requestUri, ctx.issuer.config.id, clientId, ctx.clock.nowSecs());
        if (!stored)
            return errorPage(ctx, u"Invalid request_uri"_s,
                u"The request_uri is unknown to this issuer for client \"%1\", has expired, or was used "
                u"already: a pushed authorization request serves one authorization request, within %2 "
                u"seconds."_s.arg(clientId)
                    .arg(kPushedRequestLifetimeSecs),
                400, clientId);
        pushed = core::FormData(stored->parameters);
    }
    // A request object's parameters, redirect_uri included, take the place of the query's. One that does not
    // pass is reported at the query's redirect_uri, if that one is registered, else on a page. An issuer
    // that takes no request objects ignores it and says so at the query's redirect_uri.
    QString objectError;
    const bool useObject = !pushed && query->contains(u"request"_s) && ctx.issuer.config.requestObjects;
    const core::FormData params = pushed ? *pushed
        : useObject && !repeated.contains(u"request"_s)
        ? withRequestObject(ctx, *client, *query, &objectError)
        : *query;
    const QString redirectUri = params.value(u"redirect_uri"_s);
    const bool registered = redirectUriRegistered(*client, redirectUri);
    if (!objectError.isEmpty() && !registered)
        return errorPage(ctx, u"Invalid request object"_s, objectError, 400, clientId);
    if (redirectUri.isEmpty())
        return errorPage(ctx, u"Invalid authorization request"_s,
            u"The request has no redirect_uri (OpenID Connect requires it)."_s, 400, clientId);
    if (!registered)
        return errorPage(ctx, u"Unregistered redirect_uri"_s,
            u"\"%1\" is not a redirect URI registered for client \"%2\". The provider will not send "
            u"the browser there."_s.arg(redirectUri, clientId),
            400, clientId);

    const QString mode = responseShape(params).mode;
    const QString state = params.value(u"state"_s);
    auto fail = [&](const QString& error, const QString& description) {
        return redirectWithError(ctx, redirectUri, mode, state, {error, description}, clientId);
    };
    // Injected error responses (docs/faults.md): only now, with client and redirect URI known to be genuine.
    if (const FaultRule* rule = ctx.faults.take(FaultStage::ErrorResponse))
        return fail(rule->fault.mid(10), u"injected by OIDC Bench (%1)"_s.arg(rule->fault));
    if (!pushed && (ctx.issuer.config.requirePushedRequests || client->requirePushedRequests))
        return fail(u"invalid_request"_s,
            u"%1 takes authorization requests only as pushed authorization requests (RFC 9126): push the "
            u"parameters to %2 and send client_id and the request_uri it returns"_s.arg(
                ctx.issuer.config.requirePushedRequests ? u"this issuer"_s : u"this client"_s,
                ctx.issuer.endpointUrl(u"pushed_authorization_request"_s)));

    auto checked = checkRequest(ctx, *client, params, pushed ? QStringList() : repeated, objectError);
    if (const auto* error = std::get_if<OAuthError>(&checked))
        return fail(error->error, error->description);
    const QStringList& prompt = std::get<CheckedRequest>(checked).prompt;
    const qint64 maxAge = std::get<CheckedRequest>(checked).maxAge;
    const QString& hintedSubject = std::get<CheckedRequest>(checked).hintedSubject;
    LoginTransaction& login = std::get<CheckedRequest>(checked).login;
    const qint64 now = ctx.clock.nowSecs();

    // Single sign-on: a live session for a user who still exists answers at once, unless the request asks for
    // a login (prompt=login, prompt=select_account), the login is older than max_age, or id_token_hint names
    // another user (OIDC Core 3.1.2.1).
    const auto session = currentSession(ctx);
    const User* sessionUser = session ? ctx.issuer.config.findUserBySubject(session->subject) : nullptr;
    const bool reuseSession = sessionUser && !prompt.contains(u"login"_s)
        && !prompt.contains(u"select_account"_s) && (maxAge < 0 || now - session->authTime <= maxAge)
        && (hintedSubject.isEmpty() || hintedSubject == session->subject);
    if (reuseSession && !needsConsent(ctx, login, *client, sessionUser->subject))
        return authorizationResponse(ctx, login, *client, *sessionUser, session->authTime, 302);
    if (reuseSession && prompt.contains(u"none"_s))
        return fail(u"consent_required"_s, u"the user has not allowed this client the requested scopes"_s);
    if (reuseSession) {
        login.subject = sessionUser->subject;
        login.authTime = session->authTime;
        return showLogin(ctx, login, *client, sessionUser);
    }
    if (prompt.contains(u"none"_s)) {
        if (sessionUser && !hintedSubject.isEmpty() && hintedSubject != session->subject)
            return fail(u"login_required"_s, u"the logged-in user is not the one id_token_hint names"_s);
        return fail(u"login_required"_s,
            sessionUser ? u"the login is older than max_age"_s : u"the user is not logged in"_s);
    }

    return showLogin(ctx, login, *client);
}

} // namespace provider::endpoints
