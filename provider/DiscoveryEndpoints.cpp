#include "core/jose/Algorithm.h"
#include "provider/Endpoints.h"
#include "provider/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <tuple>

using namespace Qt::StringLiterals;

namespace provider::endpoints {

namespace {

// Claims every ID token can carry, besides the scope claims.
const QStringList kTokenClaims{u"iss"_s, u"sub"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"auth_time"_s, u"nonce"_s,
    u"at_hash"_s, u"c_hash"_s, u"azp"_s};

HttpResponse cachedJson(const QByteArray& body, const QByteArray& contentType = "application/json"_ba)
{
    HttpResponse r;
    r.body = body;
    r.headers.reserve(3); // and Vary, from CORS
    r.addHeader("Content-Type"_ba, contentType);
    // Short caching: the workspace is edited live.
    r.addHeader("Cache-Control"_ba, "public, max-age=60"_ba);
    return r;
}

} // namespace

QJsonObject discoveryDocument(const IssuerRuntime& issuer)
{
    // Advertise only what is implemented (OIDC Discovery 3, RFC 8414 2).
    const EndpointPaths& e = issuer.config.endpoints;
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
        // Required by OIDC Discovery 3, so named even when switched off (as deployments without them do).
        {u"authorization_endpoint"_s, issuer.endpointUrl(e.authorization)},
        {u"token_endpoint"_s, issuer.endpointUrl(e.token)},
        {u"jwks_uri"_s, issuer.endpointUrl(e.jwks)},
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
        // Request objects unsigned or signed like client assertions (AuthorizeEndpoint.cpp).
        {u"request_parameter_supported"_s, issuer.config.requestObjects},
        {u"request_object_signing_alg_values_supported"_s,
            QJsonArray::fromStringList(QStringList{u"none"_s} + jose::supportedAlgorithmNames())},
        {u"request_uri_parameter_supported"_s, false},
        {u"authorization_response_iss_parameter_supported"_s, true},
    };
    for (const auto& [name, member, path] : {std::tuple{u"userinfo", u"userinfo_endpoint", &e.userinfo},
             std::tuple{u"revocation", u"revocation_endpoint", &e.revocation},
             std::tuple{u"introspection", u"introspection_endpoint", &e.introspection},
             std::tuple{u"end_session", u"end_session_endpoint", &e.endSession},
             std::tuple{u"device_authorization", u"device_authorization_endpoint", &e.deviceAuthorization},
             std::tuple{u"pushed_authorization_request", u"pushed_authorization_request_endpoint",
                 &e.pushedAuthorization}}) {
        if (issuer.endpointEnabled(QString::fromUtf16(name))
            && (path != &e.deviceAuthorization || deviceFlow))
            doc.insert(QString::fromUtf16(member), issuer.endpointUrl(*path));
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

QJsonObject jwksDocument(const IssuerRuntime& issuer)
{
    QJsonArray keys;
    for (const jose::Jwk& key : issuer.publishedKeys) {
        QJsonObject pub = key.toPublicJson();
        if (!pub.contains(u"use"_s))
            pub.insert(u"use"_s, u"sig"_s);
        // Name the algorithm only when the key signs with exactly one (an RSA key may do RS256 and PS256).
        const QSet<QString> algorithms = issuer.keyAlgorithms.value(key.kid());
        if (!pub.contains(u"alg"_s) && algorithms.size() == 1)
            pub.insert(u"alg"_s, *algorithms.begin());
        keys.append(pub);
    }
    return QJsonObject{{u"keys"_s, keys}};
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

HttpResponse jwks(const EndpointContext& ctx)
{
    if (ctx.faults.take(u"jwks.down")) {
        HttpResponse down = HttpResponse::text(u"Service Unavailable"_s, 503);
        down.setHeader("Retry-After"_ba, "30"_ba);
        return down;
    }
    QByteArray body = ctx.issuer.jwksBody;
    if (ctx.faults.take(u"jwks.empty")) {
        body = "{\"keys\":[]}";
    } else if (ctx.faults.take(u"jwks.missing_active_key")) {
        // As if the key that signs had not been published yet: every other key stays.
        QJsonObject doc = QJsonDocument::fromJson(body).object();
        QJsonArray keys = doc.value(u"keys"_s).toArray();
        const auto signer = ctx.issuer.accessTokenKey(nullptr);
        for (qsizetype i = keys.size() - 1; signer && i >= 0; --i) {
            if (keys.at(i).toObject().value(u"kid"_s).toString() == signer->first.kid())
                keys.removeAt(i);
        }
        doc.insert(u"keys"_s, keys);
        body = QJsonDocument(doc).toJson(QJsonDocument::Compact);
    }
    return cachedJson(body, "application/jwk-set+json"_ba);
}

std::optional<core::FormData> formBody(const HttpRequest& request, QString* error)
{
    if (request.mediaType() != "application/x-www-form-urlencoded") {
        if (error)
            *error = u"the body must be application/x-www-form-urlencoded"_s;
        return std::nullopt;
    }
    return core::FormData::parse(request.body, error);
}

std::optional<core::FormData> queryOrFormParameters(const HttpRequest& request, QString* error)
{
    return request.method == "POST" ? formBody(request, error) : core::FormData::parse(request.query, error);
}

} // namespace provider::endpoints
