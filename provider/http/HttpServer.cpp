#include "provider/http/HttpServer.h"

#include "core/Decimal.h"

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

// The reason phrase of a status code (RFC 9110 15); clients ignore it, people reading a capture do not.
QByteArrayView reasonPhrase(int status)
{
    static constexpr std::pair<int, const char*> kPhrases[] = {{200, "OK"}, {201, "Created"},
        {202, "Accepted"}, {204, "No Content"}, {301, "Moved Permanently"}, {302, "Found"},
        {303, "See Other"}, {304, "Not Modified"}, {307, "Temporary Redirect"}, {308, "Permanent Redirect"},
        {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {405, "Method Not Allowed"}, {406, "Not Acceptable"}, {408, "Request Timeout"}, {409, "Conflict"},
        {410, "Gone"}, {411, "Length Required"}, {413, "Content Too Large"}, {415, "Unsupported Media Type"},
        {422, "Unprocessable Content"}, {429, "Too Many Requests"}, {431, "Request Header Fields Too Large"},
        {500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
        {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    for (const auto& [code, phrase] : kPhrases) {
        if (code == status)
            return phrase;
    }
    return status < 400 ? "OK" : "Error";
}

// The status line and headers of a response, with its Content-Length and the blank line that ends them,
// followed by `body`: the response's body, a part of it, or nothing (a HEAD answer). One buffer, one write.
QByteArray responseBytes(const HttpResponse& response, QByteArrayView body)
{
    qsizetype size = 64 + body.size();
    for (const auto& [name, value] : response.headers)
        size += name.size() + value.size() + 4;
    QByteArray out;
    out.reserve(size);
    out.append("HTTP/1.1 ");
    core::appendDecimal(out, response.status);
    out.append(' ').append(reasonPhrase(response.status)).append("\r\n");
    for (const auto& [name, value] : response.headers)
        out.append(name).append(": ").append(value).append("\r\n");
    // Not on a 204 (RFC 9110 8.6); on a HEAD answer, the length the GET would have.
    if (response.status != 204) {
        out.append("Content-Length: ");
        core::appendDecimal(out, response.body.size());
        out.append("\r\n");
    }
    return out.append("\r\n").append(body);
}

// A complete error response written by hand (the connection is closed after it, whatever QHttpServer holds).
QByteArray rawErrorResponse(int status, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        QJsonObject{{u"error"_s, u"invalid_request"_s}, {u"error_description"_s, description}}, status);
    response.setHeader("Cache-Control"_ba, "no-store"_ba);
    response.setHeader("Connection"_ba, "close"_ba);
    return responseBytes(response, response.body);
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
        m_clock.start();
        m_timer.setSingleShot(true);
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::scan);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::deadlineCheck);
        setDeadline(false, m_limits.idleTimeoutMs);
    }

private:
    void scan()
    {
        if (m_rejected) {
            m_socket->readAll(); // discarded: the connection is closing
            return;
        }
        // Peeked into a buffer kept from one read to the next (no allocation per request), unless a large
        // body made it large.
        m_peeked.resize(m_socket->bytesAvailable());
        m_peeked.resize(qMax<qint64>(0, m_socket->peek(m_peeked.data(), m_peeked.size())));
        scanBytes(m_peeked);
        if (m_peeked.capacity() > kKeptPeekBytes)
            m_peeked = QByteArray();
    }

    void scanBytes(QByteArrayView data)
    {
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
                setDeadline(true, m_limits.requestTimeoutMs);
                // Nearly always the whole head has arrived at once: found where it lies, without a copy.
                const QByteArrayView rest = data.sliced(pos);
                const qsizetype end
                    = rest.first(std::min<qsizetype>(rest.size(), m_limits.maxHeaderBytes + 4))
                          .indexOf("\r\n\r\n");
                if (end >= 0) {
                    pos += end + 4;
                    if (!headEnded(rest.first(end)))
                        return;
                    continue;
                }
            }
            const qsizetype searchFrom = std::max<qsizetype>(0, m_header.size() - 3);
            const qsizetype room = m_limits.maxHeaderBytes + 4 - m_header.size();
            const qsizetype chunk = std::min<qsizetype>(room, data.size() - pos);
            m_header += data.sliced(pos, chunk);
            const qsizetype end = m_header.indexOf("\r\n\r\n", searchFrom);
            if (end < 0) {
                if (m_header.size() > m_limits.maxHeaderBytes)
                    return reject(431,
                        u"the request line and headers are longer than %1 bytes"_s.arg(
                            m_limits.maxHeaderBytes));
                pos += chunk;
                continue;
            }
            pos += end + 4 - (m_header.size() - chunk);
            const bool accepted = headEnded(QByteArrayView(m_header).first(end));
            m_header.clear();
            if (!accepted)
                return;
        }
    }

    // A request's head has arrived whole: false when it is refused (and answered); a request without a
    // body is then complete.
    bool headEnded(QByteArrayView head)
    {
        if (!headersAccepted(head))
            return false;
        if (m_bodyRemaining == 0)
            requestComplete();
        return true;
    }

    bool headersAccepted(QByteArrayView head)
    {
        // Line by line, without copies: this runs for every request.
        for (qsizetype start = 0; start < head.size();) {
            qsizetype end = head.indexOf('\n', start);
            if (end < 0)
                end = head.size();
            const QByteArrayView line = head.sliced(start, end - start);
            start = end + 1;
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArrayView name = line.first(colon).trimmed();
            const QByteArrayView value = line.sliced(colon + 1).trimmed();
            if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
                && value.compare("identity", Qt::CaseInsensitive) != 0) {
                reject(411, u"send the body with a Content-Length, not chunked"_s);
                return false;
            }
            if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, u"the Content-Length is not a number"_s);
                    return false;
                }
                if (length > m_limits.maxBodyBytes) {
                    reject(413, u"the body is larger than %1 bytes"_s.arg(m_limits.maxBodyBytes));
                    return false;
                }
                m_bodyRemaining = length;
            }
        }
        return true;
    }

    void requestComplete() { setDeadline(false, m_limits.idleTimeoutMs); }

    // One timer per connection, re-armed only when it fires early or a nearer deadline comes: each request
    // moves the deadline (a clock read) instead of stopping and starting timers in the event dispatcher.
    void setDeadline(bool inRequest, int ms)
    {
        m_inRequest = inRequest;
        m_deadline = m_clock.elapsed() + ms;
        if (!m_timer.isActive() || m_deadline < m_timerDue) {
            m_timer.start(ms);
            m_timerDue = m_deadline;
        }
    }

    void deadlineCheck()
    {
        const qint64 left = m_deadline - m_clock.elapsed();
        if (left > 0) {
            m_timer.start(int(left));
            m_timerDue = m_deadline;
        } else if (m_inRequest) {
            reject(408, u"the request did not arrive in time"_s);
        } else {
            m_socket->disconnectFromHost();
        }
    }

    void reject(int status, const QString& description)
    {
        m_rejected = true;
        m_timer.stop();
        // What QHttpServer has not read yet never reaches it.
        m_socket->readAll();
        m_socket->write(rawErrorResponse(status, description));
        m_socket->disconnectFromHost();
    }

    QTcpSocket* m_socket;
    const ServerLimits m_limits;
    static constexpr qsizetype kKeptPeekBytes = 16 * 1024;
    QByteArray m_peeked;
    // A head that arrived in pieces, until its end.
    QByteArray m_header;
    qint64 m_bodyRemaining = 0;
    bool m_rejected = false;
    // The deadline of the request under way (m_inRequest) or of the idle connection, on m_clock.
    bool m_inRequest = false;
    qint64 m_deadline = 0;
    qint64 m_timerDue = 0;
    QElapsedTimer m_clock;
    QTimer m_timer;
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
            socket->write(rawErrorResponse(503, u"too many connections; try again"_s));
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

