#pragma once

#include "provider/HttpServer.h"
#include "provider/Workspace.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace provider {

// Runs a Provider's HTTP server on a thread of its own, so a busy provider never blocks the caller's event
// loop (the GUI's in particular). start() is asynchronous: started() or failed() follows.
class ProviderHost : public QObject
{
    Q_OBJECT

public:
    explicit ProviderHost(QObject* parent = nullptr);
    ~ProviderHost() override;

    void start(Workspace workspace);
    // Log entries carry the whole exchange (for a detail view); set before start().
    void setLogExchanges(bool on) { m_logExchanges = on; }
    void stop();
    bool isRunning() const { return m_port != 0; }
    quint16 port() const { return m_port; }

    // Live edit: the next request already sees the new workspace.
    void setWorkspace(Workspace workspace);
    // The running provider (null until start()).
    std::shared_ptr<Provider> provider() const { return m_provider; }
    QStringList issuerUrls() const;

signals:
    void started(quint16 port);
    void failed(const QString& error);
    void stopped();
    void requestFinished(const provider::RequestLogEntry& entry);
    // The same entries gathered for up to kLogBatchMs: one queued call across threads per batch instead of
    // one per request keeps the receiving thread (the window's) free when the provider is under load.
    void requestsFinished(const QList<provider::RequestLogEntry>& entries);

private:
    QThread m_thread;
    std::shared_ptr<Provider> m_provider;
    HttpServer* m_server = nullptr;
    quint16 m_port = 0;
    bool m_logExchanges = false;
};

inline constexpr int kLogBatchMs = 50;

} // namespace provider
