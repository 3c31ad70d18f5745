#pragma once

#include "client/Timeline.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace client {

// A request the client is about to send.
struct OutgoingRequest
{
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
};

// Sends requests and captures them and their responses whole, for the timeline. Redirects are not followed
// (a redirect from a token endpoint is an answer to show, not to obey).
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(QObject* parent = nullptr);

    // Replaces the default network access manager (not owned).
    void setNetworkAccessManager(QNetworkAccessManager* manager);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // `done` runs exactly once with the exchange, unless abortAll() comes first.
    void send(const OutgoingRequest& request, std::function<void(const HttpExchange&)> done);
    // Drops every request in flight; their `done` never runs.
    void abortAll();

private:
    QNetworkAccessManager* m_manager = nullptr;
    QList<QPointer<QNetworkReply>> m_inFlight;
    int m_timeoutMs = 15000;
};

} // namespace client
