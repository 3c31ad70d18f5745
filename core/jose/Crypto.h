#pragma once

#include <QByteArray>

namespace jose {

// Cryptographically secure random bytes from OpenSSL's DRBG. Aborts the process if the DRBG fails, since
// continuing would hand out guessable codes and tokens.
QByteArray randomBytes(int count);
// base64url of `bytes` random bytes: codes, state, nonces, CSRF tokens.
QByteArray randomToken(int bytes = 32);

QByteArray sha256(QByteArrayView data);
QByteArray sha(int digestBytes, QByteArrayView data);

// Frees OpenSSL's state of the calling thread (its random generators above all, and the signing contexts
// Jwk::sign keeps). Call it last in a thread
// that ends before the process does: OpenSSL's own clean-up at thread exit now and then leaves them behind
// (LeakSanitizer, openssl/openssl#31375).
void endThread();

// Compares secrets in time independent of where they differ (and of their lengths).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace jose
