#include "ui/ClientsEditor.h"
#include "core/jose/JwkSet.h"

#include "core/jose/Algorithm.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QPlainTextEdit* listEdit(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QSpinBox* secondsBox(QWidget* parent, const QString& name)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(1, 365 * 24 * 3600);
    box->setSuffix(QCoreApplication::translate("ui::ClientsEditor", " s"));
    box->setKeyboardTracking(false);
    return box;
}

void setLines(QPlainTextEdit* edit, const QStringList& lines)
{
    if (linesOf(edit->toPlainText()) != lines)
        edit->setPlainText(lines.join(u'\n'));
}

} // namespace

ClientsEditor::ClientsEditor(QWidget* parent)
    : WorkspacePage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(errorLabel());

    const ListColumn column = addListColumn(splitter, u"Client"_s, tr("&Add client"));
    m_list = column.list;
    QPushButton* addButton = column.add;
    QPushButton* removeButton = column.remove;

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* formWidget = new QWidget(scroll);
    auto* form = new QFormLayout(formWidget);
    scroll->setWidget(formWidget);
    splitter->setStretchFactor(1, 1);

    m_clientId = new QLineEdit(formWidget);
    m_clientId->setObjectName(u"clientId"_s);
    form->addRow(tr("Client &ID:"), m_clientId);
    m_name = new QLineEdit(formWidget);
    m_name->setObjectName(u"clientName"_s);
    form->addRow(tr("&Name:"), m_name);
    m_type = new QComboBox(formWidget);
    m_type->setObjectName(u"clientType"_s);
    m_type->addItem(tr("Public (no secret: SPA, native app)"), false);
    m_type->addItem(tr("Confidential (has a secret)"), true);
    form->addRow(tr("&Type:"), m_type);

    auto* secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(formWidget);
    m_secret->setObjectName(u"clientSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_showSecret = new QPushButton(tr("S&how"), formWidget);
    m_showSecret->setObjectName(u"showSecret"_s);
    m_showSecret->setCheckable(true);
    m_generateSecret = new QPushButton(tr("&Generate"), formWidget);
    m_generateSecret->setObjectName(u"generateSecret"_s);
    m_copySecret = new QPushButton(tr("Cop&y"), formWidget);
    m_copySecret->setObjectName(u"copySecret"_s);
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    secretRow->addWidget(m_generateSecret);
    secretRow->addWidget(m_copySecret);
    // A label of its own: a row holding a layout gets no buddy for its mnemonic.
    auto* secretLabel = new QLabel(tr("&Secret:"), formWidget);
    secretLabel->setBuddy(m_secret);
    form->addRow(secretLabel, secretRow);

    m_redirectUris
        = listEdit(formWidget, u"redirectUris"_s, tr("One per line, e.g. http://127.0.0.1/callback"));
    form->addRow(tr("&Redirect URIs:"), m_redirectUris);
    m_postLogoutUris = listEdit(formWidget, u"postLogoutUris"_s, tr("One per line"));
    form->addRow(tr("&Post-logout URIs:"), m_postLogoutUris);

    form->addRow(tr("Grant types:"),
        checkBoxGrid(
            formWidget, provider::Client::knownGrantTypes(), u"grant:"_s, &m_grants, &grantTypeLabel));
    form->addRow(tr("Response types:"),
        checkBoxGrid(
            formWidget, provider::Client::knownResponseTypes(), u"responseType:"_s, &m_responseTypes));

    m_requirePkce = new QCheckBox(tr("Require P&KCE (S256 or plain code challenge)"), formWidget);
    m_requirePkce->setObjectName(u"requirePkce"_s);
    form->addRow(QString(), m_requirePkce);
    m_requireConsent
        = new QCheckBox(tr("Ask the user's &consent before the first grant of a scope"), formWidget);
    m_requireConsent->setObjectName(u"requireConsent"_s);
    form->addRow(QString(), m_requireConsent);
    m_rotation = new QCheckBox(tr("R&otate refresh tokens (reuse revokes the family)"), formWidget);
    m_rotation->setObjectName(u"refreshRotation"_s);
    form->addRow(QString(), m_rotation);
    m_requirePushed = new QCheckBox(tr("Re&quire pushed authorization requests (PAR)"), formWidget);
    m_requirePushed->setObjectName(u"clientRequiresPushedRequests"_s);
    m_requirePushed->setToolTip(tr("RFC 9126: this client's authorization requests must come as a "
                                   "request_uri from the pushed_authorization_request endpoint"));
    form->addRow(QString(), m_requirePushed);

    m_scopes = new QLineEdit(formWidget);
    m_scopes->setObjectName(u"allowedScopes"_s);
    m_scopes->setPlaceholderText(tr("Every scope of the issuer"));
    m_scopes->setToolTip(tr("Scopes this client may ask for, separated by spaces"));
    form->addRow(tr("Allowed sc&opes:"), m_scopes);
    m_corsOrigins
        = listEdit(formWidget, u"corsOrigins"_s, tr("One origin per line, e.g. http://localhost:5173"));
    form->addRow(tr("CORS ori&gins:"), m_corsOrigins);
    m_audience = new QLineEdit(formWidget);
    m_audience->setObjectName(u"accessTokenAudience"_s);
    m_audience->setPlaceholderText(tr("The client ID"));
    form->addRow(tr("Access token a&udience:"), m_audience);

    m_accessLifetime = secondsBox(formWidget, u"accessTokenLifetime"_s);
    form->addRow(tr("Access token lifetime:"), m_accessLifetime);
    m_idLifetime = secondsBox(formWidget, u"idTokenLifetime"_s);
    form->addRow(tr("ID token lifetime:"), m_idLifetime);
    m_refreshLifetime = secondsBox(formWidget, u"refreshTokenLifetime"_s);
    form->addRow(tr("Refresh token lifetime:"), m_refreshLifetime);
    m_codeLifetime = secondsBox(formWidget, u"codeLifetime"_s);
    form->addRow(tr("Authorization code lifetime:"), m_codeLifetime);

    m_idTokenAlg = new QComboBox(formWidget);
    m_idTokenAlg->setObjectName(u"idTokenAlg"_s);
    m_idTokenAlg->addItem(tr("The signing key's algorithm"), QString());
    m_userinfoAlg = new QComboBox(formWidget);
    m_userinfoAlg->setObjectName(u"userinfoAlg"_s);
    m_userinfoAlg->addItem(tr("Not signed (JSON)"), QString());
    for (const QString& alg : jose::supportedAlgorithmNames()) {
        m_idTokenAlg->addItem(alg, alg);
        m_userinfoAlg->addItem(alg, alg);
    }
    form->addRow(tr("ID token &algorithm:"), m_idTokenAlg);
    form->addRow(tr("User&info response:"), m_userinfoAlg);

    m_publicKeys = new QPlainTextEdit(formWidget);
    m_publicKeys->setObjectName(u"publicKeys"_s);
    m_publicKeys->setPlaceholderText(
        tr("None. A JWK Set of the client's public keys, {\"keys\": [...]}: they "
           "verify its private_key_jwt assertions and signed request objects"));
    m_publicKeys->setTabChangesFocus(true);
    m_publicKeys->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_publicKeys->setMaximumHeight(m_publicKeys->fontMetrics().lineSpacing() * 8 + 12);
    form->addRow(tr("Public keys (&JWKS):"), m_publicKeys);

    connect(m_list, &QListWidget::currentRowChanged, this, &ClientsEditor::showClient);
    for (QLineEdit* edit : {m_clientId, m_name, m_secret, m_scopes, m_audience})
        connect(edit, &QLineEdit::editingFinished, this, &ClientsEditor::apply);
    for (QPlainTextEdit* edit : {m_redirectUris, m_postLogoutUris, m_corsOrigins, m_publicKeys})
        connect(edit, &QPlainTextEdit::textChanged, this, &ClientsEditor::apply);
    for (QCheckBox* box : m_grants + m_responseTypes
            + QList<QCheckBox*>{m_requirePkce, m_requireConsent, m_rotation, m_requirePushed})
        connect(box, &QCheckBox::toggled, this, &ClientsEditor::apply);
    for (QSpinBox* box : {m_accessLifetime, m_idLifetime, m_refreshLifetime, m_codeLifetime})
        connect(box, &QSpinBox::valueChanged, this, &ClientsEditor::apply);
    for (QComboBox* box : {m_type, m_idTokenAlg, m_userinfoAlg})
        connect(box, &QComboBox::currentIndexChanged, this, &ClientsEditor::apply);

    connect(m_showSecret, &QPushButton::toggled, this,
        [this](bool shown) { m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_generateSecret, &QPushButton::clicked, this, [this] {
        m_secret->setText(provider::Client::generateSecret());
        apply();
    });
    connect(m_copySecret, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_secret->text()); });

    connect(addButton, &QPushButton::clicked, this, [this] {
        if (!hasIssuer())
            return;
        provider::Workspace candidate = m_workspace;
        QList<provider::Client>& clients = candidate.issuers[issuerIndex()].clients;
        int n = int(clients.size()) + 1;
        while (std::any_of(clients.cbegin(), clients.cend(),
            [&](const provider::Client& c) { return c.clientId == u"client-%1"_s.arg(n); }))
            ++n;
        // A public code + PKCE client for a local app: what most users add first.
        provider::Client client;
        client.clientId = u"client-%1"_s.arg(n);
        client.name = tr("Client %1").arg(n);
        client.redirectUris = {u"http://127.0.0.1/callback"_s};
        client.grantTypes = {u"authorization_code"_s, u"refresh_token"_s};
        clients.append(client);
        if (commit(candidate)) {
            reload();
            m_list->setCurrentRow(m_list->count() - 1);
        }
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (!hasIssuer() || row < 0 || row >= issuer().clients.size())
            return;
        provider::Workspace candidate = m_workspace;
        candidate.issuers[issuerIndex()].clients.removeAt(row);
        if (commit(candidate))
            reload();
    });
}

