#include "common/ProviderFixture.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

using namespace Qt::StringLiterals;
using fixture::claimsOf;
using Params = QList<std::pair<QString, QString>>;

// Implicit and hybrid response types (OIDC Core 3.2, 3.3) and the response modes query, fragment and
// form_post.
class TestImplicitAndHybrid : public QObject
{
    Q_OBJECT

    static provider::Workspace workspace()
    {
        provider::Workspace ws = fixture::testWorkspace();
        provider::Client& spa = ws.issuers.first().clients.first();
        spa.responseTypes = {u"code"_s, u"id_token"_s, u"id_token token"_s, u"code id_token"_s,
            u"code token"_s, u"code id_token token"_s};
        spa.grantTypes.append(u"implicit"_s);
        return ws;
    }

    static core::FormData fragmentOf(const fixture::Reply& reply)
    {
        return *core::FormData::parse(reply.location().fragment(QUrl::FullyEncoded).toLatin1());
    }

private slots:
    void responseTypes_data()
    {
        QTest::addColumn<QString>("responseType");
        QTest::addColumn<bool>("code");
        QTest::addColumn<bool>("accessToken");
        QTest::addColumn<bool>("idToken");
        QTest::newRow("id_token") << u"id_token"_s << false << false << true;
        QTest::newRow("id_token token") << u"id_token token"_s << false << true << true;
        QTest::newRow("code id_token") << u"code id_token"_s << true << false << true;
        QTest::newRow("code token") << u"code token"_s << true << true << false;
        QTest::newRow("code id_token token") << u"code id_token token"_s << true << true << true;
        QTest::newRow("token id_token (any order)") << u"token id_token"_s << false << true << true;
    }
    void responseTypes()
    {
        QFETCH(QString, responseType);
        QFETCH(bool, code);
        QFETCH(bool, accessToken);
        QFETCH(bool, idToken);
        fixture::Provider op(workspace());
        const auto reply = op.loginAs(u"alice"_s, op.authorizeParams({{u"response_type"_s, responseType}}));
        QCOMPARE(reply.status, 303);
        QVERIFY2(reply.location().query().isEmpty(), "tokens must not travel in the query");
        const core::FormData response = fragmentOf(reply);
        QCOMPARE(response.value(u"state"_s), u"state-123"_s);
        QCOMPARE(response.value(u"iss"_s), op.issuer());
        QCOMPARE(response.contains(u"code"_s), code);
        QCOMPARE(response.contains(u"access_token"_s), accessToken);
        QCOMPARE(response.contains(u"id_token"_s), idToken);
        if (accessToken) {
            QCOMPARE(response.value(u"token_type"_s), u"Bearer"_s);
            QCOMPARE(response.value(u"expires_in"_s), u"3600"_s);
            QCOMPARE(op.get(u"/userinfo"_s,
                           {{"Authorization", "Bearer " + response.value(u"access_token"_s).toLatin1()}})
                         .status,
                200);
        }
        if (idToken) {
            const QJsonObject claims = claimsOf(response.value(u"id_token"_s));
            QCOMPARE(claims.value(u"nonce"_s).toString(), u"nonce-456"_s);
            QCOMPARE(claims.value(u"aud"_s).toString(), u"spa"_s);
            QCOMPARE(
                claims.value(u"email"_s).toString(), u"alice@example.com"_s); // scope claims in the ID token
            // OIDC Core 3.3.2.11: hashes of exactly what came with it.
            QCOMPARE(claims.value(u"c_hash"_s).toString(),
                code ? jose::jwt::halfHash(jose::Algorithm::ES256, response.value(u"code"_s).toLatin1())
                     : QString());
            QCOMPARE(claims.value(u"at_hash"_s).toString(),
                accessToken ? jose::jwt::halfHash(
                    jose::Algorithm::ES256, response.value(u"access_token"_s).toLatin1())
                            : QString());
        }
        if (code) // the hybrid code still works at the token endpoint
            QCOMPARE(op.exchange(response.value(u"code"_s)).status, 200);
        if (code && accessToken) {
            // Replaying the code revokes every token issued for it, the front-channel one included.
            QCOMPARE(op.exchange(response.value(u"code"_s)).json().value(u"error"_s).toString(),
                u"invalid_grant"_s);
            QCOMPARE(op.get(u"/userinfo"_s,
                           {{"Authorization", "Bearer " + response.value(u"access_token"_s).toLatin1()}})
                         .status,
                401);
        }
    }

