#include "provider/GrantStore.h"

#include "core/jose/Crypto.h"

namespace provider {

namespace {

// Used codes are remembered this long past their expiry, to recognise a replay and revoke its tokens.
constexpr qint64 kUsedCodeMemorySecs = 600;

QString newGeneration()
{
    return QString::fromLatin1(jose::randomToken(6));
}

} // namespace

GrantStore::GrantStore()
    : GrantStore(Limits())
{ }

GrantStore::GrantStore(const Limits& limits)
    : m_generation(newGeneration())
    , m_logins(limits.logins)
    , m_pushedRequests(limits.pushedRequests)
    , m_codes(limits.codes)
    , m_refreshTokens(limits.refreshTokens)
    , m_sessions(limits.sessions)
    , m_devices(limits.devices)
    , m_userinfoClaims(limits.userinfoClaims)
    , m_userCodeAttempts(limits.userCodeAddresses)
    , m_clientAssertions(limits.clientAssertions)
{ }

void GrantStore::addLogin(const LoginTransaction& login, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_evicted += m_logins.insert(login.id, login);
}

std::optional<LoginTransaction> GrantStore::login(const QString& id, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const LoginTransaction* found = m_logins.find(id);
    if (!found || found->expiresAt <= now)
        return std::nullopt;
    return *found;
}

void GrantStore::removeLogin(const QString& id)
{
    QMutexLocker lock(&m_mutex);
    m_logins.remove(id);
}

void GrantStore::addPushedRequest(const QString& requestUri, const PushedRequest& request, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_evicted += m_pushedRequests.insert(requestUri, request);
}

std::optional<PushedRequest> GrantStore::takePushedRequest(
    const QString& requestUri, const QString& issuerId, const QString& clientId, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    PushedRequest* found = m_pushedRequests.find(requestUri);
    if (!found || found->issuerId != issuerId || found->clientId != clientId)
        return std::nullopt;
    const PushedRequest request = std::move(*found);
    m_pushedRequests.remove(requestUri);
    if (request.expiresAt <= now)
        return std::nullopt;
    return request;
}

void GrantStore::addCode(const QString& code, const AuthorizationCode& grant, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_evicted += m_codes.insert(code, grant);
    m_lastCode.insert(grant.issuerId + u'\n' + grant.clientId, code);
}

std::optional<AuthorizationCode> GrantStore::code(const QString& code) const
{
    QMutexLocker lock(&m_mutex);
    const AuthorizationCode* found = m_codes.find(code);
    return found ? std::optional(*found) : std::nullopt;
}

QString GrantStore::lastCode(const QString& issuerId, const QString& clientId) const
{
    QMutexLocker lock(&m_mutex);
    return m_lastCode.value(issuerId + u'\n' + clientId);
}

void GrantStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_generation = newGeneration();
    m_logins.clear();
    m_pushedRequests.clear();
    m_codes.clear();
    m_refreshTokens.clear();
    m_sessions.clear();
    m_devices.clear();
    m_userinfoClaims.clear();
    m_userCodeAttempts.clear();
    m_clientAssertions.clear();
    m_families.clear();
    m_revokedAccessTokens.clear();
    m_consents.clear();
    m_lastCode.clear();
}

GrantStore::Redemption GrantStore::redeemCode(const QString& code, qint64 now, AuthorizationCode* grant)
{
    QMutexLocker lock(&m_mutex);
    AuthorizationCode* found = m_codes.find(code);
    if (!found)
        return Redemption::Unknown;
    *grant = *found;
    if (found->used) {
        for (const TokenRef& token : std::as_const(found->tokens))
            revokeLocked(token);
        if (!found->refreshFamily.isEmpty())
            revokeFamilyLocked(found->refreshFamily);
        return Redemption::Reused;
    }
    if (found->expiresAt <= now)
        return Redemption::Expired;
    // From now on only a replay can come: keep what recognising it needs, not the request's details.
    AuthorizationCode used;
    used.issuerId = found->issuerId;
    used.clientId = found->clientId;
    used.subject = found->subject;
    used.expiresAt = found->expiresAt;
    used.used = true;
    // Tokens issued with the code in the authorization response (hybrid flow) are revoked on a replay too.
    used.tokens = found->tokens;
    used.refreshFamily = found->refreshFamily;
    *found = std::move(used);
    return Redemption::Ok;
}

void GrantStore::attachTokens(
    const QString& code, const QList<TokenRef>& tokens, const QString& refreshFamily)
{
    QMutexLocker lock(&m_mutex);
    AuthorizationCode* found = m_codes.find(code);
    if (!found)
        return;
    found->tokens += tokens;
    if (!refreshFamily.isEmpty())
        found->refreshFamily = refreshFamily;
}

void GrantStore::addRefreshToken(const QString& token, const RefreshTokenRecord& record, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_evicted += m_refreshTokens.insert(token, record);
    m_families[record.familyId].refreshTokens.append(token);
}

std::optional<RefreshTokenRecord> GrantStore::refreshToken(const QString& token) const
{
    QMutexLocker lock(&m_mutex);
    const RefreshTokenRecord* found = m_refreshTokens.find(token);
    return found ? std::optional(*found) : std::nullopt;
}

