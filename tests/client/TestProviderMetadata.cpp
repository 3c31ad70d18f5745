#include "client/ProviderMetadata.h"
#include "common/ProviderFixture.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

class TestProviderMetadata : public QObject
{
    Q_OBJECT

private slots:
    void acceptsTheBuiltInProvider()
    {
        fixture::Provider op{fixture::testWorkspace(), fixture::Transport::Socket};
        const QUrl url = client::ProviderMetadata::discoveryUrl(op.issuer());
        QCOMPARE(url, op.url(u"/.well-known/openid-configuration"_s));
        const auto reply = op.send("GET", url);
        QString error;
        const auto metadata = client::ProviderMetadata::fromJson(reply.json(), op.issuer(), &error);
        QVERIFY2(metadata, qPrintable(error));
        QCOMPARE(metadata->tokenEndpoint, op.url(u"/token"_s));
        QVERIFY(metadata->codeChallengeMethods.contains(u"S256"_s));
        QVERIFY(metadata->issParameterSupported);
        QCOMPARE(metadata->pushedAuthorizationRequestEndpoint, op.url(u"/par"_s));
        QVERIFY(!metadata->requirePushedAuthorizationRequests);
    }

    void rejects_data()
    {
        QTest::addColumn<QJsonObject>("change");
        QTest::addColumn<QString>("expectedIssuer");
        QTest::addColumn<QString>("reason");
        const QString issuer = u"https://idp.example/tenant"_s;
        QTest::newRow("issuer mismatch")
            << QJsonObject{{u"issuer"_s, u"https://idp.example/other"_s}} << issuer << u"not the issuer"_s;
        QTest::newRow("trailing slash") << QJsonObject{} << issuer + u'/' << u"trailing slash"_s;
        QTest::newRow("http to a remote host")
            << QJsonObject{{u"token_endpoint"_s, u"http://idp.example/token"_s}} << issuer
            << u"token_endpoint"_s;
        QTest::newRow("relative pushed authorization request endpoint")
            << QJsonObject{{u"pushed_authorization_request_endpoint"_s, u"/par"_s}} << issuer
            << u"pushed_authorization_request_endpoint"_s;
        QTest::newRow("relative endpoint")
            << QJsonObject{{u"jwks_uri"_s, u"/jwks"_s}} << issuer << u"jwks_uri"_s;
        QTest::newRow("missing authorization_endpoint")
            << QJsonObject{{u"authorization_endpoint"_s, QJsonValue::Null}} << issuer
            << u"authorization_endpoint"_s;
        QTest::newRow("no response types") << QJsonObject{{u"response_types_supported"_s, QJsonArray{}}}
                                           << issuer << u"response_types_supported"_s;
    }
    void rejects()
    {
        QFETCH(QJsonObject, change);
        QFETCH(QString, expectedIssuer);
        QFETCH(QString, reason);
        QJsonObject doc{{u"issuer"_s, u"https://idp.example/tenant"_s},
            {u"authorization_endpoint"_s, u"https://idp.example/tenant/authorize"_s},
            {u"token_endpoint"_s, u"https://idp.example/tenant/token"_s},
            {u"jwks_uri"_s, u"https://idp.example/tenant/jwks"_s},
            {u"response_types_supported"_s, QJsonArray{u"code"_s}}};
        QString error;
        QVERIFY(client::ProviderMetadata::fromJson(doc, u"https://idp.example/tenant"_s, &error));
        for (auto it = change.begin(); it != change.end(); ++it) {
            if (it.value().isNull()) // null marks a member to remove
                doc.remove(it.key());
            else
                doc.insert(it.key(), it.value());
        }
        QVERIFY(!client::ProviderMetadata::fromJson(doc, expectedIssuer, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProviderMetadata)
#include "TestProviderMetadata.moc"
