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
        const QString jti = store.newAccessTokenId();
        store.addAccessToken({jti, 5000}, {}, {}, 1001);
        store.attachTokens(u"c1"_s, {{jti, 5000}});
        QCOMPARE(store.accessTokenState(jti), GrantStore::AccessTokenState::Active);
        QCOMPARE(store.redeemCode(u"c1"_s, 1002, &out), GrantStore::Redemption::Reused);
        QCOMPARE(out.tokens.size(), 1);
        QCOMPARE(out.tokens.first().jti, jti);
        QCOMPARE(store.accessTokenState(jti), GrantStore::AccessTokenState::Revoked);
    }

    void replayRevokesTokensIssuedBeforeTheRedemption()
    {
        // Hybrid flow: an access token comes with the code in the authorization response.
        GrantStore store;
        store.addCode(u"c1"_s, code(1060), 1000);
        const QString frontChannel = store.newAccessTokenId();
        store.attachTokens(u"c1"_s, {{frontChannel, 5000}});
        provider::AuthorizationCode out;
        QCOMPARE(store.redeemCode(u"c1"_s, 1001, &out), GrantStore::Redemption::Ok);
        const QString backChannel = store.newAccessTokenId();
        store.attachTokens(u"c1"_s, {{backChannel, 5000}});
        QCOMPARE(store.redeemCode(u"c1"_s, 1002, &out), GrantStore::Redemption::Reused);
        QCOMPARE(store.accessTokenState(frontChannel), GrantStore::AccessTokenState::Revoked);
        QCOMPARE(store.accessTokenState(backChannel), GrantStore::AccessTokenState::Revoked);
    }

    void accessTokensLeaveNoTraceUnlessTheyMust()
    {
        GrantStore store;
        for (int i = 0; i < 1000; ++i)
            store.addAccessToken({store.newAccessTokenId(), 5000}, {}, {}, 1000);
        QCOMPARE(store.size(), 0);

        // Asked-for userinfo claims are kept until the token expires.
        const QString withClaims = store.newAccessTokenId();
        const QJsonObject claims{{u"email"_s, QJsonValue::Null}};
        store.addAccessToken({withClaims, 1100}, {}, claims, 1000);
        QCOMPARE(store.userinfoClaims(withClaims), claims);
        QCOMPARE(store.size(), 1);
        store.purgeExpired(1100);
        QCOMPARE(store.userinfoClaims(withClaims), QJsonObject());
        QCOMPARE(store.size(), 0);

        // A revocation is remembered until the token would have expired.
        const QString revoked = store.newAccessTokenId();
        store.revokeAccessToken({revoked, 1200});
        QCOMPARE(store.accessTokenState(revoked), GrantStore::AccessTokenState::Revoked);
        store.purgeExpired(1200);
        QCOMPARE(store.size(), 0);
    }

    void resetForgetsEarlierAccessTokens()
    {
        GrantStore store;
        const QString before = store.newAccessTokenId();
        QCOMPARE(store.accessTokenState(before), GrantStore::AccessTokenState::Active);
        store.clear();
        QCOMPARE(store.accessTokenState(before), GrantStore::AccessTokenState::Unknown);
        QCOMPARE(store.accessTokenState(store.newAccessTokenId()), GrantStore::AccessTokenState::Active);
        // Another store (another run of the provider) does not know this one's tokens.
        QCOMPARE(GrantStore().accessTokenState(before), GrantStore::AccessTokenState::Unknown);
    }

    void familyRevocationReachesItsAccessTokens()
    {
        GrantStore store;
        provider::RefreshTokenRecord record;
        record.clientId = u"spa"_s;
        record.familyId = u"f1"_s;
        record.expiresAt = 9000;
        store.addRefreshToken(u"r1"_s, record, 1000);
        const QString first = store.newAccessTokenId();
        store.addAccessToken({first, 2000}, u"f1"_s, {}, 1000);
        // Rotation: r1 is replaced by r2, with a new access token.
        provider::RefreshTokenRecord used;
        QCOMPARE(store.useRefreshToken(u"r1"_s, 1500, true, &used), GrantStore::RefreshUse::Ok);
        store.addRefreshToken(u"r2"_s, record, 1500);
        const QString second = store.newAccessTokenId();
        store.addAccessToken({second, 2500}, u"f1"_s, {}, 1500);
        const QString unrelated = store.newAccessTokenId();
        store.addAccessToken({unrelated, 2500}, {}, {}, 1500);

        // Replaying r1 revokes the family: both refresh tokens and both access tokens.
        QCOMPARE(store.useRefreshToken(u"r1"_s, 1600, true, &used), GrantStore::RefreshUse::Reused);
        QCOMPARE(store.useRefreshToken(u"r2"_s, 1600, true, &used), GrantStore::RefreshUse::Revoked);
        QCOMPARE(store.accessTokenState(first), GrantStore::AccessTokenState::Revoked);
        QCOMPARE(store.accessTokenState(second), GrantStore::AccessTokenState::Revoked);
        QCOMPARE(store.accessTokenState(unrelated), GrantStore::AccessTokenState::Active);

        // Once its refresh tokens expire the family is gone, and the revocations once the tokens expire.
        store.purgeExpired(9000);
        QCOMPARE(store.size(), 0);
    }

    void capsForgetTheOldestFirst()
    {
        GrantStore::Limits limits;
        limits.codes = 3;
        limits.sessions = 2;
        GrantStore store(limits);
        for (int i = 0; i < 5; ++i)
            store.addCode(u"c%1"_s.arg(i), code(1060), 1000);
        provider::AuthorizationCode out;
        QCOMPARE(store.redeemCode(u"c0"_s, 1001, &out), GrantStore::Redemption::Unknown);
        QCOMPARE(store.redeemCode(u"c1"_s, 1001, &out), GrantStore::Redemption::Unknown);
        QCOMPARE(store.redeemCode(u"c2"_s, 1001, &out), GrantStore::Redemption::Ok);
        QCOMPARE(store.redeemCode(u"c4"_s, 1001, &out), GrantStore::Redemption::Ok);

        // Removed entries do not count against the cap, and the order forgets them too.
        for (int i = 0; i < 1000; ++i) {
            store.addSession(u"s%1"_s.arg(i), {u"default"_s, u"alice"_s, 1000, 5000}, 1000);
            if (i % 2 == 0)
                store.removeSession(u"s%1"_s.arg(i));
        }
        QVERIFY(!store.session(u"s995"_s, 1000));
        QVERIFY(!store.session(u"s998"_s, 1000));
        QVERIFY(store.session(u"s997"_s, 1000));
        QVERIFY(store.session(u"s999"_s, 1000));
        QCOMPARE(store.size(), 3 + 2);
        // Two codes; a session each time the cap was passed (every other insertion from the fifth on).
        QCOMPARE(store.evicted(), 2 + 498);
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

    // A pushed authorization request is taken once, before it expires; the cap and the purge bound them.
    void pushedRequests()
    {
        GrantStore::Limits limits;
        limits.pushedRequests = 2;
        GrantStore store(limits);
        const provider::PushedRequest request{u"default"_s, u"spa"_s, {{u"scope"_s, u"openid"_s}}, 1060};
        store.addPushedRequest(u"r1"_s, request, 1000);
        QVERIFY(!store.takePushedRequest(u"r1"_s, u"default"_s, u"web-app"_s, 1001)); // not its client
        QVERIFY(!store.takePushedRequest(u"r1"_s, u"other"_s, u"spa"_s, 1001));
        const auto taken = store.takePushedRequest(u"r1"_s, u"default"_s, u"spa"_s, 1059);
        QVERIFY(taken);
        QCOMPARE(taken->clientId, u"spa"_s);
        QCOMPARE(taken->parameters.first().second, u"openid"_s);
        QVERIFY(!store.takePushedRequest(u"r1"_s, u"default"_s, u"spa"_s, 1059));
        store.addPushedRequest(u"r2"_s, request, 1000);
        QVERIFY(!store.takePushedRequest(u"r2"_s, u"default"_s, u"spa"_s, 1060)); // expired, and forgotten
        for (int i = 3; i < 6; ++i)
            store.addPushedRequest(u"r%1"_s.arg(i), request, 1000);
        QCOMPARE(store.size(), 2);
        QVERIFY(!store.takePushedRequest(u"r3"_s, u"default"_s, u"spa"_s, 1001));
        store.purgeExpired(1060);
        QCOMPARE(store.size(), 0);
    }

    void expiredEntriesArePurged()
    {
        GrantStore store;
        for (int i = 0; i < 100; ++i) {
            store.addCode(u"c%1"_s.arg(i), code(1060), 1000);
            store.addSession(u"s%1"_s.arg(i), {u"default"_s, u"alice"_s, 1000, 4600}, 1000);
        }
        QCOMPARE(store.size(), 200);
        // Used codes are remembered 10 minutes past expiry to recognise replays; sessions until they end.
        store.purgeExpired(1659);
        QCOMPARE(store.size(), 200);
        store.purgeExpired(1660);
        QCOMPARE(store.size(), 100);
        store.purgeExpired(4600);
        QCOMPARE(store.size(), 0);
    }

    // Time control may move the clock back: purging goes on from the new time.
    void purgingSurvivesTheClockGoingBack()
    {
        GrantStore store;
        store.addSession(u"before"_s, {u"default"_s, u"alice"_s, 5000, 9000}, 5000);
        // An hour back: sessions that end within seconds of the new time.
        for (int i = 0; i < 10; ++i)
            store.addSession(u"s%1"_s.arg(i), {u"default"_s, u"alice"_s, 1400, 1410}, 1400);
        QCOMPARE(store.size(), 11);
        store.addSession(u"after"_s, {u"default"_s, u"alice"_s, 1420, 5000}, 1420);
        QCOMPARE(store.size(), 2);
        QVERIFY(store.session(u"before"_s, 1420));
        QVERIFY(store.session(u"after"_s, 1420));
        // And on again from there, once a second.
        for (int i = 0; i < 10; ++i)
            store.addSession(u"t%1"_s.arg(i), {u"default"_s, u"alice"_s, 1421, 1425}, 1421);
        store.addSession(u"later"_s, {u"default"_s, u"alice"_s, 1430, 5000}, 1430);
        QCOMPARE(store.size(), 3);
    }

    // A client assertion's jti is taken once per client until the assertion expires, then forgotten.
    void clientAssertionIds()
    {
        GrantStore store;
        QVERIFY(store.useClientAssertion(u"web-app"_s, u"j1"_s, 1060, 1000));
        QVERIFY(!store.useClientAssertion(u"web-app"_s, u"j1"_s, 1060, 1030));
        QVERIFY(store.useClientAssertion(u"other"_s, u"j1"_s, 1060, 1030));
        QCOMPARE(store.size(), 2);
        store.purgeExpired(1060);
        QCOMPARE(store.size(), 0);
        QVERIFY(store.useClientAssertion(u"web-app"_s, u"j1"_s, 1120, 1061));
        store.clear();
        QCOMPARE(store.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGrantStore)
#include "TestGrantStore.moc"
