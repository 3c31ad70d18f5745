// The window's workspace as a document: edits mark it modified, Save writes it (atomically) and it reopens at
// the next start; a broken file is reported inline and left alone; unsaved changes are asked about; presets
// and recent files open from the File menu.
#include "ui/MainWindow.h"
#include "ui/UsersEditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

class TestWorkspaceDocument : public QObject
{
    Q_OBJECT

    // Answers the next "unsaved changes" question with `button`.
    static void answerNextQuestion(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(button)->click();
        });
    }

    static bool running(ui::MainWindow& window)
    {
        return QTest::qWaitFor([&] { return window.providerHost().isRunning(); }, 10000);
    }

    static provider::Workspace freePortWorkspace()
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        return ws;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void savedWorkspaceReopensAtNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"team.json"_s);
        {
            ui::MainWindow window;
            window.show();
            window.startProvider(freePortWorkspace());
            QVERIFY(running(window));
            QVERIFY(!window.isWindowModified());
            window.usersEditor()->findChild<QPushButton*>(u"addUser"_s)->click();
            QVERIFY(window.isWindowModified());
            QVERIFY(window.windowTitle().contains(u"[*]"_s));
            QVERIFY(window.saveWorkspaceAs(path));
            QVERIFY(!window.isWindowModified());
            QCOMPARE(window.workspacePath(), QFileInfo(path).absoluteFilePath());
            QVERIFY(window.windowTitle().startsWith(u"team.json"_s));
        }
        QString error;
        const auto saved = provider::Workspace::load(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->issuers.first().users.size(), 4);
        QCOMPARE(ui::MainWindow::recentWorkspaces(), QStringList{QFileInfo(path).absoluteFilePath()});

        // The next start opens it again, with the signing key it was saved with.
        ui::MainWindow window;
        window.openInitialWorkspace();
        QVERIFY(running(window));
        QCOMPARE(window.workspacePath(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(window.usersEditor()->findChild<QListWidget*>(u"users"_s)->count(), 4);
        QCOMPARE(window.workspace().issuers.first().keys.first().jwk.kid(),
            saved->issuers.first().keys.first().jwk.kid());
        QVERIFY(window.message().isEmpty());
    }

    void brokenFileIsReportedAndLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"broken.json"_s);
        const QByteArray broken
            = "{\n  \"format\": \"oidc-bench-workspace\",\n  \"version\": 1,\n  \"issuers\": [\n}\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        ui::MainWindow window;
        window.show();
        window.startProvider(freePortWorkspace());
        QVERIFY(running(window));
        QVERIFY(!window.openWorkspace(path));
        QVERIFY2(window.message().contains(u"line 5"_s), qPrintable(window.message()));
        QVERIFY(window.workspacePath().isEmpty());
        QVERIFY(window.providerHost().isRunning());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);

        // As the last workspace at start: reported, and the built-in one opens instead.
        QSettings().setValue(u"workspace/last"_s, path);
        ui::MainWindow next;
        next.openInitialWorkspace();
        QVERIFY(next.message().contains(u"line 5"_s));
        QVERIFY(next.message().contains(u"built-in"_s));
        QVERIFY(next.workspacePath().isEmpty());
        QVERIFY(running(next));

        // Saving elsewhere fails inline too (a directory that does not exist), and the document stays
        // modified.
        next.usersEditor()->findChild<QPushButton*>(u"addUser"_s)->click();
        QVERIFY(!next.saveWorkspaceAs(dir.filePath(u"missing/dir/ws.json"_s)));
        QVERIFY(next.message().contains(u"Could not save"_s));
        QVERIFY(next.isWindowModified());
    }

    void unsavedChangesAreAskedAbout()
    {
        QTemporaryDir dir;
        ui::MainWindow window;
        window.show();
        window.startProvider(freePortWorkspace());
        QVERIFY(running(window));
        window.usersEditor()->findChild<QPushButton*>(u"addUser"_s)->click();
        QVERIFY(window.isWindowModified());

        answerNextQuestion(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());

        // Save: written to the document's file, then closed.
        QVERIFY(window.saveWorkspaceAs(dir.filePath(u"a.json"_s)));
        window.usersEditor()->findChild<QPushButton*>(u"addUser"_s)->click();
        answerNextQuestion(QMessageBox::Save);
        QVERIFY(window.close());
        QCOMPARE(
            provider::Workspace::load(dir.filePath(u"a.json"_s), nullptr)->issuers.first().users.size(), 5);

        // Discard: closed, the file as it was.
        ui::MainWindow other;
        other.show();
        QVERIFY(other.openWorkspace(dir.filePath(u"a.json"_s)));
        QVERIFY(running(other));
        other.usersEditor()->findChild<QPushButton*>(u"addUser"_s)->click();
        answerNextQuestion(QMessageBox::Discard);
        QVERIFY(other.close());
        QCOMPARE(
            provider::Workspace::load(dir.filePath(u"a.json"_s), nullptr)->issuers.first().users.size(), 5);
    }

    void presetsAndRecentFilesInTheFileMenu()
    {
        QTemporaryDir dir;
        ui::MainWindow window;
        window.show();
        window.startProvider(freePortWorkspace());
        QVERIFY(running(window));
        QMenu* presets = window.menuBar()->findChild<QMenu*>(u"presetsMenu"_s);
        QVERIFY(presets);
        QCOMPARE(presets->actions().size(), provider::Workspace::presetNames().size());
        const QString name = provider::Workspace::presetNames().first();
        presets->findChild<QAction*>(u"preset:"_s + name)->trigger();
        QVERIFY(running(window));
        QVERIFY(window.windowTitle().contains(name));
        QCOMPARE(
            window.workspace().issuers.first().id, provider::Workspace::preset(name)->issuers.first().id);
        QVERIFY(window.workspacePath().isEmpty());

        QVERIFY(window.saveWorkspaceAs(dir.filePath(u"one.json"_s)));
        QVERIFY(window.saveWorkspaceAs(dir.filePath(u"two.json"_s)));
        QCOMPARE(ui::MainWindow::recentWorkspaces().size(), 2);
        QVERIFY(ui::MainWindow::recentWorkspaces().first().endsWith(u"two.json"_s));
        QMenu* recent = window.menuBar()->findChild<QMenu*>(u"recentMenu"_s);
        emit recent->aboutToShow();
        QAction* one = recent->actions().at(1);
        QVERIFY(one->text().endsWith(u"one.json"_s));
        one->trigger();
        QVERIFY(window.workspacePath().endsWith(u"one.json"_s));
        QVERIFY(ui::MainWindow::recentWorkspaces().first().endsWith(u"one.json"_s));
    }

    void statusBarShowsIssuerAddressAndCount()
    {
        ui::MainWindow window;
        window.show();
        window.startProvider(freePortWorkspace());
        QVERIFY(running(window));
        auto* address = window.statusBar()->findChild<QLabel*>(u"providerAddress"_s);
        QVERIFY(address->text().contains(u"127.0.0.1"_s));
        QVERIFY(address->text().contains(QString::number(window.providerHost().port())));
        window.statusBar()->findChild<QPushButton*>(u"copyIssuer"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), window.issuerUrl());
        window.findChild<QPushButton*>(u"startStop"_s)->click();
        QTRY_VERIFY(!window.providerHost().isRunning());
        QCOMPARE(address->text(), u"Stopped"_s);
    }
};

QTEST_MAIN(TestWorkspaceDocument)
#include "TestWorkspaceDocument.moc"
