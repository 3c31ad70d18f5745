#include "client/TimelineExport.h"
#include "core/jose/Crypto.h"
#include "ui/ClientPanel.h"
#include "ui/ClientsEditor.h"
#include "ui/ClockEditor.h"
#include "ui/ControlApiDialog.h"
#include "ui/DecoderPanel.h"
#include "ui/FaultsEditor.h"
#include "ui/IssuersEditor.h"
#include "ui/KeysEditor.h"
#include "ui/MainWindow.h"
#include "ui/RequestLogModel.h"
#include "ui/ScopesEditor.h"
#include "ui/Theme.h"
#include "ui/UsersEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The workspace as a document: open, save, save as, new, presets, the recent list, unsaved changes.

namespace ui {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = u"workspace/recent"_s;
const QString kLastKey = u"workspace/last"_s;
} // namespace

void MainWindow::setDocument(const QString& path, const QString& title)
{
    m_workspacePath = path;
    m_documentTitle = path.isEmpty() ? title : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — OIDC Bench").arg(m_documentTitle));
    setWindowFilePath(path);
    setWindowModified(false);
}

void MainWindow::setMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString MainWindow::message() const
{
    return m_message->text();
}

bool MainWindow::openWorkspace(const QString& path)
{
    QString error;
    // Keys the file asks to be generated are made off the GUI thread (startProvider).
    const auto workspace = provider::Workspace::load(path, &error, provider::Workspace::KeyGeneration::Later);
    if (!workspace) {
        // The document in the window stays as it was; the file is not touched.
        setMessage(tr("Could not open %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setMessage({});
    startProvider(*workspace);
    setDocument(QFileInfo(path).absoluteFilePath(), {});
    rememberRecent(m_workspacePath);
    return true;
}

bool MainWindow::saveWorkspace()
{
    if (m_workspacePath.isEmpty()) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save workspace"), u"workspace.json"_s, tr("Workspaces (*.json)"));
        return !path.isEmpty() && saveWorkspaceAs(path);
    }
    return saveWorkspaceAs(m_workspacePath);
}

bool MainWindow::saveWorkspaceAs(const QString& path)
{
    QString error;
    // Written whole to a temporary file and renamed over the old one (Workspace::save).
    if (!m_workspace.save(path, &error)) {
        setMessage(tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    setMessage({});
    setDocument(QFileInfo(path).absoluteFilePath(), {});
    rememberRecent(m_workspacePath);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_workspacePath)), 4000);
    return true;
}

void MainWindow::newWorkspace()
{
    setMessage({});
    startProvider(provider::Workspace::builtinDefault());
    setDocument({}, tr("Built-in workspace"));
}

bool MainWindow::openPreset(const QString& name)
{
    const auto workspace = provider::Workspace::preset(name, provider::Workspace::KeyGeneration::Later);
    if (!workspace) {
        setMessage(tr("There is no preset called %1.").arg(name));
        return false;
    }
    setMessage({});
    startProvider(*workspace);
    setDocument({}, tr("Preset %1").arg(name));
    return true;
}

void MainWindow::openInitialWorkspace(const QString& path)
{
    const QString last = QSettings().value(kLastKey).toString();
    const QString wanted = path.isEmpty() ? last : path;
    if (!wanted.isEmpty() && QFileInfo::exists(wanted) && openWorkspace(wanted))
        return;
    const QString problem = message();
    newWorkspace();
    if (!problem.isEmpty())
        setMessage(problem + u' ' + tr("The built-in workspace is open instead."));
    else if (!path.isEmpty())
        setMessage(tr("%1 does not exist. The built-in workspace is open instead.")
                       .arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::maybeSave()
{
    if (!isWindowModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
        tr("The workspace \"%1\" has changes that are not saved. Save them?").arg(m_documentTitle),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveWorkspace();
    return answer == QMessageBox::Discard;
}

QStringList MainWindow::recentWorkspaces()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    settings.setValue(kLastKey, path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentWorkspaces();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openWorkspace(path);
        });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear the list"), this, [] { QSettings().remove(kRecentKey); });
}

} // namespace ui
