#include "core/Clock.h"

#include <QTest>
#include <QThread>
#include <atomic>

// The provider's clock (core::ControllableClock): one reading is always one consistent state, whatever
// another thread does to the clock meanwhile.
class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void controls()
    {
        core::ControllableClock clock;
        QVERIFY(qAbs(clock.nowMSecs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
        clock.freezeAt(5'000'000);
        QVERIFY(clock.isFrozen());
        QCOMPARE(clock.nowMSecs(), 5'000'000);
        clock.advanceSecs(10);
        QCOMPARE(clock.nowMSecs(), 5'010'000);
        clock.advanceMSecs(-20'000);
        QCOMPARE(clock.nowMSecs(), 4'990'000);
        clock.unfreeze();
        QVERIFY(!clock.isFrozen());
        QVERIFY(clock.nowMSecs() >= 4'990'000 && clock.nowMSecs() < 5'000'000);
        QVERIFY(qAbs(clock.offsetMSecs() - (4'990'000 - QDateTime::currentMSecsSinceEpoch())) < 1000);
        clock.setOffsetMSecs(-60'000);
        QVERIFY(!clock.isFrozen());
        QVERIFY(qAbs(clock.nowMSecs() - (QDateTime::currentMSecsSinceEpoch() - 60'000)) < 1000);
        clock.advanceSecs(60);
        QVERIFY(qAbs(clock.offsetMSecs()) < 1000);
        core::ManualClock manual(1234);
        QCOMPARE(manual.nowMSecs(), 1234);
        manual.setMSecs(-5);
        QCOMPARE(manual.nowMSecs(), -5);
    }

    // One thread freezes the clock at ever later instants and lets it run on from there; another reads it.
    // Every state the clock passes through is later than the one before, so no reading may go back: a
    // reading that mixed a new state's "running" with an old offset would.
    void readingsAreConsistent()
    {
        core::ControllableClock clock;
        clock.freezeAt(0);
        std::atomic<bool> done{false};
        std::atomic<qint64> backwards{0};
        std::atomic<qint64> readings{0};
        QThread* reader = QThread::create([&] {
            qint64 last = clock.nowMSecs();
            while (!done.load()) {
                const qint64 now = clock.nowMSecs();
                if (now < last)
                    backwards.fetch_add(1);
                last = now;
                readings.fetch_add(1);
            }
        });
        reader->start();
        for (qint64 i = 1; i <= 300'000; ++i) {
            clock.freezeAt(i * 1'000'000);
            clock.unfreeze();
        }
        done.store(true);
        reader->wait();
        delete reader;
        QVERIFY(readings.load() > 0);
        QCOMPARE(backwards.load(), 0);
    }

    void concurrentAdvancesAllCount()
    {
        core::ControllableClock clock;
        clock.freezeAt(0);
        auto advance = [&] {
            for (int i = 0; i < 100'000; ++i)
                clock.advanceMSecs(1);
        };
        QThread* a = QThread::create(advance);
        QThread* b = QThread::create(advance);
        a->start();
        b->start();
        a->wait();
        b->wait();
        delete a;
        delete b;
        QCOMPARE(clock.nowMSecs(), 200'000);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "TestClock.moc"
