#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

namespace testdata {

inline QJsonObject loadJson(const QString& name)
{
    QFile file(QStringLiteral(OIDCBENCH_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        // Fails the current test, not the whole executable.
        QTest::qFail(qPrintable(QStringLiteral("cannot open test data ") + name), __FILE__, __LINE__);
        return {};
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace testdata
