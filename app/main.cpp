#include "app/cli/Commands.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("oidc-bench"));
    QCoreApplication::setApplicationName(QStringLiteral("oidc-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OIDCBENCH_VERSION));

    // Headless commands never create a QApplication, so they run without a display.
    if (argc > 1 && cli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication app(argc, argv);
        return cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    // The window speaks the system's language where a translation exists (German, French), else English.
    QTranslator translator;
    if (translator.load(
            QLocale(), QStringLiteral("oidc-bench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QApplication::setApplicationDisplayName(QStringLiteral("OIDC Bench"));
    ui::MainWindow window;
    window.show();
    window.startProvider(provider::Workspace::builtinDefault());
    return QApplication::exec();
}
