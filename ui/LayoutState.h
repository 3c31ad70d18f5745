#pragma once

#include <QByteArray>
#include <QList>
#include <optional>

namespace ui {

// Several saved widget states (splitters, header columns) as one settings value, one after the other, and
// back: std::nullopt when `packed` does not hold `count` of them (a damaged or foreign setting).
QByteArray packLayout(const QList<QByteArray>& states);
std::optional<QList<QByteArray>> unpackLayout(const QByteArray& packed, qsizetype count);

} // namespace ui
