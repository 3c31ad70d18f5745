#include "client/RelyingParty.h"
#include "core/jose/JwkSet.h"

#include "client/Browser.h"
#include "client/LoopbackListener.h"
#include "core/jose/Crypto.h"
#include "core/jose/Jws.h"
#include "core/jose/Pkce.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace client {

namespace {

// RFC 8252 7.3 and 8.3: loopback redirects are received by a listener on this machine.
bool isLoopbackRedirect(const QUrl& uri)
{
    if (uri.scheme() != u"http"_s)
        return false;
    if (uri.host() == u"localhost"_s)
        return true;
    const QHostAddress address(uri.host());
    return !address.isNull() && address.isLoopback();
}

QString randomValue()
{
    return QString::fromLatin1(jose::randomToken(24));
}

// "200 OK", "400 invalid_grant: the code was already used", "no response: connection refused".
QString summary(const HttpExchange& x)
{
    if (x.status == 0)
        return u"no response: "_s + x.networkError;
    QString text = QString::number(x.status);
    if (!x.reasonPhrase.isEmpty())
        text += u' ' + QString::fromLatin1(x.reasonPhrase);
    if (const auto error = core::OAuthError::fromJsonBody(x.responseBody, x.status))
        text += u": "_s + error->toString();
    return text;
}

// The error of a Bearer challenge (RFC 6750 3): WWW-Authenticate: Bearer error="invalid_token", ...
std::optional<core::OAuthError> bearerChallengeError(const HttpExchange& x)
{
    const QString header = QString::fromLatin1(x.responseHeader("www-authenticate"));
    const auto error = QRegularExpression(u"error=\"([^\"]*)\""_s).match(header);
    if (!error.hasMatch())
        return core::OAuthError::fromJsonBody(x.responseBody, x.status);
    const auto description = QRegularExpression(u"error_description=\"([^\"]*)\""_s).match(header);
    return core::OAuthError{error.captured(1), description.captured(1), x.status};
}

bool looksLikeJwt(const QString& token)
{
    return token.count(u'.') == 2 && token.startsWith(u"ey"_s);
}

QStringList words(const QString& text)
{
    return text.split(u' ', Qt::SkipEmptyParts);
}

QJsonObject formToJson(const core::FormData& form)
{
    QJsonObject out;
    for (const auto& [key, value] : form.pairs())
        out.insert(key, value);
    return out;
}

TokenSet tokenSetFrom(const QJsonObject& json)
{
    TokenSet t;
    t.accessToken = json.value(u"access_token"_s).toString();
    t.tokenType = json.value(u"token_type"_s).toString();
    t.refreshToken = json.value(u"refresh_token"_s).toString();
    t.idToken = json.value(u"id_token"_s).toString();
    t.scope = json.value(u"scope"_s).toString();
    // expires_in is a number in a token response and a string in a front-channel response.
    const QJsonValue expires = json.value(u"expires_in"_s);
    bool ok = false;
    const qint64 secs = expires.isDouble() ? qint64(expires.toDouble()) : expires.toString().toLongLong(&ok);
    t.expiresIn = expires.isDouble() || ok ? secs : -1;
    t.receivedAt = QDateTime::currentDateTime();
    t.raw = json;
    return t;
}

} // namespace

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

// --- Operation bookkeeping ----------------------------------------------------------------------------

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

// --- Sign-in (code, implicit, hybrid) -------------------------------------------------------------------

bool RelyingParty::signIn()
{
    if (!begin(FlowResult::Operation::SignIn))
        return false;
    withMetadata(guarded([this] { startAuthorization(); }));
    return true;
}

void RelyingParty::stopListener()
{
    if (m_listener) {
        m_listener->disconnect(this);
        // Closed now, not when the event loop gets to the deletion: the port must not answer any more.
        for (QTcpServer* server : m_listener->servers())
            server->close();
        // Its last answer (the "you can close this tab" page) may still be on its way out.
        QTimer::singleShot(5000, m_listener.data(), &QObject::deleteLater);
    }
    m_listener.clear();
}

