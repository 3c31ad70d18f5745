#include "ui/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRequestLogModel : public QObject
{
    Q_OBJECT

    static provider::RequestLogEntry entry(int status, const QString& path)
    {
        provider::RequestLogEntry e;
        e.time = QDateTime::currentDateTime();
        e.method = u"GET"_s;
        e.path = path;
        e.status = status;
        e.clientId = u"spa"_s;
        e.durationMicros = 1500;
        e.remoteAddress = QHostAddress(QHostAddress::LocalHost);
        return e;
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

    // Batches as a provider under load delivers them: bounded the same way, also a batch larger than the log.
    void batches()
    {
        ui::RequestLogModel model(nullptr, 100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<provider::RequestLogEntry> batch;
        for (int i = 0; i < 60; ++i)
            batch.append(entry(200, u"/a%1"_s.arg(i)));
        model.appendBatch(batch);
        model.appendBatch(batch);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), 120);
        QCOMPARE(model.index(0, ui::RequestLogModel::Path).data().toString(), u"/a20"_s);
        QCOMPARE(model.index(99, ui::RequestLogModel::Path).data().toString(), u"/a59"_s);
        batch.clear();
        for (int i = 0; i < 250; ++i)
            batch.append(entry(200, u"/b%1"_s.arg(i)));
        model.appendBatch(batch);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.totalCount(), 370);
        QCOMPARE(model.index(0, ui::RequestLogModel::Path).data().toString(), u"/b150"_s);
        model.appendBatch({});
        QCOMPARE(model.rowCount(), 100);
    }

    // The search text matches any column; "problems only" keeps errors, dropped connections and faults.
    void filter()
    {
        ui::RequestLogModel model;
        ui::RequestLogFilter filter;
        filter.setSourceModel(&model);
        filter.setFilterKeyColumn(-1);
        filter.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(entry(200, u"/jwks"_s));
        model.append(entry(400, u"/token"_s));
        auto faulty = entry(200, u"/userinfo"_s);
        faulty.faults = {u"userinfo.sub_mismatch"_s};
        model.append(faulty);
        model.append(entry(0, u"/token"_s));
        filter.setFilterFixedString(u"TOKEN"_s);
        QCOMPARE(filter.rowCount(), 2);
        filter.setFilterFixedString(u"sub_mismatch"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterFixedString({});
        filter.setProblemsOnly(true);
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.index(0, ui::RequestLogModel::Path).data().toString(), u"/token"_s);
        model.append(entry(200, u"/authorize"_s));
        model.append(entry(503, u"/authorize"_s));
        QCOMPARE(filter.rowCount(), 4);
        filter.setProblemsOnly(false);
        QCOMPARE(filter.rowCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "TestRequestLogModel.moc"
