#include "provider/workspace/Workspace.h"
#include "core/jose/JwkSet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void builtinDefault()
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        QCOMPARE(ws.server.host, u"127.0.0.1"_s);
        QCOMPARE(ws.server.port, 9400);
        QCOMPARE(ws.baseUrl(), u"http://127.0.0.1:9400"_s);
        QCOMPARE(ws.issuers.size(), 1);
        const provider::Issuer& issuer = ws.issuers.first();
        QVERIFY(issuer.users.size() >= 2);
        const provider::Client* spa = issuer.findClient(u"spa"_s);
        QVERIFY(spa && !spa->confidential && spa->requirePkce);
        const provider::Client* web = issuer.findClient(u"web-app"_s);
        QVERIFY(web && web->confidential && !web->secret.isEmpty());
        QVERIFY(issuer.findScope(u"email"_s));
        // No private key ships in the repository: one is generated at start.
        QVERIFY(issuer.keys.isEmpty());
        QVERIFY(ws.needsSigningKeys());
        QCOMPARE(ws.ensureSigningKeys(), 1);
        QVERIFY(!ws.needsSigningKeys());
        QCOMPARE(ws.ensureSigningKeys(), 0);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.ensureSigningKeys();
        ws.issuers.first().keys.append({jose::Jwk::generateEc(), false});
        ws.issuers.first().path = u"/api/rest/services/oidc"_s;
        ws.issuers.first().clients.first().accessTokenLifetime = 5;
        ws.issuers.first().clientAuthMethods = {u"client_secret_post"_s, u"none"_s};
        ws.issuers.first().grantTypes = {u"authorization_code"_s, u"refresh_token"_s};
        ws.issuers.first().requestObjects = false;
        ws.issuers.first().requirePushedRequests = true;
        ws.issuers.first().clients.first().requirePushedRequests = true;
        // A client's public keys (private_key_jwt, signed request objects) are saved public.
        jose::Jwk clientKey = jose::Jwk::generateEc();
        clientKey.setKid(u"client-key"_s);
        ws.issuers.first().clients.first().jwks.keys.append(*jose::Jwk::fromJson(clientKey.toPublicJson()));
        const QString path = dir.filePath(u"ws.json"_s);
        QString error;
        QVERIFY2(ws.save(path, &error), qPrintable(error));
        const auto loaded = provider::Workspace::load(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->toJson(), ws.toJson());
        QCOMPARE(
            loaded->issuerUrl(loaded->issuers.first()), u"http://127.0.0.1:9400/api/rest/services/oidc"_s);
        QCOMPARE(loaded->issuers.first().keys.size(), 2);
        QVERIFY(loaded->issuers.first().keys.at(0).jwk.hasPrivateKey());
        QVERIFY(!loaded->issuers.first().keys.at(1).active);
        QCOMPARE(
            loaded->issuers.first().clientAuthMethods, (QStringList{u"client_secret_post"_s, u"none"_s}));
        QCOMPARE(
            loaded->issuers.first().grantTypes, (QStringList{u"authorization_code"_s, u"refresh_token"_s}));
        QVERIFY(!loaded->issuers.first().requestObjects);
        QVERIFY(loaded->issuers.first().requirePushedRequests);
        QVERIFY(loaded->issuers.first().clients.first().requirePushedRequests);
        const jose::JwkSet& clientKeys = loaded->issuers.first().clients.first().jwks;
        QCOMPARE(clientKeys.keys.size(), 1);
        QCOMPARE(clientKeys.keys.first().kid(), u"client-key"_s);
        QCOMPARE(clientKeys.keys.first().toPublicJson(), clientKey.toPublicJson());
    }

    void presetsRoundTrip()
    {
        // Every preset survives save and load unchanged (keys to generate are saved as the keys made).
        for (const QString& name : provider::Workspace::presetNames()) {
            const auto ws = provider::Workspace::preset(name);
            QVERIFY(ws);
            QString error;
            const auto again = provider::Workspace::fromJson(ws->toJson(), &error);
            QVERIFY2(again, qPrintable(name + u": "_s + error));
            QCOMPARE(again->toJson(), ws->toJson());
        }
        const auto rs = provider::Workspace::preset(u"discovery-jwks-rs256"_s);
        QCOMPARE(rs->issuers.first().keys.first().jwk.kid(), u"pylon-default"_s);
        QVERIFY(rs->issuers.first().keys.first().jwk.hasPrivateKey());
        QVERIFY(rs->issuers.first().issuerFromHost);
        QCOMPARE(rs->issuers.first().disabledEndpoints.size(), 7);
    }

    // "generate" keys made while the file is read, or later by ensureSigningKeys() (the window makes them off
    // its GUI thread): the same keys in the same places either way, and a workspace saved before they are
    // made still asks for them.
    void keysToGenerateCanWait()
    {
        provider::Workspace base = provider::Workspace::builtinDefault();
        base.issuers.first().keys.append({jose::Jwk::generateEc(), false});
        const QString fileKid = base.issuers.first().keys.first().jwk.kid();
        QJsonObject root = QJsonDocument::fromJson(base.toJson()).object();
        QJsonArray issuers = root.value(u"issuers"_s).toArray();
        QJsonObject issuer = issuers.first().toObject();
        QJsonArray keys = issuer.value(u"keys"_s).toArray();
        keys.prepend(QJsonObject{{u"active"_s, true}, {u"generate"_s, u"ES256"_s}, {u"kid"_s, u"first"_s}});
        keys.append(QJsonObject{{u"active"_s, false}, {u"generate"_s, u"RS256"_s}, {u"kid"_s, u"last"_s},
            {u"published"_s, false}});
        issuer.insert(u"keys"_s, keys);
        issuers.replace(0, issuer);
        root.insert(u"issuers"_s, issuers);
        const QByteArray json = QJsonDocument(root).toJson();

        QString error;
        std::optional<provider::Workspace> later
            = provider::Workspace::fromJson(json, &error, provider::Workspace::KeyGeneration::Later);
        QVERIFY2(later, qPrintable(error));
        QCOMPARE(later->issuers.first().keys.size(), 1);
        QCOMPARE(later->issuers.first().keysToGenerate.size(), 2);
        QVERIFY(later->needsSigningKeys());
        const QJsonArray saved = QJsonDocument::fromJson(later->toJson())
                                     .object()
                                     .value(u"issuers"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"keys"_s)
                                     .toArray();
        QCOMPARE(saved, keys);

        QCOMPARE(later->ensureSigningKeys(), 2);
        QVERIFY(!later->needsSigningKeys());
        std::optional<provider::Workspace> onLoad = provider::Workspace::fromJson(json, &error);
        QVERIFY2(onLoad, qPrintable(error));
        for (const provider::Workspace* ws : {&*later, &*onLoad}) {
            const provider::Issuer& made = ws->issuers.first();
            QVERIFY(made.keysToGenerate.isEmpty());
            QCOMPARE(made.keys.size(), 3);
            QCOMPARE(made.keys.at(0).jwk.kid(), u"first"_s);
            QCOMPARE(made.keys.at(0).jwk.curve(), u"P-256"_s);
            QCOMPARE(made.keys.at(2).jwk.type(), jose::KeyType::RSA);
            QCOMPARE(made.keys.at(1).jwk.kid(), fileKid);
            QCOMPARE(made.keys.at(2).jwk.kid(), u"last"_s);
            QVERIFY(!made.keys.at(2).active && !made.keys.at(2).published);
        }
    }

    // Keys made on a copy (the window's pool thread) go to the issuers still waiting for them, beside keys
    // those got meanwhile; an issuer that got a key of its own meanwhile keeps just that one.
    void keysMadeOnACopyJoinTheEditedWorkspace()
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.issuers.first().keys.clear();
        ws.issuers.first().keysToGenerate.append({u"ES256"_s, u"wanted"_s, true, true, 0});
        provider::Issuer keyless = ws.issuers.first();
        keyless.id = u"keyless"_s;
        keyless.keysToGenerate.clear();
        ws.issuers.append(keyless);
        QVERIFY(ws.needsSigningKeys());

        const provider::Workspace::MadeKeys made = ws.makeSigningKeys();
        QCOMPARE(made.size(), 2);
        QVERIFY(ws.needsSigningKeys()); // the workspace itself is left as it was

        // Meanwhile: a key added to each issuer, and a third issuer.
        const provider::SigningKey added{jose::Jwk::generateEc(), false};
        const provider::SigningKey own{jose::Jwk::generateEc(), true};
        ws.issuers[0].keys.append(added);
        ws.issuers[1].keys.append(own);
        provider::Issuer later = keyless;
        later.id = u"later"_s;
        ws.issuers.append(later);

        QCOMPARE(ws.addSigningKeys(made), 1);
        QCOMPARE(ws.issuers.at(0).keys.size(), 2);
        QCOMPARE(ws.issuers.at(0).keys.at(0).jwk.kid(), u"wanted"_s);
        QCOMPARE(ws.issuers.at(0).keys.at(1).jwk.kid(), added.jwk.kid());
        QVERIFY(ws.issuers.at(0).keysToGenerate.isEmpty());
        QCOMPARE(ws.issuers.at(1).keys.size(), 1);
        QCOMPARE(ws.issuers.at(1).keys.at(0).jwk.kid(), own.jwk.kid());
        // The issuer added meanwhile waits for one more round.
        QVERIFY(ws.issuers.at(2).keys.isEmpty());
        QVERIFY(ws.needsSigningKeys());
        QCOMPARE(ws.ensureSigningKeys(), 1);
        QCOMPARE(ws.issuers.at(2).keys.first().jwk.type(), jose::KeyType::RSA);
        QVERIFY(!ws.needsSigningKeys());
    }

    void brokenFilesAreReportedWithPosition_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax")
            << "{\n  \"format\": \"oidc-bench-workspace\",\n  \"version\": 1,\n  \"issuers\": [,]\n}"_ba
            << u"line 4, column"_s;
        QTest::newRow("not an object") << "[1,2]"_ba << u"line 1, column 1"_s;
        QTest::newRow("wrong format") << R"({"format":"something-else","version":1})"_ba << u"format"_s;
        QTest::newRow("newer version") << R"({"format":"oidc-bench-workspace","version":99,"issuers":[]})"_ba
                                       << u"version: 99 is newer"_s;
        QTest::newRow("no issuers") << R"({"format":"oidc-bench-workspace","version":1,"issuers":[]})"_ba
                                    << u"issuers: at least one"_s;
        QTest::newRow("bad client type")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","type":"x"}]}]})"_ba
            << u"issuers[0].clients[0].type"_s;
        QTest::newRow("redirect with fragment")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","redirect_uris":["http://x/cb#f"]}]}]})"_ba
            << u"issuers[0].clients[0].redirect_uris"_s;
        QTest::newRow("duplicate username")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","users":[{"username":"u"},{"username":"u","sub":"2"}]}]})"_ba
            << u"issuers[0].users[1]: duplicate username"_s;
        QTest::newRow("public-only key")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","keys":[{"jwk":{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}}]}]})"_ba
            << u"issuers[0].keys[0].jwk: a signing key needs its private part"_s;
        QTest::newRow("unknown client authentication method")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","token_endpoint_auth_methods":["client_secret_basic","tls_client_auth"]}]})"_ba
            << u"issuers[0].token_endpoint_auth_methods: unknown method \"tls_client_auth\""_s;
        QTest::newRow("no client authentication method")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","token_endpoint_auth_methods":[]}]})"_ba
            << u"issuers[0].token_endpoint_auth_methods: needs at least one method"_s;
        QTest::newRow("unknown grant type")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","grant_types":["authorization_code","password"]}]})"_ba
            << u"issuers[0].grant_types: unknown grant type \"password\""_s;
        QTest::newRow("no grant type")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","grant_types":[]}]})"_ba
            << u"issuers[0].grant_types: needs at least one grant type"_s;
        QTest::newRow("request objects not a boolean")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","request_parameter_supported":"no"}]})"_ba
            << u"issuers[0].request_parameter_supported"_s;
        QTest::newRow("client jwks without keys")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","jwks":{"kty":"EC"}}]}]})"_ba
            << u"issuers[0].clients[0].jwks: must be a JWK Set"_s;
        QTest::newRow("client jwks with a broken key")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","jwks":{"keys":[{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU"}]}}]}]})"_ba
            << u"issuers[0].clients[0].jwks.keys[0]"_s;
        QTest::newRow("client jwks with a private key")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","jwks":{"keys":[{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}]}}]}]})"_ba
            << u"issuers[0].clients[0].jwks.keys[0]: holds a private key"_s;
        QTest::newRow("client jwks with a symmetric key")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","jwks":{"keys":[{"kty":"oct","k":"c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA"}]}}]}]})"_ba
            << u"issuers[0].clients[0].jwks.keys[0]: a symmetric key does not belong here"_s;
        QTest::newRow("HS256 for a public client")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","id_token_signed_response_alg":"HS256"}]}]})"_ba
            << u"issuers[0].clients[0].id_token_signed_response_alg: HMAC needs a confidential client"_s;
        QTest::newRow("HS256 with a short secret")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","type":"confidential","client_secret":"short","id_token_signed_response_alg":"HS256"}]}]})"_ba
            << u"issuers[0].clients[0].client_secret: HS256 needs a secret of at least 32 bytes"_s;
        QTest::newRow("port out of range")
            << R"({"format":"oidc-bench-workspace","version":1,"server":{"port":70000},"issuers":[{"id":"a"}]})"_ba
            << u"server.port"_s;
        QTest::newRow("issuer path with trailing slash")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","path":"/x/"}]})"_ba
            << u"issuers[0].path"_s;
        QTest::newRow("unknown disabled endpoint")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","disabled_endpoints":["tokens"]}]})"_ba
            << u"issuers[0].disabled_endpoints: unknown endpoint \"tokens\""_s;
        QTest::newRow("discovery switched off")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","disabled_endpoints":["discovery"]}]})"_ba
            << u"issuers[0].disabled_endpoints: discovery and jwks cannot be switched off"_s;
        QTest::newRow("Host-derived issuer scheme")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","issuer_from_host":{"scheme":"ftp"}}]})"_ba
            << u"issuers[0].issuer_from_host.scheme"_s;
        QTest::newRow("Host-derived issuer fallback with a path")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","issuer_from_host":{"fallback":"http://localhost/x"}}]})"_ba
            << u"issuers[0].issuer_from_host.fallback"_s;
        QTest::newRow("key to generate with an unknown algorithm")
            << R"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","keys":[{"generate":"RS1"}]}]})"_ba
            << u"issuers[0].keys[0].generate"_s;
    }
    void brokenFilesAreReportedWithPosition()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QString error;
        QVERIFY(!provider::Workspace::load(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.startsWith(path));
        // The same when keys are to be made later.
        QString laterError;
        QVERIFY(!provider::Workspace::load(path, &laterError, provider::Workspace::KeyGeneration::Later));
        QCOMPARE(laterError, error);
        // Loading never touches the file.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void saveIsAtomic()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ws.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("previous content");
        file.close();
        // Saving into a directory that cannot be written fails and leaves the old file alone.
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        QString error;
        const bool saved = provider::Workspace::builtinDefault().save(path, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (saved)
            QSKIP("running as a user who can write anywhere (root): the failure path cannot be provoked");
        QVERIFY(!error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), "previous content"_ba);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "TestWorkspace.moc"
