#include "client/Browser.h"
#include "client/LoopbackListener.h"
#include "client/flows/FlowHelpers.h"
#include "client/flows/RelyingParty.h"
#include "core/jose/Crypto.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Pkce.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

// The operation runner: one operation at a time, its timeline and result; HTTP exchanges, token validation
// and discovery for every flow.

using namespace Qt::StringLiterals;

namespace client {

using namespace flows;

bool FlowResult::checksPassed() const
{
    const bool own = std::none_of(checks.cbegin(), checks.cend(),
        [](const ValidationCheck& c) { return c.status == ValidationCheck::Status::Failed; });
    return own && (!idToken || idToken->valid());
}

QString FlowResult::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Discovery:
        return u"discovery"_s;
    case Operation::SignIn:
        return u"sign-in"_s;
    case Operation::ClientCredentials:
        return u"client credentials"_s;
    case Operation::Refresh:
        return u"refresh"_s;
    case Operation::UserInfo:
        return u"userinfo"_s;
    case Operation::Introspection:
        return u"introspection"_s;
    case Operation::Revocation:
        return u"revocation"_s;
    case Operation::SignOut:
        return u"sign-out"_s;
    case Operation::DeviceAuthorization:
        return u"device authorization"_s;
    case Operation::TokenCheck:
        return u"token check"_s;
    }
    return {};
}

