#include "ui/Theme.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QWidget>
#include <cmath>

namespace ui::theme {

namespace {

double luminance(const QColor& c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// One filter on the application: when its palette changes (the system switched between light and dark), the
// functions of the widgets still alive are applied again.
class PaletteWatcher : public QObject
{
public:
    static PaletteWatcher& instance()
    {
        static auto* watcher = new PaletteWatcher(qApp);
        return *watcher;
    }

    void add(QWidget* widget, std::function<void()> apply)
    {
        apply();
        m_entries.removeIf([](const Entry& e) { return e.widget.isNull(); });
        m_entries.append({widget, std::move(apply)});
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (const Entry& e : std::as_const(m_entries)) {
                if (e.widget)
                    e.apply();
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    struct Entry
    {
        QPointer<QWidget> widget;
        std::function<void()> apply;
    };

    explicit PaletteWatcher(QObject* app)
        : QObject(app)
    {
        app->installEventFilter(this);
    }

    QList<Entry> m_entries;
};

} // namespace

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor color(Tone tone, const QPalette& palette)
{
    const bool dark = isDark(palette);
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Success:
        return dark ? QColor(0xa5, 0xd6, 0xa7) : QColor(0x1b, 0x5e, 0x20);
    case Tone::Warning:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0x92, 0x40, 0x0e);
    case Tone::Fault:
        return dark ? QColor(0xc4, 0xb5, 0xfd) : QColor(0x7c, 0x3a, 0xed);
    }
    return palette.color(QPalette::Text);
}

QColor color(Tone tone)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return color(tone, QGuiApplication::palette());
    QPalette light(Qt::black, Qt::white);
    return color(tone, light);
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void keepThemed(QWidget* widget, std::function<void()> apply)
{
    PaletteWatcher::instance().add(widget, std::move(apply));
}

void makeErrorLabel(QLabel* label)
{
    QPointer<QLabel> guarded(label);
    keepThemed(label, [guarded] {
        // Only this role is the label's own; the others follow its parent.
        QPalette palette;
        palette.setColor(QPalette::WindowText, color(Tone::Error, QApplication::palette()));
        guarded->setPalette(palette);
    });
}

void makeErrorBanner(QLabel* label)
{
    QPointer<QLabel> guarded(label);
    keepThemed(label, [guarded] {
        const bool dark = isDark(QApplication::palette());
        QPalette palette;
        palette.setColor(QPalette::Window, dark ? QColor(0x5f, 0x21, 0x20) : QColor(0xfd, 0xec, 0xea));
        palette.setColor(QPalette::WindowText, dark ? QColor(0xfd, 0xec, 0xea) : QColor(0x61, 0x1a, 0x15));
        guarded->setAutoFillBackground(true);
        guarded->setPalette(palette);
    });
}

} // namespace ui::theme
