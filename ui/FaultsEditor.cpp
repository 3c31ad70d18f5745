#include "ui/FaultsEditor.h"

#include "provider/Provider.h"
#include "ui/LayoutState.h"
#include "ui/Theme.h"
#include "ui/WorkspacePage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
enum RuleColumn { RuleFault, RuleTarget, RuleWhen, RuleMatched, RuleFired, RuleLabel, RuleColumns };
}

FaultsEditor::FaultsEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"faultsSplitter"_s);
    layout->addWidget(splitter, 1);
    m_splitter = splitter;

    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(u"faults"_s);
    m_tree->setHeaderLabels({tr("Fault"), tr("What the provider does"), tr("What a correct client does")});
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->resizeSection(0, fontMetrics().horizontalAdvance(u"tamper.multiple_aud_no_azp"_s) + 60);
    m_tree->header()->resizeSection(1, fontMetrics().averageCharWidth() * 60);

    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* formBox = new QGroupBox(tr("Rule (used by the switches and Add rule)"), lower);
    auto* form = new QFormLayout(formBox);
    m_options = addLineRow(form, tr("&Options:"), u"faultOptions"_s, tr("e.g. status=503 or ms=2000"));
    m_endpoint = new QComboBox(formBox);
    m_endpoint->setObjectName(u"faultEndpoint"_s);
    m_endpoint->addItem(tr("where the fault can happen"), QString());
    for (const QString& name : provider::Workspace::endpointNames())
        m_endpoint->addItem(name, name);
    form->addRow(tr("&Endpoint:"), m_endpoint);
    m_issuer = addLineRow(form, tr("&Issuer:"), u"faultIssuer"_s, tr("any issuer (its id)"));
    m_client = addLineRow(form, tr("&Client:"), u"faultClient"_s, tr("any client"));
    m_user = addLineRow(form, tr("&User:"), u"faultUser"_s, tr("any user (username)"));
    m_grantType = new QComboBox(formBox);
    m_grantType->setObjectName(u"faultGrantType"_s);
    m_grantType->addItem(tr("any grant type"), QString());
    for (const QString& grant : provider::Client::knownGrantTypes()) {
        if (grant != u"implicit"_s)
            m_grantType->addItem(grant, grant);
    }
    form->addRow(tr("&Grant type:"), m_grantType);
    auto* when = new QHBoxLayout;
    m_after = new QSpinBox(formBox);
    m_after->setObjectName(u"faultAfter"_s);
    m_after->setRange(0, 1000000);
    m_after->setPrefix(tr("after "));
    m_after->setToolTip(tr("Let this many matching requests pass untouched first"));
    m_times = new QSpinBox(formBox);
    m_times->setObjectName(u"faultTimes"_s);
    m_times->setRange(0, 1000000);
    m_times->setSpecialValueText(tr("every time"));
    m_times->setSuffix(tr(" time(s)"));
    m_times->setToolTip(tr("How many faults to inject, then stop (each place the fault can happen counts)"));
    m_probability = new QDoubleSpinBox(formBox);
    m_probability->setObjectName(u"faultProbability"_s);
    m_probability->setRange(0.0, 1.0);
    m_probability->setSingleStep(0.1);
    m_probability->setValue(1.0);
    m_probability->setPrefix(tr("p = "));
    when->addWidget(m_after);
    when->addWidget(m_times);
    when->addWidget(m_probability);
    form->addRow(tr("When:"), when);
    m_label = addLineRow(form, tr("&Label:"), u"faultLabel"_s, tr("a name of your own for this rule"));
    m_formError = new QLabel(formBox);
    m_formError->setObjectName(u"faultFormError"_s);
    m_formError->setWordWrap(true);
    theme::makeErrorLabel(m_formError);
    form->addRow(m_formError);
    lowerLayout->addWidget(formBox);

    auto* rulesBox = new QWidget(lower);
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    m_rules = new QTableWidget(0, RuleColumns, rulesBox);
    m_rules->setObjectName(u"faultRules"_s);
    m_rules->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Applies to"), tr("When"), tr("Matched"), tr("Injected"), tr("Label")});
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->verticalHeader()->hide();
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rulesLayout->addWidget(m_rules, 1);
    auto* ruleButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add rule"), rulesBox);
    add->setObjectName(u"addFaultRule"_s);
    add->setToolTip(tr("A rule for the fault selected above, as the form says"));
    auto* remove = new QPushButton(tr("Re&move rule"), rulesBox);
    remove->setObjectName(u"removeFaultRule"_s);
    auto* clear = new QPushButton(tr("Clear &all"), rulesBox);
    clear->setObjectName(u"clearFaultRules"_s);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(remove);
    ruleButtons->addWidget(clear);
    ruleButtons->addStretch(1);
    rulesLayout->addLayout(ruleButtons);
    m_summary = new QLabel(rulesBox);
    m_summary->setObjectName(u"faultSummary"_s);
    m_summary->setWordWrap(true);
    rulesLayout->addWidget(m_summary);
    lowerLayout->addWidget(rulesBox, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

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
    connect(add, &QPushButton::clicked, this, [this] {
        const QString fault = selectedFault();
        if (fault.isEmpty())
            m_formError->setText(tr("Select a fault in the catalogue first."));
        else
            addRule(fault);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (!m_provider || row < 0)
            return;
        m_provider->faults().remove(m_rules->item(row, RuleFault)->data(Qt::UserRole).toInt());
        refresh();
        emit rulesChanged(m_provider->faults().rules());
    });
    connect(clear, &QPushButton::clicked, this, [this] {
        if (!m_provider)
            return;
        m_provider->faults().clear();
        refresh();
        emit rulesChanged(m_provider->faults().rules());
    });
    // The counters move with the traffic; shown while the page is on screen.
    m_counterTimer.setInterval(1000);
    connect(&m_counterTimer, &QTimer::timeout, this, &FaultsEditor::refreshCounters);
    m_counterTimer.start();
    setProvider(nullptr);
}

