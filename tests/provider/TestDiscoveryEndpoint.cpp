#include "common/ProviderFixture.h"
#include "core/jose/Jwk.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

class TestDiscoveryEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void documentIsHonest()
    {
        fixture::Provider op;
        const auto reply = op.get(u"/.well-known/openid-configuration"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        const QJsonObject doc = reply.json();
        QCOMPARE(doc.value(u"issuer"_s).toString(), op.issuer());
        QCOMPARE(doc.value(u"authorization_endpoint"_s).toString(), op.issuer() + u"/authorize"_s);
        QCOMPARE(doc.value(u"token_endpoint"_s).toString(), op.issuer() + u"/token"_s);
        QCOMPARE(doc.value(u"userinfo_endpoint"_s).toString(), op.issuer() + u"/userinfo"_s);
        QCOMPARE(doc.value(u"jwks_uri"_s).toString(), op.issuer() + u"/jwks"_s);
        QCOMPARE(doc.value(u"response_types_supported"_s).toArray(),
            (QJsonArray{u"code"_s, u"id_token"_s, u"id_token token"_s, u"code id_token"_s, u"code token"_s,
                u"code id_token token"_s}));
        QCOMPARE(doc.value(u"response_modes_supported"_s).toArray(),
            (QJsonArray{u"query"_s, u"fragment"_s, u"form_post"_s}));
        QCOMPARE(doc.value(u"id_token_signing_alg_values_supported"_s).toArray(), QJsonArray{u"ES256"_s});
        QCOMPARE(
            doc.value(u"code_challenge_methods_supported"_s).toArray(), (QJsonArray{u"S256"_s, u"plain"_s}));
        QVERIFY(doc.value(u"scopes_supported"_s).toArray().contains(u"openid"_s));
        QVERIFY(doc.value(u"claims_supported"_s).toArray().contains(u"email"_s));
        // Not implemented, so not advertised (request_uri_parameter_supported defaults to true if absent).
        QCOMPARE(doc.value(u"request_uri_parameter_supported"_s), QJsonValue(false));
        // Request objects: unsigned, signed with the client secret or with a key of the client's jwks.
        QCOMPARE(doc.value(u"request_parameter_supported"_s), QJsonValue(true));
        QCOMPARE(doc.value(u"request_object_signing_alg_values_supported"_s).toArray(),
            (QJsonArray{u"none"_s, u"HS256"_s, u"HS384"_s, u"HS512"_s, u"RS256"_s, u"RS384"_s, u"RS512"_s,
                u"PS256"_s, u"PS384"_s, u"PS512"_s, u"ES256"_s, u"ES384"_s, u"ES512"_s, u"EdDSA"_s}));
        QCOMPARE(doc.value(u"revocation_endpoint"_s).toString(), op.issuer() + u"/revoke"_s);
        QCOMPARE(doc.value(u"introspection_endpoint"_s).toString(), op.issuer() + u"/introspect"_s);
        QCOMPARE(doc.value(u"grant_types_supported"_s).toArray(),
            (QJsonArray{u"authorization_code"_s, u"implicit"_s, u"refresh_token"_s, u"client_credentials"_s,
                u"urn:ietf:params:oauth:grant-type:device_code"_s}));
        QCOMPARE(doc.value(u"end_session_endpoint"_s).toString(), op.issuer() + u"/logout"_s);
        QCOMPARE(doc.value(u"device_authorization_endpoint"_s).toString(),
            op.issuer() + u"/device_authorization"_s);
        // Pushed authorization requests (RFC 9126), not required unless the workspace says so.
        QCOMPARE(doc.value(u"pushed_authorization_request_endpoint"_s).toString(), op.issuer() + u"/par"_s);
        QCOMPARE(doc.value(u"require_pushed_authorization_requests"_s), QJsonValue(false));
        QVERIFY2(!doc.contains(u"registration_endpoint"_s), "advertises an endpoint that does not exist");
    }

    void jwksPublishesPublicKeysOnly()
    {
        fixture::Provider op;
        const auto reply = op.get(u"/jwks"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), "application/jwk-set+json"_ba);
        const QJsonArray keys = reply.json().value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(u"kty"_s).toString(), u"EC"_s);
        QCOMPARE(key.value(u"use"_s).toString(), u"sig"_s);
        QCOMPARE(key.value(u"alg"_s).toString(), u"ES256"_s);
        QVERIFY(!key.value(u"kid"_s).toString().isEmpty());
        QVERIFY(!key.contains(u"d"_s));
        QVERIFY(jose::Jwk::fromJson(key).has_value());
    }

    void methodsAndPaths_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("HEAD discovery") << "HEAD"_ba << u"/.well-known/openid-configuration"_s << 200;
        QTest::newRow("POST discovery") << "POST"_ba << u"/.well-known/openid-configuration"_s << 405;
        QTest::newRow("DELETE jwks") << "DELETE"_ba << u"/jwks"_s << 405;
        QTest::newRow("GET token") << "GET"_ba << u"/token"_s << 405;
        QTest::newRow("unknown path") << "GET"_ba << u"/nope"_s << 404;
        QTest::newRow("prefix of a path") << "GET"_ba << u"/.well-known/openid"_s << 404;
    }
    void methodsAndPaths()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        fixture::Provider op;
        const auto reply = op.send(method, op.url(path));
        QCOMPARE(reply.status, status);
        if (status == 405)
            QVERIFY(!reply.header("allow").isEmpty());
        if (method == "HEAD")
            QVERIFY(reply.body.isEmpty());
    }

    void cors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("origin");
        QTest::addColumn<bool>("allowed");
        const QByteArray listed = "http://localhost:5173";
        QTest::newRow("discovery, listed")
            << "GET"_ba << u"/.well-known/openid-configuration"_s << listed << true;
        QTest::newRow("jwks, listed") << "GET"_ba << u"/jwks"_s << listed << true;
        QTest::newRow("token preflight, listed") << "OPTIONS"_ba << u"/token"_s << listed << true;
        QTest::newRow("userinfo preflight, listed") << "OPTIONS"_ba << u"/userinfo"_s << listed << true;
        QTest::newRow("revoke preflight, listed") << "OPTIONS"_ba << u"/revoke"_s << listed << true;
        QTest::newRow("introspection is not CORS") << "OPTIONS"_ba << u"/introspect"_s << listed << false;
        QTest::newRow("discovery, other origin")
            << "GET"_ba << u"/.well-known/openid-configuration"_s << "http://evil.test"_ba << false;
        QTest::newRow("token preflight, other origin")
            << "OPTIONS"_ba << u"/token"_s << "http://evil.test"_ba << false;
        QTest::newRow("authorize is not CORS") << "GET"_ba << u"/authorize"_s << listed << false;
    }
    void cors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, origin);
        QFETCH(bool, allowed);
        fixture::Provider op;
        const auto reply = op.send(method, op.url(path), {},
            {{"Origin", origin}, {"Access-Control-Request-Method", "POST"},
                {"Access-Control-Request-Headers", "authorization"}});
        QCOMPARE(reply.header("access-control-allow-origin"), allowed ? origin : QByteArray());
        QVERIFY(reply.header("access-control-allow-credentials").isEmpty());
        if (method == "OPTIONS") {
            QCOMPARE(reply.status, 204);
            QCOMPARE(reply.header("access-control-allow-methods").isEmpty(), !allowed);
        }
    }
};

QTEST_GUILESS_MAIN(TestDiscoveryEndpoint)
#include "TestDiscoveryEndpoint.moc"