bool RelyingParty::startListener(
    const QUrl& redirectUri, const QString& path, bool fragmentRelay, quint16* port)
{
    stopListener();
    auto* listener = new LoopbackListener(this);
    listener->expect(path.isEmpty() ? u"/"_s : path, fragmentRelay);
    QString error;
    if (!listener->listen(redirectUri.host(), *port, &error)) {
        delete listener;
        fail(u"The loopback listener for %1 could not start: %2"_s.arg(redirectUri.toString(), error));
        return false;
    }
    *port = listener->port();
    m_listener = listener;
    connect(listener, &LoopbackListener::redirectReceived, this, [this](const Redirect& redirect) {
        if (!m_busy)
            return;
        TimelineEntry entry;
        entry.kind = TimelineEntry::Kind::Callback;
        entry.from = Lane::Browser;
        entry.to = Lane::Client;
        const bool signIn = m_result.operation == FlowResult::Operation::SignIn;
        entry.title = signIn ? u"Authorization response"_s : u"Post-logout redirect"_s;
        const QString error = redirect.params.value(u"error"_s);
        entry.detail = u"via %1"_s.arg(Redirect::viaName(redirect.via))
            + (error.isEmpty() ? QString() : u", error "_s + error);
        entry.failed = !error.isEmpty();
        entry.http = redirect.received;
        m_timeline.append(entry);
        if (signIn)
            onAuthorizationResponse(redirect.params, Redirect::viaName(redirect.via));
        else
            onSignOutRedirect(redirect);
    });
    return true;
}

void RelyingParty::openInBrowser(const QString& title, const QUrl& url)
{
    TimelineEntry entry;
    entry.kind = TimelineEntry::Kind::Navigation;
    entry.from = Lane::Browser;
    entry.to = Lane::Provider;
    entry.title = title;
    entry.detail = url.toString(QUrl::RemoveQuery);
    entry.url = url;
    m_timeline.append(entry);
    QString error;
    // Not fatal: the URL is in the timeline (and printed by the command line) for the user to open.
    if (!m_browser->open(url, &error))
        note(u"Browser"_s, u"could not open a browser (%1): open the URL yourself"_s.arg(error), true);
}

