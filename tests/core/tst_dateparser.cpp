#include "import/dateparser.h"

#include <QTest>

class tst_DateParser : public QObject
{
    Q_OBJECT

private:
    static DateParser::ColumnFormat formatOf(const QStringList &values,
                                             const QLocale &locale
                                             = QLocale(QLocale::English, QLocale::UnitedStates))
    {
        DateParser::Evidence evidence;
        for (const QString &v : values)
            evidence.add(v);
        return evidence.decide(locale);
    }

private slots:
    void single_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("iso date") << "2025-07-01"
                                  << "2025-07-01";
        QTest::newRow("iso date time") << "2025-07-01 14:03:09"
                                       << "2025-07-01T14:03:09";
        QTest::newRow("iso T minutes") << "2025-07-01T14:03"
                                       << "2025-07-01T14:03:00";
        QTest::newRow("iso zulu") << "2025-07-01T14:03:09Z"
                                  << "2025-07-01T14:03:09Z";
        QTest::newRow("iso offset") << "2025-07-01T14:03:09+02:00"
                                    << "2025-07-01T14:03:09+02:00";
        QTest::newRow("iso fraction") << "2025-07-01T14:03:09.123Z"
                                      << "2025-07-01T14:03:09Z";
        QTest::newRow("dutch day first") << "23-09-2025 14:05"
                                         << "2025-09-23T14:05:00";
        QTest::newRow("dutch date only") << "23-09-2025"
                                         << "2025-09-23";
        QTest::newRow("slashes day first") << "23/09/2025"
                                           << "2025-09-23";
        QTest::newRow("surveymonkey pm") << "09/23/2025 02:15:07 PM"
                                         << "2025-09-23T14:15:07";
        QTest::newRow("surveymonkey midnight") << "09/23/2025 12:01:00 AM"
                                               << "2025-09-23T00:01:00";
        QTest::newRow("google forms") << "2026/09/27 3:00:00 PM GMT+3"
                                      << "2026-09-27T15:00:00+03:00";
        QTest::newRow("google forms minus") << "2026/09/27 11:30:00 AM GMT-05:00"
                                            << "2026-09-27T11:30:00-05:00";
        QTest::newRow("sheets us") << "12/13/2019 9:50:30"
                                   << "2019-12-13T09:50:30";
        QTest::newRow("two digit year") << "9/18/18 15:29"
                                        << "2018-09-18T15:29:00";
        QTest::newRow("german dots") << "24.12.2025 18:00"
                                     << "2025-12-24T18:00:00";
    }

    void single()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const DateParser::ColumnFormat format = formatOf({value});
        QCOMPARE(DateParser::toIso(value, format).value_or(QStringLiteral("<none>")), expected);
    }

    void orderSettledByAnyValue()
    {
        // 03/04 alone is ambiguous; 13/04 in the same column settles day-first for all values.
        const auto format = formatOf({QStringLiteral("03/04/2025"), QStringLiteral("13/04/2025")});
        QCOMPARE(format.order, DateParser::Order::DayFirst);
        QVERIFY(!format.orderFromLocale);
        QCOMPARE(DateParser::toIso(u"03/04/2025", format), QStringLiteral("2025-04-03"));

        const auto us = formatOf({QStringLiteral("03/04/2025"), QStringLiteral("04/13/2025")});
        QCOMPARE(us.order, DateParser::Order::MonthFirst);
        QCOMPARE(DateParser::toIso(u"03/04/2025", us), QStringLiteral("2025-03-04"));
    }

    void ambiguousFollowsLocale()
    {
        const QStringList values = {QStringLiteral("03/04/2025"), QStringLiteral("05/06/2025")};
        const auto us = formatOf(values, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(us.order, DateParser::Order::MonthFirst);
        QVERIFY(us.orderFromLocale);
        const auto nl = formatOf(values, QLocale(QLocale::Dutch, QLocale::Netherlands));
        QCOMPARE(nl.order, DateParser::Order::DayFirst);
        QVERIFY(nl.orderFromLocale);
        QVERIFY(nl.describe().contains(QStringLiteral("locale")));
    }

    void dashesAreDayFirst()
    {
        const auto format = formatOf({QStringLiteral("03-04-2025")});
        QCOMPARE(format.order, DateParser::Order::DayFirst);
        QVERIFY(!format.orderFromLocale);
    }

    void contradictingValueIsRejected()
    {
        const auto format = formatOf({QStringLiteral("13/04/2025")});
        QVERIFY(!DateParser::toIso(u"04/13/2025", format));
    }

    void excelSerial()
    {
        const auto format = formatOf({QStringLiteral("45658"), QStringLiteral("45658.75")});
        QCOMPARE(format.kind, DateParser::Kind::ExcelSerial);
        QCOMPARE(DateParser::toIso(u"45658", format), QStringLiteral("2025-01-01"));
        QCOMPARE(DateParser::toIso(u"45658.75", format), QStringLiteral("2025-01-01T18:00:00"));
    }

    void unixSeconds()
    {
        const auto format = formatOf({QStringLiteral("1735689600")});
        QCOMPARE(format.kind, DateParser::Kind::UnixSeconds);
        QCOMPARE(DateParser::toIso(u"1735689600", format), QStringLiteral("2025-01-01T00:00:00Z"));
    }

    // Found by fuzz_dateparser: toDouble() reads "nan" and "inf", and a NaN serial was turned
    // into a day count (undefined behaviour; any date could come out).
    void notANumberIsNoDate_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("nan") << "nan";
        QTest::newRow("NaN") << "NaN";
        QTest::newRow("inf") << "inf";
        QTest::newRow("-inf") << "-inf";
    }

    void notANumberIsNoDate()
    {
        QFETCH(QString, value);
        // The evidence does not count them as numbers: text wins, and the column is not serial.
        QCOMPARE(formatOf({value, value, QStringLiteral("45658")}).kind,
                 DateParser::Kind::ExcelSerial);
        QCOMPARE(formatOf({value, value, QStringLiteral("2025-01-01")}).kind,
                 DateParser::Kind::Text);
        for (const auto kind : {DateParser::Kind::ExcelSerial, DateParser::Kind::UnixSeconds}) {
            DateParser::ColumnFormat format;
            format.kind = kind;
            QVERIFY2(!DateParser::toIso(value, format), qPrintable(value));
        }
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("february 30") << "2025-02-30";
        QTest::newRow("month 13 year first") << "2025-13-01";
        QTest::newRow("hour 25") << "2025-01-01 25:00";
        QTest::newRow("pm hour 13") << "01/02/2025 13:00 PM";
        QTest::newRow("words") << "yesterday";
        QTest::newRow("trailing junk") << "2025-01-01 foo";
    }

    void invalid()
    {
        QFETCH(QString, value);
        DateParser::ColumnFormat format;
        format.order = DateParser::Order::DayFirst;
        QVERIFY(!DateParser::toIso(value, format));
    }
};

QTEST_GUILESS_MAIN(tst_DateParser)
#include "tst_dateparser.moc"
