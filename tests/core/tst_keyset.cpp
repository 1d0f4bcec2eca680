#include "import/keyset.h"

#include <QSet>
#include <QTest>

#include <random>

class tst_KeySet : public QObject
{
    Q_OBJECT

private slots:
    void behavesLikeASet()
    {
        KeySet keys(4);
        QSet<qint64> reference;
        std::mt19937_64 rng(5);
        for (int i = 0; i < 200000; ++i) {
            // Few distinct values among many draws, zero and negatives included, growing past
            // the first capacity several times.
            const qint64 key = i % 7 == 0 ? qint64(rng() % 1000) - 500 : qint64(rng());
            QCOMPARE(keys.contains(key), reference.contains(key));
            QCOMPARE(keys.insert(key), !reference.contains(key));
            QVERIFY(keys.contains(key));
            reference.insert(key);
        }
        QCOMPARE(keys.size(), size_t(reference.size()));
        QVERIFY(!keys.insert(0) || !reference.contains(0));
    }
};

QTEST_GUILESS_MAIN(tst_KeySet)
#include "tst_keyset.moc"
