#pragma once

#include <QObject>

class QSocketNotifier;

namespace cli {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe: the handler only writes a byte).
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

signals:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace cli
