#include "ui/ClientPanel.h"

#include "client/Browser.h"
#include "client/ProfileStore.h"
#include "client/SecretStore.h"
#include "client/TimelineExport.h"
#include "client/TokenValidator.h"
#include "ui/LayoutState.h"
#include "ui/ProfileEditor.h"
#include "ui/SequenceDiagram.h"
#include "ui/Theme.h"
#include "ui/TimelineModel.h"
#include "ui/ValidationView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QPlainTextEdit* monospaceView(QWidget* parent, const QString& name)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

ClientPanel::ClientPanel(QWidget* parent)
    : QWidget(parent)
    , m_secrets(std::make_shared<client::MemorySecretStore>())
    , m_browser(std::make_shared<client::SystemBrowser>())
    , m_timelineModel(new TimelineModel(this))
{
    auto* layout = new QVBoxLayout(this);

    auto* controls = new QHBoxLayout;
    auto* profileLabel = new QLabel(tr("&Profile:"), this);
    m_profileBox = new QComboBox(this);
    m_profileBox->setObjectName(QStringLiteral("profile"));
    m_profileBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    profileLabel->setBuddy(m_profileBox);
    auto* operationLabel = new QLabel(tr("&Flow:"), this);
    m_operationBox = new QComboBox(this);
    m_operationBox->setObjectName(QStringLiteral("operation"));
    operationLabel->setBuddy(m_operationBox);
    const QList<std::pair<Operation, QString>> operations{{Operation::SignIn, tr("Sign in (browser)")},
        {Operation::Device, tr("Device authorization")},
        {Operation::ClientCredentials, tr("Client credentials")}, {Operation::Refresh, tr("Refresh")},
        {Operation::UserInfo, tr("UserInfo")}, {Operation::Introspect, tr("Introspect access token")},
        {Operation::Revoke, tr("Revoke access token")}, {Operation::SignOut, tr("Sign out (browser)")}};
    for (const auto& [operation, label] : operations)
        m_operationBox->addItem(label, int(operation));
    m_runButton = new QPushButton(tr("&Run"), this);
    m_runButton->setObjectName(QStringLiteral("run"));
    m_runButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_runButton->setToolTip(tr("Run the flow (Ctrl+Enter)"));
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    m_cancelButton->setEnabled(false);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setVisible(false);
    m_newProfileButton = new QPushButton(tr("&New…"), this);
    m_newProfileButton->setObjectName(QStringLiteral("newProfile"));
    m_newProfileButton->setToolTip(tr("A new saved profile, starting from the selected one"));
    m_editProfileButton = new QPushButton(tr("&Edit…"), this);
    m_editProfileButton->setObjectName(QStringLiteral("editProfile"));
    m_deleteProfileButton = new QPushButton(tr("Dele&te"), this);
    m_deleteProfileButton->setObjectName(QStringLiteral("deleteProfile"));
    controls->addWidget(profileLabel);
    controls->addWidget(m_profileBox, 1);
    controls->addWidget(m_newProfileButton);
    controls->addWidget(m_editProfileButton);
    controls->addWidget(m_deleteProfileButton);
    controls->addWidget(operationLabel);
    controls->addWidget(m_operationBox);
    controls->addWidget(m_runButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_busyBar);
    layout->addLayout(controls);

    auto* secretRow = new QHBoxLayout;
    m_secretLabel = new QLabel(tr("Client &secret:"), this);
    m_secretLabel->setObjectName(QStringLiteral("clientSecretLabel"));
    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(QStringLiteral("clientSecret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secretEdit);
    secretRow->addWidget(m_secretLabel);
    secretRow->addWidget(m_secretEdit, 1);
    layout->addLayout(secretRow);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    m_deviceLabel = new QLabel(this);
    m_deviceLabel->setObjectName(QStringLiteral("deviceCode"));
    m_deviceLabel->setOpenExternalLinks(false);
    m_deviceLabel->setVisible(false);
    connect(m_deviceLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        QString error;
        m_browser->open(QUrl(link), &error);
    });
    layout->addWidget(m_deviceLabel);

    m_pasteRow = new QWidget(this);
    auto* pasteLayout = new QHBoxLayout(m_pasteRow);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    auto* pasteLabel = new QLabel(tr("Final &URL:"), m_pasteRow);
    m_pasteEdit = new QLineEdit(m_pasteRow);
    m_pasteEdit->setObjectName(QStringLiteral("pastedRedirect"));
    m_pasteEdit->setPlaceholderText(tr("Paste the URL the browser ended at"));
    pasteLabel->setBuddy(m_pasteEdit);
    auto* pasteButton = new QPushButton(tr("C&ontinue"), m_pasteRow);
    pasteLayout->addWidget(pasteLabel);
    pasteLayout->addWidget(m_pasteEdit, 1);
    pasteLayout->addWidget(pasteButton);
    m_pasteRow->setVisible(false);
    layout->addWidget(m_pasteRow);
    auto paste = [this] {
        if (m_rp && m_rp->completeSignIn(QUrl(m_pasteEdit->text().trimmed())))
            m_pasteRow->setVisible(false);
    };
    connect(pasteButton, &QPushButton::clicked, this, paste);
    connect(m_pasteEdit, &QLineEdit::returnPressed, this, paste);

    auto* splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("clientSplitter"));
    // The flow two ways: drawn as a sequence diagram, and as a table of steps.
    auto* flowViews = new QTabWidget(splitter);
    flowViews->setObjectName(QStringLiteral("flowViews"));
    auto* diagramScroll = new QScrollArea(flowViews);
    diagramScroll->setWidgetResizable(true);
    m_diagram = new SequenceDiagram(diagramScroll);
    m_diagram->setModel(m_timelineModel);
    diagramScroll->setWidget(m_diagram);
    flowViews->addTab(diagramScroll, tr("Diagram"));
    m_timelineView = new QTableView(flowViews);
    flowViews->addTab(m_timelineView, tr("Steps"));
    m_timelineView->setObjectName(QStringLiteral("timeline"));
    m_timelineView->setModel(m_timelineModel);
    m_timelineView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timelineView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timelineView->verticalHeader()->hide();
    m_timelineView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_timelineView->setWordWrap(false);
    QHeaderView* header = m_timelineView->horizontalHeader();
    const int padding = 2 * fontMetrics().averageCharWidth() + 8;
    header->resizeSection(
        TimelineModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    header->resizeSection(TimelineModel::Direction,
        fontMetrics().horizontalAdvance(QStringLiteral("Provider → Browser")) + padding);
    header->resizeSection(TimelineModel::Step,
        fontMetrics().horizontalAdvance(QStringLiteral("Authorization response")) + padding);
    header->setSectionResizeMode(TimelineModel::Result, QHeaderView::Stretch);

    auto* details = new QTabWidget(splitter);
    details->setObjectName(QStringLiteral("clientDetails"));
    auto* exchangeTab = new QWidget(details);
    auto* exchangeLayout = new QVBoxLayout(exchangeTab);
    m_exchangeView = monospaceView(exchangeTab, QStringLiteral("exchange"));
    m_revealBox = new QCheckBox(tr("Re&veal secrets"), exchangeTab);
    m_revealBox->setObjectName(QStringLiteral("revealSecrets"));
    m_revealBox->setToolTip(tr("Show client secrets, tokens and Authorization headers unmasked"));
    exchangeLayout->addWidget(m_exchangeView, 1);
    auto* exportRow = new QHBoxLayout;
    auto* curlButton = new QPushButton(tr("Export c&url…"), exchangeTab);
    auto* harButton = new QPushButton(tr("Export &HAR…"), exchangeTab);
    auto* pngButton = new QPushButton(tr("Export dia&gram…"), exchangeTab);
    exportRow->addWidget(m_revealBox);
    exportRow->addStretch(1);
    exportRow->addWidget(curlButton);
    exportRow->addWidget(harButton);
    exportRow->addWidget(pngButton);
    exchangeLayout->addLayout(exportRow);
    details->addTab(exchangeTab, tr("HTTP"));
    // The token inspector: when each token expires, counting down, and what can be done with them.
    auto* tokensTab = new QWidget(details);
    auto* tokensLayout = new QVBoxLayout(tokensTab);
    m_expiryLabel = new QLabel(tokensTab);
    m_expiryLabel->setObjectName(QStringLiteral("tokenExpiry"));
    m_expiryLabel->setTextFormat(Qt::RichText);
    m_expiryLabel->setWordWrap(true);
    tokensLayout->addWidget(m_expiryLabel);
    auto* tokenButtons = new QHBoxLayout;
    auto tokenButton = [&](const QString& text, const QString& name, const QString& tip) {
        auto* button = new QPushButton(text, tokensTab);
        button->setObjectName(name);
        button->setToolTip(tip);
        tokenButtons->addWidget(button);
        return button;
    };
    m_refreshButton
        = tokenButton(tr("Re&fresh"), QStringLiteral("tokenRefresh"), tr("New tokens for the refresh token"));
    m_userinfoButton = tokenButton(
        tr("&Userinfo"), QStringLiteral("tokenUserinfo"), tr("The user's claims, with the access token"));
    m_introspectButton = tokenButton(tr("&Introspect"), QStringLiteral("tokenIntrospect"),
        tr("Ask the provider whether the access token is active (RFC 7662)"));
    m_revokeAccessButton = tokenButton(
        tr("Revoke &access"), QStringLiteral("tokenRevokeAccess"), tr("Revoke the access token (RFC 7009)"));
    m_revokeRefreshButton = tokenButton(tr("Revoke r&efresh"), QStringLiteral("tokenRevokeRefresh"),
        tr("Revoke the refresh token (RFC 7009)"));
    m_signOutButton = tokenButton(
        tr("Sign &out"), QStringLiteral("tokenSignOut"), tr("RP-initiated logout with the ID token as hint"));
    tokenButtons->addStretch(1);
    tokensLayout->addLayout(tokenButtons);
    m_tokenView = monospaceView(tokensTab, QStringLiteral("tokens"));
    tokensLayout->addWidget(m_tokenView, 1);
    details->addTab(tokensTab, tr("Tokens"));
    using RP = client::RelyingParty;
    connect(
        m_refreshButton, &QPushButton::clicked, this, [this] { start([](RP& rp) { return rp.refresh(); }); });
    connect(m_userinfoButton, &QPushButton::clicked, this,
        [this] { start([](RP& rp) { return rp.userInfo(RP::UserInfoMethod::Get); }); });
    connect(m_introspectButton, &QPushButton::clicked, this,
        [this] { start([](RP& rp) { return rp.introspect(RP::TokenKind::Access); }); });
    connect(m_revokeAccessButton, &QPushButton::clicked, this,
        [this] { start([](RP& rp) { return rp.revoke(RP::TokenKind::Access); }); });
    connect(m_revokeRefreshButton, &QPushButton::clicked, this,
        [this] { start([](RP& rp) { return rp.revoke(RP::TokenKind::Refresh); }); });
    connect(
        m_signOutButton, &QPushButton::clicked, this, [this] { start([](RP& rp) { return rp.signOut(); }); });
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ClientPanel::updateTokenState);
    updateTokenState();
    m_checksView = new QTreeWidget(details);
    m_checksView->setObjectName(QStringLiteral("checks"));
    m_checksView->setHeaderLabels({tr("Check"), tr("Result"), tr("Why")});
    m_checksView->setRootIsDecorated(false);
    details->addTab(m_checksView, tr("Checks"));
    splitter->addWidget(flowViews);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_runButton, &QPushButton::clicked, this,
        [this] { run(Operation(m_operationBox->currentData().toInt())); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_rp)
            m_rp->cancel();
    });
    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &ClientPanel::selectProfile);
    connect(m_newProfileButton, &QPushButton::clicked, this, [this] { editProfile(true); });
    connect(m_editProfileButton, &QPushButton::clicked, this, [this] { editProfile(false); });
    connect(m_deleteProfileButton, &QPushButton::clicked, this, &ClientPanel::deleteProfile);
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { showEntry(current.row()); });
    connect(m_revealBox, &QCheckBox::toggled, this,
        [this] { showEntry(m_timelineView->selectionModel()->currentIndex().row()); });
    connect(curlButton, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(harButton, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    connect(pngButton, &QPushButton::clicked, this, &ClientPanel::exportDiagramWithDialog);
    // A message clicked in the diagram is the step shown below (and selected in the table).
    connect(
        m_diagram, &SequenceDiagram::rowClicked, this, [this](int row) { m_timelineView->selectRow(row); });
    connect(m_timelineView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_diagram,
        [this](const QModelIndex& current) { m_diagram->setSelectedRow(current.row()); });
    connect(m_timelineModel, &QAbstractItemModel::rowsInserted, diagramScroll, [diagramScroll] {
        QMetaObject::invokeMethod(
            diagramScroll,
            [diagramScroll] { diagramScroll->ensureVisible(0, diagramScroll->widget()->height(), 0, 0); },
            Qt::QueuedConnection);
    });
    // Follow the flow as it grows, unless the user picked a step to read.
    connect(m_timelineModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_timelineView->selectionModel()->hasSelection())
            m_timelineView->scrollToBottom();
    });
    rebuildProfiles();
}

