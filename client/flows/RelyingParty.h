#pragma once

#include "client/ClientProfile.h"
#include "client/HttpClient.h"
#include "client/ProviderMetadata.h"
#include "client/Timeline.h"
#include "client/TokenValidator.h"
#include "core/Clock.h"
#include "core/http/FormUrlEncoded.h"
#include "core/http/OAuthError.h"
#include "core/jose/JwkSet.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace client {

class Browser;
class LoopbackListener;
struct Redirect;

// What a token endpoint (or an implicit/hybrid authorization response) handed out.
struct TokenSet
{
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QString idToken;
    QString scope;
    // Seconds from receivedAt; -1 when not said.
    qint64 expiresIn = -1;
    QDateTime receivedAt;
    // The token response as received (or the authorization response's parameters).
    QJsonObject raw;

    bool isEmpty() const { return accessToken.isEmpty() && idToken.isEmpty() && refreshToken.isEmpty(); }
};

// The device authorization response (RFC 8628 3.2): what to show the user.
struct DeviceAuthorization
{
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete;
    qint64 expiresIn = 0;
    int interval = 5;
};

// The result of one operation of a RelyingParty.
struct FlowResult
{
    enum class Operation {
        Discovery,
        SignIn,
        ClientCredentials,
        Refresh,
        UserInfo,
        Introspection,
        Revocation,
        SignOut,
        DeviceAuthorization,
        TokenCheck,
    };

    Operation operation = Operation::Discovery;
    // The operation completed. Checks below may still have failed (see checksPassed()).
    bool ok = false;
    // Why not, in plain words.
    QString error;
    // The provider's own error, when it answered with one.
    std::optional<core::OAuthError> oauthError;
    // Tokens this operation received.
    TokenSet tokens;
    // The ID token's validation (sign-in, refresh, device), or a signed userinfo response's; and the access
    // token's when it is a JWT (shown only: clients must treat access tokens as opaque).
    std::optional<ValidationReport> idToken;
    std::optional<ValidationReport> accessToken;
    // The operation's own checks: state, iss (RFC 9207), response mode, refresh token rotation, userinfo sub.
    QList<ValidationCheck> checks;
    // Userinfo claims, introspection response, or discovery document.
    QJsonObject body;

    bool checksPassed() const;
    static QString operationName(Operation operation);
};

// A relying party for one profile: runs flows against its provider and records every step in a timeline.
// One operation at a time; each ends with exactly one finished() (also when cancelled). Tokens received are
// kept for the next operation (refresh, userinfo, introspection, revocation, logout).
class RelyingParty : public QObject
{
    Q_OBJECT

public:
    enum class TokenKind { Access, Refresh };
    enum class UserInfoMethod { Get, Post };

    explicit RelyingParty(ClientProfile profile, QObject* parent = nullptr);
    ~RelyingParty() override;

    const ClientProfile& profile() const { return m_profile; }
    void setClientSecret(const QByteArray& secret) { m_clientSecret = secret; }
    // Where the user's steps happen (not owned by the caller alone). Default: the system browser.
    void setBrowser(std::shared_ptr<Browser> browser) { m_browser = std::move(browser); }
    void setNetworkAccessManager(QNetworkAccessManager* manager) { m_http.setNetworkAccessManager(manager); }
    // The time tokens are checked against (exp, nbf, iat, auth_time). Default: the system clock.
    void setClock(std::shared_ptr<const core::Clock> clock) { m_clock = std::move(clock); }

    Timeline* timeline() { return &m_timeline; }
    const std::optional<ProviderMetadata>& metadata() const { return m_metadata; }
    const TokenSet& tokens() const { return m_tokens; }
    // Tokens from elsewhere, e.g. a refresh token kept in the keychain, for the next operation.
    void setTokens(const TokenSet& tokens) { m_tokens = tokens; }
    // The claims of the current ID token, once validated.
    const QJsonObject& idTokenClaims() const { return m_idTokenClaims; }
    bool isBusy() const { return m_busy; }

    // Each operation returns false, doing nothing, while another one runs (or, for completeSignIn(), when no
    // sign-in waits for a redirect).

