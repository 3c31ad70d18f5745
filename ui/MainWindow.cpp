#include "ui/MainWindow.h"

#include "client/TimelineExport.h"
#include "ui/ClientPanel.h"
#include "ui/ClockEditor.h"
#include "ui/DecoderPanel.h"
#include "ui/FaultsEditor.h"
#include "ui/RequestLogModel.h"
#include "ui/UsersEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

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
    setWindowTitle(tr("OIDC Bench"));
    auto* tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setDocumentMode(true);
    auto* central = new QWidget(tabs);
    auto* layout = new QVBoxLayout(central);

    auto* issuerRow = new QHBoxLayout;
    auto* issuerLabel = new QLabel(tr("&Issuer:"), central);
    m_issuerEdit = new QLineEdit(central);
    m_issuerEdit->setReadOnly(true);
    m_issuerEdit->setObjectName(QStringLiteral("issuerUrl"));
    issuerLabel->setBuddy(m_issuerEdit);
    m_copyButton = new QPushButton(tr("&Copy"), central);
    m_copyButton->setToolTip(tr("Copy the issuer URL to the clipboard"));
    m_startStopButton = new QPushButton(tr("&Stop"), central);
    m_startStopButton->setObjectName(QStringLiteral("startStop"));
    issuerRow->addWidget(issuerLabel);
    issuerRow->addWidget(m_issuerEdit, 1);
    issuerRow->addWidget(m_copyButton);
    issuerRow->addWidget(m_startStopButton);
    layout->addLayout(issuerRow);

    m_stateLabel = new QLabel(central);
    m_stateLabel->setObjectName(QStringLiteral("providerState"));
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setWordWrap(true);
    layout->addWidget(m_stateLabel);

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
    m_usersEditor = new UsersEditor(providerTabs);
    providerTabs->addTab(m_usersEditor, tr("&Users"));
    m_faultsEditor = new FaultsEditor(providerTabs);
    providerTabs->addTab(m_faultsEditor, tr("&Faults"));
    m_clockEditor = new ClockEditor(providerTabs);
    providerTabs->addTab(m_clockEditor, tr("Cloc&k"));
    connect(m_clockEditor, &ClockEditor::settingsChanged, this,
        [this](const provider::ClockSettings& clock) { m_workspace.clock = clock; });
    // Switched faults live in the running provider; the workspace keeps them for the next start.
    connect(m_faultsEditor, &FaultsEditor::rulesChanged, this, [this](QList<provider::FaultRule> rules) {
        for (provider::FaultRule& rule : rules)
            rule.matched = rule.fired = 0;
        m_workspace.faults = rules;
    });
    layout->addWidget(providerTabs, 1);
    // Edits apply to the running provider at once, and to the next start.
    connect(m_usersEditor, &UsersEditor::workspaceEdited, this, [this](const provider::Workspace& workspace) {
        m_workspace = workspace;
        m_host->setWorkspace(workspace);
    });
    connect(m_logView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::showLogEntry);
    connect(m_logReveal, &QCheckBox::toggled, this, &MainWindow::showLogEntry);
    tabs->addTab(central, tr("&Provider"));
    m_clientPanel = new ClientPanel(tabs);
    tabs->addTab(m_clientPanel, tr("C&lient"));
    m_decoderPanel = new DecoderPanel(tabs);
    tabs->addTab(m_decoderPanel, tr("&Decoder"));
    setCentralWidget(tabs);

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    updateRequestCount();
    // Where the user left it (geometry, tab, splitters and columns); a sensible size the first time.
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1000, 640);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
    m_logView->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("window/logColumns")).toByteArray());
    m_clientPanel->restoreLayout(settings.value(QStringLiteral("window/clientLayout")).toByteArray());

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
        m_clientPanel->setBuiltInIssuer({});
        m_faultsEditor->setProvider(nullptr);
        m_clockEditor->setClock(nullptr);
        m_startStopButton->setText(tr("&Start"));
    });
    connect(m_host, &provider::ProviderHost::requestFinished, m_log, &RequestLogModel::append);
    connect(m_host, &provider::ProviderHost::requestFinished, this, &MainWindow::updateRequestCount);
    // Follow the newest request unless the user has scrolled up to read older ones.
    connect(m_log, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_logView->selectionModel()->hasSelection())
            m_logView->scrollToBottom();
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("window/logColumns"), m_logView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/clientLayout"), m_clientPanel->saveLayout());
    QMainWindow::closeEvent(event);
}

void MainWindow::startProvider(provider::Workspace workspace)
{
    workspace.ensureSigningKeys();
    m_workspace = workspace;
    m_usersEditor->setWorkspace(m_workspace);
    m_stateLabel->setText(
        tr("Starting the provider on %1:%2…").arg(workspace.server.host).arg(workspace.server.port));
    m_host->start(std::move(workspace));
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
}

void MainWindow::onFailed(const QString& error)
{
    m_issuerEdit->clear();
    m_stateLabel->setText(tr("<b>The provider could not start:</b> %1").arg(error.toHtmlEscaped()));
    m_startStopButton->setText(tr("&Start"));
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

} // namespace ui
