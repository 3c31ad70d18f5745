#include "ui/MainWindow.h"

#include "client/TimelineExport.h"
#include "core/jose/Crypto.h"
#include "ui/ClientPanel.h"
#include "ui/ClientsEditor.h"
#include "ui/ClockEditor.h"
#include "ui/ControlApiDialog.h"
#include "ui/DecoderPanel.h"
#include "ui/FaultsEditor.h"
#include "ui/IssuersEditor.h"
#include "ui/KeysEditor.h"
#include "ui/RequestLogModel.h"
#include "ui/ScopesEditor.h"
#include "ui/Theme.h"
#include "ui/UsersEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_host(new provider::ProviderHost(this))
    , m_log(new RequestLogModel(this))
    , m_logFilter(new RequestLogFilter(this))
{
    // The log's detail pane shows whole exchanges.
    m_host->setLogExchanges(true);
    m_logFilter->setSourceModel(m_log);
    m_logFilter->setFilterKeyColumn(-1);
    m_logFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto* tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setDocumentMode(true);
    auto* central = new QWidget(tabs);
    auto* layout = new QVBoxLayout(central);

    auto* stateRow = new QHBoxLayout;
    m_startStopButton = new QPushButton(tr("&Stop"), central);
    m_startStopButton->setObjectName(QStringLiteral("startStop"));
    stateRow->addWidget(m_startStopButton);
    layout->addLayout(stateRow);
    m_stateLabel = new QLabel(central);
    m_stateLabel->setObjectName(QStringLiteral("providerState"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setWordWrap(true);
    stateRow->addWidget(m_stateLabel, 1);

    // The provider's traffic, and its editors.
    auto* providerTabs = new QTabWidget(central);
    providerTabs->setObjectName(QStringLiteral("providerTabs"));
    auto* traffic = new QWidget(providerTabs);
    auto* trafficLayout = new QVBoxLayout(traffic);
    trafficLayout->setContentsMargins(0, 0, 0, 0);

    auto* filterRow = new QHBoxLayout;
    auto* filterEdit = new QLineEdit(central);
    filterEdit->setObjectName(QStringLiteral("logFilter"));
    filterEdit->setPlaceholderText(tr("Filter the log: path, client, status, fault…"));
    filterEdit->setClearButtonEnabled(true);
    auto* problemsOnly = new QCheckBox(tr("Only &errors and faults"), central);
    problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    auto* clearButton = new QPushButton(tr("Clea&r log"), central);
    filterRow->addWidget(filterEdit, 1);
    filterRow->addWidget(problemsOnly);
    filterRow->addWidget(clearButton);
    trafficLayout->addLayout(filterRow);
    connect(filterEdit, &QLineEdit::textChanged, m_logFilter, &QSortFilterProxyModel::setFilterFixedString);
    connect(problemsOnly, &QCheckBox::toggled, m_logFilter, &RequestLogFilter::setProblemsOnly);
    connect(clearButton, &QPushButton::clicked, m_log, &RequestLogModel::clear);

    auto* logSplitter = new QSplitter(Qt::Vertical, central);
    logSplitter->setObjectName(QStringLiteral("logSplitter"));
    m_logView = new QTableView(logSplitter);
    m_logView->setObjectName(QStringLiteral("requestLog"));
    m_logView->setModel(m_logFilter);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->setAlternatingRowColors(true);
    m_logView->verticalHeader()->hide();
    m_logView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_logView->setWordWrap(false);
    // Widths from the font, not from the rows: the log starts empty and grows.
    QHeaderView* header = m_logView->horizontalHeader();
    const int padding = 2 * fontMetrics().averageCharWidth() + 8;
    header->resizeSection(
        RequestLogModel::Time, fontMetrics().horizontalAdvance(QStringLiteral("00:00:00.000")) + padding);
    header->resizeSection(
        RequestLogModel::Issuer, fontMetrics().horizontalAdvance(QStringLiteral("default")) + padding);
    header->resizeSection(
        RequestLogModel::Method, fontMetrics().horizontalAdvance(QStringLiteral("OPTIONS")) + padding);
    header->resizeSection(
        RequestLogModel::Status, fontMetrics().horizontalAdvance(QStringLiteral("Status")) + padding);
    header->resizeSection(RequestLogModel::Client,
        fontMetrics().horizontalAdvance(QStringLiteral("oidc-bench-client")) + padding);
    header->resizeSection(
        RequestLogModel::Duration, fontMetrics().horizontalAdvance(QStringLiteral("1000.0 ms")) + padding);
    header->setSectionResizeMode(RequestLogModel::Path, QHeaderView::Stretch);
    auto* detail = new QWidget(logSplitter);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_logDetail = new QPlainTextEdit(detail);
    m_logDetail->setObjectName(QStringLiteral("logDetail"));
    m_logDetail->setReadOnly(true);
    m_logDetail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_logDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_logDetail->setPlaceholderText(tr("Select a request to see it and its response."));
    m_logReveal = new QCheckBox(tr("Re&veal secrets"), detail);
    m_logReveal->setObjectName(QStringLiteral("logReveal"));
    m_logReveal->setToolTip(tr("Show client secrets, passwords, tokens and Authorization headers unmasked"));
    detailLayout->addWidget(m_logDetail, 1);
    detailLayout->addWidget(m_logReveal);
    logSplitter->addWidget(m_logView);
    logSplitter->addWidget(detail);
    logSplitter->setStretchFactor(0, 3);
    logSplitter->setStretchFactor(1, 2);
    trafficLayout->addWidget(logSplitter, 1);
    providerTabs->addTab(traffic, tr("&Traffic"));
    m_issuersEditor = new IssuersEditor(providerTabs);
    providerTabs->addTab(m_issuersEditor, tr("&Issuers"));
    m_usersEditor = new UsersEditor(providerTabs);
    providerTabs->addTab(m_usersEditor, tr("&Users"));
    m_clientsEditor = new ClientsEditor(providerTabs);
    providerTabs->addTab(m_clientsEditor, tr("Cli&ents"));
    m_scopesEditor = new ScopesEditor(providerTabs);
    providerTabs->addTab(m_scopesEditor, tr("Sc&opes"));
    m_keysEditor = new KeysEditor(providerTabs);
    providerTabs->addTab(m_keysEditor, tr("Ke&ys"));
    m_faultsEditor = new FaultsEditor(providerTabs);
    providerTabs->addTab(m_faultsEditor, tr("&Faults"));
    m_clockEditor = new ClockEditor(providerTabs);
    providerTabs->addTab(m_clockEditor, tr("Cloc&k"));
    m_pages = {m_issuersEditor, m_usersEditor, m_clientsEditor, m_scopesEditor, m_keysEditor};
    // The issuer the users, clients, scopes and keys pages show.
    auto* picker = new QWidget(providerTabs);
    auto* pickerLayout = new QHBoxLayout(picker);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    m_issuerPicker = new QComboBox(picker);
    m_issuerPicker->setObjectName(QStringLiteral("issuerPicker"));
    m_issuerPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_issuerPicker->setToolTip(tr("The issuer whose users, clients, scopes and keys are shown"));
    auto* pickerLabel = new QLabel(tr("Edi&ting:"), picker);
    pickerLabel->setBuddy(m_issuerPicker);
    pickerLayout->addWidget(pickerLabel);
    pickerLayout->addWidget(m_issuerPicker);
    providerTabs->setCornerWidget(picker);
    connect(m_issuerPicker, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (WorkspacePage* page : std::as_const(m_pages)) {
            if (page != m_issuersEditor)
                page->setIssuerIndex(index);
        }
    });
    for (WorkspacePage* page : std::as_const(m_pages)) {
        connect(page, &WorkspacePage::workspaceEdited, this,
            [this, page](const provider::Workspace& workspace) { workspaceEdited(page, workspace); });
    }
    connect(m_clockEditor, &ClockEditor::settingsChanged, this, [this](const provider::ClockSettings& clock) {
        m_workspace.clock = clock;
        setWindowModified(true);
    });
    // Switched faults live in the running provider; the workspace keeps them for the next start.
    connect(m_faultsEditor, &FaultsEditor::rulesChanged, this, [this](QList<provider::FaultRule> rules) {
        for (provider::FaultRule& rule : rules)
            rule.matched = rule.fired = 0;
        auto json = [](const QList<provider::FaultRule>& list) {
            QJsonArray array;
            for (const provider::FaultRule& rule : list)
                array.append(rule.toJson());
            return array;
        };
        // Also said when the provider starts; only a real change is an edit.
        if (json(rules) == json(m_workspace.faults))
            return;
        m_workspace.faults = rules;
        setWindowModified(true);
    });
    layout->addWidget(providerTabs, 1);
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showLogEntry);
    connect(m_logReveal, &QCheckBox::toggled, this, &MainWindow::showLogEntry);
    tabs->addTab(central, tr("&Provider"));
    m_clientPanel = new ClientPanel(tabs);
    tabs->addTab(m_clientPanel, tr("C&lient"));
    m_decoderPanel = new DecoderPanel(tabs);
    tabs->addTab(m_decoderPanel, tr("&Decoder"));
    // Problems with workspace files, said once above the tabs instead of in a dialog.
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(top);
    m_message->setObjectName(QStringLiteral("windowMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(6);
    theme::makeErrorBanner(m_message);
    m_message->hide();
    topLayout->addWidget(m_message);
    topLayout->addWidget(tabs, 1);
    setCentralWidget(top);

    // Status bar: the issuer URL with a copy button, where the provider listens, how many requests it served.
    m_issuerEdit = new QLineEdit(this);
    m_issuerEdit->setReadOnly(true);
    m_issuerEdit->setFrame(false);
    m_issuerEdit->setObjectName(QStringLiteral("issuerUrl"));
    m_issuerEdit->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("http://127.0.0.1:65535/realms/x")));
    m_issuerEdit->setToolTip(tr("The issuer URL: point a client at it"));
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("copyIssuer"));
    m_copyButton->setToolTip(tr("Copy the issuer URL to the clipboard"));
    m_copyButton->setFlat(true);
    m_addressLabel = new QLabel(this);
    m_addressLabel->setObjectName(QStringLiteral("providerAddress"));
    m_countLabel = new QLabel(this);
    m_controlButton = new QPushButton(this);
    m_controlButton->setObjectName(QStringLiteral("controlApiStatus"));
    m_controlButton->setFlat(true);
    m_controlButton->setToolTip(tr("Whether a test suite can drive this provider (Provider › Control API…)"));
    statusBar()->addPermanentWidget(m_issuerEdit);
    statusBar()->addPermanentWidget(m_copyButton);
    statusBar()->addPermanentWidget(m_addressLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_controlButton);
    updateRequestCount();
    updateStatus();
    // On unless the user switched it off: the random token is known only to this window (docs/security.md).
    m_keptControlToken = jose::randomToken(24);
    if (QSettings().value(QStringLiteral("provider/controlApi"), true).toBool())
        m_controlToken = m_keptControlToken;
    connect(m_controlButton, &QPushButton::clicked, this, &MainWindow::showControlApi);
    updateControlApi();
    createMenus();
    setDocument({}, tr("Built-in workspace"));
    // Where the user left it (geometry, tab, splitters and columns); a sensible size the first time.
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1000, 640);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_logView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/logColumns")).toByteArray());
    m_clientPanel->restoreLayout(settings.value(QStringLiteral("window/clientLayout")).toByteArray());
    m_faultsEditor->restoreLayout(settings.value(QStringLiteral("window/faultsLayout")).toByteArray());

    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_issuerEdit->text());
        statusBar()->showMessage(tr("Issuer URL copied"), 2000);
    });
    connect(m_startStopButton, &QPushButton::clicked, this, [this] {
        if (m_host->isRunning())
            m_host->stop();
        else
            startProvider(m_workspace);
    });
    connect(m_host, &provider::ProviderHost::started, this, &MainWindow::onStarted);
    connect(m_host, &provider::ProviderHost::failed, this, &MainWindow::onFailed);
    connect(m_host, &provider::ProviderHost::stopped, this, [this] {
        m_stateLabel->setText(tr("Provider stopped."));
        m_issuerEdit->clear();
        updateStatus();
        m_clientPanel->setBuiltInIssuer({});
        m_faultsEditor->setProvider(nullptr);
        m_clockEditor->setClock(nullptr);
        m_startStopButton->setText(tr("&Start"));
        updateControlApi();
    });
    connect(m_host, &provider::ProviderHost::requestsFinished, m_log, &RequestLogModel::appendBatch);
    connect(m_host, &provider::ProviderHost::requestsFinished, this, &MainWindow::updateRequestCount);
    // Follow the newest request unless the user has scrolled up to read older ones.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_logView->selectionModel()->hasSelection())
            m_logView->scrollToBottom();
    });
}

