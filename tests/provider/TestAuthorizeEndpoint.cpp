#include "common/ProviderFixture.h"

using namespace Qt::StringLiterals;
using Params = QList<std::pair<QString, QString>>;
using P = Params;

class TestAuthorizeEndpoint : public QObject
{
    Q_OBJECT

private slots:
    // Requests that must never redirect: the client or redirect URI cannot be trusted.
    void errorPageWithoutRedirect_data()
    {
        QTest::addColumn<Params>("extra");

        QTest::newRow("missing client_id") << P{{u"client_id"_s, QString()}};
        QTest::newRow("unknown client") << P{{u"client_id"_s, u"nobody"_s}};
        QTest::newRow("missing redirect_uri") << P{{u"redirect_uri"_s, QString()}};
        QTest::newRow("unregistered redirect_uri") << P{{u"redirect_uri"_s, u"http://evil.test/callback"_s}};
        QTest::newRow("redirect_uri with extra path")
            << P{{u"redirect_uri"_s, u"http://localhost:5173/callback/x"_s}};
        QTest::newRow("redirect_uri other port (not a loopback IP)")
            << P{{u"redirect_uri"_s, u"http://localhost:5174/callback"_s}};
        QTest::newRow("another client's redirect_uri")
            << P{{u"redirect_uri"_s, u"http://localhost:8080/callback"_s}};
    }
    void errorPageWithoutRedirect()
    {
        QFETCH(Params, extra);
        fixture::Provider op;
        const auto reply = op.authorize(op.authorizeParams(extra));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("location").isEmpty());
        QVERIFY(reply.header("content-type").startsWith("text/html"));
    }

    // Requests from a genuine client and redirect URI with something else wrong: RFC 6749 4.1.2.1 redirect.
    void errorRedirect_data()
    {
        QTest::addColumn<Params>("extra");
        QTest::addColumn<QString>("error");

        QTest::newRow("missing response_type") << P{{u"response_type"_s, QString()}} << u"invalid_request"_s;
        QTest::newRow("unknown response_type")
            << P{{u"response_type"_s, u"foo"_s}} << u"unsupported_response_type"_s;
        QTest::newRow("no openid scope") << P{{u"scope"_s, u"profile email"_s}} << u"invalid_scope"_s;
        QTest::newRow("unknown scope") << P{{u"scope"_s, u"openid payroll"_s}} << u"invalid_scope"_s;
        QTest::newRow("missing PKCE for a PKCE client") << P{{u"code_challenge"_s, QString()},
            {u"code_challenge_method"_s, QString()}} << u"invalid_request"_s;
        QTest::newRow("unknown PKCE method")
            << P{{u"code_challenge_method"_s, u"S512"_s}} << u"invalid_request"_s;
        QTest::newRow("short code_challenge") << P{{u"code_challenge"_s, u"abc"_s}} << u"invalid_request"_s;
        QTest::newRow("method without challenge")
            << P{{u"code_challenge"_s, QString()}} << u"invalid_request"_s;
        QTest::newRow("prompt=none without a session") << P{{u"prompt"_s, u"none"_s}} << u"login_required"_s;
        QTest::newRow("prompt=none with login") << P{{u"prompt"_s, u"none login"_s}} << u"invalid_request"_s;
        QTest::newRow("request object") << P{{u"request"_s, u"eyJ.e30."_s}} << u"request_not_supported"_s;
        QTest::newRow("request_uri") << P{{u"request_uri"_s, u"https://x/r"_s}}
                                     << u"request_uri_not_supported"_s;
        QTest::newRow("unknown response_mode")
            << P{{u"response_mode"_s, u"web_message"_s}} << u"invalid_request"_s;
    }
    void errorRedirect()
    {
        QFETCH(Params, extra);
        QFETCH(QString, error);
        fixture::Provider op;
        const auto reply = op.authorize(op.authorizeParams(extra));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location().toString(QUrl::RemoveQuery), u"http://localhost:5173/callback"_s);
        QCOMPARE(reply.locationParam(u"error"_s), error);
        QCOMPARE(reply.locationParam(u"state"_s), u"state-123"_s);
        QCOMPARE(reply.locationParam(u"iss"_s), op.issuer());
        QVERIFY(!reply.locationParam(u"error_description"_s).isEmpty());
        QVERIFY(reply.locationParam(u"code"_s).isEmpty());
    }

    void repeatedParameterIsInvalidRequest()
    {
        fixture::Provider op;
        core::FormData params = op.authorizeParams();
        params.add(u"scope"_s, u"openid"_s);
        const auto reply = op.authorize(params);
        QCOMPARE(reply.locationParam(u"error"_s), u"invalid_request"_s);
    }

    void loginPageEscapesAndProtects()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams({{u"login_hint"_s, u"\"><b>x</b>"_s}}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("content-type").startsWith("text/html"));
        QVERIFY(!page.body.contains("<script>alert(1)</script>"));
        QVERIFY(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(!page.body.contains("\"><img"));
        QVERIFY(!page.body.contains("<b>x</b>"));
        QCOMPARE(page.header("x-frame-options"), "DENY"_ba);
        QVERIFY(page.header("content-security-policy").contains("frame-ancestors 'none'"));
        const QByteArray cookie = page.header("set-cookie");
        QVERIFY(cookie.contains("HttpOnly"));
        QVERIFY(cookie.contains("SameSite=Strict"));
        QVERIFY(!fixture::Provider::formField(page.body, u"csrf"_s).isEmpty());
    }

    void successfulLoginRedirectsWithCode()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams());
        const auto reply = op.submitLogin(
            page, {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice"_s}, {u"action"_s, u"login"_s}});
        QCOMPARE(reply.status, 303);
        QCOMPARE(reply.location().toString(QUrl::RemoveQuery), u"http://localhost:5173/callback"_s);
        const QString code = reply.locationParam(u"code"_s);
        QVERIFY(code.size() >= 43); // 256 random bits, base64url
        QCOMPARE(reply.locationParam(u"state"_s), u"state-123"_s);
        QCOMPARE(reply.locationParam(u"iss"_s), op.issuer());
        // The transaction is single use.
        const auto again = op.submitLogin(page, {{u"pick"_s, u"alice"_s}});
        QCOMPARE(again.status, 400);
    }

    void passwordWithSpecialCharacters()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams());
        const auto reply
            = op.submitLogin(page, {{u"username"_s, u"mallory"_s}, {u"password"_s, u"p&ss w+rd=\"x\""_s}});
        QCOMPARE(reply.status, 303);
        QVERIFY(!reply.locationParam(u"code"_s).isEmpty());
    }

    void wrongPasswordShowsThePageAgain()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams());
        const auto reply = op.submitLogin(page, {{u"username"_s, u"alice"_s}, {u"password"_s, u"wrong"_s}});
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.body.contains("Wrong username or password"));
        const auto unknown = op.submitLogin(page, {{u"username"_s, u"nobody"_s}, {u"password"_s, u""_s}});
        QCOMPARE(unknown.status, 401);
    }

    void cancelIsAccessDenied()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams());
        const auto reply = op.submitLogin(page, {{u"action"_s, u"cancel"_s}});
        QCOMPARE(reply.status, 303);
        QCOMPARE(reply.locationParam(u"error"_s), u"access_denied"_s);
        QCOMPARE(reply.locationParam(u"state"_s), u"state-123"_s);
    }

    void csrfCheckedAgainstCookie()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams());
        op.newBrowser(); // no CSRF cookie
        QCOMPARE(op.submitLogin(page, {{u"pick"_s, u"alice"_s}}).status, 403);

        fixture::Provider op2;
        const auto page2 = op2.authorize(op2.authorizeParams());
        core::FormData forged;
        forged.add(u"transaction"_s, fixture::Provider::formField(page2.body, u"transaction"_s));
        forged.add(u"csrf"_s, u"forged"_s);
        forged.add(u"pick"_s, u"alice"_s);
        QCOMPARE(op2.post(u"/login"_s, forged.encode()).status, 403);
    }

    void expiredTransaction()
    {
        fixture::Provider op;
        const auto page = op.authorize(op.authorizeParams());
        op.clock->advanceSecs(601);
        QCOMPARE(op.submitLogin(page, {{u"pick"_s, u"alice"_s}}).status, 400);
    }

    void postAuthorizationRequest()
    {
        fixture::Provider op;
        const auto page = op.post(u"/authorize"_s, op.authorizeParams().encode());
        QCOMPARE(page.status, 200);
        const auto reply = op.submitLogin(page, {{u"pick"_s, u"bob"_s}});
        QCOMPARE(reply.status, 303);
        QVERIFY(!reply.locationParam(u"code"_s).isEmpty());
    }

    void redirectUriQueryIsKept()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().clients.first().redirectUris.append(u"http://localhost:5173/cb?tenant=a+b"_s);
        fixture::Provider op(ws);
        const auto reply = op.authorize(op.authorizeParams(
            {{u"redirect_uri"_s, u"http://localhost:5173/cb?tenant=a+b"_s}, {u"prompt"_s, u"none"_s}}));
        QCOMPARE(reply.status, 302);
        QVERIFY(
            reply.header("location").startsWith("http://localhost:5173/cb?tenant=a+b&error=login_required"));
    }

    void loopbackRedirectAnyPort()
    {
        // RFC 8252 7.3: a registered loopback IP redirect matches any port.
        fixture::Provider op;
        const auto params = op.authorizeParams({{u"client_id"_s, u"oidc-bench-client"_s},
            {u"redirect_uri"_s, u"http://127.0.0.1:49152/callback"_s}});
        const auto reply = op.loginAs(u"alice"_s, params);
        QCOMPARE(reply.status, 303);
        QVERIFY(reply.header("location").startsWith("http://127.0.0.1:49152/callback?code="));
        QCOMPARE(op.authorize(op.authorizeParams({{u"client_id"_s, u"oidc-bench-client"_s},
                                  {u"redirect_uri"_s, u"http://127.0.0.1:49152/other"_s}}))
                     .status,
            400);
    }

    void plusInQueryMeansSpace()
    {
        // scope=openid+email must be two scopes; %2B must stay a plus sign.
        fixture::Provider op;
        const QString query
            = QString::fromLatin1(
                  op.authorizeParams({{u"scope"_s, QString()}, {u"state"_s, QString()}}).encode())
            + u"&scope=openid+email&state=a%2Bb"_s;
        const auto page = op.get(u"/authorize?"_s + query);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("<span>openid</span><span>email</span>"));
        const auto reply = op.submitLogin(page, {{u"action"_s, u"cancel"_s}});
        QCOMPARE(reply.locationParam(u"state"_s), u"a+b"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthorizeEndpoint)
#include "TestAuthorizeEndpoint.moc"
