#pragma once

#include <QByteArray>
#include <QString>

namespace jose {

// RFC 7636.
namespace pkce {

// 43 to 128 characters of [A-Z a-z 0-9 - . _ ~] (section 4.1); challenges have the same syntax.
bool isWellFormed(QByteArrayView verifierOrChallenge);
QByteArray generateVerifier();
// BASE64URL(SHA256(ASCII(code_verifier))), section 4.2.
QByteArray s256Challenge(QByteArrayView verifier);
// method is "S256" or "plain"; anything else fails. Constant-time comparison.
bool verify(const QString& method, QByteArrayView verifier, QByteArrayView challenge);

} // namespace pkce
} // namespace jose
