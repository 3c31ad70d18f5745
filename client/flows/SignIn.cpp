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

// Sign-in: authorization code (with PKCE, PAR, request objects), implicit and hybrid, through the browser
// and the loopback listener or a pasted redirect.

using namespace Qt::StringLiterals;

namespace client {

using namespace flows;

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

} // namespace client
