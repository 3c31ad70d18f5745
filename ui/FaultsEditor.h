#pragma once

#include "provider/Faults.h"

#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace provider {
class Provider;
}

namespace ui {

// The fault catalogue with a switch per fault: switched on, the running provider injects it into every
// request where it can happen (for one client only, when one is named). The rules also go to the workspace,
// so a restarted provider keeps them. docs/faults.md describes each fault.
class FaultsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FaultsEditor(QWidget* parent = nullptr);

    // The running provider whose rules the switches show and change; null while stopped.
    void setProvider(std::shared_ptr<provider::Provider> provider);

signals:
    // The rules now in force, for the workspace.
    void rulesChanged(const QList<provider::FaultRule>& rules);

private:
    void refresh();
    void toggled(QTreeWidgetItem* item);

    std::shared_ptr<provider::Provider> m_provider;
    QTreeWidget* m_tree;
    QLineEdit* m_client;
    QLabel* m_summary;
    bool m_loading = false;
};

} // namespace ui
