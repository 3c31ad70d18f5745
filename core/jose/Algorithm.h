#pragma once

#include <QString>
#include <QStringList>

namespace jose {

// JWS algorithms (RFC 7518 section 3, RFC 8037 for EdDSA). None is parsed only so it can be refused.
enum class Algorithm {
    Invalid,
    None,
    HS256,
    HS384,
    HS512,
    RS256,
    RS384,
    RS512,
    PS256,
    PS384,
    PS512,
    ES256,
    ES384,
    ES512,
    EdDSA,
};

enum class AlgorithmFamily { Invalid, None, Hmac, RsaPkcs1, RsaPss, Ecdsa, EdDsa };

QString algorithmName(Algorithm alg);
Algorithm algorithmFromName(QStringView name);
AlgorithmFamily algorithmFamily(Algorithm alg);
// Digest size in bytes for the SHA-2 variant the algorithm uses (EdDSA: 64, the SHA-512 of Ed25519).
int algorithmHashBytes(Algorithm alg);
// Every algorithm this library can sign and verify with.
QStringList supportedAlgorithmNames();

} // namespace jose
