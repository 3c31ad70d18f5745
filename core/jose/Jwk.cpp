#include "core/jose/Jwk.h"

#include "core/jose/Base64Url.h"
#include "core/jose/Crypto.h"
#include "core/jose/OpenSsl.h"
#include "core/jose/SignerCache.h"

#include <QJsonArray>
#include <algorithm>
#include <array>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace jose {

using namespace ossl;

namespace {

// Reads a base64url member; `present` tells whether it was there at all.
std::optional<QByteArray> member(const QJsonObject& json, const char16_t* name, bool required, QString* error)
{
    const QString key = QString::fromUtf16(name);
    const QJsonValue value = json.value(key);
    if (value.isUndefined()) {
        if (required)
            fail(error, u"JWK is missing the \"%1\" member"_s.arg(key));
        return required ? std::nullopt : std::optional<QByteArray>(QByteArray());
    }
    if (!value.isString()) {
        fail(error, u"JWK member \"%1\" must be a string"_s.arg(key));
        return std::nullopt;
    }
    auto bytes = base64UrlDecode(value.toString().toLatin1());
    if (!bytes || bytes->isEmpty()) {
        fail(error, u"JWK member \"%1\" is not valid base64url"_s.arg(key));
        return std::nullopt;
    }
    return bytes;
}

} // namespace

QString Jwk::typeName() const
{
    switch (m_type) {
    case KeyType::RSA:
        return u"RSA"_s;
    case KeyType::EC:
        return u"EC"_s;
    case KeyType::OKP:
        return u"OKP"_s;
    case KeyType::Oct:
        return u"oct"_s;
    }
    return {};
}

