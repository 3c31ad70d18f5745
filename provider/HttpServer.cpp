#include "provider/HttpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

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

quint16 HttpServer::listenOn(const QHostAddress& address, quint16 port, QString* error)
{
    // Our own QTcpServer, so a failure comes with its reason ("address in use") instead of a bare 0.
    auto* server = new QTcpServer(this);
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
