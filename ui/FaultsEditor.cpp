#include "ui/FaultsEditor.h"

#include "provider/Provider.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ui {

FaultsEditor::FaultsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_client = new QLineEdit(this);
    m_client->setObjectName(QStringLiteral("faultClient"));
    m_client->setPlaceholderText(tr("any client"));
    form->addRow(tr("Switch on for &client:"), m_client);
    layout->addLayout(form);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("faults"));
    m_tree->setHeaderLabels({tr("Fault"), tr("What the provider does"), tr("What a correct client does")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->resizeSection(
        0, fontMetrics().horizontalAdvance(QStringLiteral("tamper.multiple_aud_no_azp")) + 60);
    m_tree->header()->resizeSection(1, fontMetrics().averageCharWidth() * 60);
    layout->addWidget(m_tree, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("faultSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    // One group per prefix (authorize, token, tamper, ...), one checkable row per fault.
    QTreeWidgetItem* group = nullptr;
    for (const provider::FaultDefinition& fault : provider::faultCatalogue()) {
        const QString prefix = fault.name.section(QLatin1Char('.'), 0, 0);
        if (!group || group->text(0) != prefix) {
            group = new QTreeWidgetItem(m_tree, {prefix});
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group, {fault.name, fault.effect, fault.expectation});
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        item->setToolTip(1, fault.effect);
        item->setToolTip(2, fault.expectation);
    }
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column == 0 && !m_loading)
            toggled(item);
    });
    setProvider(nullptr);
}

void FaultsEditor::setProvider(std::shared_ptr<provider::Provider> provider)
{
    m_provider = std::move(provider);
    m_tree->setEnabled(m_provider != nullptr);
    refresh();
}

void FaultsEditor::refresh()
{
    const QList<provider::FaultRule> rules
        = m_provider ? m_provider->faults().rules() : QList<provider::FaultRule>();
    m_loading = true;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool on = std::any_of(rules.cbegin(), rules.cend(),
                [&](const provider::FaultRule& r) { return r.fault == item->text(0); });
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_loading = false;
    QStringList on;
    for (const provider::FaultRule& rule : rules)
        on.append(rule.target.client.isEmpty() ? rule.fault
                                               : tr("%1 (client %2)").arg(rule.fault, rule.target.client));
    m_summary->setText(!m_provider ? tr("Start the provider to inject faults.")
            : on.isEmpty()         ? tr("No fault is injected: the provider behaves.")
                                   : tr("Injected now: %1").arg(on.join(QStringLiteral(", "))));
}

void FaultsEditor::toggled(QTreeWidgetItem* item)
{
    if (!m_provider)
        return;
    provider::FaultEngine& engine = m_provider->faults();
    const QString name = item->text(0);
    if (item->checkState(0) == Qt::Checked) {
        provider::FaultRule rule;
        rule.fault = name;
        rule.target.client = m_client->text().trimmed();
        engine.add(rule);
    } else {
        // Every rule for that fault goes, also ones the workspace or the control API added.
        for (const provider::FaultRule& rule : engine.rules()) {
            if (rule.fault == name)
                engine.remove(rule.id);
        }
    }
    refresh();
    emit rulesChanged(engine.rules());
}

} // namespace ui
