#include "core/Clock.h"

namespace core {

qint64 SystemClock::nowMSecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 ControllableClock::nowMSecs() const
{
    return m_frozen.load() ? m_frozenAt.load() : QDateTime::currentMSecsSinceEpoch() + m_offset.load();
}

void ControllableClock::setOffsetMSecs(qint64 offset)
{
    m_offset.store(offset);
    m_frozen.store(false);
}

void ControllableClock::freezeAt(qint64 msecs)
{
    m_frozenAt.store(msecs);
    m_frozen.store(true);
}

void ControllableClock::unfreeze()
{
    if (m_frozen.exchange(false))
        m_offset.store(m_frozenAt.load() - QDateTime::currentMSecsSinceEpoch());
}

void ControllableClock::advanceMSecs(qint64 msecs)
{
    if (m_frozen.load())
        m_frozenAt.fetch_add(msecs);
    else
        m_offset.fetch_add(msecs);
}

qint64 ControllableClock::offsetMSecs() const
{
    return nowMSecs() - QDateTime::currentMSecsSinceEpoch();
}

} // namespace core