MainWindow::~MainWindow()
{
    // The host (a child) stops its provider when it is destroyed, after this window is no longer one: its
    // signals must not reach the window's slots then.
    disconnect(m_host, nullptr, this, nullptr);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("window/logColumns"), m_logView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/clientLayout"), m_clientPanel->saveLayout());
    settings.setValue(QStringLiteral("window/faultsLayout"), m_faultsEditor->saveLayout());
    QMainWindow::closeEvent(event);
}

void MainWindow::startProvider(provider::Workspace workspace)
{
    ++m_keyTicket; // whatever is being generated for an earlier workspace is not wanted any more
    m_workspace = workspace;
    showWorkspaceInPages();
    if (workspace.needsSigningKeys()) {
        generateKeysThenStart();
        return;
    }
    m_startStopButton->setEnabled(true);
    m_stateLabel->setText(
        tr("Starting the provider on %1:%2…").arg(workspace.server.host).arg(workspace.server.port));
    m_host->start(std::move(workspace));
}

void MainWindow::generateKeysThenStart()
{
    // The provider of the workspace before must not serve the new one meanwhile (edits reach it live).
    m_host->stop();
    m_stateLabel->setText(tr("Generating a signing key…"));
    // Neither stop nor start means anything until the key is there.
    m_startStopButton->setEnabled(false);
    const int ticket = m_keyTicket;
    auto promise = std::make_shared<QPromise<provider::Workspace::MadeKeys>>();
    // A child of the window: if the window goes first, so does the answer.
    auto* watcher = new QFutureWatcher<provider::Workspace::MadeKeys>(this);
    connect(watcher, &QFutureWatcher<provider::Workspace::MadeKeys>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            keysGenerated(ticket, watcher->future().result());
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, workspace = m_workspace] {
        promise->start();
        promise->addResult(workspace.makeSigningKeys());
        promise->finish();
        // The pool ends idle threads on its own: their OpenSSL state goes now, while it can be found.
        jose::endThread();
    });
}

