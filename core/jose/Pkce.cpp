#include "core/jose/Pkce.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"

using namespace Qt::StringLiterals;

namespace jose::pkce {

bool isWellFormed(QByteArrayView value)
{
    if (value.size() < 43 || value.size() > 128)
        return false;
    for (char c : value) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
        if (!ok)
            return false;
    }
    return true;
}

QByteArray generateVerifier()
{
    return randomToken(32); // 43 characters, 256 bits
}

QByteArray s256Challenge(QByteArrayView verifier)
{
    return base64UrlEncode(sha256(verifier));
}

bool verify(const QString& method, QByteArrayView verifier, QByteArrayView challenge)
{
    if (!isWellFormed(verifier))
        return false;
    if (method == u"S256"_s)
        return constantTimeEquals(s256Challenge(verifier), challenge);
    if (method == u"plain"_s)
        return constantTimeEquals(verifier, challenge);
    return false;
}

} // namespace jose::pkce
