#include "ui/UsersEditor.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

// A claim value as typed: JSON when it parses as JSON (numbers, true, arrays, objects), else a string.
QJsonValue valueFromText(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(text).toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().first();
    return text;
}

QString textFromValue(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

UsersEditor::UsersEditor(QWidget* parent)
    : WorkspacePage(parent)
{
    auto* layout = new QHBoxLayout(this);
    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter);

    const ListColumn column = addListColumn(splitter, u"User"_s, tr("&Add user"));
    m_list = column.list;
    QPushButton* addButton = column.add;
    QPushButton* removeButton = column.remove;

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(right);
    m_username->setObjectName(QStringLiteral("username"));
    m_subject = new QLineEdit(right);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setToolTip(tr("The \"sub\" claim: stable and unique for this issuer"));
    m_password = new QLineEdit(right);
    m_password->setObjectName(QStringLiteral("password"));
    form->addRow(tr("User&name:"), m_username);
    form->addRow(tr("&Subject (sub):"), m_subject);
    form->addRow(tr("&Password:"), m_password);
    rightLayout->addLayout(form);

    auto* claims = new QTabWidget(right);
    m_claimsTable = new QTableWidget(0, 2, claims);
    m_claimsTable->setObjectName(QStringLiteral("claims"));
    m_claimsTable->setHorizontalHeaderLabels({tr("Claim"), tr("Value (text, or JSON)")});
    m_claimsTable->horizontalHeader()->setStretchLastSection(true);
    m_claimsTable->verticalHeader()->hide();
    claims->addTab(m_claimsTable, tr("&Claims"));
    m_claimsJson = new QPlainTextEdit(claims);
    m_claimsJson->setObjectName(QStringLiteral("claimsJson"));
    m_claimsJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    claims->addTab(m_claimsJson, tr("Claims as &JSON"));
    rightLayout->addWidget(claims, 1);
    auto* claimButtons = new QHBoxLayout;
    auto* addClaim = new QPushButton(tr("Add c&laim"), right);
    addClaim->setObjectName(QStringLiteral("addClaim"));
    auto* removeClaim = new QPushButton(tr("Remove cla&im"), right);
    claimButtons->addWidget(addClaim);
    claimButtons->addWidget(removeClaim);
    claimButtons->addStretch(1);
    rightLayout->addLayout(claimButtons);
    rightLayout->addWidget(errorLabel());
    splitter->setStretchFactor(1, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &UsersEditor::showUser);
    // Applied when a field is left or Enter pressed, not at each keystroke (a user renamed letter by letter).
    for (QLineEdit* edit : {m_username, m_subject, m_password})
        connect(edit, &QLineEdit::editingFinished, this, &UsersEditor::apply);
    connect(m_claimsTable, &QTableWidget::itemChanged, this, &UsersEditor::claimsTableEdited);
    connect(m_claimsJson, &QPlainTextEdit::textChanged, this, &UsersEditor::claimsJsonEdited);
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (!hasIssuer())
            return;
        // A name and subject not taken yet.
        int n = int(users().size()) + 1;
        auto taken = [this](const QString& value) {
            return std::any_of(users().cbegin(), users().cend(),
                [&](const provider::User& u) { return u.username == value || u.subject == value; });
        };
        while (taken(u"user-%1"_s.arg(n)))
            ++n;
        provider::User user;
        user.username = user.subject = u"user-%1"_s.arg(n);
        user.password = user.username;
        user.claims = QJsonObject{{u"name"_s, u"User %1"_s.arg(n)}};
        provider::Workspace candidate = m_workspace;
        candidate.issuers[issuerIndex()].users.append(user);
        if (!commit(candidate))
            return;
        m_list->addItem(user.username);
        m_list->setCurrentRow(m_list->count() - 1);
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || !hasIssuer())
            return;
        provider::Workspace candidate = m_workspace;
        candidate.issuers[issuerIndex()].users.removeAt(row);
        if (commit(candidate))
            delete m_list->takeItem(row);
    });
    connect(addClaim, &QPushButton::clicked, this, [this] {
        const int row = m_claimsTable->rowCount();
        m_claimsTable->insertRow(row);
        m_claimsTable->setCurrentCell(row, 0);
        m_claimsTable->editItem(m_claimsTable->item(row, 0));
    });
    connect(removeClaim, &QPushButton::clicked, this, [this] {
        if (m_claimsTable->currentRow() >= 0) {
            m_claimsTable->removeRow(m_claimsTable->currentRow());
            claimsTableEdited();
        }
    });
}

