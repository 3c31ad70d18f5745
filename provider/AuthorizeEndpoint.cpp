#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"
#include "core/jose/Pkce.h"
#include "provider/Endpoints.h"
#include "provider/LoginPage.h"
#include "provider/Provider.h"
#include "provider/Tokens.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// A login transaction lives this long: enough to type a password, short enough to bound memory.
constexpr qint64 kLoginLifetimeSecs = 600;
// A provider session (single sign-on) lasts a working day.
constexpr qint64 kSessionLifetimeSecs = 8 * 3600;

HttpResponse redirectWithError(const EndpointContext& ctx, const QString& redirectUri, const QString& state,
    const OAuthError& error, const QString& clientId, int status = 302)
{
    // RFC 6749 4.1.2.1, with "iss" from RFC 9207.
    core::FormData params;
    params.add(u"error"_s, error.error);
    if (!error.description.isEmpty())
        params.add(u"error_description"_s, OAuthError::safeDescription(error.description));
    if (!state.isEmpty())
        params.add(u"state"_s, state);
    params.add(u"iss"_s, ctx.issuer.url);
    HttpResponse r = HttpResponse::redirect(appendToUri(redirectUri, params), status);
    r.clientId = clientId;
    return r;
}

// RFC 8252 7.3: for loopback IP literals the port is chosen at run time, so any port matches.
bool redirectUriMatches(const QString& registered, const QString& requested)
{
    if (registered == requested)
        return true;
    const QUrl a(registered);
    const QUrl b(requested);
    const bool loopback = a.scheme() == u"http"_s && (a.host() == u"127.0.0.1"_s || a.host() == u"::1"_s);
    return loopback && b.scheme() == a.scheme() && b.host() == a.host() && b.path() == a.path()
        && b.query() == a.query() && !b.hasFragment() && b.userInfo().isEmpty();
}

QByteArray csrfCookieName(const QString& transactionId)
{
    return "oidc_bench_csrf_" + transactionId.left(16).toLatin1();
}

QByteArray cookieAttributes(
    const EndpointContext& ctx, const QString& path, qint64 maxAge, bool strict = true)
{
    QByteArray attrs = "; Path=" + QUrl::toPercentEncoding(path.isEmpty() ? u"/"_s : path, "/")
        + "; Max-Age=" + QByteArray::number(maxAge) + "; HttpOnly; SameSite=" + (strict ? "Strict" : "Lax");
    if (ctx.issuer.url.startsWith(u"https:"_s))
        attrs += "; Secure";
    return attrs;
}

// Code and state go back to the client (RFC 6749 4.1.2), with "iss" (RFC 9207).
HttpResponse issueCode(const EndpointContext& ctx, const LoginTransaction& request, const Client& client,
    const User& user, qint64 authTime, int status)
{
    const qint64 now = ctx.clock.nowSecs();
    AuthorizationCode code;
    code.issuerId = ctx.issuer.config.id;
    code.clientId = client.clientId;
    code.redirectUri = request.redirectUri;
    code.subject = user.subject;
    code.scopes = request.scopes;
    code.nonce = request.nonce;
    code.codeChallenge = request.codeChallenge;
    code.codeChallengeMethod = request.codeChallengeMethod;
    code.authTime = authTime;
    code.expiresAt = now + client.codeLifetime;
    const QString codeValue = QString::fromLatin1(jose::randomToken(32));
    ctx.grants.addCode(codeValue, code, now);

    core::FormData params;
    params.add(u"code"_s, codeValue);
    if (!request.state.isEmpty())
        params.add(u"state"_s, request.state);
    params.add(u"iss"_s, ctx.issuer.url);
    HttpResponse redirect = HttpResponse::redirect(appendToUri(request.redirectUri, params), status);
    redirect.clientId = client.clientId;
    return redirect;
}

} // namespace

QString appendToUri(const QString& uri, const core::FormData& params)
{
    // RFC 6749 3.1.2: keep the redirect URI's own query component and add ours to it.
    QString out = uri;
    if (!out.contains(u'?'))
        out += u'?';
    else if (!out.endsWith(u'?') && !out.endsWith(u'&'))
        out += u'&';
    return out + QString::fromLatin1(params.encode());
}

