#include "ui/EventLoopProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace ui {

namespace {
constexpr int kIntervalMs = 10;
}

EventLoopProbe::EventLoopProbe(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
    m_writer.setInterval(1000);
    connect(&m_writer, &QTimer::timeout, this, &EventLoopProbe::write);
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
    m_writer.start();
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double late = double(now - m_last) / 1e6 - kIntervalMs;
    m_last = now;
    // An hour of samples at most.
    if (m_delaysMs.size() < 360000)
        m_delaysMs.push_back(std::max(0.0, late));
}

void EventLoopProbe::write()
{
    std::vector<double> sorted = m_delaysMs;
    std::sort(sorted.begin(), sorted.end());
    auto at = [&](double p) {
        return sorted.empty() ? 0.0 : sorted[std::min(sorted.size() - 1, size_t(double(sorted.size()) * p))];
    };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("samples"), qint64(sorted.size())},
                                 {QStringLiteral("p50_ms"), at(0.5)}, {QStringLiteral("p99_ms"), at(0.99)},
                                 {QStringLiteral("max_ms"), sorted.empty() ? 0.0 : sorted.back()}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace ui
