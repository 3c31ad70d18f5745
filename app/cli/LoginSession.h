#pragma once

#include "app/cli/Console.h"
#include "client/Browser.h"
#include "client/flows/RelyingParty.h"

#include <functional>
#include <optional>

// The login command's parts besides its options (LoginCommand.cpp): the browser it uses, the follow-up
// steps, and the state and report of a run.
namespace cli {

// Always shows the URL (the browser may open on another screen, or not at all), then opens the system
// browser unless told not to.
class ConsoleBrowser final : public client::Browser
{
public:
    explicit ConsoleBrowser(bool openSystemBrowser)
        : m_openSystemBrowser(openSystemBrowser)
    { }

    bool open(const QUrl& url, QString* error) override
    {
        err() << "Open this URL in a browser:\n  " << url.toString(QUrl::FullyEncoded) << Qt::endl;
        return !m_openSystemBrowser || m_system.open(url, error);
    }

private:
    bool m_openSystemBrowser;
    client::SystemBrowser m_system;
};

// A secret (or private key) read from a file, or from standard input for "-".
std::optional<QByteArray> readSecretFile(const QString& path, QString* error);
// The follow-up step of that name (userinfo, refresh, introspect, revoke, logout), or null.
std::function<bool(client::RelyingParty&)> followUp(const QString& name);

// The command's state while the flows run in the event loop: the sign-in, then the follow-up steps.
struct LoginSession
{
    client::RelyingParty* rp = nullptr;
    bool json = false;
    QString harFile;
    QString curlFile;
    QStringList pending;
    // The flow itself (sign-in, device or client credentials), then the follow-up steps.
    std::optional<client::FlowResult> main;
    QList<std::pair<QString, client::FlowResult>> steps;

    // Starts the next follow-up step; false when there is none left, or the last one failed or failed a
    // check (a real client would not go on with what it got).
    bool next();

    void record(const client::FlowResult& result);

    void printHuman(bool valid, qint64 now);

    // Prints the outcome and returns the exit code.
    int report();
};

} // namespace cli
