#include "provider/ProviderHost.h"

#include "core/jose/Crypto.h"

#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace provider {

namespace {

// Lives in the server's thread: gathers log entries and hands them over every kLogBatchMs.
class LogBatcher : public QObject
{
    Q_OBJECT

public:
    explicit LogBatcher(QObject* parent)
        : QObject(parent)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(kLogBatchMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { emit ready(std::exchange(m_pending, {})); });
    }

    void add(const RequestLogEntry& entry)
    {
        m_pending.append(entry);
        if (!m_timer.isActive())
            m_timer.start();
    }

signals:
    void ready(const QList<provider::RequestLogEntry>& entries);

private:
    QList<RequestLogEntry> m_pending;
    // A child, so that it moves to the server's thread with its parent.
    QTimer m_timer{this};
};

} // namespace

ProviderHost::ProviderHost(QObject* parent)
    : QObject(parent)
{ }

ProviderHost::~ProviderHost()
{
    stop();
}

int ProviderHost::threadCount() const
{
    return m_threadCount > 0 ? m_threadCount : std::clamp(QThread::idealThreadCount(), 1, 8);
}

void ProviderHost::start(Workspace workspace)
{
    stop();
    const int generation = ++m_generation;
    const auto address = parseHostAddress(workspace.server.host);
    if (!address) {
        emit failed(u"\"%1\" is not an IP address or localhost"_s.arg(workspace.server.host));
        return;
    }
    m_provider = std::make_shared<Provider>(workspace);
    const int count = threadCount();
    for (int i = 0; i < count; ++i) {
        Worker worker{std::make_unique<QThread>(), new HttpServer(m_provider)};
        worker.thread->setObjectName(u"provider-http-%1"_s.arg(i));
        worker.server->setLogExchanges(m_logExchanges);
        // The connection limit is the provider's: each server takes its share.
        ServerLimits limits = worker.server->limits();
        limits.maxConnections = std::max(1, limits.maxConnections / count);
        worker.server->setLimits(limits);
        // Batches gathered in the server's thread (a direct connection there), handed over on a timer.
        auto* batch = new LogBatcher(worker.server);
        connect(worker.server, &HttpServer::requestFinished, batch, &LogBatcher::add, Qt::DirectConnection);
        connect(batch, &LogBatcher::ready, this, &ProviderHost::requestsFinished);
        // Deleted in its own thread as that thread ends (a deleteLater() queued from here could be left
        // behind by quit(), and with it the server, its listening socket and the provider it shares); then
        // the thread's OpenSSL state goes.
        connect(
            worker.thread.get(), &QThread::finished, worker.thread.get(),
            [server = worker.server] {
                delete server;
                jose::endThread();
            },
            Qt::DirectConnection);
        worker.server->moveToThread(worker.thread.get());
        worker.thread->start();
        m_workers.push_back(std::move(worker));
    }

    // The first server binds (port 0: any free port), the others then share its port.
    const quint16 wantedPort = quint16(workspace.server.port);
    const bool share = count > 1;
    QMetaObject::invokeMethod(m_workers.front().server,
        [this, server = m_workers.front().server, address = *address, wantedPort, share, generation] {
            QString error;
            const quint16 port = server->listenOn(address, wantedPort, &error,
                share ? HttpServer::PortSharing::First : HttpServer::PortSharing::None);
            // Port 0 means "any": the issuer URLs must name the port actually bound, in whatever workspace
            // the provider has by now (the window may have applied an edit meanwhile).
            if (port != 0)
                server->provider()->setBoundPort(port);
            QMetaObject::invokeMethod(this, [this, port, error, address, generation] {
                if (generation != m_generation)
                    return;
                if (port == 0) {
                    stop();
                    emit failed(error);
                    return;
                }
                listenRest(address, port, generation);
            });
        });
}

void ProviderHost::listenRest(const QHostAddress& address, quint16 port, int generation)
{
    m_listening = 1;
    if (m_workers.size() == 1) {
        m_port = port;
        emit started(port);
        return;
    }
    for (size_t i = 1; i < m_workers.size(); ++i) {
        QMetaObject::invokeMethod(
            m_workers[i].server, [this, server = m_workers[i].server, address, port, generation] {
                QString error;
                const bool ok
                    = server->listenOn(address, port, &error, HttpServer::PortSharing::Join) == port;
                QMetaObject::invokeMethod(this, [this, ok, error, port, generation] {
                    if (generation != m_generation)
                        return;
                    if (!ok) {
                        stop();
                        emit failed(error);
                        return;
                    }
                    if (++m_listening == int(m_workers.size())) {
                        m_port = port;
                        emit started(port);
                    }
                });
            });
    }
}

void ProviderHost::stop()
{
    ++m_generation;
    if (m_workers.empty())
        return;
    for (Worker& worker : m_workers)
        worker.thread->quit();
    for (Worker& worker : m_workers)
        worker.thread->wait();
    m_workers.clear();
    m_listening = 0;
    const bool wasRunning = m_port != 0;
    m_port = 0;
    if (wasRunning)
        emit stopped();
}

void ProviderHost::setWorkspace(Workspace workspace)
{
    if (m_provider)
        m_provider->setWorkspace(std::move(workspace));
}

QStringList ProviderHost::issuerUrls() const
{
    QStringList urls;
    if (!m_provider)
        return urls;
    const auto snapshot = m_provider->snapshot();
    for (const Issuer& issuer : snapshot->workspace.issuers)
        urls.append(snapshot->workspace.issuerUrl(issuer));
    return urls;
}

} // namespace provider

#include "ProviderHost.moc"
