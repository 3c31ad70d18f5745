#pragma once

#include "ui/WorkspacePage.h"

class QComboBox;
class QTableWidget;

namespace ui {

// An issuer's signing keys: generate (RSA, EC, Ed25519), rotate (a new key signs, the old ones stay published
// until removed), switch signing and publishing per key, remove, and export a key as a JWK or PEM.
class KeysEditor : public WorkspacePage
{
    Q_OBJECT

public:
    enum class Export { PublicJwk, PublicPem, PrivateJwk, PrivatePem };

    explicit KeysEditor(QWidget* parent = nullptr);

    // The selected key in the chosen form (empty without a selection, or for a shared secret's PEM).
    QByteArray exportText(Export format) const;

protected:
    void reload() override;

private:
    void addKey(bool rotate);
    void tableEdited();
    Export exportFormat() const;

    QTableWidget* m_table;
    QComboBox* m_algorithm;
    QComboBox* m_exportFormat;
};

} // namespace ui
