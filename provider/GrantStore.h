#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <deque>
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

// A pushed authorization request (RFC 9126): its parameters, for the authorization request that names its
// request_uri.
struct PushedRequest
{
    QString issuerId;
    QString clientId;
    QList<std::pair<QString, QString>> parameters;
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

// An issued access token as the store knows it: the token itself is a signed JWT checked without a record
// (RFC 9068), so the store keeps only what revoking it needs.
struct TokenRef
{
    QString jti;
    qint64 expiresAt = 0;
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
    QList<TokenRef> tokens;
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

// A valid access token, as read from its claims (tokens::validateAccessToken).
struct AccessTokenRecord
{
    QString jti;
    QString issuerId;
    QString clientId;
    QString subject;
    QStringList scopes;
    qint64 expiresAt = 0;
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

namespace detail {

// A hash that keeps at most `capacity` entries, forgetting the oldest inserted first.
template <typename V> class CappedHash
{
public:
    explicit CappedHash(qsizetype capacity)
        : m_capacity(capacity)
    { }

    V* find(const QString& key)
    {
        const auto it = m_map.find(key);
        return it == m_map.end() ? nullptr : &it.value();
    }
    const V* find(const QString& key) const
    {
        const auto it = m_map.constFind(key);
        return it == m_map.cend() ? nullptr : &it.value();
    }
    // Returns the number of older entries forgotten to make room.
    qsizetype insert(const QString& key, V value)
    {
        const auto it = m_map.find(key);
        if (it != m_map.end()) {
            *it = std::move(value);
            return 0;
        }
        m_map.insert(key, std::move(value));
        m_order.push_back(key);
        qsizetype evicted = 0;
        while (m_map.size() > m_capacity && !m_order.empty()) {
            evicted += m_map.remove(m_order.front()) ? 1 : 0;
            m_order.pop_front();
        }
        return evicted;
    }
    bool remove(const QString& key) { return m_map.remove(key); }
    template <typename Pred> void removeIf(Pred pred)
    {
        m_map.removeIf([&pred](typename QHash<QString, V>::iterator it) { return pred(it.value()); });
        // Keys removed from the map stay in the insertion order until they would be evicted; drop them once
        // they outnumber the live ones, so the order stays as bounded as the map.
        if (m_order.size() > 2 * size_t(m_map.size()) + 64) {
            std::deque<QString> live;
            for (QString& key : m_order) {
                if (m_map.contains(key))
                    live.push_back(std::move(key));
            }
            m_order.swap(live);
        }
    }
    qsizetype size() const { return m_map.size(); }
    void clear()
    {
        m_map.clear();
        m_order.clear();
    }
    QHash<QString, V>& map() { return m_map; }
    const QHash<QString, V>& map() const { return m_map; }

private:
    QHash<QString, V> m_map;
    std::deque<QString> m_order;
    qsizetype m_capacity;
};

} // namespace detail

// Short-lived provider state. Thread-safe. Memory is bounded: access tokens are self-contained JWTs (only
// revocations and what a refresh family or a replayed code must revoke are kept), expired entries are purged
// as new ones arrive, and each kind of entry has a cap beyond which the oldest is forgotten (a forgotten
// code, login, session or refresh token is refused as unknown, never accepted).
class GrantStore
{
public:
    // The caps. The defaults are far beyond what a test suite keeps open at once (oidc-provider's development
    // store keeps 1000 entries of all kinds together).
    struct Limits
    {
        qsizetype logins = 5000;
        qsizetype codes = 5000;
        qsizetype sessions = 5000;
        qsizetype refreshTokens = 20000;
        qsizetype devices = 1000;
        // Access tokens whose authorization request asked userinfo for claims by name (OIDC Core 5.5).
        qsizetype userinfoClaims = 5000;
        // Addresses whose wrong user codes are counted (userCodeRetryAfter).
        qsizetype userCodeAddresses = 1000;
        // Client assertion ids seen, until their assertions expire (useClientAssertion).
        qsizetype clientAssertions = 20000;
        qsizetype pushedRequests = 5000;
    };
    // Wrong user codes one address may enter per window (RFC 8628 5.1: a user code is short, so guessing
    // one must be slow): 10 a minute, as many as a person mistyping needs.
    static constexpr int kUserCodeAttempts = 10;
    static constexpr qint64 kUserCodeWindowSecs = 60;

    enum class Redemption { Ok, Unknown, Expired, Reused };
    enum class RefreshUse { Ok, Unknown, Expired, Revoked, Reused };
    enum class AccessTokenState { Active, Revoked, Unknown };

    GrantStore();
    explicit GrantStore(const Limits& limits);

    void addLogin(const LoginTransaction& login, qint64 now);
    std::optional<LoginTransaction> login(const QString& id, qint64 now) const;
    void removeLogin(const QString& id);

