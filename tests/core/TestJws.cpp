#include "common/TestData.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QTest>

using namespace Qt::StringLiterals;
using jose::Algorithm;
using jose::Jwk;
using jose::Jws;

class TestJws : public QObject
{
    Q_OBJECT

private slots:
    // RFC 7515 appendix A.1 (HS256) and A.2 (RS256) are deterministic: signing the published input with the
    // published key must reproduce the published signature. A.3 (ES256) is randomised: verify it, and
    // verify our own signature with the same key.
    void rfc7515AppendixA_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("deterministic");
        QTest::newRow("A.1 HS256") << u"A1"_s << true;
        QTest::newRow("A.2 RS256") << u"A2"_s << true;
        QTest::newRow("A.3 ES256") << u"A3"_s << false;
    }
    void rfc7515AppendixA()
    {
        QFETCH(QString, name);
        QFETCH(bool, deterministic);
        const QJsonObject vector = testdata::loadJson(u"jose_vectors.json"_s).value(name).toObject();
        QString error;
        const auto key = Jwk::fromJson(vector.value(u"key"_s).toObject(), &error);
        QVERIFY2(key, qPrintable(error));
        const QByteArray compact = vector.value(u"jws"_s).toString().toLatin1();

        const auto jws = Jws::parse(compact, &error);
        QVERIFY2(jws, qPrintable(error));
        QCOMPARE(jws->algorithmName(), vector.value(u"alg"_s).toString());
        QVERIFY2(jws->verify(*key, &error), qPrintable(error));

        const auto signature = key->sign(jws->algorithm(), jws->signingInput(), &error);
        QVERIFY2(signature, qPrintable(error));
        if (deterministic)
            QCOMPARE(*signature, jws->signature());
        QVERIFY(key->verify(jws->algorithm(), jws->signingInput(), *signature));

        // One flipped bit in the payload breaks it.
        QByteArray tampered = compact;
        const qsizetype at = compact.indexOf('.') + 5;
        tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
        const auto bad = Jws::parse(tampered);
        QVERIFY(bad);
        QVERIFY(!bad->verify(*key));
    }

    void signAndVerifyClaims()
    {
        const Jwk key = Jwk::generateEc();
        const QJsonObject claims{{u"iss"_s, u"https://op"_s}, {u"sub"_s, u"alice"_s}};
        QString error;
        const auto token = Jws::sign(
            {{u"typ"_s, u"JWT"_s}}, jose::jwt::encodeClaims(claims), key, Algorithm::ES256, &error);
        QVERIFY2(token, qPrintable(error));
        const auto jws = Jws::parse(*token);
        QVERIFY(jws);
        QCOMPARE(jws->kid(), key.kid());
        QCOMPARE(jws->header().value(u"typ"_s).toString(), u"JWT"_s);
        QVERIFY(jws->verify(key));
        QCOMPARE(*jose::jwt::decodeClaims(jws->payload()), claims);
    }

    void algNoneNeverVerifies()
    {
        const QByteArray header = jose::base64UrlEncode(R"({"alg":"none"})");
        const QByteArray payload = jose::base64UrlEncode(R"({"sub":"x"})");
        const auto jws = Jws::parse(QByteArray(header + '.' + payload + '.'));
        QVERIFY(jws);
        QCOMPARE(jws->algorithm(), Algorithm::None);
        QString error;
        QVERIFY(!jws->verify(Jwk::fromSecret(QByteArray(32, 'k')), &error));
        QVERIFY(error.contains(u"none"_s));
    }

    void algorithmConfusionRejected()
    {
        // An RS256 public key's bytes used as an HMAC secret must not verify: the key type decides.
        const Jwk rsa = Jwk::generateRsa();
        const Jwk hmac = Jwk::fromSecret(QJsonDocument(rsa.toPublicJson()).toJson());
        const auto token = Jws::sign({}, "{}", hmac, Algorithm::HS256);
        QVERIFY(token);
        QVERIFY(!Jws::parse(*token)->verify(rsa));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("token");
        const QByteArray h = jose::base64UrlEncode(R"({"alg":"HS256"})");
        const QByteArray p = jose::base64UrlEncode("{}");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("two parts") << h + '.' + p;
        QTest::newRow("four parts") << h + '.' + p + ".x.y";
        QTest::newRow("five parts (JWE)") << "a.b.c.d.e"_ba;
        QTest::newRow("header not base64url") << "e*J.e30.AA"_ba;
        QTest::newRow("header not json") << jose::base64UrlEncode("not json") + '.' + p + ".AA";
        QTest::newRow("header json array") << jose::base64UrlEncode("[1]") + '.' + p + ".AA";
        QTest::newRow("header without alg") << jose::base64UrlEncode("{}") + '.' + p + ".AA";
        QTest::newRow("alg not a string") << jose::base64UrlEncode(R"({"alg":1})") + '.' + p + ".AA";
        QTest::newRow("crit") << jose::base64UrlEncode(R"({"alg":"HS256","crit":["x"],"x":1})") + '.' + p
                + ".AA";
        QTest::newRow("payload not base64url") << h + ".e30=.AA";
        QTest::newRow("signature not base64url") << h + '.' + p + ".A/A";
        QTest::newRow("huge header") << jose::base64UrlEncode(
                                            QByteArray(QByteArray(64 * 1024, ' ') + R"({"alg":"HS256"})"))
                + '.' + p + ".AA";
        QTest::newRow("huge token") << h + '.' + QByteArray(2 * 1024 * 1024, 'A') + ".AA";
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, token);
        QString error;
        QVERIFY(!Jws::parse(token, &error));
        QVERIFY(!error.isEmpty());
    }

    void halfHash()
    {
        // OIDC Core: at_hash is base64url(left 128 bits of SHA-256(access_token)) for RS256.
        QCOMPARE(jose::jwt::halfHash(Algorithm::RS256, "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y"),
            u"77QmUPtjPfzWtF2AnpK9RQ"_s);
        QCOMPARE(jose::jwt::halfHash(Algorithm::ES512, "x").size(), 43);
    }
};

QTEST_GUILESS_MAIN(TestJws)
#include "TestJws.moc"
