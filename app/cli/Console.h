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

} // namespace cli
