#include "common/ProviderFixture.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using fixture::claimsOf;

// The presets that imitate real providers, each checked by replaying the examples of that provider's public
// documentation (shared/seeds) against it.
class TestPresets : public QObject
{
    Q_OBJECT

    static provider::Workspace preset(const QString& name)
    {
        auto ws = provider::Workspace::preset(name);
        if (!ws) {
            FIXTURE_FAIL(u"no preset "_s + name);
            return fixture::testWorkspace();
        }
        ws->server.port = 0;
        ws->ensureSigningKeys();
        return *ws;
    }

private slots:
    void presetsAreListed()
    {
        QCOMPARE(provider::Workspace::presetNames(),
            (QStringList{u"discovery-jwks-hs256"_s, u"discovery-jwks-rs256"_s, u"generic-full"_s,
                u"oauth-dashboard"_s, u"path-prefixed-spa"_s}));
        QVERIFY(!provider::Workspace::preset(u"nope"_s));
    }

    // Seed 000: issuer https://host/api/rest/services/oidc, every endpoint beneath it, PKCE-only public SPA,
    // custom scope customer-id, RS256.
    void pathPrefixedDiscovery()
    {
        fixture::Provider op(preset(u"path-prefixed-spa"_s));
        QVERIFY(op.issuer().endsWith(u"/api/rest/services/oidc"_s));
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QCOMPARE(doc.value(u"issuer"_s).toString(), op.issuer());
        for (const char16_t* name : {u"authorization_endpoint", u"token_endpoint", u"userinfo_endpoint",
                 u"jwks_uri", u"end_session_endpoint"})
            QVERIFY2(doc.value(QString::fromUtf16(name)).toString().startsWith(op.issuer() + u'/'),
                qPrintable(QString::fromUtf16(name)));
        QVERIFY(doc.value(u"scopes_supported"_s).toArray().contains(u"customer-id"_s));
        QCOMPARE(doc.value(u"id_token_signing_alg_values_supported"_s).toArray(), QJsonArray{u"RS256"_s});
        const QJsonArray keys = op.get(u"/jwks"_s).json().value(u"keys"_s).toArray();
        QCOMPARE(keys.first().toObject().value(u"alg"_s).toString(), u"RS256"_s);
        // Nothing answers outside the issuer's path.
        QCOMPARE(op.send("GET", QUrl(op.workspace.baseUrl() + u"/.well-known/openid-configuration"_s)).status,
            404);
    }

    void pathPrefixedReplaysTheDocumentedRequests()
    {
        fixture::Provider op(preset(u"path-prefixed-spa"_s));
        // The documented /authorize cURL, verbatim (its referer header included).
        const QString query
            = u"redirect_uri=https%3A%2F%2Fclient-app.com%2Fredirect&scope=openid+email&state=EatlqjKZ"
              u"&nonce=n3UdyX2s&code_challenge=xLO0yqyWUBp_EZxnw23V0JNFM3TkfRvB9WF-7ZwUJCY"
              u"&code_challenge_method=S256&client_id=I2r6wGHFOlvptyUOLhD8cR57&response_type=code"_s;
        const auto page = op.get(u"/authorize?"_s + query, {{"referer", "https://client-app.com"}});
        QCOMPARE(page.status, 200);
        const auto callback = op.submitLogin(page, {{u"pick"_s, u"designer"_s}});
        QCOMPARE(callback.status, 303);
        QCOMPARE(callback.location().toString(QUrl::RemoveQuery), u"https://client-app.com/redirect"_s);
        QCOMPARE(callback.locationParam(u"state"_s), u"EatlqjKZ"_s);
        const QString code = callback.locationParam(u"code"_s);

        // The documented /token cURL with our code. Its code_verifier is not the one of its code_challenge
        // (the two examples come from different runs), so a faithful provider must refuse it.
        const QByteArray body = "redirect_uri=https%3A%2F%2Fclient-app.com%2Fredirect&code=" + code.toLatin1()
            + "&code_verifier=XDY-0Oxq1V0S2IqwbZwPNiiQt2xEMO7BvBCjZbvkT38&grant_type=authorization_code"
              "&client_id=I2r6wGHFOlvptyUOLhD8cR57";
        const auto refused = op.post(u"/token"_s, body,
            {{"content-type", "application/x-www-form-urlencoded;charset=UTF-8"},
                {"origin", "https://client-app.com"}});
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QVERIFY(refused.json().value(u"error_description"_s).toString().contains(u"PKCE"_s));
        QCOMPARE(refused.header("access-control-allow-origin"), "https://client-app.com"_ba);
    }

