#pragma once

#include "provider/ProviderHost.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ui {

class RequestLogModel;

// The main window. For now: the provider's issuer URL and state, and its live request log.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void startProvider(provider::Workspace workspace);
    provider::ProviderHost& providerHost() { return *m_host; }
    RequestLogModel* requestLog() const { return m_log; }
    QString issuerUrl() const;

private:
    void onStarted();
    void onFailed(const QString& error);
    void updateRequestCount();

    provider::ProviderHost* m_host;
    provider::Workspace m_workspace;
    RequestLogModel* m_log;
    QLineEdit* m_issuerEdit;
    QPushButton* m_copyButton;
    QPushButton* m_startStopButton;
    QLabel* m_stateLabel;
    QLabel* m_countLabel;
    QTableView* m_logView;
};

} // namespace ui
