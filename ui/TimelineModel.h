#pragma once

#include "client/Timeline.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ui {

// A relying party's timeline as a table, one row per step, growing as the flow runs.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Direction, Step, Result, ColumnCount };

    explicit TimelineModel(QObject* parent = nullptr);

    // The timeline shown (not owned); nullptr shows nothing.
    void setTimeline(client::Timeline* timeline);
    const client::TimelineEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString laneName(client::Lane lane);

private:
    QPointer<client::Timeline> m_timeline;
    int m_rows = 0;
};

} // namespace ui
