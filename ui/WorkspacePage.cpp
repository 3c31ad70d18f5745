#include "ui/WorkspacePage.h"

#include "ui/Theme.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

WorkspacePage::WorkspacePage(QWidget* parent)
    : QWidget(parent)
    , m_error(new QLabel(this))
{
    m_error->setObjectName(u"pageError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    theme::makeErrorLabel(m_error);
}

void WorkspacePage::setWorkspace(const provider::Workspace& workspace)
{
    m_workspace = workspace;
    if (!hasIssuer())
        m_issuer = 0;
    setEnabled(hasIssuer());
    m_error->clear();
    reloadGuarded();
}

void WorkspacePage::setIssuerIndex(int index)
{
    if (index == m_issuer)
        return;
    m_issuer = index;
    setEnabled(hasIssuer());
    m_error->clear();
    reloadGuarded();
}

void WorkspacePage::reloadGuarded()
{
    const bool was = std::exchange(m_loading, true);
    reload();
    m_loading = was;
}

bool WorkspacePage::commit(const provider::Workspace& candidate)
{
    QString error;
    // Read back only to check it: keys still to be made are not made here.
    if (!provider::Workspace::fromJson(
            candidate.toJson(), &error, provider::Workspace::KeyGeneration::Later)) {
        refuse(error);
        return false;
    }
    m_workspace = candidate;
    m_error->clear();
    emit workspaceEdited(m_workspace);
    return true;
}

WorkspacePage::ListColumn WorkspacePage::addListColumn(
    QSplitter* splitter, const QString& noun, const QString& addText)
{
    auto* left = new QWidget(splitter);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    ListColumn column{
        new QListWidget(left), new QPushButton(addText, left), new QPushButton(tr("Re&move"), left)};
    column.list->setObjectName(noun.toLower() + u's');
    column.add->setObjectName(u"add"_s + noun);
    column.remove->setObjectName(u"remove"_s + noun);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(column.add);
    buttons->addWidget(column.remove);
    layout->addWidget(column.list, 1);
    layout->addLayout(buttons);
    return column;
}

void WorkspacePage::refuse(const QString& why)
{
    showError(tr("Not applied: %1").arg(why));
}

void WorkspacePage::showError(const QString& error)
{
    m_error->setText(error);
}

QLineEdit* addLineRow(
    QFormLayout* form, const QString& label, const QString& objectName, const QString& placeholder)
{
    auto* edit = new QLineEdit(form->parentWidget());
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    form->addRow(label, edit);
    return edit;
}

QStringList linesOf(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString WorkspacePage::grantTypeLabel(const QString& grant)
{
    return grant.startsWith(u"urn:"_s) ? tr("device_code") : grant;
}

QGridLayout* checkBoxGrid(QWidget* parent, const QStringList& values, const QString& namePrefix,
    QList<QCheckBox*>* boxes, const std::function<QString(const QString&)>& label)
{
    auto* grid = new QGridLayout;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString& value = values.at(i);
        auto* box = new QCheckBox(label ? label(value) : value, parent);
        box->setObjectName(namePrefix + value);
        if (label)
            box->setToolTip(value);
        box->setProperty("value", value);
        grid->addWidget(box, int(i / 3), int(i % 3));
        boxes->append(box);
    }
    return grid;
}

void tickValues(const QList<QCheckBox*>& boxes, const std::function<bool(const QString&)>& ticked)
{
    for (QCheckBox* box : boxes) {
        const QSignalBlocker blocker(box);
        box->setChecked(ticked(box->property("value").toString()));
    }
}

QStringList tickedValues(const QList<QCheckBox*>& boxes)
{
    QStringList values;
    for (const QCheckBox* box : boxes) {
        if (box->isChecked())
            values.append(box->property("value").toString());
    }
    return values;
}

} // namespace ui
