#include "ui/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestLogModel : public QObject
{
    Q_OBJECT

    static provider::RequestLogEntry entry(int status, const QString& path)
    {
        return {QDateTime::currentDateTime(), u"GET"_s, path, status, u"spa"_s, 1500, u"127.0.0.1"_s, {}};
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English)); }

    void appendsAndShows()
    {
        ui::RequestLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(200, u"/jwks"_s));
        model.append(entry(401, u"/userinfo"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ui::RequestLogModel::Path).data().toString(), u"/userinfo"_s);
        QCOMPARE(model.index(1, ui::RequestLogModel::Status).data().toInt(), 401);
        QCOMPARE(model.index(0, ui::RequestLogModel::Client).data().toString(), u"spa"_s);
        QCOMPARE(model.index(0, ui::RequestLogModel::Duration).data().toString(), u"1.5 ms"_s);
        QVERIFY(model.index(1, ui::RequestLogModel::Status).data(Qt::ForegroundRole).isValid());
        QCOMPARE(model.headerData(ui::RequestLogModel::Path, Qt::Horizontal).toString(), u"Path"_s);
        // Injected faults are marked; a connection closed by one has no status.
        auto faulty = entry(0, u"/token"_s);
        faulty.faults = {u"http.close"_s};
        model.append(faulty);
        QCOMPARE(model.index(2, ui::RequestLogModel::Fault).data().toString(), u"http.close"_s);
        QCOMPARE(model.index(2, ui::RequestLogModel::Status).data().toString(), u"closed"_s);
        QVERIFY(model.index(0, ui::RequestLogModel::Fault).data().toString().isEmpty());
    }

    void boundedMemory()
    {
        ui::RequestLogModel model(nullptr, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 250; ++i)
            model.append(entry(200, u"/r%1"_s.arg(i)));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.index(0, ui::RequestLogModel::Path).data().toString(), u"/r150"_s);
        QCOMPARE(model.index(99, ui::RequestLogModel::Path).data().toString(), u"/r249"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "TestRequestLogModel.moc"
