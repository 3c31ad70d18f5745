// The client panel under QT_QPA_PLATFORM=offscreen, driven through its widgets against the built-in provider
// (in this process) with a test browser doing the user's part.
#include "client/ProfileStore.h"
#include "client/SecretStore.h"
#include "common/ProviderFixture.h"
#include "common/TestBrowser.h"
#include "core/jose/Jwk.h"
#include "ui/ClientPanel.h"
#include "ui/ClientsEditor.h"
#include "ui/MainWindow.h"
#include "ui/ProfileEditor.h"
#include "ui/RequestLogModel.h"
#include "ui/SequenceDiagram.h"
#include "ui/TimelineModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using ui::ClientPanel;

// A keychain that answers reads only when told to, as a real one may (it can ask the user first).
class SlowSecretStore final : public client::SecretStore
{
public:
    void write(const QString& key, const QByteArray& secret, Done done) override
    {
        m_memory.write(key, secret, std::move(done));
    }
    void read(const QString& key, ReadDone done) override { m_pending.append({key, std::move(done)}); }
    void remove(const QString& key, Done done) override { m_memory.remove(key, std::move(done)); }
    bool isPersistent() const override { return true; }
    QString description() const override { return u"a slow keychain"_s; }
    // Answers the oldest read still waiting.
    void answerOldest()
    {
        auto [key, done] = m_pending.takeFirst();
        m_memory.read(key, std::move(done));
    }
    qsizetype waiting() const { return m_pending.size(); }

private:
    client::MemorySecretStore m_memory;
    QList<std::pair<QString, ReadDone>> m_pending;
};

class TestClientPanel : public QObject
{
    Q_OBJECT

    struct Bench
    {
        fixture::Provider op{fixture::testWorkspace(), fixture::Transport::Socket};
        std::shared_ptr<fixture::TestBrowser> browser = std::make_shared<fixture::TestBrowser>();
        ClientPanel panel;

        Bench()
        {
            panel.setBrowser(browser);
            panel.setBuiltInIssuer(op.issuer());
            panel.show();
        }
        template <typename T> T* find(const QString& name) { return panel.findChild<T*>(name); }
        // Picks the operation in the combo box and presses Run; returns the result.
        client::FlowResult runFromUi(ClientPanel::Operation operation)
        {
            QSignalSpy finished(&panel, &ClientPanel::finished);
            auto* box = find<QComboBox>(u"operation"_s);
            box->setCurrentIndex(box->findData(int(operation)));
            find<QPushButton>(u"run"_s)->click();
            if (finished.isEmpty() && !finished.wait(20000)) {
                FIXTURE_FAIL(u"the flow did not finish"_s);
                return {};
            }
            return finished.first().first().value<client::FlowResult>();
        }
        QString status() { return find<QLabel>(u"status"_s)->text(); }
    };

private slots:
    void signInShowsStepsTokensAndChecks()
    {
        Bench bench;
        QAbstractItemModelTester tester(
            bench.panel.timelineModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(bench.find<QComboBox>(u"profile"_s)->count(), 1);
        QVERIFY(bench.find<QComboBox>(u"profile"_s)->currentText().contains(bench.op.issuer()));

        const client::FlowResult result = bench.runFromUi(ClientPanel::Operation::SignIn);
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));
        QVERIFY2(bench.status().contains(u"every check passed"_s), qPrintable(bench.status()));
        QVERIFY(bench.find<QPushButton>(u"run"_s)->isEnabled());
        QVERIFY(!bench.find<QPushButton>(u"cancel"_s)->isEnabled());

