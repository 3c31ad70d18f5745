#pragma once

#include "client/ClientProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ui {

// A saved client profile as a form: the provider (issuer, found by discovery), the client (ID,
// authentication, secret), and how it signs in (scopes, redirect URI or loopback port, response type and
// mode, PKCE, extra parameters, post-logout redirect, clock leeway). The secret is handed back apart: it
// goes to the keychain, never into the profiles file. OK keeps the dialog open while a field is wrong and
// says which.
class ProfileEditor : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    void setProfile(const client::ClientProfile& profile, const QString& secret);
    // The form as a profile, or why not.
    std::optional<client::ClientProfile> profile(QString* error) const;
    QString secret() const;

    void accept() override;

private:
    client::ClientProfile m_original;
    QLineEdit* m_name;
    QLineEdit* m_issuer;
    QLineEdit* m_clientId;
    QComboBox* m_auth;
    QLineEdit* m_secret;
    QLineEdit* m_scopes;
    QLineEdit* m_redirectUri;
    QSpinBox* m_port;
    QComboBox* m_responseType;
    QComboBox* m_responseMode;
    QComboBox* m_pkce;
    QCheckBox* m_pushed;
    QPlainTextEdit* m_extra;
    QLineEdit* m_postLogout;
    QSpinBox* m_leeway;
    QLabel* m_error;
};

} // namespace ui
