#include "provider/endpoints/Discovery.h"

#include "core/jose/Algorithm.h"
#include "provider/IssuerRuntime.h"
#include "provider/Routes.h"
#include "provider/endpoints/CachedJson.h"
#include "provider/endpoints/Grants.h"
#include "provider/endpoints/Handlers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <tuple>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// Claims every ID token can carry, besides the scope claims.
const QStringList kTokenClaims{u"iss"_s, u"sub"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"auth_time"_s, u"nonce"_s,
    u"at_hash"_s, u"c_hash"_s, u"azp"_s};

} // namespace

QJsonObject discoveryDocument(const IssuerRuntime& issuer)
{
    // Advertise only what is implemented (OIDC Discovery 3, RFC 8414 2).
    QStringList scopes;
    QStringList claims = kTokenClaims;
    for (const ScopeDefinition& scope : issuer.config.scopes) {
        scopes.append(scope.name);
        for (const QString& claim : scope.claims) {
            if (!claims.contains(claim))
                claims.append(claim);
        }
    }
    QStringList algorithms = issuer.signingAlgorithms;
    // The client authentication methods the issuer accepts (all of them unless its workspace names some).
    QStringList methods;
    for (const QString& method : Issuer::knownClientAuthMethods()) {
        if (issuer.config.acceptsClientAuth(method))
            methods.append(method);
    }
    const QJsonArray authMethods = QJsonArray::fromStringList(methods);
    QStringList confidentialMethods = methods;
    confidentialMethods.removeAll(u"none"_s);
    // Client assertions (client_secret_jwt: HMAC with the client secret; private_key_jwt: a key of the
    // client's "jwks"); request objects take either kind whichever methods the issuer accepts.
    QStringList assertionAlgorithmNames;
    for (const QString& alg : jose::supportedAlgorithmNames()) {
        const bool hmac = jose::algorithmFamily(jose::algorithmFromName(alg)) == jose::AlgorithmFamily::Hmac;
        if (methods.contains(hmac ? u"client_secret_jwt"_s : u"private_key_jwt"_s))
            assertionAlgorithmNames.append(alg);
    }
    const QJsonArray assertionAlgorithms = QJsonArray::fromStringList(assertionAlgorithmNames);
    // The device grant needs its endpoint, and the endpoint the grant.
    const bool deviceFlow
        = issuer.endpointEnabled(u"device_authorization"_s) && issuer.config.acceptsGrant(kDeviceCodeGrant);
    QStringList grants;
    for (const QString& grant : Client::knownGrantTypes()) {
        if (issuer.config.acceptsGrant(grant) && (grant != kDeviceCodeGrant || deviceFlow))
            grants.append(grant);
    }
    QJsonObject doc{
        {u"issuer"_s, issuer.url},
        {u"scopes_supported"_s, QJsonArray::fromStringList(scopes)},
        // What clients may be registered for (the window's client editor offers the same lists).
        {u"response_types_supported"_s, QJsonArray::fromStringList(issuer.config.responseTypes())},
        {u"response_modes_supported"_s, QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}},
        {u"grant_types_supported"_s, QJsonArray::fromStringList(grants)},
        {u"subject_types_supported"_s, QJsonArray{u"public"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray::fromStringList(algorithms)},
        {u"userinfo_signing_alg_values_supported"_s, QJsonArray::fromStringList(issuer.userinfoAlgorithms)},
        {u"token_endpoint_auth_methods_supported"_s, authMethods},
        {u"revocation_endpoint_auth_methods_supported"_s, authMethods},
        {u"token_endpoint_auth_signing_alg_values_supported"_s, assertionAlgorithms},
        {u"revocation_endpoint_auth_signing_alg_values_supported"_s, assertionAlgorithms},
        {u"introspection_endpoint_auth_methods_supported"_s, QJsonArray::fromStringList(confidentialMethods)},
        {u"introspection_endpoint_auth_signing_alg_values_supported"_s, assertionAlgorithms},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s, u"plain"_s}},
        {u"claims_supported"_s, QJsonArray::fromStringList(claims)},
        {u"claims_parameter_supported"_s, true},
        {u"claim_types_supported"_s, QJsonArray{u"normal"_s}},
        // Request objects unsigned or signed like client assertions (RequestObject.cpp).
        {u"request_parameter_supported"_s, issuer.config.requestObjects},
        {u"request_object_signing_alg_values_supported"_s,
            QJsonArray::fromStringList(QStringList{u"none"_s} + jose::supportedAlgorithmNames())},
        {u"request_uri_parameter_supported"_s, false},
        {u"authorization_response_iss_parameter_supported"_s, true},
    };
    // The endpoints' URLs, as the route table says. Those OIDC Discovery 3 requires are named even when
    // switched off (as deployments without them do).
    for (const Route& route : Routes()) {
        const QString name = route.name.toString();
        if (!route.discoveryMember.isEmpty()
            && (route.alwaysAdvertised
                || (issuer.endpointEnabled(name) && (name != u"device_authorization"_s || deviceFlow))))
            doc.insert(route.discoveryMember.toString(), issuer.endpointUrl(name));
    }
    if (!issuer.config.requestObjects)
        doc.remove(u"request_object_signing_alg_values_supported"_s);
    // RFC 9126 5.
    if (issuer.endpointEnabled(u"pushed_authorization_request"_s))
        doc.insert(u"require_pushed_authorization_requests"_s, issuer.config.requirePushedRequests);
    // RFC 8414 2: the algorithm lists only go with methods that use them.
    if (assertionAlgorithmNames.isEmpty()) {
        for (const QString& member : {u"token_endpoint_auth_signing_alg_values_supported"_s,
                 u"revocation_endpoint_auth_signing_alg_values_supported"_s,
                 u"introspection_endpoint_auth_signing_alg_values_supported"_s})
            doc.remove(member);
    }
    if (!issuer.endpointEnabled(u"revocation"_s)) {
        doc.remove(u"revocation_endpoint_auth_methods_supported"_s);
        doc.remove(u"revocation_endpoint_auth_signing_alg_values_supported"_s);
    }
    if (!issuer.endpointEnabled(u"introspection"_s)) {
        doc.remove(u"introspection_endpoint_auth_methods_supported"_s);
        doc.remove(u"introspection_endpoint_auth_signing_alg_values_supported"_s);
    }
    return doc;
}

HttpResponse discovery(const EndpointContext& ctx)
{
    if (ctx.faults.isEmpty())
        return cachedJson(ctx.issuer.discoveryBody);
    QJsonObject doc = QJsonDocument::fromJson(ctx.issuer.discoveryBody).object();
    if (ctx.faults.take(u"discovery.issuer_mismatch"))
        doc.insert(u"issuer"_s, QString(ctx.issuer.url + u"/other"_s));
    if (const FaultRule* rule = ctx.faults.take(u"discovery.missing_endpoint"))
        doc.remove(rule->options.value(u"member"_s).toString(u"token_endpoint"_s));
    QByteArray body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    if (ctx.faults.take(u"discovery.malformed"))
        body.truncate(body.size() / 2);
    return cachedJson(body);
}

} // namespace provider::endpoints
