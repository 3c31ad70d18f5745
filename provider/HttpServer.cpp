#include "provider/HttpServer.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

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

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto& [name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(req.method == "HEAD" ? QByteArray() : response.body);

    emit requestFinished({QDateTime::currentDateTime(), QString::fromLatin1(req.method), req.path,
        response.status, response.clientId, timer.nsecsElapsed() / 1000, req.remoteAddress.toString()});
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers everything; this only runs if that ever changes.
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace provider