RelyingParty::RelyingParty(ClientProfile profile, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_browser(std::make_shared<SystemBrowser>())
{
    qRegisterMetaType<client::FlowResult>();
    qRegisterMetaType<client::DeviceAuthorization>();
    if (!m_profile.discovery) {
        m_metadata = m_profile.manualEndpoints;
        m_metadata->issuer = m_profile.issuer;
    }
}

RelyingParty::~RelyingParty() = default;

qint64 RelyingParty::now() const
{
    return m_clock->nowSecs();
}

bool RelyingParty::begin(FlowResult::Operation operation)
{
    if (m_busy)
        return false;
    m_busy = true;
    ++m_generation;
    m_result = FlowResult{};
    m_result.operation = operation;
    emit busyChanged(true);
    return true;
}

void RelyingParty::finish(FlowResult result)
{
    if (!m_busy)
        return;
    m_busy = false;
    ++m_generation; // late answers of this operation are dropped
    m_http.abortAll();
    stopListener();
    m_pending.reset();
    m_logoutState.clear();
    emit busyChanged(false);
    emit finished(result);
}

void RelyingParty::succeed()
{
    FlowResult result = m_result;
    result.ok = true;
    finish(result);
}

void RelyingParty::fail(const QString& error, std::optional<core::OAuthError> oauthError)
{
    FlowResult result = m_result;
    result.ok = false;
    result.error = error;
    result.oauthError = std::move(oauthError);
    note(u"Stopped"_s, error, true);
    finish(result);
}

RelyingParty::Next RelyingParty::guarded(Next next)
{
    return [this, generation = m_generation, next = std::move(next)] {
        if (m_busy && generation == m_generation)
            next();
    };
}

void RelyingParty::note(const QString& title, const QString& detail, bool failed)
{
    TimelineEntry entry;
    entry.kind = TimelineEntry::Kind::Note;
    entry.title = title;
    entry.detail = detail;
    entry.failed = failed;
    m_timeline.append(entry);
}

void RelyingParty::addCheck(const QString& id, bool passed, const QString& reason)
{
    m_result.checks.append(
        {id, passed ? ValidationCheck::Status::Passed : ValidationCheck::Status::Failed, reason});
    note(u"Check %1"_s.arg(id), reason, !passed);
}

void RelyingParty::cancel()
{
    if (!m_busy)
        return;
    fail(u"cancelled"_s);
}

// --- HTTP -----------------------------------------------------------------------------------------------

void RelyingParty::call(
    const QString& title, OutgoingRequest request, std::function<void(const HttpExchange&)> next)
{
    m_http.send(
        request, [this, title, next = std::move(next), generation = m_generation](const HttpExchange& x) {
            if (!m_busy || generation != m_generation)
                return;
            TimelineEntry entry;
            entry.kind = TimelineEntry::Kind::Http;
            entry.from = Lane::Client;
            entry.to = Lane::Provider;
            entry.title = title;
            entry.detail = summary(x);
            entry.failed = x.status == 0 || x.status >= 400;
            entry.http = x;
            m_timeline.append(entry);
            next(x);
        });
}

OutgoingRequest RelyingParty::clientPost(const QUrl& endpoint, core::FormData form)
{
    OutgoingRequest request;
    request.method = "POST";
    request.url = endpoint;
    request.headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
    switch (m_profile.clientAuth) {
    case ClientProfile::ClientAuth::SecretBasic: {
        // RFC 6749 2.3.1: each part form-urlencoded before Base64.
        const QByteArray credentials = core::FormData::encodeComponent(m_profile.clientId) + ':'
            + core::FormData::encodeComponent(QString::fromUtf8(m_clientSecret));
        request.headers.emplaceBack("Authorization", "Basic " + credentials.toBase64());
        break;
    }
    case ClientProfile::ClientAuth::SecretPost:
        form.add(u"client_id"_s, m_profile.clientId);
        form.add(u"client_secret"_s, QString::fromUtf8(m_clientSecret));
        break;
    case ClientProfile::ClientAuth::None:
        form.add(u"client_id"_s, m_profile.clientId);
        break;
    case ClientProfile::ClientAuth::SecretJwt:
    case ClientProfile::ClientAuth::PrivateKeyJwt: {
        form.add(u"client_id"_s, m_profile.clientId);
        QString error;
        const auto assertion = clientAssertion(&error);
        if (!assertion) {
            note(u"Client assertion"_s, u"none sent: %1"_s.arg(error), true);
            break;
        }
        form.add(u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
        form.add(u"client_assertion"_s, QString::fromLatin1(*assertion));
        break;
    }
    }
    request.body = form.encode();
    return request;
}

std::optional<QByteArray> RelyingParty::clientAssertion(QString* error) const
{
    // RFC 7523 3 and OIDC Core 9: iss and sub the client, aud the token endpoint (which providers accept at
    // their other endpoints too), a fresh jti, a minute to live.
    std::optional<jose::Jwk> key;
    jose::Algorithm alg = jose::Algorithm::HS256;
    if (m_profile.clientAuth == ClientProfile::ClientAuth::SecretJwt) {
        if (m_clientSecret.isEmpty()) {
            *error = u"client_secret_jwt needs the client secret"_s;
            return std::nullopt;
        }
        key = jose::Jwk::fromSecret(m_clientSecret);
    } else {
        key = ClientProfile::privateKeyFromText(m_clientSecret, error);
        if (!key)
            return std::nullopt;
        alg = key->defaultAlgorithm();
    }
    const QString audience = m_metadata && !m_metadata->tokenEndpoint.isEmpty()
        ? m_metadata->tokenEndpoint.toString()
        : m_profile.issuer;
    const qint64 issuedAt = now();
    const QJsonObject claims{{u"iss"_s, m_profile.clientId}, {u"sub"_s, m_profile.clientId},
        {u"aud"_s, audience}, {u"jti"_s, randomValue()}, {u"iat"_s, issuedAt}, {u"exp"_s, issuedAt + 60}};
    // Jws::sign names the key's kid, if it has one: the provider picks the key by it.
    return jose::Jws::sign(QJsonObject{{u"typ"_s, u"JWT"_s}},
        QJsonDocument(claims).toJson(QJsonDocument::Compact), *key, alg, error);
}

std::optional<QJsonObject> RelyingParty::jsonAnswer(const HttpExchange& x, const QString& what, int okStatus)
{
    if (x.status == 0) {
        fail(u"%1 got no answer: %2"_s.arg(what, x.networkError));
        return std::nullopt;
    }
    if (x.status != okStatus) {
        if (const auto error = core::OAuthError::fromJsonBody(x.responseBody, x.status))
            fail(u"%1 was refused: %2 (HTTP %3)"_s.arg(what, error->toString()).arg(x.status), error);
        else
            fail(u"%1 answered HTTP %2"_s.arg(what).arg(x.status));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(x.responseBody, &parseError);
    if (!json.isObject()) {
        fail(u"%1 answered something that is not a JSON object (%2)"_s.arg(what,
            parseError.error != QJsonParseError::NoError ? parseError.errorString() : u"not an object"_s));
        return std::nullopt;
    }
    return json.object();
}

bool RelyingParty::requireEndpoint(const QUrl& endpoint, const QString& member)
{
    if (!endpoint.isEmpty())
        return true;
    fail(u"the provider has no %1 (not in its discovery document or the profile)"_s.arg(member));
    return false;
}

void RelyingParty::withMetadata(Next next)
{
    if (m_metadata) {
        next();
        return;
    }
    OutgoingRequest request;
    request.url = ProviderMetadata::discoveryUrl(m_profile.issuer);
    call(u"Discovery"_s, request, [this, next](const HttpExchange& x) {
        const auto json = jsonAnswer(x, u"The discovery request"_s);
        if (!json)
            return;
        QString error;
        const auto metadata = ProviderMetadata::fromJson(*json, m_profile.issuer, &error);
        if (!metadata) {
            fail(u"The discovery document is not usable: %1"_s.arg(error));
            return;
        }
        m_metadata = metadata;
        m_keys.reset();
        next();
    });
}

void RelyingParty::fetchKeys(std::function<void(const QString& error)> done)
{
    if (m_metadata->jwksUri.isEmpty()) {
        m_keys.reset();
        m_keysError = u"the provider has no jwks_uri"_s;
        done(m_keysError);
        return;
    }
    OutgoingRequest request;
    request.url = m_metadata->jwksUri;
    call(u"JWKS"_s, request, [this, done](const HttpExchange& x) {
        // A failure here does not stop the operation: the signature check says what went wrong.
        m_keys.reset();
        if (x.status != 200) {
            m_keysError = x.status == 0 ? x.networkError : u"the JWKS answered HTTP %1"_s.arg(x.status);
        } else {
            const QJsonObject json = QJsonDocument::fromJson(x.responseBody).object();
            m_keys = jose::JwkSet::fromJson(json, &m_keysError);
        }
        done(m_keys ? QString() : m_keysError);
    });
}

// --- Validation -----------------------------------------------------------------------------------------

ValidationOptions RelyingParty::idTokenOptions() const
{
    ValidationOptions options;
    options.expectedIssuer = m_metadata->issuer;
    options.clientId = m_profile.clientId;
    options.clientSecret = m_clientSecret;
    options.leewaySecs = m_profile.leewaySecs;
    options.nowSecs = now();
    return options;
}

void RelyingParty::validate(
    const QString& token, ValidationOptions options, std::function<void(const ValidationReport&)> done)
{
    // validateToken() asks for keys synchronously; the refetch on an unknown kid happens here instead:
    // the first pass notes the wish, the keys are fetched, and the token is checked again.
    auto run = [this, token, options, done] {
        const std::optional<jose::JwkSet> firstKeys = m_keys;
        const QString firstError = m_keysError;
        bool wantsRefetch = false;
        const ValidationReport report = validateToken(
            token.toUtf8(), options, [&](bool refetch, QString* error) -> std::optional<jose::JwkSet> {
                if (refetch) {
                    wantsRefetch = true;
                    *error = u"keys being fetched again"_s;
                    return std::nullopt;
                }
                if (!firstKeys)
                    *error = firstError;
                return firstKeys;
            });
        if (!wantsRefetch) {
            done(report);
            return;
        }
        fetchKeys([this, token, options, done, firstKeys, firstError](const QString&) {
            done(validateToken(
                token.toUtf8(), options, [&](bool refetch, QString* error) -> std::optional<jose::JwkSet> {
                    const auto& keys = refetch ? m_keys : firstKeys;
                    if (!keys)
                        *error = refetch ? m_keysError : firstError;
                    return keys;
                }));
        });
    };
    if (m_keys)
        run();
    else
        fetchKeys([run](const QString&) { run(); });
}

// --- Discovery ------------------------------------------------------------------------------------------

bool RelyingParty::discover()
{
    if (!begin(FlowResult::Operation::Discovery))
        return false;
    if (m_profile.discovery)
        m_metadata.reset();
    withMetadata(guarded([this] {
        m_result.body = m_metadata->raw;
        succeed();
    }));
    return true;
}

bool RelyingParty::checkToken(const QByteArray& token, ValidationOptions options)
{
    if (!begin(FlowResult::Operation::TokenCheck))
        return false;
    withMetadata(guarded([this, token, options]() mutable {
        if (options.expectedIssuer.isEmpty())
            options.expectedIssuer = m_metadata->issuer;
        if (options.nowSecs == 0)
            options.nowSecs = now();
        validate(QString::fromUtf8(token), options, [this](const ValidationReport& report) {
            m_result.idToken = report;
            note(u"Token"_s,
                report.valid() ? u"valid"_s : u"failed: "_s + report.failedChecks().join(u", "_s),
                !report.valid());
            succeed();
        });
    }));
    return true;
}

} // namespace client