void MainWindow::keysGenerated(int ticket, const provider::Workspace::MadeKeys& made)
{
    if (ticket != m_keyTicket)
        return;
    // The pages may have changed the workspace meanwhile: the keys go to the issuers (by id) that still wait
    // for theirs, beside any key added there meanwhile. An issuer added meanwhile gets its key in one more
    // round.
    m_workspace.addSigningKeys(made);
    startProvider(m_workspace);
}

QString MainWindow::issuerUrl() const
{
    return m_issuerEdit->text();
}

void MainWindow::onStarted()
{
    const QStringList urls = m_host->issuerUrls();
    m_issuerEdit->setText(urls.value(0));
    m_clientPanel->setBuiltInIssuer(urls.value(0));
    m_faultsEditor->setProvider(m_host->provider());
    m_clockEditor->setClock(m_host->provider()->controllableClock());
    m_decoderPanel->setDefaultIssuer(urls.value(0));
    m_stateLabel->setText(
        tr("Running on %1, port %2. Point a client at the issuer URL; its discovery document is "
           "at %3/.well-known/openid-configuration.")
            .arg(m_workspace.server.host)
            .arg(m_host->port())
            .arg(urls.value(0)));
    m_startStopButton->setText(tr("&Stop"));
    updateStatus();
    updateControlApi();
}

