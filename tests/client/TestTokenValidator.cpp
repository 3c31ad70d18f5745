#include "client/TokenValidator.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using client::ValidationCheck;
using client::ValidationOptions;

// Every check of the token validator, with the bad-token cases of the OpenID Foundation's RP test plans
// (rp-id-token-*, rp-nonce-invalid, rp-key-rotation-*, rp-userinfo-bad-sub-claim) as rows.
class TestTokenValidator : public QObject
{
    Q_OBJECT

    static constexpr qint64 kNow = 1800000000;
    jose::Jwk m_key = jose::Jwk::generateEc();
    jose::Jwk m_other = jose::Jwk::generateEc();

    QJsonObject goodClaims() const
    {
        return {{u"iss"_s, u"https://op.example"_s}, {u"sub"_s, u"alice"_s}, {u"aud"_s, u"rp"_s},
            {u"iat"_s, kNow - 10}, {u"exp"_s, kNow + 600}, {u"nonce"_s, u"n-1"_s}};
    }

    static ValidationOptions options()
    {
        ValidationOptions o;
        o.expectedIssuer = u"https://op.example"_s;
        o.clientId = u"rp"_s;
        o.nonce = u"n-1"_s;
        o.nowSecs = kNow;
        return o;
    }

    QByteArray sign(const QJsonObject& claims, const jose::Jwk& key,
        jose::Algorithm alg = jose::Algorithm::ES256, const QJsonObject& header = {}) const
    {
        return *jose::Jws::sign(header, jose::jwt::encodeClaims(claims), key, alg);
    }

    client::KeySource keys(QList<jose::Jwk> list) const
    {
        jose::JwkSet set;
        set.keys = list;
        return client::fixedKeys(set);
    }

    static QString failures(const client::ValidationReport& report)
    {
        QStringList out;
        for (const ValidationCheck& c : report.checks) {
            if (c.status == ValidationCheck::Status::Failed)
                out.append(c.id + u": "_s + c.reason);
        }
        return out.join(u"; "_s);
    }

private slots:
    void initTestCase()
    {
        m_key.setKid(u"k1"_s);
        m_other.setKid(u"k2"_s);
    }

    void goodToken()
    {
        const auto report
            = client::validateToken(sign(goodClaims(), m_key), options(), keys({m_key, m_other}));
        QVERIFY2(report.valid(), qPrintable(failures(report)));
        for (const QString& id : {u"format"_s, u"algorithm"_s, u"signature"_s, u"iss"_s, u"aud"_s, u"exp"_s,
                 u"iat"_s, u"sub"_s, u"nonce"_s}) {
            QVERIFY2(report.check(id), qPrintable(id));
            QCOMPARE(report.check(id)->status, ValidationCheck::Status::Passed);
        }
        QCOMPARE(report.claims.value(u"sub"_s).toString(), u"alice"_s);
        QCOMPARE(report.header.value(u"kid"_s).toString(), u"k1"_s);
    }

