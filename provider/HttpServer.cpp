#include "provider/HttpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace provider {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// A complete response written by hand (the connection is closed after it, whatever QHttpServer holds).
QByteArray rawErrorResponse(int status, const QByteArray& reason, const QString& description)
{
    const QByteArray body = "{\"error\":\"invalid_request\",\"error_description\":\""
        + description.toUtf8().replace('\\', "\\\\").replace('"', "\\\"") + "\"}";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nCache-Control: no-store\r\nConnection: close\r\n"
          "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Watches one connection's byte stream ahead of QHttpServer's parser (its readyRead slot runs first, and it
// only peeks): sizes and times of each request, from its first byte to the end of its body.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QTcpSocket* socket, const ServerLimits& limits)
        : QObject(socket)
        , m_socket(socket)
        , m_limits(limits)
    {
        m_requestTimer.setSingleShot(true);
        m_idleTimer.setSingleShot(true);
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::scan);
        connect(&m_requestTimer, &QTimer::timeout, this,
            [this] { reject(408, "Request Timeout", u"the request did not arrive in time"_s); });
        connect(&m_idleTimer, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
        m_idleTimer.start(m_limits.idleTimeoutMs);
    }

private:
    void scan()
    {
        if (m_rejected) {
            m_socket->readAll(); // discarded: the connection is closing
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size() && !m_rejected) {
            if (m_bodyRemaining > 0) {
                const qint64 take = std::min<qint64>(m_bodyRemaining, data.size() - pos);
                m_bodyRemaining -= take;
                pos += take;
                if (m_bodyRemaining == 0)
                    requestComplete();
                continue;
            }
            if (m_header.isEmpty()) {
                m_idleTimer.stop();
                m_requestTimer.start(m_limits.requestTimeoutMs);
            }
            const qsizetype searchFrom = std::max<qsizetype>(0, m_header.size() - 3);
            const qsizetype room = m_limits.maxHeaderBytes + 4 - m_header.size();
            const qsizetype chunk = std::min<qsizetype>(room, data.size() - pos);
            m_header += data.mid(pos, chunk);
            const qsizetype end = m_header.indexOf("\r\n\r\n", searchFrom);
            if (end < 0) {
                if (m_header.size() > m_limits.maxHeaderBytes)
                    return reject(431, "Request Header Fields Too Large",
                        u"the request line and headers are longer than %1 bytes"_s.arg(
                            m_limits.maxHeaderBytes));
                pos += chunk;
                continue;
            }
            pos += end + 4 - (m_header.size() - chunk);
            if (!headersAccepted(m_header.left(end)))
                return;
            m_header.clear();
            if (m_bodyRemaining == 0)
                requestComplete();
        }
    }

    bool headersAccepted(const QByteArray& head)
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower() != "identity") {
                reject(411, "Length Required", u"send the body with a Content-Length, not chunked"_s);
                return false;
            }
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, "Bad Request", u"the Content-Length is not a number"_s);
                    return false;
                }
                if (length > m_limits.maxBodyBytes) {
                    reject(413, "Content Too Large",
                        u"the body is larger than %1 bytes"_s.arg(m_limits.maxBodyBytes));
                    return false;
                }
                m_bodyRemaining = length;
            }
        }
        return true;
    }

    void requestComplete()
    {
        m_requestTimer.stop();
        m_idleTimer.start(m_limits.idleTimeoutMs);
    }

    void reject(int status, const QByteArray& reason, const QString& description)
    {
        m_rejected = true;
        m_requestTimer.stop();
        m_idleTimer.stop();
        // What QHttpServer has not read yet never reaches it.
        m_socket->readAll();
        m_socket->write(rawErrorResponse(status, reason, description));
        m_socket->disconnectFromHost();
    }

    QTcpSocket* m_socket;
    const ServerLimits m_limits;
    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    bool m_rejected = false;
    QTimer m_requestTimer;
    QTimer m_idleTimer;
};

// Accepts connections up to the limit, each with a ConnectionGuard in front of QHttpServer's parser; beyond
// it, answers 503 and closes at once.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(const ServerLimits& limits, QObject* parent)
        : QTcpServer(parent)
        , m_limits(limits)
    { }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        if (m_open >= m_limits.maxConnections) {
            socket->write(rawErrorResponse(503, "Service Unavailable", u"too many connections; try again"_s));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            return;
        }
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, this, [this] { --m_open; });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        new ConnectionGuard(socket, m_limits);
        addPendingConnection(socket);
    }

