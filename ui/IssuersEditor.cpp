#include "ui/IssuersEditor.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {
enum Column { Name, Path, Served };

// The name and the path (the URL's host and port are the server's: in the status bar).
QString listText(const provider::Issuer& issuer)
{
    return u"%1  (%2)"_s.arg(issuer.name, issuer.path.isEmpty() ? u"/"_s : issuer.path);
}
} // namespace

IssuersEditor::IssuersEditor(QWidget* parent)
    : WorkspacePage(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* server = new QGroupBox(tr("Server (a change restarts the provider)"), this);
    auto* serverForm = new QFormLayout(server);
    m_host = new QLineEdit(server);
    m_host->setObjectName(u"serverHost"_s);
    m_host->setToolTip(tr("127.0.0.1 keeps the provider to this machine; 0.0.0.0 opens it to the network"));
    m_port = new QSpinBox(server);
    m_port->setObjectName(u"serverPort"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setKeyboardTracking(false);
    m_publicUrl = new QLineEdit(server);
    m_publicUrl->setObjectName(u"publicUrl"_s);
    m_publicUrl->setPlaceholderText(tr("http://host:port (as seen by clients behind a proxy)"));
    serverForm->addRow(tr("&Host:"), m_host);
    serverForm->addRow(tr("P&ort:"), m_port);
    serverForm->addRow(tr("P&ublic URL:"), m_publicUrl);
    layout->addWidget(server);

    auto* splitter = new QSplitter(this);
    layout->addWidget(splitter, 1);
    const ListColumn column = addListColumn(splitter, u"Issuer"_s, tr("&Add issuer"));
    m_list = column.list;
    QPushButton* add = column.add;
    QPushButton* remove = column.remove;

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_id = new QLineEdit(right);
    m_id->setObjectName(u"issuerId"_s);
    m_name = new QLineEdit(right);
    m_name->setObjectName(u"issuerName"_s);
    m_path = new QLineEdit(right);
    m_path->setObjectName(u"issuerPath"_s);
    m_path->setPlaceholderText(tr("empty, or e.g. /realms/test"));
    form->addRow(tr("&ID:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Path:"), m_path);
    QGridLayout* methods
        = checkBoxGrid(right, provider::Issuer::knownClientAuthMethods(), u"authMethod:"_s, &m_authMethods);
    auto* methodsLabel = new QLabel(tr("Client authentication:"), right);
    methodsLabel->setToolTip(
        tr("What the token, revocation and introspection endpoints accept, and discovery "
           "lists (token_endpoint_auth_methods_supported)"));
    form->addRow(methodsLabel, methods);
    QGridLayout* grants = checkBoxGrid(
        right, provider::Client::knownGrantTypes(), u"issuerGrant:"_s, &m_grants, &grantTypeLabel);
    auto* grantsLabel = new QLabel(tr("Grant types:"), right);
    grantsLabel->setToolTip(tr("What the issuer supports and discovery lists (grant_types_supported); "
                               "clients may use only these, whatever they are registered for"));
    form->addRow(grantsLabel, grants);
    m_requestObjects = new QCheckBox(tr("Accept request o&bjects (the request parameter)"), right);
    m_requestObjects->setObjectName(u"requestObjects"_s);
    m_requestObjects->setToolTip(tr("Unticked, the authorization endpoint answers request_not_supported "
                                    "and discovery says request_parameter_supported: false"));
    form->addRow(QString(), m_requestObjects);
    m_requirePushed
        = new QCheckBox(tr("Re&quire pushed authorization requests (PAR) from every client"), right);
    m_requirePushed->setObjectName(u"requirePushedRequests"_s);
    m_requirePushed->setToolTip(tr("RFC 9126: the authorization endpoint takes only a request_uri from the "
                                   "pushed_authorization_request endpoint; discovery says "
                                   "require_pushed_authorization_requests: true"));
    form->addRow(QString(), m_requirePushed);
    for (QCheckBox* box : m_authMethods + m_grants + QList<QCheckBox*>{m_requestObjects, m_requirePushed})
        connect(box, &QCheckBox::toggled, this, &IssuersEditor::capabilitiesEdited);
    rightLayout->addLayout(form);
    m_endpoints = new QTableWidget(0, 3, right);
    m_endpoints->setObjectName(u"endpoints"_s);
    m_endpoints->setHorizontalHeaderLabels({tr("Endpoint"), tr("Path below the issuer"), tr("Served")});
    m_endpoints->horizontalHeader()->setSectionResizeMode(Path, QHeaderView::Stretch);
    m_endpoints->verticalHeader()->hide();
    rightLayout->addWidget(m_endpoints, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(errorLabel());

    connect(m_host, &QLineEdit::editingFinished, this, &IssuersEditor::applyServer);
    connect(m_publicUrl, &QLineEdit::editingFinished, this, &IssuersEditor::applyServer);
    connect(m_port, &QSpinBox::valueChanged, this, &IssuersEditor::applyServer);
    connect(m_list, &QListWidget::currentRowChanged, this, &IssuersEditor::showIssuer);
    for (QLineEdit* edit : {m_id, m_name, m_path})
        connect(edit, &QLineEdit::editingFinished, this, &IssuersEditor::applyIssuer);
    connect(m_endpoints, &QTableWidget::itemChanged, this, &IssuersEditor::endpointsEdited);
    connect(add, &QPushButton::clicked, this, [this] {
        provider::Workspace candidate = m_workspace;
        int n = int(candidate.issuers.size()) + 1;
        auto taken = [&](const QString& id) {
            return std::any_of(candidate.issuers.cbegin(), candidate.issuers.cend(),
                [&](const provider::Issuer& i) { return i.id == id || i.path == u'/' + id; });
        };
        while (taken(u"issuer-%1"_s.arg(n)))
            ++n;
        provider::Issuer issuer;
        issuer.id = u"issuer-%1"_s.arg(n);
        issuer.name = tr("Issuer %1").arg(n);
        issuer.path = u'/' + issuer.id;
        issuer.scopes = provider::standardScopes();
        if (const auto key = provider::SigningKey::generate(u"RS256"_s))
            issuer.keys.append(*key);
        candidate.issuers.append(issuer);
        if (commit(candidate)) {
            reload();
            m_list->setCurrentRow(m_list->count() - 1);
        }
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_workspace.issuers.size())
            return;
        if (m_workspace.issuers.size() == 1) {
            showError(tr("The provider needs at least one issuer."));
            return;
        }
        provider::Workspace candidate = m_workspace;
        candidate.issuers.removeAt(row);
        if (commit(candidate))
            reload();
    });
}

void IssuersEditor::reload()
{
    {
        const QSignalBlocker a(m_host), b(m_port), c(m_publicUrl);
        m_host->setText(m_workspace.server.host);
        m_port->setValue(m_workspace.server.port);
        m_publicUrl->setText(m_workspace.server.publicUrl);
    }
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const provider::Issuer& issuer : std::as_const(m_workspace.issuers))
        m_list->addItem(listText(issuer));
    m_list->setCurrentRow(row >= 0 && row < m_list->count() ? row : (m_list->count() > 0 ? 0 : -1));
    showIssuer(m_list->currentRow());
}

