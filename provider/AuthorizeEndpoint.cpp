#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "core/jose/Pkce.h"
#include "provider/Endpoints.h"
#include "provider/LoginPage.h"
#include "provider/Provider.h"
#include "provider/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// A login transaction lives this long: enough to type a password, short enough to bound memory.
constexpr qint64 kLoginLifetimeSecs = 600;
// A provider session (single sign-on) lasts a working day.
constexpr qint64 kSessionLifetimeSecs = 8 * 3600;

// Sends authorization response parameters back in the requested mode: query or fragment of a redirect, or an
// auto-submitting form (OAuth 2.0 Form Post Response Mode).
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

// RFC 6749 4.1.2.1, with "iss" from RFC 9207.
HttpResponse redirectWithError(const EndpointContext& ctx, const QString& redirectUri, const QString& mode,
    const QString& state, const OAuthError& error, const QString& clientId, int status = 302)
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

// response_type values with their words sorted, as compared everywhere.
QString canonicalResponseType(const QString& responseType)
{
    QStringList words = responseType.split(u' ', Qt::SkipEmptyParts);
    words.sort();
    return words.join(u' ');
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

// The successful authorization response: a code, tokens, or both (hybrid), with state and "iss" (RFC 9207).
HttpResponse respond(const EndpointContext& ctx, const LoginTransaction& request, const Client& client,
    const User& user, qint64 authTime, int status)
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

// Starts a transaction: stores it and shows the login page (or, for a user already authenticated, the consent
// page) with its CSRF cookie.
HttpResponse showLogin(const EndpointContext& ctx, LoginTransaction login, const Client& client,
    const User* consentingUser = nullptr)
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
        csrfCookieName(login.id) + '=' + login.csrf
            + cookieAttributes(
                ctx, ctx.issuer.endpointPath(ctx.issuer.config.endpoints.login), kLoginLifetimeSecs));
    return page;
}

// Whether the user must be asked before the client gets the transaction's scopes: prompt=consent, or a client
// that requires consent and a scope not allowed yet.
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

// Parses the claims request parameter (OIDC Core 5.5) and acr_values; or says what is wrong.
std::optional<ClaimsRequest> parseClaimsRequest(const core::FormData& params, QString* error)
{
    ClaimsRequest out;
    if (params.contains(u"claims"_s)) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(params.value(u"claims"_s).toUtf8(), &parseError);
        if (!doc.isObject()) {
            *error = u"claims must be a JSON object"_s;
            return std::nullopt;
        }
        for (const QString& member : {u"id_token"_s, u"userinfo"_s}) {
            const QJsonValue value = doc.object().value(member);
            if (value.isUndefined() || value.isNull())
                continue;
            if (!value.isObject()) {
                *error = u"claims.%1 must be an object"_s.arg(member);
                return std::nullopt;
            }
            const QJsonObject requested = value.toObject();
            for (auto it = requested.begin(); it != requested.end(); ++it) {
                if (!it->isNull() && !it->isObject()) {
                    *error = u"claims.%1.%2 must be null or an object"_s.arg(member, it.key());
                    return std::nullopt;
                }
                const QJsonObject spec = it->toObject();
                if (spec.contains(u"values"_s) && !spec.value(u"values"_s).isArray()) {
                    *error = u"claims.%1.%2.values must be an array"_s.arg(member, it.key());
                    return std::nullopt;
                }
            }
            (member == u"id_token"_s ? out.idToken : out.userinfo) = requested;
        }
    }
    // OIDC Core 3.1.2.1 and 5.5.1.1: the provider here meets any requested class; it states the first asked
    // for, a specific value requested through claims first.
    const QJsonObject acr = out.idToken.value(u"acr"_s).toObject();
    if (acr.value(u"value"_s).isString())
        out.acr = acr.value(u"value"_s).toString();
    else if (acr.value(u"values"_s).toArray().first().isString())
        out.acr = acr.value(u"values"_s).toArray().first().toString();
    else
        out.acr = params.value(u"acr_values"_s).split(u' ', Qt::SkipEmptyParts).value(0);
    return out;
}

