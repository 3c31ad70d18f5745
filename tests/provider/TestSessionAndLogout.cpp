#include "common/ProviderFixture.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

using namespace Qt::StringLiterals;
using Params = QList<std::pair<QString, QString>>;

// Provider sessions (single sign-on, prompt, max_age, id_token_hint) and RP-Initiated Logout 1.0.
class TestSessionAndLogout : public QObject
{
    Q_OBJECT

    // Signs alice in (new browser) and returns her ID token; the browser keeps the session cookie.
    static QString signIn(fixture::Provider& op, const QString& user = u"alice"_s)
    {
        const QString code = op.loginAs(user, op.authorizeParams()).locationParam(u"code"_s);
        return op.exchange(code).json().value(u"id_token"_s).toString();
    }

    static qint64 authTimeOf(fixture::Provider& op, const fixture::Reply& redirect)
    {
        const QString idToken
            = op.exchange(redirect.locationParam(u"code"_s)).json().value(u"id_token"_s).toString();
        const auto claims = jose::jwt::decodeClaims(jose::Jws::parse(idToken.toLatin1())->payload());
        return qint64(claims->value(u"auth_time"_s).toDouble());
    }

    static bool loggedIn(fixture::Provider& op)
    {
        return op.authorize(op.authorizeParams({{u"prompt"_s, u"none"_s}})).locationParam(u"code"_s).size()
            > 0;
    }

private slots:
    void singleSignOn()
    {
        fixture::Provider op;
        const qint64 loginTime = op.clock->nowSecs();
        signIn(op);
        op.clock->advanceSecs(100);
        const auto again = op.authorize(op.authorizeParams());
        QCOMPARE(again.status, 302);
        QCOMPARE(again.locationParam(u"state"_s), u"state-123"_s);
        QCOMPARE(again.locationParam(u"iss"_s), op.issuer());
        QCOMPARE(authTimeOf(op, again), loginTime); // the original login, not now
    }

    void sessionCookie()
    {
        fixture::Provider op;
        op.newBrowser();
        const auto page = op.authorize(op.authorizeParams());
        const auto reply = op.submitLogin(page, {{u"pick"_s, u"alice"_s}});
        QByteArray session;
        for (const auto& [name, value] : reply.headers) {
            if (name.compare("set-cookie", Qt::CaseInsensitive) == 0
                && value.startsWith("oidc_bench_session_"))
                session = value;
        }
        QVERIFY2(session.contains("HttpOnly"), session.constData());
        QVERIFY(session.contains("SameSite=Lax"));
        QVERIFY(session.contains("Path=/"));
        QVERIFY(!session.contains("Secure")); // http issuer
    }

    void requestsThatShowTheLoginPage_data()
    {
        QTest::addColumn<Params>("extra");
        QTest::newRow("prompt=login") << Params{{u"prompt"_s, u"login"_s}};
        QTest::newRow("prompt=select_account") << Params{{u"prompt"_s, u"select_account"_s}};
        QTest::newRow("max_age exceeded") << Params{{u"max_age"_s, u"50"_s}};
        QTest::newRow("max_age=0") << Params{{u"max_age"_s, u"0"_s}};
    }
    void requestsThatShowTheLoginPage()
    {
        QFETCH(Params, extra);
        fixture::Provider op;
        signIn(op);
        op.clock->advanceSecs(100);
        const auto page = op.authorize(op.authorizeParams(extra));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
        // Logging in again gives a new auth_time.
        const auto redirect = op.submitLogin(page, {{u"pick"_s, u"alice"_s}});
        QCOMPARE(authTimeOf(op, redirect), op.clock->nowSecs());
    }

