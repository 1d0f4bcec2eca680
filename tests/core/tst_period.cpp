#include "metrics/period.h"

#include <QTest>

class tst_Period : public QObject
{
    Q_OBJECT

private slots:
    void labels()
    {
        const QDate d(2025, 8, 15);
        QCOMPARE(Period::containing(d, Granularity::Quarter).label(), QStringLiteral("2025-Q3"));
        QCOMPARE(Period::containing(d, Granularity::Quarter).label(true),
                 QStringLiteral("2025-K3"));
        QCOMPARE(Period::containing(d, Granularity::Month).label(), QStringLiteral("2025-08"));
        QCOMPARE(Period::containing(d, Granularity::Year).label(), QStringLiteral("2025"));
    }

    void bounds()
    {
        const Period q = *Period::parse(QStringLiteral("2025-Q1"));
        QCOMPARE(q.firstDay(), QDate(2025, 1, 1));
        QCOMPARE(q.lastDay(), QDate(2025, 3, 31));
        QCOMPARE(q.previous().label(), QStringLiteral("2024-Q4"));
        QCOMPARE(q.sameOneYearEarlier().label(), QStringLiteral("2024-Q1"));
        const Period feb = *Period::parse(QStringLiteral("2024-02"));
        QCOMPARE(feb.lastDay(), QDate(2024, 2, 29));
        QCOMPARE(Period::parse(QStringLiteral("2023"))->lastDay(), QDate(2023, 12, 31));
    }

    void parse()
    {
        QCOMPARE(Period::parse(QStringLiteral("2025-K3")),
                 Period::parse(QStringLiteral("2025-Q3")));
        QCOMPARE(Period::parse(QStringLiteral("2025q3"))->label(), QStringLiteral("2025-Q3"));
        QVERIFY(!Period::parse(QStringLiteral("2025-Q5")));
        QVERIFY(!Period::parse(QStringLiteral("2025-13")));
        QVERIFY(!Period::parse(QStringLiteral("last quarter")));
        QCOMPARE(Period::granularityFromKey(QStringLiteral("Kwartaal")), Granularity::Quarter);
        QVERIFY(!Period::granularityFromKey(QStringLiteral("week")));
    }
};

QTEST_GUILESS_MAIN(tst_Period)
#include "tst_period.moc"
