#include "ui/AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace ui {

namespace {

// resources/desktop/oidc-bench.svg, in its 128-unit coordinates.
QPixmap paintIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 128.0, size / 128.0);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1e, 0x5a, 0xa8));
    p.drawRoundedRect(QRectF(8, 8, 112, 112), 24, 24);
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(QRectF(24, 30, 8, 68), 4, 4);
    p.drawRoundedRect(QRectF(96, 30, 8, 68), 4, 4);
    auto stroke = [&p](const QColor& color, qreal width, const QPainterPath& path) {
        p.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    };
    QPainterPath request;
    request.moveTo(36, 46);
    request.lineTo(84, 46);
    request.lineTo(76, 39);
    stroke(Qt::white, 6, request);
    QPainterPath answer;
    answer.moveTo(92, 70);
    answer.lineTo(44, 70);
    answer.lineTo(52, 63);
    stroke(QColor(0x9f, 0xd3, 0xff), 6, answer);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2e, 0x9d, 0x55));
    p.drawEllipse(QPointF(64, 92), 13, 13);
    QPainterPath tick;
    tick.moveTo(57, 92);
    tick.lineTo(62, 97);
    tick.lineTo(71, 87);
    stroke(Qt::white, 4.5, tick);
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(paintIcon(size));
    return icon;
}

} // namespace ui
