#pragma once

#include "core/jose/OpenSsl.h"

#include <algorithm>
#include <vector>

namespace jose {

// Signing contexts set up once per thread, key and algorithm, and copied for each signature: setting one up
// (EVP_DigestSignInit looks up the digest and the signature implementation, OpenSSL 3) costs several times
// what the copy does, and a provider signs every token with the same few keys. Per thread, since a context
// is not to be shared between threads; a few per thread, the least recently used making way (each holds its
// key).
class SignerCache
{
    using MdCtxPtr = ossl::MdCtxPtr;

public:
    // A fresh context ready to sign with `pkey` and `alg`, or null.
    MdCtxPtr readyFor(const std::shared_ptr<EVP_PKEY>& pkey, Algorithm alg)
    {
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
            [&](const Entry& entry) { return entry.pkey == pkey && entry.alg == alg; });
        if (it == m_entries.end()) {
            MdCtxPtr ready = ossl::newSigner(pkey.get(), alg);
            if (!ready)
                return ready;
            if (m_entries.size() == kMaxEntries)
                m_entries.erase(m_entries.begin());
            m_entries.push_back({pkey, alg, std::move(ready)});
        } else {
            std::rotate(it, it + 1, m_entries.end()); // the most recently used last
        }
        MdCtxPtr copy(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        if (!copy || EVP_MD_CTX_copy_ex(copy.get(), m_entries.back().ctx.get()) != 1)
            return MdCtxPtr(nullptr, EVP_MD_CTX_free);
        return copy;
    }

    void clear() { m_entries.clear(); }

private:
    struct Entry
    {
        std::shared_ptr<EVP_PKEY> pkey;
        Algorithm alg;
        MdCtxPtr ctx;
    };
    static constexpr size_t kMaxEntries = 8;
    std::vector<Entry> m_entries;
};

// The calling thread's signing contexts (releaseThreadSigners() frees them).
SignerCache& threadSigners();

} // namespace jose
