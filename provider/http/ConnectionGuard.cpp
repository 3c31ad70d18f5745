#include "provider/http/ConnectionGuard.h"

#include "provider/http/RawResponse.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace provider::http {

namespace {

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

} // namespace

GuardedTcpServer::GuardedTcpServer(const ServerLimits& limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
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

} // namespace provider::http
