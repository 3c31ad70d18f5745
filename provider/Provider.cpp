#include "provider/Provider.h"

#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "provider/Endpoints.h"
#include "provider/Tokens.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace provider {

namespace {

enum class Route {
    Discovery,
    Jwks,
    Authorize,
    Login,
    Token,
    UserInfo,
    Revocation,
    Introspection,
    EndSession,
    DeviceAuthorization,
    DeviceVerification
};

struct RouteMatch
{
    const IssuerRuntime* issuer = nullptr;
    Route route = Route::Discovery;
};

std::optional<RouteMatch> match(const Snapshot& snapshot, const QString& path)
{
    for (const IssuerRuntime& issuer : snapshot.issuers) {
        if (!path.startsWith(issuer.config.path))
            continue;
        const QStringView rest = QStringView(path).sliced(issuer.config.path.size());
        const EndpointPaths& e = issuer.config.endpoints;
        // The login form belongs to the authorization endpoint, the verification page to the device flow.
        for (auto [endpointPath, route, name] : {std::tuple{&e.discovery, Route::Discovery, u"discovery"},
                 std::tuple{&e.jwks, Route::Jwks, u"jwks"},
                 std::tuple{&e.authorization, Route::Authorize, u"authorization"},
                 std::tuple{&e.login, Route::Login, u"authorization"},
                 std::tuple{&e.token, Route::Token, u"token"},
                 std::tuple{&e.userinfo, Route::UserInfo, u"userinfo"},
                 std::tuple{&e.revocation, Route::Revocation, u"revocation"},
                 std::tuple{&e.introspection, Route::Introspection, u"introspection"},
                 std::tuple{&e.endSession, Route::EndSession, u"end_session"},
                 std::tuple{&e.deviceAuthorization, Route::DeviceAuthorization, u"device_authorization"},
                 std::tuple{&e.deviceVerification, Route::DeviceVerification, u"device_authorization"}}) {
            if (rest == *endpointPath && issuer.endpointEnabled(QString::fromUtf16(name)))
                return RouteMatch{&issuer, route};
        }
    }
    return std::nullopt;
}

QList<QByteArray> allowedMethods(Route route)
{
    switch (route) {
    case Route::Discovery:
    case Route::Jwks:
        return {"GET", "HEAD", "OPTIONS"};
    case Route::Authorize:
    case Route::UserInfo:
    case Route::EndSession:
    case Route::DeviceVerification:
        return {"GET", "POST", "OPTIONS"};
    case Route::Login:
    case Route::Token:
    case Route::Revocation:
    case Route::Introspection:
    case Route::DeviceAuthorization:
        return {"POST", "OPTIONS"};
    }
    return {};
}

QByteArray allowHeader(Route route)
{
    return allowedMethods(route).join(", ");
}

bool corsEnabled(Route route)
{
    // Browser apps call these directly; authorize and login are navigations, introspection is server-side.
    return route == Route::Discovery || route == Route::Jwks || route == Route::Token
        || route == Route::UserInfo || route == Route::Revocation;
}

bool originAllowed(const HttpRequest& request, const IssuerRuntime& issuer, Route route)
{
    const QByteArray origin = request.header("origin");
    return corsEnabled(route) && !origin.isEmpty() && issuer.corsOrigins.contains(QString::fromUtf8(origin));
}

// CORS for the origins the issuer's clients list. Never "*", never with credentials.
void applyCors(const HttpRequest& request, const IssuerRuntime& issuer, Route route, HttpResponse& response)
{
    if (!corsEnabled(route))
        return;
    response.addHeader("Vary", "Origin");
    if (!originAllowed(request, issuer, route))
        return;
    response.setHeader("Access-Control-Allow-Origin", request.header("origin"));
    response.setHeader("Access-Control-Expose-Headers", "WWW-Authenticate, Cache-Control, Pragma");
}

HttpResponse preflight(const HttpRequest& request, const IssuerRuntime& issuer, Route route)
{
    HttpResponse response;
    response.status = 204;
    response.setHeader("Allow", allowHeader(route));
    if (originAllowed(request, issuer, route)) {
        response.setHeader("Access-Control-Allow-Methods", allowHeader(route));
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, DPoP");
        response.setHeader("Access-Control-Max-Age", "600");
    }
    return response;
}

IssuerRuntime buildRuntime(const Workspace& ws, const Issuer& issuer)
{
    IssuerRuntime rt;
    rt.config = issuer;
    rt.url = ws.issuerUrl(issuer);
    for (const SigningKey& key : issuer.keys) {
        rt.verificationKeys.append(key.jwk);
        if (key.jwk.type() == jose::KeyType::Oct)
            continue;
        rt.publishedKeys.append(key.jwk);
        rt.keyAlgorithms[key.jwk.kid()].insert(jose::algorithmName(key.jwk.defaultAlgorithm()));
    }
    if (const auto key = rt.accessTokenKey(nullptr))
        rt.signingAlgorithms.append(jose::algorithmName(key->second));
    for (const Client& client : issuer.clients) {
        const auto key = rt.idTokenKey(client, nullptr);
        if (!key)
            continue;
        const QString alg = jose::algorithmName(key->second);
        if (!rt.signingAlgorithms.contains(alg))
            rt.signingAlgorithms.append(alg);
        if (key->first.type() != jose::KeyType::Oct)
            rt.keyAlgorithms[key->first.kid()].insert(alg);
    }
    for (const Client& client : issuer.clients) {
        for (const QString& origin : client.corsOrigins)
            rt.corsOrigins.insert(origin);
    }
    rt.discoveryBody = QJsonDocument(endpoints::discoveryDocument(rt)).toJson(QJsonDocument::Compact);
    rt.jwksBody = QJsonDocument(endpoints::jwksDocument(rt)).toJson(QJsonDocument::Compact);
    return rt;
}

} // namespace

