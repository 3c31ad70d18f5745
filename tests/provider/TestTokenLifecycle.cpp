#include "common/ProviderFixture.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using fixture::claimsOf;
using Headers = QList<std::pair<QByteArray, QByteArray>>;

// Refresh tokens (rotation, reuse detection, narrower scope), client_credentials, revocation (RFC 7009) and
// introspection (RFC 7662).
class TestTokenLifecycle : public QObject
{
    Q_OBJECT

    static constexpr auto kOffline = u"openid profile email offline_access";

    static QJsonObject signInWithOfflineAccess(fixture::Provider& op)
    {
        const QString code
            = op.codeFor(u"alice"_s, op.authorizeParams({{u"scope"_s, QString::fromUtf16(kOffline)}}));
        return op.exchange(code).json();
    }

    static fixture::Reply refresh(fixture::Provider& op, const QString& token, const QString& scope = {},
        const QString& clientId = u"spa"_s)
    {
        core::FormData form;
        form.add(u"grant_type"_s, u"refresh_token"_s);
        form.add(u"refresh_token"_s, token);
        form.add(u"client_id"_s, clientId);
        if (!scope.isNull())
            form.add(u"scope"_s, scope);
        return op.post(u"/token"_s, form.encode());
    }

    static int userinfoStatus(fixture::Provider& op, const QJsonObject& tokens)
    {
        return op
            .get(u"/userinfo"_s,
                {{"Authorization", "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1()}})
            .status;
    }

private slots:
    void refreshTokenOnlyForOfflineAccess()
    {
        fixture::Provider op;
        QVERIFY(!signInWithOfflineAccess(op).value(u"refresh_token"_s).toString().isEmpty());
        QVERIFY(!op.exchange(op.codeFor()).json().contains(u"refresh_token"_s));
    }

    // An issuer's grant types narrow what its clients are registered for: the others are unsupported there,
    // refresh tokens come only with refresh_token, and discovery lists what is left.
    void issuerGrantTypes()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().grantTypes = {u"authorization_code"_s, u"client_credentials"_s};
        fixture::Provider op(ws);
        const QJsonObject tokens = signInWithOfflineAccess(op);
        QVERIFY(tokens.contains(u"access_token"_s));
        QVERIFY(!tokens.contains(u"refresh_token"_s));
        const auto refused = refresh(op, u"anything"_s);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(u"error"_s).toString(), u"unsupported_grant_type"_s);
        QCOMPARE(
            op.post(u"/token"_s, "grant_type=client_credentials", fixture::webAppBasicAuth()).status, 200);
        QCOMPARE(op.post(u"/device_authorization"_s, "client_id=oidc-bench-client&scope=openid")
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"unsupported_grant_type"_s);
        // Tokens from the authorization endpoint need implicit: not supported here.
        const auto implicit = op.authorize(op.authorizeParams({{u"response_type"_s, u"id_token"_s}}));
        QCOMPARE(implicit.status, 302);
        QCOMPARE(QUrlQuery(implicit.location().fragment()).queryItemValue(u"error"_s),
            u"unsupported_response_type"_s);

        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QCOMPARE(doc.value(u"grant_types_supported"_s).toArray(),
            (QJsonArray{u"authorization_code"_s, u"client_credentials"_s}));
        QCOMPARE(doc.value(u"response_types_supported"_s).toArray(), QJsonArray{u"code"_s});
        QVERIFY(!doc.contains(u"device_authorization_endpoint"_s));

        // With refresh_token back, the same sign-in gets a refresh token.
        ws.issuers.first().grantTypes.append(u"refresh_token"_s);
        op.provider->setWorkspace(ws);
        const QJsonObject again = signInWithOfflineAccess(op);
        QCOMPARE(refresh(op, again.value(u"refresh_token"_s).toString()).status, 200);
    }

    void refreshRotatesAndIssuesNewIdToken()
    {
        fixture::Provider op;
        const QJsonObject first = signInWithOfflineAccess(op);
        op.clock->advanceSecs(30);
        const auto reply = refresh(op, first.value(u"refresh_token"_s).toString());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("cache-control"), "no-store"_ba);
        const QJsonObject second = reply.json();
        QVERIFY(second.value(u"refresh_token"_s).toString() != first.value(u"refresh_token"_s).toString());
        QCOMPARE(second.value(u"scope"_s).toString(), QString::fromUtf16(kOffline));
        QCOMPARE(userinfoStatus(op, second), 200);
        // OIDC Core 12.2: same sub and auth_time, newer iat, no nonce.
        const QJsonObject before = claimsOf(first.value(u"id_token"_s).toString());
        const QJsonObject after = claimsOf(second.value(u"id_token"_s).toString());
        QCOMPARE(after.value(u"sub"_s), before.value(u"sub"_s));
        QCOMPARE(after.value(u"auth_time"_s), before.value(u"auth_time"_s));
        QCOMPARE(qint64(after.value(u"iat"_s).toDouble()), qint64(before.value(u"iat"_s).toDouble()) + 30);
        QVERIFY(!after.contains(u"nonce"_s));
    }

