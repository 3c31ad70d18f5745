#pragma once

#include "ui/WorkspacePage.h"

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;

namespace ui {

// The users of an issuer: add, remove, and edit username, subject, password and claims (as name/value rows or
// as raw JSON). Every valid change (a field when left, a claim when entered) is handed on at once through
// workspaceEdited(); an invalid one is explained inline and changes nothing.
class UsersEditor : public WorkspacePage
{
    Q_OBJECT

public:
    explicit UsersEditor(QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    QList<provider::User>& users() { return issuer().users; }
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

    bool m_loading = false;
    QListWidget* m_list;
    QLineEdit* m_username;
    QLineEdit* m_subject;
    QLineEdit* m_password;
    QTableWidget* m_claimsTable;
    QPlainTextEdit* m_claimsJson;
};

} // namespace ui
