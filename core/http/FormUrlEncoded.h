#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace core {

// application/x-www-form-urlencoded data (also used for query strings), parsed the way browsers and OAuth
// clients produce it: '+' is a space and %XX a byte, decoded as UTF-8. QUrlQuery does not turn '+' into a
// space, so it must not be used for request bodies.
class FormData
{
public:
    using Pair = std::pair<QString, QString>;

    FormData() = default;
    explicit FormData(QList<Pair> pairs);

    // Rejects malformed percent escapes and invalid UTF-8 with a message in *error.
    static std::optional<FormData> parse(QByteArrayView encoded, QString* error = nullptr);

    bool contains(const QString& key) const;
    QString value(const QString& key) const;
    QStringList values(const QString& key) const;
    // Keys that occur more than once (RFC 6749 3.1: request parameters must not be repeated).
    QStringList repeatedKeys() const;
    const QList<Pair>& pairs() const { return m_pairs; }
    bool isEmpty() const { return m_pairs.isEmpty(); }

    void add(const QString& key, const QString& value);
    QByteArray encode() const;

    static QByteArray encodeComponent(const QString& value);
    static std::optional<QString> decodeComponent(QByteArrayView encoded, QString* error = nullptr);

private:
    QList<Pair> m_pairs;
};

} // namespace core
