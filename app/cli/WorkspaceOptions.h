#pragma once

#include "provider/workspace/Workspace.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <optional>

namespace cli {

// The options every command that works on a workspace shares: --workspace FILE, --preset NAME and
// --issuer URL.
class WorkspaceOptions
{
public:
    WorkspaceOptions();
    void addTo(QCommandLineParser& parser) const;
    // The workspace the options name (the built-in default without either), with --issuer applied; or
    // std::nullopt and the message for the user in *error.
    std::optional<provider::Workspace> load(const QCommandLineParser& parser, QString* error) const;

private:
    QCommandLineOption m_workspace;
    QCommandLineOption m_preset;
    QCommandLineOption m_issuer;
};

} // namespace cli
