#pragma once

#include "provider/workspace/Workspace.h"

#include <QTimer>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;

namespace core {
class ControllableClock;
}

namespace ui {

// The provider's clock: shown as it runs, moved forward or back, frozen, or reset to real time, so that
// expiry, refresh and clock-skew handling can be tried without waiting. Changes act on the running
// provider at once and are kept in the workspace for the next start, as are changes made elsewhere (the
// control API), seen within a second.
class ClockEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ClockEditor(QWidget* parent = nullptr);

    // The running provider's clock; null while stopped.
    void setClock(std::shared_ptr<core::ControllableClock> clock);

signals:
    void settingsChanged(const provider::ClockSettings& settings);

private:
    void changed();
    void tick();
    void refresh();
    // The clock's state as the workspace keeps it.
    provider::ClockSettings current() const;

    std::shared_ptr<core::ControllableClock> m_clock;
    QLabel* m_now;
    QLabel* m_offset;
    QPushButton* m_freeze;
    QTimer m_ticker;
    // What the workspace was last told.
    provider::ClockSettings m_settings;
};

} // namespace ui
