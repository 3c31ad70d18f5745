#include "common/ProviderFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Pairs = QList<std::pair<QString, QString>>;

// Pushed authorization requests (RFC 9126): the client pushes its authorization request to /par, then sends
// the browser to the authorization endpoint with client_id and the request_uri it got back.
class TestPushedAuthorization : public QObject
{
    Q_OBJECT

    static constexpr auto kRedirect = u"http://localhost:8080/callback";

    // The confidential web app's authorization request, with PKCE; extra pairs override or add.
    static core::FormData webAppRequest(fixture::Provider& op, const Pairs& extra = {})
    {
        const core::FormData base = op.authorizeParams(
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, QString::fromUtf16(kRedirect)}});
        return fixture::merged(base.pairs(), extra);
    }

    static fixture::Reply push(fixture::Provider& op, const core::FormData& form,
        const Headers& headers = fixture::webAppBasicAuth())
    {
        return op.post(u"/par"_s, form.encode(), headers);
    }

    static core::FormData byReference(const QString& clientId, const QString& requestUri)
    {
        core::FormData form;
        form.add(u"client_id"_s, clientId);
        form.add(u"request_uri"_s, requestUri);
        return form;
    }

private slots:
    void pushThenSignIn()
    {
        fixture::Provider op;
        const auto pushed = push(op, webAppRequest(op));
        QCOMPARE(pushed.status, 201);
        QCOMPARE(pushed.header("cache-control"), "no-store"_ba);
        const QString requestUri = pushed.json().value(u"request_uri"_s).toString();
        QVERIFY2(requestUri.startsWith(u"urn:ietf:params:oauth:request_uri:"_s), pushed.body.constData());
        QCOMPARE(pushed.json().value(u"expires_in"_s).toInt(), 60);

        // The pushed parameters are the request's: the query's state is ignored.
        core::FormData query = byReference(u"web-app"_s, requestUri);
        query.add(u"state"_s, u"from-the-query"_s);
        op.newBrowser();
        const auto page = op.authorize(query);
        QCOMPARE(page.status, 200);
        const auto back = op.submitLogin(page, {{u"pick"_s, u"alice"_s}});
        QCOMPARE(back.location().toString(QUrl::RemoveQuery), QString::fromUtf16(kRedirect));
        QCOMPARE(back.locationParam(u"state"_s), u"state-123"_s);
        const auto tokens = op.exchange(back.locationParam(u"code"_s),
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, QString::fromUtf16(kRedirect)}},
            fixture::webAppBasicAuth());
        QCOMPARE(tokens.status, 200);
        QCOMPARE(
            fixture::claimsOf(tokens.json().value(u"id_token"_s).toString()).value(u"nonce"_s).toString(),
            u"nonce-456"_s);

        // A request_uri serves once.
        const auto again = op.authorize(byReference(u"web-app"_s, requestUri));
        QCOMPARE(again.status, 400);
        QVERIFY(again.header("location").isEmpty());
        QVERIFY(again.body.contains("Invalid request_uri"));
    }

    void publicClientPushesWithItsId()
    {
        // A public client (token_endpoint_auth_method none) pushes with client_id alone.
        fixture::Provider op;
        const auto pushed = push(op, op.authorizeParams(), {});
        QCOMPARE(pushed.status, 201);
        op.newBrowser();
        const auto page
            = op.authorize(byReference(u"spa"_s, pushed.json().value(u"request_uri"_s).toString()));
        QCOMPARE(page.status, 200);
        QVERIFY(!op.submitLogin(page, {{u"pick"_s, u"alice"_s}}).locationParam(u"code"_s).isEmpty());
    }

    void requestUriExpiresAndBelongsToItsClient()
    {
        fixture::Provider op;
        const QString first = push(op, webAppRequest(op)).json().value(u"request_uri"_s).toString();
        // Another client cannot use it, nor use it up.
        const auto stranger = op.authorize(byReference(u"spa"_s, first));
        QCOMPARE(stranger.status, 400);
        QVERIFY(stranger.header("location").isEmpty());
        op.newBrowser();
        QCOMPARE(op.authorize(byReference(u"web-app"_s, first)).status, 200);
        // Past its 60 seconds it is gone.
        const QString second = push(op, webAppRequest(op)).json().value(u"request_uri"_s).toString();
        op.clock->advanceSecs(61);
        QCOMPARE(op.authorize(byReference(u"web-app"_s, second)).status, 400);
        const QString unknown = u"urn:ietf:params:oauth:request_uri:nope"_s;
        QCOMPARE(op.authorize(byReference(u"web-app"_s, unknown)).status, 400);
        // Any other request_uri (by reference, OIDC Core 6.2) is not supported.
        const auto byUrl
            = op.authorize(webAppRequest(op, {{u"request_uri"_s, u"https://client.example/request.jwt"_s}}));
        QCOMPARE(byUrl.status, 302);
        QCOMPARE(byUrl.locationParam(u"error"_s), u"request_uri_not_supported"_s);
    }

    void pushedRequestsAreChecked_data()
    {
        QTest::addColumn<Pairs>("extra");
        QTest::addColumn<QString>("error");
        using P = Pairs;
        QTest::newRow("unregistered redirect_uri")
            << P{{u"redirect_uri"_s, u"http://evil.example/cb"_s}} << u"invalid_request"_s;
        QTest::newRow("no redirect_uri") << P{{u"redirect_uri"_s, QString()}} << u"invalid_request"_s;
        QTest::newRow("unknown scope") << P{{u"scope"_s, u"openid payroll"_s}} << u"invalid_scope"_s;
        QTest::newRow("no openid") << P{{u"scope"_s, u"profile"_s}} << u"invalid_scope"_s;
        QTest::newRow("unknown response_type")
            << P{{u"response_type"_s, u"code foo"_s}} << u"unsupported_response_type"_s;
        QTest::newRow("bad PKCE method")
            << P{{u"code_challenge_method"_s, u"S512"_s}} << u"invalid_request"_s;
        QTest::newRow("request_uri pushed")
            << P{{u"request_uri"_s, u"urn:ietf:params:oauth:request_uri:x"_s}} << u"invalid_request"_s;
        QTest::newRow("broken request object")
            << P{{u"request"_s, u"not-a-jwt"_s}} << u"invalid_request_object"_s;
    }

    void pushedRequestsAreChecked()
    {
        QFETCH(Pairs, extra);
        QFETCH(QString, error);
        fixture::Provider op;
        const auto reply = push(op, webAppRequest(op, extra));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toString(), error);
        QCOMPARE(reply.header("cache-control"), "no-store"_ba);
    }

    void clientAuthenticationAsAtTheTokenEndpoint()
    {
        fixture::Provider op;
        // A confidential client without its secret, or with a wrong one.
        QCOMPARE(push(op, webAppRequest(op), {}).status, 401);
        const auto wrong = push(op, webAppRequest(op),
            {{"Authorization", "Basic " + QByteArray("web-app:not-the-secret").toBase64()}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json().value(u"error"_s).toString(), u"invalid_client"_s);
        // Only POST.
        QCOMPARE(op.get(u"/par"_s).status, 405);
    }

    void requestObjectPushed()
    {
        // A signed request object pushed (RFC 9126 3): its parameters are the request's.
        fixture::Provider op;
        const QString secret = op.workspace.issuers.first().findClient(u"web-app"_s)->secret;
        QJsonObject claims;
        const core::FormData request = webAppRequest(op);
        for (const auto& [key, value] : request.pairs())
            claims.insert(key, value);
        claims.insert(u"iss"_s, u"web-app"_s);
        claims.insert(u"aud"_s, op.issuer());
        claims.insert(u"state"_s, u"from-the-object"_s);
        core::FormData form;
        form.add(u"client_id"_s, u"web-app"_s);
        form.add(u"request"_s,
            QString::fromLatin1(*jose::Jws::sign({}, QJsonDocument(claims).toJson(QJsonDocument::Compact),
                jose::Jwk::fromSecret(secret.toUtf8()), jose::Algorithm::HS256)));
        const auto pushed = push(op, form);
        QCOMPARE(pushed.status, 201);
        op.newBrowser();
        const auto page
            = op.authorize(byReference(u"web-app"_s, pushed.json().value(u"request_uri"_s).toString()));
        QCOMPARE(page.status, 200);
        QCOMPARE(
            op.submitLogin(page, {{u"pick"_s, u"alice"_s}}).locationParam(u"state"_s), u"from-the-object"_s);
    }

    void required()
    {
        // Required by the issuer (RFC 9126 5) or by one client (6): a request not pushed is refused at the
        // redirect URI; a pushed one goes through.
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().requirePushedRequests = true;
        fixture::Provider op(ws);
        QCOMPARE(op.get(u"/.well-known/openid-configuration"_s)
                     .json()
                     .value(u"require_pushed_authorization_requests"_s),
            QJsonValue(true));
        const auto refused = op.authorize(op.authorizeParams());
        QCOMPARE(refused.status, 302);
        QCOMPARE(refused.locationParam(u"error"_s), u"invalid_request"_s);
        QVERIFY(refused.locationParam(u"error_description"_s).contains(u"/par"_s));
        QCOMPARE(refused.locationParam(u"state"_s), u"state-123"_s);
        const QString requestUri
            = push(op, op.authorizeParams(), {}).json().value(u"request_uri"_s).toString();
        QCOMPARE(op.authorize(byReference(u"spa"_s, requestUri)).status, 200);

        ws.issuers.first().requirePushedRequests = false;
        for (provider::Client& client : ws.issuers.first().clients)
            client.requirePushedRequests = client.clientId == u"spa"_s;
        op.provider->setWorkspace(ws);
        QCOMPARE(op.authorize(op.authorizeParams()).locationParam(u"error"_s), u"invalid_request"_s);
        QCOMPARE(op.authorize(webAppRequest(op)).status, 200);
    }

    void switchedOff()
    {
        // Switched off, or with the authorization endpoint off: not served, not advertised.
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().disabledEndpoints = {u"pushed_authorization_request"_s};
        fixture::Provider op(ws);
        QCOMPARE(push(op, webAppRequest(op)).status, 404);
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QVERIFY(!doc.contains(u"pushed_authorization_request_endpoint"_s));
        QVERIFY(!doc.contains(u"require_pushed_authorization_requests"_s));
        ws.issuers.first().disabledEndpoints = {u"authorization"_s};
        op.provider->setWorkspace(ws);
        QCOMPARE(push(op, webAppRequest(op)).status, 404);
        QVERIFY(!op.get(u"/.well-known/openid-configuration"_s)
                     .json()
                     .contains(u"pushed_authorization_request_endpoint"_s));
    }
};

QTEST_GUILESS_MAIN(TestPushedAuthorization)
#include "TestPushedAuthorization.moc"
