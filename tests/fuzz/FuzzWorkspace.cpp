// libFuzzer: the workspace loader (files users write by hand, presets, what the window saves).
#include "provider/workspace/Workspace.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    if (const auto workspace = provider::Workspace::fromJson(input, &error)) {
        // What loads saves and loads again.
        if (!provider::Workspace::fromJson(workspace->toJson(), &error))
            __builtin_trap();
    }
    return 0;
}