void MainWindow::setControlToken(const QByteArray& token)
{
    m_controlToken = token;
    if (!token.isEmpty())
        m_keptControlToken = token;
    updateControlApi();
}

QString MainWindow::controlUrl() const
{
    if (!m_host->isRunning())
        return {};
    provider::Workspace bound = m_workspace;
    bound.server.port = m_host->port();
    return bound.baseUrl() + provider::Provider::kControlPrefix;
}

void MainWindow::updateControlApi()
{
    if (const std::shared_ptr<provider::Provider> provider = m_host->provider())
        provider->setControlToken(m_controlToken);
    m_controlButton->setText(m_controlToken.isEmpty() ? tr("Control API: off") : tr("Control API: on"));
    if (m_controlDialog)
        m_controlDialog->setState(controlUrl(), m_controlToken);
}

void MainWindow::showControlApi()
{
    if (!m_controlDialog) {
        m_controlDialog = new ControlApiDialog(this);
        m_controlDialog->setObjectName(QStringLiteral("controlApiDialog"));
        connect(m_controlDialog, &ControlApiDialog::switched, this, [this](bool on) {
            QSettings().setValue(QStringLiteral("provider/controlApi"), on);
            setControlToken(on ? m_keptControlToken : QByteArray());
        });
        connect(m_controlDialog, &ControlApiDialog::newTokenWanted, this,
            [this] { setControlToken(jose::randomToken(24)); });
    }
    m_controlDialog->setState(controlUrl(), m_controlToken);
    m_controlDialog->show();
    m_controlDialog->raise();
    m_controlDialog->activateWindow();
}

