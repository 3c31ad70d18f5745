#include "client/Timeline.h"

namespace client {

namespace {

QByteArray headerValue(const HeaderList& headers, QByteArrayView name)
{
    for (const auto& [key, value] : headers) {
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

QByteArray HttpExchange::requestHeader(QByteArrayView name) const
{
    return headerValue(requestHeaders, name);
}

QByteArray HttpExchange::responseHeader(QByteArrayView name) const
{
    return headerValue(responseHeaders, name);
}

int Timeline::append(TimelineEntry entry)
{
    if (!entry.time.isValid())
        entry.time = QDateTime::currentDateTime();
    m_entries.append(std::move(entry));
    const int index = int(m_entries.size()) - 1;
    emit entryAppended(index);
    return index;
}

void Timeline::clear()
{
    m_entries.clear();
    emit cleared();
}

} // namespace client
