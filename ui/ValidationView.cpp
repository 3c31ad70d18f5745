#include "ui/ValidationView.h"

#include <QCoreApplication>
#include <QTreeWidget>

namespace ui {

QTreeWidgetItem* addCheckRow(
    QTreeWidget* tree, const QStringList& leading, const client::ValidationCheck& check)
{
    const bool passed = check.status == client::ValidationCheck::Status::Passed;
    const bool failed = check.status == client::ValidationCheck::Status::Failed;
    const QString result = passed ? QCoreApplication::translate("ui::ValidationView", "passed")
        : failed                  ? QCoreApplication::translate("ui::ValidationView", "FAILED")
                                  : QCoreApplication::translate("ui::ValidationView", "skipped");
    auto* item = new QTreeWidgetItem(tree, leading + QStringList{result, check.reason});
    const int resultColumn = int(leading.size());
    item->setToolTip(resultColumn + 1, check.reason);
    if (passed || failed)
        item->setForeground(resultColumn, failed ? QColor(0xc6, 0x28, 0x28) : QColor(0x2e, 0x7d, 0x32));
    return item;
}

} // namespace ui
