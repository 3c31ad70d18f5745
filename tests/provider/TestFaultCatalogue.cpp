#include "common/FaultFixture.h"
#include "core/jose/Jwt.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;
using fixture::headerOf;
using fixture::hybridWorkspace;
using fixture::rule;
using fixture::tokensFor;
using fixture::verifies;

// The fault catalogue against the provider's behaviour: each entry, switched on alone, changes the answer
// its stage names (docs/faults.md documents each; TestFaults checks each one's details).
class TestFaultCatalogue : public QObject
{
    Q_OBJECT

private slots:
    // Every entry of the catalogue, switched on alone, changes the answer it names, at the stage it names;
    // the same request without it is the baseline. A catalogue entry without a check here fails.
    void everyFaultChangesItsAnswer_data()
    {
        QTest::addColumn<QString>("fault");
        for (const provider::FaultDefinition& f : provider::faultCatalogue())
            QTest::newRow(qPrintable(f.name)) << f.name;
    }
    void everyFaultChangesItsAnswer()
    {
        QFETCH(QString, fault);
        const provider::FaultDefinition* definition = provider::findFault(fault);
        QVERIFY(definition);
        const QString group = fault.section(u'.', 0, 0);
        const QString name = fault.section(u'.', 1);
        fixture::Provider op;
        auto on = [&] {
            op.provider->faults().clear();
            op.provider->faults().add(rule(fault));
        };
        // The faults of a stage act where their stage is; the catalogue says which.
        using Stage = provider::FaultStage;
        if (group == u"authorize"_s) {
            // The answer to an authorization request: at /authorize, or after the login it shows.
            auto answer = [&] {
                op.newBrowser();
                const fixture::Reply first = op.authorize(op.authorizeParams());
                return first.status == 200 ? op.submitLogin(first, {{u"pick"_s, u"alice"_s}}) : first;
            };
            const fixture::Reply before = answer();
            QCOMPARE(before.locationParam(u"state"_s), u"state-123"_s);
            QVERIFY(!before.locationParam(u"code"_s).isEmpty());
            on();
            const fixture::Reply after = answer();
            if (definition->stage == Stage::ErrorResponse) {
                QCOMPARE(after.locationParam(u"error"_s), name);
                QVERIFY(after.locationParam(u"code"_s).isEmpty());
            } else if (name == u"state_missing"_s) {
                QVERIFY(after.locationParam(u"state"_s).isEmpty());
            } else if (name == u"state_wrong"_s) {
                QVERIFY(!after.locationParam(u"state"_s).isEmpty());
                QVERIFY(after.locationParam(u"state"_s) != u"state-123"_s);
            } else if (name == u"code_replayed"_s) {
                // The code is one never issued (or already redeemed): the token endpoint refuses it.
                QCOMPARE(op.exchange(before.locationParam(u"code"_s)).status, 200);
                QCOMPARE(op.exchange(after.locationParam(u"code"_s)).json().value(u"error"_s),
                    QJsonValue(u"invalid_grant"_s));
            } else {
                QFAIL(qPrintable(u"no check for "_s + fault));
            }
        } else if (group == u"token"_s) {
            const QJsonObject before = tokensFor(op).json();
            QVERIFY(before.contains(u"id_token"_s) && before.contains(u"expires_in"_s));
            QCOMPARE(before.value(u"token_type"_s), QJsonValue(u"Bearer"_s));
            const QString code = op.codeFor();
            on();
            const fixture::Reply reply = op.exchange(code);
            const QJsonObject after = reply.json();
            if (definition->stage == Stage::ErrorResponse) {
                QCOMPARE(after.value(u"error"_s).toString(), name);
                QCOMPARE(reply.status, name == u"invalid_client"_s ? 401 : 400);
            } else if (name.startsWith(u"missing_"_s)) {
                QCOMPARE(reply.status, 200);
                QVERIFY(!after.contains(name.mid(8)));
            } else if (name == u"wrong_token_type"_s) {
                QCOMPARE(after.value(u"token_type"_s), QJsonValue(u"mac"_s));
            } else {
                QFAIL(qPrintable(u"no check for "_s + fault));
            }
        } else if (group == u"par"_s) {
            const QByteArray body = op.authorizeParams().encode();
            QCOMPARE(op.post(u"/par"_s, body).status, 201);
            on();
            const fixture::Reply reply = op.post(u"/par"_s, body);
            QCOMPARE(reply.json().value(u"error"_s).toString(), name);
            QVERIFY(!reply.json().contains(u"request_uri"_s));
        } else if (group == u"tamper"_s) {
            // The ID token of a hybrid response (code id_token token: it has both hashes), compared part by
            // part with one of the same flow without the fault.
            QCOMPARE(definition->stage, Stage::TokenTampering);
            op.provider->setWorkspace([&] {
                provider::Workspace ws = hybridWorkspace();
                ws.server.port = op.workspace.server.port;
                return ws;
            }());
            auto hybrid = [&] {
                const fixture::Reply reply = op.loginAs(
                    u"alice"_s, op.authorizeParams({{u"response_type"_s, u"code id_token token"_s}}));
                return core::FormData::parse(reply.location().fragment(QUrl::FullyEncoded).toLatin1())
                    .value_or(core::FormData());
            };
            const core::FormData beforeTokens = hybrid();
            on();
            const core::FormData afterTokens = hybrid();
            const QString before = beforeTokens.value(u"id_token"_s);
            const QString after = afterTokens.value(u"id_token"_s);
            QVERIFY(verifies(op, before));
            QVERIFY(fixture::claimsOf(before).contains(u"c_hash"_s));
            // Random or response-bound every time: the hashes are checked against what they hash instead.
            auto stable = [](QJsonObject claims) {
                for (const QString& key : {u"jti"_s, u"at_hash"_s, u"c_hash"_s})
                    claims.remove(key);
                return claims;
            };
            const QJsonObject claims = fixture::claimsOf(after);
            const jose::Algorithm alg = jose::algorithmFromName(headerOf(after).value(u"alg"_s).toString());
            const bool hashesOk = claims.value(u"at_hash"_s).toString()
                    == jose::jwt::halfHash(alg, afterTokens.value(u"access_token"_s).toLatin1())
                && claims.value(u"c_hash"_s).toString()
                    == jose::jwt::halfHash(alg, afterTokens.value(u"code"_s).toLatin1());
            const bool changed = headerOf(after) != headerOf(before)
                || stable(claims) != stable(fixture::claimsOf(before))
                || claims.keys() != fixture::claimsOf(before).keys() || !verifies(op, after) || !hashesOk;
            QVERIFY2(changed, qPrintable(after));
        } else if (group == u"userinfo"_s) {
            auto userinfo = [&] {
                const QString token = tokensFor(op).json().value(u"access_token"_s).toString();
                return op.get(u"/userinfo"_s, {{"Authorization", "Bearer " + token.toLatin1()}}).json();
            };
            const QJsonObject before = userinfo();
            QVERIFY(!before.value(u"sub"_s).toString().isEmpty());
            on();
            const QJsonObject after = userinfo();
            QVERIFY2(after.value(u"sub"_s) != before.value(u"sub"_s), qPrintable(fault));
            QCOMPARE(after.contains(u"sub"_s), name != u"missing_sub"_s);
        } else if (group == u"jwks"_s) {
            const fixture::Reply before = op.get(u"/jwks"_s);
            on();
            const fixture::Reply after = op.get(u"/jwks"_s);
            const qsizetype keys = before.json().value(u"keys"_s).toArray().size();
            QVERIFY(keys > 0);
            if (definition->stage == Stage::ErrorResponse)
                QCOMPARE(after.status, 503);
            else if (name == u"empty"_s)
                QVERIFY(after.json().value(u"keys"_s).toArray().isEmpty());
            else if (name == u"missing_active_key"_s)
                QCOMPARE(after.json().value(u"keys"_s).toArray().size(), keys - 1);
            else
                QFAIL(qPrintable(u"no check for "_s + fault));
        } else if (group == u"discovery"_s) {
            const QString path = u"/.well-known/openid-configuration"_s;
            const QJsonObject before = op.get(path).json();
            on();
            const fixture::Reply after = op.get(path);
            if (name == u"issuer_mismatch"_s)
                QCOMPARE(after.json().value(u"issuer"_s).toString(), op.issuer() + u"/other"_s);
            else if (name == u"missing_endpoint"_s)
                QVERIFY(before.contains(u"token_endpoint"_s) && !after.json().contains(u"token_endpoint"_s));
            else if (name == u"malformed"_s)
                QVERIFY(QJsonDocument::fromJson(after.body).isNull());
            else
                QFAIL(qPrintable(u"no check for "_s + fault));
        } else if (group == u"http"_s) {
            // The response value itself: transport faults are instructions to the HTTP layer.
            auto handle = [&] {
                provider::HttpRequest request;
                request.method = "GET";
                request.path = u"/jwks"_s;
                request.headers = {{"origin", "http://localhost:5173"}};
                return op.provider->handle(request);
            };
            const provider::HttpResponse before = handle();
            QCOMPARE(before.status, 200);
            QVERIFY(!before.header("access-control-allow-origin").isEmpty());
            on();
            const provider::HttpResponse after = handle();
            QCOMPARE(after.faults, QStringList{fault});
            if (name == u"status"_s)
                QCOMPARE(after.status, 500);
            else if (name == u"close"_s)
                QVERIFY(after.transport.closeWithoutResponse);
            else if (name == u"latency"_s)
                QCOMPARE(after.transport.delayMs, 1000);
            else if (name == u"truncated_body"_s)
                QVERIFY(after.transport.truncateBody);
            else if (name == u"not_json"_s)
                QVERIFY(
                    QJsonDocument::fromJson(after.body).isNull() && after.body.startsWith("<!DOCTYPE html>"));
            else if (name == u"wrong_content_type"_s)
                QCOMPARE(after.header("content-type"), "text/plain; charset=utf-8"_ba);
            else if (name == u"no_cors"_s)
                QVERIFY(after.header("access-control-allow-origin").isEmpty());
            else
                QFAIL(qPrintable(u"no check for "_s + fault));
            QCOMPARE(definition->stage == Stage::TransportBefore, name == u"status"_s || name == u"close"_s);
        } else {
            QFAIL(qPrintable(u"no check for the group of "_s + fault));
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultCatalogue)
#include "TestFaultCatalogue.moc"
