#include "client/ProviderMetadata.h"

#include <QHostAddress>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace client {

namespace {

bool isLoopback(const QUrl& url)
{
    if (url.host() == u"localhost"_s)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

// Absolute http(s) URL; plain http only towards this machine.
std::optional<QUrl> endpoint(const QJsonObject& doc, const QString& name, bool required, QString* error)
{
    const QJsonValue value = doc.value(name);
    if (value.isUndefined()) {
        if (required && error)
            *error = u"the discovery document has no \"%1\""_s.arg(name);
        return required ? std::nullopt : std::optional<QUrl>(QUrl());
    }
    const QUrl url(value.toString(), QUrl::StrictMode);
    const bool ok = value.isString() && url.isValid() && !url.isRelative() && !url.host().isEmpty()
        && (url.scheme() == u"https"_s || (url.scheme() == u"http"_s && isLoopback(url)));
    if (!ok) {
        if (error)
            *error = u"\"%1\" must be an absolute https URL (http only for localhost), not \"%2\""_s.arg(
                name, value.toVariant().toString());
        return std::nullopt;
    }
    return url;
}

QStringList strings(const QJsonObject& doc, const QString& name)
{
    QStringList out;
    for (const QJsonValue& v : doc.value(name).toArray())
        out.append(v.toString());
    return out;
}

} // namespace

QUrl ProviderMetadata::discoveryUrl(const QString& issuer)
{
    QString base = issuer;
    while (base.endsWith(u'/'))
        base.chop(1);
    return QUrl(base + u"/.well-known/openid-configuration"_s);
}

std::optional<ProviderMetadata> ProviderMetadata::fromJson(
    const QJsonObject& doc, const QString& expectedIssuer, QString* error)
{
    ProviderMetadata m;
    m.raw = doc;
    m.issuer = doc.value(u"issuer"_s).toString();
    if (m.issuer.isEmpty()) {
        if (error)
            *error = u"the discovery document has no \"issuer\""_s;
        return std::nullopt;
    }
    if (m.issuer != expectedIssuer) {
        if (error)
            *error = u"the document's issuer \"%1\" is not the issuer it was fetched for, \"%2\" (they must "
                     u"match "
                     u"exactly, trailing slash included)"_s.arg(m.issuer, expectedIssuer);
        return std::nullopt;
    }
    const auto authorization = endpoint(doc, u"authorization_endpoint"_s, true, error);
    if (!authorization)
        return std::nullopt;
    const auto jwks = endpoint(doc, u"jwks_uri"_s, true, error);
    if (!jwks)
        return std::nullopt;
    // token_endpoint is required unless only the implicit flow is offered; we check it when it is used.
    const auto token = endpoint(doc, u"token_endpoint"_s, false, error);
    const auto userinfo = token ? endpoint(doc, u"userinfo_endpoint"_s, false, error) : std::nullopt;
    // The optional endpoints, in order; the first bad one stops.
    std::optional<QUrl> endSession, revocation, introspection, device, pushed;
    if (userinfo)
        endSession = endpoint(doc, u"end_session_endpoint"_s, false, error);
    if (endSession)
        revocation = endpoint(doc, u"revocation_endpoint"_s, false, error);
    if (revocation)
        introspection = endpoint(doc, u"introspection_endpoint"_s, false, error);
    if (introspection)
        device = endpoint(doc, u"device_authorization_endpoint"_s, false, error);
    if (device)
        pushed = endpoint(doc, u"pushed_authorization_request_endpoint"_s, false, error);
    if (!pushed)
        return std::nullopt;
    m.authorizationEndpoint = *authorization;
    m.jwksUri = *jwks;
    m.tokenEndpoint = *token;
    m.userinfoEndpoint = *userinfo;
    m.endSessionEndpoint = *endSession;
    m.revocationEndpoint = *revocation;
    m.introspectionEndpoint = *introspection;
    m.deviceAuthorizationEndpoint = *device;
    m.pushedAuthorizationRequestEndpoint = *pushed;
    m.requirePushedAuthorizationRequests = doc.value(u"require_pushed_authorization_requests"_s).toBool();
    m.responseTypesSupported = strings(doc, u"response_types_supported"_s);
    if (m.responseTypesSupported.isEmpty()) {
        if (error)
            *error = u"the discovery document lists no response_types_supported"_s;
        return std::nullopt;
    }
    m.scopesSupported = strings(doc, u"scopes_supported"_s);
    m.idTokenSigningAlgValues = strings(doc, u"id_token_signing_alg_values_supported"_s);
    m.codeChallengeMethods = strings(doc, u"code_challenge_methods_supported"_s);
    m.tokenEndpointAuthMethods = strings(doc, u"token_endpoint_auth_methods_supported"_s);
    if (m.tokenEndpointAuthMethods.isEmpty())
        m.tokenEndpointAuthMethods = {u"client_secret_basic"_s}; // the default, RFC 8414 2
    m.grantTypesSupported = strings(doc, u"grant_types_supported"_s);
    if (m.grantTypesSupported.isEmpty())
        m.grantTypesSupported = {u"authorization_code"_s, u"implicit"_s}; // the default, RFC 8414 2
    m.issParameterSupported = doc.value(u"authorization_response_iss_parameter_supported"_s).toBool();
    return m;
}

} // namespace client