std::optional<Jwk> Jwk::fromJson(const QJsonObject& json, QString* error)
{
    Jwk key;
    for (const char16_t* name : {u"kid", u"use", u"alg"}) {
        const QJsonValue v = json.value(QString::fromUtf16(name));
        if (!v.isUndefined() && !v.isString()) {
            fail(error, u"JWK member \"%1\" must be a string"_s.arg(QString::fromUtf16(name)));
            return std::nullopt;
        }
    }
    key.m_kid = json.value(u"kid"_s).toString();
    key.m_use = json.value(u"use"_s).toString();
    key.m_alg = json.value(u"alg"_s).toString();

    const QString kty = json.value(u"kty"_s).toString();
    if (kty == u"RSA"_s) {
        key.m_type = KeyType::RSA;
        auto n = member(json, u"n", true, error);
        auto e = n ? member(json, u"e", true, error) : std::nullopt;
        auto d = e ? member(json, u"d", false, error) : std::nullopt;
        if (!d)
            return std::nullopt;
        ParamBldPtr bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
        std::vector<BnPtr> keep;
        auto push = [&](const char* param, const QByteArray& bytes) {
            keep.push_back(toBn(bytes));
            OSSL_PARAM_BLD_push_BN(bld.get(), param, keep.back().get());
        };
        push(OSSL_PKEY_PARAM_RSA_N, *n);
        push(OSSL_PKEY_PARAM_RSA_E, *e);
        key.m_private = !d->isEmpty();
        if (key.m_private) {
            push(OSSL_PKEY_PARAM_RSA_D, *d);
            // The CRT members come all together or not at all (RFC 7518 6.3.2).
            static constexpr std::array<std::pair<const char16_t*, const char*>, 5> crt{{
                {u"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
                {u"q", OSSL_PKEY_PARAM_RSA_FACTOR2},
                {u"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
                {u"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2},
                {u"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1},
            }};
            std::vector<QByteArray> values;
            for (const auto& [name, param] : crt) {
                auto v = member(json, name, false, error);
                if (!v)
                    return std::nullopt;
                values.push_back(*v);
            }
            const auto present
                = std::count_if(values.begin(), values.end(), [](auto& v) { return !v.isEmpty(); });
            if (present != 0 && present != 5) {
                fail(error, u"RSA JWK must have all of p, q, dp, dq and qi, or none"_s);
                return std::nullopt;
            }
            if (present == 5) {
                for (size_t i = 0; i < crt.size(); ++i)
                    push(crt[i].second, values[i]);
            }
        }
        key.m_pkey
            = fromData("RSA", bld.get(), key.m_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, error);
        if (!key.m_pkey)
            return std::nullopt;
    } else if (kty == u"EC"_s) {
        key.m_type = KeyType::EC;
        key.m_curve = json.value(u"crv"_s).toString();
        const CurveInfo* curve = curveByName(key.m_curve);
        if (!curve) {
            fail(error,
                u"unsupported EC curve \"%1\" (P-256, P-384 and P-521 are supported)"_s.arg(key.m_curve));
            return std::nullopt;
        }
        auto x = member(json, u"x", true, error);
        auto y = x ? member(json, u"y", true, error) : std::nullopt;
        auto d = y ? member(json, u"d", false, error) : std::nullopt;
        if (!d)
            return std::nullopt;
        const int len = curve->coordinateBytes;
        if (x->size() != len || y->size() != len || (!d->isEmpty() && d->size() != len)) {
            fail(error, u"EC JWK coordinates for %1 must be %2 bytes long"_s.arg(key.m_curve).arg(len));
            return std::nullopt;
        }
        key.m_private = !d->isEmpty();
        const QByteArray point = QByteArray(1, '\x04') + *x + *y;
        ParamBldPtr bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve->opensslName, 0);
        OSSL_PARAM_BLD_push_octet_string(
            bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(), size_t(point.size()));
        BnPtr priv = toBn(*d);
        if (key.m_private)
            OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, priv.get());
        key.m_pkey = fromData("EC", bld.get(), key.m_private ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, error);
        if (!key.m_pkey)
            return std::nullopt;
        PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, key.m_pkey.get(), nullptr), EVP_PKEY_CTX_free);
        if (!check || EVP_PKEY_public_check(check.get()) != 1
            || (key.m_private && EVP_PKEY_pairwise_check(check.get()) != 1)) {
            fail(error, u"EC JWK is not a valid point (or private key) on %1"_s.arg(key.m_curve));
            return std::nullopt;
        }
    } else if (kty == u"OKP"_s) {
        key.m_type = KeyType::OKP;
        key.m_curve = json.value(u"crv"_s).toString();
        if (key.m_curve != u"Ed25519"_s) {
            fail(error, u"unsupported OKP curve \"%1\" (Ed25519 is supported)"_s.arg(key.m_curve));
            return std::nullopt;
        }
        auto x = member(json, u"x", true, error);
        auto d = x ? member(json, u"d", false, error) : std::nullopt;
        if (!d)
            return std::nullopt;
        if (x->size() != 32 || (!d->isEmpty() && d->size() != 32)) {
            fail(error, u"Ed25519 JWK members must be 32 bytes long"_s);
            return std::nullopt;
        }
        key.m_private = !d->isEmpty();
        const auto* raw
            = reinterpret_cast<const unsigned char*>(key.m_private ? d->constData() : x->constData());
        key.m_pkey = adopt(key.m_private ? EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, raw, 32)
                                         : EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, raw, 32));
        if (!key.m_pkey) {
            fail(error, u"OpenSSL rejected the Ed25519 key"_s);
            return std::nullopt;
        }
        if (key.m_private && key.toPublicJson().value(u"x"_s).toString().toLatin1() != base64UrlEncode(*x)) {
            fail(error, u"Ed25519 JWK: \"x\" is not the public key of \"d\""_s);
            return std::nullopt;
        }
    } else if (kty == u"oct"_s) {
        key.m_type = KeyType::Oct;
        auto k = member(json, u"k", true, error);
        if (!k)
            return std::nullopt;
        key.m_secret = *k;
        key.m_private = true;
    } else {
        fail(error, kty.isEmpty() ? u"JWK has no \"kty\""_s : u"unsupported key type \"%1\""_s.arg(kty));
        return std::nullopt;
    }
    return key;
}

