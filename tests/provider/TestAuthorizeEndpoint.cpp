#include "common/ProviderFixture.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonDocument>

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
        QTest::newRow("request object not a JWT")
            << P{{u"request"_s, u"eyJ.e30."_s}} << u"invalid_request_object"_s;
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

    // OIDC Core 6.1: a request object's parameters take the place of the query's; unsigned, or signed with
    // the client secret.
    void requestObjects()
    {
        fixture::Provider op;
        auto object = [](const QJsonObject& claims, const QByteArray& header = "{\"alg\":\"none\"}") {
            return QString::fromLatin1(jose::base64UrlEncode(header) + '.'
                + jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.');
        };
        // Everything but what the query must carry is in the object; the query's nonce is superseded.
        QJsonObject claims;
        core::FormData query;
        const core::FormData all = op.authorizeParams();
        for (const auto& [key, value] : all.pairs()) {
            if (key == u"client_id"_s || key == u"response_type"_s || key == u"scope"_s)
                query.add(key, value);
            else
                claims.insert(key, value);
        }
        claims.insert(u"nonce"_s, u"from-the-object"_s);
        claims.insert(u"max_age"_s, 3600);
        query.add(u"nonce"_s, u"from-the-query"_s);
        core::FormData unsignedRequest = query;
        unsignedRequest.add(u"request"_s, object(claims));
        const auto page = op.authorize(unsignedRequest);
        QCOMPARE(page.status, 200);
        const auto back = op.submitLogin(
            page, {{u"username"_s, u"alice"_s}, {u"password"_s, u"alice"_s}, {u"action"_s, u"login"_s}});
        QCOMPARE(back.location().toString(QUrl::RemoveQuery), u"http://localhost:5173/callback"_s);
        QCOMPARE(back.locationParam(u"state"_s), u"state-123"_s);
        const auto tokens = op.exchange(back.locationParam(u"code"_s));
        QCOMPARE(tokens.status, 200);
        const auto idToken = jose::Jws::parse(tokens.json().value(u"id_token"_s).toString().toLatin1());
        QVERIFY(idToken);
        QCOMPARE(
            jose::jwt::decodeClaims(idToken->payload())->value(u"nonce"_s).toString(), u"from-the-object"_s);

        // Signed with the client secret (a confidential client).
        const QString secret = op.workspace.issuers.first().findClient(u"web-app"_s)->secret;
        const QJsonObject webApp{{u"client_id"_s, u"web-app"_s}, {u"iss"_s, u"web-app"_s},
            {u"aud"_s, op.issuer()}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s},
            {u"state"_s, u"signed"_s}, {u"exp"_s, op.clock->nowSecs() + 300}};
        auto signedRequest = [&](const QJsonObject& payload, const jose::Jwk& key, jose::Algorithm alg) {
            core::FormData form;
            form.add(u"client_id"_s, u"web-app"_s);
            form.add(u"response_type"_s, u"code"_s);
            form.add(u"scope"_s, u"openid"_s);
            form.add(u"redirect_uri"_s, u"http://localhost:8080/callback"_s);
            form.add(u"state"_s, u"query-state"_s);
            form.add(u"request"_s,
                QString::fromLatin1(
                    *jose::Jws::sign({}, QJsonDocument(payload).toJson(QJsonDocument::Compact), key, alg)));
            return form;
        };
        const jose::Jwk clientKey = jose::Jwk::fromSecret(secret.toUtf8());
        // Signed in already (single sign-on): the code at once, with the object's state.
        const auto signedBack = op.authorize(signedRequest(webApp, clientKey, jose::Algorithm::HS256));
        QCOMPARE(signedBack.status, 302);
        QVERIFY(!signedBack.locationParam(u"code"_s).isEmpty());
        QCOMPARE(signedBack.locationParam(u"state"_s), u"signed"_s);
        // RFC 9101: only client_id and the object in the query.
        QJsonObject whole = webApp;
        whole.insert(u"response_type"_s, u"code"_s);
        whole.insert(u"scope"_s, u"openid"_s);
        core::FormData jar;
        jar.add(u"client_id"_s, u"web-app"_s);
        jar.add(u"request"_s,
            QString::fromLatin1(*jose::Jws::sign(
                {}, QJsonDocument(whole).toJson(QJsonDocument::Compact), clientKey, jose::Algorithm::HS256)));
        const auto jarBack = op.authorize(jar);
        QCOMPARE(jarBack.status, 302);
        QVERIFY(!jarBack.locationParam(u"code"_s).isEmpty());

        // Refused at the query's redirect_uri, with the reason.
        auto refused = [&](const core::FormData& form) -> QString {
            const auto reply = op.authorize(form);
            if (reply.status != 302 || reply.locationParam(u"error"_s) != u"invalid_request_object"_s
                || reply.location().toString(QUrl::RemoveQuery) != u"http://localhost:8080/callback"_s)
                return QString::number(reply.status) + u' ' + reply.location().toString();
            return reply.locationParam(u"error_description"_s);
        };
        QVERIFY(refused(signedRequest(webApp, jose::Jwk::fromSecret("another-secret-of-32-bytes-or-more!"),
                            jose::Algorithm::HS256))
                    .contains(u"does not verify"_s));
        QVERIFY(refused(signedRequest(webApp, jose::Jwk::generateEc(), jose::Algorithm::ES256))
                    .contains(u"no registered public keys"_s));
        // Signed with a key whose public half the client registered (its jwks): taken like the secret's.
        jose::Jwk registered = jose::Jwk::generateEc();
        registered.setKid(u"jar-key"_s);
        for (provider::Client& c : op.workspace.issuers.first().clients) {
            if (c.clientId == u"web-app"_s)
                c.jwks.keys.append(*jose::Jwk::fromJson(registered.toPublicJson()));
        }
        op.provider->setWorkspace(op.workspace);
        const auto keyBack = op.authorize(signedRequest(webApp, registered, jose::Algorithm::ES256));
        QCOMPARE(keyBack.status, 302);
        QVERIFY(!keyBack.locationParam(u"code"_s).isEmpty());
        QCOMPARE(keyBack.locationParam(u"state"_s), u"signed"_s);
        // Another key: by its own kid, or under the registered key's.
        const QString unknownKid
            = refused(signedRequest(webApp, jose::Jwk::generateEc(), jose::Algorithm::ES256));
        QVERIFY2(unknownKid.contains(u"no public key with kid"_s), qPrintable(unknownKid));
        jose::Jwk impostor = jose::Jwk::generateEc();
        impostor.setKid(registered.kid());
        const QString forged = refused(signedRequest(webApp, impostor, jose::Algorithm::ES256));
        QVERIFY2(forged.contains(u"does not verify"_s), qPrintable(forged));
        auto with = [&webApp](const QString& name, const QJsonValue& value) {
            QJsonObject claims = webApp;
            claims.insert(name, value);
            return claims;
        };
        const QList<std::pair<QJsonObject, QString>> refusedObjects{
            {with(u"client_id"_s, u"spa"_s), u"client_id"_s},
            {with(u"response_type"_s, u"code id_token"_s), u"response_type"_s},
            {with(u"exp"_s, op.clock->nowSecs() - 1), u"expired"_s},
            {with(u"aud"_s, u"https://elsewhere.test"_s), u"aud"_s},
            {with(u"request_uri"_s, u"https://x.test/r"_s), u"request_uri"_s},
        };
        for (const auto& [claims, why] : refusedObjects) {
            const QString description = refused(signedRequest(claims, clientKey, jose::Algorithm::HS256));
            QVERIFY2(description.contains(why), qPrintable(description));
        }
        core::FormData encrypted = signedRequest(webApp, clientKey, jose::Algorithm::HS256);
        encrypted = fixture::merged(encrypted.pairs(), {{u"request"_s, u"a.b.c.d.e"_s}});
        QVERIFY(refused(encrypted).contains(u"encrypted"_s));

        // Never a redirect to a URI the client has not registered, wherever it comes from.
        const auto page2 = op.authorize(signedRequest(
            with(u"redirect_uri"_s, u"http://evil.test/callback"_s), clientKey, jose::Algorithm::HS256));
        QCOMPARE(page2.status, 400);
        QVERIFY(page2.header("location").isEmpty());
        // A broken object without a registered redirect_uri in the query: a page, not a redirect.
        core::FormData broken = query;
        broken.add(u"request"_s, u"not-a-jwt"_s);
        const auto page3 = op.authorize(broken);
        QCOMPARE(page3.status, 400);
        QVERIFY(page3.header("location").isEmpty());
        QVERIFY(page3.body.contains("Invalid request object"));
    }

    // An issuer that takes no request objects: the object's parameters are not used, the error goes to the
    // query's redirect_uri, and discovery says so.
    void requestObjectsSwitchedOff()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().requestObjects = false;
        fixture::Provider op(ws);
        core::FormData form = op.authorizeParams();
        form.add(u"request"_s,
            QString::fromLatin1(jose::base64UrlEncode("{\"alg\":\"none\"}") + '.'
                + jose::base64UrlEncode("{\"redirect_uri\":\"http://localhost:5173/other\"}") + '.'));
        const auto reply = op.authorize(form);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location().toString(QUrl::RemoveQuery), u"http://localhost:5173/callback"_s);
        QCOMPARE(reply.locationParam(u"error"_s), u"request_not_supported"_s);
        QCOMPARE(reply.locationParam(u"state"_s), u"state-123"_s);
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QCOMPARE(doc.value(u"request_parameter_supported"_s), QJsonValue(false));
        QVERIFY(!doc.contains(u"request_object_signing_alg_values_supported"_s));
        // Without the object the same request goes on to the login page.
        QCOMPARE(op.authorize(op.authorizeParams()).status, 200);
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