GrantStore::RefreshUse GrantStore::useRefreshToken(
    const QString& token, qint64 now, bool rotate, RefreshTokenRecord* record)
{
    QMutexLocker lock(&m_mutex);
    RefreshTokenRecord* found = m_refreshTokens.find(token);
    if (!found)
        return RefreshUse::Unknown;
    *record = *found;
    if (found->rotatedOut) {
        revokeFamilyLocked(found->familyId);
        return RefreshUse::Reused;
    }
    if (found->revoked)
        return RefreshUse::Revoked;
    if (found->expiresAt <= now)
        return RefreshUse::Expired;
    if (rotate)
        found->rotatedOut = true;
    return RefreshUse::Ok;
}

void GrantStore::revokeFamily(const QString& familyId)
{
    QMutexLocker lock(&m_mutex);
    revokeFamilyLocked(familyId);
}

void GrantStore::revokeFamilyLocked(const QString& familyId)
{
    const auto family = m_families.constFind(familyId);
    if (family == m_families.cend())
        return;
    for (const QString& token : family->refreshTokens) {
        if (RefreshTokenRecord* record = m_refreshTokens.find(token))
            record->revoked = true;
    }
    for (const TokenRef& token : family->accessTokens)
        revokeLocked(token);
}

void GrantStore::revokeLocked(const TokenRef& token)
{
    m_revokedAccessTokens.insert(token.jti, token.expiresAt);
}

void GrantStore::revokeAccessToken(const TokenRef& token)
{
    QMutexLocker lock(&m_mutex);
    revokeLocked(token);
}

QString GrantStore::newAccessTokenId() const
{
    const QString random = QString::fromLatin1(jose::randomToken(16)); // outside the lock
    QMutexLocker lock(&m_mutex);
    return m_generation + random;
}

