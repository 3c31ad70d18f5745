#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>
#include <type_traits>

namespace core {

// A JSON object (RFC 8259) written out as its members are added, compact, in the order they are added: for
// the few small documents made on every request (a token response, a JWS header). QJsonObject first builds
// a sorted tree and then writes it out, several times the work for a document written once and never read.
// Each name is to be added once; anything but a string or an integer goes through QJsonDocument.
class JsonObjectWriter
{
public:
    JsonObjectWriter& add(QStringView name, QStringView value);
    JsonObjectWriter& add(QStringView name, qint64 value);
    // Not a number: addValue(name, QJsonValue(value)).
    template <typename T, std::enable_if_t<std::is_same_v<T, bool>, int> = 0>
    JsonObjectWriter& add(QStringView name, T value) = delete;
    JsonObjectWriter& addValue(QStringView name, const QJsonValue& value);
    // The object's text; the writer is left empty.
    QByteArray finish();

private:
    void beginMember(QStringView name);

    QByteArray m_text = QByteArray("{", 1);
};

// Appends `text` as a JSON string: quoted, with '"', '\' and control characters escaped, in UTF-8 (a lone
// surrogate escaped as \uXXXX).
void appendJsonString(QByteArray& out, QStringView text);

} // namespace core