QByteArray sessionCookieName(const EndpointContext& ctx)
{
    // One cookie per issuer, even when several issuers share a host and a path prefix.
    return "oidc_bench_session_"
        + jose::base64UrlEncode(jose::sha256(ctx.issuer.config.id.toUtf8())).left(10);
}

std::optional<Session> currentSession(const EndpointContext& ctx)
{
    const QByteArray id = ctx.request.cookie(sessionCookieName(ctx));
    if (id.isEmpty())
        return std::nullopt;
    auto session = ctx.grants.session(QString::fromLatin1(id), ctx.clock.nowSecs());
    if (session && session->issuerId != ctx.issuer.config.id)
        return std::nullopt;
    return session;
}

void startSession(const EndpointContext& ctx, HttpResponse& response, const User& user, qint64 authTime)
{
    const QString id = QString::fromLatin1(jose::randomToken(32));
    ctx.grants.addSession(
        id, {ctx.issuer.config.id, user.subject, authTime, authTime + kSessionLifetimeSecs}, authTime);
    // Lax, not Strict: the cookie must come along when a client sends the browser here (and in a same-site
    // iframe for silent renewal).
    response.addHeader("Set-Cookie",
        sessionCookieName(ctx) + '=' + id.toLatin1()
            + cookieAttributes(ctx, ctx.issuer.config.path, kSessionLifetimeSecs, false));
}

void closeSession(const EndpointContext& ctx, HttpResponse& response)
{
    const QByteArray id = ctx.request.cookie(sessionCookieName(ctx));
    if (!id.isEmpty())
        ctx.grants.removeSession(QString::fromLatin1(id));
    response.addHeader(
        "Set-Cookie", sessionCookieName(ctx) + '=' + cookieAttributes(ctx, ctx.issuer.config.path, 0, false));
}

