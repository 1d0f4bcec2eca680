// The bounded worker queue behind the SQLite and PostgreSQL import writers.

#include <QTest>
#include <QThread>

#include "store/workerqueue.h"

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

class TestWorkerQueue : public QObject
{
    Q_OBJECT

private slots:
    // Every item is worked, once, in the order handed over; drain() returns when all are.
    void worksEveryItemInOrder()
    {
        std::vector<int> worked; // only the worker thread writes it until drain() returns
        WorkerQueue<QList<int>> queue(3, [&worked](QList<int> &item) {
            worked.insert(worked.end(), item.cbegin(), item.cend());
            item.clear();
            return QString();
        });
        std::vector<int> expected;
        for (int i = 0; i < 200; ++i) {
            QList<int> item{i, -i};
            expected.insert(expected.end(), {i, -i});
            QVERIFY(queue.enqueue(item).ok());
        }
        QVERIFY(queue.drain().ok());
        QCOMPARE(worked, expected);
    }

    // The producer gets worked items back to fill again, keeping their memory.
    void givesWorkedItemsBack()
    {
        WorkerQueue<QByteArray> queue(2, [](QByteArray &chunk) {
            chunk.resize(0); // keeps its capacity
            return QString();
        });
        QByteArray chunk(1000, 'x');
        chunk.reserve(1 << 16);
        QVERIFY(queue.enqueue(chunk).ok());
        QVERIFY(chunk.isEmpty());
        QVERIFY(queue.drain().ok());
        chunk = QByteArray(10, 'y');
        QVERIFY(queue.enqueue(chunk).ok());
        QVERIFY(chunk.isEmpty());
        QVERIFY(chunk.capacity() >= 1 << 16); // the first chunk, back
    }

    // At most `capacity` items wait: the producer waits for room instead of piling them up.
    void boundsWhatWaits()
    {
        std::mutex gate;
        std::unique_lock closed(gate);
        std::atomic<int> waiting{0}, maxWaiting{0};
        WorkerQueue<int> queue(2, [&](int &) {
            std::lock_guard through(gate);
            --waiting;
            return QString();
        });
        std::thread producer([&] {
            for (int i = 0; i < 20; ++i) {
                int item = i;
                ++waiting;
                maxWaiting = std::max(maxWaiting.load(), waiting.load());
                (void)queue.enqueue(item);
            }
        });
        QTest::qWait(100); // the producer is stuck: the worker holds one, two wait
        QVERIFY(waiting.load() <= 4);
        closed.unlock();
        producer.join();
        QVERIFY(queue.drain().ok());
        QCOMPARE(waiting.load(), 0);
        QVERIFY(maxWaiting.load() <= 4); // one being worked, two waiting, one being handed over
    }

    // The first error stops the work: what waits is dropped, every later call says why.
    void firstErrorStopsTheWork()
    {
        std::atomic<int> worked{0};
        WorkerQueue<int> queue(4, [&worked](int &item) {
            ++worked;
            return item == 3 ? QStringLiteral("disk full at %1").arg(item) : QString();
        });
        Status failed = Done{};
        for (int i = 0; i < 100 && failed.ok(); ++i) {
            int item = i;
            failed = queue.enqueue(item);
        }
        const Status drained = queue.drain();
        QVERIFY(!drained.ok());
        QCOMPARE(drained.error(), QStringLiteral("disk full at 3"));
        int more = 1000;
        QCOMPARE(queue.enqueue(more).error(), QStringLiteral("disk full at 3"));
        QCOMPARE(worked.load(), 4); // 0…3; nothing after the error
    }

    // Destroying the queue abandons what waits and does not hang.
    void destroyingAbandonsWhatWaits()
    {
        std::atomic<int> worked{0};
        {
            WorkerQueue<int> queue(8, [&worked](int &) {
                QThread::msleep(20);
                ++worked;
                return QString();
            });
            for (int i = 0; i < 8; ++i) {
                int item = i;
                QVERIFY(queue.enqueue(item).ok());
            }
        }
        QVERIFY(worked.load() < 8);
    }
};

QTEST_GUILESS_MAIN(TestWorkerQueue)
#include "tst_workerqueue.moc"
