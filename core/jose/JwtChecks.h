#pragma once

#include "core/jose/Jwk.h"
#include "core/jose/Jws.h"

#include <QJsonObject>
#include <optional>

// The checks every JWT the program verifies goes through, the provider's (client assertions, request
// objects, its own tokens coming back) and the client's (TokenValidator) alike: which key verifies the
// signature, and how the time claims stand against the clock. Each caller phrases the verdict for its reader.
namespace jose::jwt {

// A NumericDate claim (RFC 7519 2), if present and a number.
std::optional<qint64> numericDate(const QJsonObject& claims, QStringView name);

struct TimeCheck
{
    enum class Verdict {
        Absent,
        NotANumber,
        Ok,
        // exp + leeway is not after now.
        Expired,
        // nbf (or iat) - leeway is after now.
        NotYetValid,
    };
    Verdict verdict = Verdict::Absent;
    // The claim's value, when it is a number.
    qint64 value = 0;

    bool ok() const { return verdict == Verdict::Ok; }
};
// exp against now.
TimeCheck checkExpiry(const QJsonObject& claims, qint64 now, qint64 leeway = 0);
// A claim that must not be ahead of now: nbf, or iat.
TimeCheck checkNotAhead(const QJsonObject& claims, QStringView name, qint64 now, qint64 leeway = 0);

// The key of `keys` that verifies the token's signature, trying first those whose kid is the token's (keys
// without a kid fit any); std::nullopt when none does. `keys` are the caller's candidates for the token's
// algorithm. A copy (keys share their OpenSSL key): nothing points into the caller's list.
std::optional<Jwk> verifyingKey(const Jws& jws, const QList<Jwk>& keys);

} // namespace jose::jwt
