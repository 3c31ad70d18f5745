#include "common/ProviderFixture.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using fixture::claimsOf;
using Params = QList<std::pair<QString, QString>>;

// The OpenID Foundation's OP test plans, replayed locally: one test per module of the Basic OP plan
// (oidcc-basic-certification-test-plan, response_type=code, static client, client_secret_basic unless the
// module says otherwise), the Config OP plan (oidcc-config-certification-test-plan), key rotation from the
// Dynamic OP plan, and the RP-Initiated Logout plan. Slot names are the module names with '-' as '_'.
//
// Like the suite, the relying party here is a confidential client registered with a redirect URI on the
// suite's host; it checks what the suite checks that a local test can (the suite's screenshots of login and
// error pages become assertions on the HTML). Where the suite only warns (a SHOULD), the test asks for the
// SHOULD.
class TestConformance : public QObject
{
    Q_OBJECT

    static constexpr auto kClientId = "oidcc-rp";
    static constexpr auto kSecret = "conformance-suite-secret-0123456789abcdef";
    static constexpr auto kRedirectUri = "https://localhost.emobix.co.uk:8443/test/a/oidc-bench/callback";
    static constexpr auto kPostLogoutUri
        = "https://localhost.emobix.co.uk:8443/test/a/oidc-bench/post_logout_redirect";

    provider::Workspace m_workspace;
    std::unique_ptr<fixture::Provider> m_op;

    fixture::Provider& op() { return *m_op; }

    // The suite's authorization request: code flow, state and nonce, the test client.
    core::FormData request(const Params& extra = {}) const
    {
        return fixture::merged(
            {{u"client_id"_s, QString::fromLatin1(kClientId)},
                {u"redirect_uri"_s, QString::fromLatin1(kRedirectUri)}, {u"response_type"_s, u"code"_s},
                {u"scope"_s, u"openid"_s}, {u"state"_s, u"suite-state"_s}, {u"nonce"_s, u"suite-nonce"_s}},
            extra);
    }

    QByteArray basicAuth() const
    {
        return "Basic " + QByteArray(QByteArray(kClientId) + ':' + QByteArray(kSecret)).toBase64();
    }

    // The token endpoint with client_secret_basic (or client_secret_post when `post`).
    fixture::Reply tokenRequest(const Params& params, bool post = false)
    {
        core::FormData form;
        for (const auto& [k, v] : params)
            form.add(k, v);
        if (post) {
            form.add(u"client_id"_s, QString::fromLatin1(kClientId));
            form.add(u"client_secret"_s, QString::fromLatin1(kSecret));
            return op().post(u"/token"_s, form.encode());
        }
        return op().post(u"/token"_s, form.encode(), {{"Authorization", basicAuth()}});
    }

    fixture::Reply redeem(const QString& code, bool post = false)
    {
        return tokenRequest({{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code},
                                {u"redirect_uri"_s, QString::fromLatin1(kRedirectUri)}},
            post);
    }

    // A new browser logs in as `user` through the login form, and allows the request if a consent page
    // follows; returns the redirect back to the client.
    fixture::Reply loginFlow(const core::FormData& params, const QString& user = u"alice"_s)
    {
        op().newBrowser();
        const auto page = op().authorize(params);
        if (page.status != 200)
            return page;
        const auto next = op().submitLogin(
            page, {{u"username"_s, user}, {u"password"_s, user}, {u"action"_s, u"login"_s}});
        if (next.status == 200 && next.body.contains("value=\"allow\""))
            return op().submitLogin(next, {{u"action"_s, u"allow"_s}});
        return next;
    }

    // The same browser asks again (single sign-on, prompt, max_age...).
    fixture::Reply again(const core::FormData& params) { return op().authorize(params); }

    static bool isRedirectTo(const fixture::Reply& reply, const QString& prefix)
    {
        return (reply.status == 302 || reply.status == 303) && reply.location().toString().startsWith(prefix);
    }

