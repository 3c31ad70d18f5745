#include "common/ProviderFixture.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;
using P = QList<std::pair<QString, QString>>;

class TestTokenEndpoint : public QObject
{
    Q_OBJECT

    static QJsonObject verifiedClaims(fixture::Provider& op, const QString& token)
    {
        const auto keys = jose::JwkSet::fromJson(op.get(u"/jwks"_s).json());
        const auto jws = jose::Jws::parse(token.toLatin1());
        if (!keys || !jws)
            return {};
        for (const jose::Jwk& key : keys->candidates(jws->kid(), jws->algorithm())) {
            if (jws->verify(key))
                return *jose::jwt::decodeClaims(jws->payload());
        }
        return {};
    }

private slots:
    void codeExchangeIssuesValidTokens()
    {
        fixture::Provider op;
        const auto reply = op.exchange(op.codeFor());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("cache-control"), "no-store"_ba);
        QCOMPARE(reply.header("pragma"), "no-cache"_ba);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(body.value(u"expires_in"_s).toInt(), 3600);
        QCOMPARE(body.value(u"scope"_s).toString(), u"openid profile email"_s);

        const QString accessToken = body.value(u"access_token"_s).toString();
        const QJsonObject id = verifiedClaims(op, body.value(u"id_token"_s).toString());
        QVERIFY2(!id.isEmpty(), "ID token does not verify with the published JWKS");
        const qint64 now = op.clock->nowSecs();
        QCOMPARE(id.value(u"iss"_s).toString(), op.issuer());
        QCOMPARE(id.value(u"sub"_s).toString(), u"a1b2c3d4-0001-4000-8000-000000000001"_s);
        QCOMPARE(id.value(u"aud"_s).toString(), u"spa"_s);
        QCOMPARE(id.value(u"azp"_s).toString(), u"spa"_s);
        QCOMPARE(id.value(u"nonce"_s).toString(), u"nonce-456"_s);
        QCOMPARE(qint64(id.value(u"iat"_s).toDouble()), now);
        QCOMPARE(qint64(id.value(u"exp"_s).toDouble()), now + 3600);
        QCOMPARE(qint64(id.value(u"auth_time"_s).toDouble()), now);
        QCOMPARE(id.value(u"at_hash"_s).toString(),
            jose::jwt::halfHash(jose::Algorithm::ES256, accessToken.toLatin1()));
        // Scope claims: profile and email granted, phone and address not.
        QCOMPARE(id.value(u"email"_s).toString(), u"alice@example.com"_s);
        QCOMPARE(id.value(u"name"_s).toString(), u"Alice Anderson"_s);
        QVERIFY(!id.contains(u"phone_number"_s));
        QVERIFY(!id.contains(u"address"_s));

