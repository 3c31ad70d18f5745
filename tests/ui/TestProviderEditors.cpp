// The provider's editors in the real window under QT_QPA_PLATFORM=offscreen, checked by signing in at the
// running provider: a user added there signs in with its claims; a fault switched on or the clock moved
// shows in the next flow.
#include "client/flows/RelyingParty.h"
#include "common/TestBrowser.h"
#include "core/jose/Jws.h"
#include "ui/ClientsEditor.h"
#include "ui/ClockEditor.h"
#include "ui/FaultsEditor.h"
#include "ui/IssuersEditor.h"
#include "ui/KeysEditor.h"
#include "ui/MainWindow.h"
#include "ui/ScopesEditor.h"
#include "ui/UsersEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
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
        return signInAndUserinfo(client::ClientProfile::builtIn(issuer), username);
    }
    static client::FlowResult signInAndUserinfo(const client::ClientProfile& profile, const QString& username,
        const QByteArray& secret = {}, bool userinfo = true)
    {
        client::RelyingParty rp(profile);
        rp.setClientSecret(secret);
        auto browser = std::make_shared<fixture::TestBrowser>();
        browser->username = username;
        rp.setBrowser(browser);
        QSignalSpy finished(&rp, &client::RelyingParty::finished);
        rp.signIn();
        if (!finished.wait(15000))
            return {};
        // A sign-in that failed, or failed a check, is the answer: userinfo is not asked.
        const auto signIn = finished.last().first().value<client::FlowResult>();
        if (!signIn.ok || !signIn.checksPassed() || !userinfo)
            return signIn;
        rp.userInfo();
        if (!finished.wait(15000))
            return {};
        return finished.last().first().value<client::FlowResult>();
    }

    static client::FlowResult signIn(
        const client::ClientProfile& profile, const QString& username, const QByteArray& secret = {})
    {
        return signInAndUserinfo(profile, username, secret, false);
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
        QVERIFY(editor->findChild<QLabel*>(u"pageError"_s)->text().isEmpty());

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
        auto* error = editor->findChild<QLabel*>(u"pageError"_s);
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

    void clientEditorRegistersClients()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::ClientsEditor* editor = window.clientsEditor();
        auto* list = editor->findChild<QListWidget*>(u"clients"_s);
        const int before = list->count();
        editor->findChild<QPushButton*>(u"addClient"_s)->click();
        QCOMPARE(list->count(), before + 1);
        QCOMPARE(list->currentRow(), before);
        auto* id = editor->findChild<QLineEdit*>(u"clientId"_s);
        id->selectAll();
        QTest::keyClicks(id, u"spa-under-test"_s);
        QTest::keyClick(id, Qt::Key_Return);
        QCOMPARE(list->item(before)->text(), u"spa-under-test"_s);
        QVERIFY(window.isWindowModified());

        // The new public client signs in with code + PKCE at the loopback redirect it registers.
        client::ClientProfile profile = client::ClientProfile::builtIn(window.issuerUrl());
        profile.clientId = u"spa-under-test"_s;
        profile.scopes = {u"openid"_s, u"email"_s};
        client::FlowResult result = signInAndUserinfo(profile, u"alice"_s);
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));

        // Made confidential: it gets a generated secret, and a sign-in without it is refused by the token
        // endpoint.
        editor->findChild<QComboBox*>(u"clientType"_s)->setCurrentIndex(1);
        const QString secret = editor->findChild<QLineEdit*>(u"clientSecret"_s)->text();
        QVERIFY(secret.size() >= 32);
        QCOMPARE(window.workspace().issuers.first().clients.at(before).secret, secret);
        result = signInAndUserinfo(profile, u"alice"_s);
        QVERIFY(!result.ok);
        QVERIFY(result.oauthError);
        QCOMPARE(result.oauthError->error, u"invalid_client"_s);
        profile.clientAuth = client::ClientProfile::ClientAuth::SecretBasic;
        result = signInAndUserinfo(profile, u"alice"_s, secret.toUtf8());
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));

        // HS256 ID tokens are signed with that secret.
        auto* alg = editor->findChild<QComboBox*>(u"idTokenAlg"_s);
        alg->setCurrentIndex(alg->findData(u"HS256"_s));
        result = signIn(profile, u"alice"_s, secret.toUtf8());
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));
        QCOMPARE(result.idToken->header.value(u"alg"_s).toString(), u"HS256"_s);

        // Public keys (the client's jwks): a JWK Set of public keys is taken, a private key or broken JSON is
        // refused inline and changes nothing, an empty field means none.
        auto* error = editor->findChild<QLabel*>(u"pageError"_s);
        auto* publicKeys = editor->findChild<QPlainTextEdit*>(u"publicKeys"_s);
        jose::Jwk clientKey = jose::Jwk::generateEc();
        clientKey.setKid(u"editor-key"_s);
        publicKeys->setPlainText(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{clientKey.toPublicJson()}}}).toJson()));
        auto registeredKeys = [&] { return window.workspace().issuers.first().clients.at(before).jwks.keys; };
        QCOMPARE(registeredKeys().size(), 1);
        QCOMPARE(registeredKeys().first().kid(), u"editor-key"_s);
        publicKeys->setPlainText(QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"keys"_s, QJsonArray{clientKey.toJson()}}}).toJson()));
        QVERIFY2(error->text().contains(u"keys[0]: holds a private key"_s), qPrintable(error->text()));
        publicKeys->setPlainText(u"{\"keys\": ["_s);
        QVERIFY2(error->text().contains(u"not JSON"_s), qPrintable(error->text()));
        QCOMPARE(registeredKeys().size(), 1);
        publicKeys->clear();
        QVERIFY(registeredKeys().isEmpty());

        // Pushed authorization requests required of this client.
        editor->findChild<QCheckBox*>(u"clientRequiresPushedRequests"_s)->setChecked(true);
        QVERIFY(window.workspace().issuers.first().clients.at(before).requirePushedRequests);
        editor->findChild<QCheckBox*>(u"clientRequiresPushedRequests"_s)->setChecked(false);
        QVERIFY(!window.workspace().issuers.first().clients.at(before).requirePushedRequests);

        // A redirect URI that is not a URL is refused inline and changes nothing.
        editor->findChild<QPlainTextEdit*>(u"redirectUris"_s)->setPlainText(u"not a url"_s);
        QVERIFY2(error->text().contains(u"redirect_uris"_s), qPrintable(error->text()));
        QCOMPARE(window.workspace().issuers.first().clients.at(before).redirectUris,
            QStringList{u"http://127.0.0.1/callback"_s});

        // Removed: unknown to the provider.
        editor->findChild<QPlainTextEdit*>(u"redirectUris"_s)->setPlainText(u"http://127.0.0.1/callback"_s);
        editor->findChild<QPushButton*>(u"removeClient"_s)->click();
        QCOMPARE(list->count(), before);
        result = signInAndUserinfo(profile, u"alice"_s, secret.toUtf8());
        QVERIFY(!result.ok);
    }

    void scopeClaimsFollowTheEditor()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        auto* table = window.scopesEditor()->findChild<QTableWidget*>(u"scopes"_s);
        int emailRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == u"email"_s)
                emailRow = row;
        }
        QVERIFY(emailRow >= 0);
        QVERIFY(signInAndUserinfo(window.issuerUrl(), u"alice"_s).body.contains(u"email"_s));
        // The email scope now releases the name instead.
        table->item(emailRow, 2)->setText(u"name"_s);
        const client::FlowResult info = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QVERIFY2(info.ok, qPrintable(info.error));
        QVERIFY(!info.body.contains(u"email"_s));
        QVERIFY(info.body.contains(u"name"_s));
        // A name with a space is refused inline.
        table->item(emailRow, 0)->setText(u"e mail"_s);
        QVERIFY(window.scopesEditor()->findChild<QLabel*>(u"pageError"_s)->text().contains(u"no spaces"_s));
        QCOMPARE(window.workspace().issuers.first().findScope(u"email"_s)->claims, QStringList{u"name"_s});
    }

    void rotatedAndUnpublishedKeys()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::KeysEditor* editor = window.keysEditor();
        auto* table = editor->findChild<QTableWidget*>(u"keys"_s);
        QCOMPARE(table->rowCount(), 1);
        auto* algorithm = editor->findChild<QComboBox*>(u"keyAlgorithm"_s);
        algorithm->setCurrentIndex(algorithm->findData(u"ES256"_s));
        editor->findChild<QPushButton*>(u"rotateKey"_s)->click();
        QCOMPARE(table->rowCount(), 2);
        const QString kid = window.workspace().issuers.first().keys.first().jwk.kid();
        QCOMPARE(table->item(0, 0)->text(), kid);
        QCOMPARE(table->item(0, 3)->checkState(), Qt::Checked);
        QCOMPARE(table->item(1, 3)->checkState(), Qt::Unchecked);

        const auto builtIn = client::ClientProfile::builtIn(window.issuerUrl());
        client::FlowResult result = signIn(builtIn, u"alice"_s);
        QVERIFY2(result.ok && result.checksPassed() && result.idToken, qPrintable(result.error));
        QCOMPARE(result.idToken->header.value(u"kid"_s).toString(), kid);
        QCOMPARE(result.idToken->header.value(u"alg"_s).toString(), u"ES256"_s);

        // Exported as a public PEM, the key is the one that signs.
        table->selectRow(0);
        const QByteArray pem = editor->exportText(ui::KeysEditor::Export::PublicPem);
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QCOMPARE(jose::Jwk::fromPem(pem)->thumbprint(), kid);
        QVERIFY(!editor->exportText(ui::KeysEditor::Export::PublicJwk).contains("\"d\""));
        QVERIFY(editor->exportText(ui::KeysEditor::Export::PrivateJwk).contains("\"d\""));

        // Unpublished, the signing key makes tokens the client cannot verify.
        table->item(0, 4)->setCheckState(Qt::Unchecked);
        QVERIFY(!window.workspace().issuers.first().keys.first().published);
        result = signIn(builtIn, u"alice"_s);
        QVERIFY(result.idToken);
        QCOMPARE(result.idToken->check(u"signature"_s)->status, client::ValidationCheck::Status::Failed);
    }

    void issuerLayoutAndMoreIssuers()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::IssuersEditor* editor = window.issuersEditor();
        auto* path = editor->findChild<QLineEdit*>(u"issuerPath"_s);
        path->setText(u"/realms/test"_s);
        QTest::keyClick(path, Qt::Key_Return);
        QVERIFY2(window.issuerUrl().endsWith(u"/realms/test"_s), qPrintable(window.issuerUrl()));
        client::FlowResult result = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QVERIFY2(result.ok && result.checksPassed(), qPrintable(result.error));

        // Userinfo switched off: no longer served nor advertised.
        auto* endpoints = editor->findChild<QTableWidget*>(u"endpoints"_s);
        for (int row = 0; row < endpoints->rowCount(); ++row) {
            if (endpoints->item(row, 0)->text() == u"userinfo"_s)
                endpoints->item(row, 2)->setCheckState(Qt::Unchecked);
        }
        QVERIFY(window.workspace().issuers.first().disabledEndpoints.contains(u"userinfo"_s));
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(QUrl(window.issuerUrl() + u"/.well-known/openid-configuration"_s))));
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(!reply->readAll().contains("userinfo_endpoint"));

        // Client authentication: a method unticked is no longer accepted nor listed; all unticked is refused.
        const QStringList methods = provider::Issuer::knownClientAuthMethods();
        editor->findChild<QCheckBox*>(u"authMethod:client_secret_jwt"_s)->setChecked(false);
        QStringList accepted = methods;
        accepted.removeAll(u"client_secret_jwt"_s);
        QCOMPARE(window.workspace().issuers.first().clientAuthMethods, accepted);
        reply.reset(
            nam.get(QNetworkRequest(QUrl(window.issuerUrl() + u"/.well-known/openid-configuration"_s))));
        QTRY_VERIFY(reply->isFinished());
        QVERIFY(!reply->readAll().contains("client_secret_jwt"));
        for (const QString& method : accepted)
            editor->findChild<QCheckBox*>(u"authMethod:"_s + method)->setChecked(false);
        QVERIFY2(editor->findChild<QLabel*>(u"pageError"_s)->text().contains(u"at least one"_s),
            qPrintable(editor->findChild<QLabel*>(u"pageError"_s)->text()));
        QVERIFY(!window.workspace().issuers.first().clientAuthMethods.isEmpty());
        for (const QString& method : methods)
            editor->findChild<QCheckBox*>(u"authMethod:"_s + method)->setChecked(true);
        QVERIFY(window.workspace().issuers.first().clientAuthMethods.isEmpty()); // all of them: the default

        // Grant types likewise (the device grant's box reads device_code), and request objects.
        auto* device
            = editor->findChild<QCheckBox*>(u"issuerGrant:urn:ietf:params:oauth:grant-type:device_code"_s);
        QCOMPARE(device->text(), u"device_code"_s);
        device->setChecked(false);
        editor->findChild<QCheckBox*>(u"issuerGrant:client_credentials"_s)->setChecked(false);
        QCOMPARE(window.workspace().issuers.first().grantTypes,
            (QStringList{u"authorization_code"_s, u"implicit"_s, u"refresh_token"_s}));
        editor->findChild<QCheckBox*>(u"requestObjects"_s)->setChecked(false);
        QVERIFY(!window.workspace().issuers.first().requestObjects);
        editor->findChild<QCheckBox*>(u"requirePushedRequests"_s)->setChecked(true);
        QVERIFY(window.workspace().issuers.first().requirePushedRequests);
        reply.reset(
            nam.get(QNetworkRequest(QUrl(window.issuerUrl() + u"/.well-known/openid-configuration"_s))));
        QTRY_VERIFY(reply->isFinished());
        const QJsonObject doc = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(doc.value(u"grant_types_supported"_s).toArray(),
            (QJsonArray{u"authorization_code"_s, u"implicit"_s, u"refresh_token"_s}));
        QCOMPARE(doc.value(u"request_parameter_supported"_s), QJsonValue(false));
        QCOMPARE(doc.value(u"require_pushed_authorization_requests"_s), QJsonValue(true));
        // The last one cannot go: refused, and its box ticked again.
        const QStringList supported = window.workspace().issuers.first().grantTypes;
        for (const QString& grant : supported)
            editor->findChild<QCheckBox*>(u"issuerGrant:"_s + grant)->setChecked(false);
        QVERIFY2(editor->findChild<QLabel*>(u"pageError"_s)->text().contains(u"at least one grant type"_s),
            qPrintable(editor->findChild<QLabel*>(u"pageError"_s)->text()));
        QCOMPARE(window.workspace().issuers.first().grantTypes, QStringList{u"refresh_token"_s});
        QVERIFY(editor->findChild<QCheckBox*>(u"issuerGrant:refresh_token"_s)->isChecked());

        // A second issuer, edited through the picker.
        editor->findChild<QPushButton*>(u"addIssuer"_s)->click();
        auto* picker = window.findChild<QComboBox*>(u"issuerPicker"_s);
        QCOMPARE(picker->count(), 2);
        picker->setCurrentIndex(1);
        QCOMPARE(window.usersEditor()->findChild<QListWidget*>(u"users"_s)->count(), 0);
        window.usersEditor()->findChild<QPushButton*>(u"addUser"_s)->click();
        QCOMPARE(window.workspace().issuers.at(1).users.size(), 1);
        QCOMPARE(window.workspace().issuers.at(1).keys.size(), 1);
        QCOMPARE(window.providerHost().issuerUrls().size(), 2);

        // A new port restarts the provider there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        editor->findChild<QSpinBox*>(u"serverPort"_s)->setValue(port);
        QTRY_COMPARE_WITH_TIMEOUT(window.providerHost().port(), port, 10000);
        QVERIFY(window.issuerUrl().contains(u":%1/"_s.arg(port)));
    }

    void switchedFaultShowsInTheNextFlow()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        auto* tree = window.faultsEditor()->findChild<QTreeWidget*>(u"faults"_s);
        const auto items = tree->findItems(u"tamper.wrong_nonce"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(items.size(), 1);
        QCOMPARE(
            tree->topLevelItemCount(), 8); // authorize, token, par, tamper, userinfo, jwks, discovery, http

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

    void faultRulesTargetAndCount()
    {
        ui::MainWindow window;
        QVERIFY(started(window));
        ui::FaultsEditor* editor = window.faultsEditor();
        window.findChild<QTabWidget*>(u"providerTabs"_s)->setCurrentWidget(editor);
        auto* tree = editor->findChild<QTreeWidget*>(u"faults"_s);
        auto* rules = editor->findChild<QTableWidget*>(u"faultRules"_s);
        auto* formError = editor->findChild<QLabel*>(u"faultFormError"_s);

        // Options the fault does not take, or not key=value, are refused in the form.
        tree->setCurrentItem(
            tree->findItems(u"token.invalid_grant"_s, Qt::MatchExactly | Qt::MatchRecursive).first());
        editor->findChild<QLineEdit*>(u"faultOptions"_s)->setText(u"nonsense"_s);
        editor->findChild<QPushButton*>(u"addFaultRule"_s)->click();
        QVERIFY2(formError->text().contains(u"key=value"_s), qPrintable(formError->text()));
        QCOMPARE(rules->rowCount(), 0);

        // Once, for alice only.
        editor->findChild<QLineEdit*>(u"faultOptions"_s)->clear();
        editor->findChild<QLineEdit*>(u"faultUser"_s)->setText(u"alice"_s);
        editor->findChild<QSpinBox*>(u"faultTimes"_s)->setValue(1);
        editor->findChild<QLineEdit*>(u"faultLabel"_s)->setText(u"alice's first exchange"_s);
        editor->findChild<QPushButton*>(u"addFaultRule"_s)->click();
        QVERIFY(formError->text().isEmpty());
        QCOMPARE(rules->rowCount(), 1);
        QVERIFY(rules->item(0, 1)->text().contains(u"user alice"_s));
        QCOMPARE(window.workspace().faults.size(), 1);
        QCOMPARE(window.workspace().faults.first().target.user, u"alice"_s);

        QVERIFY(signInAndUserinfo(window.issuerUrl(), u"bob"_s).ok);
        client::FlowResult alice = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QVERIFY(!alice.ok);
        QCOMPARE(alice.oauthError->error, u"invalid_grant"_s);
        alice = signInAndUserinfo(window.issuerUrl(), u"alice"_s);
        QVERIFY2(alice.ok, qPrintable(alice.error));
        // The counters as the provider keeps them: one fault injected, after which the rule is spent.
        QTRY_COMPARE_WITH_TIMEOUT(rules->item(0, 4)->text(), u"1"_s, 3000);

        rules->selectRow(0);
        editor->findChild<QPushButton*>(u"removeFaultRule"_s)->click();
        QCOMPARE(rules->rowCount(), 0);
        QVERIFY(window.workspace().faults.isEmpty());
        QVERIFY(editor->findChild<QLabel*>(u"faultSummary"_s)->text().contains(u"behaves"_s));
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