void ClientsEditor::reload()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (hasIssuer()) {
        for (const provider::Client& client : issuer().clients)
            m_list->addItem(client.clientId);
    }
    m_list->setCurrentRow(row >= 0 && row < m_list->count() ? row : (m_list->count() > 0 ? 0 : -1));
    showClient(m_list->currentRow());
}

void ClientsEditor::showClient(int row)
{
    const bool valid = hasIssuer() && row >= 0 && row < issuer().clients.size();
    const provider::Client c = valid ? issuer().clients.at(row) : provider::Client();
    const QSignalBlocker blockers[] = {QSignalBlocker(m_clientId), QSignalBlocker(m_name),
        QSignalBlocker(m_type), QSignalBlocker(m_secret), QSignalBlocker(m_redirectUris),
        QSignalBlocker(m_postLogoutUris), QSignalBlocker(m_requirePkce), QSignalBlocker(m_requireConsent),
        QSignalBlocker(m_rotation), QSignalBlocker(m_requirePushed), QSignalBlocker(m_scopes),
        QSignalBlocker(m_corsOrigins), QSignalBlocker(m_audience), QSignalBlocker(m_accessLifetime),
        QSignalBlocker(m_idLifetime), QSignalBlocker(m_refreshLifetime), QSignalBlocker(m_codeLifetime),
        QSignalBlocker(m_idTokenAlg), QSignalBlocker(m_userinfoAlg)};
    m_clientId->setText(c.clientId);
    m_name->setText(c.name);
    m_type->setCurrentIndex(c.confidential ? 1 : 0);
    m_secret->setText(c.secret);
    setLines(m_redirectUris, c.redirectUris);
    setLines(m_postLogoutUris, c.postLogoutRedirectUris);
    tickValues(m_grants, [&c](const QString& grant) { return c.grantTypes.contains(grant); });
    tickValues(m_responseTypes, [&c](const QString& type) { return c.responseTypes.contains(type); });
    m_requirePkce->setChecked(c.requirePkce);
    m_requireConsent->setChecked(c.requireConsent);
    m_rotation->setChecked(c.refreshTokenRotation);
    m_requirePushed->setChecked(c.requirePushedRequests);
    m_scopes->setText(c.allowedScopes.join(u' '));
    setLines(m_corsOrigins, c.corsOrigins);
    m_audience->setText(c.accessTokenAudience);
    m_accessLifetime->setValue(c.accessTokenLifetime);
    m_idLifetime->setValue(c.idTokenLifetime);
    m_refreshLifetime->setValue(c.refreshTokenLifetime);
    m_codeLifetime->setValue(c.codeLifetime);
    m_idTokenAlg->setCurrentIndex(std::max(0, m_idTokenAlg->findData(c.idTokenSigningAlg)));
    m_userinfoAlg->setCurrentIndex(std::max(0, m_userinfoAlg->findData(c.userinfoSigningAlg)));
    {
        const QSignalBlocker b(m_publicKeys);
        m_publicKeys->setPlainText(c.jwks.keys.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(c.jwks.toPublicJson()).toJson(QJsonDocument::Indented)));
    }
    updateSecretState();
}