QByteArray FaultsEditor::saveLayout() const
{
    return packLayout(
        {m_splitter->saveState(), m_tree->header()->saveState(), m_rules->horizontalHeader()->saveState()});
}

void FaultsEditor::restoreLayout(const QByteArray& layout)
{
    const std::optional<QList<QByteArray>> states = unpackLayout(layout, 3);
    if (!states)
        return;
    m_splitter->restoreState(states->at(0));
    m_tree->header()->restoreState(states->at(1));
    m_rules->horizontalHeader()->restoreState(states->at(2));
}

void FaultsEditor::setProvider(std::shared_ptr<provider::Provider> provider)
{
    m_provider = std::move(provider);
    m_tree->setEnabled(m_provider != nullptr);
    refresh();
}

QString FaultsEditor::selectedFault() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item && item->parent() ? item->text(0) : QString();
}

std::optional<provider::FaultRule> FaultsEditor::formRule(const QString& fault, QString* error) const
{
    // The options in the command-line form, checked by the same parser.
    const QString options = m_options->text().trimmed();
    auto rule = provider::FaultRule::fromSpec(options.isEmpty() ? fault : fault + u':' + options, error);
    if (!rule)
        return std::nullopt;
    rule->target.endpoint = m_endpoint->currentData().toString();
    rule->target.issuer = m_issuer->text().trimmed();
    rule->target.client = m_client->text().trimmed();
    rule->target.user = m_user->text().trimmed();
    rule->target.grantType = m_grantType->currentData().toString();
    rule->after = m_after->value();
    rule->times = m_times->value();
    rule->probability = m_probability->value();
    rule->label = m_label->text().trimmed();
    // Through the JSON form once, so whatever the workspace would refuse is refused here.
    return provider::FaultRule::fromJson(rule->toJson(), error);
}

