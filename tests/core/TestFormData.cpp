#include "core/http/FormUrlEncoded.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestFormData : public QObject
{
    Q_OBJECT

private slots:
    void plusIsSpace()
    {
        // The reason this class exists: QUrlQuery keeps '+' literally.
        const auto form = core::FormData::parse("scope=openid+email&state=a%2Bb");
        QVERIFY(form);
        QCOMPARE(form->value(u"scope"_s), u"openid email"_s);
        QCOMPARE(form->value(u"state"_s), u"a+b"_s);
    }

    void utf8AndEmptyValues()
    {
        const auto form = core::FormData::parse("name=J%C3%BCrgen&flag&empty=&&x=1");
        QVERIFY(form);
        QCOMPARE(form->value(u"name"_s), u"J\u00fcrgen"_s);
        QVERIFY(form->contains(u"flag"_s));
        QCOMPARE(form->value(u"flag"_s), QString());
        QVERIFY(form->contains(u"empty"_s));
        QCOMPARE(form->value(u"x"_s), u"1"_s);
        QCOMPARE(form->pairs().size(), 4);
    }

    void repeatedKeys()
    {
        const auto form = core::FormData::parse("a=1&b=2&a=3&c=4&b=5&a=6");
        QVERIFY(form);
        QCOMPARE(form->repeatedKeys(), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(form->values(u"a"_s), (QStringList{u"1"_s, u"3"_s, u"6"_s}));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("truncated escape") << "a=%4"_ba;
        QTest::newRow("non-hex escape") << "a=%zz"_ba;
        QTest::newRow("escape at end") << "a=%"_ba;
        QTest::newRow("invalid utf-8") << "a=%C3%28"_ba;
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, input);
        QString error;
        QVERIFY(!core::FormData::parse(input, &error));
        QVERIFY(!error.isEmpty());
    }

    void encodeRoundTrip()
    {
        core::FormData form;
        form.add(u"redirect_uri"_s, u"http://127.0.0.1:3000/cb?x=1&y=2"_s);
        form.add(u"scope"_s, u"openid email"_s);
        form.add(u"name"_s, u"\u00e9t\u00e9"_s);
        const QByteArray encoded = form.encode();
        QCOMPARE(encoded,
            "redirect_uri=http%3A%2F%2F127.0.0.1%3A3000%2Fcb%3Fx%3D1%26y%3D2&scope=openid+email&name=%C3%A9t%C3%A9"_ba);
        const auto back = core::FormData::parse(encoded);
        QVERIFY(back);
        QCOMPARE(back->pairs(), form.pairs());
    }
};

QTEST_GUILESS_MAIN(TestFormData)
#include "TestFormData.moc"
