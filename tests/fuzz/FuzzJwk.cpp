// libFuzzer: JWK and JWK Set parsing from JSON (JWKS documents of other providers, workspace keys) and public
// keys from PEM (the decoder's pasted keys).
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject json = QJsonDocument::fromJson(input).object();
    if (const auto key = jose::Jwk::fromJson(json)) {
        static_cast<void>(key->thumbprint());
        static_cast<void>(key->toPublicJson());
        static_cast<void>(key->verify(key->defaultAlgorithm(), "data", "signature"));
    }
    if (const auto set = jose::JwkSet::fromJson(json))
        static_cast<void>(set->candidates(QString(), jose::Algorithm::RS256));
    static_cast<void>(jose::Jwk::fromPem(input));
    return 0;
}