    // Fetches and checks the discovery document (again).
    bool discover();
    // The profile's authorization request in the browser, then the code exchange (for code and hybrid
    // response types) and validation. With a redirect URI that is not loopback, redirectExpected() asks for
    // the final URL, to be given to completeSignIn().
    bool signIn();
    bool completeSignIn(const QUrl& finalRedirect);
    bool clientCredentials();
    bool refresh();
    bool userInfo(UserInfoMethod method = UserInfoMethod::Get);
    bool introspect(TokenKind kind = TokenKind::Access);
    bool revoke(TokenKind kind = TokenKind::Access);
    // RP-Initiated Logout in the browser; ends when the provider sends the browser back (state checked),
    // or at once when no post-logout redirect comes back to this client.
    bool signOut();
    // RFC 8628: deviceCodeIssued() tells what to show, then the token endpoint is polled.
    bool deviceAuthorization();
    // Checks a token from anywhere (a decoder): the provider's discovery and JWKS (fetched again once on an
    // unknown kid) give the keys; `options` gives the rest (its expectedIssuer, when empty, is the
    // provider's). The report is the result's idToken.
    bool checkToken(const QByteArray& token, ValidationOptions options);
    // Stops the current operation: finished() follows with "cancelled".
    void cancel();

signals:
    void finished(const client::FlowResult& result);
    void busyChanged(bool busy);
    // Paste mode: the browser was sent to `authorizationUrl`; completeSignIn() wants the URL it ends at.
    void redirectExpected(const QUrl& authorizationUrl);
    void deviceCodeIssued(const client::DeviceAuthorization& device);

private:
    struct PendingAuthorization
    {
        QString state;
        QString nonce;
        QByteArray codeVerifier;
        QString redirectUri;
        QString responseType;
        QString responseMode;
    };
    using Next = std::function<void()>;
    // What a token response is checked against.
    struct TokenExpectations
    {
        QString nonce;
        QString code;
        bool idTokenExpected = false;
        // A refresh: the new ID token must be about the same user (OIDC Core 12.2).
        bool refresh = false;
    };

    bool begin(FlowResult::Operation operation);
    void finish(FlowResult result);
    // Ends the operation with m_result, ok.
    void succeed();
    void fail(const QString& error, std::optional<core::OAuthError> oauthError = std::nullopt);
    // The current token of that kind as a revocation or introspection form (RFC 7009 2.1, RFC 7662 2.1);
    // fails the operation ("There is no refresh token to <verb>") when there is none.
    std::optional<core::FormData> tokenForm(TokenKind kind, const QString& verb);
    // Runs `next` only if the operation that asked is still the current one.
    Next guarded(Next next);
    void note(const QString& title, const QString& detail, bool failed = false);

    void withMetadata(Next next);
    void fetchKeys(std::function<void(const QString& error)> done);
    // Sends, records the exchange in the timeline, and continues with it if the operation still runs.
    void call(const QString& title, OutgoingRequest request, std::function<void(const HttpExchange&)> next);
    // A form POST to a client-authenticated endpoint (token, device, revocation, introspection).
    // With client_secret_jwt or private_key_jwt it carries a fresh client assertion (a timeline note says
    // why when none can be made).
    OutgoingRequest clientPost(const QUrl& endpoint, core::FormData form);
    // A client assertion (client_secret_jwt, private_key_jwt), or why there is none.
    std::optional<QByteArray> clientAssertion(QString* error) const;
    // The JSON object of an answer with `okStatus` (200 unless said); else fails the operation (OAuth error,
    // status, or bad JSON).
    std::optional<QJsonObject> jsonAnswer(
        const HttpExchange& exchange, const QString& what, int okStatus = 200);
    bool requireEndpoint(const QUrl& endpoint, const QString& member);
    void validate(const QString& token, ValidationOptions options,
        std::function<void(const ValidationReport& report)> done);
    ValidationOptions idTokenOptions() const;

    void startAuthorization();
    // Sends the browser to the authorization endpoint with `parameters` (m_pending set).
    void sendToAuthorization(const QList<core::FormData::Pair>& parameters, bool loopback);
    void openInBrowser(const QString& title, const QUrl& url);
    bool startListener(const QUrl& redirectUri, const QString& path, bool fragmentRelay, quint16* port);
    void onAuthorizationResponse(const core::FormData& params, const QString& via);
    void addCheck(const QString& id, bool passed, const QString& reason);
    void onSignOutRedirect(const Redirect& redirect);
    void receiveTokens(const QJsonObject& response, const TokenExpectations& expected);
    void pollDevice(const QString& deviceCode, int interval, qint64 deadline);
    void stopListener();
    qint64 now() const;

    ClientProfile m_profile;
    QByteArray m_clientSecret;
    std::shared_ptr<Browser> m_browser;
    std::shared_ptr<const core::Clock> m_clock = std::make_shared<core::SystemClock>();
    Timeline m_timeline;
    HttpClient m_http;
    QPointer<LoopbackListener> m_listener;

    std::optional<ProviderMetadata> m_metadata;
    std::optional<jose::JwkSet> m_keys;
    QString m_keysError;
    TokenSet m_tokens;
    QJsonObject m_idTokenClaims;

    bool m_busy = false;
    int m_generation = 0;
    FlowResult m_result;
    std::optional<PendingAuthorization> m_pending;
    QString m_logoutState;
};

} // namespace client

Q_DECLARE_METATYPE(client::FlowResult)
Q_DECLARE_METATYPE(client::DeviceAuthorization)