    void pathPrefixedCustomerIdClaim()
    {
        // The documented SPA login: scope "openid email customer-id", then claims.email and
        // claims["customer-id"].
        fixture::Provider op(preset(u"path-prefixed-spa"_s));
        const auto params = op.authorizeParams({{u"client_id"_s, u"I2r6wGHFOlvptyUOLhD8cR57"_s},
            {u"redirect_uri"_s, u"https://client-app.com/redirect"_s},
            {u"scope"_s, u"openid email customer-id"_s}});
        const QString code = op.codeFor(u"designer"_s, params);
        const auto reply = op.exchange(code,
            {{u"client_id"_s, u"I2r6wGHFOlvptyUOLhD8cR57"_s},
                {u"redirect_uri"_s, u"https://client-app.com/redirect"_s}});
        QCOMPARE(reply.status, 200);
        const QJsonObject claims = claimsOf(reply.json().value(u"id_token"_s).toString());
        QCOMPARE(claims.value(u"email"_s).toString(), u"designer@customer.example"_s);
        QCOMPARE(claims.value(u"customer-id"_s).toString(), u"cust-1042"_s);
        QCOMPARE(jose::Jws::parse(reply.json().value(u"id_token"_s).toString().toLatin1())->algorithmName(),
            u"RS256"_s);
        // Public SPA clients with PKCE only: no PKCE, no login; no client_credentials.
        QCOMPARE(op.authorize(op.authorizeParams({{u"client_id"_s, u"I2r6wGHFOlvptyUOLhD8cR57"_s},
                                  {u"redirect_uri"_s, u"https://client-app.com/redirect"_s},
                                  {u"scope"_s, u"openid email"_s}, {u"code_challenge"_s, QString()},
                                  {u"code_challenge_method"_s, QString()}}))
                     .locationParam(u"error"_s),
            u"invalid_request"_s);
        QCOMPARE(op.post(u"/token"_s, "grant_type=client_credentials&client_id=I2r6wGHFOlvptyUOLhD8cR57")
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"unauthorized_client"_s);
    }

