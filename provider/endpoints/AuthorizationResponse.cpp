#include "provider/endpoints/AuthorizationResponse.h"

#include "core/jose/Crypto.h"
#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"
#include "provider/endpoints/Pages.h"
#include "provider/endpoints/SessionCookie.h"

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// A login transaction lives this long: enough to type a password, short enough to bound memory.
constexpr qint64 kLoginLifetimeSecs = 600;

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

HttpResponse deliver(const QString& redirectUri, const QString& mode, const core::FormData& params,
    int redirectStatus, const QString& clientId)
{
    HttpResponse r;
    if (mode == u"form_post"_s) {
        QString fields;
        for (const auto& [key, value] : params.pairs())
            fields += u"<input type=\"hidden\" name=\"%1\" value=\"%2\">"_s.arg(
                htmlEscape(key), htmlEscape(value));
        const QByteArray nonce = jose::randomToken(16);
        r = HttpResponse::html(
            u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Submitting…</title></head>"
            u"<body><form method=\"post\" action=\"%1\">%2<noscript><button type=\"submit\">"
            u"Continue</button></noscript></form><script nonce=\"%3\">"
            u"document.forms[0].submit();</script></body></html>"_s.arg(
                htmlEscape(redirectUri), fields, QString::fromLatin1(nonce)),
            200);
        r.setHeader("Content-Security-Policy"_ba,
            "default-src 'none'; script-src 'nonce-" + nonce + "'; frame-ancestors 'none'");
    } else if (mode == u"fragment"_s) {
        r = HttpResponse::redirect(redirectUri + u'#' + QString::fromLatin1(params.encode()), redirectStatus);
    } else {
        r = HttpResponse::redirect(appendToUri(redirectUri, params), redirectStatus);
    }
    r.clientId = clientId;
    return r;
}

HttpResponse redirectWithError(const EndpointContext& ctx, const QString& redirectUri, const QString& mode,
    const QString& state, const OAuthError& error, const QString& clientId, int status)
{
    core::FormData params;
    params.add(u"error"_s, error.error);
    if (!error.description.isEmpty())
        params.add(u"error_description"_s, OAuthError::safeDescription(error.description));
    if (!state.isEmpty())
        params.add(u"state"_s, state);
    params.add(u"iss"_s, ctx.issuer.url);
    return deliver(redirectUri, mode, params, status, clientId);
}

HttpResponse authorizationResponse(const EndpointContext& ctx, const LoginTransaction& request,
    const Client& client, const User& user, qint64 authTime, int status)
{
    const qint64 now = ctx.clock.nowSecs();
    const QStringList types = request.responseType.split(u' ');
    core::FormData params;
    QString codeValue;
    if (types.contains(u"code"_s) && ctx.faults.take(u"authorize.code_replayed")) {
        // The client's previous code (already redeemed, or soon to be), else one never issued.
        codeValue = ctx.grants.lastCode(ctx.issuer.config.id, client.clientId);
        if (codeValue.isEmpty())
            codeValue = QString::fromLatin1(jose::randomToken(32));
        params.add(u"code"_s, codeValue);
    } else if (types.contains(u"code"_s)) {
        AuthorizationCode code;
        code.issuerId = ctx.issuer.config.id;
        code.clientId = client.clientId;
        code.redirectUri = request.redirectUri;
        code.subject = user.subject;
        code.scopes = request.scopes;
        code.nonce = request.nonce;
        code.claims = request.claims;
        code.codeChallenge = request.codeChallenge;
        code.codeChallengeMethod = request.codeChallengeMethod;
        code.authTime = authTime;
        code.expiresAt = now + client.codeLifetime;
        codeValue = QString::fromLatin1(jose::randomToken(32));
        ctx.grants.addCode(codeValue, code, now);
        params.add(u"code"_s, codeValue);
    }
    if (types.contains(u"token"_s) || types.contains(u"id_token"_s)) {
        tokens::TokenRequestGrant grant{client, &user, request.scopes, request.nonce, authTime};
        grant.claims = request.claims;
        grant.accessToken = types.contains(u"token"_s);
        grant.idToken = types.contains(u"id_token"_s);
        grant.code = codeValue;
        QString error;
        const auto issued = tokens::issue(ctx, grant, &error);
        if (!issued)
            return redirectWithError(ctx, request.redirectUri, request.responseMode, request.state,
                {u"server_error"_s, error}, client.clientId, status);
        // Hybrid "code token": replaying the code later revokes this token too (RFC 6749 4.1.2).
        if (grant.accessToken && !codeValue.isEmpty())
            ctx.grants.attachTokens(codeValue, {{issued->accessTokenId, issued->accessTokenExpiresAt}});
        if (grant.accessToken) {
            params.add(u"access_token"_s, issued->accessToken);
            params.add(u"token_type"_s, u"Bearer"_s);
            params.add(u"expires_in"_s, QString::number(issued->expiresIn));
            params.add(u"scope"_s, request.scopes.join(u' '));
        }
        if (grant.idToken)
            params.add(u"id_token"_s, issued->idToken);
    }
    if (ctx.faults.take(u"authorize.state_wrong"))
        params.add(u"state"_s, QString::fromLatin1(jose::randomToken(12)));
    else if (!request.state.isEmpty() && !ctx.faults.take(u"authorize.state_missing"))
        params.add(u"state"_s, request.state);
    params.add(u"iss"_s, ctx.issuer.url);
    return deliver(request.redirectUri, request.responseMode, params, status, client.clientId);
}

QByteArray csrfCookieName(const QString& transactionId)
{
    return "oidc_bench_csrf_" + transactionId.left(16).toLatin1();
}

QByteArray csrfCookieAttributes(const EndpointContext& ctx, qint64 maxAge)
{
    return cookieAttributes(ctx, ctx.issuer.endpointPath(u"login"_s), maxAge);
}

HttpResponse showLogin(
    const EndpointContext& ctx, LoginTransaction login, const Client& client, const User* consentingUser)
{
    const qint64 now = ctx.clock.nowSecs();
    login.id = QString::fromLatin1(jose::randomToken(24));
    login.csrf = jose::randomToken(32);
    login.issuerId = ctx.issuer.config.id;
    login.expiresAt = now + kLoginLifetimeSecs;
    ctx.grants.addLogin(login, now);
    HttpResponse page = consentingUser ? consentPage(ctx, login, client, *consentingUser)
                                       : loginPage(ctx, login, client, {}, 200);
    page.addHeader("Set-Cookie"_ba,
        csrfCookieName(login.id) + '=' + login.csrf + csrfCookieAttributes(ctx, kLoginLifetimeSecs));
    return page;
}

bool needsConsent(
    const EndpointContext& ctx, const LoginTransaction& login, const Client& client, const QString& subject)
{
    if (login.forceConsent)
        return true;
    if (!client.requireConsent)
        return false;
    const QStringList granted = ctx.grants.consentedScopes(ctx.issuer.config.id, subject, client.clientId);
    return std::any_of(login.scopes.cbegin(), login.scopes.cend(),
        [&](const QString& scope) { return !granted.contains(scope); });
}

} // namespace provider::endpoints
