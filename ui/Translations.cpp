#include "ui/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ui {

bool installTranslation(const QLocale& locale)
{
    static QTranslator* current = nullptr;
    if (current) {
        QCoreApplication::removeTranslator(current);
        delete current;
        current = nullptr;
    }
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(
            locale, QStringLiteral("oidc-bench"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    current = translator;
    return true;
}

} // namespace ui