void FaultsEditor::addRule(const QString& fault)
{
    if (!m_provider)
        return;
    QString error;
    const auto rule = formRule(fault, &error);
    if (!rule) {
        m_formError->setText(error);
        return;
    }
    m_formError->clear();
    m_provider->faults().add(*rule);
    refresh();
    emit rulesChanged(m_provider->faults().rules());
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

    m_rules->setRowCount(0);
    for (const provider::FaultRule& rule : rules) {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        QString fault = rule.fault;
        for (auto it = rule.options.begin(); it != rule.options.end(); ++it)
            fault += u' ' + it.key() + u'=' + it->toVariant().toString();
        auto* faultItem = new QTableWidgetItem(fault);
        faultItem->setData(Qt::UserRole, rule.id);
        m_rules->setItem(row, RuleFault, faultItem);
        QStringList target;
        const provider::FaultTarget& t = rule.target;
        for (const auto& [name, value] : {std::pair{tr("endpoint"), t.endpoint},
                 std::pair{tr("issuer"), t.issuer}, std::pair{tr("client"), t.client},
                 std::pair{tr("user"), t.user}, std::pair{tr("grant"), t.grantType}}) {
            if (!value.isEmpty())
                target.append(u"%1 %2"_s.arg(name, value));
        }
        m_rules->setItem(row, RuleTarget,
            new QTableWidgetItem(target.isEmpty() ? tr("every request") : target.join(u", "_s)));
        QStringList when;
        if (rule.after > 0)
            when.append(tr("after %1").arg(rule.after));
        when.append(rule.times > 0 ? tr("%n time(s)", nullptr, rule.times) : tr("every time"));
        if (rule.probability < 1.0)
            when.append(tr("p = %1").arg(rule.probability));
        m_rules->setItem(row, RuleWhen, new QTableWidgetItem(when.join(u", "_s)));
        m_rules->setItem(row, RuleMatched, new QTableWidgetItem(QString::number(rule.matched)));
        m_rules->setItem(row, RuleFired, new QTableWidgetItem(QString::number(rule.fired)));
        m_rules->setItem(row, RuleLabel, new QTableWidgetItem(rule.label));
    }
    m_rules->resizeColumnsToContents();

    QStringList on;
    for (const provider::FaultRule& rule : rules)
        on.append(rule.target.client.isEmpty() ? rule.fault
                                               : tr("%1 (client %2)").arg(rule.fault, rule.target.client));
    m_summary->setText(!m_provider ? tr("Start the provider to inject faults.")
            : on.isEmpty()         ? tr("No fault is injected: the provider behaves.")
                                   : tr("Injected now: %1").arg(on.join(u", "_s)));
}

void FaultsEditor::refreshCounters()
{
    if (!m_provider)
        return;
    const QList<provider::FaultRule> rules = m_provider->faults().rules();
    // Rules added or removed elsewhere (the control API): ids are never reused, so another list of ids is
    // another rule set. Said like an edit made here, visible or not.
    bool same = rules.size() == m_rules->rowCount();
    for (int row = 0; same && row < rules.size(); ++row)
        same = m_rules->item(row, RuleFault)->data(Qt::UserRole).toInt() == rules.at(row).id;
    if (!same) {
        refresh();
        emit rulesChanged(rules);
        return;
    }
    if (!isVisible())
        return;
    for (int row = 0; row < rules.size(); ++row) {
        m_rules->item(row, RuleMatched)->setText(QString::number(rules.at(row).matched));
        m_rules->item(row, RuleFired)->setText(QString::number(rules.at(row).fired));
    }
}

void FaultsEditor::toggled(QTreeWidgetItem* item)
{
    if (!m_provider)
        return;
    provider::FaultEngine& engine = m_provider->faults();
    const QString name = item->text(0);
    if (item->checkState(0) == Qt::Checked) {
        addRule(name);
        // A rule the form could not make: the switch goes back off.
        refresh();
        return;
    }
    // Every rule for that fault goes, also ones the workspace or the control API added.
    for (const provider::FaultRule& rule : engine.rules()) {
        if (rule.fault == name)
            engine.remove(rule.id);
    }
    refresh();
    emit rulesChanged(engine.rules());
}

} // namespace ui
