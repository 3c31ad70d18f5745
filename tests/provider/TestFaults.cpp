#include "common/FaultFixture.h"
#include "common/ProviderFixture.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"
#include "core/jose/JwkSet.h"
#include "core/jose/Jws.h"
#include "core/jose/Jwt.h"
#include "provider/Faults.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using fixture::claimsOf;
using fixture::headerOf;
using fixture::hybridWorkspace;
using fixture::rule;
using fixture::tokensFor;
using fixture::verifies;
using provider::FaultRule;

// Error injection: every catalogue entry produces exactly its fault (checked against the same request without
// it), rules target and count as documented, and the control API drives faults and the clock.
class TestFaults : public QObject
{
    Q_OBJECT

    // A GET on a connection of its own, read until the server closes it (QNetworkAccessManager would retry a
    // request whose connection closed without an answer).
    static QByteArray rawGet(fixture::Provider& op, const QByteArray& path)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, op.port);
        if (!socket.waitForConnected(5000))
            return "not connected";
        socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray received;
        (void)QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            5000);
        return received + socket.readAll();
    }

private slots:
    void everyFaultIsTestedAndDocumented()
    {
        // The rows below and docs/faults.md cover the whole catalogue.
        QFile doc(QStringLiteral(OIDCBENCH_SOURCE_DIR "/docs/faults.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray text = doc.readAll();
        for (const provider::FaultDefinition& fault : provider::faultCatalogue())
            QVERIFY2(text.contains(QByteArray("`" + fault.name.toUtf8() + "`")),
                qPrintable(fault.name + u" is not in docs/faults.md"_s));
        QVERIFY(provider::faultCatalogue().size() >= 50);
    }

    void authorizeErrors_data()
    {
        QTest::addColumn<QString>("error");
        for (const char* error : {"access_denied", "login_required", "interaction_required",
                 "consent_required", "account_selection_required", "invalid_scope", "server_error",
                 "temporarily_unavailable", "unauthorized_client"})
            QTest::newRow(error) << QString::fromLatin1(error);
    }
    void authorizeErrors()
    {
        QFETCH(QString, error);
        fixture::Provider op;
        op.provider->faults().add(rule(u"authorize.%1:times=1"_s.arg(error)));
        const auto reply = op.authorize(op.authorizeParams());
        QCOMPARE(reply.status, 302);
        QVERIFY(reply.location().toString().startsWith(u"http://localhost:5173/callback?"_s));
        QCOMPARE(reply.locationParam(u"error"_s), error);
        QCOMPARE(reply.locationParam(u"state"_s), u"state-123"_s);
        QCOMPARE(reply.locationParam(u"iss"_s), op.issuer());
        QVERIFY(reply.locationParam(u"error_description"_s).contains(u"authorize."_s + error));
        QVERIFY(reply.locationParam(u"code"_s).isEmpty());
        // Once only: the next request gets the login page.
        QCOMPARE(op.authorize(op.authorizeParams()).status, 200);
    }

    void authorizeErrorsNeverGoToUnregisteredRedirects()
    {
        fixture::Provider op;
        op.provider->faults().add(rule(u"authorize.access_denied"_s));
        const auto reply = op.authorize(op.authorizeParams({{u"redirect_uri"_s, u"http://evil.test/cb"_s}}));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("location").isEmpty());
    }

    void stateMissingAndWrong()
    {
        fixture::Provider op;
        op.provider->faults().add(rule(u"authorize.state_missing:times=1"_s));
        auto reply = op.loginAs(u"alice"_s, op.authorizeParams());
        QVERIFY(!reply.locationQuery().hasQueryItem(u"state"_s));
        QCOMPARE(reply.locationParam(u"iss"_s), op.issuer());
        QCOMPARE(op.exchange(reply.locationParam(u"code"_s)).status, 200); // the code is good

        op.provider->faults().add(rule(u"authorize.state_wrong:times=1"_s));
        reply = op.loginAs(u"alice"_s, op.authorizeParams());
        QVERIFY(!reply.locationParam(u"state"_s).isEmpty());
        QVERIFY(reply.locationParam(u"state"_s) != u"state-123"_s);
        QCOMPARE(op.exchange(reply.locationParam(u"code"_s)).status, 200);
        // Both used up: state is back.
        QCOMPARE(op.loginAs(u"alice"_s, op.authorizeParams()).locationParam(u"state"_s), u"state-123"_s);
    }

    void codeReplayed()
    {
        fixture::Provider op;
        const QString first = op.codeFor();
        QCOMPARE(op.exchange(first).status, 200);
        op.provider->faults().add(rule(u"authorize.code_replayed:times=1"_s));
        const auto reply = op.loginAs(u"alice"_s, op.authorizeParams());
        QCOMPARE(reply.locationParam(u"code"_s), first);
        QCOMPARE(reply.locationParam(u"state"_s), u"state-123"_s);
        QCOMPARE(op.exchange(first).json().value(u"error"_s).toString(), u"invalid_grant"_s);
    }

    void tokenErrors_data()
    {
        QTest::addColumn<QString>("error");
        for (const char* error : {"invalid_grant", "invalid_client", "invalid_request", "unauthorized_client",
                 "unsupported_grant_type", "invalid_scope", "slow_down", "authorization_pending"})
            QTest::newRow(error) << QString::fromLatin1(error);
    }
    void tokenErrors()
    {
        QFETCH(QString, error);
        fixture::Provider op;
        const QString code = op.codeFor();
        op.provider->faults().add(rule(u"token.%1:times=1"_s.arg(error)));
        const auto failed = op.exchange(code);
        QCOMPARE(failed.status, error == u"invalid_client"_s ? 401 : 400);
        QCOMPARE(failed.json().value(u"error"_s).toString(), error);
        QCOMPARE(failed.header("cache-control"), "no-store");
        QCOMPARE(failed.header("www-authenticate").startsWith("Basic "), error == u"invalid_client"_s);
        // The code was not used up by the injected failure.
        QCOMPARE(op.exchange(code).status, 200);
    }

    void pushedRequestErrors_data()
    {
        QTest::addColumn<QString>("error");
        for (const char* error :
            {"invalid_request", "invalid_client", "invalid_scope", "unauthorized_client"})
            QTest::newRow(error) << QString::fromLatin1(error);
    }
    void pushedRequestErrors()
    {
        QFETCH(QString, error);
        fixture::Provider op;
        op.provider->faults().add(rule(u"par.%1:times=1"_s.arg(error)));
        const QByteArray request = op.authorizeParams().encode();
        const auto failed = op.post(u"/par"_s, request);
        QCOMPARE(failed.status, error == u"invalid_client"_s ? 401 : 400);
        QCOMPARE(failed.json().value(u"error"_s).toString(), error);
        QCOMPARE(failed.header("cache-control"), "no-store");
        QCOMPARE(failed.header("www-authenticate").startsWith("Basic "), error == u"invalid_client"_s);
        QVERIFY(!failed.json().contains(u"request_uri"_s));
        // Once: the same push then succeeds, and the fault fires nowhere else.
        QCOMPARE(op.post(u"/par"_s, request).status, 201);
    }

    void tokenResponseFields_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value"); // undefined: removed
        QTest::newRow("missing_id_token")
            << u"missing_id_token"_s << u"id_token"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("missing_token_type")
            << u"missing_token_type"_s << u"token_type"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("missing_expires_in")
            << u"missing_expires_in"_s << u"expires_in"_s << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("wrong_token_type") << u"wrong_token_type"_s << u"token_type"_s << QJsonValue(u"mac"_s);
    }
    void tokenResponseFields()
    {
        QFETCH(QString, fault);
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        fixture::Provider op;
        const QJsonObject normal = tokensFor(op).json();
        op.provider->faults().add(rule(u"token."_s + fault));
        const auto reply = tokensFor(op);
        QCOMPARE(reply.status, 200);
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(member), value);
        // Everything else is as usual.
        QStringList expected = normal.keys();
        if (value.isUndefined())
            expected.removeAll(member);
        QCOMPARE(body.keys(), expected);
    }

    void tampering_data()
    {
        QTest::addColumn<QString>("fault");
        for (const provider::FaultDefinition& f : provider::faultCatalogue()) {
            if (f.name.startsWith(u"tamper."_s))
                QTest::newRow(qPrintable(f.name)) << f.name.mid(7);
        }
    }
    void tampering()
    {
        QFETCH(QString, fault);
        // A hybrid response carries c_hash and at_hash, so every claim has something to tamper with.
        fixture::Provider op(hybridWorkspace());
        const auto hybrid = [&op] {
            const auto reply = op.loginAs(
                u"alice"_s, op.authorizeParams({{u"response_type"_s, u"code id_token token"_s}}));
            return *core::FormData::parse(reply.location().fragment(QUrl::FullyEncoded).toLatin1());
        };
        const core::FormData normal = hybrid();
        op.provider->faults().add(rule(u"tamper."_s + fault));
        const core::FormData tampered = hybrid();
        const QString token = tampered.value(u"id_token"_s);
        const QJsonObject claims = claimsOf(token);
        const QJsonObject header = headerOf(token);
        const QJsonObject usual = claimsOf(normal.value(u"id_token"_s));
        const qint64 now = op.clock->nowSecs();

        // The claims that changed, compared to an untampered token of the same flow.
        QStringList changed;
        const QStringList usualKeys = usual.keys();
        const QStringList tamperedKeys = claims.keys();
        QSet<QString> allKeys(usualKeys.begin(), usualKeys.end());
        allKeys.unite(QSet<QString>(tamperedKeys.begin(), tamperedKeys.end()));
        for (const QString& key : std::as_const(allKeys)) {
            const bool perFlow
                = key == u"at_hash"_s || key == u"c_hash"_s || key == u"iat"_s || key == u"exp"_s;
            if (claims.value(key) != usual.value(key)
                && !(perFlow && claims.contains(key) && usual.contains(key)))
                changed.append(key);
        }
        changed.sort();
        const bool signatureGood = verifies(op, token);
        if (fault == u"bad_signature"_s) {
            QVERIFY(!signatureGood);
            QVERIFY(changed.isEmpty());
            QVERIFY(jose::Jws::parse(token.toLatin1())); // still a well-formed JWS
        } else if (fault == u"alg_none"_s) {
            QCOMPARE(header.value(u"alg"_s).toString(), u"none"_s);
            QVERIFY(token.endsWith(u'.'));
            QVERIFY(changed.isEmpty());
        } else if (fault == u"unadvertised_alg"_s) {
            QCOMPARE(header.value(u"alg"_s).toString(), u"HS256"_s);
            QVERIFY(!op.get(u"/.well-known/openid-configuration"_s)
                         .json()
                         .value(u"id_token_signing_alg_values_supported"_s)
                         .toArray()
                         .contains(u"HS256"_s));
            QVERIFY(changed.isEmpty());
        } else if (fault == u"unknown_kid"_s) {
            QVERIFY(header.value(u"kid"_s).toString().startsWith(u"unknown-"_s));
            QVERIFY(!signatureGood);
            QVERIFY(changed.isEmpty());
        } else if (fault == u"no_kid"_s) {
            QVERIFY(!header.contains(u"kid"_s));
            QVERIFY(changed.isEmpty());
            // The JWKS now has a second key of the same type, so the key is ambiguous.
            const QJsonArray keys = op.get(u"/jwks"_s).json().value(u"keys"_s).toArray();
            QCOMPARE(keys.size(), 2);
            QCOMPARE(keys.at(0).toObject().value(u"kty"_s), keys.at(1).toObject().value(u"kty"_s));
        } else {
            QVERIFY2(signatureGood, "claim faults keep a good signature");
            QCOMPARE(header.value(u"alg"_s).toString(), u"ES256"_s);
            const QMap<QString, QStringList> expectedChanges{{u"wrong_iss"_s, {u"iss"_s}},
                {u"wrong_aud"_s, {u"aud"_s}}, {u"missing_aud"_s, {u"aud"_s}},
                {u"multiple_aud_no_azp"_s, {u"aud"_s, u"azp"_s}}, {u"expired"_s, {}},
                {u"missing_exp"_s, {u"exp"_s}}, {u"nbf_future"_s, {u"nbf"_s}}, {u"iat_future"_s, {}},
                {u"iat_past"_s, {}}, {u"missing_nonce"_s, {u"nonce"_s}}, {u"wrong_nonce"_s, {u"nonce"_s}},
                {u"wrong_at_hash"_s, {}}, {u"missing_at_hash"_s, {u"at_hash"_s}}, {u"wrong_c_hash"_s, {}},
                {u"missing_c_hash"_s, {u"c_hash"_s}}, {u"missing_sub"_s, {u"sub"_s}}};
            QVERIFY2(expectedChanges.contains(fault), qPrintable(fault));
            QCOMPARE(changed, expectedChanges.value(fault));
            const auto alg = jose::Algorithm::ES256;
            if (fault == u"wrong_iss"_s)
                QCOMPARE(claims.value(u"iss"_s).toString(), op.issuer() + u"/other"_s);
            if (fault == u"wrong_aud"_s)
                QVERIFY(!jose::jwt::audiences(claims).contains(u"spa"_s));
            if (fault == u"multiple_aud_no_azp"_s)
                QCOMPARE(jose::jwt::audiences(claims), (QStringList{u"spa"_s, u"other-party"_s}));
            if (fault == u"expired"_s)
                QVERIFY(claims.value(u"exp"_s).toInteger() < now);
            if (fault == u"nbf_future"_s)
                QVERIFY(claims.value(u"nbf"_s).toInteger() > now + 600);
            if (fault == u"iat_future"_s)
                QVERIFY(claims.value(u"iat"_s).toInteger() > now + 600);
            if (fault == u"iat_past"_s) {
                QVERIFY(claims.value(u"iat"_s).toInteger() < now - 86400);
                QVERIFY(claims.value(u"exp"_s).toInteger() > now);
            }
            if (fault == u"wrong_nonce"_s)
                QVERIFY(claims.value(u"nonce"_s).toString() != u"nonce-456"_s);
            // Hashes: wrong ones do not match what came with the token; the others do.
            const QString atHash = jose::jwt::halfHash(alg, tampered.value(u"access_token"_s).toLatin1());
            const QString cHash = jose::jwt::halfHash(alg, tampered.value(u"code"_s).toLatin1());
            if (claims.contains(u"at_hash"_s))
                QCOMPARE(claims.value(u"at_hash"_s).toString() == atHash, fault != u"wrong_at_hash"_s);
            if (claims.contains(u"c_hash"_s))
                QCOMPARE(claims.value(u"c_hash"_s).toString() == cHash, fault != u"wrong_c_hash"_s);
        }
        // The access token of the same response is untouched (the rule says id_token).
        QVERIFY(verifies(op, tampered.value(u"access_token"_s)));
    }

    void tamperingAccessTokens()
    {
        fixture::Provider op;
        op.provider->faults().add(rule(u"tamper.expired:token=access_token"_s));
        const QJsonObject tokens = tokensFor(op).json();
        QVERIFY(claimsOf(tokens.value(u"access_token"_s).toString()).value(u"exp"_s).toInteger()
            < op.clock->nowSecs());
        QVERIFY(claimsOf(tokens.value(u"id_token"_s).toString()).value(u"exp"_s).toInteger()
            > op.clock->nowSecs());
        // The provider itself refuses the expired access token.
        QCOMPARE(op.get(u"/userinfo"_s,
                       {{"Authorization", "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1()}})
                     .status,
            401);
    }

    void userinfoFaults()
    {
        fixture::Provider op;
        const QJsonObject tokens = tokensFor(op).json();
        const QByteArray bearer = "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1();
        const QJsonObject normal = op.get(u"/userinfo"_s, {{"Authorization", bearer}}).json();
        op.provider->faults().add(rule(u"userinfo.sub_mismatch:times=1"_s));
        QJsonObject info = op.get(u"/userinfo"_s, {{"Authorization", bearer}}).json();
        QVERIFY(!info.value(u"sub"_s).toString().isEmpty());
        QVERIFY(info.value(u"sub"_s) != claimsOf(tokens.value(u"id_token"_s).toString()).value(u"sub"_s));
        info.insert(u"sub"_s, normal.value(u"sub"_s));
        QCOMPARE(info, normal);
        op.provider->faults().add(rule(u"userinfo.missing_sub:times=1"_s));
        info = op.get(u"/userinfo"_s, {{"Authorization", bearer}}).json();
        QVERIFY(!info.contains(u"sub"_s));
        info.insert(u"sub"_s, normal.value(u"sub"_s));
        QCOMPARE(info, normal);
    }

    void keyAndDiscoveryFaults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("jwks.empty") << u"jwks.empty"_s;
        QTest::newRow("jwks.missing_active_key") << u"jwks.missing_active_key"_s;
        QTest::newRow("jwks.down") << u"jwks.down"_s;
        QTest::newRow("discovery.issuer_mismatch") << u"discovery.issuer_mismatch"_s;
        QTest::newRow("discovery.missing_endpoint") << u"discovery.missing_endpoint"_s;
        QTest::newRow("discovery.missing_endpoint:member=jwks_uri")
            << u"discovery.missing_endpoint:member=jwks_uri"_s;
        QTest::newRow("discovery.malformed") << u"discovery.malformed"_s;
    }
    void keyAndDiscoveryFaults()
    {
        QFETCH(QString, spec);
        provider::Workspace ws = fixture::testWorkspace();
        ws.issuers.first().keys.append({jose::Jwk::generateEc(), false}); // an older key, still published
        fixture::Provider op(ws);
        const bool jwks = spec.startsWith(u"jwks."_s);
        const QString path = jwks ? u"/jwks"_s : u"/.well-known/openid-configuration"_s;
        const auto normal = op.get(path);
        op.provider->faults().add(rule(spec + (spec.contains(u':') ? u",times=1"_s : u":times=1"_s)));
        const auto reply = op.get(path);
        const QJsonObject usual = normal.json();
        if (spec == u"jwks.down"_s) {
            QCOMPARE(reply.status, 503);
        } else if (spec == u"jwks.empty"_s) {
            QCOMPARE(reply.json(), (QJsonObject{{u"keys"_s, QJsonArray()}}));
        } else if (spec == u"jwks.missing_active_key"_s) {
            const QJsonArray keys = reply.json().value(u"keys"_s).toArray();
            QCOMPARE(keys.size(), 1);
            QCOMPARE(keys.first(), usual.value(u"keys"_s).toArray().at(1)); // the inactive one stays
        } else if (spec == u"discovery.issuer_mismatch"_s) {
            QJsonObject doc = reply.json();
            QCOMPARE(doc.value(u"issuer"_s).toString(), op.issuer() + u"/other"_s);
            doc.insert(u"issuer"_s, op.issuer());
            QCOMPARE(doc, usual);
        } else if (spec.startsWith(u"discovery.missing_endpoint"_s)) {
            const QString member = spec.contains(u"jwks_uri"_s) ? u"jwks_uri"_s : u"token_endpoint"_s;
            QJsonObject expected = usual;
            expected.remove(member);
            QCOMPARE(reply.json(), expected);
        } else if (spec == u"discovery.malformed"_s) {
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.header("content-type").startsWith("application/json"));
            QJsonParseError error;
            QJsonDocument::fromJson(reply.body, &error);
            QVERIFY(error.error != QJsonParseError::NoError);
            QVERIFY(normal.body.startsWith(reply.body));
        }
        // A faulty document is not to be cached; the next request is normal again.
        QCOMPARE(reply.header("cache-control"), "no-store");
        QCOMPARE(op.get(path).body, normal.body);
    }

    void transportFaults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("http.status") << u"http.status"_s;
        QTest::newRow("http.status:status=429") << u"http.status:status=429,retry_after=7"_s;
        QTest::newRow("http.status:status=503") << u"http.status:status=503"_s;
        QTest::newRow("http.status:status=502") << u"http.status:status=502"_s;
        QTest::newRow("http.close") << u"http.close"_s;
        QTest::newRow("http.truncated_body") << u"http.truncated_body"_s;
        QTest::newRow("http.not_json") << u"http.not_json"_s;
        QTest::newRow("http.wrong_content_type") << u"http.wrong_content_type"_s;
        QTest::newRow("http.no_cors") << u"http.no_cors"_s;
        QTest::newRow("http.latency") << u"http.latency:ms=300"_s;
        QTest::newRow("http.latency range") << u"http.latency:min=200,max=400"_s;
    }
    void transportFaults()
    {
        QFETCH(QString, spec);
        fixture::Provider op{fixture::testWorkspace(), fixture::Transport::Socket};
        const QList<std::pair<QByteArray, QByteArray>> origin{{"Origin", "http://localhost:5173"}};
        const auto normal = op.get(u"/.well-known/openid-configuration"_s, origin);
        op.provider->faults().add(
            rule(spec + (spec.contains(u':') ? u","_s : u":"_s) + u"endpoint=discovery,times=1"_s));
        QElapsedTimer timer;
        timer.start();
        const auto reply = op.get(u"/.well-known/openid-configuration"_s, origin);
        const qint64 elapsed = timer.elapsed();
        if (spec == u"http.status"_s) {
            QCOMPARE(reply.status, 500);
        } else if (spec.startsWith(u"http.status:status="_s)) {
            const int status = spec.mid(19, 3).toInt();
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.header("retry-after"),
                status == 429       ? "7"_ba
                    : status == 503 ? "30"_ba
                                    : QByteArray());
        } else if (spec == u"http.close"_s || spec == u"http.truncated_body"_s) {
            // Seen on the wire: nothing at all, or the headers (promising the full length) and half the body.
            Q_UNUSED(reply); // QNetworkAccessManager retried it: the rule is used up
            op.provider->faults().add(rule(spec + u":endpoint=discovery,times=1"_s));
            const QByteArray raw = rawGet(op, "/.well-known/openid-configuration");
            if (spec == u"http.close"_s) {
                QCOMPARE(raw, QByteArray());
            } else {
                QVERIFY2(
                    raw.contains(QByteArray("Content-Length: " + QByteArray::number(normal.body.size()))),
                    raw.constData());
                const QByteArray body = raw.mid(raw.indexOf("\r\n\r\n") + 4);
                QCOMPARE(body, normal.body.left(normal.body.size() / 2));
            }
        } else if (spec == u"http.not_json"_s) {
            QVERIFY(reply.header("content-type").startsWith("application/json"));
            QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
        } else if (spec == u"http.wrong_content_type"_s) {
            QCOMPARE(reply.header("content-type"), "text/plain; charset=utf-8");
            QCOMPARE(reply.body, normal.body);
        } else if (spec == u"http.no_cors"_s) {
            QCOMPARE(normal.header("access-control-allow-origin"), "http://localhost:5173");
            QVERIFY(reply.header("access-control-allow-origin").isEmpty());
            QCOMPARE(reply.body, normal.body);
        } else if (spec.startsWith(u"http.latency"_s)) {
            // A lower bound only: the response is held back at least this long, then arrives intact.
            QVERIFY2(elapsed >= 195, qPrintable(QString::number(elapsed)));
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, normal.body);
        }
        QCOMPARE(op.get(u"/.well-known/openid-configuration"_s, origin).body, normal.body);
    }

    void targeting()
    {
        fixture::Provider op;
        auto& faults = op.provider->faults();
        // Client: web-app only; spa's token requests are untouched.
        faults.add(rule(u"token.invalid_grant:client=web-app"_s));
        QCOMPARE(tokensFor(op).status, 200);
        // ...web-app's are hit, also when it names itself only in HTTP Basic credentials.
        const QByteArray basic
            = "Basic " + QByteArray("web-app:web-app-secret-change-me-0123456789abcdef").toBase64();
        QCOMPARE(op.post(u"/token"_s, "grant_type=client_credentials", {{"Authorization", basic}})
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"invalid_grant"_s);
        // User: bob only.
        faults.clear();
        faults.add(rule(u"authorize.access_denied:user=bob"_s));
        QCOMPARE(op.loginAs(u"alice"_s, op.authorizeParams()).locationParam(u"error"_s), QString());
        op.newBrowser();
        op.codeFor(u"bob"_s); // bob has a session now
        QCOMPARE(op.authorize(op.authorizeParams()).locationParam(u"error"_s), u"access_denied"_s);
        // Grant type: refresh_token only.
        faults.clear();
        faults.add(rule(u"token.invalid_grant:grant_type=refresh_token"_s));
        const QJsonObject tokens = tokensFor(op, {{u"scope"_s, u"openid offline_access"_s}}).json();
        QVERIFY(tokens.contains(u"refresh_token"_s));
        QCOMPARE(op.post(u"/token"_s,
                       "grant_type=refresh_token&client_id=spa&refresh_token="
                           + tokens.value(u"refresh_token"_s).toString().toLatin1())
                     .json()
                     .value(u"error"_s)
                     .toString(),
            u"invalid_grant"_s);
        // Issuer: another issuer's requests only.
        faults.clear();
        faults.add(rule(u"http.status:issuer=elsewhere"_s));
        QCOMPARE(op.get(u"/jwks"_s).status, 200);
        // Endpoint: a transport fault at one endpoint.
        faults.clear();
        faults.add(rule(u"http.status:endpoint=jwks"_s));
        QCOMPARE(op.get(u"/jwks"_s).status, 500);
        QCOMPARE(op.get(u"/.well-known/openid-configuration"_s).status, 200);
    }

    void when()
    {
        fixture::Provider op;
        auto& faults = op.provider->faults();
        // after=2, times=2: requests 3 and 4.
        faults.add(rule(u"http.status:endpoint=jwks,after=2,times=2,label=third and fourth"_s));
        QList<int> statuses;
        for (int i = 0; i < 6; ++i)
            statuses.append(op.get(u"/jwks"_s).status);
        QCOMPARE(statuses, (QList<int>{200, 200, 500, 500, 200, 200}));
        const FaultRule counted = faults.rules().first();
        QCOMPARE(counted.matched, 6);
        QCOMPARE(counted.fired, 2);
        QCOMPARE(counted.label, u"third and fourth"_s);
        // probability 0: never; 1: always.
        faults.clear();
        faults.add(rule(u"http.status:endpoint=jwks,probability=0"_s));
        for (int i = 0; i < 20; ++i)
            QCOMPARE(op.get(u"/jwks"_s).status, 200);
        faults.clear();
        faults.add(rule(u"http.status:endpoint=jwks,probability=0.5"_s));
        int failed = 0;
        for (int i = 0; i < 200; ++i)
            failed += op.get(u"/jwks"_s).status == 500;
        QVERIFY2(failed > 50 && failed < 150, qPrintable(QString::number(failed))); // p < 1e-12 to miss
        // Rules combine in order: both apply to one response.
        faults.clear();
        faults.add(rule(u"http.wrong_content_type:endpoint=jwks"_s));
        faults.add(rule(u"http.no_cors:endpoint=jwks"_s));
        QCOMPARE(op.get(u"/jwks"_s, {{"Origin", "http://localhost:5173"}}).header("content-type"),
            "text/plain; charset=utf-8");
    }

    void faultsAreMarkedInTheRequestLog()
    {
        fixture::Provider op{fixture::testWorkspace(), fixture::Transport::Socket};
        QSignalSpy spy(op.server.get(), &provider::HttpServer::requestFinished);
        op.provider->faults().add(rule(u"http.wrong_content_type:endpoint=jwks,times=1"_s));
        op.get(u"/jwks"_s);
        op.get(u"/jwks"_s);
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).value<provider::RequestLogEntry>().faults,
            QStringList{u"http.wrong_content_type"_s});
        QVERIFY(spy.at(1).at(0).value<provider::RequestLogEntry>().faults.isEmpty());
    }

    void ruleSyntax_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown fault") << u"token.nope"_s << u"no fault \"token.nope\""_s;
        QTest::newRow("unknown key") << u"http.status:colour=red"_s
                                     << u"options.colour: http.status takes status"_s;
        QTest::newRow("option of another fault")
            << u"http.status:ms=5"_s << u"http.status takes status, retry_after"_s;
        QTest::newRow("wrong endpoint")
            << u"token.invalid_grant:endpoint=jwks"_s << u"happens at token only"_s;
        QTest::newRow("unknown endpoint") << u"http.close:endpoint=tokens"_s << u"unknown endpoint"_s;
        QTest::newRow("negative times") << u"http.close:times=-1"_s << u"times: must be a whole number"_s;
        QTest::newRow("probability above 1") << u"http.close:probability=2"_s << u"probability"_s;
        QTest::newRow("no value") << u"http.close:times"_s << u"expected key=value"_s;
        QTest::newRow("latency not a number")
            << u"http.latency:ms=fast"_s << u"options.ms: must be a number"_s;
        QTest::newRow("status not an error") << u"http.status:status=200"_s << u"400 to 599"_s;
        QTest::newRow("token kind") << u"tamper.expired:token=refresh_token"_s
                                    << u"id_token or access_token"_s;
    }
    void ruleSyntax()
    {
        QFETCH(QString, spec);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!FaultRule::fromSpec(spec, &why));
        QVERIFY2(why.contains(error), qPrintable(why));
    }

    void ruleRoundTrip()
    {
        const FaultRule r
            = rule(u"http.latency:min=10,max=20,endpoint=token,client=spa,user=bob,grant_type=refresh_token,"
                   u"after=1,times=3,probability=0.25,label=slow refresh"_s);
        QCOMPARE(r.options, (QJsonObject{{u"min"_s, 10}, {u"max"_s, 20}}));
        QCOMPARE(r.target.client, u"spa"_s);
        QCOMPARE(r.target.grantType, u"refresh_token"_s);
        QCOMPARE(r.times, 3);
        QCOMPARE(r.probability, 0.25);
        QString error;
        const auto again = FaultRule::fromJson(r.toJson(), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->toJson(), r.toJson());
        QVERIFY(!FaultRule::fromJson({{u"fault"_s, u"http.close"_s}, {u"colour"_s, u"red"_s}}, &error));
        QVERIFY2(error.contains(u"unknown member \"colour\""_s), qPrintable(error));
    }

    void workspaceFaultsAndClock()
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.faults.append(rule(u"jwks.empty"_s));
        ws.clock.frozenAtMSecs
            = QDateTime::fromString(u"2030-01-01T00:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
        QString error;
        const auto parsed = provider::Workspace::fromJson(ws.toJson(), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->faults.size(), 1);
        QCOMPARE(*parsed->clock.frozenAtMSecs, *ws.clock.frozenAtMSecs);
        // A provider with its own clock applies both at start.
        provider::Provider provider(*parsed);
        QCOMPARE(provider.clock().nowSecs(), 1893456000);
        QCOMPARE(provider.faults().rules().first().fault, u"jwks.empty"_s);
        // A broken rule is reported with its path.
        QByteArray json = ws.toJson();
        json.replace("\"jwks.empty\"", "\"jwks.emptyish\"");
        QVERIFY(!provider::Workspace::fromJson(json, &error));
        QVERIFY2(error.contains(u"faults[0]: fault: no fault \"jwks.emptyish\""_s), qPrintable(error));
    }

    void controlApi()
    {
        fixture::Provider op;
        op.provider->setControlToken("test-control-token-0123");
        const QUrl base(op.workspace.baseUrl() + u"/_oidc-bench"_s);
        const QList<std::pair<QByteArray, QByteArray>> auth{
            {"Authorization", "Bearer test-control-token-0123"}, {"Content-Type", "application/json"}};
        auto call = [&](const QByteArray& method, const QString& path, const QByteArray& body = {},
                        const QList<std::pair<QByteArray, QByteArray>>& headers = {}) {
            return op.send(method, QUrl(base.toString() + path), body, headers);
        };
        // Without the token: 401 with a Bearer challenge.
        const auto refused = call("GET", u"/faults"_s);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("www-authenticate").startsWith("Bearer "));
        QCOMPARE(call("GET", u"/faults"_s, {}, {{"Authorization", "Bearer wrong"}}).status, 401);

        const auto catalogue
            = call("GET", u"/faults/catalogue"_s, {}, auth).json().value(u"faults"_s).toArray();
        QCOMPARE(catalogue.size(), provider::faultCatalogue().size());
        QVERIFY(!catalogue.first().toObject().value(u"expectation"_s).toString().isEmpty());

        const auto added
            = call("POST", u"/faults"_s, R"({"fault":"http.status","endpoint":"jwks","times":1})", auth);
        QCOMPARE(added.status, 201);
        const int id = added.json().value(u"id"_s).toInt();
        QCOMPARE(op.get(u"/jwks"_s).status, 500);
        QCOMPARE(op.get(u"/jwks"_s).status, 200);
        const QJsonObject listed
            = call("GET", u"/faults"_s, {}, auth).json().value(u"rules"_s).toArray().first().toObject();
        QCOMPARE(listed.value(u"fired"_s).toInt(), 1);
        QCOMPARE(listed.value(u"matched"_s).toInt(), 2);
        QCOMPARE(call("POST", u"/faults"_s, R"({"fault":"nope"})", auth).status, 400);
        QCOMPARE(call("POST", u"/faults"_s, "not json", auth).status, 400);
        QCOMPARE(call("DELETE", u"/faults/%1"_s.arg(id), {}, auth).status, 204);
        QCOMPARE(call("DELETE", u"/faults/%1"_s.arg(id), {}, auth).status, 404);
        call("POST", u"/faults"_s, R"({"fault":"jwks.empty"})", auth);
        QCOMPARE(call("DELETE", u"/faults"_s, {}, auth).status, 204);
        QVERIFY(call("GET", u"/faults"_s, {}, auth).json().value(u"rules"_s).toArray().isEmpty());

        // Reset: every grant and session is gone, and access tokens issued before are refused.
        const QString code = op.codeFor();
        const QByteArray earlier
            = "Bearer " + tokensFor(op).json().value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", earlier}}).status, 200);
        const auto reset = call("POST", u"/reset"_s, {}, auth);
        QCOMPARE(reset.status, 204);
        QVERIFY(reset.header("Content-Length").isEmpty()); // none on a 204 (RFC 9110 8.6)
        QCOMPARE(op.exchange(code).json().value(u"error"_s).toString(), u"invalid_grant"_s);
        const auto afterReset = op.get(u"/userinfo"_s, {{"Authorization", earlier}});
        QCOMPARE(afterReset.status, 401);
        QVERIFY2(afterReset.header("WWW-Authenticate").contains("restart or reset"),
            afterReset.header("WWW-Authenticate").constData());

        // Time control: tokens issued now expire when the clock is moved past their lifetime.
        const QJsonObject tokens = tokensFor(op).json();
        const QByteArray bearer = "Bearer " + tokens.value(u"access_token"_s).toString().toLatin1();
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer}}).status, 200);
        const QJsonObject moved = call("POST", u"/clock"_s, R"({"advance_seconds": 3601})", auth).json();
        QCOMPARE(moved.value(u"frozen"_s).toBool(), true); // the test fixture's clock is a frozen one
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer}}).status, 401);
        const QJsonObject frozen
            = call("POST", u"/clock"_s, R"({"frozen_at": "2030-01-01T00:00:00Z"})", auth).json();
        QCOMPARE(frozen.value(u"now"_s).toInteger(), 1893456000);
        QCOMPARE(call("GET", u"/clock"_s, {}, auth).json().value(u"now_iso"_s).toString(),
            u"2030-01-01T00:00:00Z"_s);
        const QJsonObject running = call("POST", u"/clock"_s, R"({"offset_seconds": -60})", auth).json();
        QCOMPARE(running.value(u"frozen"_s).toBool(), false);
        QVERIFY(qAbs(running.value(u"offset_seconds"_s).toInteger() + 60) <= 1);
        QCOMPARE(call("POST", u"/clock"_s, R"({"offset_seconds": "soon"})", auth).status, 400);
        QCOMPARE(call("POST", u"/clock"_s, R"({"sideways": 1})", auth).status, 400);
        QCOMPARE(call("GET", u"/nothing"_s, {}, auth).status, 404);

        // Switched off: not found, even with the old token.
        op.provider->setControlToken({});
        QCOMPARE(call("GET", u"/faults"_s, {}, auth).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "TestFaults.moc"