std::optional<std::pair<jose::Jwk, jose::Algorithm>> IssuerRuntime::accessTokenKey(QString* error) const
{
    for (const SigningKey& key : config.keys) {
        if (key.active)
            return std::pair{key.jwk, key.jwk.defaultAlgorithm()};
    }
    if (error)
        *error = u"the issuer has no active signing key"_s;
    return std::nullopt;
}

std::optional<std::pair<jose::Jwk, jose::Algorithm>> IssuerRuntime::idTokenKey(
    const Client& client, QString* error) const
{
    if (client.idTokenSigningAlg.isEmpty())
        return accessTokenKey(error);
    const jose::Algorithm wanted = jose::algorithmFromName(client.idTokenSigningAlg);
    if (jose::algorithmFamily(wanted) == jose::AlgorithmFamily::Hmac) {
        // OIDC Core 10.1: symmetric signatures use the client secret as the key.
        const jose::Jwk secret = jose::Jwk::fromSecret(client.secret.toUtf8());
        QString why;
        if (client.confidential && secret.supports(wanted, &why))
            return std::pair{secret, wanted};
        if (error)
            *error = client.confidential
                ? why
                : u"%1 needs a confidential client's secret"_s.arg(client.idTokenSigningAlg);
        return std::nullopt;
    }
    for (const SigningKey& key : config.keys) {
        if (key.active && key.jwk.type() != jose::KeyType::Oct && key.jwk.supports(wanted))
            return std::pair{key.jwk, wanted};
    }
    if (error)
        *error = u"no active key of the issuer can sign %1, which client %2 asks for"_s.arg(
            client.idTokenSigningAlg, client.clientId);
    return std::nullopt;
}

IssuerRuntime IssuerRuntime::withUrl(const QString& newUrl) const
{
    IssuerRuntime copy = *this;
    copy.url = newUrl;
    copy.discoveryBody = QJsonDocument(endpoints::discoveryDocument(copy)).toJson(QJsonDocument::Compact);
    return copy;
}

namespace {

// The issuer URL a request's Host header gives (scheme://host + path), the fallback without one, or an empty
// string for a Host header that is not a host name or address with an optional port.
QString hostDerivedUrl(const HttpRequest& request, const IssuerRuntime& issuer)
{
    const HostDerivedIssuer& derived = *issuer.config.issuerFromHost;
    const QByteArray host = request.header("host");
    if (host.isEmpty())
        return derived.fallback + issuer.config.path;
    static const QRegularExpression valid(
        u"^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?$"_s);
    if (!valid.match(QString::fromLatin1(host)).hasMatch())
        return {};
    return derived.scheme + u"://"_s + QString::fromLatin1(host).toLower() + issuer.config.path;
}

} // namespace

Provider::Provider(Workspace workspace, std::shared_ptr<core::Clock> clock)
    : m_clock(clock ? std::move(clock) : std::make_shared<core::SystemClock>())
{
    setWorkspace(std::move(workspace));
}

void Provider::setWorkspace(Workspace workspace)
{
    auto snapshot = std::make_shared<Snapshot>();
    for (const Issuer& issuer : std::as_const(workspace.issuers))
        snapshot->issuers.append(buildRuntime(workspace, issuer));
    // Longest path first, so that "/tenant" wins over "" for "/tenant/token".
    std::stable_sort(snapshot->issuers.begin(), snapshot->issuers.end(),
        [](const auto& a, const auto& b) { return a.config.path.size() > b.config.path.size(); });
    snapshot->workspace = std::move(workspace);
    QMutexLocker lock(&m_mutex);
    m_snapshot = std::move(snapshot);
}

std::shared_ptr<const Snapshot> Provider::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    return m_snapshot;
}