void ClientsEditor::updateSecretState()
{
    const bool confidential = m_type->currentData().toBool();
    for (QWidget* w : std::initializer_list<QWidget*>{m_secret, m_showSecret, m_generateSecret, m_copySecret})
        w->setEnabled(confidential);
}

provider::Client ClientsEditor::formClient() const
{
    // Members the form does not show (extra access token claims) are kept; the public keys are apply()'s.
    provider::Client c = issuer().clients.at(m_list->currentRow());
    c.clientId = m_clientId->text().trimmed();
    c.name = m_name->text().trimmed();
    c.confidential = m_type->currentData().toBool();
    c.secret = c.confidential ? m_secret->text() : QString();
    c.redirectUris = linesOf(m_redirectUris->toPlainText());
    c.postLogoutRedirectUris = linesOf(m_postLogoutUris->toPlainText());
    c.grantTypes = tickedValues(m_grants);
    c.responseTypes = tickedValues(m_responseTypes);
    c.requirePkce = m_requirePkce->isChecked();
    c.requireConsent = m_requireConsent->isChecked();
    c.refreshTokenRotation = m_rotation->isChecked();
    c.requirePushedRequests = m_requirePushed->isChecked();
    c.allowedScopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    c.corsOrigins = linesOf(m_corsOrigins->toPlainText());
    c.accessTokenAudience = m_audience->text().trimmed();
    c.accessTokenLifetime = m_accessLifetime->value();
    c.idTokenLifetime = m_idLifetime->value();
    c.refreshTokenLifetime = m_refreshLifetime->value();
    c.codeLifetime = m_codeLifetime->value();
    c.idTokenSigningAlg = m_idTokenAlg->currentData().toString();
    c.userinfoSigningAlg = m_userinfoAlg->currentData().toString();
    return c;
}