HttpResponse authorize(const EndpointContext& ctx)
{
    QString parseError;
    const auto params = ctx.request.method == "POST" ? formBody(ctx.request, &parseError)
                                                     : core::FormData::parse(ctx.request.query, &parseError);
    if (!params)
        return errorPage(ctx, u"Malformed authorization request"_s, parseError, 400);

    // Until client and redirect URI are known to be genuine, errors are shown here and never redirected.
    const QStringList repeated = params->repeatedKeys();
    if (repeated.contains(u"client_id"_s) || repeated.contains(u"redirect_uri"_s))
        return errorPage(ctx, u"Invalid authorization request"_s,
            u"client_id and redirect_uri must each be given once."_s, 400);
    const QString clientId = params->value(u"client_id"_s);
    if (clientId.isEmpty())
        return errorPage(ctx, u"Invalid authorization request"_s, u"The request has no client_id."_s, 400);
    const Client* client = ctx.issuer.config.findClient(clientId);
    if (!client)
        return errorPage(ctx, u"Unknown client"_s,
            u"No client with client_id \"%1\" is registered with this issuer."_s.arg(clientId), 400);
    const QString redirectUri = params->value(u"redirect_uri"_s);
    if (redirectUri.isEmpty())
        return errorPage(ctx, u"Invalid authorization request"_s,
            u"The request has no redirect_uri (OpenID Connect requires it)."_s, 400, clientId);
    const bool registered = std::any_of(client->redirectUris.cbegin(), client->redirectUris.cend(),
        [&](const QString& uri) { return redirectUriMatches(uri, redirectUri); });
    if (!registered)
        return errorPage(ctx, u"Unregistered redirect_uri"_s,
            u"\"%1\" is not a redirect URI registered for client \"%2\". The provider will not send "
            u"the browser there."_s.arg(redirectUri, clientId),
            400, clientId);

    const QString state = params->value(u"state"_s);
    auto fail = [&](const QString& error, const QString& description) {
        return redirectWithError(ctx, redirectUri, state, {error, description}, clientId);
    };
    if (!repeated.isEmpty())
        return fail(u"invalid_request"_s, u"parameter %1 is repeated"_s.arg(repeated.join(u", "_s)));
    if (params->contains(u"request"_s))
        return fail(u"request_not_supported"_s, u"request objects are not supported"_s);
    if (params->contains(u"request_uri"_s))
        return fail(u"request_uri_not_supported"_s, u"request_uri is not supported"_s);

    const QString responseType = params->value(u"response_type"_s);
    if (responseType.isEmpty())
        return fail(u"invalid_request"_s, u"response_type is required"_s);
    if (responseType != u"code"_s)
        return fail(
            u"unsupported_response_type"_s, u"response_type \"%1\" is not supported"_s.arg(responseType));
    if (!client->responseTypes.contains(u"code"_s) || !client->grantTypes.contains(u"authorization_code"_s))
        return fail(u"unauthorized_client"_s, u"the client may not use the authorization code flow"_s);
    const QString responseMode = params->value(u"response_mode"_s);
    if (!responseMode.isEmpty() && responseMode != u"query"_s)
        return fail(u"invalid_request"_s, u"response_mode \"%1\" is not supported"_s.arg(responseMode));

    QStringList scopes;
    for (const QString& scope : params->value(u"scope"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (!scopes.contains(u"openid"_s))
        return fail(u"invalid_scope"_s, u"an OpenID Connect request must include the openid scope"_s);
    for (const QString& scope : std::as_const(scopes)) {
        if (!ctx.issuer.config.findScope(scope))
            return fail(u"invalid_scope"_s, u"scope \"%1\" is not defined by this issuer"_s.arg(scope));
        if (!client->allowedScopes.isEmpty() && !client->allowedScopes.contains(scope))
            return fail(u"invalid_scope"_s, u"the client may not request scope \"%1\""_s.arg(scope));
    }

    // PKCE (RFC 7636 4.3): the method defaults to plain when a challenge comes without one.
    const QString challenge = params->value(u"code_challenge"_s);
    QString method = params->value(u"code_challenge_method"_s);
    if (challenge.isEmpty()) {
        if (!method.isEmpty())
            return fail(u"invalid_request"_s, u"code_challenge_method given without code_challenge"_s);
        if (client->requirePkce)
            return fail(u"invalid_request"_s, u"this client must use PKCE: code_challenge is required"_s);
    } else {
        if (method.isEmpty())
            method = u"plain"_s;
        if (method != u"S256"_s && method != u"plain"_s)
            return fail(u"invalid_request"_s, u"code_challenge_method must be S256 or plain"_s);
        if (!jose::pkce::isWellFormed(challenge.toLatin1()))
            return fail(u"invalid_request"_s, u"code_challenge must be 43 to 128 unreserved characters"_s);
    }

    const QStringList prompt = params->value(u"prompt"_s).split(u' ', Qt::SkipEmptyParts);
    if (prompt.contains(u"none"_s) && prompt.size() > 1)
        return fail(u"invalid_request"_s, u"prompt=none cannot be combined with other values"_s);
    qint64 maxAge = -1;
    if (params->contains(u"max_age"_s)) {
        bool ok = false;
        maxAge = params->value(u"max_age"_s).toLongLong(&ok);
        if (!ok || maxAge < 0)
            return fail(u"invalid_request"_s, u"max_age must be a non-negative number of seconds"_s);
    }
    QString hintedSubject;
    if (params->contains(u"id_token_hint"_s)) {
        QString why;
        const auto hint = tokens::idTokenHintClaims(ctx, params->value(u"id_token_hint"_s), &why);
        if (!hint)
            return fail(u"invalid_request"_s, u"id_token_hint: "_s + why);
        hintedSubject = hint->value(u"sub"_s).toString();
    }

    LoginTransaction login;
    login.issuerId = ctx.issuer.config.id;
    login.clientId = clientId;
    login.redirectUri = redirectUri;
    login.state = state;
    login.nonce = params->value(u"nonce"_s);
    login.scopes = scopes;
    login.codeChallenge = challenge;
    login.codeChallengeMethod = challenge.isEmpty() ? QString() : method;
    login.loginHint = params->value(u"login_hint"_s);
    const qint64 now = ctx.clock.nowSecs();

    // Single sign-on: a live session for a user who still exists answers at once, unless the request asks for
    // a login (prompt=login, prompt=select_account), the login is older than max_age, or id_token_hint names
    // another user (OIDC Core 3.1.2.1).
    const auto session = currentSession(ctx);
    const User* sessionUser = session ? ctx.issuer.config.findUserBySubject(session->subject) : nullptr;
    const bool reuseSession = sessionUser && !prompt.contains(u"login"_s)
        && !prompt.contains(u"select_account"_s) && (maxAge < 0 || now - session->authTime <= maxAge)
        && (hintedSubject.isEmpty() || hintedSubject == session->subject);
    if (reuseSession)
        return issueCode(ctx, login, *client, *sessionUser, session->authTime, 302);
    if (prompt.contains(u"none"_s)) {
        if (sessionUser && !hintedSubject.isEmpty() && hintedSubject != session->subject)
            return fail(u"login_required"_s, u"the logged-in user is not the one id_token_hint names"_s);
        return fail(u"login_required"_s,
            sessionUser ? u"the login is older than max_age"_s : u"the user is not logged in"_s);
    }

    login.id = QString::fromLatin1(jose::randomToken(24));
    login.csrf = jose::randomToken(32);
    login.expiresAt = now + kLoginLifetimeSecs;
    ctx.grants.addLogin(login, now);
    HttpResponse page = loginPage(ctx, login, *client, {}, 200);
    page.addHeader("Set-Cookie",
        csrfCookieName(login.id) + '=' + login.csrf
            + cookieAttributes(
                ctx, ctx.issuer.endpointPath(ctx.issuer.config.endpoints.login), kLoginLifetimeSecs));
    return page;
}

HttpResponse login(const EndpointContext& ctx)
{
    QString parseError;
    const auto form = formBody(ctx.request, &parseError);
    if (!form)
        return errorPage(ctx, u"Malformed login request"_s, parseError, 400);
    const QString transactionId = form->value(u"transaction"_s);
    const qint64 now = ctx.clock.nowSecs();
    const auto transaction = ctx.grants.login(transactionId, now);
    if (!transaction || transaction->issuerId != ctx.issuer.config.id)
        return errorPage(ctx, u"Sign-in expired"_s,
            u"This sign-in request has expired or was already used. Start again from the application."_s,
            400);
    // CSRF: the form's token and the cookie set with the form must both match the transaction's.
    const QByteArray cookie = ctx.request.cookie(csrfCookieName(transactionId));
    if (!jose::constantTimeEquals(form->value(u"csrf"_s).toLatin1(), transaction->csrf)
        || !jose::constantTimeEquals(cookie, transaction->csrf))
        return errorPage(ctx, u"Sign-in refused"_s,
            u"The sign-in form was not submitted from this browser's own login page (CSRF check "
            u"failed)."_s,
            403, transaction->clientId);
    const Client* client = ctx.issuer.config.findClient(transaction->clientId);
    if (!client
        || !std::any_of(client->redirectUris.cbegin(), client->redirectUris.cend(),
            [&](const QString& uri) { return redirectUriMatches(uri, transaction->redirectUri); }))
        return errorPage(ctx, u"Client changed"_s,
            u"The client or its redirect URI was removed while you were signing in."_s, 400);

    auto finish = [&](HttpResponse response) {
        ctx.grants.removeLogin(transactionId);
        response.addHeader("Set-Cookie",
            csrfCookieName(transactionId) + "="
                + cookieAttributes(ctx, ctx.issuer.endpointPath(ctx.issuer.config.endpoints.login), 0));
        return response;
    };
    if (form->value(u"action"_s) == u"cancel"_s)
        return finish(redirectWithError(ctx, transaction->redirectUri, transaction->state,
            {u"access_denied"_s, u"the user cancelled the sign-in"_s}, transaction->clientId, 303));

    const User* user = nullptr;
    if (form->contains(u"pick"_s)) {
        user = ctx.issuer.config.findUser(form->value(u"pick"_s));
    } else {
        const User* candidate = ctx.issuer.config.findUser(form->value(u"username"_s));
        // Compare even for an unknown user, so timing does not tell which usernames exist.
        const QByteArray expected = candidate ? candidate->password.toUtf8() : jose::randomToken(16);
        if (jose::constantTimeEquals(form->value(u"password"_s).toUtf8(), expected) && candidate)
            user = candidate;
    }
    if (!user)
        return loginPage(ctx, *transaction, *client, u"Wrong username or password."_s, 401);

    HttpResponse redirect = issueCode(ctx, *transaction, *client, *user, now, 303);
    startSession(ctx, redirect, *user, now);
    return finish(redirect);
}

} // namespace provider::endpoints
