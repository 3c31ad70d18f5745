#include "client/HttpClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace client {

HttpClient::HttpClient(QObject* parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{ }

void HttpClient::setNetworkAccessManager(QNetworkAccessManager* manager)
{
    m_manager = manager;
}

void HttpClient::send(const OutgoingRequest& request, std::function<void(const HttpExchange&)> done)
{
    HttpExchange exchange;
    exchange.method = request.method;
    exchange.url = request.url;
    exchange.requestHeaders = request.headers;
    // What Qt would otherwise add on its own, made explicit so that the record is what was sent.
    if (exchange.requestHeader("user-agent").isEmpty())
        exchange.requestHeaders.append(std::pair<QByteArray, QByteArray>(
            "User-Agent", "oidc-bench/" + QCoreApplication::applicationVersion().toLatin1()));
    if (exchange.requestHeader("accept").isEmpty())
        exchange.requestHeaders.emplaceBack("Accept", "application/json");
    exchange.requestBody = request.body;
    exchange.started = QDateTime::currentDateTime();

    QNetworkRequest qrequest(request.url);
    qrequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qrequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    qrequest.setTransferTimeout(m_timeoutMs);
    for (const auto& [name, value] : exchange.requestHeaders)
        qrequest.setRawHeader(name, value);
    QNetworkReply* reply = m_manager->sendCustomRequest(qrequest, request.method, request.body);
    m_inFlight.append(reply);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(reply, &QNetworkReply::finished, this,
        [this, reply, exchange, timer, done = std::move(done)]() mutable {
            m_inFlight.removeAll(reply);
            reply->deleteLater();
            exchange.durationMs = timer->elapsed();
            exchange.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            exchange.reasonPhrase
                = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
            exchange.responseHeaders = reply->rawHeaderPairs();
            exchange.responseBody = reply->readAll();
            if (exchange.status == 0)
                exchange.networkError = reply->error() == QNetworkReply::OperationCanceledError
                    ? QStringLiteral("no answer within %1 s").arg(m_timeoutMs / 1000)
                    : reply->errorString();
            done(exchange);
        });
}

void HttpClient::abortAll()
{
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace client
