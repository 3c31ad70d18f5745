#include "core/Clock.h"

namespace core {

qint64 SystemClock::nowMSecs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

ManualClock::ManualClock(qint64 startMSecs)
    : m_now(startMSecs)
{ }

} // namespace core
