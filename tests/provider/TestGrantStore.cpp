#include "provider/GrantStore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using provider::GrantStore;

class TestGrantStore : public QObject
{
    Q_OBJECT

    static provider::AuthorizationCode code(qint64 expiresAt)
    {
        provider::AuthorizationCode c;
        c.clientId = u"spa"_s;
        c.subject = u"alice"_s;
        c.expiresAt = expiresAt;
        return c;
    }

private slots:
    void codeIsSingleUse()
    {
        GrantStore store;
        store.addCode(u"c1"_s, code(1060), 1000);
        provider::AuthorizationCode out;
        QCOMPARE(store.redeemCode(u"c1"_s, 1001, &out), GrantStore::Redemption::Ok);
        QCOMPARE(out.subject, u"alice"_s);
        QCOMPARE(store.redeemCode(u"c1"_s, 1002, &out), GrantStore::Redemption::Reused);
        QCOMPARE(store.redeemCode(u"nope"_s, 1002, &out), GrantStore::Redemption::Unknown);
    }

    void codeExpires()
    {
        GrantStore store;
        store.addCode(u"c1"_s, code(1060), 1000);
        provider::AuthorizationCode out;
        QCOMPARE(store.redeemCode(u"c1"_s, 1060, &out), GrantStore::Redemption::Expired);
    }

    void replayRevokesIssuedTokens()
    {
        GrantStore store;
        store.addCode(u"c1"_s, code(1060), 1000);
        provider::AuthorizationCode out;
        QCOMPARE(store.redeemCode(u"c1"_s, 1001, &out), GrantStore::Redemption::Ok);
        store.addAccessToken(
            {u"jti-1"_s, u"default"_s, u"spa"_s, u"alice"_s, {u"openid"_s}, 5000, false, {}, {}}, 1001);
        store.attachTokens(u"c1"_s, {u"jti-1"_s});
        QVERIFY(!store.accessToken(u"jti-1"_s)->revoked);
        QCOMPARE(store.redeemCode(u"c1"_s, 1002, &out), GrantStore::Redemption::Reused);
        QCOMPARE(out.tokenIds, QStringList{u"jti-1"_s});
        QVERIFY(store.accessToken(u"jti-1"_s)->revoked);
    }

    void loginTransactions()
    {
        GrantStore store;
        provider::LoginTransaction login;
        login.id = u"t1"_s;
        login.expiresAt = 1600;
        store.addLogin(login, 1000);
        QVERIFY(store.login(u"t1"_s, 1599));
        QVERIFY(!store.login(u"t1"_s, 1600));
        store.removeLogin(u"t1"_s);
        QVERIFY(!store.login(u"t1"_s, 1000));
    }

    void expiredEntriesArePurged()
    {
        GrantStore store;
        for (int i = 0; i < 100; ++i) {
            store.addCode(u"c%1"_s.arg(i), code(1060), 1000);
            store.addAccessToken({u"j%1"_s.arg(i), {}, {}, {}, {}, 4600, false, {}, {}}, 1000);
        }
        QCOMPARE(store.size(), 200);
        // Used codes are remembered 10 minutes past expiry to recognise replays; tokens until they expire.
        store.purgeExpired(1659);
        QCOMPARE(store.size(), 200);
        store.purgeExpired(1660);
        QCOMPARE(store.size(), 100);
        store.purgeExpired(4600);
        QCOMPARE(store.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGrantStore)
#include "TestGrantStore.moc"
