#include "provider/endpoints/AuthorizationRequest.h"

#include "core/jose/Pkce.h"
#include "provider/IssuerRuntime.h"
#include "provider/Tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

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

} // namespace

QString canonicalResponseType(const QString& responseType)
{
    QStringList words = responseType.split(u' ', Qt::SkipEmptyParts);
    words.sort();
    return words.join(u' ');
}

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

QString requiredSubject(const ClaimsRequest& claims)
{
    return claims.idToken.value(u"sub"_s).toObject().value(u"value"_s).toString();
}

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

} // namespace provider::endpoints
