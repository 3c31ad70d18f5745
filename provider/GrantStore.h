#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <optional>

namespace provider {

// What an authorization request asks for beyond its scopes, carried from the request to every token of the
// grant: the `claims` parameter (OIDC Core 5.5) and the authentication context class.
struct ClaimsRequest
{
    // The "id_token" and "userinfo" members of the claims parameter: claim name -> null or
    // {"essential", "value", "values"}.
    QJsonObject idToken;
    QJsonObject userinfo;
    // The acr the ID token states (from acr_values or a requested acr value); empty: none.
    QString acr;
};

// An authorization request waiting for the user to log in (and then, if asked, to consent).
struct LoginTransaction
{
    QString id;
    QByteArray csrf;
    QString issuerId;
    QString clientId;
    QString redirectUri;
    QString state;
    QString nonce;
    QStringList scopes;
    QString codeChallenge;
    QString codeChallengeMethod;
    QString loginHint;
    // Canonical (sorted) response_type, e.g. "code" or "code id_token", and the response_mode to answer with.
    QString responseType = QStringLiteral("code");
    QString responseMode = QStringLiteral("query");
    ClaimsRequest claims;
    // prompt=consent: ask for consent even when it was given before.
    bool forceConsent = false;
    // Set when the login approves a device (RFC 8628) instead of answering a redirect.
    QString deviceCode;
    // Set once the user is authenticated and the consent page is showing.
    QString subject;
    qint64 authTime = 0;
    qint64 expiresAt = 0;
};

// A device authorization (RFC 8628): created by the device, approved or denied by the user in a browser,
// polled for by the device at the token endpoint.
struct DeviceAuthorization
{
    enum class Status { Pending, Approved, Denied };

    QString issuerId;
    QString clientId;
    QString userCode;
    QStringList scopes;
    qint64 expiresAt = 0;
    int interval = 5;
    qint64 lastPoll = 0;
    Status status = Status::Pending;
    QString subject;
    qint64 authTime = 0;
};

struct AuthorizationCode
{
    QString issuerId;
    QString clientId;
    QString redirectUri;
    QString subject;
    QStringList scopes;
    QString nonce;
    QString codeChallenge;
    QString codeChallengeMethod;
    ClaimsRequest claims;
    qint64 authTime = 0;
    qint64 expiresAt = 0;
    bool used = false;
    // Tokens issued for this code, revoked if the code is presented again (RFC 6749 4.1.2).
    QStringList tokenIds;
    QString refreshFamily;
};

// Refresh tokens of one grant form a family: rotation replaces one member by the next, and revoking or
// replaying any member revokes them all (with the access tokens issued from them).
struct RefreshTokenRecord
{
    QString issuerId;
    QString clientId;
    QString subject;
    QStringList scopes;
    ClaimsRequest claims;
    qint64 authTime = 0;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    QString familyId;
    bool rotatedOut = false;
    bool revoked = false;
};

struct AccessTokenRecord
{
    QString jti;
    QString issuerId;
    QString clientId;
    QString subject;
    QStringList scopes;
    qint64 expiresAt = 0;
    bool revoked = false;
    // The refresh token family the access token was issued from, if any.
    QString refreshFamily;
    // Claims the authorization request asked userinfo to return.
    QJsonObject userinfoClaims;
};

// A user's login at an issuer, carried by a cookie: single sign-on for later authorization requests.
struct Session
{
    QString issuerId;
    QString subject;
    qint64 authTime = 0;
    qint64 expiresAt = 0;
};

// Short-lived provider state. Thread-safe; expired entries are purged as new ones arrive, so memory stays
// bounded by the rate of requests times the lifetimes.
class GrantStore
{
public:
    enum class Redemption { Ok, Unknown, Expired, Reused };
    enum class RefreshUse { Ok, Unknown, Expired, Revoked, Reused };

    void addLogin(const LoginTransaction& login, qint64 now);
    std::optional<LoginTransaction> login(const QString& id, qint64 now) const;
    void removeLogin(const QString& id);

    void addCode(const QString& code, const AuthorizationCode& grant, qint64 now);
    // Marks the code used and returns it. A code presented twice comes back as Reused, with the ids of the
    // tokens issued from it, which this call revokes.
    Redemption redeemCode(const QString& code, qint64 now, AuthorizationCode* grant);
    // A code as it is, without using it (fault targeting).
    std::optional<AuthorizationCode> code(const QString& code) const;
    // The code most recently issued to the client (the authorize.code_replayed fault).
    QString lastCode(const QString& issuerId, const QString& clientId) const;
    void attachTokens(const QString& code, const QStringList& tokenIds, const QString& refreshFamily = {});

    void addRefreshToken(const QString& token, const RefreshTokenRecord& record, qint64 now);
    std::optional<RefreshTokenRecord> refreshToken(const QString& token) const;
    // Uses a refresh token: with `rotate`, it is replaced (the caller issues the next one). A token that was
    // already replaced comes back as Reused, and its whole family is revoked.
    RefreshUse useRefreshToken(const QString& token, qint64 now, bool rotate, RefreshTokenRecord* record);
    // Revokes every refresh token of the family and every access token issued from it.
    void revokeFamily(const QString& familyId);
    bool revokeAccessToken(const QString& jti);

    void addAccessToken(const AccessTokenRecord& token, qint64 now);
    std::optional<AccessTokenRecord> accessToken(const QString& jti) const;

    void addDevice(const QString& deviceCode, const DeviceAuthorization& device, qint64 now);
    // The pending device authorization with this user code (case and dashes ignored), and its device code.
    std::optional<std::pair<QString, DeviceAuthorization>> pendingDeviceByUserCode(
        const QString& userCode, qint64 now) const;
    void decideDevice(const QString& deviceCode, bool approved, const QString& subject, qint64 authTime);
    enum class DevicePoll { Unknown, Pending, SlowDown, Expired, Denied, Approved };
    // A poll by the device: SlowDown when it polls faster than the interval (which then grows by 5 s);
    // Approved hands the authorization over once and forgets it.
    DevicePoll pollDevice(const QString& deviceCode, qint64 now, DeviceAuthorization* device);

    void addSession(const QString& id, const Session& session, qint64 now);
    std::optional<Session> session(const QString& id, qint64 now) const;
    void removeSession(const QString& id);

    // Scopes the user has allowed the client (on the consent page); consent lasts as long as the provider
    // runs.
    QStringList consentedScopes(
        const QString& issuerId, const QString& subject, const QString& clientId) const;
    void addConsent(
        const QString& issuerId, const QString& subject, const QString& clientId, const QStringList& scopes);

    void purgeExpired(qint64 now);
    // Forgets everything: logins, codes, tokens, sessions, devices, consents (the control API's reset).
    void clear();
    qsizetype size() const;

private:
    void maybePurge(qint64 now);
    void revokeFamilyLocked(const QString& familyId);

    mutable QMutex m_mutex;
    QHash<QString, LoginTransaction> m_logins;
    QHash<QString, AuthorizationCode> m_codes;
    QHash<QString, AccessTokenRecord> m_accessTokens;
    QHash<QString, RefreshTokenRecord> m_refreshTokens;
    QHash<QString, Session> m_sessions;
    QHash<QString, DeviceAuthorization> m_devices;
    QHash<QString, QStringList> m_consents;
    QHash<QString, QString> m_lastCode;
    qint64 m_lastPurge = 0;
};

} // namespace provider