    void reusedRefreshTokenRevokesTheFamily()
    {
        fixture::Provider op;
        const QJsonObject first = signInWithOfflineAccess(op);
        const QJsonObject second = refresh(op, first.value(u"refresh_token"_s).toString()).json();
        QCOMPARE(userinfoStatus(op, second), 200);

        const auto replay = refresh(op, first.value(u"refresh_token"_s).toString());
        QCOMPARE(replay.status, 400);
        QCOMPARE(replay.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // Everything of that grant is gone: the newer refresh token and the access tokens.
        QCOMPARE(refresh(op, second.value(u"refresh_token"_s).toString()).json().value(u"error"_s).toString(),
            u"invalid_grant"_s);
        QCOMPARE(userinfoStatus(op, second), 401);
        QCOMPARE(userinfoStatus(op, first), 401);
    }

    void narrowerScopeAllowedWiderRefused()
    {
        fixture::Provider op;
        const QString token = signInWithOfflineAccess(op).value(u"refresh_token"_s).toString();
        const auto narrower = refresh(op, token, u"openid email"_s);
        QCOMPARE(narrower.status, 200);
        QCOMPARE(narrower.json().value(u"scope"_s).toString(), u"openid email"_s);
        const auto claims
            = op.get(u"/userinfo"_s,
                    {{"Authorization",
                        "Bearer " + narrower.json().value(u"access_token"_s).toString().toLatin1()}})
                  .json();
        QVERIFY(claims.contains(u"email"_s));
        QVERIFY(!claims.contains(u"name"_s));
        // The refresh token keeps the original scope (RFC 6749 6): profile can come back.
        const auto again
            = refresh(op, narrower.json().value(u"refresh_token"_s).toString(), u"openid profile"_s);
        QCOMPARE(again.status, 200);

        const auto wider = refresh(op, again.json().value(u"refresh_token"_s).toString(), u"openid phone"_s);
        QCOMPARE(wider.status, 400);
        QCOMPARE(wider.json().value(u"error"_s).toString(), u"invalid_scope"_s);
        // A refused request does not use the token up: it still works, and is not taken for a replay.
        QCOMPARE(refresh(op, again.json().value(u"refresh_token"_s).toString()).status, 200);
    }

    void refreshTokenIsBoundToItsClient()
    {
        fixture::Provider op;
        const QString token = signInWithOfflineAccess(op).value(u"refresh_token"_s).toString();
        const auto stolen = refresh(op, token, {}, u"oidc-bench-client"_s);
        QCOMPARE(stolen.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QCOMPARE(refresh(op, token).status, 200); // not used up by the refused attempt
    }

    void refreshErrors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("advance");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << u"nope"_s << 0 << u"invalid_grant"_s;
        QTest::newRow("missing") << QString() << 0 << u"invalid_request"_s;
        QTest::newRow("expired") << u"<issued>"_s << 86400 << u"invalid_grant"_s;
    }
    void refreshErrors()
    {
        QFETCH(QString, token);
        QFETCH(int, advance);
        QFETCH(QString, error);
        fixture::Provider op;
        if (token == u"<issued>"_s)
            token = signInWithOfflineAccess(op).value(u"refresh_token"_s).toString();
        op.clock->advanceSecs(advance);
        QCOMPARE(refresh(op, token).json().value(u"error"_s).toString(), error);
    }

    void withoutRotationTheTokenStays()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().clients.first().refreshTokenRotation = false;
        fixture::Provider op(ws);
        const QString token = signInWithOfflineAccess(op).value(u"refresh_token"_s).toString();
        const auto first = refresh(op, token);
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json().contains(u"refresh_token"_s));
        QCOMPARE(refresh(op, token).status, 200);
    }

    void clientCredentials()
    {
        fixture::Provider op;
        const auto reply
            = op.post(u"/token"_s, "grant_type=client_credentials&scope=email", fixture::webAppBasicAuth());
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QVERIFY(!body.contains(u"id_token"_s));
        QVERIFY(!body.contains(u"refresh_token"_s));
        QCOMPARE(body.value(u"scope"_s).toString(), u"email"_s);
        const QJsonObject claims = claimsOf(body.value(u"access_token"_s).toString());
        QCOMPARE(claims.value(u"sub"_s).toString(), u"web-app"_s);
        QCOMPARE(claims.value(u"client_id"_s).toString(), u"web-app"_s);
        QCOMPARE(claims.value(u"aud"_s).toString(), u"web-app"_s);
        QCOMPARE(
            claims.value(u"roles"_s).toArray(), QJsonArray{u"reader"_s}); // the client's access_token_claims
        QVERIFY(!claims.contains(u"auth_time"_s));
        // Not a user: userinfo refuses it.
        QCOMPARE(userinfoStatus(op, body), 403);
    }

    void clientCredentialsErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("authenticate");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown scope")
            << "grant_type=client_credentials&scope=payroll"_ba << true << u"invalid_scope"_s;
        QTest::newRow("no credentials")
            << "grant_type=client_credentials&client_id=web-app"_ba << false << u"invalid_client"_s;
        QTest::newRow("public client")
            << "grant_type=client_credentials&client_id=spa"_ba << false << u"unauthorized_client"_s;
    }
    void clientCredentialsErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, authenticate);
        QFETCH(QString, error);
        fixture::Provider op;
        QCOMPARE(op.post(u"/token"_s, body, authenticate ? fixture::webAppBasicAuth() : Headers{})
                     .json()
                     .value(u"error"_s)
                     .toString(),
            error);
    }

    void revokeAccessToken()
    {
        fixture::Provider op;
        const QJsonObject tokens = signInWithOfflineAccess(op);
        const QByteArray body
            = "token=" + tokens.value(u"access_token"_s).toString().toLatin1() + "&client_id=spa";
        const auto reply = op.post(u"/revoke"_s, body);
        QCOMPARE(reply.status, 200);
        QCOMPARE(userinfoStatus(op, tokens), 401);
        // The refresh token is a separate grant artefact and still works.
        QCOMPARE(refresh(op, tokens.value(u"refresh_token"_s).toString()).status, 200);
        QCOMPARE(op.post(u"/revoke"_s, body).status, 200); // again: still 200
    }

    void revokeRefreshTokenRevokesItsAccessTokens()
    {
        fixture::Provider op;
        const QJsonObject tokens = signInWithOfflineAccess(op);
        const auto reply = op.post(u"/revoke"_s,
            "token_type_hint=refresh_token&client_id=spa&token="
                + tokens.value(u"refresh_token"_s).toString().toLatin1());
        QCOMPARE(reply.status, 200);
        QCOMPARE(refresh(op, tokens.value(u"refresh_token"_s).toString()).json().value(u"error"_s).toString(),
            u"invalid_grant"_s);
        QCOMPARE(userinfoStatus(op, tokens), 401);
    }

    void revocationErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("authenticate");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown token") << "token=whatever&client_id=spa"_ba << false << 200;
        QTest::newRow("missing token") << "client_id=spa"_ba << false << 400;
        QTest::newRow("confidential client without secret") << "token=x&client_id=web-app"_ba << false << 401;
        QTest::newRow("another client's token") << "token=<spa-token>"_ba << true << 400;
    }
    void revocationErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, authenticate);
        QFETCH(int, status);
        fixture::Provider op;
        const QJsonObject tokens = signInWithOfflineAccess(op);
        body.replace("<spa-token>", tokens.value(u"access_token"_s).toString().toLatin1());
        QCOMPARE(op.post(u"/revoke"_s, body, authenticate ? fixture::webAppBasicAuth() : Headers{}).status,
            status);
        QCOMPARE(userinfoStatus(op, tokens), 200); // nothing was revoked
    }

    void introspection()
    {
        fixture::Provider op;
        const QJsonObject tokens = signInWithOfflineAccess(op);
        const QByteArray at = tokens.value(u"access_token"_s).toString().toLatin1();
        auto introspect = [&](const QByteArray& token) {
            return op.post(u"/introspect"_s, "token=" + token, fixture::webAppBasicAuth()).json();
        };
        const QJsonObject active = introspect(at);
        QCOMPARE(active.value(u"active"_s).toBool(), true);
        QCOMPARE(active.value(u"client_id"_s).toString(), u"spa"_s);
        QCOMPARE(active.value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(active.value(u"scope"_s).toString(), QString::fromUtf16(kOffline));
        QCOMPARE(active.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(active.value(u"iss"_s).toString(), op.issuer());
        QVERIFY(active.value(u"exp"_s).toDouble() > op.clock->nowSecs());

        const QJsonObject refreshInfo = introspect(tokens.value(u"refresh_token"_s).toString().toLatin1());
        QCOMPARE(refreshInfo.value(u"active"_s).toBool(), true);
        QCOMPARE(refreshInfo.value(u"sub"_s).toString(), u"a1b2c3d4-0001-4000-8000-000000000001"_s);

        QCOMPARE(introspect("garbage"), (QJsonObject{{u"active"_s, false}}));
        op.post(u"/revoke"_s, "client_id=spa&token=" + at);
        QCOMPARE(introspect(at), (QJsonObject{{u"active"_s, false}}));
        op.clock->advanceSecs(86400);
        QCOMPARE(introspect(tokens.value(u"refresh_token"_s).toString().toLatin1()),
            (QJsonObject{{u"active"_s, false}}));

        // Public clients cannot authenticate, so they may not introspect.
        const auto refused = op.post(u"/introspect"_s, "client_id=spa&token=" + at);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json().value(u"error"_s).toString(), u"invalid_client"_s);
    }

    void codeReplayAlsoRevokesRefreshTokens()
    {
        fixture::Provider op;
        const QString code
            = op.codeFor(u"alice"_s, op.authorizeParams({{u"scope"_s, QString::fromUtf16(kOffline)}}));
        const QJsonObject tokens = op.exchange(code).json();
        QCOMPARE(op.exchange(code).status, 400);
        QCOMPARE(refresh(op, tokens.value(u"refresh_token"_s).toString()).json().value(u"error"_s).toString(),
            u"invalid_grant"_s);
    }
};

QTEST_GUILESS_MAIN(TestTokenLifecycle)
#include "TestTokenLifecycle.moc"