std::optional<Jwk> Jwk::fromPem(const QByteArray& pem, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<Jwk> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.constData(), int(pem.size())), BIO_free);
    std::shared_ptr<EVP_PKEY> pkey;
    bool withPrivate = false;
    if (pem.contains("-----BEGIN CERTIFICATE-----")) {
        std::unique_ptr<X509, decltype(&X509_free)> cert(
            PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), X509_free);
        if (cert)
            pkey = adopt(X509_get_pubkey(cert.get()));
    } else if (pem.contains("-----BEGIN PUBLIC KEY-----")) {
        pkey = adopt(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    } else if (pem.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        return fail(u"the private key is encrypted: give it unencrypted (openssl pkey -in key.pem)"_s);
    } else if (pem.contains("PRIVATE KEY-----")) {
        // PKCS #8 or the traditional RSA/EC forms, read from their own block only (`openssl ecparam -genkey`
        // writes an EC PARAMETERS block first, which OpenSSL's decoder may take for the key). Never a
        // passphrase prompt: a key that needs one fails.
        const qsizetype begin = pem.lastIndexOf("-----BEGIN ", pem.indexOf("PRIVATE KEY-----"));
        const qsizetype end = pem.indexOf("-----END ", begin);
        const qsizetype close = end < 0 ? -1 : pem.indexOf("-----", end + 9);
        if (begin < 0 || close < 0)
            return fail(u"the PEM private key has no END line"_s);
        const QByteArray block = pem.mid(begin, close + 5 - begin) + '\n';
        bio.reset(BIO_new_mem_buf(block.constData(), int(block.size())));
        pem_password_cb* noPassphrase = [](char*, int, int, void*) { return -1; };
        pkey = adopt(PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
        withPrivate = true;
    } else {
        return fail(
            u"not a PEM public key, private key or certificate (-----BEGIN PUBLIC KEY-----, PRIVATE KEY "
            u"or CERTIFICATE)"_s);
    }
    if (!pkey)
        return fail(u"the PEM block could not be read"_s);
    Jwk key;
    key.m_pkey = pkey;
    key.m_private = withPrivate;
    if (EVP_PKEY_is_a(pkey.get(), "RSA")) {
        key.m_type = KeyType::RSA;
    } else if (EVP_PKEY_is_a(pkey.get(), "ED25519")) {
        key.m_type = KeyType::OKP;
        key.m_curve = u"Ed25519"_s;
    } else if (EVP_PKEY_is_a(pkey.get(), "EC")) {
        char group[64] = {};
        size_t length = 0;
        EVP_PKEY_get_utf8_string_param(pkey.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &length);
        const auto curve = std::find_if(kCurves.cbegin(), kCurves.cend(),
            [&](const CurveInfo& c) { return qstrcmp(c.opensslName, group) == 0; });
        if (curve == kCurves.cend())
            return fail(u"EC curve %1 is not one of P-256, P-384, P-521"_s.arg(QString::fromLatin1(group)));
        key.m_type = KeyType::EC;
        key.m_curve = QString::fromUtf16(curve->jwkName);
    } else {
        return fail(u"only RSA, EC and Ed25519 keys are supported"_s);
    }
    // Through the JWK form once, so the key is held exactly as a parsed JWK would be (size checks included).
    // No kid: a PEM key does not name itself, so it stands for whichever kid a token names.
    return fromJson(withPrivate ? key.toJson() : key.toPublicJson(), error);
}

QByteArray Jwk::toPem(bool withPrivate) const
{
    if (!m_pkey || (withPrivate && !m_private))
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
    const int written = withPrivate
        ? PEM_write_bio_PrivateKey(bio.get(), m_pkey.get(), nullptr, nullptr, 0, nullptr, nullptr)
        : PEM_write_bio_PUBKEY(bio.get(), m_pkey.get());
    if (written != 1)
        return {};
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(size));
}

