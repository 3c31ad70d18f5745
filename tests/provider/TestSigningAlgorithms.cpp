#include "common/ProviderFixture.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// Per-client ID token algorithms: RS256, PS256, ES256, EdDSA from the issuer's keys, HS256 with the client's
// secret. Access tokens always use the issuer's default key, so resource servers verify them with the JWKS.
class TestSigningAlgorithms : public QObject
{
    Q_OBJECT

    static constexpr auto kSecret = u"web-app-secret-change-me-0123456789abcdef";

    static provider::Workspace workspace(const QString& webAppAlg)
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().keys = {{jose::Jwk::generateRsa(), true}, {jose::Jwk::generateEc(), true},
            {jose::Jwk::generateEd25519(), true}};
        provider::Client& web = ws.issuers.first().clients[1];
        web.idTokenSigningAlg = webAppAlg;
        web.postLogoutRedirectUris = {u"http://localhost:8080/"_s};
        return ws;
    }

    static std::optional<jose::Jws> idTokenOf(fixture::Provider& op, const fixture::Reply& reply)
    {
        Q_UNUSED(op);
        return jose::Jws::parse(reply.json().value(u"id_token"_s).toString().toLatin1());
    }

private slots:
    void idTokenAlgorithmPerClient_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("default (RS256)") << QString();
        QTest::newRow("PS256") << u"PS256"_s;
        QTest::newRow("ES256") << u"ES256"_s;
        QTest::newRow("EdDSA") << u"EdDSA"_s;
        QTest::newRow("HS256 (client secret)") << u"HS256"_s;
    }
    void idTokenAlgorithmPerClient()
    {
        QFETCH(QString, alg);
        fixture::Provider op(workspace(alg));
        const QString expected = alg.isEmpty() ? u"RS256"_s : alg;
        const auto params = op.authorizeParams(
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s}});
        const QString code = op.codeFor(u"alice"_s, params);
        const auto reply = op.exchange(code,
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s},
                {u"client_secret"_s, QString::fromUtf16(kSecret)}});
        QCOMPARE(reply.status, 200);
        const auto idToken = idTokenOf(op, reply);
        QCOMPARE(idToken->algorithmName(), expected);

        // Verifiable: with the published keys, or for HS256 with the client's secret.
        bool verified = false;
        if (expected.startsWith(u"HS"_s)) {
            verified = idToken->verify(jose::Jwk::fromSecret(QString::fromUtf16(kSecret).toUtf8()));
            QVERIFY(idToken->kid().isEmpty());
        } else {
            const auto keys = jose::JwkSet::fromJson(op.get(u"/jwks"_s).json());
            for (const jose::Jwk& key : keys->candidates(idToken->kid(), idToken->algorithm()))
                verified = verified || idToken->verify(key);
        }
        QVERIFY(verified);
        // at_hash uses the hash of the ID token's algorithm.
        const QJsonObject claims = *jose::jwt::decodeClaims(idToken->payload());
        const QString accessToken = reply.json().value(u"access_token"_s).toString();
        QCOMPARE(claims.value(u"at_hash"_s).toString(),
            jose::jwt::halfHash(idToken->algorithm(), accessToken.toLatin1()));
        // The access token keeps the issuer's default key, so userinfo (and any resource server) can check
        // it.
        QCOMPARE(jose::Jws::parse(accessToken.toLatin1())->algorithmName(), u"RS256"_s);
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", "Bearer " + accessToken.toLatin1()}}).status, 200);

        // The ID token is accepted back as id_token_hint.
        const auto logout
            = op.get(u"/logout?post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F&id_token_hint="_s
                + reply.json().value(u"id_token"_s).toString());
        QCOMPARE(logout.status, 302);
    }

    void discoveryAndJwks()
    {
        fixture::Provider op(workspace(u"PS256"_s));
        const QJsonArray algs = op.get(u"/.well-known/openid-configuration"_s)
                                    .json()
                                    .value(u"id_token_signing_alg_values_supported"_s)
                                    .toArray();
        QCOMPARE(algs, (QJsonArray{u"RS256"_s, u"PS256"_s}));
        // The RSA key signs with RS256 and PS256, so the JWKS must not pin it to one; the others keep theirs.
        for (const QJsonValue& key : op.get(u"/jwks"_s).json().value(u"keys"_s).toArray()) {
            const QJsonObject k = key.toObject();
            if (k.value(u"kty"_s).toString() == u"RSA"_s)
                QVERIFY2(!k.contains(u"alg"_s), "an RSA key used for RS256 and PS256 names one alg");
            else if (k.value(u"kty"_s).toString() == u"EC"_s)
                QCOMPARE(k.value(u"alg"_s).toString(), u"ES256"_s);
            else
                QCOMPARE(k.value(u"alg"_s).toString(), u"EdDSA"_s);
        }
        fixture::Provider hs(workspace(u"HS256"_s));
        QVERIFY(hs.get(u"/.well-known/openid-configuration"_s)
                    .json()
                    .value(u"id_token_signing_alg_values_supported"_s)
                    .toArray()
                    .contains(u"HS256"_s));
        // A secret is never published.
        for (const QJsonValue& key : hs.get(u"/jwks"_s).json().value(u"keys"_s).toArray())
            QVERIFY(key.toObject().value(u"kty"_s).toString() != u"oct"_s);
    }

    void unavailableAlgorithmIsAServerError()
    {
        provider::Workspace ws = workspace(u"ES384"_s); // no P-384 key
        fixture::Provider op(ws);
        const auto params = op.authorizeParams(
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s}});
        const auto reply = op.exchange(op.codeFor(u"alice"_s, params),
            {{u"client_id"_s, u"web-app"_s}, {u"redirect_uri"_s, u"http://localhost:8080/callback"_s},
                {u"client_secret"_s, QString::fromUtf16(kSecret)}});
        QCOMPARE(reply.status, 500);
        QCOMPARE(reply.json().value(u"error"_s).toString(), u"server_error"_s);
        QVERIFY(reply.json().value(u"error_description"_s).toString().contains(u"ES384"_s));
    }
};

QTEST_GUILESS_MAIN(TestSigningAlgorithms)
#include "TestSigningAlgorithms.moc"
