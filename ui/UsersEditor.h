#pragma once

#include "provider/Workspace.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace ui {

// The users of the workspace's first issuer: add, remove, and edit username, subject, password and claims
// (as name/value rows or as raw JSON). Every valid change (a field when left, a claim when entered) is handed
// on at once through workspaceEdited();
// an invalid one is explained inline and changes nothing.
class UsersEditor : public QWidget
{
    Q_OBJECT

public:
    explicit UsersEditor(QWidget* parent = nullptr);

    void setWorkspace(const provider::Workspace& workspace);
    const provider::Workspace& workspace() const { return m_workspace; }

signals:
    void workspaceEdited(const provider::Workspace& workspace);

private:
    QList<provider::User>& users() { return m_workspace.issuers.first().users; }
    void showUser(int row);
    // The form as a user, or why not.
    std::optional<provider::User> formUser(QString* error) const;
    void apply();
    void claimsTableEdited();
    void claimsJsonEdited();
    // Both claim views; or one of them, following the other.
    void setClaims(const QJsonObject& claims);
    void fillClaimsTable(const QJsonObject& claims);
    void showClaimsJson(const QJsonObject& claims);

    provider::Workspace m_workspace;
    bool m_loading = false;
    QListWidget* m_list;
    QLineEdit* m_username;
    QLineEdit* m_subject;
    QLineEdit* m_password;
    QTableWidget* m_claimsTable;
    QPlainTextEdit* m_claimsJson;
    QLabel* m_error;
};

} // namespace ui
