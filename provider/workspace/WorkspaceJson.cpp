#include "core/jose/JwkSet.h"
#include "core/json/JsonReader.h"
#include "provider/Routes.h"
#include "provider/workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUrl>
#include <algorithm>

// The workspace format (docs/workspace-format.md): reading with the JSON path of every problem, writing,
// loading and saving files.

using namespace Qt::StringLiterals;

namespace provider {

namespace {

constexpr auto kFormatName = u"oidc-bench-workspace";

// The workspace's reader: the JSON reader, and when "generate" keys are made.
class Reader : public core::JsonReader
{
public:
    Reader(QString* error, Workspace::KeyGeneration keyGeneration)
        : core::JsonReader(error)
        , m_keyGeneration(keyGeneration)
    { }
    Workspace::KeyGeneration keyGeneration() const { return m_keyGeneration; }

private:
    Workspace::KeyGeneration m_keyGeneration;
};

bool isValidRedirectUri(const QString& uri)
{
    // RFC 6749 3.1.2: absolute URI, no fragment.
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.hasFragment() && !url.scheme().isEmpty();
}

User readUser(Reader& r, const QJsonObject& o, const QString& path)
{
    User user;
    user.username = r.requiredString(o, path, u"username"_s);
    user.subject = r.string(o, path, u"sub"_s, user.username);
    user.password = r.string(o, path, u"password"_s);
    user.claims = r.object(o, path, u"claims"_s);
    return user;
}

// A client's "jwks" (Client::keysFromJson), its problems reported at their place in the file.
jose::JwkSet readClientKeys(Reader& r, const QJsonObject& o, const QString& path)
{
    if (o.isEmpty())
        return {};
    QString where;
    QString why;
    const std::optional<jose::JwkSet> set = Client::keysFromJson(o, &where, &why);
    if (!set) {
        r.fail(where.isEmpty() ? path : path + u'.' + where, why);
        return {};
    }
    return *set;
}

Client readClient(Reader& r, const QJsonObject& o, const QString& path)
{
    Client c;
    c.clientId = r.requiredString(o, path, u"client_id"_s);
    c.name = r.string(o, path, u"name"_s, c.clientId);
    const QString type = r.string(o, path, u"type"_s, u"public"_s);
    if (type != u"public"_s && type != u"confidential"_s)
        r.fail(Reader::join(path, u"type"_s), u"must be \"public\" or \"confidential\""_s);
    c.confidential = type == u"confidential"_s;
    c.secret = r.string(o, path, u"client_secret"_s);
    if (c.confidential && c.secret.isEmpty())
        r.fail(Reader::join(path, u"client_secret"_s), u"a confidential client needs a secret"_s);
    c.redirectUris = r.strings(o, path, u"redirect_uris"_s, {});
    for (const QString& uri : std::as_const(c.redirectUris)) {
        if (!isValidRedirectUri(uri))
            r.fail(Reader::join(path, u"redirect_uris"_s),
                u"\"%1\" is not an absolute URI without fragment"_s.arg(uri));
    }
    c.postLogoutRedirectUris = r.strings(o, path, u"post_logout_redirect_uris"_s, {});
    c.grantTypes = r.strings(o, path, u"grant_types"_s, c.grantTypes);
    c.responseTypes = r.strings(o, path, u"response_types"_s, c.responseTypes);
    c.requirePkce = r.boolean(o, path, u"require_pkce"_s, !c.confidential);
    c.allowedScopes = r.strings(o, path, u"allowed_scopes"_s, {});
    c.corsOrigins = r.strings(o, path, u"cors_origins"_s, {});
    auto signingAlg = [&](const QString& member) {
        const QString alg = r.string(o, path, member);
        if (!alg.isEmpty() && jose::algorithmFromName(alg) == jose::Algorithm::Invalid)
            r.fail(Reader::join(path, member), u"unknown algorithm"_s);
        if (jose::algorithmFamily(jose::algorithmFromName(alg)) == jose::AlgorithmFamily::Hmac) {
            // OIDC Core 10.1: the client secret is the HMAC key, so it must exist and be long enough (RFC
            // 7518 3.2).
            QString why;
            if (!c.confidential)
                r.fail(Reader::join(path, member), u"HMAC needs a confidential client"_s);
            else if (!jose::Jwk::fromSecret(c.secret.toUtf8()).supports(jose::algorithmFromName(alg), &why))
                r.fail(Reader::join(path, u"client_secret"_s), why);
        }
        return alg;
    };
    c.idTokenSigningAlg = signingAlg(u"id_token_signed_response_alg"_s);
    c.userinfoSigningAlg = signingAlg(u"userinfo_signed_response_alg"_s);
    c.accessTokenAudience = r.string(o, path, u"access_token_audience"_s);
    c.accessTokenClaims = r.object(o, path, u"access_token_claims"_s);
    c.jwks = readClientKeys(r, r.object(o, path, u"jwks"_s), Reader::join(path, u"jwks"_s));
    c.refreshTokenRotation = r.boolean(o, path, u"refresh_token_rotation"_s, c.refreshTokenRotation);
    c.requireConsent = r.boolean(o, path, u"require_consent"_s, c.requireConsent);
    c.requirePushedRequests
        = r.boolean(o, path, u"require_pushed_authorization_requests"_s, c.requirePushedRequests);
    const QString lt = Reader::join(path, u"lifetimes"_s);
    const QJsonObject lifetimes = r.object(o, path, u"lifetimes"_s);
    constexpr int year = 366 * 24 * 3600;
    c.accessTokenLifetime = r.integer(lifetimes, lt, u"access_token"_s, c.accessTokenLifetime, 1, year);
    c.idTokenLifetime = r.integer(lifetimes, lt, u"id_token"_s, c.idTokenLifetime, 1, year);
    c.refreshTokenLifetime = r.integer(lifetimes, lt, u"refresh_token"_s, c.refreshTokenLifetime, 1, year);
    c.codeLifetime = r.integer(lifetimes, lt, u"authorization_code"_s, c.codeLifetime, 1, 3600);
    return c;
}

} // namespace

namespace {

Issuer readIssuer(Reader& r, const QJsonObject& o, const QString& path)
{
    Issuer issuer;
    issuer.id = r.requiredString(o, path, u"id"_s);
    issuer.name = r.string(o, path, u"name"_s, issuer.id);
    issuer.path = r.string(o, path, u"path"_s);
    if (!issuer.path.isEmpty() && (!issuer.path.startsWith(u'/') || issuer.path.endsWith(u'/')))
        r.fail(Reader::join(path, u"path"_s), u"must be empty or start with '/' and not end with '/'"_s);

    const QString ep = Reader::join(path, u"endpoints"_s);
    const QJsonObject endpoints = r.object(o, path, u"endpoints"_s);
    for (const QString& key : Workspace::endpointNames()) {
        const QString value = r.string(endpoints, ep, key, issuer.endpoints.path(key));
        issuer.endpoints.setPath(key, value);
        if (!value.startsWith(u'/'))
            r.fail(Reader::join(ep, key), u"must start with '/'"_s);
    }
    issuer.disabledEndpoints = r.strings(o, path, u"disabled_endpoints"_s, {});
    for (const QString& name : std::as_const(issuer.disabledEndpoints)) {
        if (!Workspace::endpointNames().contains(name))
            r.fail(Reader::join(path, u"disabled_endpoints"_s),
                u"unknown endpoint \"%1\" (one of %2)"_s.arg(name, Workspace::endpointNames().join(u", "_s)));
        else if (!Workspace::switchableEndpointNames().contains(name))
            r.fail(Reader::join(path, u"disabled_endpoints"_s),
                name == u"login"_s ? u"login is switched off with authorization"_s
                                   : u"discovery and jwks cannot be switched off"_s);
    }
    issuer.clientAuthMethods
        = r.subset(o, path, u"token_endpoint_auth_methods"_s, Issuer::knownClientAuthMethods(), u"method"_s);
    issuer.grantTypes = r.subset(o, path, u"grant_types"_s, Client::knownGrantTypes(), u"grant type"_s);
    issuer.requestObjects = r.boolean(o, path, u"request_parameter_supported"_s, true);
    issuer.requirePushedRequests = r.boolean(o, path, u"require_pushed_authorization_requests"_s, false);
    if (o.contains(u"issuer_from_host"_s)) {
        const QString hp = Reader::join(path, u"issuer_from_host"_s);
        const QJsonObject host = r.object(o, path, u"issuer_from_host"_s);
        HostDerivedIssuer derived;
        derived.scheme = r.string(host, hp, u"scheme"_s, derived.scheme);
        if (derived.scheme != u"http"_s && derived.scheme != u"https"_s)
            r.fail(Reader::join(hp, u"scheme"_s), u"must be http or https"_s);
        derived.fallback = r.string(host, hp, u"fallback"_s, derived.fallback);
        const QUrl fallback(derived.fallback, QUrl::StrictMode);
        if (!fallback.isValid() || fallback.host().isEmpty() || !fallback.path().isEmpty()
            || (fallback.scheme() != u"http"_s && fallback.scheme() != u"https"_s))
            r.fail(Reader::join(hp, u"fallback"_s), u"must be an http(s) URL without a path"_s);
        issuer.issuerFromHost = derived;
    }

    const QJsonArray scopes = r.objects(o, path, u"scopes"_s);
    if (o.contains(u"scopes"_s)) {
        for (qsizetype i = 0; i < scopes.size(); ++i) {
            const QString p = u"%1.scopes[%2]"_s.arg(path).arg(i);
            const QJsonObject s = scopes.at(i).toObject();
            issuer.scopes.append({r.requiredString(s, p, u"name"_s), r.string(s, p, u"description"_s),
                r.strings(s, p, u"claims"_s, {})});
        }
    } else {
        issuer.scopes = standardScopes();
    }

    QSet<QString> seen;
    const QJsonArray users = r.objects(o, path, u"users"_s);
    for (qsizetype i = 0; i < users.size(); ++i) {
        const QString p = u"%1.users[%2]"_s.arg(path).arg(i);
        issuer.users.append(readUser(r, users.at(i).toObject(), p));
        if (seen.contains(u"u:"_s + issuer.users.last().username))
            r.fail(p, u"duplicate username \"%1\""_s.arg(issuer.users.last().username));
        if (seen.contains(u"s:"_s + issuer.users.last().subject))
            r.fail(p, u"duplicate sub \"%1\""_s.arg(issuer.users.last().subject));
        seen.insert(u"u:"_s + issuer.users.last().username);
        seen.insert(u"s:"_s + issuer.users.last().subject);
    }
    const QJsonArray clients = r.objects(o, path, u"clients"_s);
    for (qsizetype i = 0; i < clients.size(); ++i) {
        const QString p = u"%1.clients[%2]"_s.arg(path).arg(i);
        issuer.clients.append(readClient(r, clients.at(i).toObject(), p));
        if (seen.contains(u"c:"_s + issuer.clients.last().clientId))
            r.fail(p, u"duplicate client_id \"%1\""_s.arg(issuer.clients.last().clientId));
        seen.insert(u"c:"_s + issuer.clients.last().clientId);
    }
    const QJsonArray keys = r.objects(o, path, u"keys"_s);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString p = u"%1.keys[%2]"_s.arg(path).arg(i);
        const QJsonObject k = keys.at(i).toObject();
        if (k.contains(u"generate"_s)) {
            // A key made when the workspace loads, or later (saved with the workspace from then on).
            KeyToGenerate wanted{r.string(k, p, u"generate"_s), r.string(k, p, u"kid"_s),
                r.boolean(k, p, u"active"_s, true), r.boolean(k, p, u"published"_s, true),
                issuer.keys.size() + issuer.keysToGenerate.size()};
            if (QString why; !SigningKey::canGenerate(wanted.alg, &why)) {
                r.fail(Reader::join(p, u"generate"_s), why);
                continue;
            }
            if (r.keyGeneration() == Workspace::KeyGeneration::Later)
                issuer.keysToGenerate.append(wanted);
            else if (std::optional<SigningKey> made = wanted.make())
                issuer.keys.append(*made);
            continue;
        }
        QString keyError;
        auto jwk = jose::Jwk::fromJson(r.object(k, p, u"jwk"_s), &keyError);
        if (!jwk) {
            r.fail(Reader::join(p, u"jwk"_s), keyError);
            continue;
        }
        if (!jwk->hasPrivateKey())
            r.fail(Reader::join(p, u"jwk"_s), u"a signing key needs its private part"_s);
        // A secret's thumbprint would help guess it, so an HMAC key keeps no kid unless given one.
        if (jwk->kid().isEmpty() && jwk->type() != jose::KeyType::Oct)
            jwk->setKid(jwk->thumbprint());
        issuer.keys.append({*jwk, r.boolean(k, p, u"active"_s, true), r.boolean(k, p, u"published"_s, true)});
    }
    return issuer;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

std::optional<Workspace> Workspace::fromJson(
    const QByteArray& json, QString* error, KeyGeneration keyGeneration)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error
                = core::JsonReader::lineColumn(json, parseError.offset) + u": "_s + parseError.errorString();
        return std::nullopt;
    }
    if (!doc.isObject()) {
        if (error)
            *error = u"line 1, column 1: the workspace must be a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Reader r(error, keyGeneration);
    if (root.value(u"format"_s).toString() != QStringView(kFormatName)) {
        r.fail(u"format"_s,
            u"must be \"%1\" (is this an OIDC Bench workspace?)"_s.arg(QStringView(kFormatName)));
        return std::nullopt;
    }
    const int version = r.integer(root, {}, u"version"_s, 0, 1, 1000000);
    if (r.ok() && version > kFormatVersion)
        r.fail(u"version"_s,
            u"%1 is newer than this program understands (%2)"_s.arg(version).arg(kFormatVersion));
    else if (r.ok() && version < 1)
        r.fail(u"version"_s, u"is required"_s);

    Workspace ws;
    const QJsonObject server = r.object(root, {}, u"server"_s);
    ws.server.host = r.string(server, u"server"_s, u"host"_s, ws.server.host);
    ws.server.port = r.integer(server, u"server"_s, u"port"_s, ws.server.port, 0, 65535);
    ws.server.publicUrl = r.string(server, u"server"_s, u"public_url"_s);
    if (!ws.server.publicUrl.isEmpty()) {
        const QUrl url(ws.server.publicUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
            || url.host().isEmpty() || !(url.path().isEmpty() || url.path() == u"/"_s))
            r.fail(u"server.public_url"_s,
                u"must be an http(s) URL with no path, such as https://idp.example"_s);
        if (ws.server.publicUrl.endsWith(u'/'))
            ws.server.publicUrl.chop(1);
    }

    const QJsonArray issuers = r.objects(root, {}, u"issuers"_s);
    QSet<QString> ids;
    QSet<QString> paths;
    for (qsizetype i = 0; i < issuers.size() && r.ok(); ++i) {
        const QString p = u"issuers[%1]"_s.arg(i);
        ws.issuers.append(readIssuer(r, issuers.at(i).toObject(), p));
        if (ids.contains(ws.issuers.last().id))
            r.fail(p, u"duplicate issuer id \"%1\""_s.arg(ws.issuers.last().id));
        if (paths.contains(ws.issuers.last().path))
            r.fail(p, u"two issuers share the path \"%1\""_s.arg(ws.issuers.last().path));
        ids.insert(ws.issuers.last().id);
        paths.insert(ws.issuers.last().path);
    }
    if (r.ok() && ws.issuers.isEmpty())
        r.fail(u"issuers"_s, u"at least one issuer is needed"_s);

    const QJsonArray faults = r.objects(root, {}, u"faults"_s);
    for (qsizetype i = 0; i < faults.size() && r.ok(); ++i) {
        QString why;
        const auto rule = FaultRule::fromJson(faults.at(i).toObject(), &why);
        if (!rule)
            r.fail(u"faults[%1]"_s.arg(i), why);
        else if (!rule->target.issuer.isEmpty()
            && std::none_of(ws.issuers.cbegin(), ws.issuers.cend(),
                [&](const Issuer& issuer) { return issuer.id == rule->target.issuer; }))
            r.fail(u"faults[%1].issuer"_s.arg(i), u"no issuer \"%1\""_s.arg(rule->target.issuer));
        else
            ws.faults.append(*rule);
    }
    const QJsonObject clock = r.object(root, {}, u"clock"_s);
    ws.clock.offsetSecs
        = r.integer(clock, u"clock"_s, u"offset_seconds"_s, 0, -10 * 366 * 86400, 10 * 366 * 86400);
    const QString frozen = r.string(clock, u"clock"_s, u"frozen_at"_s);
    if (!frozen.isEmpty()) {
        const QDateTime at = QDateTime::fromString(frozen, Qt::ISODate);
        if (!at.isValid())
            r.fail(u"clock.frozen_at"_s, u"must be an ISO 8601 date and time, e.g. 2030-01-01T00:00:00Z"_s);
        else
            ws.clock.frozenAtMSecs = at.toMSecsSinceEpoch();
    }
    if (!r.ok())
        return std::nullopt;
    return ws;
}

QByteArray Workspace::toJson() const
{
    QJsonObject root;
    root.insert(u"format"_s, QString::fromUtf16(kFormatName));
    root.insert(u"version"_s, kFormatVersion);
    QJsonObject server{{u"host"_s, this->server.host}, {u"port"_s, this->server.port}};
    if (!this->server.publicUrl.isEmpty())
        server.insert(u"public_url"_s, this->server.publicUrl);
    root.insert(u"server"_s, server);

    const EndpointPaths defaults;
    QJsonArray issuerArray;
    for (const Issuer& issuer : issuers) {
        QJsonObject o{{u"id"_s, issuer.id}, {u"name"_s, issuer.name}, {u"path"_s, issuer.path}};
        QJsonObject endpoints;
        for (qsizetype i = 0; i < Routes::size(); ++i) {
            if (issuer.endpoints.at(i) != defaults.at(i))
                endpoints.insert(Routes::at(i).name.toString(), issuer.endpoints.at(i));
        }
        if (!endpoints.isEmpty())
            o.insert(u"endpoints"_s, endpoints);
        if (!issuer.disabledEndpoints.isEmpty())
            o.insert(u"disabled_endpoints"_s, toArray(issuer.disabledEndpoints));
        if (!issuer.clientAuthMethods.isEmpty())
            o.insert(u"token_endpoint_auth_methods"_s, toArray(issuer.clientAuthMethods));
        if (!issuer.grantTypes.isEmpty())
            o.insert(u"grant_types"_s, toArray(issuer.grantTypes));
        if (!issuer.requestObjects)
            o.insert(u"request_parameter_supported"_s, false);
        if (issuer.requirePushedRequests)
            o.insert(u"require_pushed_authorization_requests"_s, true);
        if (issuer.issuerFromHost)
            o.insert(u"issuer_from_host"_s,
                QJsonObject{{u"scheme"_s, issuer.issuerFromHost->scheme},
                    {u"fallback"_s, issuer.issuerFromHost->fallback}});

        QJsonArray scopes;
        for (const ScopeDefinition& s : issuer.scopes)
            scopes.append(QJsonObject{
                {u"name"_s, s.name}, {u"description"_s, s.description}, {u"claims"_s, toArray(s.claims)}});
        o.insert(u"scopes"_s, scopes);

        QJsonArray users;
        for (const User& u : issuer.users)
            users.append(QJsonObject{{u"sub"_s, u.subject}, {u"username"_s, u.username},
                {u"password"_s, u.password}, {u"claims"_s, u.claims}});
        o.insert(u"users"_s, users);

        QJsonArray clients;
        for (const Client& c : issuer.clients) {
            QJsonObject co{{u"client_id"_s, c.clientId}, {u"name"_s, c.name},
                {u"type"_s, c.confidential ? u"confidential"_s : u"public"_s},
                {u"redirect_uris"_s, toArray(c.redirectUris)},
                {u"post_logout_redirect_uris"_s, toArray(c.postLogoutRedirectUris)},
                {u"grant_types"_s, toArray(c.grantTypes)}, {u"response_types"_s, toArray(c.responseTypes)},
                {u"require_pkce"_s, c.requirePkce}, {u"allowed_scopes"_s, toArray(c.allowedScopes)},
                {u"cors_origins"_s, toArray(c.corsOrigins)},
                {u"lifetimes"_s,
                    QJsonObject{{u"access_token"_s, c.accessTokenLifetime},
                        {u"id_token"_s, c.idTokenLifetime}, {u"refresh_token"_s, c.refreshTokenLifetime},
                        {u"authorization_code"_s, c.codeLifetime}}}};
            if (c.confidential)
                co.insert(u"client_secret"_s, c.secret);
            if (!c.idTokenSigningAlg.isEmpty())
                co.insert(u"id_token_signed_response_alg"_s, c.idTokenSigningAlg);
            if (!c.userinfoSigningAlg.isEmpty())
                co.insert(u"userinfo_signed_response_alg"_s, c.userinfoSigningAlg);
            if (!c.accessTokenAudience.isEmpty())
                co.insert(u"access_token_audience"_s, c.accessTokenAudience);
            if (!c.accessTokenClaims.isEmpty())
                co.insert(u"access_token_claims"_s, c.accessTokenClaims);
            if (!c.jwks.keys.isEmpty())
                co.insert(u"jwks"_s, c.jwks.toPublicJson());
            co.insert(u"refresh_token_rotation"_s, c.refreshTokenRotation);
            co.insert(u"require_consent"_s, c.requireConsent);
            if (c.requirePushedRequests)
                co.insert(u"require_pushed_authorization_requests"_s, true);
            clients.append(co);
        }
        o.insert(u"clients"_s, clients);

        QJsonArray keys;
        for (const SigningKey& k : issuer.keys) {
            QJsonObject ko{{u"active"_s, k.active}, {u"jwk"_s, k.jwk.toJson()}};
            if (!k.published)
                ko.insert(u"published"_s, false);
            keys.append(ko);
        }
        // Keys not made yet go back as they came (in ascending places, so each lands where it was).
        for (const KeyToGenerate& wanted : issuer.keysToGenerate) {
            QJsonObject ko{{u"active"_s, wanted.active}, {u"generate"_s, wanted.alg}};
            if (!wanted.kid.isEmpty())
                ko.insert(u"kid"_s, wanted.kid);
            if (!wanted.published)
                ko.insert(u"published"_s, false);
            keys.insert(std::min(wanted.index, keys.size()), ko);
        }
        o.insert(u"keys"_s, keys);
        issuerArray.append(o);
    }
    root.insert(u"issuers"_s, issuerArray);
    if (!faults.isEmpty()) {
        QJsonArray rules;
        for (const FaultRule& rule : faults)
            rules.append(rule.toJson());
        root.insert(u"faults"_s, rules);
    }
    QJsonObject clockObject;
    if (clock.offsetSecs != 0)
        clockObject.insert(u"offset_seconds"_s, clock.offsetSecs);
    if (clock.frozenAtMSecs)
        clockObject.insert(u"frozen_at"_s,
            QDateTime::fromMSecsSinceEpoch(*clock.frozenAtMSecs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!clockObject.isEmpty())
        root.insert(u"clock"_s, clockObject);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Workspace> Workspace::load(const QString& path, QString* error, KeyGeneration keyGeneration)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    // Far larger than any real workspace; keeps a wrong file from being read whole.
    constexpr qint64 kMaxSize = 64 * 1024 * 1024;
    if (file.size() > kMaxSize) {
        if (error)
            *error = u"%1: larger than %2 MiB, not a workspace"_s.arg(path).arg(kMaxSize / 1024 / 1024);
        return std::nullopt;
    }
    QString parseError;
    auto ws = fromJson(file.readAll(), &parseError, keyGeneration);
    if (!ws && error)
        *error = path + u": "_s + parseError;
    return ws;
}

bool Workspace::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    const QByteArray data = toJson();
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace provider
