#include "client/Browser.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace client {

bool SystemBrowser::open(const QUrl& url, QString* error)
{
    // QDesktopServices needs a QGuiApplication's platform integration; the headless commands have none.
    if (QCoreApplication::instance() && QCoreApplication::instance()->inherits("QGuiApplication")) {
        if (QDesktopServices::openUrl(url))
            return true;
        *error = u"the desktop could not open a browser"_s;
        return false;
    }
#if defined(Q_OS_MACOS)
    const QString program = u"open"_s;
    const QStringList arguments{url.toString(QUrl::FullyEncoded)};
#elif defined(Q_OS_WIN)
    const QString program = u"rundll32"_s;
    const QStringList arguments{u"url.dll,FileProtocolHandler"_s, url.toString(QUrl::FullyEncoded)};
#else
    const QString program = u"xdg-open"_s;
    const QStringList arguments{url.toString(QUrl::FullyEncoded)};
#endif
    if (QProcess::startDetached(program, arguments))
        return true;
    *error = u"could not start %1 to open a browser"_s.arg(program);
    return false;
}

} // namespace client
