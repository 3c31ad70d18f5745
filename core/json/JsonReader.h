#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace core {

using namespace Qt::StringLiterals;

// Reads members of JSON objects with type checks; the first problem is kept, with where it was found. One
// reader for every file the program reads: the workspace, fault rules, client profiles.
class JsonReader
{
public:
    // How a member is named in messages: by its JSON path ("issuers[0].port: must be ..."), or quoted
    // ("\"port\" must be ...").
    enum class Style { Path, Quoted };

    explicit JsonReader(QString* error, Style style = Style::Path)
        : m_error(error)
        , m_style(style)
    { }

    bool ok() const { return m_ok; }

    void fail(const QString& path, const QString& message)
    {
        if (m_ok && m_error)
            *m_error = path.isEmpty()      ? message
                : m_style == Style::Quoted ? QString(u'"' + path + u"\" "_s + message)
                                           : QString(path + u": "_s + message);
        m_ok = false;
    }

    QString string(
        const QJsonObject& o, const QString& path, const QString& key, const QString& fallback = {})
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isString())
            fail(join(path, key), u"must be a string"_s);
        return v.toString();
    }

    QString requiredString(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QString s = string(o, path, key);
        if (s.isEmpty())
            fail(join(path, key), u"is required and must be a non-empty string"_s);
        return s;
    }

    bool boolean(const QJsonObject& o, const QString& path, const QString& key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isBool())
            fail(join(path, key), u"must be true or false"_s);
        return v.toBool();
    }

    int integer(const QJsonObject& o, const QString& path, const QString& key, int fallback, int min, int max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)) || d < min || d > max) {
            fail(join(path, key), u"must be a whole number from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    QStringList strings(
        const QJsonObject& o, const QString& path, const QString& key, const QStringList& fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isArray()) {
            fail(join(path, key), u"must be an array of strings"_s);
            return fallback;
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString())
                fail(u"%1[%2]"_s.arg(join(path, key)).arg(i), u"must be a string"_s);
            out.append(array.at(i).toString());
        }
        return out;
    }

    // A narrowing of `known` ("what" names one of them in errors): empty when absent, which means all of
    // them; given, at least one, each one of `known`.
    QStringList subset(const QJsonObject& o, const QString& path, const QString& key,
        const QStringList& known, const QString& what)
    {
        if (!o.contains(key))
            return {};
        const QStringList values = strings(o, path, key, {});
        if (values.isEmpty())
            fail(join(path, key), u"needs at least one %1 (leave it out for all of them)"_s.arg(what));
        for (const QString& value : values) {
            if (!known.contains(value))
                fail(join(path, key),
                    u"unknown %1 \"%2\" (one of %3)"_s.arg(what, value, known.join(u", "_s)));
        }
        return values;
    }

    QJsonObject object(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(join(path, key), u"must be an object"_s);
        return v.toObject();
    }

    // An array of anything (its elements checked by the caller).
    QJsonArray array(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            fail(join(path, key), u"must be an array"_s);
        return v.toArray();
    }

    QJsonArray objects(const QJsonObject& o, const QString& path, const QString& key)
    {
        const QJsonArray items = array(o, path, key);
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isObject())
                fail(u"%1[%2]"_s.arg(join(path, key)).arg(i), u"must be an object"_s);
        }
        return items;
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    // A number from min to max.
    double number(const QJsonObject& o, const QString& path, const QString& key, double fallback, double min,
        double max)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return fallback;
        if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
            fail(join(path, key), u"must be a number from %1 to %2"_s.arg(min).arg(max));
            return fallback;
        }
        return v.toDouble();
    }

    // "line L, column C" of an offset into a JSON text (a QJsonParseError's).
    static QString lineColumn(const QByteArray& text, qsizetype offset);

private:
    QString* m_error;
    Style m_style;
    bool m_ok = true;
};

} // namespace core