// The subject the claims request insists on (claims.id_token.sub.value), if any.
QString requiredSubject(const ClaimsRequest& claims)
{
    return claims.idToken.value(u"sub"_s).toObject().value(u"value"_s).toString();
}

} // namespace

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

QByteArray sessionCookieName(const QString& issuerId)
{
    // One cookie per issuer, even when several issuers share a host and a path prefix.
    return "oidc_bench_session_" + jose::base64UrlEncode(jose::sha256(issuerId.toUtf8())).left(10);
}

QByteArray sessionCookieName(const EndpointContext& ctx)
{
    return sessionCookieName(ctx.issuer.config.id);
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
    response.addHeader("Set-Cookie"_ba,
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

// The authorization request with its request object (OIDC Core 6.1, RFC 9101) applied: the object's
// parameters supersede the query's. Unsigned ("none"), signed with the client secret (HS256/384/512, OIDC
// Core 10.1) or with a key whose public half the client registered (its "jwks"). On a problem, the query's
// parameters without it and the reason in *error.
core::FormData withRequestObject(
    const EndpointContext& ctx, const Client& client, const core::FormData& query, QString* error)
{
    core::FormData without;
    for (const auto& [key, value] : query.pairs()) {
        if (key != u"request"_s)
            without.add(key, value);
    }
    const QString compact = query.value(u"request"_s);
    if (query.contains(u"request_uri"_s)) {
        *error = u"request and request_uri exclude each other"_s;
        return without;
    }
    if (compact.count(u'.') == 4) {
        *error = u"encrypted request objects are not supported: sign it (with the client secret or a key in "
                 u"the client's jwks), or send it unsigned"_s;
        return without;
    }
    QString why;
    const std::optional<jose::Jws> jws = jose::Jws::parse(compact.toLatin1(), &why);
    if (!jws) {
        *error = u"the request object is not a JWT: %1"_s.arg(why);
        return without;
    }
    if (!verifyClientJwt(*jws, client, u"the request object"_s, true, error))
        return without;
    const std::optional<QJsonObject> claims = jose::jwt::decodeClaims(jws->payload(), &why);
    if (!claims) {
        *error = u"the request object's payload is not a JSON object: %1"_s.arg(why);
        return without;
    }
    // OIDC Core 6.1: client_id and response_type in both must be the same (RFC 9101 clients may send only
    // client_id and the object).
    for (const QString& name : {u"client_id"_s, u"response_type"_s}) {
        if (claims->contains(name) && query.contains(name)
            && claims->value(name).toString() != query.value(name)) {
            *error = u"%1 in the request object (\"%2\") differs from the request's (\"%3\")"_s.arg(
                name, claims->value(name).toString(), query.value(name));
            return without;
        }
    }
    if (claims->contains(u"iss"_s) && claims->value(u"iss"_s).toString() != client.clientId) {
        *error = u"the request object's iss must be the client_id"_s;
        return without;
    }
    if (claims->contains(u"aud"_s) && !jose::jwt::audiences(*claims).contains(ctx.issuer.url)) {
        *error = u"the request object's aud must be this issuer (%1)"_s.arg(ctx.issuer.url);
        return without;
    }
    if (!checkJwtTimes(*claims, ctx.clock.nowSecs(), u"the request object"_s, false, error))
        return without;
    if (claims->contains(u"request"_s) || claims->contains(u"request_uri"_s)) {
        *error = u"a request object must not contain request or request_uri"_s;
        return without;
    }
    // The JWT's own claims are not authorization parameters.
    static const QStringList jwtClaims{u"iss"_s, u"aud"_s, u"exp"_s, u"nbf"_s, u"iat"_s, u"jti"_s};
    core::FormData merged;
    for (const auto& [key, value] : without.pairs()) {
        if (!claims->contains(key))
            merged.add(key, value);
    }
    for (auto it = claims->constBegin(); it != claims->constEnd(); ++it) {
        if (jwtClaims.contains(it.key()))
            continue;
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isDouble())
            text = QString::number(value.toInteger(qint64(value.toDouble())));
        else if (value.isBool())
            text = value.toBool() ? u"true"_s : u"false"_s;
        else if (value.isObject()) // e.g. claims (OIDC Core 5.5)
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            continue; // null: as if absent
        merged.add(it.key(), text);
    }
    return merged;
}

namespace {

// An authorization request's response_type (words sorted) and response_mode, and the mode its errors are
// sent with: the requested one if it is one we know and it is safe for the response type (tokens never go in
// a query string), else the default for the response type.
struct ResponseShape
{
    QString responseType;
    bool usesCode = false;
    bool usesImplicit = false;
    QString requestedMode;
    bool knownMode = false;
    bool modeAllowed = false;
    QString mode;
};

ResponseShape responseShape(const core::FormData& params)
{
    ResponseShape shape;
    shape.responseType = canonicalResponseType(params.value(u"response_type"_s));
    const QStringList types = shape.responseType.split(u' ');
    shape.usesCode = types.contains(u"code"_s);
    shape.usesImplicit = types.contains(u"token"_s) || types.contains(u"id_token"_s);
    const QString defaultMode = shape.usesImplicit ? u"fragment"_s : u"query"_s;
    shape.requestedMode = params.value(u"response_mode"_s);
    shape.knownMode = shape.requestedMode == u"query"_s || shape.requestedMode == u"fragment"_s
        || shape.requestedMode == u"form_post"_s;
    shape.modeAllowed
        = shape.knownMode && !(shape.requestedMode == u"query"_s && defaultMode == u"fragment"_s);
    shape.mode = shape.modeAllowed ? shape.requestedMode : defaultMode;
    return shape;
}

bool redirectUriRegistered(const Client& client, const QString& redirectUri)
{
    return !redirectUri.isEmpty()
        && std::any_of(client.redirectUris.cbegin(), client.redirectUris.cend(),
            [&](const QString& uri) { return redirectUriMatches(uri, redirectUri); });
}

// An authorization request whose client is known and whose redirect_uri is registered for it, checked: the
// login transaction it starts, and what decides whether an existing session answers it.
struct CheckedRequest
{
    LoginTransaction login;
    QStringList prompt;
    qint64 maxAge = -1;
    QString hintedSubject;
};

// The checks of an authorization request after its client and redirect_uri (RFC 6749 4.1.1, OIDC Core
// 3.1.2.2), the same for one sent to the authorization endpoint and one pushed (RFC 9126 2.1). `params` are
// its parameters with any request object applied; `repeated` names the parameters given more than once,
// `objectError` says why its request object was refused.
std::variant<CheckedRequest, OAuthError> checkRequest(const EndpointContext& ctx, const Client& client,
    const core::FormData& params, const QStringList& repeated, const QString& objectError)
{
    using Error = OAuthError;
    const ResponseShape shape = responseShape(params);
    if (!repeated.isEmpty())
        return Error{u"invalid_request"_s, u"parameter %1 is repeated"_s.arg(repeated.join(u", "_s))};
    if (!objectError.isEmpty())
        return Error{u"invalid_request_object"_s, objectError};
    // Still here only when the issuer takes no request objects.
    if (params.contains(u"request"_s))
        return Error{u"request_not_supported"_s, u"this issuer does not take request objects"_s};
    if (params.contains(u"request_uri"_s))
        return Error{u"request_uri_not_supported"_s,
            u"request_uri is supported only for pushed authorization requests (RFC 9126)"_s};

    const QString& responseType = shape.responseType;
    if (responseType.isEmpty())
        return Error{u"invalid_request"_s, u"response_type is required"_s};
    if (!Client::knownResponseTypes().contains(responseType))
        return Error{u"unsupported_response_type"_s,
            u"response_type \"%1\" is not supported"_s.arg(params.value(u"response_type"_s))};
    if (!ctx.issuer.config.responseTypes().contains(responseType))
        return Error{u"unsupported_response_type"_s,
            u"this issuer does not support response_type \"%1\" (its grant types: %2)"_s.arg(
                params.value(u"response_type"_s), ctx.issuer.config.grantTypes.join(u", "_s))};
    if (!shape.requestedMode.isEmpty() && !shape.modeAllowed)
        return Error{u"invalid_request"_s,
            shape.knownMode ? u"response_mode query cannot carry tokens; use fragment or form_post"_s
                            : u"response_mode \"%1\" is not supported"_s.arg(shape.requestedMode)};
    const bool typeAllowed = std::any_of(client.responseTypes.cbegin(), client.responseTypes.cend(),
        [&](const QString& allowed) { return canonicalResponseType(allowed) == responseType; });
    if (!typeAllowed || (shape.usesCode && !client.grantTypes.contains(u"authorization_code"_s))
        || (shape.usesImplicit && !client.grantTypes.contains(u"implicit"_s)))
        return Error{u"unauthorized_client"_s,
            u"the client may not use response_type \"%1\""_s.arg(params.value(u"response_type"_s))};
    // OIDC Core 3.2.2.1 and 3.3.2.11: implicit and hybrid requests need a nonce.
    if (shape.usesImplicit && params.value(u"nonce"_s).isEmpty())
        return Error{
            u"invalid_request"_s, u"nonce is required when tokens come from the authorization endpoint"_s};

    QStringList scopes;
    for (const QString& scope : params.value(u"scope"_s).split(u' ', Qt::SkipEmptyParts)) {
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (!scopes.contains(u"openid"_s))
        return Error{u"invalid_scope"_s, u"an OpenID Connect request must include the openid scope"_s};
    for (const QString& scope : std::as_const(scopes)) {
        if (!ctx.issuer.config.findScope(scope))
            return Error{u"invalid_scope"_s, u"scope \"%1\" is not defined by this issuer"_s.arg(scope)};
        if (!client.allowedScopes.isEmpty() && !client.allowedScopes.contains(scope))
            return Error{u"invalid_scope"_s, u"the client may not request scope \"%1\""_s.arg(scope)};
    }

    // PKCE (RFC 7636 4.3): the method defaults to plain when a challenge comes without one.
    const QString challenge = params.value(u"code_challenge"_s);
    QString method = params.value(u"code_challenge_method"_s);
    if (challenge.isEmpty()) {
        if (!method.isEmpty())
            return Error{u"invalid_request"_s, u"code_challenge_method given without code_challenge"_s};
        if (client.requirePkce && shape.usesCode)
            return Error{u"invalid_request"_s, u"this client must use PKCE: code_challenge is required"_s};
    } else {
        if (method.isEmpty())
            method = u"plain"_s;
        if (method != u"S256"_s && method != u"plain"_s)
            return Error{u"invalid_request"_s, u"code_challenge_method must be S256 or plain"_s};
        if (!jose::pkce::isWellFormed(challenge.toLatin1()))
            return Error{u"invalid_request"_s, u"code_challenge must be 43 to 128 unreserved characters"_s};
    }

    CheckedRequest checked;
    checked.prompt = params.value(u"prompt"_s).split(u' ', Qt::SkipEmptyParts);
    if (checked.prompt.contains(u"none"_s) && checked.prompt.size() > 1)
        return Error{u"invalid_request"_s, u"prompt=none cannot be combined with other values"_s};
    if (params.contains(u"max_age"_s)) {
        bool ok = false;
        checked.maxAge = params.value(u"max_age"_s).toLongLong(&ok);
        if (!ok || checked.maxAge < 0)
            return Error{u"invalid_request"_s, u"max_age must be a non-negative number of seconds"_s};
    }
    if (params.contains(u"id_token_hint"_s)) {
        QString why;
        const auto hint = tokens::idTokenHintClaims(ctx, params.value(u"id_token_hint"_s), &why);
        if (!hint)
            return Error{u"invalid_request"_s, u"id_token_hint: "_s + why};
        checked.hintedSubject = hint->value(u"sub"_s).toString();
    }
    QString claimsError;
    const auto claimsRequest = parseClaimsRequest(params, &claimsError);
    if (!claimsRequest)
        return Error{u"invalid_request"_s, claimsError};
    // OIDC Core 5.5.1: a request for a specific sub succeeds only for that user.
    if (!requiredSubject(*claimsRequest).isEmpty()) {
        if (!checked.hintedSubject.isEmpty() && checked.hintedSubject != requiredSubject(*claimsRequest))
            return Error{u"invalid_request"_s, u"id_token_hint and claims name different subjects"_s};
        checked.hintedSubject = requiredSubject(*claimsRequest);
    }

    LoginTransaction& login = checked.login;
    login.issuerId = ctx.issuer.config.id;
    login.clientId = client.clientId;
    login.redirectUri = params.value(u"redirect_uri"_s);
    login.state = params.value(u"state"_s);
    login.nonce = params.value(u"nonce"_s);
    login.scopes = scopes;
    login.codeChallenge = challenge;
    login.codeChallengeMethod = challenge.isEmpty() ? QString() : method;
    login.loginHint = params.value(u"login_hint"_s);
    login.responseType = responseType;
    login.responseMode = shape.mode;
    login.claims = *claimsRequest;
    login.forceConsent = checked.prompt.contains(u"consent"_s);
    return checked;
}

// The request_uri of a pushed authorization request (RFC 9126 2.2) begins with this.
const QString kPushedRequestUriPrefix = u"urn:ietf:params:oauth:request_uri:"_s;
// How long a pushed request waits for its authorization request (RFC 9126 2.2: "typically between 5 and
// 600 seconds"; oidc-provider's default).
constexpr int kPushedRequestLifetimeSecs = 60;

} // namespace

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
    if (const FaultRule* rule = ctx.faults.take([](const FaultRule& r) {
            return r.fault.startsWith(u"authorize."_s) && !r.fault.startsWith(u"authorize.state_"_s)
                && r.fault != u"authorize.code_replayed"_s;
        }))
        return fail(rule->fault.mid(10), u"injected by OIDC Bench (%1)"_s.arg(rule->fault));
    if (!pushed && (ctx.issuer.config.requirePushedRequests || client->requirePushedRequests))
        return fail(u"invalid_request"_s,
            u"%1 takes authorization requests only as pushed authorization requests (RFC 9126): push the "
            u"parameters to %2 and send client_id and the request_uri it returns"_s.arg(
                ctx.issuer.config.requirePushedRequests ? u"this issuer"_s : u"this client"_s,
                ctx.issuer.endpointUrl(ctx.issuer.config.endpoints.pushedAuthorization)));

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
        return respond(ctx, login, *client, *sessionUser, session->authTime, 302);
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

HttpResponse pushedAuthorization(const EndpointContext& ctx)
{
    // Injected errors (docs/faults.md) come before anything is checked or kept.
    if (const FaultRule* rule
        = ctx.faults.take([](const FaultRule& r) { return r.fault.startsWith(u"par."_s); }))
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
    const bool forDevice = !transaction->deviceCode.isEmpty();
    const bool stillValid = client
        && (forDevice
            || std::any_of(client->redirectUris.cbegin(), client->redirectUris.cend(),
                [&](const QString& uri) { return redirectUriMatches(uri, transaction->redirectUri); }));
    if (!stillValid)
        return errorPage(ctx, u"Client changed"_s,
            u"The client or its redirect URI was removed while you were signing in."_s, 400);

    auto finish = [&](HttpResponse response) {
        ctx.grants.removeLogin(transactionId);
        response.addHeader("Set-Cookie"_ba,
            csrfCookieName(transactionId) + "="
                + cookieAttributes(ctx, ctx.issuer.endpointPath(ctx.issuer.config.endpoints.login), 0));
        return response;
    };
    // The device flow ends on a page: the device learns the answer by polling (RFC 8628 3.4, 3.5).
    auto deviceDenied = [&] {
        ctx.grants.decideDevice(transaction->deviceCode, false, {}, now);
        return finish(messagePage(
            ctx, u"Device not connected"_s, u"You denied the device. You can close this window."_s));
    };
    auto deviceApproved = [&](const User& user) {
        ctx.grants.decideDevice(transaction->deviceCode, true, user.subject, now);
        return messagePage(ctx, u"Device connected"_s,
            u"%1 is signed in as %2. You can return to your device."_s.arg(client->name, user.username));
    };
    if (form->value(u"action"_s) == u"cancel"_s && forDevice)
        return deviceDenied();
    if (form->value(u"action"_s) == u"cancel"_s)
        return finish(
            redirectWithError(ctx, transaction->redirectUri, transaction->responseMode, transaction->state,
                {u"access_denied"_s, u"the user cancelled the sign-in"_s}, transaction->clientId, 303));

    const User* user = nullptr;
    if (!transaction->subject.isEmpty()) {
        // The consent page's answer. The user authenticated before it was shown.
        user = ctx.issuer.config.findUserBySubject(transaction->subject);
        if (!user)
            return finish(errorPage(ctx, u"User removed"_s,
                u"The user was removed while the consent page was open."_s, 400, client->clientId));
        if (form->value(u"action"_s) != u"allow"_s && forDevice)
            return deviceDenied();
        if (form->value(u"action"_s) != u"allow"_s)
            return finish(redirectWithError(ctx, transaction->redirectUri, transaction->responseMode,
                transaction->state, {u"access_denied"_s, u"the user did not allow the request"_s},
                transaction->clientId, 303));
        ctx.grants.addConsent(ctx.issuer.config.id, user->subject, client->clientId, transaction->scopes);
        if (forDevice)
            return finish(deviceApproved(*user));
        return finish(respond(ctx, *transaction, *client, *user, transaction->authTime, 303));
    }
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

    const QString required = requiredSubject(transaction->claims);
    if (!required.isEmpty() && required != user->subject)
        return loginPage(ctx, *transaction, *client,
            u"The application asked for a different user; sign in as that user."_s, 401);
    if (needsConsent(ctx, *transaction, *client, user->subject)) {
        // Same transaction and CSRF cookie, now waiting for the answer on the consent page.
        LoginTransaction consenting = *transaction;
        consenting.subject = user->subject;
        consenting.authTime = now;
        ctx.grants.addLogin(consenting, now);
        HttpResponse page = consentPage(ctx, consenting, *client, *user);
        startSession(ctx, page, *user, now);
        return page;
    }
    if (forDevice) {
        HttpResponse done = deviceApproved(*user);
        startSession(ctx, done, *user, now);
        return finish(done);
    }
    HttpResponse redirect = respond(ctx, *transaction, *client, *user, now, 303);
    startSession(ctx, redirect, *user, now);
    return finish(redirect);
}

HttpResponse deviceVerification(const EndpointContext& ctx)
{
    // RFC 8628 3.3: the user enters (or follows a link with) the code, then logs in to approve the device.
    QString parseError;
    const auto params = queryOrFormParameters(ctx.request, &parseError);
    if (!params)
        return errorPage(ctx, u"Malformed request"_s, parseError, 400);
    const QString userCode = params->value(u"user_code"_s);
    if (ctx.request.method != "POST")
        return deviceCodePage(ctx, userCode, {}, 200);
    // Wrong codes are counted by address, and past a few a minute no code is taken (RFC 8628 5.1).
    const QString from = ctx.request.remoteAddress.toString();
    const qint64 now = ctx.clock.nowSecs();
    if (const qint64 wait = ctx.grants.userCodeRetryAfter(from, now); wait > 0) {
        HttpResponse page = deviceCodePage(
            ctx, userCode, u"Too many wrong codes from here. Try again in %1 seconds."_s.arg(wait), 429);
        page.headers.append({"Retry-After", QByteArray::number(wait)});
        return page;
    }
    const auto device = ctx.grants.pendingDeviceByUserCode(userCode, now);
    const Client* client = device ? ctx.issuer.config.findClient(device->second.clientId) : nullptr;
    if (!device || device->second.issuerId != ctx.issuer.config.id || !client) {
        ctx.grants.addWrongUserCode(from, now);
        return deviceCodePage(
            ctx, userCode, u"That code is unknown or has expired. Check it on your device."_s, 400);
    }
    LoginTransaction login;
    login.clientId = client->clientId;
    login.scopes = device->second.scopes;
    login.deviceCode = device->first;
    return showLogin(ctx, login, *client);
}

} // namespace provider::endpoints