    // Seed 004: a dashboard under /oauth/*, discovery at the root, scopes openid profile email tenant.
    void oauthDashboardLayout()
    {
        fixture::Provider op(preset(u"oauth-dashboard"_s));
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        const QString base = op.workspace.baseUrl();
        QCOMPARE(doc.value(u"issuer"_s).toString(), base);
        QCOMPARE(doc.value(u"authorization_endpoint"_s).toString(), base + u"/oauth/authorize"_s);
        QCOMPARE(doc.value(u"token_endpoint"_s).toString(), base + u"/oauth/token"_s);
        QCOMPARE(doc.value(u"userinfo_endpoint"_s).toString(), base + u"/oauth/userinfo"_s);
        QCOMPARE(doc.value(u"end_session_endpoint"_s).toString(), base + u"/oauth/logout"_s);
        for (const char16_t* scope : {u"openid", u"profile", u"email", u"tenant"})
            QVERIFY(doc.value(u"scopes_supported"_s).toArray().contains(QString::fromUtf16(scope)));
        // The seed's grant types, exactly; response types follow them, and no request objects.
        QCOMPARE(doc.value(u"grant_types_supported"_s).toArray(),
            (QJsonArray{u"authorization_code"_s, u"implicit"_s, u"refresh_token"_s}));
        QCOMPARE(doc.value(u"response_types_supported"_s).toArray().size(), 6);
        QCOMPARE(doc.value(u"request_parameter_supported"_s), QJsonValue(false));
        QVERIFY(!doc.contains(u"request_object_signing_alg_values_supported"_s));
        QVERIFY(!doc.contains(u"device_authorization_endpoint"_s));
        // Client authentication as the seed lists it, and only that: a client assertion is refused.
        QCOMPARE(doc.value(u"token_endpoint_auth_methods_supported"_s).toArray(),
            (QJsonArray{u"client_secret_basic"_s, u"client_secret_post"_s}));
        QVERIFY(!doc.contains(u"token_endpoint_auth_signing_alg_values_supported"_s));
        const QString secret = op.workspace.issuers.first().findClient(u"dashboard-app"_s)->secret;
        const core::FormData post{{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"unknown"_s},
            {u"client_id"_s, u"dashboard-app"_s}, {u"client_secret"_s, secret}}};
        QCOMPARE(op.post(u"/oauth/token"_s, post.encode()).json().value(u"error"_s).toString(),
            u"invalid_grant"_s); // authenticated; only the token is unknown
        const QJsonObject claims{{u"iss"_s, u"dashboard-app"_s}, {u"sub"_s, u"dashboard-app"_s},
            {u"aud"_s, op.issuer()}, {u"jti"_s, u"a1"_s}, {u"exp"_s, op.clock->nowSecs() + 60}};
        const core::FormData assertion{{{u"grant_type"_s, u"refresh_token"_s},
            {u"refresh_token"_s, u"unknown"_s},
            {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
            {u"client_assertion"_s,
                QString::fromLatin1(*jose::Jws::sign({}, QJsonDocument(claims).toJson(QJsonDocument::Compact),
                    jose::Jwk::fromSecret(secret.toUtf8()), jose::Algorithm::HS256))}}};
        const auto refused = op.post(u"/oauth/token"_s, assertion.encode());
        QCOMPARE(refused.status, 401);
        QVERIFY2(refused.json()
                     .value(u"error_description"_s)
                     .toString()
                     .contains(u"does not accept client_secret_jwt"_s),
            qPrintable(refused.json().value(u"error_description"_s).toString()));
        QCOMPARE(op.get(u"/authorize"_s).status, 404); // the standard paths are not there
        const core::FormData credentials{{{u"grant_type"_s, u"client_credentials"_s},
            {u"client_id"_s, u"dashboard-app"_s}, {u"client_secret"_s, secret}}};
        QCOMPARE(op.post(u"/oauth/token"_s, credentials.encode()).json().value(u"error"_s).toString(),
            u"unsupported_grant_type"_s);
    }

