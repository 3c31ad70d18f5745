#include "core/jose/SignerCache.h"

#include "core/jose/Jwk.h"

namespace jose {

namespace {

thread_local SignerCache t_signers;

} // namespace

SignerCache& threadSigners()
{
    return t_signers;
}

void releaseThreadSigners()
{
    t_signers.clear();
}

} // namespace jose