ClientPanel::~ClientPanel() = default;

void ClientPanel::setBuiltInIssuer(const QString& issuer)
{
    if (issuer == m_builtInIssuer)
        return;
    m_builtInIssuer = issuer;
    rebuildProfiles();
}

void ClientPanel::setProfiles(const QList<client::ClientProfile>& profiles)
{
    m_saved = profiles;
    rebuildProfiles();
}

void ClientPanel::setSecretStore(std::shared_ptr<client::SecretStore> store)
{
    m_secrets = std::move(store);
}

void ClientPanel::setBrowser(std::shared_ptr<client::Browser> browser)
{
    m_browser = std::move(browser);
    if (m_rp)
        m_rp->setBrowser(m_browser);
}

void ClientPanel::selectProfile(int index)
{
    // The built-in profile is not saved: editing it makes a saved copy.
    const bool isSaved = index >= 0 && m_profileBox->itemData(index).toInt() >= 0;
    m_newProfileButton->setEnabled(m_store != nullptr);
    m_editProfileButton->setEnabled(m_store && index >= 0);
    m_deleteProfileButton->setEnabled(m_store && isSaved);
    if (m_rp && m_rp->isBusy())
        m_rp->cancel();
    m_rp.reset();
    ++m_secretReads; // whatever the keychain still answers was for the profile before
    m_timelineModel->setTimeline(nullptr);
    m_secretEdit->clear();
    m_accessExpiry = m_idExpiry = 0;
    m_idTokenReport.reset();
    m_accessTokenReport.reset();
    m_userinfo = {};
    m_tokenView->clear();
    updateTokenState();
    if (index < 0) {
        m_statusLabel->setText(tr("No profile: start the provider or add a profile."));
        m_runButton->setEnabled(false);
        return;
    }
    const int saved = m_profileBox->itemData(index).toInt();
    const client::ClientProfile profile
        = saved < 0 ? client::ClientProfile::builtIn(m_builtInIssuer) : m_saved.at(saved);
    m_rp = std::make_unique<client::RelyingParty>(profile);
    m_rp->setBrowser(m_browser);
    m_timelineModel->setTimeline(m_rp->timeline());
    m_runButton->setEnabled(true);
    m_statusLabel->setText(tr("Client %1 at %2.").arg(profile.clientId, profile.issuer));

    const bool needsSecret = profile.clientAuth != client::ClientProfile::ClientAuth::None;
    // private_key_jwt: what the field holds is the client's private key (JWK or PEM), kept like a secret.
    m_secretLabel->setText(profile.clientAuth == client::ClientProfile::ClientAuth::PrivateKeyJwt
            ? tr("Private &key:")
            : tr("Client &secret:"));
    m_secretLabel->setVisible(needsSecret);
    m_secretEdit->setVisible(needsSecret);
    if (needsSecret) {
        // The keychain answers when it likes: only the answer to this selection's read may fill the field, so
        // neither a stale answer nor another issuer's secret for the same client_id reaches this profile.
        QPointer<ClientPanel> self(this);
        const quint64 selection = m_secretReads;
        m_secrets->read(client::ClientProfile::clientSecretKey(profile.issuer, profile.clientId),
            [self, selection](std::optional<QByteArray> secret, const QString&) {
                if (self && secret && self->m_rp && self->m_secretReads == selection)
                    self->m_secretEdit->setText(QString::fromUtf8(*secret));
            });
    }

    connect(m_rp.get(), &client::RelyingParty::busyChanged, this, &ClientPanel::setBusy);
    connect(m_rp.get(), &client::RelyingParty::finished, this, &ClientPanel::showResult);
    connect(m_rp.get(), &client::RelyingParty::redirectExpected, this, [this] {
        m_pasteEdit->clear();
        m_pasteRow->setVisible(true);
        m_pasteEdit->setFocus();
    });
    connect(m_rp.get(), &client::RelyingParty::deviceCodeIssued, this,
        [this](const client::DeviceAuthorization& device) {
            const QUrl link = device.verificationUriComplete.isEmpty() ? device.verificationUri
                                                                       : device.verificationUriComplete;
            m_deviceLabel->setText(
                tr("Enter the code <b>%1</b> at <a href=\"%2\">%3</a>.")
                    .arg(device.userCode.toHtmlEscaped(), link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                        device.verificationUri.toString().toHtmlEscaped()));
            m_deviceLabel->setVisible(true);
        });
}