    void oauthDashboardUserinfoShape()
    {
        // The documented userinfo example, for the documented four scopes.
        fixture::Provider op(preset(u"oauth-dashboard"_s));
        const auto params = op.authorizeParams(
            {{u"client_id"_s, u"dashboard-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s},
                {u"scope"_s, u"openid profile email tenant"_s}});
        op.newBrowser();
        const auto page = op.get(u"/oauth/authorize?"_s + QString::fromLatin1(params.encode()));
        QCOMPARE(page.status, 200);
        const QString code = op.submitLogin(page, {{u"pick"_s, u"user"_s}}).locationParam(u"code"_s);
        core::FormData form;
        form.add(u"grant_type"_s, u"authorization_code"_s);
        form.add(u"code"_s, code);
        form.add(u"redirect_uri"_s, u"http://localhost:8080/callback"_s);
        form.add(u"code_verifier"_s, QString::fromLatin1(op.verifier));
        const auto tokens = op.post(u"/oauth/token"_s, form.encode(),
            {{"Authorization",
                "Basic " + QByteArray("dashboard-app:dashboard-app-secret-0123456789abcdef").toBase64()}});
        QCOMPARE(tokens.status, 200);
        const auto userinfo = op.get(u"/oauth/userinfo"_s,
            {{"Authorization", "Bearer " + tokens.json().value(u"access_token"_s).toString().toLatin1()}});
        QCOMPARE(userinfo.status, 200);
        const QJsonObject claims = userinfo.json();
        const QStringList names = claims.keys();
        QCOMPARE(QSet<QString>(names.begin(), names.end()),
            (QSet<QString>{u"sub"_s, u"email"_s, u"email_verified"_s, u"name"_s, u"preferred_username"_s,
                u"picture"_s, u"tenant_name"_s, u"tenant_sub"_s}));
        QCOMPARE(claims.value(u"sub"_s).toString(), u"1"_s);
        QCOMPARE(claims.value(u"name"_s).toString(), u"User"_s);
        QCOMPARE(claims.value(u"email_verified"_s).toBool(), true);
        QCOMPARE(claims.value(u"tenant_name"_s).toString(), u"Organization Name"_s);
        QCOMPARE(claims.value(u"tenant_sub"_s).toInt(), 1);

        // The documented logout is a POST; with the user's ID token as hint it signs out at once.
        const auto logout = op.post(u"/oauth/logout"_s,
            "post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F&id_token_hint="
                + tokens.json().value(u"id_token"_s).toString().toLatin1());
        QCOMPARE(logout.status, 302);
        QCOMPARE(logout.header("location"), "http://localhost:8080/"_ba);
        // Signed out now, so client_id alone has nothing to confirm and redirects at once.
        const auto again = op.get(
            u"/oauth/logout?client_id=dashboard-app&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F"_s);
        QCOMPARE(again.status, 302);
    }

    // Every feature at once: each kind of client of the generic preset gets what it is registered for.
    void genericFull()
    {
        fixture::Provider op(preset(u"generic-full"_s));
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        for (const char16_t* alg : {u"RS256", u"PS256", u"HS256"})
            QVERIFY(doc.value(u"id_token_signing_alg_values_supported"_s)
                        .toArray()
                        .contains(QString::fromUtf16(alg)));
        for (const char16_t* endpoint :
            {u"revocation_endpoint", u"introspection_endpoint", u"end_session_endpoint"})
            QVERIFY(doc.contains(QString::fromUtf16(endpoint)));

        // Hybrid for web-app, PS256-signed.
        const auto hybrid = op.loginAs(u"alice"_s,
            op.authorizeParams(
                {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s},
                    {u"response_type"_s, u"code id_token"_s}}));
        const auto fragment
            = core::FormData::parse(hybrid.location().fragment(QUrl::FullyEncoded).toLatin1());
        QCOMPARE(jose::Jws::parse(fragment->value(u"id_token"_s).toLatin1())->algorithmName(), u"PS256"_s);
        QVERIFY(!fragment->value(u"code"_s).isEmpty());

        // Implicit for the legacy SPA.
        const auto implicit = op.loginAs(u"bob"_s,
            op.authorizeParams({{u"client_id"_s, u"legacy-implicit"_s},
                {u"redirect_uri"_s, u"http://localhost:5174/callback"_s},
                {u"response_type"_s, u"id_token token"_s}}));
        QVERIFY(implicit.location().fragment().contains(u"access_token="_s));

        // client_credentials for the service, with its audience and roles.
        const auto service = op.post(u"/token"_s, "grant_type=client_credentials",
            {{"Authorization",
                "Basic " + QByteArray("service:service-secret-0123456789abcdef0123456789").toBase64()}});
        QCOMPARE(service.status, 200);
        const QJsonObject claims = claimsOf(service.json().value(u"access_token"_s).toString());
        QCOMPARE(claims.value(u"aud"_s).toString(), u"https://api.example"_s);
        QCOMPARE(claims.value(u"roles"_s).toArray().size(), 2);

        // HS256 ID tokens for hs256-app.
        const QString code = op.codeFor(u"alice"_s,
            op.authorizeParams({{u"client_id"_s, u"hs256-app"_s},
                {u"redirect_uri"_s, u"http://localhost:8081/callback"_s}}));
        const auto tokens = op.exchange(code,
            {{u"client_id"_s, u"hs256-app"_s}, {u"redirect_uri"_s, u"http://localhost:8081/callback"_s},
                {u"client_secret"_s, u"hs256-app-secret-must-be-32-bytes-or-more!"_s}});
        QCOMPARE(jose::Jws::parse(tokens.json().value(u"id_token"_s).toString().toLatin1())->algorithmName(),
            u"HS256"_s);
    }