// A TCP socket bound to address:port, listening unless only `probing`, shared with other sockets of this user
// that ask for it too when `reusePort` (SO_REUSEPORT); or -1 with *error set.
int boundSocket(const QHostAddress& address, quint16 port, bool reusePort, bool probing, QString* error)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    auto fail = [&](int code) {
        *error = QString::fromLocal8Bit(std::strerror(code));
        if (fd >= 0)
            ::close(fd);
        return -1;
    };
    if (fd < 0)
        return fail(errno);
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (reusePort && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &on, sizeof on) != 0)
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
    if (::bind(fd, reinterpret_cast<sockaddr*>(&storage), length) != 0)
        return fail(errno);
    if (!probing && ::listen(fd, SOMAXCONN) != 0)
        return fail(errno);
    return fd;
}

// The port a socket is bound to.
quint16 boundPort(int fd)
{
    sockaddr_storage storage{};
    socklen_t length = sizeof storage;
    if (::getsockname(fd, reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return 0;
    return ntohs(storage.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port
                                               : reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
}

// A listening socket for a group of servers sharing the port; or -1 with *error set. The first of the group
// first binds the port without SO_REUSEPORT, which fails while anything else holds it (another oidc-bench
// among others), then lets it go for the group's socket.
int sharedListener(const QHostAddress& address, quint16 port, bool first, QString* error)
{
    if (first) {
        const int probe = boundSocket(address, port, false, true, error);
        if (probe < 0)
            return -1;
        port = boundPort(probe);
        ::close(probe);
    }
    return boundSocket(address, port, true, false, error);
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

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port, QString* error, PortSharing sharing)
{
    // Our own QTcpServer, so a failure comes with its reason ("address in use") instead of a bare 0.
    auto* server = new GuardedTcpServer(m_limits, this);
    auto fail = [&](const QString& why) -> quint16 {
        if (error)
            *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(why);
        delete server;
        return 0;
    };
    if (sharing == PortSharing::None) {
        if (!server->listen(address, port))
            return fail(server->errorString());
    } else {
        QString why;
        const int fd = sharedListener(address, port, sharing == PortSharing::First, &why);
        if (fd < 0)
            return fail(why);
        if (!server->setSocketDescriptor(fd)) {
            ::close(fd);
            return fail(server->errorString());
        }
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
    const auto headers = request.headers();
    req.headers.reserve(headers.size());
    for (const auto& [name, value] : headers)
        req.headers.append({name.toLower(), value});
    req.body = request.body();
    req.remoteAddress = request.remoteAddress();

    HttpResponse response = m_provider->handle(req);
    RequestLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc(); // local time would read the time zone file each time
    entry.method = QString::fromLatin1(req.method);
    entry.path = req.path;
    entry.status = response.status;
    entry.clientId = response.clientId;
    entry.issuerId = response.issuerId;
    entry.remoteAddress = req.remoteAddress;
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
    // Written whole, in one piece: QHttpServerResponder (6.4) writes each part of each header separately, and
    // nothing else in QHttpServer depends on it being used.
    const int delayMs = response.transport.delayMs;
    auto write = [this, response = std::move(response), entry = std::move(entry), timer,
                     head = req.method == "HEAD"](QTcpSocket* socket) mutable {
        if (response.transport.truncateBody) {
            // The full length is promised, half arrives, then the connection ends.
            socket->write(
                responseBytes(response, QByteArrayView(response.body).first(response.body.size() / 2)));
            socket->disconnectFromHost();
        } else {
            socket->write(responseBytes(response, head ? QByteArrayView() : QByteArrayView(response.body)));
            // Now, rather than on the socket's next write notification: one trip less through the event loop.
            socket->flush();
        }
        entry.durationMicros = timer.nsecsElapsed() / 1000;
        emit requestFinished(entry);
    };
    if (delayMs > 0) {
        QTimer::singleShot(
            delayMs, this, [write = std::move(write), guard = QPointer<QTcpSocket>(socket)]() mutable {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    write(guard);
            });
        return true;
    }
    write(socket);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace provider