void RelyingParty::startAuthorization()
{
    if (!requireEndpoint(m_metadata->authorizationEndpoint, u"authorization_endpoint"_s))
        return;
    PendingAuthorization p;
    p.state = randomValue();
    p.responseType = words(m_profile.responseType).join(u' ');
    p.responseMode = m_profile.responseMode;
    const QStringList types = words(p.responseType);
    if (m_profile.scopes.contains(u"openid"_s) || types.contains(u"id_token"_s))
        p.nonce = randomValue();
    if (types.contains(u"code"_s) && m_profile.pkce != ClientProfile::Pkce::Off)
        p.codeVerifier = jose::pkce::generateVerifier();

    QUrl redirect(m_profile.redirectUri.isEmpty() ? u"http://127.0.0.1/callback"_s : m_profile.redirectUri);
    const bool loopback = isLoopbackRedirect(redirect);
    if (loopback) {
        quint16 port = redirect.port(0) != 0 ? quint16(redirect.port()) : m_profile.loopbackPort;
        const bool fragment
            = p.responseMode.isEmpty() ? types != QStringList{u"code"_s} : p.responseMode == u"fragment"_s;
        if (!startListener(redirect, redirect.path(), fragment, &port))
            return;
        redirect.setPort(port);
    }
    p.redirectUri = redirect.toString(QUrl::FullyEncoded);

    core::FormData params;
    params.add(u"response_type"_s, p.responseType);
    params.add(u"client_id"_s, m_profile.clientId);
    params.add(u"redirect_uri"_s, p.redirectUri);
    params.add(u"scope"_s, m_profile.scopes.join(u' '));
    params.add(u"state"_s, p.state);
    if (!p.nonce.isEmpty())
        params.add(u"nonce"_s, p.nonce);
    if (!p.codeVerifier.isEmpty()) {
        const bool s256 = m_profile.pkce == ClientProfile::Pkce::S256;
        params.add(u"code_challenge"_s,
            QString::fromLatin1(s256 ? jose::pkce::s256Challenge(p.codeVerifier) : p.codeVerifier));
        params.add(u"code_challenge_method"_s, s256 ? u"S256"_s : u"plain"_s);
    }
    if (!p.responseMode.isEmpty())
        params.add(u"response_mode"_s, p.responseMode);
    // Extra parameters replace standard ones of the same name (to test how a provider takes odd values).
    QList<core::FormData::Pair> pairs = params.pairs();
    for (const auto& [key, value] : m_profile.extraParameters) {
        const auto it = std::find_if(
            pairs.begin(), pairs.end(), [&key = key](const auto& pair) { return pair.first == key; });
        if (it != pairs.end())
            it->second = value;
        else
            pairs.append({key, value});
    }
    m_pending = p;
    const bool required = m_metadata->requirePushedAuthorizationRequests;
    if (!m_profile.pushedAuthorization && !required) {
        sendToAuthorization(pairs, loopback);
        return;
    }
    // RFC 9126: the parameters go to the provider directly, the browser carries only a reference to them.
    if (!requireEndpoint(
            m_metadata->pushedAuthorizationRequestEndpoint, u"pushed_authorization_request_endpoint"_s))
        return;
    if (!m_profile.pushedAuthorization)
        note(u"Pushing required"_s,
            u"the provider requires pushed authorization requests (require_pushed_authorization_requests)"_s);
    // client_id goes with the client's authentication, as at the token endpoint (in the Authorization header
    // with client_secret_basic, where the form names it too).
    core::FormData form;
    for (const auto& [key, value] : std::as_const(pairs)) {
        if (key != u"client_id"_s || m_profile.clientAuth == ClientProfile::ClientAuth::SecretBasic)
            form.add(key, value);
    }
    call(u"Pushed authorization request"_s, clientPost(m_metadata->pushedAuthorizationRequestEndpoint, form),
        [this, loopback](const HttpExchange& x) {
            // RFC 9126 2.2: 201 Created.
            if (x.status == 200)
                note(u"Pushed authorization response"_s,
                    u"answered 200, where RFC 9126 2.2 says 201 Created"_s, true);
            const auto json
                = jsonAnswer(x, u"The pushed authorization request"_s, x.status == 200 ? 200 : 201);
            if (!json)
                return;
            const QString requestUri = json->value(u"request_uri"_s).toString();
            if (requestUri.isEmpty()) {
                fail(u"The pushed authorization request's answer has no request_uri"_s);
                return;
            }
            sendToAuthorization(
                {{u"client_id"_s, m_profile.clientId}, {u"request_uri"_s, requestUri}}, loopback);
        });
}

void RelyingParty::sendToAuthorization(const QList<core::FormData::Pair>& parameters, bool loopback)
{
    QUrl url = m_metadata->authorizationEndpoint;
    QString query = url.query(QUrl::FullyEncoded);
    query
        += (query.isEmpty() ? QString() : u"&"_s) + QString::fromLatin1(core::FormData(parameters).encode());
    url.setQuery(query, QUrl::StrictMode);
    const PendingAuthorization& p = *m_pending;

    openInBrowser(u"Authorization request"_s, url);
    if (!loopback) {
        note(u"Waiting for the redirect"_s,
            u"%1 is not a loopback address: paste the URL the browser ends at"_s.arg(p.redirectUri));
        emit redirectExpected(url);
    }
}

bool RelyingParty::completeSignIn(const QUrl& finalRedirect)
{
    if (!m_busy || !m_pending)
        return false;
    note(u"Pasted redirect"_s, finalRedirect.toString(QUrl::RemoveQuery | QUrl::RemoveFragment));
    const QUrl expected(m_pending->redirectUri);
    if (finalRedirect.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment)
        != expected.adjusted(QUrl::RemoveQuery))
        note(u"Pasted redirect"_s,
            u"it does not start with the redirect URI %1; reading its parameters anyway"_s.arg(
                m_pending->redirectUri),
            true);
    const bool fragment = finalRedirect.hasFragment();
    const auto params = core::FormData::parse(
        (fragment ? finalRedirect.fragment(QUrl::FullyEncoded) : finalRedirect.query(QUrl::FullyEncoded))
            .toUtf8());
    if (!params) {
        fail(u"the pasted URL's parameters are malformed"_s);
        return true;
    }
    onAuthorizationResponse(*params, fragment ? u"fragment"_s : u"query"_s);
    return true;
}