private:
    const ServerLimits m_limits;
    int m_open = 0;
};

// A listening socket that other sockets of this user may share (SO_REUSEPORT), or -1 with *error set.
qintptr sharedListener(const QHostAddress& address, quint16 port, QString* error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    auto fail = [&](int code) {
        *error = QString::fromLocal8Bit(std::strerror(code));
        if (fd >= 0)
            ::close(fd);
        return qintptr(-1);
    };
    if (fd < 0)
        return fail(errno);
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0)
        return fail(errno);
    sockaddr_storage storage{};
    socklen_t length = 0;
    if (v6) {
        auto* a = reinterpret_cast<sockaddr_in6*>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    } else {
        auto* a = reinterpret_cast<sockaddr_in*>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0 || ::listen(fd, SOMAXCONN) != 0)
        return fail(errno);
    return fd;
}

} // namespace

std::optional<QHostAddress> parseHostAddress(const QString& host)
{
    if (host == u"localhost"_s)
        return QHostAddress(QHostAddress::LocalHost);
    QHostAddress address;
    if (!address.setAddress(host))
        return std::nullopt;
    return address;
}

HttpServer::HttpServer(std::shared_ptr<Provider> provider, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_provider(std::move(provider))
{
    qRegisterMetaType<provider::RequestLogEntry>();
}

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port, QString* error, bool sharePort)
{
    // Our own QTcpServer, so a failure comes with its reason ("address in use") instead of a bare 0.
    auto* server = new GuardedTcpServer(m_limits, this);
    if (sharePort) {
        QString why;
        const qintptr fd = sharedListener(address, port, &why);
        if (fd < 0 || !server->setSocketDescriptor(fd)) {
            if (fd >= 0)
                ::close(int(fd));
            if (error)
                *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                             .arg(port)
                             .arg(fd < 0 ? why : server->errorString());
            delete server;
            return 0;
        }
        bind(server);
        return server->serverPort();
    }
    if (!server->listen(address, port)) {
        if (error)
            *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();

    HttpRequest req;
    req.method = methodName(request.method());
    const QUrl url = request.url();
    req.path = url.path();
    req.query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto& [name, value] : request.headers())
        req.headers.append({name.toLower(), value});
    req.body = request.body();
    req.remoteAddress = request.remoteAddress();

    const HttpResponse response = m_provider->handle(req);
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.method = QString::fromLatin1(req.method);
    entry.path = req.path;
    entry.status = response.status;
    entry.clientId = response.clientId;
    entry.issuerId = response.issuerId;
    entry.remoteAddress = req.remoteAddress.toString();
    entry.faults = response.faults;
    if (m_logExchanges) {
        entry.query = req.query;
        entry.requestHeaders = req.headers;
        entry.requestBody = req.body.left(kLoggedBodyLimit);
        entry.responseHeaders = response.headers;
        entry.responseBody = response.body.left(kLoggedBodyLimit);
    }

    // Injected transport faults: no response at all, or a late one.
    if (response.transport.closeWithoutResponse) {
        entry.status = 0;
        entry.durationMicros = timer.nsecsElapsed() / 1000;
        socket->disconnectFromHost();
        emit requestFinished(entry);
        return true;
    }
    auto write = [this, response, entry, timer, head = req.method == "HEAD"](
                     QHttpServerResponder& responder, QTcpSocket* socket) mutable {
        if (response.transport.truncateBody) {
            // The full length is promised, half arrives, then the connection ends (written by hand: the
            // responder always completes what it starts).
            QByteArray raw = "HTTP/1.1 " + QByteArray::number(response.status)
                + (response.status < 300 ? " OK\r\n" : " Error\r\n");
            for (const auto& [name, value] : response.headers)
                raw += name + ": " + value + "\r\n";
            raw += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
            socket->write(raw + response.body.left(response.body.size() / 2));
            socket->disconnectFromHost();
        } else {
            responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
            for (const auto& [name, value] : response.headers)
                responder.writeHeader(name, value);
            responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
            responder.writeBody(head ? QByteArray() : response.body);
        }
        entry.durationMicros = timer.nsecsElapsed() / 1000;
        emit requestFinished(entry);
    };
    if (response.transport.delayMs > 0) {
        auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
        QTimer::singleShot(response.transport.delayMs, this,
            [write, responder, guard = QPointer<QTcpSocket>(socket)]() mutable {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    write(*responder, guard);
            });
        return true;
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, socket);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace provider
