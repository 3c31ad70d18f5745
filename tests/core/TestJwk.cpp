#include "common/TestData.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"

#include <QJsonArray>
#include <QTest>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <thread>

using namespace Qt::StringLiterals;
using jose::Algorithm;
using jose::Jwk;

class TestJwk : public QObject
{
    Q_OBJECT

private slots:
    void rfc7638Thumbprint()
    {
        const QJsonObject vector = testdata::loadJson(u"jose_vectors.json"_s).value(u"rfc7638"_s).toObject();
        QString error;
        const auto key = Jwk::fromJson(vector.value(u"key"_s).toObject(), &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->thumbprint(), vector.value(u"thumbprint"_s).toString());
    }

    void publicExportOmitsPrivateMembers()
    {
        const QJsonObject a2 = testdata::loadJson(u"jose_vectors.json"_s).value(u"A2"_s).toObject();
        const auto key = Jwk::fromJson(a2.value(u"key"_s).toObject());
        QVERIFY(key);
        QVERIFY(key->hasPrivateKey());
        const QJsonObject pub = key->toPublicJson();
        QCOMPARE(pub.value(u"n"_s), a2.value(u"key"_s).toObject().value(u"n"_s));
        QCOMPARE(pub.value(u"e"_s).toString(), u"AQAB"_s);
        for (const char16_t* name : {u"d", u"p", u"q", u"dp", u"dq", u"qi", u"k"})
            QVERIFY2(!pub.contains(QString::fromUtf16(name)), "private member leaked");
        // Full export round-trips every private member.
        const QJsonObject full = key->toJson();
        for (const QString& name : a2.value(u"key"_s).toObject().keys())
            QCOMPARE(full.value(name), a2.value(u"key"_s).toObject().value(name));
    }