    void badTokens_data()
    {
        QTest::addColumn<QByteArray>("token");
        QTest::addColumn<QString>("failed");
        const auto with = [this](const QString& key, const QJsonValue& value) {
            QJsonObject c = goodClaims();
            if (value.isUndefined())
                c.remove(key);
            else
                c.insert(key, value);
            return c;
        };
        // rp-id-token-bad-sig-es256: signed by a key that is not the one it names.
        QJsonObject otherHeader{{u"kid"_s, u"k1"_s}};
        QTest::newRow("rp-id-token-bad-sig")
            << sign(goodClaims(), m_other, jose::Algorithm::ES256, otherHeader) << u"signature"_s;
        QTest::newRow("rp-id-token-sig-none") << QByteArray(jose::base64UrlEncode(R"({"alg":"none"})") + '.'
            + jose::base64UrlEncode(jose::jwt::encodeClaims(goodClaims())) + '.')
                                              << u"algorithm,signature"_s;
        QTest::newRow("rp-id-token-iss")
            << sign(with(u"iss"_s, u"https://evil.example"_s), m_key) << u"iss"_s;
        QTest::newRow("rp-id-token-aud") << sign(with(u"aud"_s, u"someone-else"_s), m_key) << u"aud"_s;
        QTest::newRow("rp-id-token-sub") << sign(with(u"sub"_s, QJsonValue::Undefined), m_key) << u"sub"_s;
        QTest::newRow("rp-id-token-iat") << sign(with(u"iat"_s, QJsonValue::Undefined), m_key) << u"iat"_s;
        QTest::newRow("rp-nonce-invalid") << sign(with(u"nonce"_s, u"other"_s), m_key) << u"nonce"_s;
        QTest::newRow("nonce missing") << sign(with(u"nonce"_s, QJsonValue::Undefined), m_key) << u"nonce"_s;
        QTest::newRow("expired") << sign(with(u"exp"_s, kNow - 120), m_key) << u"exp"_s;
        QTest::newRow("exp missing") << sign(with(u"exp"_s, QJsonValue::Undefined), m_key) << u"exp"_s;
        QTest::newRow("nbf in the future") << sign(with(u"nbf"_s, kNow + 3600), m_key) << u"nbf"_s;
        QTest::newRow("iat in the future") << sign(with(u"iat"_s, kNow + 3600), m_key) << u"iat"_s;
        QTest::newRow("several aud, no azp")
            << sign(with(u"aud"_s, QJsonArray{u"rp"_s, u"api"_s}), m_key) << u"azp"_s;
        QTest::newRow("azp of another client") << sign(with(u"azp"_s, u"api"_s), m_key) << u"azp"_s;
        QTest::newRow("HS256 without a secret")
            << sign(goodClaims(), jose::Jwk::fromSecret(QByteArray(32, 'x')), jose::Algorithm::HS256)
            << u"algorithm"_s;
        QTest::newRow("unknown kid, also after refetch") << sign(goodClaims(), m_key, jose::Algorithm::ES256,
            {{u"kid"_s, u"rotated-away"_s}}) << u"signature"_s;
        QTest::newRow("not a JWT") << "abc.def"_ba << u"format"_s;
        QTest::newRow("payload not JSON") << QByteArray(
            jose::base64UrlEncode(R"({"alg":"ES256"})") + '.' + jose::base64UrlEncode("[1") + ".AA")
                                          << u"format"_s;
    }
    void badTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, failed);
        const auto report = client::validateToken(token, options(), keys({m_key}));
        QVERIFY(!report.valid());
        // Exactly these checks fail, each with a reason.
        QCOMPARE(report.failedChecks().join(u','), failed);
        for (const ValidationCheck& c : report.checks)
            QVERIFY(!c.reason.isEmpty());
    }

    void leeway()
    {
        QJsonObject claims = goodClaims();
        claims.insert(u"exp"_s, kNow - 30);
        const QByteArray token = sign(claims, m_key);
        QVERIFY(client::validateToken(token, options(), keys({m_key})).valid()); // within the default 60 s
        ValidationOptions strict = options();
        strict.leewaySecs = 0;
        QCOMPARE(client::validateToken(token, strict, keys({m_key})).failedChecks(), QStringList{u"exp"_s});
    }

    // rp-id-token-kid-absent-single-jwks and -multiple-jwks.
    void kidAbsent()
    {
        jose::Jwk anonymous = m_key;
        anonymous.setKid({});
        const QByteArray token = sign(goodClaims(), anonymous);
        QVERIFY2(client::validateToken(token, options(), keys({m_key})).valid(), "one key: accepted");
        const auto several = client::validateToken(token, options(), keys({m_key, m_other}));
        QCOMPARE(several.failedChecks(), QStringList{u"signature"_s});
        QVERIFY(several.check(u"signature"_s)->reason.contains(u"no kid"_s));
    }

    // A pasted key (a PEM key has no kid) fits the kid the token names.
    void keyWithoutKid()
    {
        jose::Jwk pasted = m_key;
        pasted.setKid({});
        const auto report
            = client::validateToken(sign(goodClaims(), m_key), options(), keys({m_other, pasted}));
        QVERIFY2(report.valid(), qPrintable(failures(report)));
    }

    // rp-key-rotation-op-sign-key: an unknown kid makes the validator fetch the keys once more.
    void keyRotationRefetch()
    {
        int fetches = 0;
        const client::KeySource rotating = [&](bool refetch, QString*) {
            ++fetches;
            jose::JwkSet set;
            set.keys = refetch ? QList<jose::Jwk>{m_other} : QList<jose::Jwk>{m_key};
            return std::optional(set);
        };
        const auto report = client::validateToken(sign(goodClaims(), m_other), options(), rotating);
        QVERIFY2(report.valid(), qPrintable(failures(report)));
        QCOMPARE(fetches, 2);
        QVERIFY(report.check(u"signature"_s)->reason.contains(u"after fetching"_s));
        // A known kid needs no second fetch.
        fetches = 0;
        QVERIFY(client::validateToken(sign(goodClaims(), m_key), options(), rotating).valid());
        QCOMPARE(fetches, 1);
        // Keys that cannot be loaded fail the signature check with the reason.
        const auto broken
            = client::validateToken(sign(goodClaims(), m_key), options(), [](bool, QString* error) {
                  *error = u"connection refused"_s;
                  return std::optional<jose::JwkSet>();
              });
        QVERIFY(broken.check(u"signature"_s)->reason.contains(u"connection refused"_s));
    }

    void hmacWithClientSecret()
    {
        const QByteArray secret = "client-secret-of-at-least-32-bytes!!";
        ValidationOptions o = options();
        o.clientSecret = secret;
        const QByteArray token = sign(goodClaims(), jose::Jwk::fromSecret(secret), jose::Algorithm::HS256);
        QVERIFY(client::validateToken(token, o, {}).valid());
        o.clientSecret = "another-secret-of-at-least-32-bytes!";
        QCOMPARE(client::validateToken(token, o, {}).failedChecks(), QStringList{u"signature"_s});
    }

    void algorithmAllowList()
    {
        ValidationOptions o = options();
        o.allowedAlgorithms = {u"RS256"_s};
        const auto report = client::validateToken(sign(goodClaims(), m_key), o, keys({m_key}));
        QCOMPARE(report.failedChecks(), QStringList{u"algorithm"_s});
        QCOMPARE(report.check(u"signature"_s)->status, ValidationCheck::Status::Skipped);
    }

    void hashes()
    {
        const QByteArray accessToken = "an-access-token";
        const QByteArray code = "a-code";
        QJsonObject claims = goodClaims();
        claims.insert(u"at_hash"_s, jose::jwt::halfHash(jose::Algorithm::ES256, accessToken));
        claims.insert(u"c_hash"_s, jose::jwt::halfHash(jose::Algorithm::ES256, code));
        ValidationOptions o = options();
        o.accessToken = QString::fromLatin1(accessToken);
        o.code = QString::fromLatin1(code);
        const QByteArray token = sign(claims, m_key);
        const auto good = client::validateToken(token, o, keys({m_key}));
        QVERIFY2(good.valid(), qPrintable(failures(good)));
        QCOMPARE(good.check(u"at_hash"_s)->status, ValidationCheck::Status::Passed);
        QCOMPARE(good.check(u"c_hash"_s)->status, ValidationCheck::Status::Passed);
        // rp-id-token-bad-at-hash / -c-hash: another access token or code.
        o.accessToken = u"another"_s;
        o.code = u"another"_s;
        QCOMPARE(client::validateToken(token, o, keys({m_key})).failedChecks(),
            (QStringList{u"at_hash"_s, u"c_hash"_s}));
    }

    // rp-userinfo-bad-sub-claim.
    void userinfoSubject()
    {
        ValidationOptions o = options();
        o.userinfoSubject = u"bob"_s;
        QCOMPARE(client::validateToken(sign(goodClaims(), m_key), o, keys({m_key})).failedChecks(),
            QStringList{u"userinfo_sub"_s});
        o.userinfoSubject = u"alice"_s;
        QVERIFY(client::validateToken(sign(goodClaims(), m_key), o, keys({m_key})).valid());
    }

    // What a user pastes to check a signature: one JWK, a JWK Set, or a PEM key (PEM parsing: TestJwk).
    void pastedKeyMaterial()
    {
        const QByteArray token = sign(goodClaims(), m_key, jose::Algorithm::ES256, {{u"kid"_s, u"k1"_s}});
        const QByteArray jwk = QJsonDocument(m_key.toPublicJson()).toJson();
        const QByteArray jwks = QJsonDocument(
            QJsonObject{{u"keys"_s, QJsonArray{m_other.toPublicJson(), m_key.toPublicJson()}}})
                                    .toJson();
        for (const QByteArray& text : {jwk, jwks}) {
            QString error;
            const auto set = client::parseVerificationKeys(text, &error);
            QVERIFY2(set, qPrintable(error));
            const auto report = client::validateToken(token, options(), client::fixedKeys(*set));
            QVERIFY2(report.valid(), qPrintable(failures(report)));
        }
        QString error;
        QVERIFY(!client::parseVerificationKeys("not a key", &error));
        QCOMPARE(error, u"neither a JWK, a JWK Set nor a PEM public key"_s);
        QVERIFY(!client::parseVerificationKeys(
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", &error));
        QVERIFY(!error.isEmpty());
    }

    void withoutExpectationsEverythingIsShown()
    {
        // A pasted token, nothing known: decoded, compared with nothing, the signature skipped.
        ValidationOptions o;
        o.nowSecs = kNow;
        const auto report = client::validateToken(sign(goodClaims(), m_key), o, {});
        QVERIFY2(report.valid(), qPrintable(failures(report)));
        QCOMPARE(report.check(u"signature"_s)->status, ValidationCheck::Status::Skipped);
        QCOMPARE(report.check(u"iss"_s)->status, ValidationCheck::Status::Skipped);
        QVERIFY(report.check(u"iss"_s)->reason.contains(u"https://op.example"_s));
    }
};

QTEST_GUILESS_MAIN(TestTokenValidator)
#include "TestTokenValidator.moc"
