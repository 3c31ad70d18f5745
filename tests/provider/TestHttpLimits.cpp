// The limits in front of QHttpServer (provider::ServerLimits): oversized bodies and headers, chunked bodies,
// slow clients, idle and surplus connections, at the socket level; ordinary traffic, pipelined or not,
// passes.
#include "provider/Provider.h"
#include "provider/http/HttpServer.h"

#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestHttpLimits : public QObject
{
    Q_OBJECT

    struct Server
    {
        std::unique_ptr<provider::HttpServer> http;
        quint16 port = 0;

        explicit Server(const provider::ServerLimits& limits)
        {
            provider::Workspace ws = provider::Workspace::builtinDefault();
            ws.server.port = 0;
            ws.ensureSigningKeys();
            http = std::make_unique<provider::HttpServer>(std::make_shared<provider::Provider>(ws));
            http->setLimits(limits);
            port = http->listenOn(QHostAddress::LocalHost, 0, nullptr);
            ws.server.port = port;
            http->provider()->setWorkspace(ws);
        }

        std::unique_ptr<QTcpSocket> connect() const
        {
            auto socket = std::make_unique<QTcpSocket>();
            socket->connectToHost(QHostAddress::LocalHost, port);
            return socket;
        }
    };

    // What the server sent until it closed the connection (or the timeout).
    static QByteArray untilClosed(QTcpSocket& socket, int timeoutMs = 5000)
    {
        QByteArray received;
        // Not finished in time: the caller's comparison of what arrived says so.
        static_cast<void>(QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs));
        return received + socket.readAll();
    }

    // Reads `count` whole responses (each with a Content-Length) from a kept-alive connection.
    static QList<QByteArray> responses(QTcpSocket& socket, int count)
    {
        QByteArray buffer;
        QList<QByteArray> out;
        static_cast<void>(QTest::qWaitFor(
            [&] {
                buffer += socket.readAll();
                while (true) {
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0)
                        break;
                    const QByteArray head = buffer.left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const qsizetype length = at < 0
                        ? 0
                        : head.mid(at + 15, head.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                    if (buffer.size() < end + 4 + length)
                        break;
                    out.append(buffer.left(end + 4 + length));
                    buffer.remove(0, end + 4 + length);
                }
                return out.size() >= count;
            },
            5000));
        return out;
    }