void RelyingParty::onAuthorizationResponse(const core::FormData& params, const QString& via)
{
    if (!m_pending)
        return; // a second redirect: the first one counts
    const PendingAuthorization p = *m_pending;
    m_pending.reset();
    stopListener();
    const QStringList types = words(p.responseType);

    // The response must come the way it was asked for (a token in a query string leaks into logs).
    const QString expectedVia = !p.responseMode.isEmpty() ? p.responseMode
        : types == QStringList{u"code"_s}                 ? u"query"_s
                                                          : u"fragment"_s;
    if (!params.contains(u"error"_s) || via != u"query"_s)
        addCheck(u"response_mode"_s, via == expectedVia,
            via == expectedVia ? u"the response came in the %1 as expected"_s.arg(via)
                               : u"the response came in the %1, but %2 was expected"_s.arg(via, expectedVia));

    // RFC 6749 10.12: the state binds the response to this browser's request.
    const QString state = params.value(u"state"_s);
    if (state != p.state) {
        addCheck(u"state"_s, false,
            state.isEmpty() ? u"the response carries no state although one was sent: it cannot be tied to "
                              u"this request (possible CSRF)"_s
                            : u"the response's state is not the one sent: a forged or mixed-up response"_s);
        fail(u"The authorization response failed the state check: not using it"_s);
        return;
    }
    addCheck(u"state"_s, true, u"the state is the one sent with the request"_s);

    // RFC 9207: the iss parameter protects against mix-up attacks.
    const QString iss = params.value(u"iss"_s);
    if (params.contains(u"iss"_s) || m_metadata->issParameterSupported) {
        const bool match = iss == m_metadata->issuer;
        addCheck(u"iss"_s, match,
            match ? u"the response's iss is the issuer"_s
                : iss.isEmpty()
                ? u"the provider says it sends iss (authorization_response_iss_parameter_supported) but did not"_s
                : u"the response's iss \"%1\" is not the issuer \"%2\" (mix-up?)"_s.arg(
                    iss, m_metadata->issuer));
        if (!match) {
            fail(u"The authorization response failed the iss check (RFC 9207): not using it"_s);
            return;
        }
    }

    if (params.contains(u"error"_s)) {
        const core::OAuthError error{params.value(u"error"_s), params.value(u"error_description"_s), 0};
        fail(u"The provider refused the authorization request: %1"_s.arg(error.toString()), error);
        return;
    }

    const TokenSet front = tokenSetFrom(formToJson(params));
    const QString code = params.value(u"code"_s);
    for (const auto& [type, present] :
        {std::pair{u"code"_s, !code.isEmpty()}, std::pair{u"token"_s, !front.accessToken.isEmpty()},
            std::pair{u"id_token"_s, !front.idToken.isEmpty()}}) {
        if (types.contains(type) && !present) {
            fail(u"The response type \"%1\" promises a %2, but the response has none"_s.arg(
                p.responseType, type));
            return;
        }
    }

    auto exchangeCode = [this, p, code, front, types] {
        if (!types.contains(u"code"_s)) {
            m_result.tokens = front;
            m_tokens = front;
            succeed();
            return;
        }
        if (!requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"grant_type"_s, u"authorization_code"_s);
        form.add(u"code"_s, code);
        form.add(u"redirect_uri"_s, p.redirectUri);
        if (!p.codeVerifier.isEmpty())
            form.add(u"code_verifier"_s, QString::fromLatin1(p.codeVerifier));
        call(u"Token request"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this, p, code](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The token request"_s);
                if (json)
                    receiveTokens(*json, {p.nonce, code, m_profile.scopes.contains(u"openid"_s), false});
            });
    };
    if (front.idToken.isEmpty()) {
        exchangeCode();
        return;
    }
    // Implicit or hybrid: the front-channel ID token is checked first, with the values it must hash.
    ValidationOptions options = idTokenOptions();
    options.nonce = p.nonce;
    options.accessToken = front.accessToken;
    options.code = code;
    validate(front.idToken, options, [this, exchangeCode, types](const ValidationReport& report) {
        m_result.idToken = report;
        m_idTokenClaims = report.claims;
        note(u"ID token from the authorization response"_s,
            report.valid() ? u"valid"_s : u"failed: "_s + report.failedChecks().join(u", "_s),
            !report.valid());
        // OIDC Core 3.3.2.12: a hybrid response's code is used only once its ID token (c_hash included) has
        // passed; a failed one is not to be trusted with the code.
        if (!report.valid() && types.contains(u"code"_s)) {
            fail(u"The ID token from the authorization response failed (%1): the code is not redeemed"_s.arg(
                report.failedChecks().join(u", "_s)));
            return;
        }
        guarded(exchangeCode)();
    });
}

