#include "core/Clock.h"

namespace core {

qint64 SystemClock::nowMSecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 ControllableClock::nowMSecs() const
{
    const qint64 state = m_state.load();
    return (state & 1) ? valueOf(state) : QDateTime::currentMSecsSinceEpoch() + valueOf(state);
}

void ControllableClock::setOffsetMSecs(qint64 offset)
{
    m_state.store(running(offset));
}

void ControllableClock::freezeAt(qint64 msecs)
{
    m_state.store(frozenAt(msecs));
}

void ControllableClock::unfreeze()
{
    qint64 state = m_state.load();
    while ((state & 1)
        && !m_state.compare_exchange_weak(
            state, running(valueOf(state) - QDateTime::currentMSecsSinceEpoch()))) { }
}

void ControllableClock::advanceMSecs(qint64 msecs)
{
    // Moves the frozen instant or the offset alike, and keeps the flag: an even step.
    m_state.fetch_add(msecs * 2);
}

qint64 ControllableClock::offsetMSecs() const
{
    return nowMSecs() - QDateTime::currentMSecsSinceEpoch();
}

} // namespace core