Jwk Jwk::generateRsa(int bits)
{
    Jwk key;
    key.m_type = KeyType::RSA;
    key.m_private = true;
    key.m_pkey = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
    key.m_kid = key.thumbprint();
    return key;
}

Jwk Jwk::generateEc(const QString& curveName)
{
    const CurveInfo* curve = curveByName(curveName);
    Q_ASSERT(curve);
    Jwk key;
    key.m_type = KeyType::EC;
    key.m_curve = curveName;
    key.m_private = true;
    key.m_pkey = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve->opensslName));
    key.m_kid = key.thumbprint();
    return key;
}

Jwk Jwk::generateEd25519()
{
    Jwk key;
    key.m_type = KeyType::OKP;
    key.m_curve = u"Ed25519"_s;
    key.m_private = true;
    key.m_pkey = adopt(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    key.m_kid = key.thumbprint();
    return key;
}

Jwk Jwk::fromSecret(const QByteArray& secret)
{
    Jwk key;
    key.m_type = KeyType::Oct;
    key.m_private = true;
    key.m_secret = secret;
    return key;
}

QJsonObject Jwk::toPublicJson() const
{
    QJsonObject json;
    json.insert(u"kty"_s, typeName());
    auto put = [&json](const char16_t* name, const QByteArray& bytes) {
        json.insert(QString::fromUtf16(name), QString::fromLatin1(base64UrlEncode(bytes)));
    };
    switch (m_type) {
    case KeyType::RSA:
        put(u"n", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_N));
        put(u"e", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_E));
        break;
    case KeyType::EC: {
        const int len = curveByName(m_curve)->coordinateBytes;
        json.insert(u"crv"_s, m_curve);
        put(u"x", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, len));
        put(u"y", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, len));
        break;
    }
    case KeyType::OKP: {
        QByteArray raw(32, Qt::Uninitialized);
        size_t len = 32;
        EVP_PKEY_get_raw_public_key(m_pkey.get(), reinterpret_cast<unsigned char*>(raw.data()), &len);
        json.insert(u"crv"_s, m_curve);
        put(u"x", raw.left(int(len)));
        break;
    }
    case KeyType::Oct:
        // A symmetric key has no public part.
        break;
    }
    if (!m_kid.isEmpty())
        json.insert(u"kid"_s, m_kid);
    if (!m_use.isEmpty())
        json.insert(u"use"_s, m_use);
    if (!m_alg.isEmpty())
        json.insert(u"alg"_s, m_alg);
    return json;
}

QJsonObject Jwk::toJson() const
{
    QJsonObject json = toPublicJson();
    if (!m_private)
        return json;
    auto put = [&json](const char16_t* name, const QByteArray& bytes) {
        if (!bytes.isEmpty())
            json.insert(QString::fromUtf16(name), QString::fromLatin1(base64UrlEncode(bytes)));
    };
    switch (m_type) {
    case KeyType::RSA:
        put(u"d", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_D));
        put(u"p", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR1));
        put(u"q", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR2));
        put(u"dp", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1));
        put(u"dq", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2));
        put(u"qi", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1));
        break;
    case KeyType::EC:
        put(u"d", bnParam(m_pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY, curveByName(m_curve)->coordinateBytes));
        break;
    case KeyType::OKP: {
        QByteArray raw(32, Qt::Uninitialized);
        size_t len = 32;
        EVP_PKEY_get_raw_private_key(m_pkey.get(), reinterpret_cast<unsigned char*>(raw.data()), &len);
        put(u"d", raw.left(int(len)));
        break;
    }
    case KeyType::Oct:
        put(u"k", m_secret);
        break;
    }
    return json;
}

