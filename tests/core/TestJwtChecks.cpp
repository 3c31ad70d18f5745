#include "core/jose/Jwt.h"
#include "core/jose/JwtChecks.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Verdict = jose::jwt::TimeCheck::Verdict;

// The JWT checks the provider and the client share (core/jose/JwtChecks.h).
class TestJwtChecks : public QObject
{
    Q_OBJECT

private slots:
    void expiry_data()
    {
        QTest::addColumn<QJsonObject>("claims");
        QTest::addColumn<qint64>("leeway");
        QTest::addColumn<int>("verdict");
        QTest::newRow("absent") << QJsonObject{} << qint64(0) << int(Verdict::Absent);
        QTest::newRow("not a number")
            << QJsonObject{{u"exp"_s, u"soon"_s}} << qint64(0) << int(Verdict::NotANumber);
        QTest::newRow("ahead") << QJsonObject{{u"exp"_s, 1001}} << qint64(0) << int(Verdict::Ok);
        QTest::newRow("now is too late")
            << QJsonObject{{u"exp"_s, 1000}} << qint64(0) << int(Verdict::Expired);
        QTest::newRow("within the leeway") << QJsonObject{{u"exp"_s, 990}} << qint64(30) << int(Verdict::Ok);
        QTest::newRow("past the leeway")
            << QJsonObject{{u"exp"_s, 960}} << qint64(30) << int(Verdict::Expired);
    }
    void expiry()
    {
        QFETCH(QJsonObject, claims);
        QFETCH(qint64, leeway);
        QFETCH(int, verdict);
        QCOMPARE(int(jose::jwt::checkExpiry(claims, 1000, leeway).verdict), verdict);
    }

    void notAhead()
    {
        const QJsonObject claims{{u"nbf"_s, 1010}, {u"iat"_s, 990}, {u"odd"_s, true}};
        QCOMPARE(jose::jwt::checkNotAhead(claims, u"nbf", 1000).verdict, Verdict::NotYetValid);
        QCOMPARE(jose::jwt::checkNotAhead(claims, u"nbf", 1000, 10).verdict, Verdict::Ok);
        QCOMPARE(jose::jwt::checkNotAhead(claims, u"iat", 1000).verdict, Verdict::Ok);
        QCOMPARE(jose::jwt::checkNotAhead(claims, u"iat", 1000).value, 990);
        QCOMPARE(jose::jwt::checkNotAhead(claims, u"odd", 1000).verdict, Verdict::NotANumber);
        QCOMPARE(jose::jwt::checkNotAhead(claims, u"gone", 1000).verdict, Verdict::Absent);
    }

    void verifyingKey()
    {
        jose::Jwk signer = jose::Jwk::generateEc();
        signer.setKid(u"signer"_s);
        jose::Jwk other = jose::Jwk::generateEc();
        other.setKid(u"other"_s);
        jose::Jwk unnamed = signer;
        unnamed.setKid({});
        const auto token = jose::Jws::sign({{u"kid"_s, u"signer"_s}},
            jose::jwt::encodeClaims({{u"sub"_s, u"x"_s}}), signer, jose::Algorithm::ES256);
        QVERIFY(token);
        const auto jws = jose::Jws::parse(*token);
        QVERIFY(jws);
        // The named key first, wherever it stands; a key without kid fits too; a stranger never verifies.
        const std::optional<jose::Jwk> found = jose::jwt::verifyingKey(*jws, {other, signer});
        QVERIFY(found);
        QCOMPARE(found->kid(), u"signer"_s);
        QVERIFY(jose::jwt::verifyingKey(*jws, {unnamed}));
        QVERIFY(!jose::jwt::verifyingKey(*jws, {other}));
        QVERIFY(!jose::jwt::verifyingKey(*jws, {}));
    }
};

QTEST_GUILESS_MAIN(TestJwtChecks)
#include "TestJwtChecks.moc"