void GrantStore::addAccessToken(
    const TokenRef& token, const QString& refreshFamily, const QJsonObject& userinfoClaims, qint64 now)
{
    if (refreshFamily.isEmpty() && userinfoClaims.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    if (!refreshFamily.isEmpty()) {
        QList<TokenRef>& issued = m_families[refreshFamily].accessTokens;
        issued.removeIf([now](const TokenRef& t) { return t.expiresAt <= now; });
        issued.append(token);
    }
    if (!userinfoClaims.isEmpty())
        m_evicted += m_userinfoClaims.insert(token.jti, {userinfoClaims, token.expiresAt});
}

GrantStore::AccessTokenState GrantStore::accessTokenState(const QString& jti) const
{
    QMutexLocker lock(&m_mutex);
    if (!jti.startsWith(m_generation))
        return AccessTokenState::Unknown;
    return m_revokedAccessTokens.contains(jti) ? AccessTokenState::Revoked : AccessTokenState::Active;
}

QJsonObject GrantStore::userinfoClaims(const QString& jti) const
{
    QMutexLocker lock(&m_mutex);
    const UserinfoClaims* found = m_userinfoClaims.find(jti);
    return found ? found->claims : QJsonObject();
}

namespace {

QString normalizedUserCode(const QString& code)
{
    QString out;
    for (QChar c : code) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

} // namespace

void GrantStore::addDevice(const QString& deviceCode, const DeviceAuthorization& device, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_evicted += m_devices.insert(deviceCode, device);
}

std::optional<std::pair<QString, DeviceAuthorization>> GrantStore::pendingDeviceByUserCode(
    const QString& userCode, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const QString wanted = normalizedUserCode(userCode);
    for (auto it = m_devices.map().cbegin(); it != m_devices.map().cend(); ++it) {
        if (normalizedUserCode(it->userCode) == wanted && it->status == DeviceAuthorization::Status::Pending
            && it->expiresAt > now)
            return std::pair{it.key(), it.value()};
    }
    return std::nullopt;
}

qint64 GrantStore::userCodeRetryAfter(const QString& from, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const UserCodeAttempts* attempts = m_userCodeAttempts.find(from);
    if (!attempts || attempts->wrong < kUserCodeAttempts)
        return 0;
    return std::max<qint64>(0, attempts->windowStart + kUserCodeWindowSecs - now);
}

void GrantStore::addWrongUserCode(const QString& from, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    UserCodeAttempts* attempts = m_userCodeAttempts.find(from);
    if (attempts && attempts->windowStart + kUserCodeWindowSecs > now) {
        ++attempts->wrong;
        return;
    }
    m_evicted += m_userCodeAttempts.insert(from, {now, 1});
}

bool GrantStore::useClientAssertion(const QString& clientId, const QString& jti, qint64 expiresAt, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    const QString key = clientId + u' ' + jti;
    if (const qint64* seen = m_clientAssertions.find(key); seen && *seen > now)
        return false;
    m_evicted += m_clientAssertions.insert(key, expiresAt);
    return true;
}

void GrantStore::decideDevice(
    const QString& deviceCode, bool approved, const QString& subject, qint64 authTime)
{
    QMutexLocker lock(&m_mutex);
    DeviceAuthorization* it = m_devices.find(deviceCode);
    if (!it || it->status != DeviceAuthorization::Status::Pending)
        return;
    it->status = approved ? DeviceAuthorization::Status::Approved : DeviceAuthorization::Status::Denied;
    it->subject = subject;
    it->authTime = authTime;
}

GrantStore::DevicePoll GrantStore::pollDevice(
    const QString& deviceCode, qint64 now, DeviceAuthorization* device)
{
    QMutexLocker lock(&m_mutex);
    DeviceAuthorization* it = m_devices.find(deviceCode);
    if (!it)
        return DevicePoll::Unknown;
    *device = *it;
    if (it->expiresAt <= now)
        return DevicePoll::Expired;
    switch (it->status) {
    case DeviceAuthorization::Status::Approved:
        m_devices.remove(deviceCode);
        return DevicePoll::Approved;
    case DeviceAuthorization::Status::Denied:
        return DevicePoll::Denied;
    case DeviceAuthorization::Status::Pending:
        break;
    }
    const bool tooSoon = it->lastPoll != 0 && now - it->lastPoll < it->interval;
    it->lastPoll = now;
    if (tooSoon) {
        it->interval += 5; // RFC 8628 3.5
        return DevicePoll::SlowDown;
    }
    return DevicePoll::Pending;
}

void GrantStore::addSession(const QString& id, const Session& session, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_evicted += m_sessions.insert(id, session);
}

std::optional<Session> GrantStore::session(const QString& id, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const Session* found = m_sessions.find(id);
    if (!found || found->expiresAt <= now)
        return std::nullopt;
    return *found;
}

void GrantStore::removeSession(const QString& id)
{
    QMutexLocker lock(&m_mutex);
    m_sessions.remove(id);
}

namespace {

QString consentKey(const QString& issuerId, const QString& subject, const QString& clientId)
{
    return issuerId + u'\n' + subject + u'\n' + clientId;
}

} // namespace

QStringList GrantStore::consentedScopes(
    const QString& issuerId, const QString& subject, const QString& clientId) const
{
    QMutexLocker lock(&m_mutex);
    return m_consents.value(consentKey(issuerId, subject, clientId));
}

void GrantStore::addConsent(
    const QString& issuerId, const QString& subject, const QString& clientId, const QStringList& scopes)
{
    QMutexLocker lock(&m_mutex);
    QStringList& granted = m_consents[consentKey(issuerId, subject, clientId)];
    for (const QString& scope : scopes) {
        if (!granted.contains(scope))
            granted.append(scope);
    }
}

void GrantStore::purgeExpired(qint64 now)
{
    QMutexLocker lock(&m_mutex);
    m_lastPurge = 0;
    maybePurge(now);
}

void GrantStore::maybePurge(qint64 now)
{
    // At most once a second, counted on whatever time the clock now shows: moved back (time control), it
    // purges from there on, instead of not until it has caught up again.
    if (now >= m_lastPurge && now - m_lastPurge < 1)
        return;
    m_lastPurge = now;
    m_logins.removeIf([now](const LoginTransaction& l) { return l.expiresAt <= now; });
    m_pushedRequests.removeIf([now](const PushedRequest& r) { return r.expiresAt <= now; });
    m_codes.removeIf([now](const AuthorizationCode& c) { return c.expiresAt + kUsedCodeMemorySecs <= now; });
    m_refreshTokens.removeIf([now](const RefreshTokenRecord& t) { return t.expiresAt <= now; });
    m_sessions.removeIf([now](const Session& s) { return s.expiresAt <= now; });
    // Expired device authorizations are kept a while so that late polls get expired_token, not invalid_grant.
    m_devices.removeIf([now](const DeviceAuthorization& d) { return d.expiresAt + 600 <= now; });
    m_userinfoClaims.removeIf([now](const UserinfoClaims& c) { return c.expiresAt <= now; });
    m_userCodeAttempts.removeIf(
        [now](const UserCodeAttempts& a) { return a.windowStart + kUserCodeWindowSecs <= now; });
    m_revokedAccessTokens.removeIf([now](QHash<QString, qint64>::iterator it) { return it.value() <= now; });
    m_clientAssertions.removeIf([now](qint64 expiresAt) { return expiresAt <= now; });
    // A family lasts as long as one of its refresh tokens: without one, nothing can use or revoke it.
    m_families.removeIf([this, now](QHash<QString, RefreshFamily>::iterator it) {
        it->refreshTokens.removeIf([this](const QString& token) { return !m_refreshTokens.find(token); });
        it->accessTokens.removeIf([now](const TokenRef& t) { return t.expiresAt <= now; });
        return it->refreshTokens.isEmpty();
    });
}

qsizetype GrantStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_logins.size() + m_pushedRequests.size() + m_codes.size() + m_refreshTokens.size()
        + m_sessions.size() + m_devices.size() + m_userinfoClaims.size() + m_userCodeAttempts.size()
        + m_clientAssertions.size() + m_families.size() + m_revokedAccessTokens.size();
}

qsizetype GrantStore::evicted() const
{
    QMutexLocker lock(&m_mutex);
    return m_evicted;
}

} // namespace provider
