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

// The provider's clock: real time shifted by an offset, or frozen at an instant (time control: tests of
// expiry and refresh without waiting). Thread-safe.
class ControllableClock : public Clock
{
public:
    ControllableClock() = default;
    qint64 nowMSecs() const override;

    // Real time plus `offset` from now on (unfreezes).
    void setOffsetMSecs(qint64 offset);
    // Stops the clock at `msecs` since the epoch.
    void freezeAt(qint64 msecs);
    // Runs again from the frozen instant (the offset keeps the clock continuous).
    void unfreeze();
    // Moves the clock forward (or back, negative), frozen or not.
    void advanceMSecs(qint64 msecs);
    void advanceSecs(qint64 secs) { advanceMSecs(secs * 1000); }
    bool isFrozen() const { return m_state.load() & 1; }
    // Difference to real time.
    qint64 offsetMSecs() const;

private:
    // The whole state in one word, so that a reading never mixes two states and concurrent changes never
    // lose one another: twice the offset to real time (running), or twice the frozen instant plus one.
    static qint64 running(qint64 offset) { return offset * 2; }
    static qint64 frozenAt(qint64 msecs) { return msecs * 2 + 1; }
    static qint64 valueOf(qint64 state) { return (state - (state & 1)) / 2; }
    std::atomic<qint64> m_state{0};
};

// A clock that only moves when told to (tests).
class ManualClock final : public ControllableClock
{
public:
    explicit ManualClock(qint64 startMSecs) { freezeAt(startMSecs); }
    void setMSecs(qint64 msecs) { freezeAt(msecs); }
};

} // namespace core