bool ClientPanel::start(const std::function<bool(client::RelyingParty&)>& operation)
{
    if (!m_rp || m_rp->isBusy())
        return false;
    m_rp->setClientSecret(m_secretEdit->text().toUtf8());
    m_statusLabel->clear();
    m_deviceLabel->setVisible(false);
    m_pasteRow->setVisible(false);
    return operation(*m_rp);
}

bool ClientPanel::run(Operation operation)
{
    using RP = client::RelyingParty;
    return start([operation](RP& rp) {
        switch (operation) {
        case Operation::SignIn:
            return rp.signIn();
        case Operation::Device:
            return rp.deviceAuthorization();
        case Operation::ClientCredentials:
            return rp.clientCredentials();
        case Operation::Refresh:
            return rp.refresh();
        case Operation::UserInfo:
            return rp.userInfo(RP::UserInfoMethod::Get);
        case Operation::Introspect:
            return rp.introspect(RP::TokenKind::Access);
        case Operation::Revoke:
            return rp.revoke(RP::TokenKind::Access);
        case Operation::SignOut:
            return rp.signOut();
        }
        return false;
    });
}

namespace {

// "59:58", "1:02:03", or "3 days 04:05:06".
QString countdown(qint64 secs)
{
    const qint64 days = secs / 86400;
    const QTime t = QTime(0, 0).addSecs(int(secs % 86400));
    const QString clock = t.hour() > 0 || days > 0 ? t.toString(u"H:mm:ss"_s) : t.toString(u"m:ss"_s);
    return days > 0
        ? QCoreApplication::translate("ui::ClientPanel", "%n day(s) %1", nullptr, int(days)).arg(clock)
        : clock;
}

} // namespace

