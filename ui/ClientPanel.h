#pragma once

#include "client/ClientProfile.h"
#include "client/flows/RelyingParty.h"

#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace client {
class Browser;
class ProfileStore;
class SecretStore;
} // namespace client

namespace ui {

class SequenceDiagram;
class TimelineModel;

// The relying-party half of the window: pick a profile and an operation, run it, and watch every step with
// its raw HTTP, the tokens and the checks. All protocol work is client::RelyingParty's; this only shows it.
class ClientPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Operation {
        SignIn,
        Device,
        ClientCredentials,
        Refresh,
        UserInfo,
        Introspect,
        Revoke,
        SignOut,
    };

    explicit ClientPanel(QWidget* parent = nullptr);
    ~ClientPanel() override;

    // The built-in provider's issuer: its preconfigured profile follows it. Empty while it is stopped.
    void setBuiltInIssuer(const QString& issuer);
    // Saved profiles offered after the built-in one.
    void setProfiles(const QList<client::ClientProfile>& profiles);
    // Where saved profiles live: they are offered, and New, Edit and Delete change them there (their client
    // secrets in the store's keychain). Without one, profiles cannot be edited in the window.
    void setProfileStore(std::shared_ptr<client::ProfileStore> store);
    // Opens the profile form: a new profile (starting from the selected one), or the selected saved one.
    void editProfile(bool fresh);
    // Deletes the selected saved profile (after asking).
    void deleteProfile();
    // Where client secrets come from (the keychain, or memory for the session).
    void setSecretStore(std::shared_ptr<client::SecretStore> store);
    // Replaces the system browser (tests).
    void setBrowser(std::shared_ptr<client::Browser> browser);

    client::RelyingParty* relyingParty() const { return m_rp.get(); }
    TimelineModel* timelineModel() const { return m_timelineModel; }
    // Starts `operation` on the selected profile, as the Run button does; false if one is running.
    bool run(Operation operation);
    // The timeline as curl commands or HAR, secrets masked.
    bool exportTimeline(const QString& path, bool har, QString* error) const;
    // The sequence diagram as a PNG image.
    bool exportDiagram(const QString& path, QString* error) const;
    SequenceDiagram* diagram() const { return m_diagram; }

    // The splitter and column layout, to remember between runs.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& layout);

signals:
    void finished(const client::FlowResult& result);

private:
    void rebuildProfiles();
    void selectProfile(int index);
    void showResult(const client::FlowResult& result);
    void showEntry(int row);
    void setBusy(bool busy);
    // Starts an operation of the relying party with the panel's secret; false if one is running.
    bool start(const std::function<bool(client::RelyingParty&)>& operation);
    // The tokens the relying party holds: what expires when (counting down), which buttons apply.
    void updateTokenState();
    void exportWithDialog(bool har);
    void exportDiagramWithDialog();

    void saveEditedProfile(
        const client::ClientProfile& profile, const QString& oldName, const QString& secret);

    QList<client::ClientProfile> m_saved;
    std::shared_ptr<client::ProfileStore> m_store;
    QPushButton* m_newProfileButton;
    QPushButton* m_editProfileButton;
    QPushButton* m_deleteProfileButton;
    QString m_builtInIssuer;
    std::shared_ptr<client::SecretStore> m_secrets;
    std::shared_ptr<client::Browser> m_browser;
    std::unique_ptr<client::RelyingParty> m_rp;
    // Counts the profile selections: a keychain answer is taken only for the selection that asked for it.
    quint64 m_secretReads = 0;
    TimelineModel* m_timelineModel;

    QComboBox* m_profileBox;
    QComboBox* m_operationBox;
    QLineEdit* m_secretEdit;
    QLabel* m_secretLabel;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QProgressBar* m_busyBar;
    QLabel* m_statusLabel;
    QWidget* m_pasteRow;
    QLineEdit* m_pasteEdit;
    QLabel* m_deviceLabel;
    QSplitter* m_splitter;
    QTableView* m_timelineView;
    SequenceDiagram* m_diagram;
    QPlainTextEdit* m_exchangeView;
    QCheckBox* m_revealBox;
    QPlainTextEdit* m_tokenView;
    QLabel* m_expiryLabel;
    QPushButton* m_refreshButton;
    QPushButton* m_userinfoButton;
    QPushButton* m_introspectButton;
    QPushButton* m_revokeAccessButton;
    QPushButton* m_revokeRefreshButton;
    QPushButton* m_signOutButton;
    QTimer m_countdown;
    // When the tokens last received expire (seconds since the epoch; 0: unknown or none).
    qint64 m_accessExpiry = 0;
    qint64 m_idExpiry = 0;
    // What the inspector shows besides the latest response: the tokens held, decoded, and the last userinfo.
    std::optional<client::ValidationReport> m_idTokenReport;
    std::optional<client::ValidationReport> m_accessTokenReport;
    QJsonObject m_userinfo;
    QTreeWidget* m_checksView;
};

} // namespace ui
