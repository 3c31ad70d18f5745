#pragma once

#include "provider/ProviderHost.h"

#include <QMainWindow>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ui {

class ClientPanel;
class DecoderPanel;
class RequestLogFilter;
class ClockEditor;
class FaultsEditor;
class UsersEditor;
class RequestLogModel;

// The main window: the provider (issuer URL, state, live request log), the client panel and the decoder, as
// tabs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void startProvider(provider::Workspace workspace);
    provider::ProviderHost& providerHost() { return *m_host; }
    RequestLogModel* requestLog() const { return m_log; }
    RequestLogFilter* requestLogFilter() const { return m_logFilter; }
    ClientPanel* clientPanel() const { return m_clientPanel; }
    DecoderPanel* decoderPanel() const { return m_decoderPanel; }
    UsersEditor* usersEditor() const { return m_usersEditor; }
    FaultsEditor* faultsEditor() const { return m_faultsEditor; }
    ClockEditor* clockEditor() const { return m_clockEditor; }
    QString issuerUrl() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onStarted();
    void onFailed(const QString& error);
    void updateRequestCount();
    void showLogEntry();

    provider::ProviderHost* m_host;
    provider::Workspace m_workspace;
    RequestLogModel* m_log;
    QLineEdit* m_issuerEdit;
    QPushButton* m_copyButton;
    QPushButton* m_startStopButton;
    QLabel* m_stateLabel;
    QLabel* m_countLabel;
    QTableView* m_logView;
    RequestLogFilter* m_logFilter;
    QPlainTextEdit* m_logDetail;
    QCheckBox* m_logReveal;
    ClientPanel* m_clientPanel;
    DecoderPanel* m_decoderPanel;
    UsersEditor* m_usersEditor;
    FaultsEditor* m_faultsEditor;
    ClockEditor* m_clockEditor;
    QTabWidget* m_tabs;
};

} // namespace ui
