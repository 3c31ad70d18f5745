// core::JsonObjectWriter: what it writes is what QJsonDocument reads back, member for member and in the
// order added, whatever the strings hold.
#include "core/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonWriter : public QObject
{
    Q_OBJECT

    static QJsonObject parsed(const QByteArray& text)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object (%s): %s", qPrintable(error.errorString()), text.constData());
        return doc.object();
    }

private slots:
    void stringsRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("empty") << QString();
        QTest::newRow("token") << u"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_"_s;
        QTest::newRow("quotes and backslashes") << u"say \"hi\" \\ C:\\path\\"_s;
        QTest::newRow("control characters") << u"a\nb\rc\td\be\ff\u0001g\u001fh"_s + QChar(0) + u"i"_s;
        QTest::newRow("non-ASCII") << u"Zoë Ångström 東京 \U0001F512 </script>"_s;
        QTest::newRow("solidus and DEL") << u"a/b\u007f"_s;
        // Not characters, but a QString holds them: escaped, as QJsonDocument does, they read back as they
        // were.
        QTest::newRow("lone surrogates") << QString(QChar(0xdf86)) + u"x"_s + QChar(0xd800);
    }
    void stringsRoundTrip()
    {
        QFETCH(QString, value);
        const QByteArray text = core::JsonObjectWriter().add(u"v", value).add(value, u"as a name").finish();
        const QJsonObject object = parsed(text);
        QCOMPARE(object.value(u"v"_s).toString(), value);
        QCOMPARE(object.value(value).toString(), u"as a name"_s);
        QVERIFY2(!text.contains('\n') && !text.contains('\r'), text.constData());
    }

    void membersInTheOrderAdded()
    {
        const QByteArray text = core::JsonObjectWriter()
                                    .add(u"token_type", u"Bearer")
                                    .add(u"expires_in", 3600)
                                    .add(u"access_token", u"abc")
                                    .finish();
        QCOMPARE(text, R"({"token_type":"Bearer","expires_in":3600,"access_token":"abc"})"_ba);
        QCOMPARE(core::JsonObjectWriter().finish(), "{}"_ba);
    }

    void numbersAndOtherValues()
    {
        const QJsonObject nested{{u"a"_s, QJsonArray{1, u"two"_s, true}}, {u"b"_s, QJsonValue::Null}};
        const QByteArray text = core::JsonObjectWriter()
                                    .add(u"min", std::numeric_limits<qint64>::min())
                                    .add(u"max", std::numeric_limits<qint64>::max())
                                    .add(u"negative", -42)
                                    .addValue(u"pi", 3.25)
                                    .addValue(u"yes", true)
                                    .addValue(u"null", QJsonValue::Null)
                                    .addValue(u"nested", nested)
                                    .addValue(u"string", u"via addValue"_s)
                                    .finish();
        QVERIFY2(text.startsWith(R"({"min":-9223372036854775808,"max":9223372036854775807,"negative":-42,)"),
            text.constData());
        const QJsonObject object = parsed(text);
        QCOMPARE(object.value(u"negative"_s).toInteger(), -42);
        QCOMPARE(object.value(u"pi"_s).toDouble(), 3.25);
        QCOMPARE(object.value(u"yes"_s), QJsonValue(true));
        QVERIFY(object.value(u"null"_s).isNull());
        QCOMPARE(object.value(u"nested"_s).toObject(), nested);
        QCOMPARE(object.value(u"string"_s).toString(), u"via addValue"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
