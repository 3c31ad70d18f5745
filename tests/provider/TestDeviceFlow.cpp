#include "common/ProviderFixture.h"

using namespace Qt::StringLiterals;

// Device Authorization Grant (RFC 8628): the device asks, the user approves in a browser, the device polls.
class TestDeviceFlow : public QObject
{
    Q_OBJECT

    static constexpr auto kGrant = u"urn:ietf:params:oauth:grant-type:device_code";

    static QJsonObject start(fixture::Provider& op, const QByteArray& scope = "openid profile offline_access")
    {
        const auto reply = op.post(u"/device_authorization"_s, "client_id=oidc-bench-client&scope=" + scope);
        if (reply.status != 200)
            FIXTURE_FAIL(u"device authorization failed: "_s + QString::fromUtf8(reply.body));
        return reply.json();
    }

    static fixture::Reply poll(
        fixture::Provider& op, const QString& deviceCode, const QString& clientId = u"oidc-bench-client"_s)
    {
        core::FormData form;
        form.add(u"grant_type"_s, QString::fromUtf16(kGrant));
        form.add(u"device_code"_s, deviceCode);
        form.add(u"client_id"_s, clientId);
        return op.post(u"/token"_s, form.encode());
    }

    // The user's part: open the verification URI, enter the code, log in (or cancel).
    static fixture::Reply approve(
        fixture::Provider& op, const QString& userCode, const QList<std::pair<QString, QString>>& login)
    {
        op.newBrowser();
        const auto form = op.get(u"/device?user_code="_s + userCode);
        if (form.status != 200 || !form.body.contains(userCode.toUtf8())) {
            FIXTURE_FAIL(u"no verification page"_s);
            return form;
        }
        const auto page = op.post(u"/device"_s, "user_code=" + userCode.toLatin1());
        if (page.status != 200 || !page.body.contains("name=\"password\"")) {
            FIXTURE_FAIL(u"no login page after the user code: %1"_s.arg(page.status));
            return page;
        }
        return op.submitLogin(page, login);
    }

private slots:
    void fullFlow()
    {
        fixture::Provider op;
        const QJsonObject started = start(op);
        const QString userCode = started.value(u"user_code"_s).toString();
        QVERIFY(QRegularExpression(u"^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$"_s)
                    .match(userCode)
                    .hasMatch());
        QCOMPARE(started.value(u"verification_uri"_s).toString(), op.issuer() + u"/device"_s);
        QCOMPARE(started.value(u"verification_uri_complete"_s).toString(),
            op.issuer() + u"/device?user_code="_s + userCode);
        QCOMPARE(started.value(u"expires_in"_s).toInt(), 600);
        QCOMPARE(started.value(u"interval"_s).toInt(), 5);
        const QString deviceCode = started.value(u"device_code"_s).toString();

        QCOMPARE(poll(op, deviceCode).json().value(u"error"_s).toString(), u"authorization_pending"_s);
        // Polling again at once is too fast (RFC 8628 3.5).
        QCOMPARE(poll(op, deviceCode).json().value(u"error"_s).toString(), u"slow_down"_s);
        op.clock->advanceSecs(10); // the interval is now 10 s
        QCOMPARE(poll(op, deviceCode).json().value(u"error"_s).toString(), u"authorization_pending"_s);

        const auto done = approve(op, userCode.toLower().remove(u'-'), {{u"pick"_s, u"alice"_s}});
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("Device connected"));