    // What the suite checks of every ID token (OIDC Core 3.1.3.7): a signature by a JWKS key named by kid,
    // iss, aud, azp, sub, iat, exp, and the request's nonce. Returns the claims, or why not in *why.
    std::optional<QJsonObject> validIdToken(const QString& token, const QString& nonce, QString* why)
    {
        const auto jws = jose::Jws::parse(token.toLatin1(), why);
        if (!jws)
            return std::nullopt;
        const auto set = jose::JwkSet::fromJson(op().get(u"/jwks"_s).json(), why);
        if (!set)
            return std::nullopt;
        if (jws->kid().isEmpty()) {
            *why = u"the ID token header has no kid"_s;
            return std::nullopt;
        }
        const QList<jose::Jwk> keys = set->candidates(jws->kid(), jws->algorithm());
        if (keys.isEmpty() || !jws->verify(keys.first(), why)) {
            *why = u"no JWKS key verifies the ID token (kid %1)"_s.arg(jws->kid());
            return std::nullopt;
        }
        const auto claims = jose::jwt::decodeClaims(jws->payload());
        const qint64 now = op().clock->nowSecs();
        const QString problem = !claims                           ? u"claims are not JSON"_s
            : claims->value(u"iss"_s).toString() != op().issuer() ? u"iss"_s
            : !jose::jwt::audiences(*claims).contains(QString::fromLatin1(kClientId)) ? u"aud"_s
            : claims->value(u"sub"_s).toString().isEmpty()                            ? u"sub"_s
            : !claims->value(u"iat"_s).isDouble()                                     ? u"iat"_s
            : claims->value(u"exp"_s).toDouble() <= now                               ? u"exp"_s
            : claims->value(u"nonce"_s).toString() != nonce                           ? u"nonce"_s
                                                                                      : QString();
        if (!problem.isEmpty()) {
            *why = u"ID token claim %1 is wrong: %2"_s.arg(problem, QString::fromUtf8(jws->payload()));
            return std::nullopt;
        }
        return claims;
    }

    // Code flow to the end: login, redeem, validate. Returns the token response.
    QJsonObject happyFlow(const Params& extra = {}, bool post = false)
    {
        const auto back = loginFlow(request(extra));
        if (!isRedirectTo(back, QString::fromLatin1(kRedirectUri)))
            qWarning() << "login did not return to the client:" << back.status << back.body.left(300);
        if (back.locationParam(u"state"_s) != u"suite-state"_s
            || back.locationParam(u"iss"_s) != op().issuer())
            qWarning() << "state or iss missing from" << back.location();
        const auto tokens = redeem(back.locationParam(u"code"_s), post);
        return tokens.status == 200 ? tokens.json() : QJsonObject();
    }

    fixture::Reply userinfo(const QString& accessToken)
    {
        return op().get(u"/userinfo"_s, {{"Authorization", "Bearer " + accessToken.toLatin1()}});
    }

    // The error redirect the suite expects for a request the OP must refuse once the redirect URI is trusted.
    void expectErrorRedirect(const fixture::Reply& reply, const QStringList& acceptable)
    {
        QVERIFY2(isRedirectTo(reply, QString::fromLatin1(kRedirectUri)), reply.body.left(300).constData());
        QVERIFY2(
            acceptable.contains(reply.locationParam(u"error"_s)), qPrintable(reply.location().toString()));
        QCOMPARE(reply.locationParam(u"state"_s), u"suite-state"_s);
        QVERIFY(reply.locationParam(u"code"_s).isEmpty());
    }

    // The suite's "must show an error page, never redirect" modules.
    static void expectErrorPage(const fixture::Reply& reply)
    {
        QVERIFY2(reply.status >= 400 && reply.status < 500, QByteArray::number(reply.status).constData());
        QVERIFY(reply.header("location").isEmpty());
        QVERIFY(reply.header("content-type").startsWith("text/html"));
    }

    // Logs in and returns a fresh ID token; the browser keeps the session.
    QString signedInIdToken()
    {
        const auto tokens = happyFlow();
        return tokens.value(u"id_token"_s).toString();
    }

    fixture::Reply endSession(const Params& params)
    {
        core::FormData form;
        for (const auto& [k, v] : params)
            form.add(k, v);
        return op().get(u"/logout?"_s + QString::fromLatin1(form.encode()));
    }

    // The provider asks before signing out without a hint of the logged-in user (RP-Initiated Logout 2: it
    // MUST); like the suite's browser, press "Sign out".
    fixture::Reply confirmLogout(const fixture::Reply& page)
    {
        core::FormData form;
        const QRegularExpression hidden(u"<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"_s);
        for (const auto& m : hidden.globalMatch(QString::fromUtf8(page.body)))
            form.add(m.captured(1), m.captured(2));
        form.add(u"action"_s, u"logout"_s);
        return op().post(u"/logout"_s, form.encode());
    }