// --- Token responses ------------------------------------------------------------------------------------

void RelyingParty::receiveTokens(const QJsonObject& json, const TokenExpectations& expected)
{
    TokenSet tokens = tokenSetFrom(json);
    if (tokens.accessToken.isEmpty()) {
        fail(u"The token response has no access_token (RFC 6749 5.1 requires one)"_s);
        return;
    }
    const bool bearer = tokens.tokenType.compare(u"Bearer"_s, Qt::CaseInsensitive) == 0;
    addCheck(u"token_type"_s, bearer,
        bearer ? u"token_type is Bearer"_s
               : u"token_type is \"%1\", not Bearer (RFC 6750): this client cannot use it"_s.arg(
                   tokens.tokenType));
    if (expected.refresh) {
        const bool rotated = !tokens.refreshToken.isEmpty() && tokens.refreshToken != m_tokens.refreshToken;
        note(u"Refresh token"_s,
            rotated ? u"rotated: the provider issued a new refresh token, the old one should now be dead"_s
                    : u"kept: no new refresh token, the current one stays in use"_s);
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = m_tokens.refreshToken; // RFC 6749 6: keep using the old one
    }
    const bool expectIdToken = expected.idTokenExpected && !expected.refresh;
    if (expectIdToken && tokens.idToken.isEmpty())
        addCheck(u"id_token"_s, false, u"the openid scope was requested but no ID token came back"_s);

    auto done = [this, tokens] {
        m_result.tokens = tokens;
        if (tokens.idToken.isEmpty() && !m_tokens.idToken.isEmpty())
            m_result.tokens.idToken = m_tokens.idToken; // a refresh without a new ID token keeps the old
        m_tokens = m_result.tokens;
        succeed();
    };
    auto checkAccessToken = [this, tokens, done] {
        // JWT access tokens (RFC 9068) are shown checked, though a client must treat them as opaque.
        if (!looksLikeJwt(tokens.accessToken)) {
            done();
            return;
        }
        ValidationOptions options = idTokenOptions();
        options.clientId.clear();
        options.idToken = false;
        validate(tokens.accessToken, options, [this, done](const ValidationReport& report) {
            m_result.accessToken = report;
            guarded(done)();
        });
    };
    if (tokens.idToken.isEmpty()) {
        checkAccessToken();
        return;
    }
    ValidationOptions options = idTokenOptions();
    options.nonce = expected.nonce;
    options.accessToken = tokens.accessToken;
    options.code = expected.code;
    const QJsonObject previous = m_idTokenClaims;
    validate(tokens.idToken, options,
        [this, expected, previous, checkAccessToken](const ValidationReport& report) {
            m_result.idToken = report;
            if (expected.refresh && !previous.isEmpty()) {
                // OIDC Core 12.2: same iss and sub, and the same auth_time if there was one.
                const bool sameSub = report.claims.value(u"sub"_s) == previous.value(u"sub"_s);
                addCheck(u"refresh_sub"_s, sameSub,
                    sameSub ? u"the refreshed ID token is about the same user"_s
                            : u"the refreshed ID token's sub differs from the original's (OIDC Core 12.2)"_s);
            }
            m_idTokenClaims = report.claims;
            note(u"ID token"_s,
                report.valid() ? u"valid"_s : u"failed: "_s + report.failedChecks().join(u", "_s),
                !report.valid());
            guarded(checkAccessToken)();
        });
}

