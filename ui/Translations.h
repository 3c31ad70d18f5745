#pragma once

#include <QLocale>

namespace ui {

// Installs the window's translation for `locale` (German and French exist; anything else stays English).
// Returns whether one was installed; a previous one installed by this function is replaced.
bool installTranslation(const QLocale& locale);

} // namespace ui
