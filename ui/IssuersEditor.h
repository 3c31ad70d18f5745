#pragma once

#include "ui/WorkspacePage.h"

class QCheckBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace ui {

// Where the provider listens (host, port, public URL) and its issuers: add, remove, rename, move to another
// path, lay out each one's endpoints (path of each, and which are served) and pick the client authentication
// methods and grant types it supports, whether it takes request objects and requires pushed authorization
// requests. A change of host or port
// restarts the provider; everything else applies to the running one.
class IssuersEditor : public WorkspacePage
{
    Q_OBJECT

public:
    explicit IssuersEditor(QWidget* parent = nullptr);

protected:
    void reload() override;

private:
    void showIssuer(int row);
    void applyServer();
    void applyIssuer();
    void endpointsEdited();
    // The client authentication, grant type and request object boxes.
    void capabilitiesEdited();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_publicUrl;
    QListWidget* m_list;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_path;
    QTableWidget* m_endpoints;
    // One box per client authentication method the issuer may accept.
    QList<QCheckBox*> m_authMethods;
    // One box per grant type the issuer may support.
    QList<QCheckBox*> m_grants;
    QCheckBox* m_requestObjects;
    QCheckBox* m_requirePushed;
};

} // namespace ui