// --- Other grants ---------------------------------------------------------------------------------------

bool RelyingParty::clientCredentials()
{
    if (!begin(FlowResult::Operation::ClientCredentials))
        return false;
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"grant_type"_s, u"client_credentials"_s);
        // No user, so no OpenID Connect scopes.
        QStringList scopes = m_profile.scopes;
        for (const QString& oidc :
            {u"openid"_s, u"profile"_s, u"email"_s, u"address"_s, u"phone"_s, u"offline_access"_s})
            scopes.removeAll(oidc);
        if (!scopes.isEmpty())
            form.add(u"scope"_s, scopes.join(u' '));
        call(u"Token request (client credentials)"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The token request"_s);
                if (json)
                    receiveTokens(*json, {});
            });
    }));
    return true;
}

bool RelyingParty::refresh()
{
    if (!begin(FlowResult::Operation::Refresh))
        return false;
    if (m_tokens.refreshToken.isEmpty()) {
        fail(
            u"There is no refresh token: sign in first (with offline_access, if the provider asks for it)"_s);
        return true;
    }
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"grant_type"_s, u"refresh_token"_s);
        form.add(u"refresh_token"_s, m_tokens.refreshToken);
        call(u"Token request (refresh)"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The refresh request"_s);
                if (json)
                    receiveTokens(*json, {{}, {}, false, true});
            });
    }));
    return true;
}

bool RelyingParty::deviceAuthorization()
{
    if (!begin(FlowResult::Operation::DeviceAuthorization))
        return false;
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->deviceAuthorizationEndpoint, u"device_authorization_endpoint"_s)
            || !requireEndpoint(m_metadata->tokenEndpoint, u"token_endpoint"_s))
            return;
        core::FormData form;
        form.add(u"scope"_s, m_profile.scopes.join(u' '));
        call(u"Device authorization request"_s, clientPost(m_metadata->deviceAuthorizationEndpoint, form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The device authorization request"_s);
                if (!json)
                    return;
                DeviceAuthorization device;
                const QString deviceCode = json->value(u"device_code"_s).toString();
                device.userCode = json->value(u"user_code"_s).toString();
                device.verificationUri = QUrl(json->value(u"verification_uri"_s).toString());
                device.verificationUriComplete = QUrl(json->value(u"verification_uri_complete"_s).toString());
                device.expiresIn = qint64(json->value(u"expires_in"_s).toDouble());
                device.interval = json->value(u"interval"_s).toInt(5);
                if (deviceCode.isEmpty() || device.userCode.isEmpty() || device.verificationUri.isEmpty()
                    || device.expiresIn <= 0) {
                    fail(u"The device authorization response lacks device_code, user_code, verification_uri "
                         u"or "
                         u"expires_in (RFC 8628 3.2)"_s);
                    return;
                }
                m_result.body = *json;
                note(u"Waiting for the user"_s,
                    u"enter %1 at %2"_s.arg(device.userCode, device.verificationUri.toString()));
                emit deviceCodeIssued(device);
                pollDevice(deviceCode, qMax(device.interval, 1), now() + device.expiresIn);
            });
    }));
    return true;
}

