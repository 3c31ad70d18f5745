#pragma once

#include <QIcon>

namespace ui {

// The application icon, painted (resources/desktop/oidc-bench.svg is the same drawing for launchers: Qt SVG
// is not part of the stack, so the window cannot load the SVG itself).
QIcon appIcon();

} // namespace ui
