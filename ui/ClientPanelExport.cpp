#include "client/Browser.h"
#include "client/ProfileStore.h"
#include "client/SecretStore.h"
#include "client/TimelineExport.h"
#include "client/TokenValidator.h"
#include "ui/ClientPanel.h"
#include "ui/LayoutState.h"
#include "ui/ProfileEditor.h"
#include "ui/SequenceDiagram.h"
#include "ui/Theme.h"
#include "ui/TimelineModel.h"
#include "ui/ValidationView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The Client tab's layout and its exports (HAR, cURL, the sequence diagram).

namespace ui {

QByteArray ClientPanel::saveLayout() const
{
    return packLayout({m_splitter->saveState(), m_timelineView->horizontalHeader()->saveState()});
}

void ClientPanel::restoreLayout(const QByteArray& layout)
{
    const std::optional<QList<QByteArray>> states = unpackLayout(layout, 2);
    if (!states)
        return;
    m_splitter->restoreState(states->at(0));
    m_timelineView->horizontalHeader()->restoreState(states->at(1));
}

bool ClientPanel::exportTimeline(const QString& path, bool har, QString* error) const
{
    const QList<client::TimelineEntry> entries
        = m_rp ? m_rp->timeline()->entries() : QList<client::TimelineEntry>();
    const QByteArray data = har ? client::toHar(entries, client::Masking::Secrets)
                                : client::toCurl(entries, client::Masking::Secrets).toUtf8();
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    *error = file.errorString();
    return false;
}

bool ClientPanel::exportDiagram(const QString& path, QString* error) const
{
    if (m_diagram->toImage().save(path, "PNG"))
        return true;
    *error = tr("could not write %1").arg(path);
    return false;
}

void ClientPanel::exportDiagramWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export diagram"), QStringLiteral("oidc-bench-flow.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportDiagram(path, &error))
        m_statusLabel->setText(tr("<b>Export failed:</b> %1").arg(error.toHtmlEscaped()));
    else
        m_statusLabel->setText(tr("Exported to %1.").arg(path.toHtmlEscaped()));
}

void ClientPanel::exportWithDialog(bool har)
{
    const QString path
        = QFileDialog::getSaveFileName(this, har ? tr("Export HAR") : tr("Export curl commands"),
            har ? QStringLiteral("oidc-bench-flow.har") : QStringLiteral("oidc-bench-flow.sh"),
            har ? tr("HAR files (*.har)") : tr("Shell scripts (*.sh)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTimeline(path, har, &error))
        m_statusLabel->setText(tr("<b>Export failed:</b> %1").arg(error.toHtmlEscaped()));
    else
        m_statusLabel->setText(tr("Exported to %1 (secrets masked).").arg(path.toHtmlEscaped()));
}

} // namespace ui
