#pragma once

#include <QString>
#include <QUrl>

namespace client {

// Where the user's part of a flow happens (login page, consent, logout confirmation). Tests replace it with
// a browser that fills the pages in.
class Browser
{
public:
    virtual ~Browser() = default;
    // Shows `url`; false with *error when no browser could be started.
    virtual bool open(const QUrl& url, QString* error) = 0;
};

// The user's default browser: QDesktopServices when a GUI application runs, else the platform's opener
// (xdg-open, open, start) for the command line.
class SystemBrowser final : public Browser
{
public:
    bool open(const QUrl& url, QString* error) override;
};

} // namespace client
