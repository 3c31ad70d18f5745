#include "provider/Provider.h"

#include "provider/Endpoints.h"

#include <QJsonDocument>

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
        for (auto [endpointPath, route] : {std::pair{&e.discovery, Route::Discovery},
                 std::pair{&e.jwks, Route::Jwks}, std::pair{&e.authorization, Route::Authorize},
                 std::pair{&e.login, Route::Login}, std::pair{&e.token, Route::Token},
                 std::pair{&e.userinfo, Route::UserInfo}, std::pair{&e.revocation, Route::Revocation},
                 std::pair{&e.introspection, Route::Introspection},
                 std::pair{&e.endSession, Route::EndSession},
                 std::pair{&e.deviceAuthorization, Route::DeviceAuthorization},
                 std::pair{&e.deviceVerification, Route::DeviceVerification}}) {
            if (rest == *endpointPath)
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
        if (key.active && key.jwk.type() != jose::KeyType::Oct)
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
    const IssuerRuntime& issuer = *found->issuer;

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

} // namespace provider
