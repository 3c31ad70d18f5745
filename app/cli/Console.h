#pragma once

#include <QTextStream>
#include <cstdio>

namespace cli {

// Standard output and error of the headless commands, one stream each for the whole process.
inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Prints "oidc-bench COMMAND: message" on standard error and returns `exitCode`, for `return
// commandError(...)`.
inline int commandError(const char* command, int exitCode, const QString& message)
{
    err() << "oidc-bench " << command << ": " << message << Qt::endl;
    return exitCode;
}

} // namespace cli