    bool sessionAlive()
    {
        const auto probe = again(request({{u"prompt"_s, u"none"_s}}));
        return !probe.locationParam(u"code"_s).isEmpty();
    }

private slots:
    void initTestCase()
    {
        m_workspace = fixture::testWorkspace();
        auto& issuer = m_workspace.issuers.first();
        // The shipped default signs with RS256 (OIDC Discovery requires RS256 among the algorithms).
        issuer.keys.clear();
        issuer.keys.append({jose::Jwk::generateRsa(2048), true});
        provider::Client rp;
        rp.clientId = QString::fromLatin1(kClientId);
        rp.name = u"OpenID conformance suite"_s;
        rp.confidential = true;
        rp.secret = QString::fromLatin1(kSecret);
        rp.redirectUris = {QString::fromLatin1(kRedirectUri)};
        rp.postLogoutRedirectUris = {QString::fromLatin1(kPostLogoutUri)};
        rp.grantTypes = {u"authorization_code"_s, u"refresh_token"_s};
        rp.requirePkce = false;
        issuer.clients.append(rp);
    }

    void init() { m_op = std::make_unique<fixture::Provider>(m_workspace); }
    void cleanup() { m_op.reset(); }

    // ---- Basic OP plan
    // -------------------------------------------------------------------------------------

    void oidcc_server()
    {
        const auto back = loginFlow(request());
        QVERIFY(isRedirectTo(back, QString::fromLatin1(kRedirectUri)));
        QCOMPARE(back.locationParam(u"state"_s), u"suite-state"_s);
        const auto tokens = redeem(back.locationParam(u"code"_s));
        QCOMPARE(tokens.status, 200);
        QCOMPARE(tokens.header("cache-control"), "no-store");
        QCOMPARE(tokens.json().value(u"token_type"_s).toString().toLower(), u"bearer"_s);
        QVERIFY(tokens.json().value(u"expires_in"_s).toInt() > 0);
        QString why;
        QVERIFY2(validIdToken(tokens.json().value(u"id_token"_s).toString(), u"suite-nonce"_s, &why),
            qPrintable(why));
    }

    void oidcc_response_type_missing()
    {
        op().newBrowser();
        expectErrorRedirect(op().authorize(request({{u"response_type"_s, QString()}})),
            {u"invalid_request"_s, u"unsupported_response_type"_s});
    }

    void oidcc_userinfo_get()
    {
        const auto tokens = happyFlow();
        const auto info = userinfo(tokens.value(u"access_token"_s).toString());
        QCOMPARE(info.status, 200);
        QCOMPARE(
            info.json().value(u"sub"_s), claimsOf(tokens.value(u"id_token"_s).toString()).value(u"sub"_s));
    }