    void addPushedRequest(const QString& requestUri, const PushedRequest& request, qint64 now);
    // The pushed request, once: it is forgotten as it is taken (RFC 9126 4: a request_uri is used once). Only
    // by the client that pushed it, at its issuer: another one gets nothing and leaves it.
    std::optional<PushedRequest> takePushedRequest(
        const QString& requestUri, const QString& issuerId, const QString& clientId, qint64 now);

    void addCode(const QString& code, const AuthorizationCode& grant, qint64 now);
    // Marks the code used and returns it. A code presented twice comes back as Reused, with the tokens issued
    // from it, which this call revokes.
    Redemption redeemCode(const QString& code, qint64 now, AuthorizationCode* grant);
    // A code as it is, without using it (fault targeting).
    std::optional<AuthorizationCode> code(const QString& code) const;
    // The code most recently issued to the client (the authorize.code_replayed fault).
    QString lastCode(const QString& issuerId, const QString& clientId) const;
    void attachTokens(const QString& code, const QList<TokenRef>& tokens, const QString& refreshFamily = {});

    void addRefreshToken(const QString& token, const RefreshTokenRecord& record, qint64 now);
    std::optional<RefreshTokenRecord> refreshToken(const QString& token) const;
    // Uses a refresh token: with `rotate`, it is replaced (the caller issues the next one). A token that was
    // already replaced comes back as Reused, and its whole family is revoked.
    RefreshUse useRefreshToken(const QString& token, qint64 now, bool rotate, RefreshTokenRecord* record);
    // Revokes every refresh token of the family and every access token issued from it.
    void revokeFamily(const QString& familyId);

    // A new access token id ("jti"). It names this store's generation, which ends with the process or a
    // clear(): tokens from before are Unknown.
    QString newAccessTokenId() const;
    // Notes what an issued access token's revocation needs: its refresh token family (revoked with it) and
    // the claims its authorization request asked userinfo for. Tokens with neither leave no trace.
    void addAccessToken(
        const TokenRef& token, const QString& refreshFamily, const QJsonObject& userinfoClaims, qint64 now);
    AccessTokenState accessTokenState(const QString& jti) const;
    QJsonObject userinfoClaims(const QString& jti) const;
    // Revoked until it expires.
    void revokeAccessToken(const TokenRef& token);

    void addDevice(const QString& deviceCode, const DeviceAuthorization& device, qint64 now);
    // The pending device authorization with this user code (case and dashes ignored), and its device code.
    std::optional<std::pair<QString, DeviceAuthorization>> pendingDeviceByUserCode(
        const QString& userCode, qint64 now) const;
    void decideDevice(const QString& deviceCode, bool approved, const QString& subject, qint64 authTime);
    // Seconds until `from` may enter a user code again, 0 when it may now.
    qint64 userCodeRetryAfter(const QString& from, qint64 now) const;
    void addWrongUserCode(const QString& from, qint64 now);
    // RFC 7523 3: a client assertion's jti is taken once. False when this client used it before (and the
    // assertion, valid until expiresAt, has not expired since).
    bool useClientAssertion(const QString& clientId, const QString& jti, qint64 expiresAt, qint64 now);
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
    // Forgets everything: logins, pushed requests, codes, tokens, sessions, devices, consents (the control
    // API's reset); access tokens issued before are Unknown from now on.
    void clear();
    // Entries held, of every kind.
    qsizetype size() const;
    // Entries forgotten to stay within the limits, since the start.
    qsizetype evicted() const;

private:
    // The tokens of one refresh grant (RefreshTokenRecord::familyId).
    struct RefreshFamily
    {
        QStringList refreshTokens;
        QList<TokenRef> accessTokens;
    };
    struct UserinfoClaims
    {
        QJsonObject claims;
        qint64 expiresAt = 0;
    };
    // Wrong user codes from one address in the window that began at windowStart.
    struct UserCodeAttempts
    {
        qint64 windowStart = 0;
        int wrong = 0;
    };

    void maybePurge(qint64 now);
    void revokeFamilyLocked(const QString& familyId);
    void revokeLocked(const TokenRef& token);

    mutable QMutex m_mutex;
    QString m_generation;
    detail::CappedHash<LoginTransaction> m_logins;
    detail::CappedHash<PushedRequest> m_pushedRequests;
    detail::CappedHash<AuthorizationCode> m_codes;
    detail::CappedHash<RefreshTokenRecord> m_refreshTokens;
    detail::CappedHash<Session> m_sessions;
    detail::CappedHash<DeviceAuthorization> m_devices;
    detail::CappedHash<UserinfoClaims> m_userinfoClaims;
    detail::CappedHash<UserCodeAttempts> m_userCodeAttempts;
    // "client_id jti" -> the assertion's expiry.
    detail::CappedHash<qint64> m_clientAssertions;
    QHash<QString, RefreshFamily> m_families;
    // Revoked access tokens: jti -> expiry.
    QHash<QString, qint64> m_revokedAccessTokens;
    QHash<QString, QStringList> m_consents;
    QHash<QString, QString> m_lastCode;
    qint64 m_lastPurge = 0;
    qsizetype m_evicted = 0;
};

} // namespace provider
