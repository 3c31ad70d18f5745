#include "common/ProviderFixture.h"
#include "core/jose/Jws.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

// Several issuers in one running provider, and signing-key rotation.
class TestIssuersAndKeys : public QObject
{
    Q_OBJECT

    // Two tenants, /tenant-a and /tenant-b, copies of the default issuer with their own keys; b has no "bob".
    static provider::Workspace twoTenants()
    {
        provider::Workspace ws = fixture::testWorkspace();
        provider::Issuer a = ws.issuers.first();
        a.id = u"tenant-a"_s;
        a.path = u"/tenant-a"_s;
        provider::Issuer b = a;
        b.id = u"tenant-b"_s;
        b.path = u"/tenant-b"_s;
        b.keys = {{jose::Jwk::generateEc(), true}};
        b.users.removeIf([](const provider::User& u) { return u.username == u"bob"_s; });
        ws.issuers = {a, b};
        return ws;
    }

    static QByteArray bearer(const fixture::Reply& tokenReply)
    {
        return "Bearer " + tokenReply.json().value(u"access_token"_s).toString().toLatin1();
    }

private slots:
    void eachIssuerIsSeparate()
    {
        provider::Workspace ws = twoTenants();
        ws.server.port = 0;
        fixture::Provider op(ws); // op.issuer() is tenant-a
        const QString base = op.workspace.baseUrl();
        const auto docA = op.send("GET", QUrl(base + u"/tenant-a/.well-known/openid-configuration"_s)).json();
        const auto docB = op.send("GET", QUrl(base + u"/tenant-b/.well-known/openid-configuration"_s)).json();
        QCOMPARE(docA.value(u"issuer"_s).toString(), base + u"/tenant-a"_s);
        QCOMPARE(docB.value(u"issuer"_s).toString(), base + u"/tenant-b"_s);
        QCOMPARE(docB.value(u"token_endpoint"_s).toString(), base + u"/tenant-b/token"_s);
        const auto kidA = op.send("GET", QUrl(base + u"/tenant-a/jwks"_s)).json().value(u"keys"_s).toArray();
        const auto kidB = op.send("GET", QUrl(base + u"/tenant-b/jwks"_s)).json().value(u"keys"_s).toArray();
        QVERIFY(kidA.first().toObject().value(u"kid"_s) != kidB.first().toObject().value(u"kid"_s));

        // A token from tenant-a means nothing to tenant-b.
        const auto tokens = op.exchange(op.codeFor());
        QCOMPARE(op.send("GET", QUrl(base + u"/tenant-a/userinfo"_s), {}, {{"Authorization", bearer(tokens)}})
                     .status,
            200);
        QCOMPARE(op.send("GET", QUrl(base + u"/tenant-b/userinfo"_s), {}, {{"Authorization", bearer(tokens)}})
                     .status,
            401);

        // The session at tenant-a does not sign the browser in at tenant-b.
        core::FormData params = op.authorizeParams({{u"prompt"_s, u"none"_s}});
        const auto silentA
            = op.send("GET", QUrl(base + u"/tenant-a/authorize?"_s + QString::fromLatin1(params.encode())));
        const auto silentB
            = op.send("GET", QUrl(base + u"/tenant-b/authorize?"_s + QString::fromLatin1(params.encode())));
        QVERIFY(!silentA.locationParam(u"code"_s).isEmpty());
        QCOMPARE(silentB.locationParam(u"error"_s), u"login_required"_s);
        QCOMPARE(silentB.locationParam(u"iss"_s), base + u"/tenant-b"_s);

        // Users are per issuer.
        op.newBrowser();
        const auto pageB = op.send("GET",
            QUrl(base + u"/tenant-b/authorize?"_s + QString::fromLatin1(op.authorizeParams().encode())));
        QCOMPARE(pageB.status, 200);
        QVERIFY(!pageB.body.contains("value=\"bob\""));
        QCOMPARE(op.submitLogin(pageB, {{u"username"_s, u"bob"_s}, {u"password"_s, u"bob"_s}}).status, 401);
    }

    void keyRotation()
    {
        fixture::Provider op;
        const auto before = op.exchange(op.codeFor());
        const QString oldKid
            = jose::Jws::parse(before.json().value(u"id_token"_s).toString().toLatin1())->kid();

        // Rotate: a new active key first, the old one kept but inactive.
        provider::Workspace ws = op.workspace;
        jose::Jwk fresh = jose::Jwk::generateEc();
        ws.issuers.first().keys.first().active = false;
        ws.issuers.first().keys.prepend({fresh, true});
        op.provider->setWorkspace(ws);

        const QJsonArray published = op.get(u"/jwks"_s).json().value(u"keys"_s).toArray();
        QCOMPARE(published.size(), 2);
        const auto after = op.exchange(op.codeFor());
        QCOMPARE(
            jose::Jws::parse(after.json().value(u"id_token"_s).toString().toLatin1())->kid(), fresh.kid());
        // Tokens signed before the rotation still verify while the old key is published.
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer(before)}}).status, 200);

        // Removing the old key ends them.
        ws.issuers.first().keys.removeLast();
        op.provider->setWorkspace(ws);
        QCOMPARE(op.get(u"/jwks"_s).json().value(u"keys"_s).toArray().size(), 1);
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer(before)}}).status, 401);
        QCOMPARE(op.get(u"/userinfo"_s, {{"Authorization", bearer(after)}}).status, 200);
        QVERIFY(oldKid != fresh.kid());
    }

    void rotateAndUnpublish()
    {
        fixture::Provider op;
        provider::Workspace ws = op.workspace;
        const QString oldKid = ws.issuers.first().keys.first().jwk.kid();
        QString error;
        const auto fresh = provider::SigningKey::generate(u"ES384"_s, &error);
        QVERIFY2(fresh, qPrintable(error));
        ws.issuers.first().rotateKey(*fresh);
        QCOMPARE(ws.issuers.first().keys.first().jwk.kid(), fresh->jwk.kid());
        QVERIFY(!ws.issuers.first().keys.at(1).active);
        op.provider->setWorkspace(ws);
        const auto token = op.exchange(op.codeFor());
        const auto jws = jose::Jws::parse(token.json().value(u"id_token"_s).toString().toLatin1());
        QCOMPARE(jws->kid(), fresh->jwk.kid());
        QCOMPARE(jws->algorithm(), jose::Algorithm::ES384);
        QStringList kids;
        for (const QJsonValue& k : op.get(u"/jwks"_s).json().value(u"keys"_s).toArray())
            kids.append(k.toObject().value(u"kid"_s).toString());
        QCOMPARE(kids, (QStringList{fresh->jwk.kid(), oldKid}));

        // Unpublished: out of the JWKS, and kept so in the workspace file.
        ws.issuers.first().keys[1].published = false;
        op.provider->setWorkspace(ws);
        QCOMPARE(op.get(u"/jwks"_s).json().value(u"keys"_s).toArray().size(), 1);
        const auto reread = provider::Workspace::fromJson(ws.toJson(), &error);
        QVERIFY2(reread, qPrintable(error));
        QVERIFY(!reread->issuers.first().keys.at(1).published);
        QVERIFY(reread->issuers.first().keys.at(0).published);

        QVERIFY(!provider::SigningKey::generate(u"RS1"_s, &error));
        QVERIFY(error.contains(u"EdDSA"_s));
    }
};

QTEST_GUILESS_MAIN(TestIssuersAndKeys)
#include "TestIssuersAndKeys.moc"
