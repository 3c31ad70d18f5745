#include "ui/ProfileEditor.h"

#include "ui/Theme.h"
#include "ui/WorkspacePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ProfileEditor::ProfileEditor(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Client profile"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_name = addLineRow(form, tr("&Name:"), u"profileName"_s);
    m_issuer
        = addLineRow(form, tr("&Issuer:"), u"profileIssuer"_s, tr("https://login.example.com/realms/test"));
    m_issuer->setToolTip(tr("Its discovery document is read from <issuer>/.well-known/openid-configuration"));
    m_clientId = addLineRow(form, tr("&Client ID:"), u"profileClientId"_s);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"profileAuth"_s);
    m_auth->addItem(tr("None (public client)"), int(client::ClientProfile::ClientAuth::None));
    m_auth->addItem(u"client_secret_basic"_s, int(client::ClientProfile::ClientAuth::SecretBasic));
    m_auth->addItem(u"client_secret_post"_s, int(client::ClientProfile::ClientAuth::SecretPost));
    m_auth->addItem(u"client_secret_jwt"_s, int(client::ClientProfile::ClientAuth::SecretJwt));
    m_auth->addItem(u"private_key_jwt"_s, int(client::ClientProfile::ClientAuth::PrivateKeyJwt));
    form->addRow(tr("&Authentication:"), m_auth);
    m_secret = addLineRow(form, tr("Client &secret:"), u"profileSecret"_s, tr("kept in the system keychain"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(
        tr("The client secret; with private_key_jwt, the client's private key as a JWK (JSON) "
           "or in PEM"));
    m_scopes = addLineRow(form, tr("Sc&opes:"), u"profileScopes"_s);
    m_scopes->setToolTip(tr("Separated by spaces"));
    m_redirectUri = addLineRow(form, tr("&Redirect URI:"), u"profileRedirectUri"_s,
        tr("a loopback listener at http://127.0.0.1:<port>/callback"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"profilePort"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("a free port"));
    form->addRow(tr("Loopback &port:"), m_port);
    m_responseType = new QComboBox(this);
    m_responseType->setObjectName(u"profileResponseType"_s);
    for (const QString& type : {u"code"_s, u"id_token"_s, u"id_token token"_s, u"code id_token"_s,
             u"code token"_s, u"code id_token token"_s})
        m_responseType->addItem(type, type);
    form->addRow(tr("Response &type:"), m_responseType);
    m_responseMode = new QComboBox(this);
    m_responseMode->setObjectName(u"profileResponseMode"_s);
    m_responseMode->addItem(tr("The response type's default"), QString());
    for (const QString& mode : {u"query"_s, u"fragment"_s, u"form_post"_s})
        m_responseMode->addItem(mode, mode);
    form->addRow(tr("Response &mode:"), m_responseMode);
    m_pkce = new QComboBox(this);
    m_pkce->setObjectName(u"profilePkce"_s);
    m_pkce->addItem(u"S256"_s, int(client::ClientProfile::Pkce::S256));
    m_pkce->addItem(u"plain"_s, int(client::ClientProfile::Pkce::Plain));
    m_pkce->addItem(tr("Off"), int(client::ClientProfile::Pkce::Off));
    form->addRow(tr("P&KCE:"), m_pkce);
    m_pushed = new QCheckBox(tr("P&ush the authorization request first (PAR, RFC 9126)"), this);
    m_pushed->setObjectName(u"profilePushed"_s);
    m_pushed->setToolTip(tr("The parameters go to the provider's pushed_authorization_request_endpoint; the "
                            "browser carries only client_id and a request_uri. Done anyway when the provider "
                            "requires it."));
    form->addRow(QString(), m_pushed);
    m_extra = new QPlainTextEdit(this);
    m_extra->setObjectName(u"profileExtra"_s);
    m_extra->setPlaceholderText(tr("name=value, one per line (prompt=login, acr_values=…)"));
    m_extra->setTabChangesFocus(true);
    m_extra->setMaximumHeight(m_extra->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Extra parameters:"), m_extra);
    m_postLogout = addLineRow(form, tr("Post-&logout redirect:"), u"profilePostLogout"_s,
        tr("http://127.0.0.1:<port>/logged-out on the listener"));
    m_leeway = new QSpinBox(this);
    m_leeway->setObjectName(u"profileLeeway"_s);
    m_leeway->setRange(0, 3600);
    m_leeway->setSuffix(tr(" s"));
    form->addRow(tr("Clock l&eeway:"), m_leeway);
    m_error = new QLabel(this);
    m_error->setObjectName(u"profileError"_s);
    m_error->setWordWrap(true);
    theme::makeErrorLabel(m_error);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        m_secret->setEnabled(m_auth->currentData().toInt() != int(client::ClientProfile::ClientAuth::None));
    });
    setProfile(client::ClientProfile(), {});
}

void ProfileEditor::setProfile(const client::ClientProfile& profile, const QString& secret)
{
    m_original = profile;
    m_name->setText(profile.name);
    m_issuer->setText(profile.issuer);
    m_clientId->setText(profile.clientId);
    m_auth->setCurrentIndex(std::max(0, m_auth->findData(int(profile.clientAuth))));
    m_secret->setText(secret);
    m_secret->setEnabled(profile.clientAuth != client::ClientProfile::ClientAuth::None);
    m_scopes->setText(profile.scopes.join(u' '));
    m_redirectUri->setText(profile.redirectUri);
    m_port->setValue(profile.loopbackPort);
    m_responseType->setCurrentIndex(std::max(0, m_responseType->findData(profile.responseType)));
    m_responseMode->setCurrentIndex(std::max(0, m_responseMode->findData(profile.responseMode)));
    m_pkce->setCurrentIndex(std::max(0, m_pkce->findData(int(profile.pkce))));
    m_pushed->setChecked(profile.pushedAuthorization);
    QStringList extra;
    for (const auto& [name, value] : profile.extraParameters)
        extra.append(name + u'=' + value);
    m_extra->setPlainText(extra.join(u'\n'));
    m_postLogout->setText(profile.postLogoutRedirectUri);
    m_leeway->setValue(profile.leewaySecs);
    m_error->clear();
}

std::optional<client::ClientProfile> ProfileEditor::profile(QString* error) const
{
    // Members the form does not show (endpoints given by hand) are kept.
    client::ClientProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.issuer = m_issuer->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.clientAuth = client::ClientProfile::ClientAuth(m_auth->currentData().toInt());
    p.scopes = m_scopes->text().split(u' ', Qt::SkipEmptyParts);
    p.redirectUri = m_redirectUri->text().trimmed();
    p.loopbackPort = quint16(m_port->value());
    p.responseType = m_responseType->currentData().toString();
    p.responseMode = m_responseMode->currentData().toString();
    p.pkce = client::ClientProfile::Pkce(m_pkce->currentData().toInt());
    p.pushedAuthorization = m_pushed->isChecked();
    p.extraParameters.clear();
    for (const QString& line : linesOf(m_extra->toPlainText())) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            *error = tr("Extra parameter \"%1\": expected name=value.").arg(line);
            return std::nullopt;
        }
        p.extraParameters.emplaceBack(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    p.postLogoutRedirectUri = m_postLogout->text().trimmed();
    p.leewaySecs = m_leeway->value();

    if (p.name.isEmpty()) {
        *error = tr("The profile needs a name.");
        return std::nullopt;
    }
    const QUrl issuer(p.issuer, QUrl::StrictMode);
    if (!issuer.isValid() || issuer.host().isEmpty()
        || (issuer.scheme() != u"https"_s && issuer.scheme() != u"http"_s)) {
        *error = tr("The issuer must be an http(s) URL.");
        return std::nullopt;
    }
    if (p.clientId.isEmpty()) {
        *error = tr("The profile needs a client ID.");
        return std::nullopt;
    }
    for (const QString& uri : {p.redirectUri, p.postLogoutRedirectUri}) {
        const QUrl url(uri, QUrl::StrictMode);
        if (!uri.isEmpty() && (!url.isValid() || url.scheme().isEmpty())) {
            *error = tr("\"%1\" is not an absolute URI.").arg(uri);
            return std::nullopt;
        }
    }
    // As the profiles file will be read back.
    QString why;
    auto checked = client::ClientProfile::fromJson(p.toJson(), &why);
    if (!checked) {
        *error = why;
        return std::nullopt;
    }
    return checked;
}

QString ProfileEditor::secret() const
{
    return m_auth->currentData().toInt() == int(client::ClientProfile::ClientAuth::None) ? QString()
                                                                                         : m_secret->text();
}

void ProfileEditor::accept()
{
    QString error;
    if (!profile(&error)) {
        m_error->setText(error);
        return;
    }
    if (m_auth->currentData().toInt() == int(client::ClientProfile::ClientAuth::PrivateKeyJwt)
        && !client::ClientProfile::privateKeyFromText(m_secret->text().toUtf8(), &error)) {
        m_error->setText(tr("Private key: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace ui