void ClientPanel::updateTokenState()
{
    const client::TokenSet tokens = m_rp ? m_rp->tokens() : client::TokenSet();
    const bool idle = m_rp && !m_rp->isBusy();
    const bool access = !tokens.accessToken.isEmpty();
    const bool refresh = !tokens.refreshToken.isEmpty();
    m_refreshButton->setEnabled(idle && refresh);
    m_userinfoButton->setEnabled(idle && access);
    m_introspectButton->setEnabled(idle && access);
    m_revokeAccessButton->setEnabled(idle && access);
    m_revokeRefreshButton->setEnabled(idle && refresh);
    m_signOutButton->setEnabled(idle && !tokens.idToken.isEmpty());

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto expiry = [&](const QString& name, bool held, qint64 at) {
        if (!held)
            return tr("%1: none").arg(name);
        if (at <= 0)
            return tr("%1: held, expiry not said").arg(name);
        const QString when = QDateTime::fromSecsSinceEpoch(at).toString(u"HH:mm:ss"_s);
        if (at <= now)
            return tr("%1: <span style=\"color:%4\"><b>expired</b> %2 ago</span> (%3)")
                .arg(name, countdown(now - at), when, theme::color(theme::Tone::Error, palette()).name());
        return tr("%1: expires in <b>%2</b> (%3)").arg(name, countdown(at - now), when);
    };
    QStringList parts{expiry(tr("Access token"), access, m_accessExpiry),
        expiry(tr("ID token"), !tokens.idToken.isEmpty(), m_idExpiry)};
    parts.append(refresh ? tr("Refresh token: held") : tr("Refresh token: none"));
    m_expiryLabel->setText(parts.join(u" · "_s));
    const bool counting = (access && m_accessExpiry > 0) || (!tokens.idToken.isEmpty() && m_idExpiry > 0);
    if (counting && !m_countdown.isActive())
        m_countdown.start();
    else if (!counting)
        m_countdown.stop();
}

