// libFuzzer: compact JWS parsing and JWT claims decoding (tokens pasted into the decoder, presented to
// userinfo, sent as id_token_hint).
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto jws = jose::Jws::parse(input)) {
        static_cast<void>(jws->kid());
        static_cast<void>(jose::jwt::decodeClaims(jws->payload()));
    }
    return 0;
}