private slots:
    void oversizedBodyIsRefusedBeforeItArrives()
    {
        Server server({});
        auto socket = server.connect();
        socket->write(
            "POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: 2000000\r\n\r\n");
        const QByteArray answer = untilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
        QVERIFY(answer.contains("\"error\":\"invalid_request\""));
        QVERIFY(answer.contains("1048576 bytes"));
    }

    void oversizedHeadersAreRefused()
    {
        Server server({});
        auto socket = server.connect();
        socket->write("GET /jwks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + QByteArray(20000, 'a'));
        const QByteArray answer = untilClosed(*socket);
        QVERIFY2(answer.startsWith("HTTP/1.1 431 "), answer.left(200).constData());
    }

    void chunkedBodiesNeedALength()
    {
        Server server({});
        auto socket = server.connect();
        socket->write("POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QVERIFY(untilClosed(*socket).startsWith("HTTP/1.1 411 "));
    }

    void ordinaryTrafficPasses()
    {
        provider::ServerLimits limits;
        limits.maxConnections = 5;
        Server server(limits);
        // Pipelined on one connection: a GET, a POST with a body, another GET.
        auto socket = server.connect();
        const QByteArray form = "grant_type=client_credentials&client_id=nobody";
        socket->write(
            "GET /jwks HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
            "POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            "Content-Length: "
            + QByteArray::number(form.size()) + "\r\n\r\n" + form
            + "GET /.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QList<QByteArray> answers = responses(*socket, 3);
        QCOMPARE(answers.size(), 3);
        QVERIFY(answers.at(0).startsWith("HTTP/1.1 200"));
        QVERIFY2(answers.at(1).startsWith("HTTP/1.1 401"), answers.at(1).constData()); // unknown client
        QVERIFY(answers.at(2).startsWith("HTTP/1.1 200"));
        socket.reset();
        // Many more connections than the limit, one after the other: each closed one frees its place.
        for (int i = 0; i < 20; ++i) {
            auto next = server.connect();
            next->write("GET /jwks HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            const QList<QByteArray> one = responses(*next, 1);
            QVERIFY2(
                one.size() == 1 && one.first().startsWith("HTTP/1.1 200"), qPrintable(QString::number(i)));
            next->disconnectFromHost();
            QTRY_VERIFY(next->state() == QAbstractSocket::UnconnectedState);
        }
    }

    // A head nearly always arrives whole and is checked where it lies; one that arrives in pieces (the end
    // "\r\n\r\n" split too) is joined first, and its limits are the same.
    void headsArrivingInPiecesAreJoined()
    {
        Server server({});
        auto socket = server.connect();
        const QList<QByteArray> pieces{"GET /jwks HTTP/1.1\r\nHo", "st: 127.0.0.1\r", "\n\r", "\n"};
        for (const QByteArray& piece : pieces) {
            socket->write(piece);
            QVERIFY(socket->waitForBytesWritten(1000));
            QTest::qWait(50);
        }
        const QList<QByteArray> answer = responses(*socket, 1);
        QCOMPARE(answer.size(), 1);
        QVERIFY2(answer.first().startsWith("HTTP/1.1 200"), answer.first().left(200).constData());

        auto tooLarge = server.connect();
        for (const QByteArray& piece : QList<QByteArray>{
                 "POST /token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le", "ngth: 2000000\r\n", "\r\n"}) {
            tooLarge->write(piece);
            QVERIFY(tooLarge->waitForBytesWritten(1000));
            QTest::qWait(50);
        }
        QVERIFY(untilClosed(*tooLarge).startsWith("HTTP/1.1 413 "));
    }

    void slowClientsDoNotStallOthers()
    {
        provider::ServerLimits limits;
        limits.requestTimeoutMs = 800;
        Server server(limits);
        auto slow = server.connect();
        slow->write("GET /jwks HTTP/1.1\r\nHo");
        QTRY_VERIFY(slow->state() == QAbstractSocket::ConnectedState);
        // Meanwhile another client is served at once.
        QElapsedTimer timer;
        timer.start();
        auto other = server.connect();
        other->write("GET /.well-known/openid-configuration HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QList<QByteArray> answer = responses(*other, 1);
        QCOMPARE(answer.size(), 1);
        QVERIFY(answer.first().startsWith("HTTP/1.1 200"));
        QVERIFY(timer.elapsed() < 700);
        // The slow one is told and let go.
        QVERIFY(untilClosed(*slow).startsWith("HTTP/1.1 408 "));
    }

    void idleAndSurplusConnectionsAreClosed()
    {
        provider::ServerLimits limits;
        limits.maxConnections = 10;
        limits.idleTimeoutMs = 1500;
        Server server(limits);
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 15; ++i) {
            sockets.push_back(server.connect());
            if (i < 10)
                QTRY_VERIFY(sockets.back()->state() == QAbstractSocket::ConnectedState);
        }
        // The five beyond the limit are told and closed; the first ten stay.
        for (int i = 10; i < 15; ++i)
            QVERIFY(untilClosed(*sockets.at(i)).startsWith("HTTP/1.1 503 "));
        QCOMPARE(sockets.at(0)->state(), QAbstractSocket::ConnectedState);
        sockets.at(0)->write("GET /jwks HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QCOMPARE(responses(*sockets.at(0), 1).size(), 1);
        // Idle ones are closed after the idle timeout, which frees their places.
        QTRY_VERIFY_WITH_TIMEOUT(sockets.at(1)->state() == QAbstractSocket::UnconnectedState, 5000);
        auto late = server.connect();
        late->write("GET /jwks HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        const QList<QByteArray> answer = responses(*late, 1);
        QVERIFY(answer.size() == 1 && answer.first().startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestHttpLimits)
#include "TestHttpLimits.moc"
