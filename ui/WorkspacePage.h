#pragma once

#include "provider/workspace/Workspace.h"

#include <QWidget>
#include <functional>

class QCheckBox;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;

namespace ui {

// A page of the provider's editors. It works on a copy of the workspace and shows one of its issuers; a
// change is checked by the workspace loader's own rules before it is handed on through workspaceEdited() (so
// whatever the window accepts, a saved file reloads), and a change those rules refuse is explained inline and
// changes nothing.
class WorkspacePage : public QWidget
{
    Q_OBJECT

public:
    // Shows `workspace`, keeping the issuer and the selection where they still exist.
    void setWorkspace(const provider::Workspace& workspace);
    const provider::Workspace& workspace() const { return m_workspace; }
    void setIssuerIndex(int index);
    int issuerIndex() const { return m_issuer; }

signals:
    void workspaceEdited(const provider::Workspace& workspace);

protected:
    explicit WorkspacePage(QWidget* parent);

    // Shows m_workspace; called with loading() true, so the page's own change signals are ignored meanwhile.
    virtual void reload() = 0;

    bool hasIssuer() const { return m_issuer >= 0 && m_issuer < m_workspace.issuers.size(); }
    provider::Issuer& issuer() { return m_workspace.issuers[m_issuer]; }
    const provider::Issuer& issuer() const { return m_workspace.issuers.at(m_issuer); }
    bool loading() const { return m_loading; }

    // Takes `candidate` as the workspace when the loader accepts it (then emits workspaceEdited()); otherwise
    // shows why and keeps the current one.
    bool commit(const provider::Workspace& candidate);
    // The left column of a list page: a list with Add and Remove buttons under it, added to `splitter`.
    // `noun` names the object names: "clients", "addClient", "removeClient" for "Client".
    struct ListColumn
    {
        QListWidget* list;
        QPushButton* add;
        QPushButton* remove;
    };
    ListColumn addListColumn(QSplitter* splitter, const QString& noun, const QString& addText);
    // The inline message line: an explanation of the last refused change, or empty.
    QLabel* errorLabel() const { return m_error; }
    void showError(const QString& error);
    // A change not taken: "Not applied: " and why.
    void refuse(const QString& why);
    // A grant type's check box label: its name, or device_code for the device grant's URN.
    static QString grantTypeLabel(const QString& grant);

    provider::Workspace m_workspace;

private:
    void reloadGuarded();

    int m_issuer = 0;
    bool m_loading = false;
    QLabel* m_error;
};

// A line edit with its object name and placeholder, added to `form` under `label`.
QLineEdit* addLineRow(
    QFormLayout* form, const QString& label, const QString& objectName, const QString& placeholder = {});

// Lines of a plain-text list (URIs, origins), blank ones dropped.
QStringList linesOf(const QString& text);

// A grid of check boxes, three to a row, one per value: each named `namePrefix` + value and carrying the
// value in its "value" property, labelled with the value, or with label(value) when `label` is given (the
// value is then its tooltip). The boxes are appended to *boxes.
QGridLayout* checkBoxGrid(QWidget* parent, const QStringList& values, const QString& namePrefix,
    QList<QCheckBox*>* boxes, const std::function<QString(const QString&)>& label = {});
// Ticks the boxes whose value `ticked` accepts and clears the others, without their toggled() signals.
void tickValues(const QList<QCheckBox*>& boxes, const std::function<bool(const QString&)>& ticked);
// The values of the ticked boxes, in their order.
QStringList tickedValues(const QList<QCheckBox*>& boxes);

} // namespace ui