    void formPost()
    {
        fixture::Provider op(workspace());
        const auto reply = op.loginAs(u"alice"_s,
            op.authorizeParams(
                {{u"response_type"_s, u"code id_token"_s}, {u"response_mode"_s, u"form_post"_s}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("location").isEmpty());
        const QString html = QString::fromUtf8(reply.body);
        QVERIFY(html.contains(u"<form method=\"post\" action=\"http://localhost:5173/callback\">"_s));
        QVERIFY(html.contains(u"name=\"code\""_s));
        QVERIFY(html.contains(u"name=\"id_token\""_s));
        QVERIFY(html.contains(u"name=\"state\" value=\"state-123\""_s));
        // The auto-submit script runs under a CSP that allows only it.
        const QString nonce = QRegularExpression(u"<script nonce=\"([^\"]+)\">"_s).match(html).captured(1);
        QVERIFY(!nonce.isEmpty());
        QVERIFY(reply.header("content-security-policy")
                    .contains(QByteArray("script-src 'nonce-" + nonce.toLatin1() + "'")));
    }

    void formPostEscapesValues()
    {
        fixture::Provider op(workspace());
        const auto reply = op.authorize(op.authorizeParams({{u"response_mode"_s, u"form_post"_s},
            {u"prompt"_s, u"none"_s}, {u"state"_s, u"\"><script>x</script>"_s}}));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("name=\"error\" value=\"login_required\""));
        QVERIFY(!reply.body.contains("<script>x</script>"));
    }

    void errors_data()
    {
        QTest::addColumn<Params>("extra");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("error");
        QTest::newRow("query cannot carry tokens")
            << Params{{u"response_type"_s, u"id_token"_s}, {u"response_mode"_s, u"query"_s}} << true
            << u"invalid_request"_s;
        QTest::newRow("nonce required")
            << Params{{u"response_type"_s, u"id_token token"_s}, {u"nonce"_s, QString()}} << true
            << u"invalid_request"_s;
        QTest::newRow("client not registered for it")
            << Params{{u"response_type"_s, u"code id_token"_s}} << false << u"unauthorized_client"_s;
        QTest::newRow("token alone is not OpenID Connect")
            << Params{{u"response_type"_s, u"token"_s}} << true << u"unsupported_response_type"_s;
        QTest::newRow("prompt=none, in the fragment") << Params{{u"response_type"_s, u"id_token"_s},
            {u"prompt"_s, u"none"_s}} << true << u"login_required"_s;
    }
    void errors()
    {
        QFETCH(Params, extra);
        QFETCH(bool, allowed);
        QFETCH(QString, error);
        fixture::Provider op(allowed ? workspace() : fixture::testWorkspace());
        const auto reply = op.authorize(op.authorizeParams(extra));
        QCOMPARE(reply.status, 302);
        QVERIFY(reply.location().query().isEmpty());
        QCOMPARE(fragmentOf(reply).value(u"error"_s), error);
        QCOMPARE(fragmentOf(reply).value(u"state"_s), u"state-123"_s);
    }

    void codeFlowInFragmentMode()
    {
        fixture::Provider op(workspace());
        const auto reply = op.loginAs(u"alice"_s, op.authorizeParams({{u"response_mode"_s, u"fragment"_s}}));
        QVERIFY(!fragmentOf(reply).value(u"code"_s).isEmpty());
        QVERIFY(reply.location().query().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImplicitAndHybrid)
#include "TestImplicitAndHybrid.moc"
