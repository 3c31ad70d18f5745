#include "core/JsonWriter.h"

#include "core/Decimal.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace core {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// `utf8` with '"', '\\' and control characters escaped (RFC 8259 7).
void appendEscaped(QByteArray& out, const QByteArray& utf8)
{
    // Runs of characters that need no escape are copied whole.
    const char* const bytes = utf8.constData();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = uchar(bytes[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(bytes + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00").append(kHex[c >> 4]).append(kHex[c & 0xf]);
        }
    }
    out.append(bytes + runStart, utf8.size() - runStart);
}

} // namespace

void appendJsonString(QByteArray& out, QStringView text)
{
    out.append('"');
    // Text goes through UTF-8; a lone surrogate (no character, but a QString can hold one) is written as its
    // escape, as QJsonDocument writes it, so that the text reads back unchanged.
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (!QChar::isSurrogate(unit))
            continue;
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        appendEscaped(out, text.sliced(start, i - start).toUtf8());
        out.append("\\u")
            .append(kHex[unit >> 12])
            .append(kHex[(unit >> 8) & 0xf])
            .append(kHex[(unit >> 4) & 0xf])
            .append(kHex[unit & 0xf]);
        start = i + 1;
    }
    appendEscaped(out, text.sliced(start).toUtf8());
    out.append('"');
}

void JsonObjectWriter::beginMember(QStringView name)
{
    if (m_text.size() > 1)
        m_text.append(',');
    appendJsonString(m_text, name);
    m_text.append(':');
}

JsonObjectWriter& JsonObjectWriter::add(QStringView name, QStringView value)
{
    beginMember(name);
    appendJsonString(m_text, value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QStringView name, qint64 value)
{
    beginMember(name);
    appendDecimal(m_text, value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addValue(QStringView name, const QJsonValue& value)
{
    if (value.isString())
        return add(name, value.toString());
    beginMember(name);
    // Numbers, booleans, null, arrays and objects as QJsonDocument writes them: inside an array of one.
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    m_text.append(QByteArrayView(array).sliced(1, array.size() - 2));
    return *this;
}

QByteArray JsonObjectWriter::finish()
{
    m_text.append('}');
    return std::move(m_text);
}

} // namespace core
