#pragma once

#include "ui/WorkspacePage.h"

class QTableWidget;

namespace ui {

// An issuer's scopes and the claims each one releases (OIDC Core 5.4), as rows: name, description, claims.
// "Add standard scopes" brings back the standard ones that are missing.
class ScopesEditor : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ScopesEditor(QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    void tableEdited();

    QTableWidget* m_table;
};

} // namespace ui
