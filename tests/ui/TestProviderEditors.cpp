// The provider's editors in the real window under QT_QPA_PLATFORM=offscreen, checked by signing in at the
// running provider: a user added there signs in with its claims; a fault switched on or the clock moved
// shows in the next flow.
#include "client/RelyingParty.h"
#include "common/TestBrowser.h"
#include "ui/ClockEditor.h"
#include "ui/FaultsEditor.h"
#include "ui/MainWindow.h"
#include "ui/UsersEditor.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestProviderEditors : public QObject
{
    Q_OBJECT

    // Signs in as `username` with the built-in client panel's profile, then asks userinfo; returns the last
    // result.
    static client::FlowResult signInAndUserinfo(const QString& issuer, const QString& username)
    {
        client::RelyingParty rp(client::ClientProfile::builtIn(issuer));
        auto browser = std::make_shared<fixture::TestBrowser>();
        browser->username = username;
        rp.setBrowser(browser);
        QSignalSpy finished(&rp, &client::RelyingParty::finished);
        rp.signIn();
        if (!finished.wait(15000))
            return {};
        // A sign-in that failed, or failed a check, is the answer: userinfo is not asked.
        const auto signIn = finished.last().first().value<client::FlowResult>();
        if (!signIn.ok || !signIn.checksPassed())
            return signIn;
        rp.userInfo();
        if (!finished.wait(15000))
            return {};
        return finished.last().first().value<client::FlowResult>();
    }

    // Shows the window and starts its provider on the built-in workspace, on a free port.
    static bool started(ui::MainWindow& window)
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        window.show();
        window.startProvider(ws);
        return QTest::qWaitFor([&] { return window.providerHost().isRunning(); }, 10000);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addedUserSignsInWithItsClaims()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::UsersEditor* editor = window.usersEditor();
        auto* list = editor->findChild<QListWidget*>(u"users"_s);
        const int before = list->count();
        QVERIFY(before >= 3); // alice, bob, chloe

        editor->findChild<QPushButton*>(u"addUser"_s)->click();
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->currentRow(), before);
        auto type = [&](const QString& name, const QString& text) {
            auto* edit = editor->findChild<QLineEdit*>(name);
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        };
        type(u"username"_s, u"dana"_s);
        type(u"subject"_s, u"dana-0001"_s);
        // Claims as JSON; the table follows.
        editor->findChild<QPlainTextEdit*>(u"claimsJson"_s)
            ->setPlainText(
                u"{\"email\": \"dana@example.test\", \"email_verified\": true, \"groups\": [\"ops\"]}"_s);
        auto* table = editor->findChild<QTableWidget*>(u"claims"_s);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(list->item(before)->text(), u"dana"_s);
        QVERIFY(editor->findChild<QLabel*>(u"userError"_s)->text().isEmpty());

        const client::FlowResult info = signInAndUserinfo(window.issuerUrl(), u"dana"_s);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.body.value(u"sub"_s).toString(), u"dana-0001"_s);
        QCOMPARE(info.body.value(u"email"_s).toString(), u"dana@example.test"_s);

        // A claim edited in the table: the next sign-in sees it.
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"email"_s)
                table->item(row, 1)->setText(u"dana@ops.example.test"_s);
        }
        QVERIFY(editor->findChild<QPlainTextEdit*>(u"claimsJson"_s)
                    ->toPlainText()
                    .contains(u"dana@ops.example.test"_s));
        QCOMPARE(signInAndUserinfo(window.issuerUrl(), u"dana"_s).body.value(u"email"_s).toString(),
            u"dana@ops.example.test"_s);
    }

    void invalidEditsAreRefusedInline()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::UsersEditor* editor = window.usersEditor();
        QSignalSpy edited(editor, &ui::UsersEditor::workspaceEdited);
        auto* error = editor->findChild<QLabel*>(u"userError"_s);
        editor->findChild<QListWidget*>(u"users"_s)->setCurrentRow(1); // bob
        auto* username = editor->findChild<QLineEdit*>(u"username"_s);
        username->selectAll();
        QTest::keyClicks(username, u"alice"_s);
        QTest::keyClick(username, Qt::Key_Return);
        QVERIFY2(error->text().contains(u"already called \"alice\""_s), qPrintable(error->text()));
        editor->findChild<QPlainTextEdit*>(u"claimsJson"_s)->setPlainText(u"{\n  \"email\": \n}"_s);
        QVERIFY2(error->text().contains(u"line 3"_s), qPrintable(error->text()));
        QVERIFY(edited.isEmpty());
        // Bob can still sign in as bob at the provider.
        const client::FlowResult bob = signInAndUserinfo(window.issuerUrl(), u"bob"_s);
        QVERIFY2(bob.ok, qPrintable(bob.error));
        QCOMPARE(bob.body.value(u"sub"_s).toString(), u"a1b2c3d4-0002-4000-8000-000000000002"_s);
    }

    void switchedFaultShowsInTheNextFlow()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        auto* tree = window.faultsEditor()->findChild<QTreeWidget*>(u"faults"_s);
        const auto items = tree->findItems(u"tamper.wrong_nonce"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QCOMPARE(tree->topLevelItemCount(), 7); // authorize, token, tamper, userinfo, jwks, discovery, http

        items.first()->setCheckState(0, Qt::Checked);
        QVERIFY(window.faultsEditor()
                    ->findChild<QLabel*>(u"faultSummary"_s)
                    ->text()
                    .contains(u"tamper.wrong_nonce"_s));
        client::FlowResult result = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        // The sign-in completes, but its ID token fails the nonce check; userinfo never ran.
        QCOMPARE(result.operation, client::FlowResult::Operation::SignIn);
        QVERIFY(result.ok);
        QCOMPARE(result.idToken->check(u"nonce"_s)->status, client::ValidationCheck::Status::Failed);

        // Kept across a restart (the workspace has the rule), and gone when switched off.
        auto* startStop = window.findChild<QPushButton*>(u"startStop"_s);
        startStop->click();
        QTRY_VERIFY(!window.providerHost().isRunning());
        startStop->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        QCOMPARE(items.first()->checkState(0), Qt::Checked);
        QCOMPARE(signInAndUserinfo(window.issuerUrl(), u"alice"_s).idToken->check(u"nonce"_s)->status,
            client::ValidationCheck::Status::Failed);
        items.first()->setCheckState(0, Qt::Unchecked);
        result = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));
        QCOMPARE(result.operation, client::FlowResult::Operation::UserInfo);
    }

    void movedClockShowsInTheTokens()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::ClockEditor* clock = window.clockEditor();
        clock->findChild<QPushButton*>(u"advance3600"_s)->click();
        QVERIFY2(clock->findChild<QLabel*>(u"clockOffset"_s)->text().contains(u"ahead of"_s),
            qPrintable(clock->findChild<QLabel*>(u"clockOffset"_s)->text()));
        // Tokens issued an hour ahead of the client's clock: "issued in the future".
        client::FlowResult result = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QCOMPARE(result.idToken->check(u"iat"_s)->status, client::ValidationCheck::Status::Failed);

        // Kept across a restart; back in step with Real time.
        auto* startStop = window.findChild<QPushButton*>(u"startStop"_s);
        startStop->click();
        QTRY_VERIFY(!window.providerHost().isRunning());
        startStop->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        QVERIFY(clock->findChild<QLabel*>(u"clockOffset"_s)->text().contains(u"ahead of"_s));
        clock->findChild<QPushButton*>(u"resetClock"_s)->click();
        QVERIFY(clock->findChild<QLabel*>(u"clockOffset"_s)->text().contains(u"In step"_s));
        result = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));

        // Frozen: the provider's time stands still.
        clock->findChild<QPushButton*>(u"freeze"_s)->click();
        QVERIFY(window.providerHost().provider()->controllableClock()->isFrozen());
        QVERIFY(clock->findChild<QLabel*>(u"providerTime"_s)->text().contains(u"frozen"_s));
    }
};

QTEST_MAIN(TestProviderEditors)
#include "TestProviderEditors.moc"
