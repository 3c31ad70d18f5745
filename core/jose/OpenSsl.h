#pragma once

#include "core/jose/Algorithm.h"

#include <QByteArray>
#include <QString>
#include <QStringView>
#include <array>
#include <memory>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

// OpenSSL 3 helpers of core/jose: owning pointers, big numbers, curves, digests and signing contexts. Not for
// use outside core/jose: the rest of the program sees Jwk, Jws and Crypto.h only.
namespace jose::ossl {

struct CurveInfo
{
    const char16_t* jwkName;
    const char* opensslName;
    int coordinateBytes;
    Algorithm alg;
};

inline constexpr std::array<CurveInfo, 3> kCurves{{
    {u"P-256", "prime256v1", 32, Algorithm::ES256},
    {u"P-384", "secp384r1", 48, Algorithm::ES384},
    {u"P-521", "secp521r1", 66, Algorithm::ES512},
}};

inline const CurveInfo* curveByName(QStringView name)
{
    for (const auto& c : kCurves) {
        if (name == QStringView(c.jwkName))
            return &c;
    }
    return nullptr;
}

using BnPtr = std::unique_ptr<BIGNUM, decltype(&BN_free)>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)>;
using ParamsPtr = std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)>;
using PkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, decltype(&ECDSA_SIG_free)>;

inline std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY* pkey)
{
    return pkey ? std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free) : nullptr;
}

inline BnPtr toBn(const QByteArray& bytes)
{
    return BnPtr(
        BN_bin2bn(reinterpret_cast<const unsigned char*>(bytes.constData()), int(bytes.size()), nullptr),
        BN_free);
}

inline QByteArray fromBn(const BIGNUM* bn, int padTo = 0)
{
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn);
    QByteArray out(size, Qt::Uninitialized);
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char*>(out.data()), size) < 0)
        return {};
    return out;
}

inline QByteArray bnParam(EVP_PKEY* pkey, const char* name, int padTo = 0)
{
    BIGNUM* bn = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &bn) != 1 || !bn)
        return {};
    BnPtr owned(bn, BN_free);
    return fromBn(bn, padTo);
}

inline const EVP_MD* digestFor(Algorithm alg)
{
    switch (algorithmHashBytes(alg)) {
    case 32:
        return EVP_sha256();
    case 48:
        return EVP_sha384();
    case 64:
        return EVP_sha512();
    default:
        return nullptr;
    }
}

// A signing context set up for `pkey` and `alg`, or null.
inline MdCtxPtr newSigner(EVP_PKEY* pkey, Algorithm alg)
{
    MdCtxPtr ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    EVP_PKEY_CTX* pctx = nullptr;
    const AlgorithmFamily family = algorithmFamily(alg);
    const EVP_MD* md = family == AlgorithmFamily::EdDsa ? nullptr : digestFor(alg);
    if (!ctx || EVP_DigestSignInit(ctx.get(), &pctx, md, nullptr, pkey) != 1)
        return MdCtxPtr(nullptr, EVP_MD_CTX_free);
    if (family == AlgorithmFamily::RsaPss
        && (EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) != 1
            || EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) != 1))
        return MdCtxPtr(nullptr, EVP_MD_CTX_free);
    return ctx;
}

inline bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

inline std::shared_ptr<EVP_PKEY> fromData(
    const char* type, OSSL_PARAM_BLD* bld, int selection, QString* error)
{
    ParamsPtr params(OSSL_PARAM_BLD_to_param(bld), OSSL_PARAM_free);
    PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY* pkey = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, selection, params.get()) != 1) {
        fail(error, QStringLiteral("OpenSSL rejected the %1 key parameters").arg(QLatin1StringView(type)));
        return nullptr;
    }
    return adopt(pkey);
}

} // namespace jose::ossl