HttpResponse Provider::handle(const HttpRequest& request)
{
    const std::shared_ptr<const Snapshot> snap = snapshot();
    const auto found = match(*snap, request.path);
    if (!found) {
        HttpResponse r = HttpResponse::json(
            QJsonObject{{u"error"_s, u"not_found"_s},
                {u"error_description"_s, u"no endpoint at this path; see the discovery document"_s}},
            404);
        return r;
    }
    const Route route = found->route;
    // Most issuers have one URL, worked out once per workspace; a Host-derived one has one per request
    // (unless the server has a configured public URL, which comes first).
    std::optional<IssuerRuntime> derived;
    if (found->issuer->config.issuerFromHost && snap->workspace.server.publicUrl.isEmpty()) {
        const QString url = hostDerivedUrl(request, *found->issuer);
        if (url.isEmpty())
            return HttpResponse::json(QJsonObject{{u"error"_s, u"invalid_request"_s},
                                          {u"error_description"_s, u"the Host header is not a valid host"_s}},
                400);
        if (url != found->issuer->url)
            derived = found->issuer->withUrl(url);
    }
    const IssuerRuntime& issuer = derived ? *derived : *found->issuer;

    if (request.method == "OPTIONS") {
        HttpResponse r = preflight(request, issuer, route);
        applyCors(request, issuer, route, r);
        return r;
    }
    if (!allowedMethods(route).contains(request.method)) {
        HttpResponse r = HttpResponse::json(
            QJsonObject{{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s,
                    u"method %1 is not allowed here"_s.arg(QString::fromLatin1(request.method))}},
            405);
        r.setHeader("Allow", allowHeader(route));
        applyCors(request, issuer, route, r);
        return r;
    }

    const EndpointContext ctx{request, issuer, m_grants, *m_clock};
    HttpResponse response;
    switch (route) {
    case Route::Discovery:
        response = endpoints::discovery(ctx);
        break;
    case Route::Jwks:
        response = endpoints::jwks(ctx);
        break;
    case Route::Authorize:
        response = endpoints::authorize(ctx);
        break;
    case Route::Login:
        response = endpoints::login(ctx);
        break;
    case Route::Token:
        response = endpoints::token(ctx);
        break;
    case Route::UserInfo:
        response = endpoints::userinfo(ctx);
        break;
    case Route::Revocation:
        response = endpoints::revocation(ctx);
        break;
    case Route::DeviceAuthorization:
        response = endpoints::deviceAuthorization(ctx);
        break;
    case Route::DeviceVerification:
        response = endpoints::deviceVerification(ctx);
        break;
    case Route::EndSession:
        response = endpoints::endSession(ctx);
        break;
    case Route::Introspection:
        response = endpoints::introspection(ctx);
        break;
    }
    applyCors(request, issuer, route, response);
    return response;
}

std::optional<QString> Provider::mintToken(const MintRequest& request, QString* error) const
{
    const std::shared_ptr<const Snapshot> snap = snapshot();
    const auto issuer
        = std::find_if(snap->issuers.cbegin(), snap->issuers.cend(), [&](const IssuerRuntime& rt) {
              return request.issuerId.isEmpty() ? rt.config.id == snap->workspace.issuers.value(0).id
                                                : rt.config.id == request.issuerId;
          });
    if (issuer == snap->issuers.cend()) {
        *error = u"no issuer \"%1\" in the workspace"_s.arg(request.issuerId);
        return std::nullopt;
    }
    const User* user = issuer->config.findUser(request.username);
    if (!user) {
        *error = u"issuer \"%1\" has no user \"%2\""_s.arg(issuer->config.id, request.username);
        return std::nullopt;
    }
    for (const QString& scope : request.scopes) {
        if (!issuer->config.findScope(scope)) {
            *error = u"issuer \"%1\" defines no scope \"%2\""_s.arg(issuer->config.id, scope);
            return std::nullopt;
        }
    }
    const auto key = issuer->accessTokenKey(error);
    if (!key)
        return std::nullopt;
    const qint64 now = m_clock->nowSecs();
    QJsonObject claims = request.extraClaims;
    const QJsonObject released = tokens::scopedClaims(issuer->config, *user, request.scopes);
    for (auto it = released.begin(); it != released.end(); ++it)
        claims.insert(it.key(), it.value());
    claims.insert(u"iss"_s, issuer->url);
    claims.insert(u"sub"_s, user->subject);
    if (request.audience.isEmpty())
        claims.remove(u"aud"_s);
    else
        claims.insert(u"aud"_s, request.audience);
    if (!request.scopes.isEmpty())
        claims.insert(u"scope"_s, request.scopes.join(u' '));
    claims.insert(u"iat"_s, now);
    claims.insert(u"exp"_s, now + request.lifetimeSecs);
    claims.insert(u"jti"_s, QString::fromLatin1(jose::randomToken(16)));
    const auto token = jose::Jws::sign(
        {{u"typ"_s, u"JWT"_s}}, jose::jwt::encodeClaims(claims), key->first, key->second, error);
    if (!token)
        return std::nullopt;
    return QString::fromLatin1(*token);
}

} // namespace provider