void MainWindow::onFailed(const QString& error)
{
    m_issuerEdit->clear();
    m_stateLabel->setText(tr("<b>The provider could not start:</b> %1").arg(error.toHtmlEscaped()));
    m_startStopButton->setText(tr("&Start"));
    updateStatus();
}

void MainWindow::showLogEntry()
{
    const QModelIndex current = m_logFilter->mapToSource(m_logView->selectionModel()->currentIndex());
    const provider::RequestLogEntry* e = m_log->entry(current.row());
    if (!e) {
        m_logDetail->clear();
        return;
    }
    // Shown as the client library shows exchanges, with the same masking.
    client::HttpExchange x;
    x.method = e->method.toLatin1();
    QByteArray host;
    for (const auto& [name, value] : e->requestHeaders) {
        if (name == "host")
            host = value;
    }
    x.url = QUrl(QStringLiteral("http://%1%2%3")
                     .arg(QString::fromLatin1(host.isEmpty() ? QByteArray("provider") : host), e->path,
                         e->query.isEmpty() ? QString() : QLatin1Char('?') + QString::fromLatin1(e->query)));
    x.requestHeaders = e->requestHeaders;
    x.requestBody = e->requestBody;
    x.status = e->status;
    x.responseHeaders = e->responseHeaders;
    x.responseBody = e->responseBody;
    x.networkError = tr("the connection was closed without an answer (injected fault)");
    const auto masking = m_logReveal->isChecked() ? client::Masking::None : client::Masking::Secrets;
    QString text
        = client::requestText(x, masking) + QStringLiteral("\n\n") + client::responseText(x, masking);
    if (!e->faults.isEmpty())
        text = tr("Injected fault: %1").arg(e->faults.join(QStringLiteral(", "))) + QStringLiteral("\n\n")
            + text;
    m_logDetail->setPlainText(text);
}

