#include "provider/Provider.h"

#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "provider/Routes.h"
#include "provider/Tokens.h"
#include "provider/endpoints/ClientAuthentication.h"
#include "provider/endpoints/Handlers.h"
#include "provider/endpoints/SessionCookie.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace provider {

namespace {

struct RouteMatch
{
    const IssuerRuntime* issuer = nullptr;
    const Route* route = nullptr;
};

std::optional<RouteMatch> match(const Snapshot& snapshot, const QString& path)
{
    for (const IssuerRuntime& issuer : snapshot.issuers) {
        if (!path.startsWith(issuer.config.path))
            continue;
        const QStringView rest = QStringView(path).sliced(issuer.config.path.size());
        for (qsizetype i = 0; i < Routes::size(); ++i) {
            if (issuer.served.at(i) && rest == issuer.config.endpoints.at(i))
                return RouteMatch{&issuer, &Routes::at(i)};
        }
    }
    return std::nullopt;
}

bool originAllowed(const HttpRequest& request, const IssuerRuntime& issuer, const Route& route)
{
    const QByteArray origin = request.header("origin");
    return route.cors && !origin.isEmpty() && issuer.corsOrigins.contains(QString::fromUtf8(origin));
}

// CORS for the origins the issuer's clients list. Never "*", never with credentials.
void applyCors(
    const HttpRequest& request, const IssuerRuntime& issuer, const Route& route, HttpResponse& response)
{
    if (!route.cors)
        return;
    response.addHeader("Vary"_ba, "Origin"_ba);
    if (!originAllowed(request, issuer, route))
        return;
    response.setHeader("Access-Control-Allow-Origin"_ba, request.header("origin"));
    response.setHeader("Access-Control-Expose-Headers"_ba, "WWW-Authenticate, Cache-Control, Pragma"_ba);
}

HttpResponse preflight(const HttpRequest& request, const IssuerRuntime& issuer, const Route& route)
{
    HttpResponse response;
    response.status = 204;
    const QByteArray allow = route.allowHeader();
    response.setHeader("Allow"_ba, allow);
    if (originAllowed(request, issuer, route)) {
        response.setHeader("Access-Control-Allow-Methods"_ba, allow);
        response.setHeader("Access-Control-Allow-Headers"_ba, "Authorization, Content-Type, DPoP"_ba);
        response.setHeader("Access-Control-Max-Age"_ba, "600"_ba);
    }
    return response;
}

// What a request looks like to the fault rules: its endpoint, issuer, client, user and grant type, as far as
// the request tells (nothing is verified: this only targets faults).
FaultRequest faultRequestOf(
    const HttpRequest& request, const RouteMatch& route, const GrantStore& grants, const core::Clock& clock)
{
    const Issuer& issuer = route.issuer->config;
    FaultRequest out{route.route->faultName().toString(), issuer.id, {}, {}, {}};
    const auto query = core::FormData::parse(request.query);
    const auto form = request.mediaType() == "application/x-www-form-urlencoded"
        ? core::FormData::parse(request.body)
        : std::nullopt;
    auto param = [&](const QString& name) {
        const QString fromForm = form ? form->value(name) : QString();
        return !fromForm.isEmpty() ? fromForm : query ? query->value(name) : QString();
    };
    out.client = param(u"client_id"_s);
    out.grantType = param(u"grant_type"_s);
    const QByteArray authorization = request.header("authorization");
    if (const auto credentials = endpoints::basicCredentials(authorization);
        out.client.isEmpty() && credentials)
        out.client = credentials->first;
    QString subject;
    if (const auto login = grants.login(param(u"transaction"_s), clock.nowSecs())) {
        out.client = login->clientId;
        subject = login->subject;
    }
    out.user = !param(u"pick"_s).isEmpty() ? param(u"pick"_s) : param(u"username"_s);
    if (const auto code = grants.code(param(u"code"_s)))
        subject = code->subject;
    if (const auto refresh = grants.refreshToken(param(u"refresh_token"_s)))
        subject = refresh->subject;
    if (route.route->name == u"authorization") {
        const QByteArray cookie = request.cookie(endpoints::sessionCookieName(issuer.id));
        if (const auto session = grants.session(QString::fromLatin1(cookie), clock.nowSecs()))
            subject = session->subject;
    }
    if (authorization.startsWith("Bearer ")) {
        const auto jws = jose::Jws::parse(authorization.mid(7));
        const auto claims = jws ? jose::jwt::decodeClaims(jws->payload()) : std::nullopt;
        if (claims)
            subject = claims->value(u"sub"_s).toString();
    }
    if (const User* user = subject.isEmpty() ? nullptr : issuer.findUserBySubject(subject))
        out.user = user->username;
    return out;
}

// A second public key of the same type as the issuer's signing key, published while a tamper.no_kid rule
// exists so that a token without kid is ambiguous. One per key type, made once.
QJsonObject decoyKey(const jose::Jwk& like)
{
    static QMutex mutex;
    static QHash<QString, QJsonObject> made;
    QMutexLocker lock(&mutex);
    const QString type
        = like.toPublicJson().value(u"kty"_s).toString() + like.toPublicJson().value(u"crv"_s).toString();
    if (!made.contains(type)) {
        const jose::Jwk key = type == u"RSA"_s ? jose::Jwk::generateRsa(2048)
            : type.startsWith(u"EC"_s) ? jose::Jwk::generateEc(like.toPublicJson().value(u"crv"_s).toString())
                                       : jose::Jwk::generateEd25519();
        QJsonObject pub = key.toPublicJson();
        pub.insert(u"kid"_s, QString(u"decoy-"_s + key.thumbprint().left(8)));
        pub.insert(u"use"_s, u"sig"_s);
        made.insert(type, pub);
    }
    return made.value(type);
}

// The transport faults, around the endpoint: those that replace the response before it runs, and those that
// change its response after.
std::optional<HttpResponse> transportFaultBefore(FaultCandidates& faults)
{
    if (const FaultRule* rule = faults.take(u"http.status")) {
        const int status = rule->options.value(u"status"_s).toInt(500);
        HttpResponse r = HttpResponse::json(
            QJsonObject{{u"error"_s, status == 429 ? u"too_many_requests"_s : u"server_error"_s},
                {u"error_description"_s, u"injected by OIDC Bench (http.status)"_s}},
            status);
        if (status == 429 || status == 503)
            r.setHeader(
                "Retry-After"_ba, QByteArray::number(rule->options.value(u"retry_after"_s).toInt(30)));
        return r;
    }
    if (faults.take(u"http.close")) {
        HttpResponse r;
        r.transport.closeWithoutResponse = true;
        return r;
    }
    return std::nullopt;
}

void transportFaultsAfter(FaultCandidates& faults, HttpResponse& response)
{
    if (const FaultRule* rule = faults.take(u"http.latency")) {
        const QJsonObject& o = rule->options;
        if (o.contains(u"min"_s) || o.contains(u"max"_s)) {
            const qint64 low = o.value(u"min"_s).toInteger(0);
            const qint64 high = std::max(low, qint64(o.value(u"max"_s).toInteger(low + 1000)));
            response.transport.delayMs
                = low + qint64(QRandomGenerator::global()->bounded(quint64(high - low + 1)));
        } else {
            response.transport.delayMs = o.value(u"ms"_s).toInteger(1000);
        }
    }
    if (faults.take(u"http.not_json")) {
        response.body
            = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>"
              "</body></html>";
        response.setHeader("Content-Type"_ba, "application/json"_ba);
    }
    if (faults.take(u"http.wrong_content_type"))
        response.setHeader("Content-Type"_ba, "text/plain; charset=utf-8"_ba);
    if (faults.take(u"http.truncated_body"))
        response.transport.truncateBody = true;
    if (faults.take(u"http.no_cors"))
        response.headers.removeIf(
            [](const auto& header) { return header.first.toLower().startsWith("access-control-"); });
}

} // namespace

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
    : m_clock(clock ? std::move(clock) : std::make_shared<core::ControllableClock>())
{
    // Time control and fault rules as the workspace starts them; from then on they live in the provider.
    if (const auto controllable = controllableClock()) {
        if (workspace.clock.frozenAtMSecs)
            controllable->freezeAt(*workspace.clock.frozenAtMSecs);
        else if (workspace.clock.offsetSecs != 0)
            controllable->setOffsetMSecs(workspace.clock.offsetSecs * 1000);
    }
    m_faults.setRules(workspace.faults);
    setWorkspace(std::move(workspace));
}