    // Seed 001: a backend that serves only a root-mounted discovery document and /oidc/jwks. The issuer comes
    // from configuration, else the request's Host header (https://<host>), else http://localhost:4321.
    void discoveryJwksOnlyDocument()
    {
        fixture::Provider op(preset(u"discovery-jwks-hs256"_s), fixture::Transport::Socket);
        const QString base = op.workspace.baseUrl();
        const auto reply = op.send(
            "GET", QUrl(base + u"/.well-known/openid-configuration"_s), {}, {{"Host", "auth.your-app.com"}});
        QCOMPARE(reply.status, 200);
        const QJsonObject doc = reply.json();
        // "issuer, authorization_endpoint, token_endpoint, jwks_uri, supported scopes, response types,
        // signing algorithms"
        QCOMPARE(doc.value(u"issuer"_s).toString(), u"https://auth.your-app.com"_s);
        QCOMPARE(doc.value(u"jwks_uri"_s).toString(), u"https://auth.your-app.com/oidc/jwks"_s);
        QVERIFY(doc.contains(u"authorization_endpoint"_s));
        QVERIFY(doc.contains(u"token_endpoint"_s));
        QVERIFY(!doc.value(u"scopes_supported"_s).toArray().isEmpty());
        QVERIFY(!doc.value(u"response_types_supported"_s).toArray().isEmpty());
        QCOMPARE(doc.value(u"id_token_signing_alg_values_supported"_s).toArray(), QJsonArray{u"HS256"_s});
        // Nothing else is advertised...
        for (const QString& member : {u"userinfo_endpoint"_s, u"revocation_endpoint"_s,
                 u"introspection_endpoint"_s, u"end_session_endpoint"_s, u"device_authorization_endpoint"_s})
            QVERIFY2(!doc.contains(member), qPrintable(member));
        // (the device code grant goes with its endpoint)
        QVERIFY(!doc.value(u"grant_types_supported"_s)
                     .toArray()
                     .contains(u"urn:ietf:params:oauth:grant-type:device_code"_s));
        QVERIFY(doc.value(u"grant_types_supported"_s).toArray().contains(u"authorization_code"_s));
        // ...or served: "Authorization-code flow, dynamic client registration, and token endpoint are not
        // implemented."
        for (const QString& path :
            {u"/oidc/authorize?client_id=x"_s, u"/oidc/token"_s, u"/userinfo"_s, u"/logout"_s})
            QCOMPARE(op.send("GET", QUrl(base + path)).status, 404);
        QCOMPARE(op.send("POST", QUrl(base + u"/oidc/token"_s), "grant_type=client_credentials").status, 404);

        // Another Host, another issuer; the Host of a plain request is the address it was sent to.
        QCOMPARE(
            op.send("GET", QUrl(base + u"/.well-known/openid-configuration"_s)).json().value(u"issuer"_s),
            QJsonValue(u"https://127.0.0.1:%1"_s.arg(op.port)));
        // A Host that is not a host is refused, not echoed.
        const auto bad = op.send("GET", QUrl(base + u"/.well-known/openid-configuration"_s), {},
            {{"Host", "evil.example\"/><script>"}});
        QCOMPARE(bad.status, 400);
    }

    void discoveryJwksOnlyIssuerFallbackAndConfiguration()
    {
        fixture::Provider op(preset(u"discovery-jwks-hs256"_s), fixture::Transport::Socket);
        // HTTP/1.0 without a Host header: the localhost fallback.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, op.port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /.well-known/openid-configuration HTTP/1.0\r\n\r\n");
        QByteArray raw;
        QTRY_VERIFY_WITH_TIMEOUT((raw += socket.readAll()).contains("\"jwks_uri\""), 5000);
        const QJsonObject doc = QJsonDocument::fromJson(raw.mid(raw.indexOf("\r\n\r\n") + 4)).object();
        QCOMPARE(doc.value(u"issuer"_s).toString(), u"http://localhost:4321"_s);
        QCOMPARE(doc.value(u"jwks_uri"_s).toString(), u"http://localhost:4321/oidc/jwks"_s);

        // A configured issuer comes first, whatever the Host.
        provider::Workspace configured = op.workspace;
        configured.server.publicUrl = u"https://auth.your-app.com"_s;
        op.provider->setWorkspace(configured);
        const auto reply
            = op.send("GET", QUrl(op.workspace.baseUrl() + u"/.well-known/openid-configuration"_s), {},
                {{"Host", "other.example"}});
        QCOMPARE(reply.json().value(u"issuer"_s).toString(), u"https://auth.your-app.com"_s);
    }

