#include "provider/http/HttpServer.h"

#include "provider/http/ConnectionGuard.h"
#include "provider/http/RawResponse.h"
#include "provider/http/ReusePortSocket.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
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
    auto* server = new http::GuardedTcpServer(m_limits, this);
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
        const int fd = http::sharedListener(address, port, sharing == PortSharing::First, &why);
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
                http::responseBytes(response, QByteArrayView(response.body).first(response.body.size() / 2)));
            socket->disconnectFromHost();
        } else {
            socket->write(
                http::responseBytes(response, head ? QByteArrayView() : QByteArrayView(response.body)));
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
