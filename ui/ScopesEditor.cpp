#include "ui/ScopesEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
enum Column { Name, Description, Claims };
}

ScopesEditor::ScopesEditor(QWidget* parent)
    : WorkspacePage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(
        tr("A scope a client is granted releases the user claims listed with it (separated by spaces)."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"scopes"_s);
    m_table->setHorizontalHeaderLabels({tr("Scope"), tr("Description"), tr("Claims")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add scope"), this);
    add->setObjectName(u"addScope"_s);
    auto* remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"removeScope"_s);
    auto* standard = new QPushButton(tr("Add &standard scopes"), this);
    standard->setObjectName(u"standardScopes"_s);
    standard->setToolTip(tr("openid, profile, email, address, phone and offline_access with their claims"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(standard);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(errorLabel());

    connect(m_table, &QTableWidget::itemChanged, this, &ScopesEditor::tableEdited);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        {
            const QSignalBlocker blocker(m_table);
            m_table->insertRow(row);
        }
        m_table->setCurrentCell(row, Name);
        m_table->editItem(m_table->item(row, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        tableEdited();
    });
    connect(standard, &QPushButton::clicked, this, [this] {
        if (!hasIssuer())
            return;
        provider::Workspace candidate = m_workspace;
        QList<provider::ScopeDefinition>& scopes = candidate.issuers[issuerIndex()].scopes;
        for (const provider::ScopeDefinition& scope : provider::standardScopes()) {
            if (!std::any_of(scopes.cbegin(), scopes.cend(),
                    [&](const provider::ScopeDefinition& s) { return s.name == scope.name; }))
                scopes.append(scope);
        }
        if (commit(candidate))
            reload();
    });
}

void ScopesEditor::reload()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    if (!hasIssuer())
        return;
    for (const provider::ScopeDefinition& scope : issuer().scopes) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Name, new QTableWidgetItem(scope.name));
        m_table->setItem(row, Description, new QTableWidgetItem(scope.description));
        m_table->setItem(row, Claims, new QTableWidgetItem(scope.claims.join(u' ')));
    }
    m_table->resizeColumnToContents(Name);
}

void ScopesEditor::tableEdited()
{
    if (loading() || !hasIssuer())
        return;
    auto text = [this](int row, int column) {
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    QList<provider::ScopeDefinition> scopes;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        provider::ScopeDefinition scope;
        scope.name = text(row, Name);
        scope.description = text(row, Description);
        scope.claims = text(row, Claims).split(u' ', Qt::SkipEmptyParts);
        // A row being filled in: not a scope until it has a name.
        if (scope.name.isEmpty()) {
            if (!scope.claims.isEmpty() || !scope.description.isEmpty())
                showError(tr("Row %1 needs a scope name.").arg(row + 1));
            continue;
        }
        if (scope.name.contains(u' ')) {
            showError(tr("A scope name has no spaces: \"%1\".").arg(scope.name));
            return;
        }
        scopes.append(scope);
    }
    provider::Workspace candidate = m_workspace;
    candidate.issuers[issuerIndex()].scopes = scopes;
    commit(candidate);
}

} // namespace ui
