#pragma once

#include "core/jose/JwkSet.h"
#include "ui/WorkspacePage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace ui {

// The clients of an issuer: add, remove, and edit everything a registration holds (type and secret, redirect
// and post-logout URIs, grants, response types, PKCE, consent, scopes, CORS origins, lifetimes, signing
// algorithms). Each valid change goes to the running provider at once.
class ClientsEditor : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ClientsEditor(QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    void showClient(int row);
    // The form as the selected client.
    provider::Client formClient() const;
    // The public keys field read as a JWK Set (empty: none), or std::nullopt with why in *error.
    std::optional<jose::JwkSet> formKeys(QString* error) const;
    void apply();
    void updateSecretState();

    QListWidget* m_list;
    QLineEdit* m_clientId;
    QLineEdit* m_name;
    QComboBox* m_type;
    QLineEdit* m_secret;
    QPushButton* m_showSecret;
    QPushButton* m_generateSecret;
    QPushButton* m_copySecret;
    QPlainTextEdit* m_redirectUris;
    QPlainTextEdit* m_postLogoutUris;
    QList<QCheckBox*> m_grants;
    QList<QCheckBox*> m_responseTypes;
    QCheckBox* m_requirePkce;
    QCheckBox* m_requireConsent;
    QCheckBox* m_rotation;
    QCheckBox* m_requirePushed;
    QLineEdit* m_scopes;
    QPlainTextEdit* m_corsOrigins;
    QLineEdit* m_audience;
    QSpinBox* m_accessLifetime;
    QSpinBox* m_idLifetime;
    QSpinBox* m_refreshLifetime;
    QSpinBox* m_codeLifetime;
    QComboBox* m_idTokenAlg;
    QComboBox* m_userinfoAlg;
    // The client's public keys (its "jwks") as JSON text.
    QPlainTextEdit* m_publicKeys;
};

} // namespace ui