QString Jwk::thumbprint() const
{
    // RFC 7638 section 3.2: required members only, lexicographic order, no white space.
    const QJsonObject pub = m_type == KeyType::Oct ? toJson() : toPublicJson();
    QStringList members;
    switch (m_type) {
    case KeyType::RSA:
        members = {u"e"_s, u"kty"_s, u"n"_s};
        break;
    case KeyType::EC:
        members = {u"crv"_s, u"kty"_s, u"x"_s, u"y"_s};
        break;
    case KeyType::OKP:
        members = {u"crv"_s, u"kty"_s, u"x"_s};
        break;
    case KeyType::Oct:
        members = {u"k"_s, u"kty"_s};
        break;
    }
    QString canonical = u"{"_s;
    for (const QString& name : members) {
        if (canonical.size() > 1)
            canonical += u',';
        canonical += u'"' + name + u"\":\""_s + pub.value(name).toString() + u'"';
    }
    canonical += u'}';
    return QString::fromLatin1(base64UrlEncode(sha256(canonical.toUtf8())));
}

bool Jwk::supports(Algorithm alg, QString* why) const
{
    const QString name = algorithmName(alg);
    if (!m_alg.isEmpty() && m_alg != name)
        return fail(why, u"the key is meant for %1, not %2"_s.arg(m_alg, name));
    if (m_use == u"enc"_s)
        return fail(why, u"the key is marked for encryption (use=enc)"_s);
    switch (algorithmFamily(alg)) {
    case AlgorithmFamily::Hmac:
        if (m_type != KeyType::Oct)
            return fail(why, u"%1 needs a symmetric (oct) key"_s.arg(name));
        if (m_secret.size() < algorithmHashBytes(alg))
            return fail(why,
                u"%1 needs a secret of at least %2 bytes (RFC 7518 3.2), this one has %3"_s.arg(name)
                    .arg(algorithmHashBytes(alg))
                    .arg(m_secret.size()));
        return true;
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        if (m_type != KeyType::RSA)
            return fail(why, u"%1 needs an RSA key"_s.arg(name));
        if (EVP_PKEY_get_bits(m_pkey.get()) < 2048)
            return fail(why, u"RSA keys must be at least 2048 bits (RFC 7518 3.3)"_s);
        return true;
    case AlgorithmFamily::Ecdsa: {
        const CurveInfo* curve = curveByName(m_curve);
        if (m_type != KeyType::EC || !curve || curve->alg != alg)
            return fail(why, u"%1 needs an EC key on its own curve"_s.arg(name));
        return true;
    }
    case AlgorithmFamily::EdDsa:
        if (m_type != KeyType::OKP)
            return fail(why, u"EdDSA needs an Ed25519 (OKP) key"_s);
        return true;
    case AlgorithmFamily::None:
        return fail(why, u"\"none\" is not a signature algorithm"_s);
    case AlgorithmFamily::Invalid:
        break;
    }
    return fail(why, u"unknown algorithm"_s);
}

Algorithm Jwk::defaultAlgorithm() const
{
    if (!m_alg.isEmpty())
        return algorithmFromName(m_alg);
    switch (m_type) {
    case KeyType::RSA:
        return Algorithm::RS256;
    case KeyType::EC: {
        const CurveInfo* curve = curveByName(m_curve);
        return curve ? curve->alg : Algorithm::Invalid;
    }
    case KeyType::OKP:
        return Algorithm::EdDSA;
    case KeyType::Oct:
        return Algorithm::HS256;
    }
    return Algorithm::Invalid;
}

