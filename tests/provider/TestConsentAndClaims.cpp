#include "common/ProviderFixture.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

using namespace Qt::StringLiterals;
using fixture::claimsOf;
using Params = QList<std::pair<QString, QString>>;

// The consent page (per-client require_consent, prompt=consent, consent_required) and what an authorization
// request asks for beyond scopes: the claims parameter (OIDC Core 5.5) and acr_values.
class TestConsentAndClaims : public QObject
{
    Q_OBJECT

    static provider::Workspace consentWorkspace()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().clients.first().requireConsent = true; // "spa"
        return ws;
    }

    static bool isConsentPage(const fixture::Reply& reply)
    {
        return reply.status == 200 && reply.body.contains("value=\"allow\"")
            && !reply.body.contains("name=\"password\"");
    }

    // Logs alice in (new browser) with these request parameters; returns the token response.
    static QJsonObject tokensFor(fixture::Provider& op, const Params& extra)
    {
        const auto back = op.loginAs(u"alice"_s, op.authorizeParams(extra));
        return op.exchange(back.locationParam(u"code"_s)).json();
    }

private slots:
    void firstGrantAsksForConsent()
    {
        fixture::Provider op(consentWorkspace());
        op.newBrowser();
        const auto page = op.authorize(op.authorizeParams());
        const auto consent = op.submitLogin(page, {{u"pick"_s, u"alice"_s}});
        QVERIFY2(isConsentPage(consent), consent.body.constData());
        // It names the client and each scope with its description.
        QVERIFY(consent.body.contains("Single-page app (public, PKCE)"));
        QVERIFY(consent.body.contains("<b>email</b> Email address"));
        const auto back = op.submitLogin(consent, {{u"action"_s, u"allow"_s}});
        QCOMPARE(back.status, 303);
        QCOMPARE(back.locationParam(u"state"_s), u"state-123"_s);
        QCOMPARE(op.exchange(back.locationParam(u"code"_s)).status, 200);

        // Granted once: the same scopes come back without asking (single sign-on)...
        const auto silent = op.authorize(op.authorizeParams());
        QCOMPARE(silent.status, 302);
        QVERIFY(!silent.locationParam(u"code"_s).isEmpty());
        // ...a new scope asks again, even with prompt=none not allowed to.
        const auto none
            = op.authorize(op.authorizeParams({{u"scope"_s, u"openid phone"_s}, {u"prompt"_s, u"none"_s}}));
        QCOMPARE(none.locationParam(u"error"_s), u"consent_required"_s);
        const auto more = op.authorize(op.authorizeParams({{u"scope"_s, u"openid phone"_s}}));
        QVERIFY(isConsentPage(more));
        QVERIFY(more.body.contains("<b>phone</b>"));
    }

    void denyingSendsAccessDenied()
    {
        fixture::Provider op(consentWorkspace());
        op.newBrowser();
        const auto consent = op.submitLogin(op.authorize(op.authorizeParams()), {{u"pick"_s, u"alice"_s}});
        const auto back = op.submitLogin(consent, {{u"action"_s, u"deny"_s}});
        QCOMPARE(back.locationParam(u"error"_s), u"access_denied"_s);
        QCOMPARE(back.locationParam(u"state"_s), u"state-123"_s);
        QVERIFY(back.locationParam(u"code"_s).isEmpty());
        // The login itself happened, the consent did not: prompt=none says so.
        const auto none = op.authorize(op.authorizeParams({{u"prompt"_s, u"none"_s}}));
        QCOMPARE(none.locationParam(u"error"_s), u"consent_required"_s);
        // The transaction is finished: answering again does nothing.
        QCOMPARE(op.submitLogin(consent, {{u"action"_s, u"allow"_s}}).status, 400);
    }

    void promptConsentAlwaysAsks()
    {
        fixture::Provider op; // spa does not require consent
        op.codeFor();
        const auto page = op.authorize(op.authorizeParams({{u"prompt"_s, u"consent"_s}}));
        QVERIFY2(isConsentPage(page), page.body.constData());
        const auto back = op.submitLogin(page, {{u"action"_s, u"allow"_s}});
        QVERIFY(!back.locationParam(u"code"_s).isEmpty());
        // Asked again next time: prompt=consent means now, not once.
        QVERIFY(isConsentPage(op.authorize(op.authorizeParams({{u"prompt"_s, u"consent"_s}}))));
        // prompt=none with consent cannot be combined.
        QCOMPARE(
            op.authorize(op.authorizeParams({{u"prompt"_s, u"none consent"_s}})).locationParam(u"error"_s),
            u"invalid_request"_s);
    }

    void consentPageCannotSwitchUserOrSkipCsrf()
    {
        fixture::Provider op(consentWorkspace());
        op.newBrowser();
        const auto consent = op.submitLogin(op.authorize(op.authorizeParams()), {{u"pick"_s, u"alice"_s}});
        // A forged post from elsewhere (no CSRF cookie) is refused.
        core::FormData forged;
        forged.add(u"transaction"_s, fixture::Provider::formField(consent.body, u"transaction"_s));
        forged.add(u"csrf"_s, u"guess"_s);
        forged.add(u"action"_s, u"allow"_s);
        QCOMPARE(op.post(u"/login"_s, forged.encode()).status, 403);
        // Credentials sent with the answer do not change who is signed in.
        const auto back = op.submitLogin(
            consent, {{u"action"_s, u"allow"_s}, {u"username"_s, u"bob"_s}, {u"password"_s, u"bob"_s}});
        const auto tokens = op.exchange(back.locationParam(u"code"_s)).json();
        QCOMPARE(claimsOf(tokens.value(u"id_token"_s).toString()).value(u"preferred_username"_s).toString(),
            u"alice"_s);
    }

    void consentPageEscapesText()
    {
        provider::Workspace ws = consentWorkspace();
        ws.issuers.first().clients.first().name = u"<b>Evil</b> & co"_s;
        ws.issuers.first().scopes.append({u"x"_s, u"<script>alert(1)</script>"_s, {}});
        fixture::Provider op(ws);
        op.newBrowser();
        const auto consent = op.submitLogin(
            op.authorize(op.authorizeParams({{u"scope"_s, u"openid x"_s}})), {{u"pick"_s, u"alice"_s}});
        QVERIFY(isConsentPage(consent));
        QVERIFY(!consent.body.contains("<script>alert"));
        QVERIFY(consent.body.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; co"));
    }

    void claimsParameterReleasesNamedClaims()
    {
        fixture::Provider op;
        const auto tokens = tokensFor(op,
            {{u"scope"_s, u"openid"_s},
                {u"claims"_s,
                    u"{\"id_token\":{\"email\":{\"essential\":true},\"unknown_claim\":null},"
                    u"\"userinfo\":{\"name\":null,\"phone_number\":{\"value\":\"ignored\"}}}"_s}});
        const auto id = claimsOf(tokens.value(u"id_token"_s).toString());
        QCOMPARE(id.value(u"email"_s).toString(), u"alice@example.com"_s);
        QVERIFY(!id.contains(u"unknown_claim"_s)); // the user has none: left out, not null
        QVERIFY(!id.contains(u"name"_s)); // asked for userinfo only
        const auto info
            = op.get(u"/userinfo"_s,
                    {{"Authorization", "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1()}})
                  .json();
        QCOMPARE(info.value(u"name"_s).toString(), u"Alice Anderson"_s);
        QCOMPARE(info.value(u"phone_number"_s).toString(), u"+44 20 7946 0001"_s);
        QVERIFY(!info.contains(u"email"_s));
        QVERIFY(op.get(u"/.well-known/openid-configuration"_s)
                    .json()
                    .value(u"claims_parameter_supported"_s)
                    .toBool());
    }

    void claimsRequestSurvivesRefresh()
    {
        fixture::Provider op;
        const auto tokens = tokensFor(op,
            {{u"scope"_s, u"openid offline_access"_s}, {u"claims"_s, u"{\"id_token\":{\"locale\":null}}"_s},
                {u"acr_values"_s, u"silver"_s}});
        const auto refreshed = op.post(u"/token"_s,
                                     "grant_type=refresh_token&client_id=spa&refresh_token="
                                         + tokens.value(u"refresh_token"_s).toString().toLatin1())
                                   .json();
        const auto id = claimsOf(refreshed.value(u"id_token"_s).toString());
        QCOMPARE(id.value(u"locale"_s).toString(), u"en-GB"_s);
        QCOMPARE(id.value(u"acr"_s).toString(), u"silver"_s);
    }

    void malformedClaimsParameter_data()
    {
        QTest::addColumn<QString>("claims");
        QTest::newRow("not JSON") << u"{id_token"_s;
        QTest::newRow("array") << u"[]"_s;
        QTest::newRow("member not an object") << u"{\"userinfo\":[\"name\"]}"_s;
        QTest::newRow("claim not an object") << u"{\"id_token\":{\"email\":true}}"_s;
        QTest::newRow("values not an array") << u"{\"id_token\":{\"acr\":{\"values\":\"x\"}}}"_s;
    }

    void malformedClaimsParameter()
    {
        QFETCH(QString, claims);
        fixture::Provider op;
        const auto reply = op.authorize(op.authorizeParams({{u"claims"_s, claims}}));
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.locationParam(u"error"_s), u"invalid_request"_s);
        QVERIFY(reply.locationParam(u"error_description"_s).startsWith(u"claims"_s));
    }

    void acrFromClaimsOrAcrValues_data()
    {
        QTest::addColumn<QString>("acrValues");
        QTest::addColumn<QString>("claims");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none asked") << QString() << QString() << QString();
        QTest::newRow("first of acr_values") << u"urn:gold urn:silver"_s << QString() << u"urn:gold"_s;
        QTest::newRow("claims value wins")
            << u"urn:gold"_s << u"{\"id_token\":{\"acr\":{\"essential\":true,\"value\":\"urn:mfa\"}}}"_s
            << u"urn:mfa"_s;
        QTest::newRow("claims values")
            << QString() << u"{\"id_token\":{\"acr\":{\"values\":[\"urn:a\",\"urn:b\"]}}}"_s << u"urn:a"_s;
    }

    void acrFromClaimsOrAcrValues()
    {
        QFETCH(QString, acrValues);
        QFETCH(QString, claims);
        QFETCH(QString, expected);
        fixture::Provider op;
        Params extra;
        if (!acrValues.isEmpty())
            extra.append({u"acr_values"_s, acrValues});
        if (!claims.isEmpty())
            extra.append({u"claims"_s, claims});
        const auto id = claimsOf(tokensFor(op, extra).value(u"id_token"_s).toString());
        QCOMPARE(id.value(u"acr"_s).toString(), expected);
        QCOMPARE(id.contains(u"acr"_s), !expected.isEmpty());
    }

    void claimsNamingAnotherSubject()
    {
        fixture::Provider op;
        const QString bobSub = op.workspace.issuers.first().findUser(u"bob"_s)->subject;
        const auto params = op.authorizeParams(
            {{u"claims"_s, u"{\"id_token\":{\"sub\":{\"value\":\"%1\"}}}"_s.arg(bobSub)}});
        // Signed in as alice: no silent answer for a request that wants bob.
        op.codeFor(u"alice"_s);
        const auto reply = op.authorize(params);
        QCOMPARE(reply.status, 200); // the login page, not a code for alice
        const auto wrong = op.submitLogin(reply, {{u"pick"_s, u"alice"_s}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.body.contains("different user"));
        const auto right = op.submitLogin(reply, {{u"pick"_s, u"bob"_s}});
        const auto id
            = claimsOf(op.exchange(right.locationParam(u"code"_s)).json().value(u"id_token"_s).toString());
        QCOMPARE(id.value(u"sub"_s).toString(), bobSub);
    }
};

QTEST_GUILESS_MAIN(TestConsentAndClaims)
#include "TestConsentAndClaims.moc"