std::optional<jose::JwkSet> ClientsEditor::formKeys(QString* error) const
{
    const QByteArray text = m_publicKeys->toPlainText().trimmed().toUtf8();
    if (text.isEmpty())
        return jose::JwkSet();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("public keys: not JSON (%1 at character %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return std::nullopt;
    }
    QString where;
    QString why;
    const std::optional<jose::JwkSet> keys = provider::Client::keysFromJson(doc.object(), &where, &why);
    if (!keys)
        *error = where.isEmpty() ? tr("public keys: %1").arg(why) : tr("public keys, %1: %2").arg(where, why);
    return keys;
}

void ClientsEditor::apply()
{
    updateSecretState();
    const int row = m_list->currentRow();
    if (loading() || !hasIssuer() || row < 0 || row >= issuer().clients.size())
        return;
    provider::Workspace candidate = m_workspace;
    provider::Client client = formClient();
    QString keysError;
    const std::optional<jose::JwkSet> keys = formKeys(&keysError);
    if (!keys) {
        refuse(keysError);
        return;
    }
    client.jwks = *keys;
    if (client.confidential && client.secret.isEmpty()) {
        // Turning a client confidential: it gets a secret rather than an error.
        m_secret->setText(provider::Client::generateSecret());
        return apply();
    }
    candidate.issuers[issuerIndex()].clients[row] = client;
    if (commit(candidate))
        m_list->item(row)->setText(client.clientId);
}

} // namespace ui
