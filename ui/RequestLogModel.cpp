#include "ui/RequestLogModel.h"

#include "ui/Theme.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace ui {

RequestLogModel::RequestLogModel(QObject* parent, int maxRows)
    : QAbstractTableModel(parent)
    , m_maxRows(qMax(1, maxRows))
{ }

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const provider::RequestLogEntry& e = m_entries[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Issuer:
            return e.issuerId;
        case Method:
            return e.method;
        case Path:
            return e.path;
        case Status:
            // 0: an injected fault closed the connection without an answer.
            return e.status == 0 ? QVariant(tr("closed")) : QVariant(e.status);
        case Client:
            return e.clientId;
        case Duration:
            return tr("%1 ms").arg(QLocale().toString(double(e.durationMicros) / 1000.0, 'f', 1));
        case Fault:
            return e.faults.join(QStringLiteral(", "));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Fault)
        return QBrush(theme::color(theme::Tone::Fault));
    if (role == Qt::ForegroundRole && index.column() == Status) {
        if (e.status >= 500 || e.status == 0)
            return QBrush(theme::color(theme::Tone::Error));
        if (e.status >= 400)
            return QBrush(theme::color(theme::Tone::Warning));
        return {};
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Status || index.column() == Duration))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Time)
        return e.time.toLocalTime().toString(Qt::ISODateWithMs);
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Issuer:
        return tr("Issuer");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Client:
        return tr("Client");
    case Duration:
        return tr("Duration");
    case Fault:
        return tr("Injected fault");
    default:
        return {};
    }
}

void RequestLogModel::append(const provider::RequestLogEntry& entry)
{
    ++m_total;
    if (int(m_entries.size()) >= m_maxRows) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(entry);
    endInsertRows();
}

void RequestLogModel::appendBatch(const QList<provider::RequestLogEntry>& entries)
{
    if (entries.isEmpty())
        return;
    m_total += entries.size();
    // Only the newest m_maxRows of the batch can stay.
    const qsizetype keepFromBatch = std::min<qsizetype>(entries.size(), m_maxRows);
    const qsizetype overflow = qsizetype(m_entries.size()) + keepFromBatch - m_maxRows;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(keepFromBatch) - 1);
    for (qsizetype i = entries.size() - keepFromBatch; i < entries.size(); ++i)
        m_entries.push_back(entries.at(i));
    endInsertRows();
}

const provider::RequestLogEntry* RequestLogModel::entry(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[size_t(row)] : nullptr;
}

void RequestLogFilter::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    invalidateFilter();
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_problemsOnly) {
        const auto* log = qobject_cast<const RequestLogModel*>(sourceModel());
        const provider::RequestLogEntry* e = log ? log->entry(sourceRow) : nullptr;
        if (e && e->status != 0 && e->status < 400 && e->faults.isEmpty())
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    endResetModel();
}

} // namespace ui
