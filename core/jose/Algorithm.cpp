#include "core/jose/Algorithm.h"

#include <array>

using namespace Qt::StringLiterals;

namespace jose {

namespace {

struct AlgorithmInfo
{
    Algorithm alg;
    const char16_t* name;
    AlgorithmFamily family;
    int hashBytes;
};

constexpr std::array<AlgorithmInfo, 14> kAlgorithms{{
    {Algorithm::None, u"none", AlgorithmFamily::None, 0},
    {Algorithm::HS256, u"HS256", AlgorithmFamily::Hmac, 32},
    {Algorithm::HS384, u"HS384", AlgorithmFamily::Hmac, 48},
    {Algorithm::HS512, u"HS512", AlgorithmFamily::Hmac, 64},
    {Algorithm::RS256, u"RS256", AlgorithmFamily::RsaPkcs1, 32},
    {Algorithm::RS384, u"RS384", AlgorithmFamily::RsaPkcs1, 48},
    {Algorithm::RS512, u"RS512", AlgorithmFamily::RsaPkcs1, 64},
    {Algorithm::PS256, u"PS256", AlgorithmFamily::RsaPss, 32},
    {Algorithm::PS384, u"PS384", AlgorithmFamily::RsaPss, 48},
    {Algorithm::PS512, u"PS512", AlgorithmFamily::RsaPss, 64},
    {Algorithm::ES256, u"ES256", AlgorithmFamily::Ecdsa, 32},
    {Algorithm::ES384, u"ES384", AlgorithmFamily::Ecdsa, 48},
    {Algorithm::ES512, u"ES512", AlgorithmFamily::Ecdsa, 64},
    {Algorithm::EdDSA, u"EdDSA", AlgorithmFamily::EdDsa, 64},
}};

const AlgorithmInfo* find(Algorithm alg)
{
    for (const auto& info : kAlgorithms) {
        if (info.alg == alg)
            return &info;
    }
    return nullptr;
}

} // namespace

QString algorithmName(Algorithm alg)
{
    const auto* info = find(alg);
    return info ? QString::fromUtf16(info->name) : QString();
}

Algorithm algorithmFromName(QStringView name)
{
    for (const auto& info : kAlgorithms) {
        if (name == QStringView(info.name))
            return info.alg;
    }
    return Algorithm::Invalid;
}

AlgorithmFamily algorithmFamily(Algorithm alg)
{
    const auto* info = find(alg);
    return info ? info->family : AlgorithmFamily::Invalid;
}

int algorithmHashBytes(Algorithm alg)
{
    const auto* info = find(alg);
    return info ? info->hashBytes : 0;
}

QStringList supportedAlgorithmNames()
{
    QStringList names;
    for (const auto& info : kAlgorithms) {
        if (info.family != AlgorithmFamily::None)
            names.append(QString::fromUtf16(info.name));
    }
    return names;
}

} // namespace jose