void UsersEditor::reload()
{
    const int row = m_list->currentRow();
    m_loading = true;
    m_list->clear();
    if (hasIssuer()) {
        for (const provider::User& user : users())
            m_list->addItem(user.username);
    }
    m_loading = false;
    m_list->setCurrentRow(row >= 0 && row < m_list->count() ? row : (m_list->count() > 0 ? 0 : -1));
}

void UsersEditor::showUser(int row)
{
    m_loading = true;
    showError({});
    const bool valid = hasIssuer() && row >= 0 && row < users().size();
    const provider::User user = valid ? users().at(row) : provider::User();
    m_username->setText(user.username);
    m_subject->setText(user.subject);
    m_password->setText(user.password);
    setClaims(user.claims);
    m_loading = false;
}

void UsersEditor::setClaims(const QJsonObject& claims)
{
    fillClaimsTable(claims);
    showClaimsJson(claims);
}

void UsersEditor::fillClaimsTable(const QJsonObject& claims)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_claimsTable->setRowCount(0);
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        const int row = m_claimsTable->rowCount();
        m_claimsTable->insertRow(row);
        m_claimsTable->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_claimsTable->setItem(row, 1, new QTableWidgetItem(textFromValue(*it)));
    }
    m_loading = wasLoading;
}

void UsersEditor::showClaimsJson(const QJsonObject& claims)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_claimsJson->setPlainText(QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Indented)));
    m_loading = wasLoading;
}

void UsersEditor::claimsTableEdited()
{
    if (m_loading)
        return;
    QJsonObject claims;
    for (int row = 0; row < m_claimsTable->rowCount(); ++row) {
        const QTableWidgetItem* name = m_claimsTable->item(row, 0);
        const QTableWidgetItem* value = m_claimsTable->item(row, 1);
        if (name && !name->text().trimmed().isEmpty())
            claims.insert(name->text().trimmed(), valueFromText(value ? value->text() : QString()));
    }
    showClaimsJson(claims);
    apply();
}

void UsersEditor::claimsJsonEdited()
{
    if (m_loading)
        return;
    QString error;
    if (!formUser(&error)) {
        showError(error);
        return;
    }
    // The table follows the JSON (the JSON text is left as typed).
    fillClaimsTable(QJsonDocument::fromJson(m_claimsJson->toPlainText().toUtf8()).object());
    apply();
}

std::optional<provider::User> UsersEditor::formUser(QString* error) const
{
    provider::User user;
    user.username = m_username->text().trimmed();
    user.subject = m_subject->text().trimmed();
    user.password = m_password->text();
    if (user.username.isEmpty() || user.subject.isEmpty()) {
        *error = tr("A user needs a username and a subject.");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QByteArray json = m_claimsJson->toPlainText().toUtf8();
    const QJsonDocument doc
        = QJsonDocument::fromJson(json.trimmed().isEmpty() ? QByteArray("{}") : json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        *error = parseError.error != QJsonParseError::NoError
            ? tr("Claims JSON, line %1: %2").arg(line).arg(parseError.errorString())
            : tr("The claims must be a JSON object.");
        return std::nullopt;
    }
    user.claims = doc.object();
    // "sub" is the subject field; a claim of that name would contradict it.
    user.claims.remove(u"sub"_s);
    return user;
}

void UsersEditor::apply()
{
    const int row = m_list->currentRow();
    if (m_loading || !hasIssuer() || row < 0 || row >= users().size())
        return;
    QString error;
    const auto user = formUser(&error);
    if (!user) {
        showError(error);
        return;
    }
    // As the workspace loader requires: usernames and subjects unique within the issuer.
    for (int i = 0; i < users().size(); ++i) {
        if (i == row)
            continue;
        if (users().at(i).username == user->username) {
            showError(tr("Another user is already called \"%1\".").arg(user->username));
            return;
        }
        if (users().at(i).subject == user->subject) {
            showError(tr("Another user already has the subject \"%1\".").arg(user->subject));
            return;
        }
    }
    provider::Workspace candidate = m_workspace;
    candidate.issuers[issuerIndex()].users[row] = *user;
    if (commit(candidate))
        m_list->item(row)->setText(user->username);
}

} // namespace ui
