#pragma once

#include "client/flows/RelyingParty.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ui {

// Paste a token, or a whole redirect URL, and see what is in it and whether it is valid: against the
// issuer's discovered JWKS, a pasted JWK / JWK Set / PEM key, a client secret, or no key at all.
class DecoderPanel : public QWidget
{
    Q_OBJECT

public:
    enum class KeySource { Discovery, PastedKey, Secret, None };

    explicit DecoderPanel(QWidget* parent = nullptr);
    ~DecoderPanel() override;

    // The issuer proposed when the field is empty (the built-in provider's).
    void setDefaultIssuer(const QString& issuer);
    // Decodes what is pasted, as the Decode button does.
    void decode();

signals:
    // Once per decode, when every token found has its report (also when nothing could be decoded).
    void decoded();

private:
    struct Found
    {
        QString name;
        QByteArray token;
        bool idToken = true;
    };
    // Tokens in the input: a JWT, or the id_token/access_token of a redirect URL (other parameters noted).
    QList<Found> tokensIn(const QString& input, QString* notes) const;
    client::ValidationOptions options(const Found& found) const;
    void show(const Found& found, const client::ValidationReport& report);
    void checkNext();

    QPlainTextEdit* m_input;
    QComboBox* m_keySource;
    QLineEdit* m_issuerEdit;
    QLineEdit* m_clientEdit;
    QLineEdit* m_nonceEdit;
    QLineEdit* m_secretEdit;
    QPlainTextEdit* m_keyEdit;
    QPushButton* m_decodeButton;
    QLabel* m_statusLabel;
    QPlainTextEdit* m_output;
    QTreeWidget* m_checks;
    QString m_defaultIssuer;

    QList<Found> m_pending;
    std::unique_ptr<client::RelyingParty> m_rp;
};

} // namespace ui
