#include "common/ProviderFixture.h"
#include "provider/ProviderHost.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

// The provider on its server threads (ProviderHost): several servers sharing one port, that port refused to
// anyone else, the log handed over in batches.
class TestProviderHost : public QObject
{
    Q_OBJECT

    static provider::Workspace workspaceOn(quint16 port)
    {
        provider::Workspace ws = fixture::testWorkspace();
        ws.server.port = port;
        return ws;
    }

    // Starts the host and waits for started() or failed(); returns the error, empty on success.
    static QString start(provider::ProviderHost& host, const provider::Workspace& ws)
    {
        QSignalSpy started(&host, &provider::ProviderHost::started);
        QSignalSpy failed(&host, &provider::ProviderHost::failed);
        host.start(ws);
        if (!QTest::qWaitFor([&] { return !started.isEmpty() || !failed.isEmpty(); }, 10000))
            return u"neither started nor failed"_s;
        return failed.isEmpty() ? QString() : failed.first().first().toString();
    }

    // The status of a GET, and its reason phrase.
    static std::pair<int, QString> get(quint16 port, const QString& path)
    {
        QNetworkAccessManager nam;
        QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        static_cast<void>(finished.wait(10000));
        const std::pair result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()};
        reply->deleteLater();
        return result;
    }
    static int getStatus(quint16 port, const QString& path) { return get(port, path).first; }

private slots:
    void serversShareThePortAndTheLogArrivesInBatches()
    {
        provider::ProviderHost host;
        host.setThreadCount(3);
        QCOMPARE(start(host, workspaceOn(0)), QString());
        QVERIFY(host.port() != 0);
        QSignalSpy logged(&host, &provider::ProviderHost::requestsFinished);
        // Each request on a new connection: the kernel spreads them among the three servers.
        for (int i = 0; i < 12; ++i)
            QCOMPARE(getStatus(host.port(), u"/.well-known/openid-configuration"_s), 200);
        QTRY_VERIFY_WITH_TIMEOUT(!logged.isEmpty(), 5000);
        qsizetype entries = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                entries = 0;
                for (const QList<QVariant>& batch : std::as_const(logged))
                    entries += batch.first().value<QList<provider::RequestLogEntry>>().size();
                return entries == 12;
            }(),
            5000);
        host.stop();
        QVERIFY(!host.isRunning());
    }

    // Stopping ends the server threads and deletes their servers, and with them their listening sockets and
    // their share of the provider: a server left behind kept a whole provider (grant store included) alive at
    // every restart, and its socket open on the port.
    // An edit made while the servers are still binding (the window applies edits at once) is neither lost
    // nor served with the port still unknown: the provider ends up with the edit and the bound port.
    void editsDuringStartKeepTheBoundPort()
    {
        for (int round = 0; round < 20; ++round) {
            provider::ProviderHost host;
            host.setThreadCount(2);
            QSignalSpy started(&host, &provider::ProviderHost::started);
            provider::Workspace ws = workspaceOn(0);
            host.start(ws);
            ws.issuers.first().name = u"Edited while starting"_s;
            host.setWorkspace(ws);
            QVERIFY(started.wait(10000));
            const auto snapshot = host.provider()->snapshot();
            QCOMPARE(snapshot->workspace.issuers.first().name, u"Edited while starting"_s);
            QCOMPARE(snapshot->workspace.server.port, int(host.port()));
            QVERIFY2(snapshot->issuers.first().url.endsWith(u":%1"_s.arg(host.port())),
                qPrintable(snapshot->issuers.first().url));
        }
    }

    void stoppedServersReleaseTheProvider()
    {
        provider::ProviderHost host;
        host.setThreadCount(2);
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(start(host, workspaceOn(0)), QString());
            QCOMPARE(getStatus(host.port(), u"/jwks"_s), 200);
            const quint16 port = host.port();
            const std::weak_ptr<provider::Provider> running = host.provider();
            host.stop();
            QCOMPARE(running.use_count(), 1); // the host's own, until the next start
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(!probe.waitForConnected(2000));
            QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
        }
    }

    void responsesCarryTheirReasonPhrase()
    {
        provider::ProviderHost host;
        QCOMPARE(start(host, workspaceOn(0)), QString());
        QCOMPARE(get(host.port(), u"/jwks"_s), std::pair(200, u"OK"_s));
        QCOMPARE(get(host.port(), u"/no-such-endpoint"_s), std::pair(404, u"Not Found"_s));
    }

    void aSecondProviderOnTheSamePortIsRefused()
    {
        provider::ProviderHost first;
        first.setThreadCount(2);
        QCOMPARE(start(first, workspaceOn(0)), QString());

        // Another provider asking for the same port (sharing it among its own threads too) is told it is in
        // use, instead of silently getting half of the connections.
        provider::ProviderHost second;
        second.setThreadCount(2);
        const QString error = start(second, workspaceOn(first.port()));
        QVERIFY2(error.contains(u"already in use"_s), qPrintable(error));
        QVERIFY(!second.isRunning());

        // So is one with a single thread, and one on a port some other program holds.
        provider::ProviderHost single;
        single.setThreadCount(1);
        QVERIFY(start(single, workspaceOn(first.port())).contains(u"already in use"_s));
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        QVERIFY(start(second, workspaceOn(other.serverPort())).contains(u"already in use"_s));

        // Once the first stops, the port is free again.
        const quint16 port = first.port();
        first.stop();
        QCOMPARE(start(second, workspaceOn(port)), QString());
        QCOMPARE(second.port(), port);
        QCOMPARE(getStatus(port, u"/jwks"_s), 200);
    }
};

QTEST_GUILESS_MAIN(TestProviderHost)
#include "TestProviderHost.moc"
