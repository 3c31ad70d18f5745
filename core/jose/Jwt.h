#pragma once

#include "core/jose/Algorithm.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace jose {

// JWT claim helpers (RFC 7519). Signing and verifying is Jws's job; this is about the claims set.
namespace jwt {

QByteArray encodeClaims(const QJsonObject& claims);
// The payload must be a JSON object (RFC 7519 7.2 step 10).
std::optional<QJsonObject> decodeClaims(QByteArrayView payload, QString* error = nullptr);

// at_hash / c_hash (OIDC Core 3.1.3.6, 3.3.2.11): base64url of the left half of the hash of the ASCII value,
// with the hash that goes with the ID token's alg.
QString halfHash(Algorithm alg, QByteArrayView value);

// The "aud" claim as a list, whether it is a string or an array.
QStringList audiences(const QJsonObject& claims);

} // namespace jwt
} // namespace jose