void Provider::setWorkspace(Workspace workspace)
{
    QMutexLocker update(&m_updateMutex);
    if (workspace.server.port == 0 && m_boundPort != 0)
        workspace.server.port = m_boundPort;
    replaceWorkspace(std::move(workspace));
}

void Provider::setBoundPort(quint16 port)
{
    QMutexLocker update(&m_updateMutex);
    m_boundPort = port;
    Workspace workspace = snapshot()->workspace;
    if (workspace.server.port == 0) {
        workspace.server.port = port;
        replaceWorkspace(std::move(workspace));
    }
}

void Provider::replaceWorkspace(Workspace workspace)
{
    auto snapshot = std::make_shared<Snapshot>();
    for (const Issuer& issuer : std::as_const(workspace.issuers))
        snapshot->issuers.append(IssuerRuntime::build(workspace, issuer));
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
    if (request.path == kControlPrefix || request.path.startsWith(kControlPrefix + u'/'))
        return handleControl(request);
    const std::shared_ptr<const Snapshot> snap = snapshot();
    const auto found = match(*snap, request.path);
    if (!found) {
        HttpResponse r = HttpResponse::json(
            QJsonObject{{u"error"_s, u"not_found"_s},
                {u"error_description"_s, u"no endpoint at this path; see the discovery document"_s}},
            404);
        return r;
    }
    const Route& route = *found->route;
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

    FaultCandidates faults = m_faults.isEmpty()
        ? FaultCandidates()
        : m_faults.candidates(faultRequestOf(request, *found, m_grants, *m_clock));
    HttpResponse response = respond(request, route, issuer, faults);
    response.issuerId = issuer.config.id;
    // While a tamper.no_kid rule exists, the JWKS offers a second key of the signing key's type.
    if (route.handler == endpoints::jwks && response.status == 200 && !m_faults.isEmpty()
        && m_faults.hasRule(u"tamper.no_kid"_s)) {
        QJsonObject jwks = QJsonDocument::fromJson(response.body).object();
        QJsonArray keys = jwks.value(u"keys"_s).toArray();
        if (const auto key = issuer.accessTokenKey(nullptr); key && key->first.type() != jose::KeyType::Oct) {
            keys.append(decoyKey(key->first));
            jwks.insert(u"keys"_s, keys);
            response.body = QJsonDocument(jwks).toJson(QJsonDocument::Compact);
        }
    }
    if (!faults.isEmpty()) {
        transportFaultsAfter(faults, response);
        response.faults = faults.applied();
        // A client must not keep a faulty discovery document or key set for the next test case.
        if (!response.faults.isEmpty()
            && (route.handler == endpoints::discovery || route.handler == endpoints::jwks))
            response.setHeader("Cache-Control"_ba, "no-store"_ba);
    }
    return response;
}

