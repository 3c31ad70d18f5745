// The relying party end to end against the built-in provider in this process, with a test browser that
// completes the provider's pages: every flow, its checks, and its timeline.
#include "client/flows/RelyingParty.h"
#include "client/TimelineExport.h"
#include "common/ProviderFixture.h"
#include "common/TestBrowser.h"
#include "core/jose/Jws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using client::ClientProfile;
using client::FlowResult;
using client::RelyingParty;
using client::TimelineEntry;

namespace {

const QByteArray kWebAppSecret = "web-app-secret-change-me-0123456789abcdef";
// The subjects of the default workspace's alice and bob.
const QString kAlice = u"a1b2c3d4-0001-4000-8000-000000000001"_s;
const QString kBob = u"a1b2c3d4-0002-4000-8000-000000000002"_s;

// The test workspace plus a client for the legacy response types and one with a non-loopback redirect.
provider::Workspace workspace()
{
    provider::Workspace ws = fixture::testWorkspace();
    auto& issuer = ws.issuers.first();
    provider::Client legacy;
    legacy.clientId = u"legacy"_s;
    legacy.redirectUris = {u"http://127.0.0.1/callback"_s};
    legacy.grantTypes = {u"authorization_code"_s, u"implicit"_s};
    legacy.responseTypes = {u"code"_s, u"id_token"_s, u"id_token token"_s, u"code id_token"_s,
        u"code token"_s, u"code id_token token"_s};
    legacy.requirePkce = false;
    issuer.clients.append(legacy);
    provider::Client hosted;
    hosted.clientId = u"hosted"_s;
    hosted.redirectUris = {u"https://app.example.test/callback"_s};
    issuer.clients.append(hosted);
    return ws;
}

struct Bench
{
    fixture::Provider op{workspace(), fixture::Transport::Socket};
    std::shared_ptr<fixture::TestBrowser> browser = std::make_shared<fixture::TestBrowser>();
    std::unique_ptr<RelyingParty> rp;

    explicit Bench(std::function<void(ClientProfile&)> edit = {})
    {
        ClientProfile profile = ClientProfile::builtIn(op.issuer());
        if (edit)
            edit(profile);
        rp = std::make_unique<RelyingParty>(profile);
        rp->setBrowser(browser);
        if (profile.clientAuth != ClientProfile::ClientAuth::None)
            rp->setClientSecret(kWebAppSecret);
    }

    // Starts an operation and waits for its finished().
    FlowResult run(const std::function<bool(RelyingParty&)>& start, int timeoutMs = 15000)
    {
        QSignalSpy finished(rp.get(), &RelyingParty::finished);
        if (!start(*rp)) {
            FIXTURE_FAIL(u"the operation did not start"_s);
            return {};
        }
        if (finished.isEmpty() && !finished.wait(timeoutMs)) {
            FIXTURE_FAIL(u"the operation did not finish"_s);
            return {};
        }
        return finished.first().first().value<FlowResult>();
    }
    FlowResult signIn()
    {
        return run([](RelyingParty& rp) { return rp.signIn(); });
    }

    // Injects a fault of the catalogue (docs/faults.md) into the provider.
    void inject(const QString& spec)
    {
        QString why;
        const auto rule = provider::FaultRule::fromSpec(spec, &why);
        if (!rule) {
            FIXTURE_FAIL(u"bad fault %1: %2"_s.arg(spec, why));
            return;
        }
        op.provider->faults().add(*rule);
    }

    QStringList titles() const
    {
        QStringList out;
        for (const TimelineEntry& e : rp->timeline()->entries()) {
            if (e.kind != TimelineEntry::Kind::Note)
                out.append(e.title);
        }
        return out;
    }
    // The n-th entry with that title.
    const TimelineEntry* entry(const QString& title, int n = 0) const
    {
        for (const TimelineEntry& e : rp->timeline()->entries()) {
            if (e.title == title && n-- == 0)
                return &e;
        }
        return nullptr;
    }
};

QString failures(const FlowResult& r)
{
    QStringList out{r.error};
    if (r.idToken)
        out += r.idToken->failedChecks();
    for (const auto& c : r.checks) {
        if (c.status == client::ValidationCheck::Status::Failed)
            out += c.id + u": "_s + c.reason;
    }
    return out.join(u"; "_s);
}

} // namespace

