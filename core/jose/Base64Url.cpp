#include "core/jose/Base64Url.h"

namespace jose {

QByteArray base64UrlEncode(QByteArrayView data)
{
    return QByteArray::fromRawData(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    // A length of 1 mod 4 can never come from encoding whole bytes.
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '_';
        if (!ok)
            return std::nullopt;
    }
    auto result = QByteArray::fromBase64Encoding(QByteArray(text.data(), text.size()),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    // Canonical form only: trailing bits that the decoder would drop must be zero (RFC 4648 3.5).
    if (!result || base64UrlEncode(result.decoded) != text)
        return std::nullopt;
    return std::move(result.decoded);
}

} // namespace jose
