#include "ui/TimelineModel.h"

#include "ui/Theme.h"

#include <QBrush>
#include <QColor>

namespace ui {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TimelineModel::setTimeline(client::Timeline* timeline)
{
    beginResetModel();
    if (m_timeline)
        m_timeline->disconnect(this);
    m_timeline = timeline;
    m_rows = timeline ? int(timeline->entries().size()) : 0;
    endResetModel();
    if (!timeline)
        return;
    connect(timeline, &client::Timeline::entryAppended, this, [this](int index) {
        beginInsertRows({}, m_rows, index);
        m_rows = index + 1;
        endInsertRows();
    });
    connect(timeline, &client::Timeline::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
    connect(timeline, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_rows = 0;
        endResetModel();
    });
}

const client::TimelineEntry* TimelineModel::entry(int row) const
{
    if (!m_timeline || row < 0 || row >= m_rows)
        return nullptr;
    return &m_timeline->entries().at(row);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::laneName(client::Lane lane)
{
    switch (lane) {
    case client::Lane::Browser:
        return tr("Browser");
    case client::Lane::Client:
        return tr("Client");
    case client::Lane::Provider:
        return tr("Provider");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::TimelineEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e->time.toString(QStringLiteral("HH:mm:ss.zzz"));
        case Direction:
            return e->kind == client::TimelineEntry::Kind::Note
                ? tr("Client")
                : tr("%1 → %2").arg(laneName(e->from), laneName(e->to));
        case Step:
            return e->title;
        case Result:
            return e->detail;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Result)
        return e->detail;
    if (role == Qt::ForegroundRole && e->failed)
        return QBrush(theme::color(theme::Tone::Error));
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Direction:
        return tr("From → to");
    case Step:
        return tr("Step");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace ui