std::optional<QByteArray> Jwk::sign(Algorithm alg, QByteArrayView data, QString* error) const
{
    if (!supports(alg, error))
        return std::nullopt;
    if (!m_private) {
        fail(error, u"the key has no private part"_s);
        return std::nullopt;
    }
    const AlgorithmFamily family = algorithmFamily(alg);
    if (family == AlgorithmFamily::Hmac) {
        const char* digest = algorithmHashBytes(alg) == 64 ? "SHA512"
            : algorithmHashBytes(alg) == 48                ? "SHA384"
                                                           : "SHA256";
        unsigned char out[EVP_MAX_MD_SIZE];
        size_t len = 0;
        if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digest, nullptr, m_secret.constData(),
                size_t(m_secret.size()), reinterpret_cast<const unsigned char*>(data.data()),
                size_t(data.size()), out, sizeof out, &len)) {
            fail(error, u"HMAC failed"_s);
            return std::nullopt;
        }
        return QByteArray(reinterpret_cast<const char*>(out), int(len));
    }

    const MdCtxPtr ctx = threadSigners().readyFor(m_pkey, alg);
    if (!ctx) {
        fail(error, u"could not initialise the signer"_s);
        return std::nullopt;
    }
    size_t len = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(data.data());
    if (EVP_DigestSign(ctx.get(), nullptr, &len, in, size_t(data.size())) != 1) {
        fail(error, u"signing failed"_s);
        return std::nullopt;
    }
    QByteArray sig(int(len), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len, in, size_t(data.size()))
        != 1) {
        fail(error, u"signing failed"_s);
        return std::nullopt;
    }
    sig.truncate(int(len));
    if (family != AlgorithmFamily::Ecdsa)
        return sig;

    // JWS wants R || S, each left-padded to the curve size, not OpenSSL's DER (RFC 7518 3.4).
    const auto* der = reinterpret_cast<const unsigned char*>(sig.constData());
    EcdsaSigPtr ecdsa(d2i_ECDSA_SIG(nullptr, &der, long(sig.size())), ECDSA_SIG_free);
    if (!ecdsa) {
        fail(error, u"signing failed"_s);
        return std::nullopt;
    }
    const int n = curveByName(m_curve)->coordinateBytes;
    return fromBn(ECDSA_SIG_get0_r(ecdsa.get()), n) + fromBn(ECDSA_SIG_get0_s(ecdsa.get()), n);
}

bool Jwk::verify(Algorithm alg, QByteArrayView data, QByteArrayView signature, QString* error) const
{
    if (!supports(alg, error))
        return false;
    const AlgorithmFamily family = algorithmFamily(alg);
    if (family == AlgorithmFamily::Hmac) {
        auto expected = sign(alg, data, error);
        if (!expected)
            return false;
        return constantTimeEquals(*expected, signature) || fail(error, u"signature does not match"_s);
    }

    QByteArray sig(signature.data(), signature.size());
    if (family == AlgorithmFamily::Ecdsa) {
        const int n = curveByName(m_curve)->coordinateBytes;
        if (sig.size() != 2 * n)
            return fail(error,
                u"%1 signature must be %2 bytes, got %3"_s.arg(algorithmName(alg))
                    .arg(2 * n)
                    .arg(sig.size()));
        EcdsaSigPtr ecdsa(ECDSA_SIG_new(), ECDSA_SIG_free);
        BIGNUM* r = toBn(sig.left(n)).release();
        BIGNUM* s = toBn(sig.mid(n)).release();
        ECDSA_SIG_set0(ecdsa.get(), r, s);
        unsigned char* der = nullptr;
        const int derLen = i2d_ECDSA_SIG(ecdsa.get(), &der);
        if (derLen <= 0)
            return fail(error, u"malformed ECDSA signature"_s);
        sig = QByteArray(reinterpret_cast<const char*>(der), derLen);
        OPENSSL_free(der);
    }

    MdCtxPtr ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX* pctx = nullptr;
    const EVP_MD* md = family == AlgorithmFamily::EdDsa ? nullptr : digestFor(alg);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), &pctx, md, nullptr, m_pkey.get()) != 1)
        return fail(error, u"could not initialise the verifier"_s);
    if (family == AlgorithmFamily::RsaPss) {
        EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST);
    }
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(sig.constData()),
        size_t(sig.size()), reinterpret_cast<const unsigned char*>(data.data()), size_t(data.size()));
    return rc == 1 || fail(error, u"signature does not match"_s);
}

} // namespace jose
