#include "provider/GrantStore.h"

namespace provider {

namespace {

// Used codes are remembered this long past their expiry, to recognise a replay and revoke its tokens.
constexpr qint64 kUsedCodeMemorySecs = 600;

template <typename Map, typename Pred> void eraseIf(Map& map, Pred pred)
{
    for (auto it = map.begin(); it != map.end();) {
        if (pred(it.value()))
            it = map.erase(it);
        else
            ++it;
    }
}

} // namespace

void GrantStore::addLogin(const LoginTransaction& login, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_logins.insert(login.id, login);
}

std::optional<LoginTransaction> GrantStore::login(const QString& id, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_logins.constFind(id);
    if (it == m_logins.cend() || it->expiresAt <= now)
        return std::nullopt;
    return *it;
}

void GrantStore::removeLogin(const QString& id)
{
    QMutexLocker lock(&m_mutex);
    m_logins.remove(id);
}

void GrantStore::addCode(const QString& code, const AuthorizationCode& grant, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_codes.insert(code, grant);
    m_lastCode.insert(grant.issuerId + u'\n' + grant.clientId, code);
}

std::optional<AuthorizationCode> GrantStore::code(const QString& code) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_codes.constFind(code);
    return it == m_codes.cend() ? std::nullopt : std::optional(*it);
}

QString GrantStore::lastCode(const QString& issuerId, const QString& clientId) const
{
    QMutexLocker lock(&m_mutex);
    return m_lastCode.value(issuerId + u'\n' + clientId);
}

void GrantStore::clear()
{
    QMutexLocker lock(&m_mutex);
    m_logins.clear();
    m_codes.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
    m_sessions.clear();
    m_devices.clear();
    m_consents.clear();
    m_lastCode.clear();
}

GrantStore::Redemption GrantStore::redeemCode(const QString& code, qint64 now, AuthorizationCode* grant)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return Redemption::Unknown;
    *grant = *it;
    if (it->used) {
        for (const QString& jti : std::as_const(it->tokenIds)) {
            auto token = m_accessTokens.find(jti);
            if (token != m_accessTokens.end())
                token->revoked = true;
        }
        if (!it->refreshFamily.isEmpty())
            revokeFamilyLocked(it->refreshFamily);
        return Redemption::Reused;
    }
    if (it->expiresAt <= now)
        return Redemption::Expired;
    it->used = true;
    return Redemption::Ok;
}

void GrantStore::attachTokens(const QString& code, const QStringList& tokenIds, const QString& refreshFamily)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_codes.find(code);
    if (it == m_codes.end())
        return;
    it->tokenIds += tokenIds;
    if (!refreshFamily.isEmpty())
        it->refreshFamily = refreshFamily;
}

void GrantStore::addRefreshToken(const QString& token, const RefreshTokenRecord& record, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_refreshTokens.insert(token, record);
}

std::optional<RefreshTokenRecord> GrantStore::refreshToken(const QString& token) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.cend())
        return std::nullopt;
    return *it;
}

GrantStore::RefreshUse GrantStore::useRefreshToken(
    const QString& token, qint64 now, bool rotate, RefreshTokenRecord* record)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_refreshTokens.find(token);
    if (it == m_refreshTokens.end())
        return RefreshUse::Unknown;
    *record = *it;
    if (it->rotatedOut) {
        revokeFamilyLocked(it->familyId);
        return RefreshUse::Reused;
    }
    if (it->revoked)
        return RefreshUse::Revoked;
    if (it->expiresAt <= now)
        return RefreshUse::Expired;
    if (rotate)
        it->rotatedOut = true;
    return RefreshUse::Ok;
}

void GrantStore::revokeFamily(const QString& familyId)
{
    QMutexLocker lock(&m_mutex);
    revokeFamilyLocked(familyId);
}

void GrantStore::revokeFamilyLocked(const QString& familyId)
{
    for (auto& record : m_refreshTokens) {
        if (record.familyId == familyId)
            record.revoked = true;
    }
    for (auto& token : m_accessTokens) {
        if (token.refreshFamily == familyId)
            token.revoked = true;
    }
}

bool GrantStore::revokeAccessToken(const QString& jti)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_accessTokens.find(jti);
    if (it == m_accessTokens.end())
        return false;
    it->revoked = true;
    return true;
}

void GrantStore::addAccessToken(const AccessTokenRecord& token, qint64 now)
{
    QMutexLocker lock(&m_mutex);
    maybePurge(now);
    m_accessTokens.insert(token.jti, token);
}

std::optional<AccessTokenRecord> GrantStore::accessToken(const QString& jti) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_accessTokens.constFind(jti);
    if (it == m_accessTokens.cend())
        return std::nullopt;
    return *it;
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
    m_devices.insert(deviceCode, device);
}

std::optional<std::pair<QString, DeviceAuthorization>> GrantStore::pendingDeviceByUserCode(
    const QString& userCode, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const QString wanted = normalizedUserCode(userCode);
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        if (normalizedUserCode(it->userCode) == wanted && it->status == DeviceAuthorization::Status::Pending
            && it->expiresAt > now)
            return std::pair{it.key(), it.value()};
    }
    return std::nullopt;
}

void GrantStore::decideDevice(
    const QString& deviceCode, bool approved, const QString& subject, qint64 authTime)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_devices.find(deviceCode);
    if (it == m_devices.end() || it->status != DeviceAuthorization::Status::Pending)
        return;
    it->status = approved ? DeviceAuthorization::Status::Approved : DeviceAuthorization::Status::Denied;
    it->subject = subject;
    it->authTime = authTime;
}

GrantStore::DevicePoll GrantStore::pollDevice(
    const QString& deviceCode, qint64 now, DeviceAuthorization* device)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_devices.find(deviceCode);
    if (it == m_devices.end())
        return DevicePoll::Unknown;
    *device = *it;
    if (it->expiresAt <= now)
        return DevicePoll::Expired;
    switch (it->status) {
    case DeviceAuthorization::Status::Approved:
        m_devices.erase(it);
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
    m_sessions.insert(id, session);
}

std::optional<Session> GrantStore::session(const QString& id, qint64 now) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_sessions.constFind(id);
    if (it == m_sessions.cend() || it->expiresAt <= now)
        return std::nullopt;
    return *it;
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
    if (now - m_lastPurge < 1)
        return;
    m_lastPurge = now;
    eraseIf(m_logins, [now](const LoginTransaction& l) { return l.expiresAt <= now; });
    eraseIf(m_codes, [now](const AuthorizationCode& c) { return c.expiresAt + kUsedCodeMemorySecs <= now; });
    eraseIf(m_accessTokens, [now](const AccessTokenRecord& t) { return t.expiresAt <= now; });
    eraseIf(m_refreshTokens, [now](const RefreshTokenRecord& t) { return t.expiresAt <= now; });
    eraseIf(m_sessions, [now](const Session& s) { return s.expiresAt <= now; });
    // Expired device authorizations are kept a while so that late polls get expired_token, not invalid_grant.
    eraseIf(m_devices, [now](const DeviceAuthorization& d) { return d.expiresAt + 600 <= now; });
}

qsizetype GrantStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_logins.size() + m_codes.size() + m_accessTokens.size() + m_refreshTokens.size()
        + m_sessions.size() + m_devices.size();
}

} // namespace provider
