#pragma once

#include "provider/Provider.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHostAddress>
#include <memory>

namespace provider {

// One line of the request log. Paths only: query strings carry codes and state, never logged.
struct RequestLogEntry
{
    QDateTime time;
    QString method;
    QString path;
    int status = 0;
    QString clientId;
    // The issuer whose endpoint answered (its workspace id); empty for paths no issuer has.
    QString issuerId;
    qint64 durationMicros = 0;
    QHostAddress remoteAddress;
    // Faults injected into the response (docs/faults.md).
    QStringList faults;
    // The exchange itself, only when the server is asked to keep it (the window's detail pane shows it with
    // secrets masked; the headless `serve` log never has it): query, headers and bodies, each body cut at
    // kLoggedBodyLimit so that a long-running log stays small.
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> requestHeaders;
    QByteArray requestBody;
    QList<std::pair<QByteArray, QByteArray>> responseHeaders;
    QByteArray responseBody;
};

inline constexpr qsizetype kLoggedBodyLimit = 8 * 1024;

// What one connection may do (docs/security.md). QHttpServer 6.4 has no limits of its own: it keeps a
// request's bytes until the request is complete. These are enforced in front of it, on the byte stream.
struct ServerLimits
{
    // A request whose Content-Length is larger is answered 413 before its body is read.
    qint64 maxBodyBytes = 1024 * 1024;
    // Request line and headers; longer is answered 431.
    qsizetype maxHeaderBytes = 16 * 1024;
    // A request begun must be complete within this (else 408 and the connection closes): a slow client
    // holds its own connection only.
    int requestTimeoutMs = 30 * 1000;
    // A kept-alive connection with no request for this long is closed.
    int idleTimeoutMs = 120 * 1000;
    // Connections beyond this are answered 503 and closed at once, well before file descriptors run out.
    int maxConnections = 512;
};

// Puts a Provider on the network. It only translates between QHttpServer and the provider's request and
// response values; it lives in whichever thread it is moved to.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpServer(std::shared_ptr<Provider> provider, QObject* parent = nullptr);

    enum class PortSharing {
        // The port is this server's alone.
        None,
        // Other servers of this process (in other threads) will join with Join (SO_REUSEPORT: the kernel
        // spreads the connections among them, so that every core serves). The port must be free: another
        // process on it is "already in use", as without sharing, and not silently given half of the
        // connections.
        First,
        Join,
    };
    // Listens on address:port (port 0: any free port). Returns the port, or 0 with *error set.
    quint16 listenOn(
        const QHostAddress& address, quint16 port, QString* error, PortSharing sharing = PortSharing::None);
    // Set before listenOn().
    void setLimits(const ServerLimits& limits) { m_limits = limits; }
    const ServerLimits& limits() const { return m_limits; }
    // Whether log entries carry the whole exchange (off by default: it costs copies).
    void setLogExchanges(bool on) { m_logExchanges = on; }
    std::shared_ptr<Provider> provider() const { return m_provider; }

signals:
    void requestFinished(const provider::RequestLogEntry& entry);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    std::shared_ptr<Provider> m_provider;
    bool m_logExchanges = false;
    ServerLimits m_limits;
};

// Parses --host values: IP literals and "localhost".
std::optional<QHostAddress> parseHostAddress(const QString& host);

} // namespace provider

Q_DECLARE_METATYPE(provider::RequestLogEntry)
