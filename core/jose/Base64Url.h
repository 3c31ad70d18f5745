#pragma once

#include <QByteArray>
#include <optional>

namespace jose {

// RFC 7515 section 2: URL-safe alphabet, no padding.
QByteArray base64UrlEncode(QByteArrayView data);
// Strict: rejects non-canonical trailing bits, padding, whitespace and characters outside the URL-safe
// alphabet.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

} // namespace jose
