#pragma once

#include <QByteArray>
#include <charconv>

namespace core {

// Appends `number` in decimal, a non-negative one zero-padded to `width` digits. std::to_chars: no locale and
// no format string, for text written on every request (QByteArray::number and snprintf cost several times
// as much).
inline void appendDecimal(QByteArray& out, qint64 number, int width = 1)
{
    char digits[24];
    const char* end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    for (qsizetype pad = width - (end - digits); pad > 0; --pad)
        out.append('0');
    out.append(digits, end - digits);
}

} // namespace core