        // The timeline, step by step; the token request's raw exchange, masked until revealed.
        const ui::TimelineModel* model = bench.panel.timelineModel();
        int tokenRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ui::TimelineModel::Step).data().toString() == u"Token request"_s)
                tokenRow = row;
        }
        QVERIFY(tokenRow >= 0);
        QCOMPARE(
            model->index(tokenRow, ui::TimelineModel::Direction).data().toString(), u"Client → Provider"_s);
        QVERIFY(model->index(tokenRow, ui::TimelineModel::Result).data().toString().startsWith(u"200"_s));
        // Clicking the token request's arrow in the sequence diagram shows that exchange.
        ui::SequenceDiagram* diagram = bench.panel.diagram();
        QTRY_VERIFY(diagram->isVisible());
        QCOMPARE(diagram->rowAt(diagram->messagePosition(tokenRow)), tokenRow);
        QTest::mouseClick(diagram, Qt::LeftButton, {}, diagram->messagePosition(tokenRow));
        QCOMPARE(bench.find<QTableView>(u"timeline"_s)->selectionModel()->currentIndex().row(), tokenRow);
        auto* exchange = bench.find<QPlainTextEdit>(u"exchange"_s);
        QVERIFY(exchange->toPlainText().contains(u"POST /token HTTP/1.1"_s));
        QVERIFY(exchange->toPlainText().contains(u"\"access_token\": \"[masked]\""_s));
        QVERIFY(!exchange->toPlainText().contains(result.tokens.accessToken));
        bench.find<QCheckBox>(u"revealSecrets"_s)->setChecked(true);
        QVERIFY(exchange->toPlainText().contains(result.tokens.accessToken));

        // Tokens decoded, checks listed.
        QVERIFY(bench.find<QPlainTextEdit>(u"tokens"_s)
                    ->toPlainText()
                    .contains(u"\"preferred_username\": \"alice\""_s));
        auto* checks = bench.find<QTreeWidget>(u"checks"_s);
        const auto state = checks->findItems(u"state"_s, Qt::MatchExactly);
        QCOMPARE(state.size(), 1);
        QCOMPARE(state.first()->text(1), u"passed"_s);
        QCOMPARE(checks->findItems(u"ID token: signature"_s, Qt::MatchExactly).first()->text(1), u"passed"_s);

        // The next operation uses the tokens just received.
        const client::FlowResult info = bench.runFromUi(ClientPanel::Operation::UserInfo);
        QVERIFY(info.ok);
        // The inspector keeps the ID token beside the userinfo answer.
        const QString inspector = bench.find<QPlainTextEdit>(u"tokens"_s)->toPlainText();
        QVERIFY(inspector.contains(u"Userinfo\n"_s));
        QVERIFY(inspector.contains(u"alice@example.com"_s));
        QVERIFY(inspector.contains(u"ID token\n"_s));
        QVERIFY(inspector.contains(u"  exp: "_s)); // times as dates, relative to now

        QTemporaryDir dir;
        QString error;
        QVERIFY2(bench.panel.exportTimeline(dir.filePath(u"flow.har"_s), true, &error), qPrintable(error));
        QFile har(dir.filePath(u"flow.har"_s));
        QVERIFY(har.open(QIODevice::ReadOnly));
        const QByteArray text = har.readAll();
        QVERIFY(text.contains("\"entries\""));
        QVERIFY(!text.contains(result.tokens.accessToken.toLatin1()));
        QVERIFY2(bench.panel.exportDiagram(dir.filePath(u"flow.png"_s), &error), qPrintable(error));
        const QImage image(dir.filePath(u"flow.png"_s));
        QCOMPARE(image.size(), diagram->toImage().size());
        QVERIFY(image.height() > model->rowCount() * diagram->fontMetrics().height());
    }

    void tokenInspectorCountsDownAndActs()
    {
        Bench bench;
        auto* expiry = bench.find<QLabel>(u"tokenExpiry"_s);
        auto* refresh = bench.find<QPushButton>(u"tokenRefresh"_s);
        auto* introspect = bench.find<QPushButton>(u"tokenIntrospect"_s);
        auto* revokeAccess = bench.find<QPushButton>(u"tokenRevokeAccess"_s);
        QVERIFY(!refresh->isEnabled());
        QVERIFY(!introspect->isEnabled());
        QVERIFY(expiry->text().contains(u"Access token: none"_s));

        QVERIFY(bench.runFromUi(ClientPanel::Operation::SignIn).ok);
        // The fixture's client gets hour-long access tokens: "expires in 59:5x", counting down each second.
        QVERIFY2(expiry->text().contains(u"Access token: expires in <b>59:"_s)
                || expiry->text().contains(u"Access token: expires in <b>1:00:00"_s),
            qPrintable(expiry->text()));
        QVERIFY(expiry->text().contains(u"ID token: expires in"_s));
        QVERIFY(expiry->text().contains(u"Refresh token: held"_s));
        const QString before = expiry->text();
        QTRY_VERIFY_WITH_TIMEOUT(expiry->text() != before, 3000);
        QVERIFY(refresh->isEnabled() && introspect->isEnabled() && revokeAccess->isEnabled());

        // Each button runs its operation on the tokens held.
        auto press = [&](QPushButton* button) {
            QSignalSpy finished(&bench.panel, &ClientPanel::finished);
            button->click();
            if (!finished.wait(20000))
                return client::FlowResult();
            return finished.first().first().value<client::FlowResult>();
        };
        client::FlowResult result = press(introspect);
        QCOMPARE(result.operation, client::FlowResult::Operation::Introspection);
        // RFC 7662: the built-in profile's public client may not introspect; the provider says so.
        QVERIFY(result.oauthError);
        QCOMPARE(result.oauthError->error, u"invalid_client"_s);
        QVERIFY(bench.status().contains(u"confidential"_s));
        result = press(refresh);
        QCOMPARE(result.operation, client::FlowResult::Operation::Refresh);
        QVERIFY2(result.ok, qPrintable(result.error));
        result = press(revokeAccess);
        QCOMPARE(result.operation, client::FlowResult::Operation::Revocation);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(expiry->text().contains(u"Access token: none"_s));
        QVERIFY(!introspect->isEnabled());
        QVERIFY(refresh->isEnabled());
    }

    void failuresAreShownInline()
    {
        Bench bench;
        bench.op.provider->faults().add(*provider::FaultRule::fromSpec(u"tamper.wrong_nonce"_s, nullptr));
        const client::FlowResult result = bench.runFromUi(ClientPanel::Operation::SignIn);
        QVERIFY(result.ok);
        QVERIFY(!result.checksPassed());
        QVERIFY2(bench.status().contains(u"checks failed"_s), qPrintable(bench.status()));
        const auto nonce
            = bench.find<QTreeWidget>(u"checks"_s)->findItems(u"ID token: nonce"_s, Qt::MatchExactly);
        QCOMPARE(nonce.first()->text(1), u"FAILED"_s);

        // Revoked, nothing is left to introspect: said in the panel, no dialog.
        const client::FlowResult revoked = bench.runFromUi(ClientPanel::Operation::Revoke);
        QVERIFY(revoked.ok);
        const client::FlowResult again = bench.runFromUi(ClientPanel::Operation::Introspect);
        QVERIFY(!again.ok);
        QVERIFY2(bench.status().contains(u"There is no access token"_s), qPrintable(bench.status()));
    }

    void cancelStopsAFlow()
    {
        Bench bench;
        bench.browser->acts = false;
        QSignalSpy finished(&bench.panel, &ClientPanel::finished);
        bench.find<QPushButton>(u"run"_s)->click();
        QTRY_VERIFY(bench.find<QPushButton>(u"cancel"_s)->isEnabled());
        QVERIFY(!bench.find<QComboBox>(u"profile"_s)->isEnabled());
        bench.find<QPushButton>(u"cancel"_s)->click();
        QCOMPARE(finished.size(), 1);
        QVERIFY2(bench.status().contains(u"cancelled"_s), qPrintable(bench.status()));
        QVERIFY(bench.find<QPushButton>(u"run"_s)->isEnabled());
    }

    void savedProfilesAreOffered()
    {
        Bench bench;
        client::ClientProfile saved = client::ClientProfile::builtIn(bench.op.issuer());
        saved.name = u"Web app (confidential)"_s;
        saved.clientId = u"web-app"_s;
        saved.clientAuth = client::ClientProfile::ClientAuth::SecretBasic;
        auto secrets = std::make_shared<client::MemorySecretStore>();
        secrets->write(client::ClientProfile::clientSecretKey(saved.issuer, saved.clientId),
            "web-app-secret-change-me-0123456789abcdef", [](bool, const QString&) {});
        bench.panel.setSecretStore(secrets);
        bench.panel.setProfiles({saved});
        auto* profiles = bench.find<QComboBox>(u"profile"_s);
        QCOMPARE(profiles->count(), 2);
        profiles->setCurrentIndex(1);
        QCOMPARE(bench.panel.relyingParty()->profile().clientId, u"web-app"_s);
        // The secret comes from the store into the (password) field.
        QCOMPARE(
            bench.find<QLineEdit>(u"clientSecret"_s)->text(), u"web-app-secret-change-me-0123456789abcdef"_s);
        const client::FlowResult result = bench.runFromUi(ClientPanel::Operation::ClientCredentials);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.tokens.accessToken.isEmpty());
    }

    void lateSecretsReachOnlyTheirProfile()
    {
        // Two profiles with the same client_id at two issuers: each secret belongs to its own issuer.
        Bench bench;
        client::ClientProfile here = client::ClientProfile::builtIn(bench.op.issuer());
        here.name = u"Here"_s;
        here.clientId = u"web-app"_s;
        here.clientAuth = client::ClientProfile::ClientAuth::SecretBasic;
        client::ClientProfile elsewhere = here;
        elsewhere.name = u"Elsewhere"_s;
        elsewhere.issuer = u"https://elsewhere.example.test"_s;
        auto secrets = std::make_shared<SlowSecretStore>();
        secrets->write(client::ClientProfile::clientSecretKey(here.issuer, here.clientId), "secret-of-here",
            [](bool, const QString&) {});
        secrets->write(client::ClientProfile::clientSecretKey(elsewhere.issuer, elsewhere.clientId),
            "secret-of-elsewhere", [](bool, const QString&) {});
        bench.panel.setSecretStore(secrets);
        bench.panel.setProfiles({here, elsewhere});
        auto* profiles = bench.find<QComboBox>(u"profile"_s);
        auto* field = bench.find<QLineEdit>(u"clientSecret"_s);
        profiles->setCurrentIndex(profiles->findText(u"Here"_s));
        profiles->setCurrentIndex(profiles->findText(u"Elsewhere"_s));
        QCOMPARE(bench.panel.relyingParty()->profile().issuer, elsewhere.issuer);
        QCOMPARE(secrets->waiting(), 2);
        // The answer for the profile no longer selected is dropped, though its client_id is the same.
        secrets->answerOldest();
        QCOMPARE(field->text(), QString());
        secrets->answerOldest();
        QCOMPARE(field->text(), u"secret-of-elsewhere"_s);
        // Back to the first: a stale answer never overwrites the current profile's secret.
        profiles->setCurrentIndex(profiles->findText(u"Here"_s));
        profiles->setCurrentIndex(profiles->findText(u"Elsewhere"_s));
        profiles->setCurrentIndex(profiles->findText(u"Here"_s));
        while (secrets->waiting() > 1)
            secrets->answerOldest();
        QCOMPARE(field->text(), QString());
        secrets->answerOldest();
        QCOMPARE(field->text(), u"secret-of-here"_s);
    }

    void profilesAreEditedInTheWindow()
    {
        Bench bench;
        QTemporaryDir dir;
        auto secrets = std::make_shared<client::MemorySecretStore>();
        auto store = std::make_shared<client::ProfileStore>(dir.filePath(u"profiles.json"_s), secrets);
        QString error;
        QVERIFY(store->load(&error));
        bench.panel.setSecretStore(secrets);
        bench.panel.setProfileStore(store);
        auto* profiles = bench.find<QComboBox>(u"profile"_s);
        QVERIFY(!bench.find<QPushButton>(u"deleteProfile"_s)->isEnabled()); // the built-in one

        // New, from the built-in profile: a confidential client with its secret.
        bench.find<QPushButton>(u"newProfile"_s)->click();
        auto* editor = bench.panel.findChild<ui::ProfileEditor*>();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->findChild<QLineEdit*>(u"profileIssuer"_s)->text(), bench.op.issuer());
        editor->findChild<QLineEdit*>(u"profileName"_s)->setText(u"Web app"_s);
        editor->findChild<QLineEdit*>(u"profileClientId"_s)->setText(u"web-app"_s);
        editor->findChild<QComboBox*>(u"profileAuth"_s)->setCurrentIndex(1);
        editor->findChild<QLineEdit*>(u"profileSecret"_s)
            ->setText(u"web-app-secret-change-me-0123456789abcdef"_s);
        // A wrong field keeps the form open and says why.
        editor->findChild<QLineEdit*>(u"profileIssuer"_s)->setText(u"not a url"_s);
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY(editor->findChild<QLabel*>(u"profileError"_s)->text().contains(u"http(s) URL"_s));
        editor->findChild<QLineEdit*>(u"profileIssuer"_s)->setText(bench.op.issuer());
        editor->accept();
        QTRY_VERIFY(!bench.panel.findChild<ui::ProfileEditor*>());

        QCOMPARE(profiles->currentText(), u"Web app"_s);
        QCOMPARE(bench.panel.relyingParty()->profile().clientId, u"web-app"_s);
        QFile file(dir.filePath(u"profiles.json"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("\"web-app\""));
        QVERIFY(!saved.contains("web-app-secret")); // secrets live in the secret store only
        QTRY_COMPARE(
            bench.find<QLineEdit>(u"clientSecret"_s)->text(), u"web-app-secret-change-me-0123456789abcdef"_s);
        client::FlowResult result = bench.runFromUi(ClientPanel::Operation::ClientCredentials);
        QVERIFY2(result.ok, qPrintable(result.error));

        // Edited: renamed, the old name gone.
        bench.find<QPushButton>(u"editProfile"_s)->click();
        editor = bench.panel.findChild<ui::ProfileEditor*>();
        QVERIFY(editor);
        editor->findChild<QLineEdit*>(u"profileName"_s)->setText(u"Web app (renamed)"_s);
        QVERIFY(!editor->findChild<QCheckBox*>(u"profilePushed"_s)->isChecked());
        editor->findChild<QCheckBox*>(u"profilePushed"_s)->setChecked(true);
        // private_key_jwt: the secret field must hold a usable private key.
        auto* auth = editor->findChild<QComboBox*>(u"profileAuth"_s);
        auth->setCurrentIndex(auth->findText(u"private_key_jwt"_s));
        editor->findChild<QLineEdit*>(u"profileSecret"_s)->setText(u"not a key"_s);
        editor->accept();
        QVERIFY(editor->isVisible());
        QVERIFY2(editor->findChild<QLabel*>(u"profileError"_s)->text().startsWith(u"Private key:"_s),
            qPrintable(editor->findChild<QLabel*>(u"profileError"_s)->text()));
        editor->findChild<QLineEdit*>(u"profileSecret"_s)
            ->setText(QString::fromUtf8(
                QJsonDocument(jose::Jwk::generateEc().toJson()).toJson(QJsonDocument::Compact)));
        editor->accept();
        QTRY_VERIFY(!bench.panel.findChild<ui::ProfileEditor*>());
        QCOMPARE(store->profiles().size(), 1);
        QCOMPARE(store->profiles().first().name, u"Web app (renamed)"_s);
        QVERIFY(store->profiles().first().pushedAuthorization);
        QCOMPARE(store->profiles().first().clientAuth, client::ClientProfile::ClientAuth::PrivateKeyJwt);
        QTRY_COMPARE(bench.panel.findChild<QLineEdit*>(u"clientSecret"_s)->text().left(1), u"{"_s);
        QCOMPARE(bench.find<QLabel>(u"clientSecretLabel"_s)->text(), u"Private &key:"_s);

        // Deleted, with its secret, after a question.
        QTimer::singleShot(0, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        bench.find<QPushButton>(u"deleteProfile"_s)->click();
        QVERIFY(store->profiles().isEmpty());
        QCOMPARE(profiles->count(), 1);
        bool gone = false;
        secrets->read(client::ClientProfile::clientSecretKey(bench.op.issuer(), u"web-app"_s),
            [&](std::optional<QByteArray> secret, const QString&) { gone = !secret; });
        QVERIFY(gone);
    }

    // The picture in the README: the main window's Client tab after a sign-in. Only when asked:
    // xvfb-run -a env QT_QPA_PLATFORM=xcb OIDC_BENCH_SCREENSHOTS=docs build/tests/TestClientPanel
    // screenshotForDocs
    void screenshotForDocs()
    {
        const QString dir = qEnvironmentVariable("OIDC_BENCH_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set OIDC_BENCH_SCREENSHOTS to a folder to write the screenshot");
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        // OIDC_BENCH_SCREENSHOT_DARK=1: a dark palette, to look at the colours as a dark desktop shows them.
        if (qEnvironmentVariableIsSet("OIDC_BENCH_SCREENSHOT_DARK")) {
            QPalette dark;
            dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
            dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
            for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                dark.setColor(role, QColor(0xee, 0xee, 0xee));
            QApplication::setPalette(dark);
        }
        ui::MainWindow window;
        window.resize(1100, 720);
        window.show();
        window.startProvider(ws);
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        window.findChild<QTabWidget*>(u"mainTabs"_s)->setCurrentWidget(window.clientPanel());
        auto browser = std::make_shared<fixture::TestBrowser>();
        window.clientPanel()->setBrowser(browser);
        QSignalSpy finished(window.clientPanel(), &ClientPanel::finished);
        window.clientPanel()->run(ClientPanel::Operation::SignIn);
        QVERIFY(finished.wait(20000));
        auto* view = window.clientPanel()->findChild<QTableView*>(u"timeline"_s);
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, ui::TimelineModel::Step).data().toString() == u"Token request"_s)
                view->selectRow(row);
        }
        window.clientPanel()->findChild<QSplitter*>(u"clientSplitter"_s)->setSizes({430, 250});
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + u"/screenshot-client-panel.png"_s));

        // The provider tab: the log of that sign-in, the token request opened below it.
        window.findChild<QTabWidget*>(u"mainTabs"_s)->setCurrentIndex(0);
        auto* log = window.findChild<QTableView*>(u"requestLog"_s);
        QTRY_VERIFY(log->model()->rowCount() >= 4);
        for (int row = 0; row < log->model()->rowCount(); ++row) {
            if (log->model()->index(row, ui::RequestLogModel::Path).data().toString() == u"/token"_s)
                log->selectRow(row);
        }
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + u"/screenshot-main-window.png"_s));

        // The provider's client editor, on the built-in client panel's registration.
        auto* providerTabs = window.findChild<QTabWidget*>(u"providerTabs"_s);
        providerTabs->setCurrentWidget(window.clientsEditor());
        window.clientsEditor()->findChild<QListWidget*>(u"clients"_s)->setCurrentRow(0);
        QTest::qWait(200);
        QVERIFY(window.grab().save(dir + u"/screenshot-provider-clients.png"_s));
        if (qEnvironmentVariableIsSet("OIDC_BENCH_SCREENSHOT_ALL")) {
            for (int i = 1; i < providerTabs->count(); ++i) {
                providerTabs->setCurrentIndex(i);
                QTest::qWait(100);
                window.grab().save(dir + u"/page-%1.png"_s.arg(i));
            }
        }
    }
};

QTEST_MAIN(TestClientPanel)
#include "TestClientPanel.moc"