void RelyingParty::pollDevice(const QString& deviceCode, int interval, qint64 deadline)
{
    QTimer::singleShot(interval * 1000, this, guarded([this, deviceCode, interval, deadline] {
        if (now() > deadline) {
            fail(u"The device code expired before the user finished"_s);
            return;
        }
        core::FormData form;
        form.add(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
        form.add(u"device_code"_s, deviceCode);
        call(u"Token request (device, polling)"_s, clientPost(m_metadata->tokenEndpoint, form),
            [this, deviceCode, interval, deadline](const HttpExchange& x) {
                const auto error = x.status == 400 ? core::OAuthError::fromJsonBody(x.responseBody, x.status)
                                                   : std::nullopt;
                if (error && error->error == u"authorization_pending"_s) {
                    pollDevice(deviceCode, interval, deadline);
                    return;
                }
                if (error && error->error == u"slow_down"_s) {
                    // RFC 8628 3.5: five seconds more from now on.
                    note(u"Slowing down"_s, u"polling every %1 s from now on"_s.arg(interval + 5));
                    pollDevice(deviceCode, interval + 5, deadline);
                    return;
                }
                const auto json = jsonAnswer(x, u"The device token request"_s);
                if (json)
                    receiveTokens(*json, {{}, {}, m_profile.scopes.contains(u"openid"_s), false});
            });
    }));
}

// --- Resource and management endpoints -------------------------------------------------------------------

bool RelyingParty::userInfo(UserInfoMethod method)
{
    if (!begin(FlowResult::Operation::UserInfo))
        return false;
    if (m_tokens.accessToken.isEmpty()) {
        fail(u"There is no access token: sign in first"_s);
        return true;
    }
    withMetadata(guarded([this, method] {
        if (!requireEndpoint(m_metadata->userinfoEndpoint, u"userinfo_endpoint"_s))
            return;
        OutgoingRequest request;
        request.url = m_metadata->userinfoEndpoint;
        if (method == UserInfoMethod::Get) {
            request.headers.emplaceBack("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
        } else {
            // RFC 6750 2.2: the token as a form parameter.
            request.method = "POST";
            request.headers.emplaceBack("Content-Type", "application/x-www-form-urlencoded");
            core::FormData form;
            form.add(u"access_token"_s, m_tokens.accessToken);
            request.body = form.encode();
        }
        call(u"UserInfo request"_s, request, [this](const HttpExchange& x) {
            if (x.status == 401 || x.status == 403) {
                const auto error = bearerChallengeError(x);
                fail(u"The userinfo request was refused: %1 (HTTP %2)"_s
                         .arg(error ? error->toString() : u"no reason given"_s)
                         .arg(x.status),
                    error);
                return;
            }
            auto finishWith = [this](const QJsonObject& claims) {
                m_result.body = claims;
                const QJsonValue sub = m_idTokenClaims.value(u"sub"_s);
                if (!sub.isUndefined()) {
                    // OIDC Core 5.3.2: a mismatch means the response must not be used.
                    const bool same = claims.value(u"sub"_s) == sub;
                    addCheck(u"userinfo_sub"_s, same,
                        same
                            ? u"userinfo's sub is the ID token's"_s
                            : u"userinfo's sub \"%1\" is not the ID token's \"%2\": the response must not be used"_s
                                  .arg(claims.value(u"sub"_s).toString(), sub.toString()));
                }
                succeed();
            };
            const QByteArray type = x.responseHeader("content-type").split(';').first().trimmed();
            if (x.status == 200 && type == "application/jwt") {
                // A signed userinfo response (OIDC Core 5.3.2): checked like any JWT from the issuer.
                ValidationOptions options = idTokenOptions();
                options.idToken = false;
                validate(QString::fromUtf8(x.responseBody.trimmed()), options,
                    [this, finishWith](const ValidationReport& report) {
                        m_result.accessToken.reset();
                        m_result.idToken = report;
                        guarded([finishWith, report] { finishWith(report.claims); })();
                    });
                return;
            }
            const auto json = jsonAnswer(x, u"The userinfo request"_s);
            if (json)
                finishWith(*json);
        });
    }));
    return true;
}

std::optional<core::FormData> RelyingParty::tokenForm(TokenKind kind, const QString& verb)
{
    const bool access = kind == TokenKind::Access;
    const QString token = access ? m_tokens.accessToken : m_tokens.refreshToken;
    if (token.isEmpty()) {
        fail(u"There is no %1 token to %2"_s.arg(access ? u"access"_s : u"refresh"_s, verb));
        return std::nullopt;
    }
    core::FormData form;
    form.add(u"token"_s, token);
    form.add(u"token_type_hint"_s, access ? u"access_token"_s : u"refresh_token"_s);
    return form;
}

bool RelyingParty::introspect(TokenKind kind)
{
    if (!begin(FlowResult::Operation::Introspection))
        return false;
    const auto form = tokenForm(kind, u"introspect"_s);
    if (!form)
        return true;
    withMetadata(guarded([this, form] {
        if (!requireEndpoint(m_metadata->introspectionEndpoint, u"introspection_endpoint"_s))
            return;
        call(u"Introspection request"_s, clientPost(m_metadata->introspectionEndpoint, *form),
            [this](const HttpExchange& x) {
                const auto json = jsonAnswer(x, u"The introspection request"_s);
                if (!json)
                    return;
                if (!json->value(u"active"_s).isBool()) {
                    fail(u"The introspection response has no boolean \"active\" (RFC 7662 2.2)"_s);
                    return;
                }
                note(u"Introspection"_s,
                    json->value(u"active"_s).toBool() ? u"the token is active"_s
                                                      : u"the token is not active"_s);
                m_result.body = *json;
                succeed();
            });
    }));
    return true;
}

bool RelyingParty::revoke(TokenKind kind)
{
    if (!begin(FlowResult::Operation::Revocation))
        return false;
    const auto form = tokenForm(kind, u"revoke"_s);
    if (!form)
        return true;
    withMetadata(guarded([this, kind, form] {
        if (!requireEndpoint(m_metadata->revocationEndpoint, u"revocation_endpoint"_s))
            return;
        call(u"Revocation request"_s, clientPost(m_metadata->revocationEndpoint, *form),
            [this, kind](const HttpExchange& x) {
                // RFC 7009 2.2: 200 whether or not the token was valid; the body is ignored.
                if (x.status != 200) {
                    const auto error = core::OAuthError::fromJsonBody(x.responseBody, x.status);
                    fail(u"The revocation request was refused: %1 (HTTP %2)"_s
                             .arg(error ? error->toString() : summary(x))
                             .arg(x.status),
                        error);
                    return;
                }
                if (kind == TokenKind::Access)
                    m_tokens.accessToken.clear();
                else
                    m_tokens.refreshToken.clear();
                succeed();
            });
    }));
    return true;
}

// --- Logout ---------------------------------------------------------------------------------------------

bool RelyingParty::signOut()
{
    if (!begin(FlowResult::Operation::SignOut))
        return false;
    withMetadata(guarded([this] {
        if (!requireEndpoint(m_metadata->endSessionEndpoint, u"end_session_endpoint"_s))
            return;
        QUrl postLogout(m_profile.postLogoutRedirectUri.isEmpty() ? u"http://127.0.0.1/logged-out"_s
                                                                  : m_profile.postLogoutRedirectUri);
        const bool loopback = isLoopbackRedirect(postLogout);
        if (loopback) {
            quint16 port = postLogout.port(0) != 0 ? quint16(postLogout.port()) : m_profile.loopbackPort;
            if (!startListener(postLogout, postLogout.path(), false, &port))
                return;
            postLogout.setPort(port);
        }
        m_logoutState = randomValue();
        core::FormData params;
        if (!m_tokens.idToken.isEmpty())
            params.add(u"id_token_hint"_s, m_tokens.idToken);
        params.add(u"client_id"_s, m_profile.clientId);
        params.add(u"post_logout_redirect_uri"_s, postLogout.toString(QUrl::FullyEncoded));
        params.add(u"state"_s, m_logoutState);
        QUrl url = m_metadata->endSessionEndpoint;
        QString query = url.query(QUrl::FullyEncoded);
        query += (query.isEmpty() ? QString() : u"&"_s) + QString::fromLatin1(params.encode());
        url.setQuery(query, QUrl::StrictMode);
        openInBrowser(u"Logout request"_s, url);
        if (!loopback) {
            // The browser goes elsewhere afterwards: nothing comes back to wait for.
            note(
                u"Signed out locally"_s, u"the post-logout redirect goes to %1"_s.arg(postLogout.toString()));
            m_tokens = {};
            m_idTokenClaims = {};
            succeed();
        }
    }));
    return true;
}

void RelyingParty::onSignOutRedirect(const Redirect& redirect)
{
    const QString state = redirect.params.value(u"state"_s);
    addCheck(u"state"_s, state == m_logoutState,
        state == m_logoutState ? u"the post-logout redirect carries the state sent"_s
            : state.isEmpty()  ? u"the post-logout redirect carries no state although one was sent"_s
                               : u"the post-logout redirect's state is not the one sent"_s);
    m_tokens = {};
    m_idTokenClaims = {};
    succeed();
}

} // namespace client
