#include "core/jose/JwtChecks.h"

#include <algorithm>

namespace jose::jwt {

std::optional<qint64> numericDate(const QJsonObject& claims, QStringView name)
{
    const QJsonValue value = claims.value(name);
    return value.isDouble() ? std::optional(qint64(value.toDouble())) : std::nullopt;
}

TimeCheck checkExpiry(const QJsonObject& claims, qint64 now, qint64 leeway)
{
    const auto value = numericDate(claims, u"exp");
    if (!value)
        return {claims.contains(u"exp") ? TimeCheck::Verdict::NotANumber : TimeCheck::Verdict::Absent, 0};
    return {*value + leeway <= now ? TimeCheck::Verdict::Expired : TimeCheck::Verdict::Ok, *value};
}

TimeCheck checkNotAhead(const QJsonObject& claims, QStringView name, qint64 now, qint64 leeway)
{
    const auto value = numericDate(claims, name);
    if (!value)
        return {claims.contains(name) ? TimeCheck::Verdict::NotANumber : TimeCheck::Verdict::Absent, 0};
    return {*value - leeway > now ? TimeCheck::Verdict::NotYetValid : TimeCheck::Verdict::Ok, *value};
}

std::optional<Jwk> verifyingKey(const Jws& jws, const QList<Jwk>& keys)
{
    QList<const Jwk*> ordered;
    for (const Jwk& key : keys)
        ordered.append(&key);
    std::stable_partition(
        ordered.begin(), ordered.end(), [&](const Jwk* key) { return key->kid() == jws.kid(); });
    const auto it
        = std::find_if(ordered.cbegin(), ordered.cend(), [&](const Jwk* key) { return jws.verify(*key); });
    return it == ordered.cend() ? std::nullopt : std::optional<Jwk>(**it);
}

} // namespace jose::jwt
