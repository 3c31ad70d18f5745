#pragma once

#include "provider/ProviderHost.h"

#include <QMainWindow>

class QCheckBox;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ui {

class ClientPanel;
class DecoderPanel;
class RequestLogFilter;
class ClientsEditor;
class ClockEditor;
class ControlApiDialog;
class FaultsEditor;
class IssuersEditor;
class KeysEditor;
class ScopesEditor;
class UsersEditor;
class RequestLogModel;
class WorkspacePage;

// The main window: the provider (state, live request log, editors), the client panel and the decoder, as
// tabs; the workspace as a document (New/Open/Save/Save As, presets, recent files, the last one reopened);
// the issuer URL, the provider's address and the request count in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the provider on `workspace` (the document's content from now on; its file is not changed).
    void startProvider(provider::Workspace workspace);

    // The workspace document. Opening and saving report problems inline and return false; a file that does
    // not load is left as it is.
    bool openWorkspace(const QString& path);
    bool saveWorkspace();
    bool saveWorkspaceAs(const QString& path);
    void newWorkspace();
    bool openPreset(const QString& name);
    // At start: `path` if given, else the last workspace opened or saved, else the built-in default.
    void openInitialWorkspace(const QString& path = {});
    QString workspacePath() const { return m_workspacePath; }
    const provider::Workspace& workspace() const { return m_workspace; }
    static QStringList recentWorkspaces();
    // The message line above the tabs (an error of the last file operation), or empty.
    QString message() const;

    provider::ProviderHost& providerHost() { return *m_host; }
    RequestLogModel* requestLog() const { return m_log; }
    RequestLogFilter* requestLogFilter() const { return m_logFilter; }
    ClientPanel* clientPanel() const { return m_clientPanel; }
    DecoderPanel* decoderPanel() const { return m_decoderPanel; }
    UsersEditor* usersEditor() const { return m_usersEditor; }
    ClientsEditor* clientsEditor() const { return m_clientsEditor; }
    ScopesEditor* scopesEditor() const { return m_scopesEditor; }
    KeysEditor* keysEditor() const { return m_keysEditor; }
    IssuersEditor* issuersEditor() const { return m_issuersEditor; }
    FaultsEditor* faultsEditor() const { return m_faultsEditor; }
    ClockEditor* clockEditor() const { return m_clockEditor; }
    QString issuerUrl() const;

    // The running provider's control API (docs/control-api.md): on with a random token unless switched off
    // (Provider > Control API, remembered) or set by `--control-token`/`--no-control`. An empty token
    // switches it off. Applies to the running provider at once and to every start.
    void setControlToken(const QByteArray& token);
    QByteArray controlToken() const { return m_controlToken; }
    // The API's base address while the provider runs, else empty.
    QString controlUrl() const;
    void showControlApi();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    // Takes an edit from a page: to the running provider at once (a new host or port restarts it), to the
    // other pages, and the document is marked modified.
    void workspaceEdited(WorkspacePage* from, const provider::Workspace& workspace);
    void showWorkspaceInPages(WorkspacePage* except = nullptr);
    void setDocument(const QString& path, const QString& title);
    void setMessage(const QString& text);
    // Asks whether to save unsaved changes; false if the user cancels.
    bool maybeSave();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    void updateStatus();
    void onStarted();
    void onFailed(const QString& error);
    void updateRequestCount();
    void showLogEntry();
    void updateControlApi();

    // Generates the signing keys the workspace lacks on a pool thread (RSA-2048 takes from 50 ms to over a
    // second), then starts the provider with them.
    void generateKeysThenStart();
    void keysGenerated(int ticket, const provider::Workspace::MadeKeys& made);

    provider::ProviderHost* m_host;
    provider::Workspace m_workspace;
    // Counts key generations; an answer for an earlier one (another workspace opened since) is dropped.
    int m_keyTicket = 0;
    QString m_workspacePath;
    QString m_documentTitle;
    RequestLogModel* m_log;
    QLineEdit* m_issuerEdit;
    QPushButton* m_copyButton;
    QPushButton* m_startStopButton;
    QLabel* m_stateLabel;
    QLabel* m_countLabel;
    QLabel* m_addressLabel;
    QLabel* m_message;
    QComboBox* m_issuerPicker;
    QMenu* m_recentMenu;
    QTableView* m_logView;
    RequestLogFilter* m_logFilter;
    QPlainTextEdit* m_logDetail;
    QCheckBox* m_logReveal;
    ClientPanel* m_clientPanel;
    DecoderPanel* m_decoderPanel;
    UsersEditor* m_usersEditor;
    ClientsEditor* m_clientsEditor;
    ScopesEditor* m_scopesEditor;
    KeysEditor* m_keysEditor;
    IssuersEditor* m_issuersEditor;
    QList<WorkspacePage*> m_pages;
    FaultsEditor* m_faultsEditor;
    ClockEditor* m_clockEditor;
    QTabWidget* m_tabs;
    QPushButton* m_controlButton;
    QByteArray m_controlToken;
    // The token given when the API is switched on again (the one a test suite may already have).
    QByteArray m_keptControlToken;
    ControlApiDialog* m_controlDialog = nullptr;
};

} // namespace ui
