#include "ui/ClockEditor.h"

#include "core/Clock.h"

#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ClockEditor::ClockEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_now = new QLabel(this);
    m_now->setObjectName(QStringLiteral("providerTime"));
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_offset = new QLabel(this);
    m_offset->setObjectName(QStringLiteral("clockOffset"));
    layout->addWidget(m_now);
    layout->addWidget(m_offset);

    auto* buttons = new QHBoxLayout;
    const QList<std::pair<QString, qint64>> steps{{tr("−1 day"), -86400}, {tr("−1 h"), -3600},
        {tr("−5 min"), -300}, {tr("+5 min"), 300}, {tr("+1 h"), 3600}, {tr("+1 day"), 86400}};
    for (const auto& [label, secs] : steps) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("advance%1").arg(secs));
        connect(button, &QPushButton::clicked, this, [this, secs = secs] {
            if (!m_clock)
                return;
            m_clock->advanceSecs(secs);
            changed();
        });
        buttons->addWidget(button);
    }
    m_freeze = new QPushButton(tr("&Freeze"), this);
    m_freeze->setObjectName(QStringLiteral("freeze"));
    m_freeze->setCheckable(true);
    connect(m_freeze, &QPushButton::toggled, this, [this](bool on) {
        if (!m_clock || on == m_clock->isFrozen())
            return;
        if (on)
            m_clock->freezeAt(m_clock->nowMSecs());
        else
            m_clock->unfreeze();
        changed();
    });
    auto* reset = new QPushButton(tr("&Real time"), this);
    reset->setObjectName(QStringLiteral("resetClock"));
    connect(reset, &QPushButton::clicked, this, [this] {
        if (!m_clock)
            return;
        m_clock->setOffsetMSecs(0);
        changed();
    });
    buttons->addWidget(m_freeze);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ClockEditor::tick);
    setClock(nullptr);
}

void ClockEditor::setClock(std::shared_ptr<core::ControllableClock> clock)
{
    m_clock = std::move(clock);
    setEnabled(m_clock != nullptr);
    if (m_clock) {
        m_settings = current();
        m_ticker.start();
    } else {
        m_ticker.stop();
    }
    refresh();
}

provider::ClockSettings ClockEditor::current() const
{
    provider::ClockSettings settings;
    if (m_clock->isFrozen())
        settings.frozenAtMSecs = m_clock->nowMSecs();
    else
        settings.offsetSecs = m_clock->offsetMSecs() / 1000;
    return settings;
}

void ClockEditor::changed()
{
    m_settings = current();
    refresh();
    emit settingsChanged(m_settings);
}

void ClockEditor::tick()
{
    // Moved elsewhere (the control API) since the workspace was last told.
    if (m_clock) {
        const provider::ClockSettings now = current();
        if (now.offsetSecs != m_settings.offsetSecs || now.frozenAtMSecs != m_settings.frozenAtMSecs)
            return changed();
    }
    refresh();
}

void ClockEditor::refresh()
{
    if (!m_clock) {
        m_now->setText(tr("Start the provider to control its clock."));
        m_offset->clear();
        return;
    }
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock->nowMSecs(), Qt::UTC);
    m_now->setText(tr("Provider time: %1 UTC%2")
                       .arg(now.toString(Qt::ISODate), m_clock->isFrozen() ? tr(" (frozen)") : QString()));
    const qint64 offset = m_clock->offsetMSecs() / 1000;
    m_offset->setText(offset == 0
            ? tr("In step with real time.")
            : tr("%1 s %2 real time.").arg(qAbs(offset)).arg(offset > 0 ? tr("ahead of") : tr("behind")));
    const QSignalBlocker blocker(m_freeze);
    m_freeze->setChecked(m_clock->isFrozen());
}

} // namespace ui
