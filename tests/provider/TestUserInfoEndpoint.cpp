#include "common/ProviderFixture.h"
#include "core/jose/JwkSet.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

class TestUserInfoEndpoint : public QObject
{
    Q_OBJECT

    static QByteArray accessToken(fixture::Provider& op, const QString& scope = u"openid profile email"_s)
    {
        const QString code = op.codeFor(u"alice"_s, op.authorizeParams({{u"scope"_s, scope}}));
        return op.exchange(code).json().value(u"access_token"_s).toString().toLatin1();
    }

private slots:
    void claimsOfGrantedScopes_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("tokenInBody");
        QTest::newRow("GET, header") << "GET"_ba << false;
        QTest::newRow("POST, header") << "POST"_ba << false;
        QTest::newRow("POST, form body (RFC 6750 2.2)") << "POST"_ba << true;
    }
    void claimsOfGrantedScopes()
    {
        QFETCH(QByteArray, method);
        QFETCH(bool, tokenInBody);
        fixture::Provider op;
        const QByteArray token = accessToken(op, u"openid email"_s);
        const auto reply = tokenInBody
            ? op.post(u"/userinfo"_s, "access_token=" + token)
            : op.send(method, op.url(u"/userinfo"_s), {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(reply.status, 200);
        const QJsonObject claims = reply.json();
        QCOMPARE(claims.value(u"sub"_s).toString(), u"a1b2c3d4-0001-4000-8000-000000000001"_s);
        QCOMPARE(claims.value(u"email"_s).toString(), u"alice@example.com"_s);
        QCOMPARE(claims.value(u"email_verified"_s).toBool(), true);
        QVERIFY(!claims.contains(u"name"_s)); // profile was not granted
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("error");
        QTest::newRow("no token") << QByteArray() << 401 << QByteArray();
        QTest::newRow("garbage token") << "Bearer abc"_ba << 401 << "invalid_token"_ba;
        QTest::newRow("forged JWT") << "Bearer eyJhbGciOiJub25lIiwidHlwIjoiYXQrand0In0.e30."_ba << 401
                                    << "invalid_token"_ba;
        QTest::newRow("Basic scheme") << "Basic YTpi"_ba << 401 << "invalid_request"_ba;
    }
    void errors()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QByteArray, error);
        fixture::Provider op;
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const auto reply = op.get(u"/userinfo"_s, headers);
        QCOMPARE(reply.status, status);
        const QByteArray challenge = reply.header("www-authenticate");
        QVERIFY(challenge.startsWith(QByteArray("Bearer realm=\"" + op.issuer().toLatin1() + '"')));
        if (error.isEmpty())
            QVERIFY(!challenge.contains("error="));
        else
            QVERIFY(challenge.contains(QByteArray("error=\"" + error + '"')));
    }

    void tokenTwiceIsInvalidRequest()
    {
        fixture::Provider op;
        const QByteArray token = accessToken(op);
        const auto reply
            = op.post(u"/userinfo"_s, "access_token=" + token, {{"Authorization", "Bearer " + token}});
        QCOMPARE(reply.status, 400);
    }

    void expiredToken()
    {
        fixture::Provider op;
        const QByteArray token = accessToken(op);
        op.clock->advanceSecs(3601);
        const auto reply = op.get(u"/userinfo"_s, {{"Authorization", "Bearer " + token}});
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("www-authenticate").contains("expired"));
    }

    // OIDC Core 5.3.2: a client registered for signed userinfo gets a JWT with iss and aud, signed like ID
    // tokens and verifiable with the JWKS; discovery lists the algorithm.
    void signedResponse()
    {
        provider::Workspace ws = fixture::testWorkspace();
        for (provider::Client& client : ws.issuers.first().clients) {
            if (client.clientId == u"spa"_s)
                client.userinfoSigningAlg = u"ES256"_s;
        }
        fixture::Provider op(ws);
        QCOMPARE(
            op.get(u"/.well-known/openid-configuration"_s).json()[u"userinfo_signing_alg_values_supported"_s],
            QJsonArray{u"ES256"_s});
        const QByteArray token = accessToken(op, u"openid email"_s);
        const auto reply = op.get(u"/userinfo"_s, {{"Authorization", "Bearer " + token}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/jwt"));
        const auto jws = jose::Jws::parse(reply.body);
        QVERIFY(jws);
        QCOMPARE(jws->algorithm(), jose::Algorithm::ES256);
        const auto keys = jose::JwkSet::fromJson(op.get(u"/jwks"_s).json());
        QVERIFY(keys);
        const auto candidates = keys->candidates(jws->kid(), jws->algorithm());
        QVERIFY(!candidates.isEmpty() && jws->verify(candidates.first()));
        const QJsonObject claims = fixture::claimsOf(QString::fromLatin1(reply.body));
        QCOMPARE(claims.value(u"iss"_s).toString(), op.issuer());
        QCOMPARE(claims.value(u"aud"_s).toString(), u"spa"_s);
        QCOMPARE(claims.value(u"email"_s).toString(), u"alice@example.com"_s);
    }

    void deletedUser()
    {
        fixture::Provider op;
        const QByteArray token = accessToken(op);
        provider::Workspace ws = op.workspace;
        ws.issuers.first().users.removeFirst();
        op.provider->setWorkspace(ws); // live edit
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", "Bearer " + token}}).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestUserInfoEndpoint)
#include "TestUserInfoEndpoint.moc"
