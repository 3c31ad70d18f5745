#pragma once

#include <QColor>
#include <QPalette>
#include <functional>

class QLabel;
class QWidget;

namespace ui::theme {

// Meaning carried by colour. Each has a darker shade for light palettes and a lighter one for dark palettes,
// so that it reads (WCAG contrast 4.5:1 or more) on the palette's Base and Window colours either way.
enum class Tone { Error, Success, Warning, Fault };

bool isDark(const QPalette& palette);
QColor color(Tone tone, const QPalette& palette);
// For the application's palette (the light shade where there is no GUI application, as in model tests).
QColor color(Tone tone);
// The WCAG 2 contrast ratio of two colours (1 to 21).
double contrast(const QColor& a, const QColor& b);

// Calls `apply` now and whenever the application palette changes (the system switched between light and
// dark), for widgets coloured by hand.
void keepThemed(QWidget* widget, std::function<void()> apply);
// A label whose text is an error: in the error colour of the current palette.
void makeErrorLabel(QLabel* label);
// A banner line (for problems said once above the content): a tinted background that suits the palette.
void makeErrorBanner(QLabel* label);

} // namespace ui::theme