        const QJsonObject at = verifiedClaims(op, accessToken);
        QCOMPARE(at.value(u"client_id"_s).toString(), u"spa"_s);
        QCOMPARE(at.value(u"scope"_s).toString(), u"openid profile email"_s);
        QCOMPARE(jose::Jws::parse(accessToken.toLatin1())->header().value(u"typ"_s).toString(), u"at+jwt"_s);
    }

    void plainPkce()
    {
        fixture::Provider op;
        const auto params = op.authorizeParams({{u"code_challenge"_s, QString::fromLatin1(op.verifier)},
            {u"code_challenge_method"_s, u"plain"_s}});
        QCOMPARE(op.exchange(op.codeFor(u"bob"_s, params)).status, 200);
    }

    void errors_data()
    {
        QTest::addColumn<P>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong code_verifier")
            << P{{u"code_verifier"_s, QString(43, u'a')}} << 400 << u"invalid_grant"_s;
        QTest::newRow("missing code_verifier")
            << P{{u"code_verifier"_s, QString()}} << 400 << u"invalid_grant"_s;
        QTest::newRow("wrong redirect_uri")
            << P{{u"redirect_uri"_s, u"http://127.0.0.1:5173/callback"_s}} << 400 << u"invalid_grant"_s;
        QTest::newRow("missing redirect_uri")
            << P{{u"redirect_uri"_s, QString()}} << 400 << u"invalid_request"_s;
        QTest::newRow("unknown code") << P{{u"code"_s, u"not-a-code"_s}} << 400 << u"invalid_grant"_s;
        QTest::newRow("missing code") << P{{u"code"_s, QString()}} << 400 << u"invalid_request"_s;
        QTest::newRow("missing grant_type") << P{{u"grant_type"_s, QString()}} << 400 << u"invalid_request"_s;
        QTest::newRow("unsupported grant_type")
            << P{{u"grant_type"_s, u"password"_s}} << 400 << u"unsupported_grant_type"_s;
        QTest::newRow("unknown client") << P{{u"client_id"_s, u"nobody"_s}} << 401 << u"invalid_client"_s;
        QTest::newRow("no client at all") << P{{u"client_id"_s, QString()}} << 401 << u"invalid_client"_s;
        QTest::newRow("public client with a secret")
            << P{{u"client_secret"_s, u"x"_s}} << 401 << u"invalid_client"_s;
        QTest::newRow("code of another client")
            << P{{u"client_id"_s, u"oidc-bench-client"_s}} << 400 << u"invalid_grant"_s;
    }
    void errors()
    {
        QFETCH(P, extra);
        QFETCH(int, status);
        QFETCH(QString, error);
        fixture::Provider op;
        const auto reply = op.exchange(op.codeFor(), extra);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(u"error"_s).toString(), error);
        QVERIFY(!reply.json().value(u"error_description"_s).toString().isEmpty());
        QCOMPARE(reply.header("cache-control"), "no-store"_ba);
        if (status == 401)
            QVERIFY(reply.header("www-authenticate").startsWith("Basic realm="));
    }

    void requestFormat_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("json body") << R"({"grant_type":"authorization_code"})"_ba
                                   << "application/json"_ba;
        QTest::newRow("repeated parameter") << "grant_type=authorization_code&code=a&code=b&client_id=spa"_ba
                                            << "application/x-www-form-urlencoded"_ba;
        QTest::newRow("malformed encoding") << "grant_type=authorization_code&code=%zz"_ba
                                            << "application/x-www-form-urlencoded"_ba;
    }
    void requestFormat()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        fixture::Provider op;
        const auto reply = op.post(u"/token"_s, body, {{"Content-Type", contentType}});
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(u"error"_s).toString(), u"invalid_request"_s);
    }

    void codeIsSingleUseAndReplayRevokes()
    {
        fixture::Provider op;
        const QString code = op.codeFor();
        const auto first = op.exchange(code);
        QCOMPARE(first.status, 200);
        const QByteArray bearer = "Bearer " + first.json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer}}).status, 200);

        const auto second = op.exchange(code);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // RFC 6749 4.1.2: tokens issued for a replayed code are revoked.
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer}}).status, 401);
    }

    void codeExpires()
    {
        fixture::Provider op;
        const QString code = op.codeFor();
        op.clock->advanceSecs(61);
        const auto reply = op.exchange(code);
        QCOMPARE(reply.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        QVERIFY(reply.json().value(u"error_description"_s).toString().contains(u"expired"_s));
    }

    void confidentialClient_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<int>("status");
        const QString secret = u"s3cr3t:with+special/chars%"_s;
        QTest::newRow("basic") << u"basic"_s << secret << 200;
        QTest::newRow("post") << u"post"_s << secret << 200;
        QTest::newRow("basic, wrong secret") << u"basic"_s << u"nope"_s << 401;
        QTest::newRow("post, wrong secret") << u"post"_s << u"nope"_s << 401;
        QTest::newRow("no secret") << u"none"_s << secret << 401;
        QTest::newRow("basic and post together") << u"both"_s << secret << 400;
    }
    void confidentialClient()
    {
        QFETCH(QString, method);
        QFETCH(QString, secret);
        QFETCH(int, status);
        provider::Workspace ws = fixture::testWorkspace();
        provider::Client& webApp = ws.issuers.first().clients[1];
        webApp.secret = u"s3cr3t:with+special/chars%"_s;
        fixture::Provider op(ws);
        const auto params = op.authorizeParams(
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s}});
        const QString code = op.codeFor(u"alice"_s, params);
        P extra{{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s}};
        QList<std::pair<QByteArray, QByteArray>> headers;
        if (method == u"basic"_s || method == u"both"_s) {
            // RFC 6749 2.3.1: form-encode each part, then base64 "id:secret".
            const QByteArray credentials = core::FormData::encodeComponent(u"web-app"_s) + ':'
                + core::FormData::encodeComponent(secret);
            headers.append({"Authorization", "Basic " + credentials.toBase64()});
        }
        if (method == u"post"_s || method == u"both"_s)
            extra.append({u"client_secret"_s, secret});
        const auto reply = op.exchange(code, extra, headers);
        QCOMPARE(reply.status, status);
        if (status == 200)
            QVERIFY(!reply.json().value(u"id_token"_s).toString().isEmpty());
    }

    // client_secret_jwt (RFC 7523, OIDC Core 9): a JWT signed with the client secret, each jti once.
    void clientSecretJwt()
    {
        fixture::Provider op;
        const QString secret = op.workspace.issuers.first().findClient(u"web-app"_s)->secret;
        const QJsonObject good{{u"iss"_s, u"web-app"_s}, {u"sub"_s, u"web-app"_s}, {u"aud"_s, op.issuer()},
            {u"jti"_s, u"assertion-1"_s}, {u"exp"_s, op.clock->nowSecs() + 60}};
        auto tokenWith = [&](const QJsonObject& claims, const std::optional<jose::Jwk>& key = std::nullopt,
                             jose::Algorithm alg = jose::Algorithm::HS256, const P& extra = {}) {
            const jose::Jwk signingKey = key ? *key : jose::Jwk::fromSecret(secret.toUtf8());
            core::FormData form = fixture::merged(
                {{u"grant_type"_s, u"client_credentials"_s},
                    {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
                    {u"client_assertion"_s,
                        QString::fromLatin1(*jose::Jws::sign(
                            {}, QJsonDocument(claims).toJson(QJsonDocument::Compact), signingKey, alg))}},
                extra);
            return op.post(u"/token"_s, form.encode());
        };
        auto with = [&good](const QString& name, const QJsonValue& value) {
            QJsonObject claims = good;
            if (value.isUndefined())
                claims.remove(name);
            else
                claims.insert(name, value);
            return claims;
        };
        const auto ok = tokenWith(good);
        QCOMPARE(ok.status, 200);
        QVERIFY(!ok.json().value(u"access_token"_s).toString().isEmpty());
        // The same assertion again: refused (its jti is taken once).
        const auto replay = tokenWith(good);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.json().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY(replay.json().value(u"error_description"_s).toString().contains(u"used before"_s));
        // The token endpoint's URL is an audience too, as is a list holding it.
        QJsonObject tokenAudience = with(u"jti"_s, u"assertion-2"_s);
        tokenAudience.insert(
            u"aud"_s, QJsonArray{u"https://other.test"_s, QString(op.issuer() + u"/token"_s)});
        QCOMPARE(tokenWith(tokenAudience).status, 200);
        // At another endpoint, that endpoint's URL is an audience as well.
        QJsonObject introspectionAudience = with(u"jti"_s, u"assertion-3"_s);
        introspectionAudience.insert(u"aud"_s, QString(op.issuer() + u"/introspect"_s));
        const core::FormData introspection{{{u"token"_s, ok.json().value(u"access_token"_s).toString()},
            {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
            {u"client_assertion"_s,
                QString::fromLatin1(
                    *jose::Jws::sign({}, QJsonDocument(introspectionAudience).toJson(QJsonDocument::Compact),
                        jose::Jwk::fromSecret(secret.toUtf8()), jose::Algorithm::HS256))}}};
        const auto introspected = op.post(u"/introspect"_s, introspection.encode());
        QCOMPARE(introspected.status, 200);
        QCOMPARE(introspected.json().value(u"active"_s), QJsonValue(true));

        const QList<std::pair<QJsonObject, QString>> refused{
            {with(u"aud"_s, u"https://other.test"_s), u"aud"_s},
            {with(u"exp"_s, op.clock->nowSecs() - 1), u"expired"_s},
            {with(u"exp"_s, QJsonValue::Undefined), u"no exp"_s},
            {with(u"exp"_s, op.clock->nowSecs() + 7200), u"more than an hour"_s},
            {with(u"jti"_s, QJsonValue::Undefined), u"no jti"_s},
            {with(u"sub"_s, u"spa"_s), u"iss and sub"_s},
            {with(u"nbf"_s, op.clock->nowSecs() + 60), u"nbf"_s},
        };
        int n = 10;
        for (const auto& [claims, why] : refused) {
            QJsonObject fresh = claims;
            if (fresh.contains(u"jti"_s))
                fresh.insert(u"jti"_s, u"assertion-%1"_s.arg(++n));
            const auto reply = tokenWith(fresh);
            QCOMPARE(reply.status, 401);
            QVERIFY2(reply.json().value(u"error_description"_s).toString().contains(why),
                qPrintable(reply.json().value(u"error_description"_s).toString()));
        }
        QVERIFY(tokenWith(
            with(u"jti"_s, u"assertion-w"_s), jose::Jwk::fromSecret("a-different-secret-of-32-bytes!!!"))
                    .json()
                    .value(u"error_description"_s)
                    .toString()
                    .contains(u"does not verify"_s));
        QVERIFY(tokenWith(with(u"jti"_s, u"assertion-e"_s), jose::Jwk::generateEc(), jose::Algorithm::ES256)
                    .json()
                    .value(u"error_description"_s)
                    .toString()
                    .contains(u"no registered public keys"_s));
        // One method at a time; client_id, if sent, must be the assertion's.
        QCOMPARE(tokenWith(with(u"jti"_s, u"assertion-x"_s), std::nullopt, jose::Algorithm::HS256,
                     {{u"client_secret"_s, secret}})
                     .status,
            400);
        QCOMPARE(tokenWith(with(u"jti"_s, u"assertion-y"_s), std::nullopt, jose::Algorithm::HS256,
                     {{u"client_id"_s, u"spa"_s}})
                     .status,
            400);
        QCOMPARE(tokenWith(with(u"jti"_s, u"assertion-z"_s), std::nullopt, jose::Algorithm::HS256,
                     {{u"client_assertion_type"_s, u"urn:example:saml"_s}})
                     .status,
            400);
        // Discovery says so.
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QVERIFY(
            doc.value(u"token_endpoint_auth_methods_supported"_s).toArray().contains(u"client_secret_jwt"_s));
        for (const QString& alg : {u"HS256"_s, u"HS512"_s, u"RS256"_s, u"PS256"_s, u"ES256"_s, u"EdDSA"_s})
            QVERIFY2(doc.value(u"token_endpoint_auth_signing_alg_values_supported"_s).toArray().contains(alg),
                qPrintable(alg));
    }

    // private_key_jwt (RFC 7523 2.2, OIDC Core 9): the assertion signed with a key whose public half the
    // client registered in its "jwks"; the same checks as client_secret_jwt otherwise.
    void privateKeyJwt()
    {
        provider::Workspace ws = fixture::testWorkspace();
        jose::Jwk rsa = jose::Jwk::generateRsa();
        rsa.setKid(u"client-rsa"_s);
        const jose::Jwk ec = jose::Jwk::generateEc();
        const jose::Jwk ed = jose::Jwk::generateEd25519();
        auto& clients = ws.issuers.first().clients;
        provider::Client& webApp = *std::find_if(clients.begin(), clients.end(),
            [](const provider::Client& c) { return c.clientId == u"web-app"_s; });
        for (const jose::Jwk& key : {rsa, ec, ed})
            webApp.jwks.keys.append(*jose::Jwk::fromJson(key.toPublicJson()));
        fixture::Provider op(ws);
        int n = 0;
        auto tokenWith = [&](const jose::Jwk& key, jose::Algorithm alg, const QString& kid = {}) {
            const QJsonObject claims{{u"iss"_s, u"web-app"_s}, {u"sub"_s, u"web-app"_s},
                {u"aud"_s, QString(op.issuer() + u"/token"_s)}, {u"jti"_s, u"pk-%1"_s.arg(++n)},
                {u"exp"_s, op.clock->nowSecs() + 60}};
            jose::Jwk signer = key;
            signer.setKid(kid);
            const core::FormData form{{{u"grant_type"_s, u"client_credentials"_s},
                {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
                {u"client_assertion"_s,
                    QString::fromLatin1(*jose::Jws::sign(
                        {}, QJsonDocument(claims).toJson(QJsonDocument::Compact), signer, alg))}}};
            return op.post(u"/token"_s, form.encode());
        };
        auto description = [](const fixture::Reply& reply) {
            return reply.json().value(u"error_description"_s).toString();
        };
        // Each registered key, with or without a kid in the header.
        QCOMPARE(tokenWith(rsa, jose::Algorithm::RS256, u"client-rsa"_s).status, 200);
        QCOMPARE(tokenWith(rsa, jose::Algorithm::PS256).status, 200);
        QCOMPARE(tokenWith(ec, jose::Algorithm::ES256).status, 200);
        QCOMPARE(tokenWith(ed, jose::Algorithm::EdDSA).status, 200);
        // A key the client did not register, a kid it does not have, an algorithm none of its keys fits.
        const auto stranger = tokenWith(jose::Jwk::generateRsa(), jose::Algorithm::RS256);
        QCOMPARE(stranger.status, 401);
        QCOMPARE(stranger.json().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY2(description(stranger).contains(u"does not verify"_s), qPrintable(description(stranger)));
        const auto unknownKid = tokenWith(rsa, jose::Algorithm::RS256, u"rotated-away"_s);
        QCOMPARE(unknownKid.status, 401);
        QVERIFY2(description(unknownKid).contains(u"no public key with kid 'rotated-away'"_s),
            qPrintable(description(unknownKid)));
        const auto es384 = tokenWith(jose::Jwk::generateEc(u"P-384"_s), jose::Algorithm::ES384);
        QCOMPARE(es384.status, 401);
        QVERIFY2(description(es384).contains(u"can verify ES384"_s), qPrintable(description(es384)));
        // An algorithm nobody knows is named as such, whatever keys the client has.
        const QJsonObject claims{{u"iss"_s, u"web-app"_s}, {u"sub"_s, u"web-app"_s}, {u"aud"_s, op.issuer()},
            {u"jti"_s, u"pk-unknown"_s}, {u"exp"_s, op.clock->nowSecs() + 60}};
        const core::FormData unknownAlg{{{u"grant_type"_s, u"client_credentials"_s},
            {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
            {u"client_assertion"_s,
                QString::fromLatin1(jose::base64UrlEncode(R"({"alg":"XS256"})") + '.'
                    + jose::base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact))
                    + ".c2ln")}}};
        const auto unknown = op.post(u"/token"_s, unknownAlg.encode());
        QCOMPARE(unknown.status, 401);
        QVERIFY2(
            description(unknown).contains(u"unknown algorithm (XS256)"_s), qPrintable(description(unknown)));
        // The secret still works beside the keys.
        const core::FormData withSecret{{{u"grant_type"_s, u"client_credentials"_s},
            {u"client_id"_s, u"web-app"_s}, {u"client_secret"_s, webApp.secret}}};
        QCOMPARE(op.post(u"/token"_s, withSecret.encode()).status, 200);
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QVERIFY(
            doc.value(u"token_endpoint_auth_methods_supported"_s).toArray().contains(u"private_key_jwt"_s));
        QVERIFY(doc.value(u"introspection_endpoint_auth_methods_supported"_s)
                    .toArray()
                    .contains(u"private_key_jwt"_s));
    }

    // An issuer that accepts only some client authentication methods (token_endpoint_auth_methods) refuses
    // the others with invalid_client, and its discovery document lists only those.
    void issuerAcceptsOnlyItsMethods()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().clientAuthMethods = {u"client_secret_post"_s};
        fixture::Provider op(ws);
        const QString secret = op.workspace.issuers.first().findClient(u"web-app"_s)->secret;
        const core::FormData post{{{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, u"web-app"_s},
            {u"client_secret"_s, secret}}};
        QCOMPARE(op.post(u"/token"_s, post.encode()).status, 200);
        const QByteArray credentials
            = core::FormData::encodeComponent(u"web-app"_s) + ':' + core::FormData::encodeComponent(secret);
        const auto basic = op.post(u"/token"_s, "grant_type=client_credentials",
            {{"Authorization", "Basic " + credentials.toBase64()}});
        QCOMPARE(basic.status, 401);
        QCOMPARE(basic.json().value(u"error"_s).toString(), u"invalid_client"_s);
        QVERIFY2(basic.json()
                     .value(u"error_description"_s)
                     .toString()
                     .contains(u"does not accept client_secret_basic (it accepts client_secret_post)"_s),
            qPrintable(basic.json().value(u"error_description"_s).toString()));
        // A public client (method none) cannot redeem its code here.
        const auto spa = op.exchange(op.codeFor());
        QCOMPARE(spa.status, 401);
        QVERIFY(spa.json().value(u"error_description"_s).toString().contains(u"does not accept none"_s));
        const QJsonObject doc = op.get(u"/.well-known/openid-configuration"_s).json();
        QCOMPARE(doc.value(u"token_endpoint_auth_methods_supported"_s).toArray(),
            QJsonArray{u"client_secret_post"_s});
        QVERIFY(!doc.contains(u"token_endpoint_auth_signing_alg_values_supported"_s));
    }

    void rsaSignedWhenTheKeyIsRsa()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().keys = {{jose::Jwk::generateRsa(), true}};
        fixture::Provider op(ws);
        const auto reply = op.exchange(op.codeFor());
        const QString idToken = reply.json().value(u"id_token"_s).toString();
        QCOMPARE(jose::Jws::parse(idToken.toLatin1())->algorithmName(), u"RS256"_s);
        QVERIFY(!verifiedClaims(op, idToken).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenEndpoint)
#include "TestTokenEndpoint.moc"
