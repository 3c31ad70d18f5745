#pragma once

#include "provider/Faults.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace provider {
class Provider;
}

namespace ui {

// The fault catalogue with a switch per fault, and the rules in force. A switch adds a rule for that fault
// (or removes every rule for it); "Add rule" adds the selected fault again. Both take the rule form: options,
// target (endpoint, issuer, client, user, grant type), when (after, times, probability) and a label. The
// rules table shows each rule's counters as the provider counts them. Changes act on the running provider
// at once, and the rules go to the workspace, so a restarted provider keeps them. docs/faults.md describes
// each fault.
class FaultsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit FaultsEditor(QWidget* parent = nullptr);

    // The running provider whose rules the switches show and change; null while stopped.
    void setProvider(std::shared_ptr<provider::Provider> provider);

    // The splitter and the two tables' columns as the user left them (kept by the window in its settings).
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& layout);

    // A rule for `fault` as the form describes it, or why not.
    std::optional<provider::FaultRule> formRule(const QString& fault, QString* error) const;

signals:
    // The rules now in force, for the workspace: after an edit here, or within a second of one made
    // elsewhere (the control API).
    void rulesChanged(const QList<provider::FaultRule>& rules);

private:
    void refresh();
    void refreshCounters();
    void toggled(QTreeWidgetItem* item);
    void addRule(const QString& fault);
    QString selectedFault() const;

    std::shared_ptr<provider::Provider> m_provider;
    QSplitter* m_splitter;
    QTreeWidget* m_tree;
    QLineEdit* m_options;
    QComboBox* m_endpoint;
    QLineEdit* m_issuer;
    QLineEdit* m_client;
    QLineEdit* m_user;
    QComboBox* m_grantType;
    QSpinBox* m_after;
    QSpinBox* m_times;
    QDoubleSpinBox* m_probability;
    QLineEdit* m_label;
    QLabel* m_formError;
    QTableWidget* m_rules;
    QLabel* m_summary;
    QTimer m_counterTimer;
    bool m_loading = false;
};

} // namespace ui
