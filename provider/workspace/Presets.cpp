#include "provider/workspace/Workspace.h"

#include <QDir>
#include <QFile>

// The built-in workspace and the presets that imitate real providers (resources/presets).

using namespace Qt::StringLiterals;

namespace provider {

Workspace Workspace::builtinDefault()
{
    QFile file(u":/oidc-bench/workspaces/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the built-in default workspace is missing from the resources");
    QString error;
    auto ws = fromJson(file.readAll(), &error);
    if (!ws)
        qFatal("the built-in default workspace is invalid: %s", qPrintable(error));
    return *ws;
}

QStringList Workspace::presetNames()
{
    QStringList names;
    for (const QFileInfo& info :
        QDir(u":/oidc-bench/presets"_s).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name))
        names.append(info.completeBaseName());
    return names;
}

std::optional<Workspace> Workspace::preset(const QString& name, KeyGeneration keyGeneration)
{
    if (!presetNames().contains(name))
        return std::nullopt;
    QFile file(u":/oidc-bench/presets/%1.json"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QString error;
    auto ws = fromJson(file.readAll(), &error, keyGeneration);
    if (!ws)
        qFatal("built-in preset %s is invalid: %s", qPrintable(name), qPrintable(error));
    return ws;
}

} // namespace provider