    // sign() keeps a few ready signing contexts per thread (key and algorithm): more keys than it keeps, in
    // turn, one key with two algorithms, and two threads signing with the same keys at once, each signature
    // made with the key and algorithm asked for.
    void signingContextsAreKeptPerKeyAlgorithmAndThread()
    {
        QList<Jwk> keys;
        for (int i = 0; i < 12; ++i)
            keys.append(Jwk::generateEc(u"P-256"_s));
        const Jwk rsa = Jwk::generateRsa();
        auto signAll = [&](int rounds) {
            for (int round = 0; round < rounds; ++round) {
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    const QByteArray data = "token " + QByteArray::number(i);
                    const auto signature = keys.at(i).sign(Algorithm::ES256, data);
                    if (!signature || !keys.at(i).verify(Algorithm::ES256, data, *signature)
                        || keys.at((i + 1) % keys.size()).verify(Algorithm::ES256, data, *signature))
                        return false;
                }
                for (const Algorithm alg : {Algorithm::RS256, Algorithm::PS256}) {
                    const auto signature = rsa.sign(alg, "both");
                    const Algorithm other = alg == Algorithm::RS256 ? Algorithm::PS256 : Algorithm::RS256;
                    if (!signature || !rsa.verify(alg, "both", *signature)
                        || rsa.verify(other, "both", *signature))
                        return false;
                }
            }
            return true;
        };
        QVERIFY(signAll(2));
        bool otherThread = false;
        std::thread thread([&] {
            otherThread = signAll(3);
            jose::releaseThreadSigners();
        });
        const bool thisThread = signAll(3);
        thread.join();
        QVERIFY(thisThread);
        QVERIFY(otherThread);
        jose::releaseThreadSigners();
        QVERIFY(signAll(1));
    }

    void generatedKeysRoundTrip_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("alg");
        QTest::newRow("RSA") << u"RSA"_s << int(Algorithm::RS256);
        QTest::newRow("RSA PSS") << u"RSA"_s << int(Algorithm::PS256);
        QTest::newRow("P-256") << u"P-256"_s << int(Algorithm::ES256);
        QTest::newRow("P-384") << u"P-384"_s << int(Algorithm::ES384);
        QTest::newRow("P-521") << u"P-521"_s << int(Algorithm::ES512);
        QTest::newRow("Ed25519") << u"Ed25519"_s << int(Algorithm::EdDSA);
    }
    void generatedKeysRoundTrip()
    {
        QFETCH(QString, kind);
        QFETCH(int, alg);
        const Jwk key = kind == u"RSA"_s ? Jwk::generateRsa()
            : kind == u"Ed25519"_s       ? Jwk::generateEd25519()
                                         : Jwk::generateEc(kind);
        QVERIFY(key.hasPrivateKey());
        QCOMPARE(key.kid(), key.thumbprint());

        // Private JSON → key → same public JSON; public JSON → a verify-only key.
        QString error;
        const auto reloaded = Jwk::fromJson(key.toJson(), &error);
        QVERIFY2(reloaded, qPrintable(error));
        QCOMPARE(reloaded->toPublicJson(), key.toPublicJson());
        const auto publicOnly = Jwk::fromJson(key.toPublicJson(), &error);
        QVERIFY2(publicOnly, qPrintable(error));
        QVERIFY(!publicOnly->hasPrivateKey());

        const auto signature = reloaded->sign(Algorithm(alg), "payload", &error);
        QVERIFY2(signature, qPrintable(error));
        QVERIFY2(publicOnly->verify(Algorithm(alg), "payload", *signature, &error), qPrintable(error));
        QVERIFY(!publicOnly->verify(Algorithm(alg), "payloaD", *signature));
        QVERIFY(!publicOnly->sign(Algorithm(alg), "payload"));
    }

    void algorithmKeyMismatch()
    {
        const Jwk ec = Jwk::generateEc();
        QString why;
        QVERIFY(!ec.supports(Algorithm::RS256, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!ec.supports(Algorithm::ES384));
        QVERIFY(!ec.supports(Algorithm::None));
        QVERIFY(!Jwk::fromSecret("short").supports(Algorithm::HS256));
        QVERIFY(Jwk::fromSecret(QByteArray(32, 'k')).supports(Algorithm::HS256));
        QVERIFY(!Jwk::fromSecret(QByteArray(32, 'k')).supports(Algorithm::HS512));

        Jwk restricted = Jwk::generateRsa();
        restricted.setAlg(u"PS256"_s);
        QVERIFY(!restricted.supports(Algorithm::RS256));
        QVERIFY(restricted.supports(Algorithm::PS256));
        QCOMPARE(restricted.defaultAlgorithm(), Algorithm::PS256);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no kty") << R"({"n":"AQAB","e":"AQAB"})"_ba;
        QTest::newRow("unknown kty") << R"({"kty":"XYZ"})"_ba;
        QTest::newRow("rsa missing e") << R"({"kty":"RSA","n":"AQAB"})"_ba;
        QTest::newRow("rsa n not base64url") << R"({"kty":"RSA","n":"A+B=","e":"AQAB"})"_ba;
        QTest::newRow("rsa n not a string") << R"({"kty":"RSA","n":12,"e":"AQAB"})"_ba;
        QTest::newRow("ec unknown curve") << R"({"kty":"EC","crv":"P-192","x":"AA","y":"AA"})"_ba;
        QTest::newRow("ec short coordinate")
            << R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVE","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})"_ba;
        QTest::newRow("ec point not on curve")
            << R"({"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5b0"})"_ba;
        QTest::newRow("okp wrong curve") << R"({"kty":"OKP","crv":"X25519","x":"AAAA"})"_ba;
        QTest::newRow("oct empty") << R"({"kty":"oct","k":""})"_ba;
        QTest::newRow("kid not a string") << R"({"kty":"oct","k":"AAAA","kid":5})"_ba;
        QTest::newRow("partial crt") << R"({"kty":"RSA","n":"AQAB","e":"AQAB","d":"AQAB","p":"AQAB"})"_ba;
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!Jwk::fromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(!error.isEmpty());
    }

    void fromPem_data()
    {
        QTest::addColumn<QByteArray>("algorithm");
        QTest::addColumn<QString>("kty");
        QTest::addColumn<QString>("crv");
        QTest::newRow("RSA") << "RSA"_ba << u"RSA"_s << QString();
        QTest::newRow("EC P-384") << "EC"_ba << u"EC"_s << u"P-384"_s;
        QTest::newRow("Ed25519") << "ED25519"_ba << u"OKP"_s << u"Ed25519"_s;
    }
    void fromPem()
    {
        QFETCH(QByteArray, algorithm);
        QFETCH(QString, kty);
        QFETCH(QString, crv);
        // A key made and written out by OpenSSL itself, as `openssl pkey -pubout` would.
        EVP_PKEY* raw = algorithm == "RSA" ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048))
            : algorithm == "EC"            ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "secp384r1")
                                           : EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
        std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(raw, EVP_PKEY_free);
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        QVERIFY(PEM_write_bio_PUBKEY(bio.get(), pkey.get()) == 1);
        char* data = nullptr;
        const long length = BIO_get_mem_data(bio.get(), &data);
        const QByteArray pem(data, length);
        QString error;
        const auto key = jose::Jwk::fromPem(pem, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->toPublicJson().value(u"kty"_s).toString(), kty);
        QCOMPARE(key->curve(), crv);
        QVERIFY(!key->hasPrivateKey());
        QVERIFY(key->kid().isEmpty());
        if (algorithm == "RSA") {
            // A signature OpenSSL made verifies with the key read from PEM.
            std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
            QVERIFY(EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, pkey.get()) == 1);
            QByteArray signature(512, Qt::Uninitialized);
            size_t signatureLength = size_t(signature.size());
            const QByteArray message = "signed by OpenSSL";
            QVERIFY(EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()),
                        &signatureLength, reinterpret_cast<const unsigned char*>(message.constData()),
                        size_t(message.size()))
                == 1);
            signature.truncate(qsizetype(signatureLength));
            QVERIFY(key->verify(jose::Algorithm::RS256, message, signature));
        }
        QVERIFY(!jose::Jwk::fromPem("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", &error));
        QVERIFY(!jose::Jwk::fromPem("not pem", &error));
        QVERIFY2(error.contains(u"PEM"_s), qPrintable(error));
        // An encrypted private key is refused without asking for a passphrase.
        QVERIFY(!jose::Jwk::fromPem(
            "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n", &error));
        QVERIFY2(error.contains(u"encrypted"_s), qPrintable(error));
        QVERIFY(
            !jose::Jwk::fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n", &error));
    }

    void pemExportRoundTrips_data()
    {
        QTest::addColumn<jose::Jwk>("key");
        QTest::newRow("RSA") << jose::Jwk::generateRsa(2048);
        QTest::newRow("EC P-256") << jose::Jwk::generateEc();
        QTest::newRow("Ed25519") << jose::Jwk::generateEd25519();
    }
    void pemExportRoundTrips()
    {
        QFETCH(jose::Jwk, key);
        const QByteArray pub = key.toPem();
        QVERIFY(pub.startsWith("-----BEGIN PUBLIC KEY-----"));
        QString error;
        const auto back = jose::Jwk::fromPem(pub, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->thumbprint(), key.thumbprint());
        // A signature made with the private key verifies with the key read back from its public PEM.
        const jose::Algorithm alg = key.defaultAlgorithm();
        const auto signature = key.sign(alg, "data");
        QVERIFY(signature);
        QVERIFY(back->verify(alg, "data", *signature));

        const QByteArray priv = key.toPem(true);
        QVERIFY(priv.startsWith("-----BEGIN PRIVATE KEY-----"));
        QVERIFY(back->toPem(true).isEmpty()); // a public key has no private PEM
        // The private PEM reads back as the key pair: it signs what the public key verifies.
        const auto pair = jose::Jwk::fromPem(priv, &error);
        QVERIFY2(pair && pair->hasPrivateKey(), qPrintable(error));
        QCOMPARE(pair->thumbprint(), key.thumbprint());
        QVERIFY(back->verify(alg, "more data", *pair->sign(alg, "more data")));
        // As `openssl ecparam -genkey` writes it: the curve's parameters in a block of their own first.
        if (key.curve() == u"P-256"_s) {
            const auto withParameters = jose::Jwk::fromPem(
                "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n" + priv,
                &error);
            QVERIFY2(withParameters && withParameters->hasPrivateKey(), qPrintable(error));
            QCOMPARE(withParameters->thumbprint(), key.thumbprint());
        }
        QVERIFY(jose::Jwk::fromSecret("0123456789abcdef0123456789abcdef").toPem().isEmpty());
    }

    void jwkSetSkipsUnknownKeys()
    {
        const QJsonObject vectors = testdata::loadJson(u"jose_vectors.json"_s);
        QJsonArray keys;
        keys.append(vectors.value(u"rfc7638"_s).toObject().value(u"key"_s));
        keys.append(QJsonObject{{u"kty"_s, u"XYZ"_s}});
        keys.append(Jwk::generateEc().toPublicJson());
        const auto set = jose::JwkSet::fromJson(QJsonObject{{u"keys"_s, keys}});
        QVERIFY(set);
        QCOMPARE(set->keys.size(), 2);
        QCOMPARE(set->candidates(u"2011-04-29"_s, Algorithm::RS256).size(), 1);
        QCOMPARE(set->candidates(QString(), Algorithm::ES256).size(), 1);
        QCOMPARE(set->candidates(u"other"_s, Algorithm::RS256).size(), 0);
        QVERIFY(!jose::JwkSet::fromJson(QJsonObject{{u"keys"_s, 1}}));
    }
};

QTEST_GUILESS_MAIN(TestJwk)
#include "TestJwk.moc"
