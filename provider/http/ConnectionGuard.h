#pragma once

#include "provider/http/HttpServer.h"

#include <QTcpServer>

namespace provider::http {

// Accepts connections up to the limit, each with a guard in front of QHttpServer's parser that enforces the
// sizes and times of ServerLimits on the byte stream; beyond the limit, answers 503 and closes at once.
class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(const ServerLimits& limits, QObject* parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    const ServerLimits m_limits;
    int m_open = 0;
};

} // namespace provider::http
