#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>
#include <vector>

namespace ui {

// Measures how late the GUI thread's event loop runs a 10 ms timer, for the benchmark (bench/README.md): the
// window is responsive when this stays small while its provider is under load. Writes
// {"samples", "p50_ms", "p99_ms", "max_ms"} to `path` every second. Started by main when
// OIDC_BENCH_EVENT_LOOP_PROBE names a file; nothing else uses it.
class EventLoopProbe : public QObject
{
public:
    EventLoopProbe(QString path, QObject* parent = nullptr);

private:
    void tick();
    void write();

    QString m_path;
    QTimer m_timer;
    QTimer m_writer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_delaysMs;
};

} // namespace ui
