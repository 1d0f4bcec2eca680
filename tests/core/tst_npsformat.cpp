#include "models/npsformat.h"

#include <QTest>

// How NPS Studio writes its numbers, in English and Dutch.
class tst_NpsFormat : public QObject
{
    Q_OBJECT

private slots:
    void nps_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("dutch");
        QTest::newRow("positive") << 45.0 << 0 << QStringLiteral("+45") << QStringLiteral("+45");
        QTest::newRow("negative with decimal")
            << -12.34 << 1 << QStringLiteral("−12.3") << QStringLiteral("−12,3");
        QTest::newRow("tiny negative is zero")
            << -0.04 << 1 << QStringLiteral("0.0") << QStringLiteral("0,0");
    }

    void nps()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, english);
        QFETCH(QString, dutch);
        QCOMPARE(NpsFormat::nps(value, decimals, QLocale(QLocale::English)), english);
        QCOMPARE(NpsFormat::nps(value, decimals, QLocale(QLocale::Dutch)), dutch);
    }

    void roundedInterval_data()
    {
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole points apart") << 71.6 << 76.2 << QStringLiteral("+72 … +76");
        QTest::newRow("rounds to one value") << 73.82 << 74.21 << QStringLiteral("+73.8 … +74.2");
        QTest::newRow("around zero") << -0.4 << 0.3 << QStringLiteral("−0.4 … +0.3");
    }

    void roundedInterval()
    {
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, text);
        QCOMPARE(NpsFormat::roundedInterval(low, high, QLocale(QLocale::English)), text);
    }

    void roundedIntervalHasNoNegativeZero()
    {
        // A theme's interval from −0.3 to 62: "0 … +62", as the window wrote "[-0; 62]".
        QCOMPARE(NpsFormat::roundedInterval(-0.3, 62.0, QLocale(QLocale::English)),
                 QStringLiteral("0 … +62"));
    }

    void percentDecimals_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<int>("decimals");
        QTest::newRow("apart") << 8.2 << 0.0 << 0;
        QTest::newRow("read alike") << 3.4 << 2.6 << 1;
        QTest::newRow("equal") << 3.0 << 3.0 << 0;
    }

    void percentDecimals()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(int, decimals);
        QCOMPARE(NpsFormat::percentDecimals(a, b, QLocale(QLocale::English)), decimals);
    }

    void pValues_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("clause");
        QTest::newRow("ordinary") << 0.0421 << QStringLiteral("0.042")
                                  << QStringLiteral("p = 0.042");
        QTest::newRow("below a thousandth: never “p = < 0.001”")
            << 0.00002 << QStringLiteral("< 0.001") << QStringLiteral("p < 0.001");
    }

    void pValues()
    {
        QFETCH(double, p);
        QFETCH(QString, value);
        QFETCH(QString, clause);
        const QLocale english(QLocale::English);
        QCOMPARE(NpsFormat::pValue(p, english), value);
        QCOMPARE(NpsFormat::pClause(p, english), clause);
        QCOMPARE(NpsFormat::pClause(0.00002, QLocale(QLocale::Dutch)), QStringLiteral("p < 0,001"));
    }
};

QTEST_GUILESS_MAIN(tst_NpsFormat)
#include "tst_npsformat.moc"
