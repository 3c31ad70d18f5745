// libFuzzer: application/x-www-form-urlencoded bodies and query strings, as every endpoint reads them.
#include "core/http/FormUrlEncoded.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    if (const auto form = core::FormData::parse(input)) {
        // What parses encodes and parses back to the same pairs.
        const auto again = core::FormData::parse(form->encode());
        if (!again || again->pairs() != form->pairs())
            __builtin_trap();
    }
    return 0;
}
