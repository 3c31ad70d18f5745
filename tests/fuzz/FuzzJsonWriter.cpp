// libFuzzer: core::JsonObjectWriter against QJsonDocument. Any text, as a member's name and as its value,
// written by the writer reads back (QJsonDocument's parser) as what QJsonDocument itself writes for it
// reads back; the input is taken both as UTF-8 and as raw UTF-16 code units (lone surrogates included).
#include "core/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

void check(const QString& text)
{
    // Two names that never collide: the writer is to be given each name once.
    const QString name = u"k"_s + text;
    const QByteArray ours = core::JsonObjectWriter().add(u"v", text).add(name, qint64(text.size())).finish();
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(ours, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        __builtin_trap();
    const QJsonObject expected{{u"v"_s, text}, {name, qint64(text.size())}};
    const QJsonObject theirs = QJsonDocument::fromJson(QJsonDocument(expected).toJson()).object();
    if (parsed.object() != theirs)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    check(QString::fromUtf8(input));
    QString units(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(units.data(), data, size / 2 * 2);
    check(units);
    return 0;
}
