#include "app/cli/Commands.h"
#include "client/ProfileStore.h"
#include "client/SecretStore.h"
#include "ui/AppIcon.h"
#include "ui/ClientPanel.h"
#include "ui/EventLoopProbe.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QStatusBar>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("oidc-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("oidc-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OIDCBENCH_VERSION));

    // Headless commands never create a QApplication, so they run without a display.
    if (argc > 1 && cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // `serve` runs on Qt's own event dispatcher, not GLib's: about a tenth more requests per second
        // (bench/README.md). The other commands keep GLib's, which the keychain's libsecret needs.
        if (qstrcmp(argv[1], "serve") == 0 && !qEnvironmentVariableIsSet("QT_NO_GLIB"))
            qputenv("QT_NO_GLIB", "1");
        QCoreApplication app(argc, argv);
        return cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    // The window speaks the system's language, or the one of `--lang de|fr|en`, where a translation exists
    // (German, French), else English.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype lang = arguments.indexOf(QStringLiteral("--lang"));
    const QLocale locale
        = lang > 0 && lang + 1 < arguments.size() ? QLocale(arguments.at(lang + 1)) : QLocale();
    QLocale::setDefault(locale);
    ui::installTranslation(locale);
    QApplication::setApplicationDisplayName(QStringLiteral("OIDC Bench"));
    QApplication::setWindowIcon(ui::appIcon());
    // Launchers match the window to oidc-bench.desktop (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("oidc-bench"));
    ui::MainWindow window;
    // The provider's control API, as `serve` takes it: `--control-token TOKEN` (16 characters or more) or
    // `--no-control`, for this run; else as the window was left (on, with a random token).
    const qsizetype controlToken = arguments.indexOf(QStringLiteral("--control-token"));
    if (controlToken > 0) {
        const QString token = arguments.value(controlToken + 1);
        if (token.size() < 16 || arguments.contains(QStringLiteral("--no-control"))) {
            qCritical("oidc-bench: --control-token needs a token of 16 characters or more, without "
                      "--no-control");
            return 2;
        }
        window.setControlToken(token.toUtf8());
    } else if (arguments.contains(QStringLiteral("--no-control"))) {
        window.setControlToken({});
    }
    window.show();
    // `--workspace FILE`, else the workspace last opened or saved, else the built-in one.
    const qsizetype workspace = arguments.indexOf(QStringLiteral("--workspace"));
    window.openInitialWorkspace(
        workspace > 0 && workspace + 1 < arguments.size() ? arguments.at(workspace + 1) : QString());
    // The benchmark's measure of the window's responsiveness (bench/README.md), from here on: opening the
    // workspace (which may generate keys) is not what it measures.
    if (const QString probe = qEnvironmentVariable("OIDC_BENCH_EVENT_LOOP_PROBE"); !probe.isEmpty())
        new ui::EventLoopProbe(probe, &window);
    // Saved client profiles, with their secrets in the keychain (or in memory, said in the status bar).
    client::openSecretStore([&window](std::shared_ptr<client::SecretStore> secrets, const QString& problem) {
        window.clientPanel()->setSecretStore(secrets);
        auto store = std::make_shared<client::ProfileStore>(client::ProfileStore::defaultPath(), secrets);
        QString error;
        // A profiles file that does not load is reported and left alone: the store refuses to save over it.
        if (!store->load(&error))
            window.statusBar()->showMessage(QObject::tr("Profiles not loaded: %1").arg(error));
        window.clientPanel()->setProfileStore(store);
        if (!problem.isEmpty())
            window.statusBar()->showMessage(
                QObject::tr("No system keychain (%1): client secrets are kept for this session only.")
                    .arg(problem),
                15000);
    });
    return QApplication::exec();
}
