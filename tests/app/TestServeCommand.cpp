#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The `oidc-bench serve` executable itself: its output contract and exit codes.
class TestServeCommand : public QObject
{
    Q_OBJECT

    static QString binary() { return QStringLiteral(OIDCBENCH_BINARY); }

private slots:
    void printsIssuerAndStopsOnSigterm()
    {
        QProcess serve;
        serve.start(
            binary(), {u"serve"_s, u"--port"_s, u"0"_s, u"--issuer"_s, u"http://127.0.0.1:1/tenant-a/"_s});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += serve.readAllStandardOutput()).contains("Ready:"), 15000);
        QVERIFY2(out.contains("Issuer: http://127.0.0.1:1/tenant-a\n"), out.constData());
        serve.terminate(); // SIGTERM
        QVERIFY(serve.waitForFinished(10000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("workspace");
        QTest::addColumn<bool>("blockPort");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("port in use") << QString() << true << 1 << u"already in use"_s;
        QTest::newRow("broken workspace")
            << u"{\n \"format\": \"oidc-bench-workspace\",\n ]"_s << false << 2 << u"line 3, column"_s;
        QTest::newRow("invalid workspace")
            << uR"({"format":"oidc-bench-workspace","version":1,"issuers":[{"id":"a","clients":[{"client_id":"c","type":"confidential"}]}]})"_s
            << false << 2 << u"issuers[0].clients[0].client_secret"_s;
    }
    void failures()
    {
        QFETCH(QString, workspace);
        QFETCH(bool, blockPort);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        QStringList args{u"serve"_s, u"--port"_s, QString::number(blockPort ? blocker.serverPort() : 0)};
        QTemporaryDir dir;
        if (!workspace.isEmpty()) {
            QFile file(dir.filePath(u"ws.json"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(workspace.toUtf8());
            file.close();
            args << u"--workspace"_s << file.fileName();
        }
        QProcess serve;
        serve.start(binary(), args);
        QVERIFY(serve.waitForFinished(15000));
        QCOMPARE(serve.exitCode(), exitCode);
        const QString err = QString::fromUtf8(serve.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestServeCommand)
#include "TestServeCommand.moc"