        op.clock->advanceSecs(10);
        const auto tokens = poll(op, deviceCode);
        QCOMPARE(tokens.status, 200);
        QVERIFY(!tokens.json().value(u"id_token"_s).toString().isEmpty());
        QVERIFY(!tokens.json().value(u"refresh_token"_s).toString().isEmpty());
        QCOMPARE(op.get(u"/userinfo"_s,
                       {{"Authorization",
                           "Bearer " + tokens.json().value(u"access_token"_s).toString().toLatin1()}})
                     .json()
                     .value(u"name"_s)
                     .toString(),
            u"Alice Anderson"_s);
        // The device code is spent.
        op.clock->advanceSecs(10);
        QCOMPARE(poll(op, deviceCode).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void denied()
    {
        fixture::Provider op;
        const QJsonObject started = start(op);
        const auto done = approve(op, started.value(u"user_code"_s).toString(), {{u"action"_s, u"cancel"_s}});
        QVERIFY(done.body.contains("Device not connected"));
        QCOMPARE(poll(op, started.value(u"device_code"_s).toString()).json().value(u"error"_s).toString(),
            u"access_denied"_s);
    }

    // A client that requires consent gets it asked for after the login, as at authorize: Deny denies the
    // device, Allow approves it and is remembered (the next device of that client and user is not asked).
    void consentWhenTheClientRequiresIt()
    {
        fixture::Provider op;
        provider::Workspace ws = op.workspace;
        for (provider::Client& client : ws.issuers.first().clients)
            client.requireConsent = client.clientId == u"oidc-bench-client"_s;
        op.provider->setWorkspace(ws);

        auto consentAfterLogin = [&op](const QJsonObject& started) {
            return approve(op, started.value(u"user_code"_s).toString(), {{u"pick"_s, u"alice"_s}});
        };
        const QJsonObject first = start(op);
        const auto denyPage = consentAfterLogin(first);
        QCOMPARE(denyPage.status, 200);
        QVERIFY(denyPage.body.contains("value=\"allow\""));
        QVERIFY(denyPage.body.contains("offline_access"));
        QVERIFY(op.submitLogin(denyPage, {{u"action"_s, u"deny"_s}}).body.contains("Device not connected"));
        QCOMPARE(poll(op, first.value(u"device_code"_s).toString()).json().value(u"error"_s).toString(),
            u"access_denied"_s);

        const QJsonObject second = start(op);
        const auto allowPage = consentAfterLogin(second);
        QVERIFY(allowPage.body.contains("value=\"allow\""));
        QVERIFY(op.submitLogin(allowPage, {{u"action"_s, u"allow"_s}}).body.contains("Device connected"));
        QCOMPARE(poll(op, second.value(u"device_code"_s).toString()).status, 200);

        const QJsonObject third = start(op);
        QVERIFY(consentAfterLogin(third).body.contains("Device connected"));
        QCOMPARE(poll(op, third.value(u"device_code"_s).toString()).status, 200);
    }

    void expired()
    {
        fixture::Provider op;
        const QJsonObject started = start(op);
        op.clock->advanceSecs(601);
        QCOMPARE(poll(op, started.value(u"device_code"_s).toString()).json().value(u"error"_s).toString(),
            u"expired_token"_s);
        // And the user can no longer enter its code.
        op.newBrowser();
        QCOMPARE(
            op.post(u"/device"_s, "user_code=" + started.value(u"user_code"_s).toString().toLatin1()).status,
            400);
    }

    void errors()
    {
        fixture::Provider op;
        // A client without the grant, an unknown scope, another client's device code, a wrong user code.
        QCOMPARE(op.post(u"/device_authorization"_s, "client_id=spa&scope=openid")
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"unauthorized_client"_s);
        QCOMPARE(op.post(u"/device_authorization"_s, "client_id=oidc-bench-client&scope=payroll")
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"invalid_scope"_s);
        const QJsonObject started = start(op);
        provider::Workspace ws = op.workspace;
        ws.issuers.first().clients.first().grantTypes.append(QString::fromUtf16(kGrant));
        op.provider->setWorkspace(ws);
        QCOMPARE(poll(op, started.value(u"device_code"_s).toString(), u"spa"_s)
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"invalid_grant"_s);
        QCOMPARE(poll(op, u"nope"_s).json().value(u"error"_s).toString(), u"invalid_grant"_s);
        const auto wrong = op.post(u"/device"_s, "user_code=BCDF-GHJK");
        QCOMPARE(wrong.status, 400);
        QVERIFY(wrong.body.contains("unknown or has expired"));
    }

    // RFC 8628 5.1: a user code has about 34 bits, so guesses are slowed down: past ten wrong codes a minute
    // from one address, no code is taken, not even the right one, until the minute is over.
    void wrongUserCodesAreRateLimited()
    {
        fixture::Provider op;
        const QJsonObject started = start(op);
        const QByteArray userCode = started.value(u"user_code"_s).toString().toLatin1();
        for (int i = 0; i < provider::GrantStore::kUserCodeAttempts; ++i)
            QCOMPARE(op.post(u"/device"_s, "user_code=BCDF-GHJK").status, 400);
        op.clock->advanceSecs(20);
        const auto refused = op.post(u"/device"_s, "user_code=" + userCode);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.header("Retry-After"), QByteArray("40"));
        QVERIFY(refused.body.contains("Too many wrong codes"));
        QVERIFY(refused.body.contains(userCode)); // the form keeps what was typed
        QVERIFY(!refused.body.contains("name=\"password\""));
        // A minute after the first wrong code, the right one is taken.
        op.clock->advanceSecs(40);
        const auto page = op.post(u"/device"_s, "user_code=" + userCode);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
    }
};

QTEST_GUILESS_MAIN(TestDeviceFlow)
#include "TestDeviceFlow.moc"
