#include "ui/ValidationView.h"

#include "ui/Theme.h"

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
        item->setForeground(
            resultColumn, theme::color(failed ? theme::Tone::Error : theme::Tone::Success, tree->palette()));
    return item;
}

} // namespace ui