    // "{ "keys": [] } when Pylon is configured with HS256 only (the default)": the tokens it signs verify
    // with the shared secret only.
    void discoveryJwksOnlyHs256()
    {
        fixture::Provider op(preset(u"discovery-jwks-hs256"_s));
        const auto jwks = op.send("GET", QUrl(op.workspace.baseUrl() + u"/oidc/jwks"_s));
        QCOMPARE(jwks.status, 200);
        QCOMPARE(jwks.body, "{\"keys\":[]}");

        provider::MintRequest request;
        request.username = u"alice"_s;
        request.audience = u"api://orders"_s;
        QString error;
        const auto token = op.provider->mintToken(request, &error);
        QVERIFY2(token, qPrintable(error));
        const auto jws = jose::Jws::parse(token->toLatin1());
        QCOMPARE(jws->algorithmName(), u"HS256"_s);
        QVERIFY(jws->kid().isEmpty()); // no thumbprint of the secret
        const jose::Jwk secret = op.workspace.issuers.first().keys.first().jwk;
        QVERIFY(jws->verify(secret));
        QVERIFY(!jws->verify(jose::Jwk::fromSecret("another secret, just as long as the real one")));
        const QJsonObject claims = claimsOf(*token);
        QCOMPARE(claims.value(u"iss"_s).toString(), u"http://localhost:4321"_s);
        QCOMPARE(claims.value(u"sub"_s).toString(), u"usr_01"_s);
        QCOMPARE(claims.value(u"aud"_s).toString(), u"api://orders"_s);
        QCOMPARE(claims.value(u"email"_s).toString(), u"alice@example.com"_s);
        QVERIFY(claims.value(u"exp"_s).toInteger() > claims.value(u"iat"_s).toInteger());
    }

    // "{ "keys": [...] } with a single RSA key": exponent AQAB, key id pylon-default.
    void discoveryJwksOnlyRs256()
    {
        fixture::Provider op(preset(u"discovery-jwks-rs256"_s));
        const QJsonArray keys = op.send("GET", QUrl(op.workspace.baseUrl() + u"/oidc/jwks"_s))
                                    .json()
                                    .value(u"keys"_s)
                                    .toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(u"kty"_s).toString(), u"RSA"_s);
        QCOMPARE(key.value(u"e"_s).toString(), u"AQAB"_s);
        QCOMPARE(key.value(u"kid"_s).toString(), u"pylon-default"_s);
        QVERIFY(!key.contains(u"d"_s));
        QCOMPARE(op.send("GET", QUrl(op.workspace.baseUrl() + u"/.well-known/openid-configuration"_s))
                     .json()
                     .value(u"id_token_signing_alg_values_supported"_s)
                     .toArray(),
            QJsonArray{u"RS256"_s});

        provider::MintRequest request;
        request.username = u"bob"_s;
        QString error;
        const auto token = op.provider->mintToken(request, &error);
        QVERIFY2(token, qPrintable(error));
        // A downstream service verifies it with the published key alone.
        const auto jws = jose::Jws::parse(token->toLatin1());
        QCOMPARE(jws->kid(), u"pylon-default"_s);
        QVERIFY(jws->verify(*jose::Jwk::fromJson(key)));
        QVERIFY(!claimsOf(*token).contains(u"aud"_s));
    }
};

QTEST_GUILESS_MAIN(TestPresets)
#include "TestPresets.moc"
