#include "core/http/FormUrlEncoded.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace core {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::optional<QString> decode(QByteArrayView in, QString* error)
{
    QByteArray bytes;
    bytes.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            const int hi = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
            const int lo = i + 2 < in.size() ? hexValue(in[i + 2]) : -1;
            if (hi < 0 || lo < 0) {
                if (error)
                    *error = u"malformed percent-encoding at byte %1"_s.arg(i);
                return std::nullopt;
            }
            bytes.append(char(hi * 16 + lo));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        if (error)
            *error = u"parameter is not valid UTF-8"_s;
        return std::nullopt;
    }
    return text;
}

} // namespace

FormData::FormData(QList<Pair> pairs)
    : m_pairs(std::move(pairs))
{ }

std::optional<FormData> FormData::parse(QByteArrayView encoded, QString* error)
{
    FormData form;
    qsizetype start = 0;
    while (start <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', start);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView field = encoded.sliced(start, end - start);
        if (!field.isEmpty()) {
            const qsizetype eq = field.indexOf('=');
            const QByteArrayView rawKey = eq < 0 ? field : field.first(eq);
            const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : field.sliced(eq + 1);
            auto key = decode(rawKey, error);
            if (!key)
                return std::nullopt;
            auto value = decode(rawValue, error);
            if (!value)
                return std::nullopt;
            form.m_pairs.append({*key, *value});
        }
        start = end + 1;
    }
    return form;
}

bool FormData::contains(const QString& key) const
{
    for (const auto& pair : m_pairs) {
        if (pair.first == key)
            return true;
    }
    return false;
}

QString FormData::value(const QString& key) const
{
    for (const auto& pair : m_pairs) {
        if (pair.first == key)
            return pair.second;
    }
    return {};
}

QStringList FormData::values(const QString& key) const
{
    QStringList out;
    for (const auto& pair : m_pairs) {
        if (pair.first == key)
            out.append(pair.second);
    }
    return out;
}

QStringList FormData::repeatedKeys() const
{
    QStringList seen;
    QStringList repeated;
    for (const auto& pair : m_pairs) {
        if (seen.contains(pair.first)) {
            if (!repeated.contains(pair.first))
                repeated.append(pair.first);
        } else {
            seen.append(pair.first);
        }
    }
    return repeated;
}

void FormData::add(const QString& key, const QString& value)
{
    m_pairs.append({key, value});
}

QByteArray FormData::encodeComponent(const QString& value)
{
    // Unreserved characters stay; space becomes '+', everything else is percent-encoded.
    QByteArray out = value.toUtf8().toPercentEncoding(" ");
    out.replace(' ', '+');
    return out;
}

std::optional<QString> FormData::decodeComponent(QByteArrayView encoded, QString* error)
{
    return decode(encoded, error);
}

QByteArray FormData::encode() const
{
    QByteArray out;
    for (const auto& pair : m_pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(encodeComponent(pair.first));
        out.append('=');
        out.append(encodeComponent(pair.second));
    }
    return out;
}

} // namespace core
