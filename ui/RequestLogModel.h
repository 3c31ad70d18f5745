#pragma once

#include "provider/http/HttpServer.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <deque>

namespace ui {

// The provider's request log as a table. Keeps at most maxRows() entries, dropping the oldest, so memory
// stays bounded however long the provider runs.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Issuer, Method, Path, Status, Client, Duration, Fault, ColumnCount };

    explicit RequestLogModel(QObject* parent = nullptr, int maxRows = 5000);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int maxRows() const { return m_maxRows; }
    const provider::RequestLogEntry* entry(int row) const;
    // Requests seen since the last clear(), including dropped ones.
    qint64 totalCount() const { return m_total; }

public slots:
    void append(const provider::RequestLogEntry& entry);
    // Many at once (one removal and one insertion): what a provider under load delivers every few ms.
    void appendBatch(const QList<provider::RequestLogEntry>& entries);
    void clear();

private:
    std::deque<provider::RequestLogEntry> m_entries;
    int m_maxRows;
    qint64 m_total = 0;
};

// The request log filtered by a search text (any column) and, optionally, to problems only: HTTP errors,
// dropped connections and injected faults.
class RequestLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setProblemsOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_problemsOnly = false;
};

} // namespace ui
