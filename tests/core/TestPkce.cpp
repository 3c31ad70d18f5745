#include "core/jose/Pkce.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void rfc7636AppendixB()
    {
        const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        QCOMPARE(jose::pkce::s256Challenge(verifier), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba);
        QVERIFY(jose::pkce::verify(u"S256"_s, verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(!jose::pkce::verify(u"S256"_s, verifier, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cN"));
    }

    void plainMethod()
    {
        const QByteArray verifier = jose::pkce::generateVerifier();
        QVERIFY(jose::pkce::verify(u"plain"_s, verifier, verifier));
        QVERIFY(!jose::pkce::verify(u"plain"_s, verifier, jose::pkce::s256Challenge(verifier)));
        QVERIFY(!jose::pkce::verify(u"S512"_s, verifier, verifier));
    }

    void verifierSyntax_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("43 chars") << QByteArray(43, 'a') << true;
        QTest::newRow("128 chars") << QByteArray(128, '~') << true;
        QTest::newRow("42 chars") << QByteArray(42, 'a') << false;
        QTest::newRow("129 chars") << QByteArray(129, 'a') << false;
        QTest::newRow("bad char") << (QByteArray(42, 'a') + '+') << false;
    }
    void verifierSyntax()
    {
        QFETCH(QByteArray, verifier);
        QFETCH(bool, wellFormed);
        QCOMPARE(jose::pkce::isWellFormed(verifier), wellFormed);
    }

    void generatedVerifiersDiffer()
    {
        const QByteArray a = jose::pkce::generateVerifier();
        QVERIFY(jose::pkce::isWellFormed(a));
        QVERIFY(a != jose::pkce::generateVerifier());
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "TestPkce.moc"
