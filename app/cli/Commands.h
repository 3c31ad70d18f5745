#pragma once

#include <QStringList>

namespace cli {

// Exit codes of the command-line commands.
enum ExitCode {
    Success = 0,
    RuntimeFailure = 1, // e.g. the port is taken
    UsageError = 2, // bad arguments or an invalid workspace file
    ValidationFailed = 3, // decode, login: a token or response failed a check
};

// Whether argv[1] names a headless command (run with QCoreApplication, no display needed).
bool isCommand(const QString& name);
// Runs a command; `arguments` is QCoreApplication::arguments(). Returns the exit code, possibly after running
// the event loop.
int run(const QStringList& arguments);

// `oidc-bench mint`: prints a token signed as the workspace's issuer signs (MintCommand.cpp).
int mint(const QStringList& arguments);
// `oidc-bench decode`: decodes and checks a JWT (DecodeCommand.cpp).
int decode(const QStringList& arguments);
// `oidc-bench login`: signs in at a provider with the system browser (LoginCommand.cpp).
int login(const QStringList& arguments);
// `oidc-bench secret set|delete`: a client secret in the system keychain (LoginCommand.cpp).
int secret(const QStringList& arguments);

} // namespace cli
