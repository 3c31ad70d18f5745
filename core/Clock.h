#pragma once

#include <QDateTime>
#include <atomic>

namespace core {

// The time source for everything that issues or checks expiring artefacts, behind an interface so that
// tests (and the provider's time control) can move it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMSecs() const = 0;

    qint64 nowSecs() const { return nowMSecs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMSecs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMSecs() const override;
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMSecs);
    qint64 nowMSecs() const override { return m_now.load(); }
    void advanceSecs(qint64 secs) { m_now.fetch_add(secs * 1000); }
    void setMSecs(qint64 msecs) { m_now.store(msecs); }

private:
    std::atomic<qint64> m_now;
};

} // namespace core