class TestRelyingParty : public QObject
{
    Q_OBJECT

private slots:
    void codeFlow_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<ClientProfile::ClientAuth>("auth");
        QTest::addColumn<ClientProfile::Pkce>("pkce");
        QTest::newRow("public, S256")
            << u"oidc-bench-client"_s << ClientProfile::ClientAuth::None << ClientProfile::Pkce::S256;
        QTest::newRow("public, plain")
            << u"oidc-bench-client"_s << ClientProfile::ClientAuth::None << ClientProfile::Pkce::Plain;
        QTest::newRow("confidential, client_secret_basic")
            << u"web-app"_s << ClientProfile::ClientAuth::SecretBasic << ClientProfile::Pkce::S256;
        QTest::newRow("confidential, client_secret_post, no PKCE")
            << u"web-app"_s << ClientProfile::ClientAuth::SecretPost << ClientProfile::Pkce::Off;
    }
    void codeFlow()
    {
        QFETCH(QString, clientId);
        QFETCH(ClientProfile::ClientAuth, auth);
        QFETCH(ClientProfile::Pkce, pkce);
        Bench bench([&](ClientProfile& p) {
            p.clientId = clientId;
            p.clientAuth = auth;
            p.pkce = pkce;
            p.scopes = {u"openid"_s, u"profile"_s, u"email"_s};
        });
        const FlowResult result = bench.signIn();
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QVERIFY(!result.tokens.accessToken.isEmpty());
        QCOMPARE(result.idToken->claims.value(u"sub"_s).toString(), kAlice);
        QCOMPARE(result.idToken->check(u"nonce"_s)->status, client::ValidationCheck::Status::Passed);
        QCOMPARE(result.idToken->check(u"at_hash"_s)->status, client::ValidationCheck::Status::Passed);
        QCOMPARE(bench.rp->tokens().idToken, result.tokens.idToken);

        // The steps, in order, with the redirect received on a random loopback port.
        QCOMPARE(bench.titles(),
            (QStringList{u"Discovery"_s, u"Authorization request"_s, u"Authorization response"_s,
                u"Token request"_s, u"JWKS"_s}));
        const QUrl authorization = bench.browser->opened.first();
        const auto query = core::FormData::parse(authorization.query(QUrl::FullyEncoded).toLatin1());
        const QUrl redirect(query->value(u"redirect_uri"_s));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QVERIFY(redirect.port() > 0);
        QCOMPARE(query->value(u"code_challenge_method"_s),
            pkce == ClientProfile::Pkce::Off ? QString() : ClientProfile::pkceName(pkce));
        const auto* callback = bench.entry(u"Authorization response"_s);
        QCOMPARE(callback->kind, TimelineEntry::Kind::Callback);
        QCOMPARE(callback->http->url.port(), redirect.port());
        const client::HttpExchange token = *bench.entry(u"Token request"_s)->http;
        QCOMPARE(token.status, 200);
        QCOMPARE(token.requestBody.contains("code_verifier="), pkce != ClientProfile::Pkce::Off);
        QCOMPARE(token.requestHeader("authorization").startsWith("Basic "),
            auth == ClientProfile::ClientAuth::SecretBasic);
        QCOMPARE(token.requestBody.contains("client_secret="), auth == ClientProfile::ClientAuth::SecretPost);
        // The user is told the browser's part is over; the listener stops listening.
        QTRY_VERIFY(bench.browser->idle);
        QVERIFY(bench.browser->lastPage.contains("You can close this tab"));
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(1000));
    }

    // RFC 9126: the parameters pushed with the client's authentication, the browser sent with a reference;
    // pushed also when the provider requires it and the profile does not say so.
    void pushedAuthorization_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<ClientProfile::ClientAuth>("auth");
        QTest::addColumn<bool>("byProfile");
        QTest::newRow("public") << u"oidc-bench-client"_s << ClientProfile::ClientAuth::None << true;
        QTest::newRow("client_secret_basic")
            << u"web-app"_s << ClientProfile::ClientAuth::SecretBasic << true;
        QTest::newRow("client_secret_post") << u"web-app"_s << ClientProfile::ClientAuth::SecretPost << true;
        QTest::newRow("required by the provider")
            << u"oidc-bench-client"_s << ClientProfile::ClientAuth::None << false;
    }
    void pushedAuthorization()
    {
        QFETCH(QString, clientId);
        QFETCH(ClientProfile::ClientAuth, auth);
        QFETCH(bool, byProfile);
        Bench bench([&](ClientProfile& p) {
            p.clientId = clientId;
            p.clientAuth = auth;
            p.pushedAuthorization = byProfile;
        });
        if (!byProfile) {
            provider::Workspace ws = bench.op.workspace;
            ws.issuers.first().requirePushedRequests = true;
            bench.op.provider->setWorkspace(ws);
        }
        const FlowResult result = bench.signIn();
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QCOMPARE(bench.titles(),
            (QStringList{u"Discovery"_s, u"Pushed authorization request"_s, u"Authorization request"_s,
                u"Authorization response"_s, u"Token request"_s, u"JWKS"_s}));
        QCOMPARE(bench.entry(u"Pushing required"_s) != nullptr, !byProfile);
        const client::HttpExchange pushed = *bench.entry(u"Pushed authorization request"_s)->http;
        QCOMPARE(pushed.status, 201);
        const auto form = core::FormData::parse(pushed.requestBody);
        QVERIFY(form && form->repeatedKeys().isEmpty());
        QCOMPARE(form->value(u"client_id"_s), clientId);
        QVERIFY(form->contains(u"code_challenge"_s));
        QCOMPARE(pushed.requestHeader("authorization").startsWith("Basic "),
            auth == ClientProfile::ClientAuth::SecretBasic);
        const QUrl authorization = bench.browser->opened.first();
        const auto query = core::FormData::parse(authorization.query(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(query->pairs().size(), 2);
        QCOMPARE(query->value(u"client_id"_s), clientId);
        QVERIFY(query->value(u"request_uri"_s).startsWith(u"urn:ietf:params:oauth:request_uri:"_s));
    }

    void pushedRequestRefused()
    {
        // The provider checks the pushed request: the refusal ends the sign-in before any browser.
        Bench bench([](ClientProfile& p) {
            p.pushedAuthorization = true;
            p.scopes = {u"openid"_s, u"payroll"_s};
        });
        const FlowResult result = bench.signIn();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"pushed authorization request was refused: invalid_scope"_s),
            qPrintable(result.error));
        QVERIFY(bench.browser->opened.isEmpty());
    }

    // The client checks tokens against its own clock (core::Clock), not the provider's: two hours ahead,
    // the provider's one-hour ID token has expired.
    void clientClock()
    {
        Bench bench;
        bench.rp->setClock(std::make_shared<core::ManualClock>(bench.op.clock->nowMSecs() + 2 * 3600 * 1000));
        const FlowResult result = bench.signIn();
        QVERIFY(result.idToken);
        QCOMPARE(result.idToken->check(u"exp"_s)->status, client::ValidationCheck::Status::Failed);
        Bench inTime;
        inTime.rp->setClock(inTime.op.clock);
        const FlowResult ok = inTime.signIn();
        QVERIFY2(ok.ok && ok.checksPassed(), qPrintable(failures(ok)));
    }

    void fixedLoopbackPort()
    {
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::LocalHost, 0));
        const quint16 port = free.serverPort();
        free.close();
        Bench bench([&](ClientProfile& p) { p.loopbackPort = port; });
        const FlowResult result = bench.signIn();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(bench.entry(u"Authorization response"_s)->http->url.port(), int(port));
    }

    void legacyResponseTypes_data()
    {
        QTest::addColumn<QString>("responseType");
        QTest::addColumn<QString>("responseMode");
        QTest::addColumn<QStringList>("steps");
        const QStringList front{
            u"Discovery"_s, u"Authorization request"_s, u"Authorization response"_s, u"JWKS"_s};
        QTest::newRow("id_token token, fragment") << u"id_token token"_s << QString() << front;
        QTest::newRow("id_token, form_post") << u"id_token"_s << u"form_post"_s << front;
        QTest::newRow("code id_token, fragment")
            << u"code id_token"_s << QString() << front + QStringList{u"Token request"_s};
        QTest::newRow("code id_token token, form_post")
            << u"code id_token token"_s << u"form_post"_s << front + QStringList{u"Token request"_s};
    }
    void legacyResponseTypes()
    {
        QFETCH(QString, responseType);
        QFETCH(QString, responseMode);
        QFETCH(QStringList, steps);
        Bench bench([&](ClientProfile& p) {
            p.clientId = u"legacy"_s;
            p.responseType = responseType;
            p.responseMode = responseMode;
            p.pkce = ClientProfile::Pkce::Off;
            p.scopes = {u"openid"_s, u"profile"_s};
        });
        const FlowResult result = bench.signIn();
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QCOMPARE(bench.titles(), steps);
        const auto mode = std::find_if(result.checks.cbegin(), result.checks.cend(),
            [](const auto& c) { return c.id == u"response_mode"_s; });
        QVERIFY(mode != result.checks.cend());
        QVERIFY2(mode->reason.contains(responseMode.isEmpty() ? u"fragment"_s : responseMode),
            qPrintable(mode->reason));
        QCOMPARE(result.idToken->claims.value(u"sub"_s).toString(), kAlice);
        if (responseType.contains(u"code"_s))
            QCOMPARE(result.idToken->check(u"at_hash"_s)->status, client::ValidationCheck::Status::Passed);
        // The tokens never travel in a query string.
        QVERIFY(!bench.entry(u"Authorization response"_s)->http->url.hasQuery());
    }

    // OIDC Core 3.3.2.12: the front-channel ID token, c_hash included, is checked before the code is used; a
    // failed one ends the flow there and the code is never redeemed.
    void hybridFrontChannelFailureRedeemsNothing_data()
    {
        QTest::addColumn<QString>("responseMode");
        QTest::newRow("fragment") << QString();
        QTest::newRow("form_post") << u"form_post"_s;
    }
    void hybridFrontChannelFailureRedeemsNothing()
    {
        QFETCH(QString, responseMode);
        Bench bench([&](ClientProfile& p) {
            p.clientId = u"legacy"_s;
            p.responseType = u"code id_token"_s;
            p.responseMode = responseMode;
            p.pkce = ClientProfile::Pkce::Off;
            p.scopes = {u"openid"_s, u"profile"_s};
        });
        bench.inject(u"tamper.wrong_c_hash"_s);
        const FlowResult result = bench.signIn();
        QVERIFY(!result.ok);
        QVERIFY(!bench.titles().contains(u"Token request"_s));
        QVERIFY(result.tokens.accessToken.isEmpty());
        QVERIFY(result.idToken);
        QCOMPARE(result.idToken->check(u"c_hash"_s)->status, client::ValidationCheck::Status::Failed);
        QVERIFY2(result.error.contains(u"not redeemed"_s), qPrintable(result.error));
        const TimelineEntry* stopped = bench.entry(u"Stopped"_s);
        QVERIFY(stopped && stopped->failed);
    }

    void pastedRedirect()
    {
        Bench bench([](ClientProfile& p) {
            p.clientId = u"hosted"_s;
            p.redirectUri = u"https://app.example.test/callback"_s;
        });
        QSignalSpy finished(bench.rp.get(), &RelyingParty::finished);
        QSignalSpy expected(bench.rp.get(), &RelyingParty::redirectExpected);
        QVERIFY(bench.rp->signIn());
        QVERIFY(expected.wait());
        QTRY_VERIFY(bench.browser->idle);
        QCOMPARE(bench.browser->stoppedAt.host(), u"app.example.test"_s);
        QVERIFY(finished.isEmpty());
        QVERIFY(bench.rp->completeSignIn(bench.browser->stoppedAt));
        QTRY_COMPARE(finished.size(), 1);
        const auto result = finished.first().first().value<FlowResult>();
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QCOMPARE(result.idToken->claims.value(u"sub"_s).toString(), kAlice);
    }

    void refusedResponses_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("failedCheck");
        QTest::newRow("state changed") << u"authorize.state_wrong"_s << QString() << QString() << u"state"_s;
        QTest::newRow("state missing")
            << u"authorize.state_missing"_s << QString() << QString() << u"state"_s;
        QTest::newRow("provider error")
            << QString() << u"openid payroll"_s << u"invalid_scope"_s << QString();
        QTest::newRow("injected access_denied")
            << u"authorize.access_denied"_s << QString() << u"access_denied"_s << QString();
    }
    void refusedResponses()
    {
        QFETCH(QString, fault);
        QFETCH(QString, scope);
        QFETCH(QString, error);
        QFETCH(QString, failedCheck);
        Bench bench([&](ClientProfile& p) {
            if (!scope.isEmpty())
                p.extraParameters.append({u"scope"_s, scope});
        });
        if (!fault.isEmpty())
            bench.inject(fault);
        const FlowResult result = bench.signIn();
        QVERIFY(!result.ok);
        QVERIFY(result.tokens.isEmpty());
        QVERIFY(!bench.titles().contains(u"Token request"_s)); // nothing redeemed
        QCOMPARE(result.oauthError ? result.oauthError->error : QString(), error);
        if (!failedCheck.isEmpty()) {
            const auto failed = std::find_if(result.checks.cbegin(), result.checks.cend(),
                [&](const auto& c) { return c.id == failedCheck; });
            QVERIFY(failed != result.checks.cend());
            QCOMPARE(failed->status, client::ValidationCheck::Status::Failed);
        }
    }

    void discoveryIssuerMismatch()
    {
        Bench bench([](ClientProfile& p) { p.issuer += u'/'; });
        const FlowResult result = bench.run([](RelyingParty& rp) { return rp.discover(); });
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"must match exactly"_s), qPrintable(result.error));
    }

    void manualEndpointsWithoutDiscovery()
    {
        Bench bench([](ClientProfile& p) {
            p.discovery = false;
            p.manualEndpoints.authorizationEndpoint = QUrl(p.issuer + u"/authorize"_s);
            p.manualEndpoints.tokenEndpoint = QUrl(p.issuer + u"/token"_s);
            p.manualEndpoints.jwksUri = QUrl(p.issuer + u"/jwks"_s);
        });
        const FlowResult result = bench.signIn();
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QVERIFY(!bench.titles().contains(u"Discovery"_s));
        // The profile's issuer is still what the ID token must carry.
        QCOMPARE(result.idToken->check(u"iss"_s)->status, client::ValidationCheck::Status::Passed);
    }

    void tokenLifecycle()
    {
        // Confidential: the provider lets only confidential clients introspect.
        Bench bench([](ClientProfile& p) {
            p.clientId = u"web-app"_s;
            p.clientAuth = ClientProfile::ClientAuth::SecretBasic;
        });
        QVERIFY(bench.signIn().ok);
        const client::TokenSet first = bench.rp->tokens();
        QVERIFY(!first.refreshToken.isEmpty());

        for (auto method : {RelyingParty::UserInfoMethod::Get, RelyingParty::UserInfoMethod::Post}) {
            const FlowResult info = bench.run([method](RelyingParty& rp) { return rp.userInfo(method); });
            QVERIFY2(info.ok && info.checksPassed(), qPrintable(failures(info)));
            QCOMPARE(info.body.value(u"email"_s).toString(), u"alice@example.com"_s);
        }
        const auto* post = bench.entry(u"UserInfo request"_s, 1);
        QCOMPARE(post->http->method, QByteArray("POST"));
        QVERIFY(post->http->requestBody.startsWith("access_token="));

        const FlowResult active = bench.run([](RelyingParty& rp) { return rp.introspect(); });
        QVERIFY2(active.ok, qPrintable(active.error));
        QCOMPARE(active.body.value(u"active"_s).toBool(), true);

        const FlowResult refreshed = bench.run([](RelyingParty& rp) { return rp.refresh(); });
        QVERIFY2(refreshed.ok && refreshed.checksPassed(), qPrintable(failures(refreshed)));
        QVERIFY(refreshed.tokens.accessToken != first.accessToken);
        QVERIFY(refreshed.tokens.refreshToken != first.refreshToken); // rotation
        QCOMPARE(bench.rp->tokens().refreshToken, refreshed.tokens.refreshToken);

        const FlowResult revoked
            = bench.run([](RelyingParty& rp) { return rp.revoke(RelyingParty::TokenKind::Refresh); });
        QVERIFY(revoked.ok);
        QVERIFY(bench.rp->tokens().refreshToken.isEmpty());
        const FlowResult noRefresh = bench.run([](RelyingParty& rp) { return rp.refresh(); });
        QVERIFY(!noRefresh.ok);
        QVERIFY(noRefresh.error.contains(u"no refresh token"_s));

        QVERIFY(bench.run([](RelyingParty& rp) { return rp.revoke(); }).ok);
        const FlowResult gone = bench.run([](RelyingParty& rp) { return rp.introspect(); });
        QVERIFY(!gone.ok); // nothing left to introspect locally
    }

    void revokedAccessTokenIsInactive()
    {
        Bench bench;
        QVERIFY(bench.signIn().ok);
        const QString token = bench.rp->tokens().accessToken;
        const FlowResult introspection = bench.run([](RelyingParty& rp) { return rp.introspect(); });
        QCOMPARE(introspection.oauthError->error, u"invalid_client"_s); // a public client may not
        QVERIFY(bench.run([](RelyingParty& rp) { return rp.revoke(); }).ok);
        const auto reply = bench.op.get(u"/userinfo"_s, {{"Authorization", "Bearer " + token.toLatin1()}});
        QCOMPARE(reply.status, 401);
    }

    void userinfoSubjectMismatch()
    {
        Bench bench;
        QVERIFY(bench.signIn().ok);
        bench.inject(u"userinfo.sub_mismatch"_s);
        const FlowResult info = bench.run([](RelyingParty& rp) { return rp.userInfo(); });
        QVERIFY(info.ok);
        QVERIFY(!info.checksPassed());
        QCOMPARE(info.checks.last().id, u"userinfo_sub"_s);
    }

    void signedUserinfo()
    {
        Bench bench;
        for (provider::Client& client : bench.op.workspace.issuers.first().clients) {
            if (client.clientId == u"oidc-bench-client"_s)
                client.userinfoSigningAlg = u"ES256"_s;
        }
        bench.op.provider->setWorkspace(bench.op.workspace);
        QVERIFY(bench.signIn().ok);
        const FlowResult info = bench.run([](RelyingParty& rp) { return rp.userInfo(); });
        QVERIFY2(info.ok && info.checksPassed(), qPrintable(failures(info)));
        QCOMPARE(info.body.value(u"email"_s).toString(), u"alice@example.com"_s);
        QCOMPARE(info.idToken->header.value(u"alg"_s).toString(), u"ES256"_s);
        QCOMPARE(info.idToken->check(u"signature"_s)->status, client::ValidationCheck::Status::Passed);
        QCOMPARE(info.idToken->check(u"iss"_s)->status, client::ValidationCheck::Status::Passed);
    }

    void keyRotationIsFollowed()
    {
        Bench bench;
        QVERIFY(bench.signIn().ok);
        // The provider rotates: a new active key, the old one still published.
        auto& keys = bench.op.workspace.issuers.first().keys;
        for (auto& key : keys)
            key.active = false;
        keys.append({jose::Jwk::generateEc(), true});
        bench.op.provider->setWorkspace(bench.op.workspace);

        const FlowResult refreshed = bench.run([](RelyingParty& rp) { return rp.refresh(); });
        QVERIFY2(refreshed.ok && refreshed.checksPassed(), qPrintable(failures(refreshed)));
        QVERIFY2(
            refreshed.idToken->check(u"signature"_s)->reason.contains(u"after fetching the keys again"_s),
            qPrintable(refreshed.idToken->check(u"signature"_s)->reason));
        QCOMPARE(bench.titles().count(u"JWKS"_s), 2);
    }

    void clientCredentials()
    {
        Bench bench([](ClientProfile& p) {
            p.clientId = u"web-app"_s;
            p.clientAuth = ClientProfile::ClientAuth::SecretBasic;
        });
        const FlowResult result = bench.run([](RelyingParty& rp) { return rp.clientCredentials(); });
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QVERIFY(result.tokens.idToken.isEmpty());
        QVERIFY(result.accessToken);
        QVERIFY2(result.accessToken->valid(), qPrintable(result.accessToken->failedChecks().join(u", "_s)));
        QCOMPARE(result.accessToken->claims.value(u"roles"_s).toArray().first().toString(), u"reader"_s);

        bench.rp->setClientSecret("wrong");
        const FlowResult refused = bench.run([](RelyingParty& rp) { return rp.clientCredentials(); });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.oauthError->error, u"invalid_client"_s);
        QCOMPARE(refused.oauthError->status, 401);
    }

    // Client assertions (RFC 7523): HS256 with the client secret, or signed with a private key whose public
    // half the provider has registered for the client (given as a JWK, or as a PEM that lost its line breaks
    // in a one-line field).
    void jwtClientAuthentication_data()
    {
        QTest::addColumn<ClientProfile::ClientAuth>("auth");
        QTest::addColumn<QString>("keyForm");
        QTest::newRow("client_secret_jwt") << ClientProfile::ClientAuth::SecretJwt << QString();
        QTest::newRow("private_key_jwt, JWK") << ClientProfile::ClientAuth::PrivateKeyJwt << u"jwk"_s;
        QTest::newRow("private_key_jwt, PEM on one line")
            << ClientProfile::ClientAuth::PrivateKeyJwt << u"pem"_s;
    }
    void jwtClientAuthentication()
    {
        QFETCH(ClientProfile::ClientAuth, auth);
        QFETCH(QString, keyForm);
        Bench bench([&](ClientProfile& p) {
            p.clientId = u"web-app"_s;
            p.clientAuth = auth;
        });
        jose::Jwk key = jose::Jwk::generateEc();
        if (auth == ClientProfile::ClientAuth::PrivateKeyJwt) {
            key.setKid(u"rp-key"_s);
            for (provider::Client& c : bench.op.workspace.issuers.first().clients) {
                if (c.clientId == u"web-app"_s)
                    c.jwks.keys.append(*jose::Jwk::fromJson(key.toPublicJson()));
            }
            bench.op.provider->setWorkspace(bench.op.workspace);
            bench.rp->setClientSecret(keyForm == u"jwk"_s
                    ? QJsonDocument(key.toJson()).toJson(QJsonDocument::Compact)
                    : key.toPem(true).replace('\n', ' '));
        }
        const FlowResult credentials = bench.run([](RelyingParty& rp) { return rp.clientCredentials(); });
        QVERIFY2(credentials.ok, qPrintable(failures(credentials)));
        const auto form
            = core::FormData::parse(bench.entry(u"Token request (client credentials)"_s)->http->requestBody);
        QCOMPARE(form->value(u"client_assertion_type"_s),
            u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
        QVERIFY(!form->contains(u"client_secret"_s));
        const auto assertion = jose::Jws::parse(form->value(u"client_assertion"_s).toLatin1());
        QVERIFY(assertion);
        QCOMPARE(assertion->algorithmName(),
            auth == ClientProfile::ClientAuth::SecretJwt ? u"HS256"_s : u"ES256"_s);
        const QJsonObject claims = fixture::claimsOf(form->value(u"client_assertion"_s));
        QCOMPARE(claims.value(u"aud"_s).toString(), bench.op.issuer() + u"/token"_s);
        QCOMPARE(claims.value(u"sub"_s).toString(), u"web-app"_s);
        // A sign-in uses it at the token endpoint too; each assertion is new (the provider takes a jti once).
        const FlowResult signedIn = bench.signIn();
        QVERIFY2(signedIn.ok && signedIn.checksPassed(), qPrintable(failures(signedIn)));

        // A key that is not the client's, or no usable key at all: refused, and said why.
        bench.rp->setClientSecret(auth == ClientProfile::ClientAuth::SecretJwt
                ? QByteArray("not-the-secret-of-this-client-0123456789")
                : QJsonDocument(jose::Jwk::generateEc().toJson()).toJson(QJsonDocument::Compact));
        const FlowResult refused = bench.run([](RelyingParty& rp) { return rp.clientCredentials(); });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.oauthError->error, u"invalid_client"_s);
        if (auth == ClientProfile::ClientAuth::PrivateKeyJwt) {
            bench.rp->setClientSecret("not a key");
            QVERIFY(!bench.run([](RelyingParty& rp) { return rp.clientCredentials(); }).ok);
            QVERIFY(bench.entry(u"Client assertion"_s));
        }
    }

    void signOut()
    {
        Bench bench;
        QVERIFY(bench.signIn().ok);
        const FlowResult result = bench.run([](RelyingParty& rp) { return rp.signOut(); });
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QVERIFY(bench.rp->tokens().isEmpty());
        const QUrl logout = bench.browser->opened.last();
        QVERIFY(logout.query().contains(u"id_token_hint="_s));
        QCOMPARE(bench.entry(u"Post-logout redirect"_s)->http->url.path(), u"/logged-out"_s);
        // The provider session is over: the next sign-in shows the login page again.
        bench.browser->username = u"bob"_s;
        const FlowResult again = bench.signIn();
        QVERIFY(again.ok);
        QCOMPARE(again.idToken->claims.value(u"sub"_s).toString(), kBob);
    }

    void deviceFlow()
    {
        Bench bench;
        connect(bench.rp.get(), &RelyingParty::deviceCodeIssued, bench.rp.get(),
            [&](const client::DeviceAuthorization& device) {
                QVERIFY(!device.userCode.isEmpty());
                QString unused;
                bench.browser->open(device.verificationUriComplete, &unused);
            });
        // The first poll is told to slow down (RFC 8628 3.5): the next one waits five seconds more.
        bench.inject(u"token.slow_down:grant_type=urn:ietf:params:oauth:grant-type:device_code,times=1"_s);
        const FlowResult result = bench.run([](RelyingParty& rp) { return rp.deviceAuthorization(); }, 40000);
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(failures(result)));
        QCOMPARE(result.idToken->claims.value(u"sub"_s).toString(), kAlice);
        const auto* first = bench.entry(u"Token request (device, polling)"_s, 0);
        const auto* second = bench.entry(u"Token request (device, polling)"_s, 1);
        QVERIFY(first && second);
        QVERIFY2(first->detail.contains(u"slow_down"_s), qPrintable(first->detail));
        QVERIFY(bench.entry(u"Slowing down"_s));
        QVERIFY(first->http->started.msecsTo(second->http->started) >= 9500);
    }

    void cancel()
    {
        Bench bench;
        bench.browser->acts = false;
        QSignalSpy finished(bench.rp.get(), &RelyingParty::finished);
        QVERIFY(bench.rp->signIn());
        QTRY_COMPARE(bench.browser->opened.size(), 1);
        QVERIFY(bench.rp->isBusy());
        QVERIFY(!bench.rp->signIn()); // one operation at a time
        bench.rp->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<FlowResult>().error, u"cancelled"_s);
        QVERIFY(!bench.rp->isBusy());
        // A late redirect to the old listener reaches nobody.
        const auto query
            = core::FormData::parse(bench.browser->opened.first().query(QUrl::FullyEncoded).toLatin1());
        QTcpSocket probe;
        probe.connectToHost(u"127.0.0.1"_s, quint16(QUrl(query->value(u"redirect_uri"_s)).port()));
        QVERIFY(!probe.waitForConnected(1000));
    }

    void timelineExportsMaskSecrets()
    {
        Bench bench([](ClientProfile& p) {
            p.clientId = u"web-app"_s;
            p.clientAuth = ClientProfile::ClientAuth::SecretPost;
        });
        QVERIFY(bench.signIn().ok);
        const auto entries = bench.rp->timeline()->entries();
        const QString accessToken = bench.rp->tokens().accessToken;

        const QString curl = client::toCurl(entries, client::Masking::Secrets);
        QVERIFY(curl.contains(u"curl -sS -i -X POST"_s));
        QVERIFY(curl.contains(u"client_secret=[masked]"_s));
        QVERIFY(!curl.contains(QString::fromLatin1(kWebAppSecret)));
        QVERIFY(curl.contains(u"# Authorization request: open in a browser"_s));
        QVERIFY(client::toCurl(entries, client::Masking::None).contains(QString::fromLatin1(kWebAppSecret)));

        const QByteArray har = client::toHar(entries, client::Masking::Secrets);
        QVERIFY(!har.contains(kWebAppSecret));
        QVERIFY(!har.contains(accessToken.toLatin1()));
        const QJsonArray harEntries = QJsonDocument::fromJson(har).object()[u"log"_s][u"entries"_s].toArray();
        QCOMPARE(harEntries.size(), 4); // discovery, callback, token, JWKS
        const QJsonObject tokenEntry = harEntries.at(2).toObject();
        QCOMPARE(tokenEntry[u"request"_s][u"method"_s].toString(), u"POST"_s);
        QCOMPARE(tokenEntry[u"response"_s][u"status"_s].toInt(), 200);
        QVERIFY(tokenEntry[u"response"_s][u"content"_s][u"text"_s].toString().contains(u"[masked]"_s));
        QVERIFY(client::toHar(entries, client::Masking::None).contains(accessToken.toLatin1()));
    }
};

QTEST_MAIN(TestRelyingParty)
#include "TestRelyingParty.moc"
