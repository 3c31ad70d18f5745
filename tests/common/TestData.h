#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace testdata {

inline QJsonObject loadJson(const QString& name)
{
    QFile file(QStringLiteral(OIDCBENCH_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace testdata