    void promptNone_data()
    {
        QTest::addColumn<bool>("session");
        QTest::addColumn<Params>("extra");
        QTest::addColumn<QString>("error");
        QTest::newRow("logged in") << true << Params{} << QString();
        QTest::newRow("logged in, recent enough") << true << Params{{u"max_age"_s, u"500"_s}} << QString();
        QTest::newRow("not logged in") << false << Params{} << u"login_required"_s;
        QTest::newRow("login too old") << true << Params{{u"max_age"_s, u"50"_s}} << u"login_required"_s;
        QTest::newRow("hint names another user")
            << true << Params{{u"id_token_hint"_s, u"<bob>"_s}} << u"login_required"_s;
        QTest::newRow("hint names the user")
            << true << Params{{u"id_token_hint"_s, u"<alice>"_s}} << QString();
        QTest::newRow("hint not ours")
            << true << Params{{u"id_token_hint"_s, u"eyJhbGciOiJub25lIn0.e30."_s}} << u"invalid_request"_s;
        QTest::newRow("bad max_age") << true << Params{{u"max_age"_s, u"-1"_s}} << u"invalid_request"_s;
    }
    void promptNone()
    {
        QFETCH(bool, session);
        QFETCH(Params, extra);
        QFETCH(QString, error);
        fixture::Provider op;
        const QString bob = signIn(op, u"bob"_s);
        const QString alice = signIn(op, u"alice"_s);
        if (!session)
            op.newBrowser();
        op.clock->advanceSecs(100);
        for (auto& [key, value] : extra)
            value.replace(u"<bob>"_s, bob).replace(u"<alice>"_s, alice);
        extra.append({u"prompt"_s, u"none"_s});
        const auto reply = op.authorize(op.authorizeParams(extra));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.locationParam(u"error"_s), error);
        QCOMPARE(reply.locationParam(u"code"_s).isEmpty(), !error.isEmpty());
    }

    void deletedUserEndsTheSession()
    {
        fixture::Provider op;
        signIn(op);
        provider::Workspace ws = op.workspace;
        ws.issuers.first().users.removeFirst(); // alice
        op.provider->setWorkspace(ws);
        QVERIFY(!loggedIn(op));
    }

    void logout_data()
    {
        QTest::addColumn<Params>("params");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("location");
        QTest::addColumn<bool>("loggedOut");
        const QString uri = u"http://localhost:5173/"_s;
        // Without a hint naming the logged-in user, the provider asks first (200, still logged in).
        QTest::newRow("no parameters: asks") << Params{} << 200 << QString() << false;
        QTest::newRow("hint and registered URI, with state") << Params{{u"id_token_hint"_s, u"<alice>"_s},
            {u"post_logout_redirect_uri"_s, uri}, {u"state"_s, u"s 1"_s}}
                                                             << 302 << uri + u"?state=s+1"_s << true;
        QTest::newRow("client_id and registered URI: asks")
            << Params{{u"client_id"_s, u"spa"_s}, {u"post_logout_redirect_uri"_s, uri}} << 200 << QString()
            << false;
        QTest::newRow("another user's hint: asks")
            << Params{{u"id_token_hint"_s, u"<bob>"_s}} << 200 << QString() << false;
        QTest::newRow("hint only") << Params{{u"id_token_hint"_s, u"<alice>"_s}} << 200 << QString() << true;
        QTest::newRow("unregistered URI") << Params{{u"id_token_hint"_s, u"<alice>"_s},
            {u"post_logout_redirect_uri"_s, u"http://evil.test/"_s}}
                                          << 400 << QString() << false;
        QTest::newRow("another client's URI")
            << Params{{u"client_id"_s, u"web-app"_s}, {u"post_logout_redirect_uri"_s, uri}} << 400
            << QString() << false;
        // RFC 8252 7.3 as for redirect URIs: a registered loopback IP literal matches on any port.
        QTest::newRow("loopback URI on another port: asks")
            << Params{{u"client_id"_s, u"oidc-bench-client"_s},
                   {u"post_logout_redirect_uri"_s, u"http://127.0.0.1:49152/logged-out"_s}}
            << 200 << QString() << false;
        QTest::newRow("loopback URI with another path") << Params{{u"client_id"_s, u"oidc-bench-client"_s},
            {u"post_logout_redirect_uri"_s, u"http://127.0.0.1:49152/elsewhere"_s}}
                                                        << 400 << QString() << false;
        QTest::newRow("URI without a client")
            << Params{{u"post_logout_redirect_uri"_s, uri}} << 400 << QString() << false;
        QTest::newRow("forged hint") << Params{{u"id_token_hint"_s, u"eyJhbGciOiJub25lIn0.e30."_s},
            {u"post_logout_redirect_uri"_s, uri}}
                                     << 400 << QString() << false;
        QTest::newRow("client_id not in the hint's aud")
            << Params{{u"id_token_hint"_s, u"<alice>"_s}, {u"client_id"_s, u"web-app"_s}} << 400 << QString()
            << false;
        QTest::newRow("unknown client_id")
            << Params{{u"client_id"_s, u"nobody"_s}} << 400 << QString() << false;
    }
    void logout()
    {
        QFETCH(Params, params);
        QFETCH(int, status);
        QFETCH(QString, location);
        QFETCH(bool, loggedOut);
        fixture::Provider op;
        const QString bob = signIn(op, u"bob"_s);
        const QString alice = signIn(op);
        core::FormData query;
        for (auto [key, value] : params)
            query.add(key, value.replace(u"<alice>"_s, alice).replace(u"<bob>"_s, bob));
        const auto reply = op.get(u"/logout?"_s + QString::fromLatin1(query.encode()));
        QCOMPARE(reply.status, status);
        QCOMPARE(QString::fromUtf8(reply.header("location")), location);
        QCOMPARE(!loggedIn(op), loggedOut);
        if (status == 200)
            QVERIFY(reply.body.contains(loggedOut ? "You are signed out" : "Sign out of OIDC Bench?"));
    }

    // The confirmation page posts its hidden fields back with the button pressed.
    static fixture::Reply answer(fixture::Provider& op, const fixture::Reply& page, const QString& action)
    {
        core::FormData form;
        const QRegularExpression hidden(u"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"_s);
        for (const auto& m : hidden.globalMatch(QString::fromUtf8(page.body))) {
            QString value = m.captured(2);
            value.replace(u"&quot;"_s, u"\""_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
            form.add(m.captured(1), value.replace(u"&#39;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s));
        }
        form.add(u"action"_s, action);
        return op.post(u"/logout"_s, form.encode());
    }

    void logoutConfirmation()
    {
        fixture::Provider op;
        signIn(op);
        const auto ask = op.get(
            u"/logout?client_id=spa&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A5173%2F&state=s%201"_s);
        QVERIFY(ask.body.contains("signed in as <b>alice</b>"));
        QVERIFY(ask.body.contains("Single-page app (public, PKCE)"));
        // "Stay signed in" keeps the session.
        QVERIFY(answer(op, ask, u"stay"_s).body.contains("still signed in"));
        QVERIFY(loggedIn(op));
        // A confirmation that did not come from the page (wrong token) is refused.
        QCOMPARE(op.post(u"/logout"_s, "action=logout&confirm=forged").status, 403);
        QVERIFY(loggedIn(op));
        // "Sign out" ends the session and goes back to the client with its state.
        const auto done = answer(op, ask, u"logout"_s);
        QCOMPARE(done.status, 302);
        QCOMPARE(done.header("location"), "http://localhost:5173/?state=s+1"_ba);
        QVERIFY(!loggedIn(op));
        // Nobody logged in: nothing to ask.
        const auto again = op.get(u"/logout"_s);
        QVERIFY(again.body.contains("You are signed out"));
    }

    void logoutByPost()
    {
        fixture::Provider op;
        const QString alice = signIn(op);
        const auto reply = op.post(u"/logout"_s,
            "post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A3000%2F&id_token_hint=" + alice.toLatin1());
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.header("location"), "http://localhost:3000/"_ba);
        QVERIFY(!loggedIn(op));
    }
};

QTEST_GUILESS_MAIN(TestSessionAndLogout)
#include "TestSessionAndLogout.moc"
