#include "ui/SequenceDiagram.h"

#include "ui/Theme.h"
#include "ui/TimelineModel.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace ui {

namespace {

constexpr int kLaneCount = 3;

int laneIndex(client::Lane lane)
{
    switch (lane) {
    case client::Lane::Browser:
        return 0;
    case client::Lane::Client:
        return 1;
    case client::Lane::Provider:
        return 2;
    }
    return 1;
}

} // namespace

SequenceDiagram::SequenceDiagram(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sequenceDiagram"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(false);
}

void SequenceDiagram::setModel(TimelineModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_selected = -1;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &SequenceDiagram::relayout);
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_selected = -1;
            relayout();
        });
    }
    relayout();
}

int SequenceDiagram::laneX(int lane) const
{
    const int w = qMax(width(), minimumSizeHint().width());
    return w * (2 * lane + 1) / (2 * kLaneCount);
}

QSize SequenceDiagram::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 4};
}

QSize SequenceDiagram::sizeHint() const
{
    const int bottom = m_bands.isEmpty() ? 0 : m_bands.last().top + m_bands.last().height;
    return {fontMetrics().averageCharWidth() * 100,
        qMax(bottom + fontMetrics().height(), minimumSizeHint().height())};
}

void SequenceDiagram::relayout()
{
    m_bands.clear();
    const int step = fontMetrics().height() * 2;
    int top = fontMetrics().height() * 3;
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const client::TimelineEntry* entry = m_model->entry(row);
        const int height = entry && entry->kind == client::TimelineEntry::Kind::Http ? 2 * step : step;
        m_bands.append({row, top, height});
        top += height;
    }
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

int SequenceDiagram::rowAt(const QPoint& point) const
{
    for (const Band& band : m_bands) {
        if (point.y() >= band.top && point.y() < band.top + band.height)
            return band.row;
    }
    return -1;
}

QPoint SequenceDiagram::messagePosition(int row) const
{
    for (const Band& band : m_bands) {
        if (band.row != row)
            continue;
        const client::TimelineEntry* entry = m_model->entry(row);
        const int from = entry->kind == client::TimelineEntry::Kind::Note ? 1 : laneIndex(entry->from);
        const int to = entry->kind == client::TimelineEntry::Kind::Note ? 1 : laneIndex(entry->to);
        return {(laneX(from) + laneX(to)) / 2, band.top + fontMetrics().height()};
    }
    return {};
}

void SequenceDiagram::setSelectedRow(int row)
{
    m_selected = row;
    update();
}

QImage SequenceDiagram::toImage() const
{
    const QSize size(qMax(width(), sizeHint().width()), sizeHint().height());
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setFont(font());
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    return image;
}

void SequenceDiagram::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
}

void SequenceDiagram::mousePressEvent(QMouseEvent* event)
{
    const int row = rowAt(event->position().toPoint());
    if (row >= 0) {
        setSelectedRow(row);
        emit rowClicked(row);
    }
    QWidget::mousePressEvent(event);
}

void SequenceDiagram::paint(QPainter& painter) const
{
    const QFontMetrics fm(painter.font());
    const QPalette& pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor failedColor = theme::color(theme::Tone::Error, pal);
    const QColor lifeline = pal.color(QPalette::Mid);
    const int headerHeight = fm.height() * 2;
    const int bottom = m_bands.isEmpty() ? headerHeight * 2 : m_bands.last().top + m_bands.last().height;
    const int laneWidth = (laneX(1) - laneX(0));

    // Lanes: a titled box and a dashed lifeline each.
    for (int lane = 0; lane < kLaneCount; ++lane) {
        const int x = laneX(lane);
        const QString name = TimelineModel::laneName(lane == 0 ? client::Lane::Browser
                : lane == 1                                    ? client::Lane::Client
                                                               : client::Lane::Provider);
        const QRect box(x - laneWidth / 3, fm.height() / 2, 2 * laneWidth / 3, headerHeight);
        painter.setPen(text);
        painter.setBrush(pal.color(QPalette::Button));
        painter.drawRoundedRect(box, 6, 6);
        painter.drawText(box, Qt::AlignCenter, name);
        painter.setPen(QPen(lifeline, 1, Qt::DashLine));
        painter.drawLine(x, box.bottom(), x, bottom);
    }

    auto arrow
        = [&](int y, int fromLane, int toLane, const QString& label, bool dashed, const QColor& color) {
              const int x1 = laneX(fromLane);
              const int x2 = laneX(toLane);
              painter.setPen(QPen(color, 1.5, dashed ? Qt::DashLine : Qt::SolidLine));
              painter.drawLine(x1, y, x2, y);
              const int dir = x2 > x1 ? 1 : -1;
              QPainterPath head;
              head.moveTo(x2, y);
              head.lineTo(x2 - dir * 9, y - 5);
              head.lineTo(x2 - dir * 9, y + 5);
              head.closeSubpath();
              painter.fillPath(head, color);
              const QString shown = fm.elidedText(label, Qt::ElideRight, qAbs(x2 - x1) - 12);
              painter.setPen(color);
              painter.drawText(QRect(qMin(x1, x2) + 6, y - fm.height() - 2, qAbs(x2 - x1) - 12, fm.height()),
                  Qt::AlignHCenter | Qt::AlignBottom, shown);
          };

    const int step = fm.height() * 2;
    for (const Band& band : m_bands) {
        const client::TimelineEntry* entry = m_model ? m_model->entry(band.row) : nullptr;
        if (!entry)
            continue;
        if (band.row == m_selected) {
            QColor highlight = pal.color(QPalette::Highlight);
            highlight.setAlpha(60);
            painter.fillRect(QRect(0, band.top, qMax(width(), sizeHint().width()), band.height), highlight);
        }
        const QColor color = entry->failed ? failedColor : text;
        const int y = band.top + step * 3 / 4;
        switch (entry->kind) {
        case client::TimelineEntry::Kind::Http:
            arrow(y, laneIndex(entry->from), laneIndex(entry->to), entry->title, false, text);
            arrow(y + step, laneIndex(entry->to), laneIndex(entry->from), entry->detail, true, color);
            break;
        case client::TimelineEntry::Kind::Navigation:
        case client::TimelineEntry::Kind::Callback:
            arrow(y, laneIndex(entry->from), laneIndex(entry->to), entry->title, false, color);
            break;
        case client::TimelineEntry::Kind::Note: {
            // A check or decision: a note beside the client's lifeline.
            const QString label = fm.elidedText(
                entry->title + QStringLiteral(": ") + entry->detail, Qt::ElideRight, laneWidth * 2 - 16);
            const int w = fm.horizontalAdvance(label) + 12;
            const QRect note(laneX(1) + 8, band.top + (step - fm.height() - 6) / 2, w, fm.height() + 6);
            painter.setPen(QPen(color, 1));
            QColor fill = entry->failed ? failedColor : pal.color(QPalette::ToolTipBase);
            fill.setAlpha(entry->failed ? 40 : 255);
            painter.setBrush(fill);
            painter.drawRect(note);
            painter.setPen(entry->failed ? failedColor : pal.color(QPalette::ToolTipText));
            painter.drawText(note, Qt::AlignCenter, label);
            break;
        }
        }
    }
}

} // namespace ui