void MainWindow::updateRequestCount()
{
    m_countLabel->setText(tr("%n request(s)", nullptr, int(m_log->totalCount())));
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New"), this, [this] {
        if (maybeSave())
            newWorkspace();
    });
    newAction->setShortcut(QKeySequence::New);
    newAction->setToolTip(tr("Start again from the built-in workspace"));
    QAction* open = file->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"),
            QFileInfo(m_workspacePath).absolutePath(), tr("Workspaces (*.json);;All files (*)"));
        if (!path.isEmpty())
            openWorkspace(path);
    });
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QMenu* presets = file->addMenu(tr("&Presets"));
    presets->setObjectName(QStringLiteral("presetsMenu"));
    presets->setToolTipsVisible(true);
    for (const QString& name : provider::Workspace::presetNames()) {
        QAction* action = presets->addAction(name, this, [this, name] {
            if (maybeSave())
                openPreset(name);
        });
        action->setObjectName(u"preset:"_s + name);
        action->setToolTip(tr("A workspace that imitates a real provider (docs/presets.md)"));
    }
    file->addSeparator();
    QAction* save = file->addAction(tr("&Save"), this, &MainWindow::saveWorkspace);
    save->setShortcut(QKeySequence::Save);
    QAction* saveAs = file->addAction(tr("Save &As…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"),
            m_workspacePath.isEmpty() ? u"workspace.json"_s : m_workspacePath, tr("Workspaces (*.json)"));
        if (!path.isEmpty())
            saveWorkspaceAs(path);
    });
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Not &P: the Provider tab has it.
    QMenu* providerMenu = menuBar()->addMenu(tr("Pro&vider"));
    QAction* control = providerMenu->addAction(tr("&Control API…"), this, &MainWindow::showControlApi);
    control->setObjectName(QStringLiteral("controlApiAction"));
    control->setToolTip(tr("Let a test suite add faults, reset state and move the clock"));
}

void MainWindow::workspaceEdited(WorkspacePage* from, const provider::Workspace& workspace)
{
    const bool restart = workspace.server.host != m_workspace.server.host
        || workspace.server.port != m_workspace.server.port;
    // Faults and the clock are kept by their own editors; a page's copy may be older.
    provider::Workspace edited = workspace;
    edited.faults = m_workspace.faults;
    edited.clock = m_workspace.clock;
    m_workspace = edited;
    setWindowModified(true);
    setMessage({});
    if (restart && m_host->provider()) {
        startProvider(edited);
        return;
    }
    m_host->setWorkspace(edited);
    showWorkspaceInPages(from);
    if (m_host->isRunning()) {
        // A moved issuer has a new URL.
        const QStringList urls = m_host->issuerUrls();
        m_issuerEdit->setText(urls.value(0));
        m_clientPanel->setBuiltInIssuer(urls.value(0));
        m_decoderPanel->setDefaultIssuer(urls.value(0));
    }
}

void MainWindow::showWorkspaceInPages(WorkspacePage* except)
{
    {
        const QSignalBlocker blocker(m_issuerPicker);
        const int current = m_issuerPicker->currentIndex();
        m_issuerPicker->clear();
        for (const provider::Issuer& issuer : std::as_const(m_workspace.issuers))
            m_issuerPicker->addItem(issuer.name.isEmpty() ? issuer.id : issuer.name);
        m_issuerPicker->setCurrentIndex(current >= 0 && current < m_issuerPicker->count() ? current : 0);
    }
    for (WorkspacePage* page : std::as_const(m_pages)) {
        if (page == except)
            continue;
        if (page != m_issuersEditor)
            page->setIssuerIndex(m_issuerPicker->currentIndex());
        page->setWorkspace(m_workspace);
    }
}

void MainWindow::updateStatus()
{
    if (m_host->isRunning())
        m_addressLabel->setText(
            tr("Running on %1, port %2").arg(m_workspace.server.host).arg(m_host->port()));
    else
        m_addressLabel->setText(tr("Stopped"));
    m_copyButton->setEnabled(!m_issuerEdit->text().isEmpty());
}

} // namespace ui