void IssuersEditor::showIssuer(int row)
{
    const bool valid = row >= 0 && row < m_workspace.issuers.size();
    const provider::Issuer issuer = valid ? m_workspace.issuers.at(row) : provider::Issuer();
    const QSignalBlocker a(m_id), b(m_name), c(m_path), d(m_endpoints);
    m_id->setText(issuer.id);
    m_name->setText(issuer.name);
    m_path->setText(issuer.path);
    tickValues(
        m_authMethods, [&](const QString& method) { return valid && issuer.acceptsClientAuth(method); });
    tickValues(m_grants, [&](const QString& grant) { return valid && issuer.acceptsGrant(grant); });
    {
        const QSignalBlocker a(m_requestObjects), b(m_requirePushed);
        m_requestObjects->setChecked(valid && issuer.requestObjects);
        m_requirePushed->setChecked(valid && issuer.requirePushedRequests);
    }
    for (QCheckBox* box : m_authMethods + m_grants + QList<QCheckBox*>{m_requestObjects, m_requirePushed})
        box->setEnabled(valid);
    m_endpoints->setRowCount(0);
    if (!valid)
        return;
    for (const QString& name : provider::Workspace::endpointNames()) {
        const int r = m_endpoints->rowCount();
        m_endpoints->insertRow(r);
        auto* label = new QTableWidgetItem(name);
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_endpoints->setItem(r, Name, label);
        m_endpoints->setItem(r, Path, new QTableWidgetItem(issuer.endpoints.path(name)));
        auto* served = new QTableWidgetItem;
        // Discovery and the JWKS are what make it an OpenID provider; the login form is internal.
        const bool fixed = !provider::Workspace::switchableEndpointNames().contains(name);
        served->setFlags(fixed ? Qt::ItemIsSelectable
                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        // A switch shows itself; a fixed row whether it is served (the login form with the authorization
        // endpoint).
        const bool on = fixed ? issuer.endpointEnabled(name) : !issuer.disabledEndpoints.contains(name);
        served->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        m_endpoints->setItem(r, Served, served);
    }
    m_endpoints->resizeColumnToContents(Name);
}

void IssuersEditor::applyServer()
{
    if (loading())
        return;
    provider::Workspace candidate = m_workspace;
    candidate.server.host = m_host->text().trimmed();
    candidate.server.port = m_port->value();
    candidate.server.publicUrl = m_publicUrl->text().trimmed();
    if (candidate.server.host == m_workspace.server.host && candidate.server.port == m_workspace.server.port
        && candidate.server.publicUrl == m_workspace.server.publicUrl)
        return;
    if (commit(candidate))
        reload();
}

void IssuersEditor::applyIssuer()
{
    const int row = m_list->currentRow();
    if (loading() || row < 0 || row >= m_workspace.issuers.size())
        return;
    provider::Workspace candidate = m_workspace;
    provider::Issuer& issuer = candidate.issuers[row];
    issuer.id = m_id->text().trimmed();
    issuer.name = m_name->text().trimmed().isEmpty() ? issuer.id : m_name->text().trimmed();
    issuer.path = m_path->text().trimmed();
    if (commit(candidate))
        m_list->item(row)->setText(listText(issuer));
}

void IssuersEditor::endpointsEdited()
{
    const int row = m_list->currentRow();
    if (loading() || row < 0 || row >= m_workspace.issuers.size())
        return;
    provider::Workspace candidate = m_workspace;
    provider::Issuer& issuer = candidate.issuers[row];
    issuer.disabledEndpoints.clear();
    for (int r = 0; r < m_endpoints->rowCount(); ++r) {
        const QString name = m_endpoints->item(r, Name)->text();
        issuer.endpoints.setPath(name, m_endpoints->item(r, Path)->text().trimmed());
        if (m_endpoints->item(r, Served)->checkState() != Qt::Checked
            && provider::Workspace::switchableEndpointNames().contains(name))
            issuer.disabledEndpoints.append(name);
    }
    commit(candidate);
}

void IssuersEditor::capabilitiesEdited()
{
    const int row = m_list->currentRow();
    if (loading() || row < 0 || row >= m_workspace.issuers.size())
        return;
    provider::Workspace candidate = m_workspace;
    const QStringList methods = tickedValues(m_authMethods);
    const QStringList grants = tickedValues(m_grants);
    if (methods.isEmpty() || grants.isEmpty()) {
        refuse(methods.isEmpty() ? tr("an issuer needs at least one client authentication method.")
                                 : tr("an issuer needs at least one grant type."));
        showIssuer(row);
        return;
    }
    // All of them is the default, saved as nothing.
    provider::Issuer& issuer = candidate.issuers[row];
    issuer.clientAuthMethods
        = methods == provider::Issuer::knownClientAuthMethods() ? QStringList() : methods;
    issuer.grantTypes = grants == provider::Client::knownGrantTypes() ? QStringList() : grants;
    issuer.requestObjects = m_requestObjects->isChecked();
    issuer.requirePushedRequests = m_requirePushed->isChecked();
    commit(candidate);
}

} // namespace ui