HttpResponse Provider::respond(
    const HttpRequest& request, const Route& route, const IssuerRuntime& issuer, FaultCandidates& faults)
{
    if (auto replaced = transportFaultBefore(faults)) {
        applyCors(request, issuer, route, *replaced);
        return *replaced;
    }
    if (request.method == "OPTIONS") {
        HttpResponse r = preflight(request, issuer, route);
        applyCors(request, issuer, route, r);
        return r;
    }
    if (!route.allows(request.method)) {
        HttpResponse r = HttpResponse::json(
            QJsonObject{{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s,
                    u"method %1 is not allowed here"_s.arg(QString::fromLatin1(request.method))}},
            405);
        r.setHeader("Allow"_ba, route.allowHeader());
        applyCors(request, issuer, route, r);
        return r;
    }
    HttpResponse response = route.handler(EndpointContext{request, issuer, m_grants, *m_clock, faults});
    applyCors(request, issuer, route, response);
    return response;
}

std::shared_ptr<core::ControllableClock> Provider::controllableClock() const
{
    return std::dynamic_pointer_cast<core::ControllableClock>(m_clock);
}

void Provider::setControlToken(const QByteArray& token)
{
    QMutexLocker lock(&m_mutex);
    m_controlToken = token;
}

QByteArray Provider::controlToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_controlToken;
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
