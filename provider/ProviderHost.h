#pragma once

#include "provider/http/HttpServer.h"
#include "provider/workspace/Workspace.h"

#include <QObject>
#include <QThread>
#include <memory>
#include <vector>

namespace provider {

// Runs a Provider's HTTP servers on threads of their own, so a busy provider never blocks the caller's event
// loop (the GUI's in particular): one server per core, sharing the port (the kernel spreads connections among
// them) and the one Provider (thread-safe), so that signing tokens uses every core. start() is asynchronous:
// started() or failed() follows.
class ProviderHost : public QObject
{
    Q_OBJECT

public:
    explicit ProviderHost(QObject* parent = nullptr);
    ~ProviderHost() override;

    void start(Workspace workspace);
    // Log entries carry the whole exchange (for a detail view); set before start().
    void setLogExchanges(bool on) { m_logExchanges = on; }
    // Server threads; 0 (the default): one per core. Set before start().
    void setThreadCount(int count) { m_threadCount = count; }
    int threadCount() const;
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
    // Finished requests, gathered for up to kLogBatchMs: one queued call across threads per batch instead of
    // one per request keeps the receiving thread (the window's) free when the provider is under load.
    void requestsFinished(const QList<provider::RequestLogEntry>& entries);

private:
    struct Worker
    {
        std::unique_ptr<QThread> thread;
        HttpServer* server = nullptr;
    };
    void listenRest(const QHostAddress& address, quint16 port, int generation);

    std::vector<Worker> m_workers;
    std::shared_ptr<Provider> m_provider;
    quint16 m_port = 0;
    bool m_logExchanges = false;
    int m_threadCount = 0;
    // Answers of an earlier start() that arrive after stop() or another start() are ignored.
    int m_generation = 0;
    int m_listening = 0;
};

inline constexpr int kLogBatchMs = 50;

} // namespace provider
