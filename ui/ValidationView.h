#pragma once

#include "client/TokenValidator.h"

#include <QStringList>

class QTreeWidget;
class QTreeWidgetItem;

namespace ui {

// Adds a row for `check` to a checks list: the `leading` columns, then the result (green "passed", red
// "FAILED", or "skipped") and the reason. Shared by the client panel and the decoder.
QTreeWidgetItem* addCheckRow(
    QTreeWidget* tree, const QStringList& leading, const client::ValidationCheck& check);

} // namespace ui
