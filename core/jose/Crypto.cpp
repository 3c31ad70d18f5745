#include "core/jose/Crypto.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"

#include <QtGlobal>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace jose {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed: refusing to continue without secure randomness");
    return out;
}

void endThread()
{
    releaseThreadSigners();
    OPENSSL_thread_stop();
}

QByteArray randomToken(int bytes)
{
    return base64UrlEncode(randomBytes(bytes));
}

namespace {

// The SHA-2 digests, each looked up once for the process: with EVP_sha256() and its kind OpenSSL 3 looks the
// implementation up again at every use, most of the cost of hashing a short secret. (Kept until exit, and
// still reachable then.) The legacy handle if the lookup fails.
const EVP_MD* shaDigest(int digestBytes)
{
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD* const sha384 = EVP_MD_fetch(nullptr, "SHA384", nullptr);
    static EVP_MD* const sha512 = EVP_MD_fetch(nullptr, "SHA512", nullptr);
    if (digestBytes == 64)
        return sha512 ? sha512 : EVP_sha512();
    if (digestBytes == 48)
        return sha384 ? sha384 : EVP_sha384();
    return sha256 ? sha256 : EVP_sha256();
}

} // namespace

QByteArray sha(int digestBytes, QByteArrayView data)
{
    const EVP_MD* md = shaDigest(digestBytes);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), out, &len, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char*>(out), int(len));
}

QByteArray sha256(QByteArrayView data)
{
    return sha(32, data);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Comparing fixed-size digests hides the lengths as well as the position of the first difference.
    const QByteArray da = sha256(a);
    const QByteArray db = sha256(b);
    const bool sameDigest = CRYPTO_memcmp(da.constData(), db.constData(), size_t(da.size())) == 0;
    return sameDigest && a.size() == b.size();
}

} // namespace jose
