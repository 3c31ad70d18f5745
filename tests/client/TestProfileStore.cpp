// Saved profiles: everything but secrets in a JSON file, secrets in the secret store; a broken file is
// reported with its line and left alone; and the private keys a profile can hold (private_key_jwt).
#include "client/ProfileStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using client::ClientProfile;
using client::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

    static ClientProfile sample()
    {
        ClientProfile p;
        p.name = u"Keycloak staging"_s;
        p.issuer = u"https://sso.example.test/realms/staging"_s;
        p.clientId = u"web"_s;
        p.clientAuth = ClientProfile::ClientAuth::SecretPost;
        p.scopes = {u"openid"_s, u"roles"_s};
        p.redirectUri = u"http://127.0.0.1:8400/callback"_s;
        p.responseType = u"code id_token"_s;
        p.responseMode = u"form_post"_s;
        p.pkce = ClientProfile::Pkce::Plain;
        p.pushedAuthorization = true;
        p.extraParameters = {{u"prompt"_s, u"login"_s}, {u"kc_idp_hint"_s, u"github"_s}};
        p.postLogoutRedirectUri = u"http://127.0.0.1:8400/bye"_s;
        p.leewaySecs = 5;
        return p;
    }

    static QByteArray read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    // private_key_jwt keys as users paste them: a JWK, a PEM, a PEM that lost its line breaks (with the
    // parameters block `openssl ecparam -genkey` writes); and what is refused, with the reason.
    void privateKeysFromText()
    {
        const jose::Jwk key = jose::Jwk::generateEc();
        const QByteArray pem
            = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n"
            + key.toPem(true);
        for (const QByteArray& text :
            {QJsonDocument(key.toJson()).toJson(), pem, QByteArray(pem).replace('\n', ' ')}) {
            QString error;
            const auto parsed = ClientProfile::privateKeyFromText(text, &error);
            QVERIFY2(parsed, qPrintable(error + u": "_s + QString::fromLatin1(text)));
            QCOMPARE(parsed->thumbprint(), key.thumbprint());
            QVERIFY(parsed->hasPrivateKey());
        }
        const QList<std::pair<QByteArray, QString>> refused{
            {key.toPem(), u"no private part"_s},
            {QJsonDocument(key.toPublicJson()).toJson(), u"no private part"_s},
            {QJsonDocument(jose::Jwk::fromSecret("0123456789abcdef0123456789abcdef").toJson()).toJson(),
                u"client_secret_jwt"_s},
            {"-----BEGIN PRIVATE KEY----- AAAA", u"END"_s},
            {"secret", u"JWK (JSON) or in PEM"_s},
        };
        for (const auto& [text, why] : refused) {
            QString error;
            QVERIFY(!ClientProfile::privateKeyFromText(text, &error));
            QVERIFY2(error.contains(why), qPrintable(error));
        }
    }

    void roundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/profiles.json"_s);
        auto secrets = std::make_shared<client::MemorySecretStore>();
        ProfileStore store(path, secrets);
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error)); // no file yet: empty
        QVERIFY(store.profiles().isEmpty());

        ClientProfile manual = ClientProfile::builtIn(u"http://127.0.0.1:9400"_s);
        manual.name = u"By hand"_s;
        manual.discovery = false;
        manual.manualEndpoints.authorizationEndpoint = QUrl(u"http://127.0.0.1:9400/authorize"_s);
        manual.manualEndpoints.tokenEndpoint = QUrl(u"http://127.0.0.1:9400/token"_s);
        store.put(sample());
        store.put(manual);
        bool stored = false;
        store.storeClientSecret(sample(), "s3cret-value", [&](bool ok, const QString&) { stored = ok; });
        store.storeRefreshToken(sample(), "refresh-value", [](bool, const QString&) {});
        QVERIFY(stored);
        QVERIFY2(store.save(&error), qPrintable(error));
        const QByteArray text = read(path);
        QVERIFY(!text.contains("s3cret-value"));
        QVERIFY(!text.contains("refresh-value"));

        ProfileStore again(path, secrets);
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.find(u"Keycloak staging"_s)->toJson(), sample().toJson());
        QCOMPARE(again.find(u"By hand"_s)->toJson(), manual.toJson());
        QCOMPARE(
            again.find(u"By hand"_s)->manualEndpoints.tokenEndpoint, manual.manualEndpoints.tokenEndpoint);
        std::optional<QByteArray> secret;
        again.readClientSecret(
            *again.find(u"Keycloak staging"_s), [&](auto value, const QString&) { secret = value; });
        QCOMPARE(secret.value_or(QByteArray()), QByteArray("s3cret-value"));
        again.readRefreshToken(
            *again.find(u"Keycloak staging"_s), [&](auto value, const QString&) { secret = value; });
        QCOMPARE(secret.value_or(QByteArray()), QByteArray("refresh-value"));

        // Same name replaces; remove removes.
        ClientProfile changed = sample();
        changed.clientId = u"web-2"_s;
        again.put(changed);
        QCOMPARE(again.profiles().size(), 2);
        QCOMPARE(again.find(u"Keycloak staging"_s)->clientId, u"web-2"_s);
        QVERIFY(again.remove(u"By hand"_s));
        QVERIFY(!again.remove(u"By hand"_s));
    }

    void brokenFilesAreReportedAndKept_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("syntax") << QByteArray("{\n  \"version\": 1,\n  \"profiles\": [\n    {,}\n  ]\n}\n")
                                << u"line 4"_s;
        QTest::newRow("version") << QByteArray("{\"version\": 2, \"profiles\": []}") << u"version 1"_s;
        QTest::newRow("bad profile") << QByteArray(
            "{\"version\": 1, \"profiles\": [{\"name\": \"x\", \"issuer\": \"https://a\"}]}")
                                     << u"profile 1: \"client_id\" is required"_s;
        QTest::newRow("bad pkce") << QByteArray(
            "{\"version\": 1, \"profiles\": [{\"name\": \"x\", \"issuer\": "
            "\"https://a\", \"client_id\": \"c\", \"pkce\": \"S512\"}]}")
                                  << u"\"pkce\" must be S256, plain or off"_s;
        QTest::newRow("duplicate name") << QByteArray(
            "{\"version\": 1, \"profiles\": [{\"name\": \"x\", \"issuer\": \"https://a\", "
            "\"client_id\": \"c\"}, {\"name\": \"x\", \"issuer\": \"https://b\", \"client_id\": \"d\"}]}")
                                        << u"profile 2: the name \"x\" is used twice"_s;
    }
    void brokenFilesAreReportedAndKept()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profiles.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        ProfileStore store(path, std::make_shared<client::MemorySecretStore>());
        QString error;
        QVERIFY(!store.load(&error));
        QVERIFY2(error.contains(message), qPrintable(error));
        store.put(sample());
        QVERIFY(!store.save(&error));
        QVERIFY2(error.contains(u"not overwritten"_s), qPrintable(error));
        QCOMPARE(read(path), text);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
