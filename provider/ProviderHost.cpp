#include "provider/ProviderHost.h"

#include <QTimer>

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
{
    m_thread.setObjectName(u"provider-http"_s);
}

ProviderHost::~ProviderHost()
{
    stop();
}

void ProviderHost::start(Workspace workspace)
{
    stop();
    const auto address = parseHostAddress(workspace.server.host);
    if (!address) {
        emit failed(u"\"%1\" is not an IP address or localhost"_s.arg(workspace.server.host));
        return;
    }
    m_provider = std::make_shared<Provider>(workspace);
    m_server = new HttpServer(m_provider);
    m_server->setLogExchanges(m_logExchanges);
    connect(m_server, &HttpServer::requestFinished, this, &ProviderHost::requestFinished);
    // Batches gathered in the server's thread (a direct connection there), handed over on a timer.
    auto* batch = new LogBatcher(m_server);
    connect(m_server, &HttpServer::requestFinished, batch, &LogBatcher::add, Qt::DirectConnection);
    connect(batch, &LogBatcher::ready, this, &ProviderHost::requestsFinished);
    m_server->moveToThread(&m_thread);
    m_thread.start();

    const quint16 wantedPort = quint16(workspace.server.port);
    QMetaObject::invokeMethod(
        m_server, [this, server = m_server, address = *address, wantedPort, workspace]() mutable {
            QString error;
            const quint16 port = server->listenOn(address, wantedPort, &error);
            if (port != 0 && wantedPort == 0) {
                // Port 0 means "any": the issuer URL must name the port actually bound.
                workspace.server.port = port;
                server->provider()->setWorkspace(workspace);
            }
            QMetaObject::invokeMethod(this, [this, port, error] {
                m_port = port;
                if (port != 0)
                    emit started(port);
                else
                    emit failed(error);
            });
        });
}

void ProviderHost::stop()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(m_server, &QObject::deleteLater);
    m_server = nullptr;
    m_thread.quit();
    m_thread.wait();
    const bool wasRunning = m_port != 0;
    m_port = 0;
    if (wasRunning)
        emit stopped();
}

void ProviderHost::setWorkspace(Workspace workspace)
{
    if (!m_provider)
        return;
    if (m_port != 0 && workspace.server.port == 0)
        workspace.server.port = m_port;
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
