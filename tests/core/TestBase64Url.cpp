#include "core/jose/Base64Url.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("one byte") << "f"_ba
                                  << "Zg"_ba;
        QTest::newRow("two bytes") << "fo"_ba
                                   << "Zm8"_ba;
        QTest::newRow("three bytes") << "foo"_ba
                                     << "Zm9v"_ba;
        // RFC 7515 appendix C: bytes 3, 236, 255, 224, 193 encode as A-z_4ME.
        QTest::newRow("rfc7515 appendix C") << QByteArray("\x03\xec\xff\xe0\xc1", 5) << "A-z_4ME"_ba;
    }
    void roundTrip()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(jose::base64UrlEncode(raw), encoded);
        const auto decoded = jose::base64UrlDecode(encoded);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, raw);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("padding") << "Zg=="_ba;
        QTest::newRow("standard alphabet plus") << "A+z/4ME"_ba;
        QTest::newRow("whitespace") << "Zm9 v"_ba;
        QTest::newRow("impossible length") << "Zm9vY"_ba;
        QTest::newRow("non-zero trailing bits") << "Zh"_ba;
        QTest::newRow("binary") << QByteArray("Zm\x00v", 4);
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, input);
        QVERIFY(!jose::base64UrlDecode(input).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