    void oidcc_userinfo_post_header()
    {
        const auto tokens = happyFlow();
        const auto info = op().send("POST", op().url(u"/userinfo"_s), {},
            {{"Authorization", "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1()}});
        QCOMPARE(info.status, 200);
        QCOMPARE(
            info.json().value(u"sub"_s), claimsOf(tokens.value(u"id_token"_s).toString()).value(u"sub"_s));
    }

    void oidcc_userinfo_post_body()
    {
        const auto tokens = happyFlow();
        const auto info = op().post(
            u"/userinfo"_s, "access_token=" + tokens.value(u"access_token"_s).toString().toLatin1());
        QCOMPARE(info.status, 200);
        QCOMPARE(
            info.json().value(u"sub"_s), claimsOf(tokens.value(u"id_token"_s).toString()).value(u"sub"_s));
    }

    void oidcc_ensure_request_without_nonce_succeeds_for_code_flow()
    {
        const auto tokens = happyFlow({{u"nonce"_s, QString()}});
        QString why;
        QVERIFY2(validIdToken(tokens.value(u"id_token"_s).toString(), {}, &why), qPrintable(why));
    }

    void oidcc_scope_profile()
    {
        checkScopeClaims(u"openid profile"_s, {u"name"_s, u"given_name"_s, u"family_name"_s});
    }
    void oidcc_scope_email() { checkScopeClaims(u"openid email"_s, {u"email"_s, u"email_verified"_s}); }
    void oidcc_scope_address() { checkScopeClaims(u"openid address"_s, {u"address"_s}); }
    void oidcc_scope_phone()
    {
        checkScopeClaims(u"openid phone"_s, {u"phone_number"_s, u"phone_number_verified"_s});
    }
    void oidcc_scope_all()
    {
        checkScopeClaims(u"openid profile email address phone"_s,
            {u"name"_s, u"email"_s, u"address"_s, u"phone_number"_s});
    }

    void oidcc_display_page() { checkAcceptedParameter(u"display"_s, u"page"_s); }
    void oidcc_display_popup() { checkAcceptedParameter(u"display"_s, u"popup"_s); }

    void oidcc_prompt_login()
    {
        const auto first = claimsOf(happyFlow().value(u"id_token"_s).toString());
        op().clock->advanceSecs(5);
        // Logged in, yet prompt=login must show the login page again, and the new login has a new auth_time.
        const auto page = again(request({{u"prompt"_s, u"login"_s}}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"password\""));
        const auto back = op().submitLogin(page, {{u"pick"_s, u"alice"_s}});
        const auto second
            = claimsOf(redeem(back.locationParam(u"code"_s)).json().value(u"id_token"_s).toString());
        QCOMPARE(second.value(u"sub"_s), first.value(u"sub"_s));
        QVERIFY(second.value(u"auth_time"_s).toDouble() > first.value(u"auth_time"_s).toDouble());
    }

    void oidcc_prompt_none_not_logged_in()
    {
        op().newBrowser();
        expectErrorRedirect(op().authorize(request({{u"prompt"_s, u"none"_s}})),
            {u"login_required"_s, u"interaction_required"_s, u"consent_required"_s,
                u"account_selection_required"_s});
    }

    void oidcc_prompt_none_logged_in()
    {
        const auto first = claimsOf(happyFlow().value(u"id_token"_s).toString());
        const auto back = again(request({{u"prompt"_s, u"none"_s}}));
        QVERIFY(isRedirectTo(back, QString::fromLatin1(kRedirectUri)));
        const auto second
            = claimsOf(redeem(back.locationParam(u"code"_s)).json().value(u"id_token"_s).toString());
        QCOMPARE(second.value(u"sub"_s), first.value(u"sub"_s));
        QCOMPARE(second.value(u"auth_time"_s), first.value(u"auth_time"_s));
    }

    void oidcc_max_age_1()
    {
        const auto first = claimsOf(happyFlow().value(u"id_token"_s).toString());
        op().clock->advanceSecs(2);
        const auto page = again(request({{u"max_age"_s, u"1"_s}}));
        QCOMPARE(page.status, 200); // the login is too old: log in again
        const auto back = op().submitLogin(page, {{u"pick"_s, u"alice"_s}});
        const auto second
            = claimsOf(redeem(back.locationParam(u"code"_s)).json().value(u"id_token"_s).toString());
        QVERIFY(second.contains(u"auth_time"_s));
        QVERIFY(second.value(u"auth_time"_s).toDouble() > first.value(u"auth_time"_s).toDouble());
    }

    void oidcc_max_age_10000()
    {
        const auto first = claimsOf(happyFlow().value(u"id_token"_s).toString());
        op().clock->advanceSecs(2);
        const auto back = again(request({{u"max_age"_s, u"10000"_s}}));
        QVERIFY(isRedirectTo(back, QString::fromLatin1(kRedirectUri)));
        const auto second
            = claimsOf(redeem(back.locationParam(u"code"_s)).json().value(u"id_token"_s).toString());
        QCOMPARE(second.value(u"auth_time"_s), first.value(u"auth_time"_s));
    }

    void oidcc_ensure_request_with_unknown_parameter_succeeds()
    {
        checkAcceptedParameter(u"extra"_s, u"foobar"_s);
    }

    void oidcc_id_token_hint()
    {
        const QString idToken = signedInIdToken();
        const auto back = again(request({{u"prompt"_s, u"none"_s}, {u"id_token_hint"_s, idToken}}));
        QVERIFY(isRedirectTo(back, QString::fromLatin1(kRedirectUri)));
        const auto claims
            = claimsOf(redeem(back.locationParam(u"code"_s)).json().value(u"id_token"_s).toString());
        QCOMPARE(claims.value(u"sub"_s), claimsOf(idToken).value(u"sub"_s));
    }

    void oidcc_login_hint()
    {
        op().newBrowser();
        const auto page = op().authorize(request({{u"login_hint"_s, u"bob"_s}}));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"username\" autocomplete=\"username\" value=\"bob\""));
    }

    void oidcc_ui_locales() { checkAcceptedParameter(u"ui_locales"_s, u"se"_s); }
    void oidcc_claims_locales() { checkAcceptedParameter(u"claims_locales"_s, u"se"_s); }

    void oidcc_ensure_request_with_acr_values_succeeds()
    {
        const auto tokens = happyFlow({{u"acr_values"_s, u"1 2"_s}});
        QString why;
        const auto claims = validIdToken(tokens.value(u"id_token"_s).toString(), u"suite-nonce"_s, &why);
        QVERIFY2(claims, qPrintable(why));
        // SHOULD: the acr is one of those requested.
        QCOMPARE(claims->value(u"acr"_s).toString(), u"1"_s);
    }

    void oidcc_codereuse()
    {
        const auto back = loginFlow(request());
        const QString code = back.locationParam(u"code"_s);
        QCOMPARE(redeem(code).status, 200);
        const auto reuse = redeem(code);
        QCOMPARE(reuse.status, 400);
        QCOMPARE(reuse.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void oidcc_codereuse_30seconds()
    {
        const auto back = loginFlow(request());
        const QString code = back.locationParam(u"code"_s);
        const auto tokens = redeem(code).json();
        QCOMPARE(userinfo(tokens.value(u"access_token"_s).toString()).status, 200);
        op().clock->advanceSecs(30);
        const auto reuse = redeem(code);
        QCOMPARE(reuse.json().value(u"error"_s).toString(), u"invalid_grant"_s);
        // SHOULD (RFC 6749 4.1.2): the tokens issued from the code are revoked.
        QCOMPARE(userinfo(tokens.value(u"access_token"_s).toString()).status, 401);
    }

    void oidcc_ensure_registered_redirect_uri()
    {
        op().newBrowser();
        expectErrorPage(op().authorize(
            request({{u"redirect_uri"_s, QString::fromLatin1(kRedirectUri) + u"/unregistered"_s}})));
    }

    void oidcc_ensure_redirect_uri_in_authorization_request()
    {
        op().newBrowser();
        expectErrorPage(op().authorize(request({{u"redirect_uri"_s, QString()}})));
    }

    void oidcc_ensure_post_request_succeeds()
    {
        op().newBrowser();
        const auto page = op().send("POST", op().url(u"/authorize"_s), request().encode());
        QCOMPARE(page.status, 200);
        const auto back = op().submitLogin(page, {{u"pick"_s, u"alice"_s}});
        QVERIFY(isRedirectTo(back, QString::fromLatin1(kRedirectUri)));
        QCOMPARE(redeem(back.locationParam(u"code"_s)).status, 200);
    }

    void oidcc_server_client_secret_post()
    {
        const auto tokens = happyFlow({}, true);
        QString why;
        QVERIFY2(
            validIdToken(tokens.value(u"id_token"_s).toString(), u"suite-nonce"_s, &why), qPrintable(why));
    }

    // Supported: the authorization parameters in an unsigned request object, the query with only what OIDC
    // Core 6.1 requires there; the object's state and nonce come back.
    void oidcc_unsigned_request_object_supported_correctly_or_rejected_as_unsupported()
    {
        const QJsonObject doc = op().get(u"/.well-known/openid-configuration"_s).json();
        QCOMPARE(doc.value(u"request_parameter_supported"_s), QJsonValue(true));
        QVERIFY(doc.value(u"request_object_signing_alg_values_supported"_s).toArray().contains(u"none"_s));
        const QJsonObject object{{u"client_id"_s, QString::fromLatin1(kClientId)},
            {u"redirect_uri"_s, QString::fromLatin1(kRedirectUri)}, {u"response_type"_s, u"code"_s},
            {u"scope"_s, u"openid"_s}, {u"state"_s, u"suite-state"_s}, {u"nonce"_s, u"object-nonce"_s}};
        const QString unsigned_ = QString::fromLatin1(jose::base64UrlEncode("{\"alg\":\"none\"}") + '.'
            + jose::base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '.');
        core::FormData query;
        query.add(u"client_id"_s, QString::fromLatin1(kClientId));
        query.add(u"response_type"_s, u"code"_s);
        query.add(u"scope"_s, u"openid"_s);
        query.add(u"request"_s, unsigned_);
        const auto back = loginFlow(query);
        QVERIFY2(isRedirectTo(back, QString::fromLatin1(kRedirectUri)), back.body.left(300).constData());
        QCOMPARE(back.locationParam(u"state"_s), u"suite-state"_s);
        const auto tokens = redeem(back.locationParam(u"code"_s));
        QCOMPARE(tokens.status, 200);
        QString why;
        QVERIFY2(validIdToken(tokens.json().value(u"id_token"_s).toString(), u"object-nonce"_s, &why),
            qPrintable(why));
    }

    void oidcc_claims_essential()
    {
        const auto tokens = happyFlow(
            {{u"claims"_s, u"{\"userinfo\":{\"name\":{\"essential\":true}}}"_s}, {u"scope"_s, u"openid"_s}});
        const auto info = userinfo(tokens.value(u"access_token"_s).toString()).json();
        QCOMPARE(info.value(u"name"_s).toString(), u"Alice Anderson"_s);
        QVERIFY(!info.contains(u"email"_s)); // nothing else beyond the scopes
        QCOMPARE(
            op().get(u"/.well-known/openid-configuration"_s).json().value(u"claims_parameter_supported"_s),
            QJsonValue(true));
    }

    // "The server should use the value in the request object": the query carries an unregistered
    // redirect_uri, the request object the right one.
    void oidcc_ensure_request_object_with_redirect_uri()
    {
        QJsonObject object;
        const core::FormData suite = request();
        for (const auto& [key, value] : suite.pairs())
            object.insert(key, value);
        const QString unsigned_ = QString::fromLatin1(jose::base64UrlEncode("{\"alg\":\"none\"}") + '.'
            + jose::base64UrlEncode(QJsonDocument(object).toJson(QJsonDocument::Compact)) + '.');
        const auto back = loginFlow(
            request({{u"redirect_uri"_s, u"https://invalid.example/callback"_s}, {u"request"_s, unsigned_}}));
        QVERIFY2(isRedirectTo(back, QString::fromLatin1(kRedirectUri)), back.body.left(300).constData());
        QCOMPARE(back.locationParam(u"state"_s), u"suite-state"_s);
        QCOMPARE(redeem(back.locationParam(u"code"_s)).status, 200);
    }

    void oidcc_refresh_token()
    {
        // OIDC Core 11: offline access is asked for with prompt=consent.
        const auto tokens
            = happyFlow({{u"scope"_s, u"openid offline_access"_s}, {u"prompt"_s, u"consent"_s}});
        QVERIFY(tokens.contains(u"refresh_token"_s));
        const auto refreshed = tokenRequest({{u"grant_type"_s, u"refresh_token"_s},
            {u"refresh_token"_s, tokens.value(u"refresh_token"_s).toString()}});
        QCOMPARE(refreshed.status, 200);
        const auto before = claimsOf(tokens.value(u"id_token"_s).toString());
        const auto after = claimsOf(refreshed.json().value(u"id_token"_s).toString());
        // OIDC Core 12.2: same iss, sub, aud and auth_time; no nonce required.
        for (const QString& claim : {u"iss"_s, u"sub"_s, u"aud"_s, u"auth_time"_s})
            QCOMPARE(after.value(claim), before.value(claim));
        QCOMPARE(userinfo(refreshed.json().value(u"access_token"_s).toString()).status, 200);
        // Another client cannot use it.
        const auto stolen = op().post(u"/token"_s,
            "grant_type=refresh_token&client_id=spa&refresh_token="
                + refreshed.json().value(u"refresh_token"_s).toString().toLatin1());
        QCOMPARE(stolen.json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void oidcc_ensure_request_with_valid_pkce_succeeds()
    {
        const QByteArray verifier = jose::pkce::generateVerifier();
        const auto back = loginFlow(
            request({{u"code_challenge"_s, QString::fromLatin1(jose::pkce::s256Challenge(verifier))},
                {u"code_challenge_method"_s, u"S256"_s}}));
        const auto tokens = tokenRequest(
            {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, back.locationParam(u"code"_s)},
                {u"redirect_uri"_s, QString::fromLatin1(kRedirectUri)},
                {u"code_verifier"_s, QString::fromLatin1(verifier)}});
        QCOMPARE(tokens.status, 200);
    }

    // ---- Config OP plan
    // ------------------------------------------------------------------------------------

    void oidcc_discovery_endpoint_verification()
    {
        const auto reply = op().get(u"/.well-known/openid-configuration"_s);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-type").startsWith("application/json"));
        const QJsonObject d = reply.json();
        QCOMPARE(d.value(u"issuer"_s).toString(), op().issuer());
        for (const QString& member :
            {u"authorization_endpoint"_s, u"token_endpoint"_s, u"userinfo_endpoint"_s, u"jwks_uri"_s}) {
            QVERIFY2(d.value(member).toString().startsWith(op().issuer()), qPrintable(member));
        }
        const auto contains = [&](const QString& member, const QString& value) {
            return d.value(member).toArray().contains(QJsonValue(value));
        };
        QVERIFY(contains(u"response_types_supported"_s, u"code"_s));
        QVERIFY(contains(u"scopes_supported"_s, u"openid"_s));
        QVERIFY(contains(u"subject_types_supported"_s, u"public"_s));
        QVERIFY(contains(u"id_token_signing_alg_values_supported"_s, u"RS256"_s));
        QVERIFY(contains(u"grant_types_supported"_s, u"authorization_code"_s));
        QVERIFY(contains(u"token_endpoint_auth_methods_supported"_s, u"client_secret_basic"_s));
        QVERIFY(contains(u"claims_supported"_s, u"sub"_s));
        // The JWKS it names is reachable and every key has a kid.
        const auto jwks = op().send("GET", QUrl(d.value(u"jwks_uri"_s).toString()));
        QCOMPARE(jwks.status, 200);
        const QJsonArray keys = jwks.json().value(u"keys"_s).toArray();
        QVERIFY(!keys.isEmpty());
        for (const QJsonValue& key : keys) {
            QVERIFY(!key.toObject().value(u"kid"_s).toString().isEmpty());
            QVERIFY(!key.toObject().contains(u"d"_s)); // never a private part
        }
    }

    void oidcc_idtoken_rs256()
    {
        const QString idToken = happyFlow().value(u"id_token"_s).toString();
        const auto jws = jose::Jws::parse(idToken.toLatin1());
        QVERIFY(jws);
        QCOMPARE(jws->algorithmName(), u"RS256"_s);
        QVERIFY(!jws->kid().isEmpty());
    }

    // From the Dynamic OP plan: after a key rotation new tokens carry the new kid, and the JWKS still
    // publishes the old key until it is removed.
    void oidcc_server_rotate_keys()
    {
        const QString oldToken = happyFlow().value(u"id_token"_s).toString();
        const QString oldKid = jose::Jws::parse(oldToken.toLatin1())->kid();
        provider::Workspace rotated = op().workspace;
        rotated.issuers.first().keys.first().active = false;
        rotated.issuers.first().keys.prepend({jose::Jwk::generateRsa(2048), true});
        op().provider->setWorkspace(rotated);

        const QString newToken = happyFlow().value(u"id_token"_s).toString();
        const QString newKid = jose::Jws::parse(newToken.toLatin1())->kid();
        QVERIFY(newKid != oldKid);
        QString why;
        QVERIFY2(validIdToken(newToken, u"suite-nonce"_s, &why), qPrintable(why));
        QVERIFY2(validIdToken(oldToken, u"suite-nonce"_s, &why), qPrintable(why));
    }

    // ---- RP-Initiated Logout plan
    // --------------------------------------------------------------------------

    void oidcc_rp_initiated_logout_discovery_endpoint_verification()
    {
        const QJsonObject d = op().get(u"/.well-known/openid-configuration"_s).json();
        QVERIFY(d.value(u"end_session_endpoint"_s).toString().startsWith(op().issuer()));
    }

    void oidcc_rp_initiated_logout()
    {
        const QString idToken = signedInIdToken();
        const auto reply = endSession({{u"id_token_hint"_s, idToken},
            {u"post_logout_redirect_uri"_s, QString::fromLatin1(kPostLogoutUri)}, {u"state"_s, u"bye"_s}});
        QVERIFY(isRedirectTo(reply, QString::fromLatin1(kPostLogoutUri)));
        QCOMPARE(reply.locationParam(u"state"_s), u"bye"_s);
        QVERIFY(!sessionAlive());
    }

    void oidcc_rp_initiated_logout_bad_post_logout_redirect_uri()
    {
        const QString idToken = signedInIdToken();
        expectErrorPage(endSession({{u"id_token_hint"_s, idToken},
            {u"post_logout_redirect_uri"_s, u"https://evil.example/logout"_s}, {u"state"_s, u"bye"_s}}));
    }

    void oidcc_rp_initiated_logout_modified_id_token_hint()
    {
        QString idToken = signedInIdToken();
        // Flip the signature's last character.
        idToken[idToken.size() - 1] = idToken.back() == u'A' ? u'B' : u'A';
        expectErrorPage(endSession({{u"id_token_hint"_s, idToken},
            {u"post_logout_redirect_uri"_s, QString::fromLatin1(kPostLogoutUri)}, {u"state"_s, u"bye"_s}}));
        QVERIFY(sessionAlive());
    }

    void oidcc_rp_initiated_logout_no_id_token_hint()
    {
        signedInIdToken();
        // Nothing tells which client the URI belongs to: the provider must not redirect.
        expectErrorPage(endSession(
            {{u"post_logout_redirect_uri"_s, QString::fromLatin1(kPostLogoutUri)}, {u"state"_s, u"bye"_s}}));
    }

    void oidcc_rp_initiated_logout_no_params()
    {
        signedInIdToken();
        const auto page = endSession({});
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"logout-confirm\""));
        QVERIFY(sessionAlive()); // not before the user says so
        const auto done = confirmLogout(page);
        QCOMPARE(done.status, 200);
        QVERIFY(done.body.contains("signed out"));
        QVERIFY(!sessionAlive());
    }

    void oidcc_rp_initiated_logout_no_post_logout_redirect_uri()
    {
        const QString idToken = signedInIdToken();
        const auto page = endSession({{u"id_token_hint"_s, idToken}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("location").isEmpty());
        QVERIFY(!sessionAlive());
    }

    void oidcc_rp_initiated_logout_no_state()
    {
        const QString idToken = signedInIdToken();
        const auto reply = endSession({{u"id_token_hint"_s, idToken},
            {u"post_logout_redirect_uri"_s, QString::fromLatin1(kPostLogoutUri)}});
        QVERIFY(isRedirectTo(reply, QString::fromLatin1(kPostLogoutUri)));
        QCOMPARE(reply.location().toString(), QString::fromLatin1(kPostLogoutUri));
        QVERIFY(!sessionAlive());
    }

    void oidcc_rp_initiated_logout_only_state()
    {
        signedInIdToken();
        const auto page = endSession({{u"state"_s, u"bye"_s}});
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("location").isEmpty());
        const auto done = confirmLogout(page);
        QVERIFY(done.header("location").isEmpty()); // no URI to return to: state goes nowhere
        QVERIFY(!sessionAlive());
    }

    void oidcc_rp_initiated_logout_query_added_to_post_logout_redirect_uri()
    {
        const QString idToken = signedInIdToken();
        expectErrorPage(endSession({{u"id_token_hint"_s, idToken},
            {u"post_logout_redirect_uri"_s, QString::fromLatin1(kPostLogoutUri) + u"?foo=bar"_s}}));
    }

    void oidcc_rp_initiated_logout_bad_id_token_hint()
    {
        signedInIdToken();
        expectErrorPage(endSession({{u"id_token_hint"_s, u"not.a-jwt"_s},
            {u"post_logout_redirect_uri"_s, QString::fromLatin1(kPostLogoutUri)}, {u"state"_s, u"bye"_s}}));
        QVERIFY(sessionAlive());
    }

private:
    void checkScopeClaims(const QString& scope, const QStringList& claims)
    {
        const auto tokens = happyFlow({{u"scope"_s, scope}});
        const auto info = userinfo(tokens.value(u"access_token"_s).toString());
        QCOMPARE(info.status, 200);
        for (const QString& claim : claims)
            QVERIFY2(info.json().contains(claim),
                qPrintable(claim + u" missing from "_s + QString::fromUtf8(info.body)));
        QVERIFY2(
            info.json().value(u"sub"_s) == claimsOf(tokens.value(u"id_token"_s).toString()).value(u"sub"_s),
            "userinfo sub differs from the ID token's");
    }

    // The module sends one extra parameter the OP must accept (or ignore); the flow completes.
    void checkAcceptedParameter(const QString& name, const QString& value)
    {
        const auto tokens = happyFlow({{name, value}});
        QString why;
        QVERIFY2(
            validIdToken(tokens.value(u"id_token"_s).toString(), u"suite-nonce"_s, &why), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "TestConformance.moc"
