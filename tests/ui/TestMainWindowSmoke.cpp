#include "ui/AppIcon.h"
#include "ui/ClientPanel.h"
#include "ui/MainWindow.h"
#include "ui/RequestLogModel.h"
#include "ui/Theme.h"
#include "ui/Translations.h"
#include "ui/UsersEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFutureWatcher>
#include <QIcon>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

// The real main window under QT_QPA_PLATFORM=offscreen: it starts the provider, and the provider answers.
class TestMainWindowSmoke : public QObject
{
    Q_OBJECT

private slots:
    // Window settings go to a test location, never the user's.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // An issuer without a key gets one made on a pool thread: startProvider() returns at once, and the
    // provider starts with the key once it is there; a workspace opened meanwhile wins over the late key.
    void signingKeysAreMadeOffTheGuiThread()
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        QVERIFY(ws.needsSigningKeys());
        ui::MainWindow window;
        window.show();
        window.startProvider(ws);
        QVERIFY(!window.providerHost().isRunning());
        QCOMPARE(window.findChild<QLabel*>(u"providerState"_s)->text(), u"Generating a signing key…"_s);
        QVERIFY(!window.findChild<QPushButton*>(u"startStop"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        QVERIFY(window.findChild<QPushButton*>(u"startStop"_s)->isEnabled());
        QVERIFY(!window.workspace().needsSigningKeys());
        const QString kid = window.workspace().issuers.first().keys.first().jwk.kid();
        QCOMPARE(
            window.providerHost().provider()->snapshot()->workspace.issuers.first().keys.first().jwk.kid(),
            kid);

        // Another workspace while a key is being made: the key arrives too late to matter.
        window.startProvider(ws);
        std::optional<provider::Workspace> other = provider::Workspace::preset(u"discovery-jwks-hs256"_s);
        QVERIFY(other && !other->needsSigningKeys());
        other->server.port = 0;
        window.startProvider(*other);
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        // Until the abandoned key has arrived (its watcher goes once it has answered) and been dropped.
        QTRY_VERIFY_WITH_TIMEOUT(window.findChildren<QFutureWatcherBase*>().isEmpty(), 30000);
        QCOMPARE(window.workspace().issuers.first().id, other->issuers.first().id);
        QCOMPARE(window.workspace().issuers.first().keys.size(), other->issuers.first().keys.size());
        QCOMPARE(window.providerHost().provider()->snapshot()->workspace.issuers.first().id,
            other->issuers.first().id);
    }

    // A file (or preset) whose keys are to be generated opens at once; its keys are made on a pool thread,
    // where the file put them, and the provider starts with them.
    void keysAFileAsksForAreMadeOffTheGuiThread()
    {
        std::optional<provider::Workspace> ws = provider::Workspace::preset(
            u"discovery-jwks-rs256"_s, provider::Workspace::KeyGeneration::Later);
        QVERIFY(ws && ws->issuers.first().keysToGenerate.size() == 1);
        ws->server.port = 0;
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"generate.json"_s);
        QVERIFY2(ws->save(path, &error), qPrintable(error));
        ui::MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path));
        QVERIFY(!window.providerHost().isRunning());
        QCOMPARE(window.findChild<QLabel*>(u"providerState"_s)->text(), u"Generating a signing key…"_s);
        // A key added on the Keys page meanwhile stays beside the one the file asks for.
        auto* algorithm = window.findChild<QComboBox*>(u"keyAlgorithm"_s);
        algorithm->setCurrentIndex(algorithm->findData(u"ES256"_s));
        window.findChild<QPushButton*>(u"generateKey"_s)->click();
        QCOMPARE(window.workspace().issuers.first().keys.size(), 1);
        const QString addedKid = window.workspace().issuers.first().keys.first().jwk.kid();
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        QVERIFY(!window.workspace().needsSigningKeys());
        const QList<provider::SigningKey> keys
            = window.providerHost().provider()->snapshot()->workspace.issuers.first().keys;
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0).jwk.kid(), u"pylon-default"_s);
        QCOMPARE(keys.at(1).jwk.kid(), addedKid);
    }

    void startsTheProviderAndLogsRequests()
    {
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        ui::MainWindow window;
        window.show();
        window.startProvider(ws);
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        const QString issuer = window.issuerUrl();
        QVERIFY2(issuer.startsWith(u"http://127.0.0.1:"_s), qPrintable(issuer));
        QVERIFY(!issuer.endsWith(u":0"_s));
        QCOMPARE(window.findChild<QLineEdit*>(u"issuerUrl"_s)->text(), issuer);

        QNetworkAccessManager nam;
        QNetworkReply* reply
            = nam.get(QNetworkRequest(QUrl(issuer + u"/.well-known/openid-configuration"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"issuer"_s).toString(), issuer);
        reply->deleteLater();

        // The request shows up in the window's log (delivered across threads).
        QTRY_COMPARE_WITH_TIMEOUT(window.requestLog()->rowCount(), 1, 5000);
        QCOMPARE(window.requestLog()->index(0, ui::RequestLogModel::Path).data().toString(),
            u"/.well-known/openid-configuration"_s);
        QCOMPARE(window.requestLog()->index(0, ui::RequestLogModel::Issuer).data().toString(), u"default"_s);

        // A client-authenticated request: in the detail pane, the secret is masked until revealed.
        QNetworkRequest tokenRequest(QUrl(issuer + u"/token"_s));
        tokenRequest.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
        QNetworkReply* token = nam.post(tokenRequest,
            "grant_type=client_credentials&client_id=web-app&client_secret=web-app-secret-change-me-"
            "0123456789abcdef");
        QTRY_VERIFY_WITH_TIMEOUT(token->isFinished(), 10000);
        token->deleteLater();
        QTRY_COMPARE_WITH_TIMEOUT(window.requestLog()->rowCount(), 2, 5000);
        window.findChild<QLineEdit*>(u"logFilter"_s)->setText(u"/TOKEN"_s);
        QCOMPARE(window.requestLogFilter()->rowCount(), 1);
        window.findChild<QTableView*>(u"requestLog"_s)->selectRow(0);
        auto* detail = window.findChild<QPlainTextEdit*>(u"logDetail"_s);
        QVERIFY2(
            detail->toPlainText().contains(u"POST /token HTTP/1.1"_s), qPrintable(detail->toPlainText()));
        QVERIFY(detail->toPlainText().contains(u"client_secret=[masked]"_s));
        QVERIFY(detail->toPlainText().contains(u"\"access_token\": \"[masked]\""_s));
        window.findChild<QCheckBox*>(u"logReveal"_s)->setChecked(true);
        QVERIFY(detail->toPlainText().contains(u"web-app-secret-change-me"_s));

        // Stop and start again from the button.
        auto* button = window.findChild<QPushButton*>(u"startStop"_s);
        button->click();
        QTRY_VERIFY(!window.providerHost().isRunning());
        button->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
    }

    // The window's provider has the control API too: on with a random token shown in Provider > Control API;
    // what a test suite changes through it shows on the Faults and Clock pages and reaches the workspace.
    void controlApi()
    {
        QSettings().remove(u"provider/controlApi"_s); // as on a new machine
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = 0;
        ui::MainWindow window;
        window.show();
        window.startProvider(ws);
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        const QByteArray token = window.controlToken();
        QVERIFY(token.size() >= 16);
        const QString base = window.controlUrl();
        QCOMPARE(base, u"http://127.0.0.1:%1/_oidc-bench"_s.arg(window.providerHost().port()));

        QNetworkAccessManager nam;
        auto call = [&nam, &base](const QByteArray& method, const QString& path, const QByteArray& bearer,
                        const QByteArray& body = {}) {
            QNetworkRequest request(QUrl(base + path));
            request.setRawHeader("Authorization", "Bearer " + bearer);
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply* reply = nam.sendCustomRequest(request, method, body);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                return -1;
            reply->deleteLater();
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(
            call("POST", u"/faults"_s, token, R"({"fault": "token.invalid_grant", "client": "spa"})"), 201);
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace().faults.size(), 1, 5000);
        QCOMPARE(window.workspace().faults.first().fault, u"token.invalid_grant"_s);
        QVERIFY(window.isWindowModified());
        QCOMPARE(call("DELETE", u"/faults"_s, token), 204);
        QTRY_VERIFY_WITH_TIMEOUT(window.workspace().faults.isEmpty(), 5000);
        QCOMPARE(call("POST", u"/clock"_s, token, R"({"advance_seconds": 3600})"), 200);
        QTRY_COMPARE_WITH_TIMEOUT(window.workspace().clock.offsetSecs, 3600, 5000);
        QCOMPARE(window.findChild<QLabel*>(u"clockOffset"_s)->text(), u"3600 s ahead of real time."_s);

        // The status bar says it is on and opens the dialog: the address and token to copy; off, on again
        // (the same token), a new token.
        auto* status = window.findChild<QPushButton*>(u"controlApiStatus"_s);
        QCOMPARE(status->text(), u"Control API: on"_s);
        status->click();
        auto* dialog = window.findChild<QDialog*>(u"controlApiDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"controlApiUrl"_s)->text(), base);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"controlApiToken"_s)->text().toLatin1(), token);
        QVERIFY(dialog->findChild<QPlainTextEdit*>(u"controlApiExample"_s)->toPlainText().contains(base));
        auto* on = dialog->findChild<QCheckBox*>(u"controlApiOn"_s);
        QVERIFY(on->isChecked());
        on->click();
        QVERIFY(window.controlToken().isEmpty());
        QCOMPARE(status->text(), u"Control API: off"_s);
        QCOMPARE(call("POST", u"/reset"_s, token), 404);
        QVERIFY(!QSettings().value(u"provider/controlApi"_s).toBool());
        {
            // Whether it is on is remembered, never the token.
            QSettings settings;
            settings.sync();
            QFile file(settings.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(!file.readAll().contains(token));
        }
        {
            ui::MainWindow later; // remembered: the next window starts with it off
            QVERIFY(later.controlToken().isEmpty());
        }
        on->click();
        QCOMPARE(window.controlToken(), token);
        QCOMPARE(call("POST", u"/reset"_s, token), 204);
        dialog->findChild<QPushButton*>(u"newControlToken"_s)->click();
        const QByteArray fresh = window.controlToken();
        QVERIFY(fresh != token && fresh.size() >= 16);
        QCOMPARE(call("POST", u"/reset"_s, token), 401);
        QCOMPARE(call("POST", u"/reset"_s, fresh), 204);

        // Kept across restarts of the provider; the dialog follows.
        window.findChild<QPushButton*>(u"startStop"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!window.providerHost().isRunning(), 10000);
        QVERIFY(dialog->findChild<QLineEdit*>(u"controlApiUrl"_s)->text().isEmpty());
        window.findChild<QPushButton*>(u"startStop"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.providerHost().isRunning(), 10000);
        QCOMPARE(window.providerHost().provider()->controlToken(), fresh);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"controlApiUrl"_s)->text(), window.controlUrl());
        window.setWindowModified(false); // no question about saving at the end
    }

    void portInUseIsShownInline()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        provider::Workspace ws = provider::Workspace::builtinDefault();
        ws.server.port = blocker.serverPort();
        ui::MainWindow window;
        window.show();
        window.startProvider(ws);
        auto* state = window.findChild<QLabel*>(u"providerState"_s);
        QTRY_VERIFY_WITH_TIMEOUT(state->text().contains(u"could not start"_s), 10000);
        QVERIFY(!window.providerHost().isRunning());
        QVERIFY(window.issuerUrl().isEmpty());
    }

    // German and French are compiled in; an unknown language leaves English.
    void translations()
    {
        QVERIFY(ui::installTranslation(QLocale(QLocale::German)));
        {
            ui::MainWindow window;
            QCOMPARE(window.findChild<QPushButton*>(u"startStop"_s)->text(), u"&Anhalten"_s);
            QCOMPARE(window.findChild<QPushButton*>(u"run"_s)->text(), u"A&usführen"_s);
        }
        QVERIFY(ui::installTranslation(QLocale(QLocale::French)));
        {
            ui::MainWindow window;
            QCOMPARE(window.findChild<QTabWidget*>(u"mainTabs"_s)->tabText(2), u"&Décodeur"_s);
        }
        QVERIFY(!ui::installTranslation(QLocale(QLocale::Japanese)));
        ui::MainWindow window;
        QCOMPARE(window.findChild<QPushButton*>(u"startStop"_s)->text(), u"&Stop"_s);
    }

    // Size, tab, columns and the client panel's and Faults page's splitters come back as the user left them.
    void remembersItsLayout()
    {
        QSettings().clear();
        QSize size;
        QList<int> faultSizes;
        {
            ui::MainWindow window;
            window.show();
            window.resize(1180, 700);
            auto* faults = window.findChild<QSplitter*>(u"faultsSplitter"_s);
            window.findChild<QTabWidget*>(u"providerTabs"_s)->setCurrentWidget(faults->parentWidget());
            QTRY_VERIFY(faults->isVisible() && faults->sizes().value(0) > 0);
            const QList<int> before = faults->sizes();
            faults->setSizes({60, before.value(0) + before.value(1) - 60});
            faultSizes = faults->sizes();
            QVERIFY(faultSizes != before);
            window.findChild<QTabWidget*>(u"mainTabs"_s)->setCurrentIndex(1);
            auto* splitter = window.clientPanel()->findChild<QSplitter*>(u"clientSplitter"_s);
            splitter->setSizes({100, 400});
            size = window.size();
            window.close();
        }
        ui::MainWindow again;
        again.show();
        QCOMPARE(again.size(), size);
        QCOMPARE(again.findChild<QTabWidget*>(u"mainTabs"_s)->currentIndex(), 1);
        const QList<int> sizes = again.clientPanel()->findChild<QSplitter*>(u"clientSplitter"_s)->sizes();
        QVERIFY2(
            sizes.value(0) < sizes.value(1), qPrintable(u"%1 %2"_s.arg(sizes.value(0)).arg(sizes.value(1))));
        auto* faults = again.findChild<QSplitter*>(u"faultsSplitter"_s);
        again.findChild<QTabWidget*>(u"mainTabs"_s)->setCurrentIndex(0);
        again.findChild<QTabWidget*>(u"providerTabs"_s)->setCurrentWidget(faults->parentWidget());
        QTRY_VERIFY(faults->isVisible() && faults->sizes().value(0) > 0);
        QCOMPARE(faults->sizes(), faultSizes);
        QSettings().clear();
    }

    // The window's icon: the launcher icon's drawing, at every size a desktop asks for.
    void applicationIcon()
    {
        const QIcon icon = ui::appIcon();
        QCOMPARE(icon.availableSizes().size(), 7);
        const QImage image = icon.pixmap(128).toImage();
        QCOMPARE(image.pixelColor(4, 64).alpha(), 0); // outside the rounded square
        QCOMPARE(image.pixelColor(64, 20), QColor(0x1e, 0x5a, 0xa8));
        QCOMPARE(image.pixelColor(64, 82), QColor(0x2e, 0x9d, 0x55)); // the green check mark's disc
    }

    // Colours that carry meaning read on light and dark palettes alike, and follow a switch while running.
    void lightAndDarkPalettes()
    {
        QPalette light;
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        for (const QPalette& palette : {light, dark}) {
            for (auto tone : {ui::theme::Tone::Error, ui::theme::Tone::Success, ui::theme::Tone::Warning,
                     ui::theme::Tone::Fault}) {
                const QColor c = ui::theme::color(tone, palette);
                for (auto role : {QPalette::Window, QPalette::Base})
                    QVERIFY2(ui::theme::contrast(c, palette.color(role)) >= 4.5,
                        qPrintable(u"%1 on %2"_s.arg(c.name(), palette.color(role).name())));
            }
        }

        const QPalette original = QApplication::palette();
        QApplication::setPalette(light);
        ui::MainWindow window;
        window.show();
        auto* error = window.usersEditor()->findChild<QLabel*>(u"pageError"_s);
        QCOMPARE(
            error->palette().color(QPalette::WindowText), ui::theme::color(ui::theme::Tone::Error, light));
        // The system switches to dark while the window is open.
        QApplication::setPalette(dark);
        QTRY_COMPARE(
            error->palette().color(QPalette::WindowText), ui::theme::color(ui::theme::Tone::Error, dark));
        const QColor text = error->palette().color(QPalette::WindowText);
        QTRY_COMPARE(window.palette().color(QPalette::Window), dark.color(QPalette::Window));
        const QColor back = window.palette().color(QPalette::Window);
        QVERIFY2(ui::theme::contrast(text, back) >= 4.5, qPrintable(text.name() + u" on "_s + back.name()));
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestMainWindowSmoke)
#include "TestMainWindowSmoke.moc"