void ClientPanel::setBusy(bool busy)
{
    m_runButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_busyBar->setVisible(busy);
    m_profileBox->setEnabled(!busy);
    if (busy)
        m_statusLabel->setText(tr("Running…"));
    updateTokenState();
}

void ClientPanel::showResult(const client::FlowResult& result)
{
    m_deviceLabel->setVisible(false);
    m_pasteRow->setVisible(false);
    QString name = client::FlowResult::operationName(result.operation);
    name[0] = name[0].toUpper();
    if (!result.ok)
        m_statusLabel->setText(
            tr("<b>%1 failed:</b> %2").arg(name.toHtmlEscaped(), result.error.toHtmlEscaped()));
    else if (!result.checksPassed())
        m_statusLabel->setText(
            tr("<b>%1 done, but checks failed</b> (see Checks).").arg(name.toHtmlEscaped()));
    else
        m_statusLabel->setText(tr("%1 done; every check passed.").arg(name.toHtmlEscaped()));

    // Expiries of newly received tokens: a JWT's own exp, else expires_in from when it arrived.
    if (!result.tokens.accessToken.isEmpty()) {
        m_accessExpiry = result.accessToken && result.accessToken->claims.value(u"exp"_s).isDouble()
            ? qint64(result.accessToken->claims.value(u"exp"_s).toDouble())
            : result.tokens.expiresIn >= 0 && result.tokens.receivedAt.isValid()
            ? result.tokens.receivedAt.toSecsSinceEpoch() + result.tokens.expiresIn
            : 0;
    }
    if (result.idToken && !result.tokens.idToken.isEmpty())
        m_idExpiry = qint64(result.idToken->claims.value(u"exp"_s).toDouble());
    updateTokenState();

    // The inspector shows what the client holds (the ID and access tokens, decoded), the last userinfo
    // answer, and this operation's response.
    const bool userinfo = result.operation == client::FlowResult::Operation::UserInfo;
    if (result.idToken && !userinfo)
        m_idTokenReport = result.idToken;
    if (!result.tokens.accessToken.isEmpty())
        m_accessTokenReport = result.accessToken;
    if (userinfo && result.ok)
        m_userinfo = result.body;
    const client::TokenSet held = m_rp ? m_rp->tokens() : client::TokenSet();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    auto json = [](const QJsonObject& o) {
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    };
    QString tokens;
    if (!held.idToken.isEmpty() && m_idTokenReport)
        tokens += tr("ID token\n") + client::tokenText(*m_idTokenReport, now) + u'\n';
    if (!held.accessToken.isEmpty() && m_accessTokenReport)
        tokens += tr("Access token (JWT)\n") + client::tokenText(*m_accessTokenReport, now) + u'\n';
    else if (!held.accessToken.isEmpty())
        tokens += tr("Access token (opaque)\n") + held.accessToken + u"\n\n"_s;
    if (!m_userinfo.isEmpty())
        tokens += tr("Userinfo\n") + json(m_userinfo) + u'\n';
    if (!result.body.isEmpty() && !userinfo)
        tokens += tr("Response (%1)\n").arg(client::FlowResult::operationName(result.operation))
            + json(result.body);
    m_tokenView->setPlainText(tokens);

    m_checksView->clear();
    auto add = [this](const QString& prefix, const client::ValidationCheck& check) {
        addCheckRow(m_checksView, {prefix + check.id}, check);
    };
    for (const client::ValidationCheck& check : result.checks)
        add({}, check);
    if (result.idToken) {
        for (const client::ValidationCheck& check : result.idToken->checks)
            add(tr("ID token: "), check);
    }
    m_checksView->resizeColumnToContents(0);
    emit finished(result);
}

void ClientPanel::showEntry(int row)
{
    const client::TimelineEntry* entry = m_timelineModel->entry(row);
    if (!entry) {
        m_exchangeView->clear();
        return;
    }
    const auto masking = m_revealBox->isChecked() ? client::Masking::None : client::Masking::Secrets;
    QString text = entry->title + u'\n' + entry->detail + u"\n\n"_s;
    if (entry->http)
        text += client::requestText(*entry->http, masking) + u"\n\n"_s
            + client::responseText(*entry->http, masking);
    else if (entry->url.isValid())
        text += client::urlText(entry->url, masking);
    m_exchangeView->setPlainText(text);
}

} // namespace ui
