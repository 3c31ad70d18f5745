#include "ui/LayoutState.h"

#include <QDataStream>
#include <QIODevice>

namespace ui {

QByteArray packLayout(const QList<QByteArray>& states)
{
    QByteArray packed;
    QDataStream out(&packed, QIODevice::WriteOnly);
    for (const QByteArray& state : states)
        out << state;
    return packed;
}

std::optional<QList<QByteArray>> unpackLayout(const QByteArray& packed, qsizetype count)
{
    QDataStream in(packed);
    QList<QByteArray> states(count);
    for (QByteArray& state : states)
        in >> state;
    if (in.status() != QDataStream::Ok)
        return std::nullopt;
    return states;
}

} // namespace ui
