#pragma once

#include <QImage>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;

namespace ui {

class TimelineModel;

// The running flow as a sequence diagram: lanes for the browser, the client and the provider, one arrow per
// message (an HTTP request and its response, a page the browser was sent to, a redirect back), the client's
// checks as notes on its lane. Drawn from the TimelineModel as it grows; clicking a message selects its row.
class SequenceDiagram : public QWidget
{
    Q_OBJECT

public:
    explicit SequenceDiagram(QWidget* parent = nullptr);

    void setModel(TimelineModel* model);
    // The timeline row drawn at `point` (a message, its answer or a note), or -1.
    int rowAt(const QPoint& point) const;
    // Where the message of timeline `row` is drawn (the middle of its arrow), for tests and scrolling.
    QPoint messagePosition(int row) const;
    void setSelectedRow(int row);
    // The whole diagram as an image (also the part scrolled out of view).
    QImage toImage() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void rowClicked(int row);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    struct Band
    {
        int row;
        int top;
        int height;
    };
    void relayout();
    void paint(QPainter& painter) const;
    int laneX(int lane) const;

    QPointer<TimelineModel> m_model;
    QList<Band> m_bands;
    int m_selected = -1;
};

} // namespace ui
