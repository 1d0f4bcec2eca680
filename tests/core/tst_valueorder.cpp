#include "models/valueorder.h"

#include <QTest>

// Values of real survey questions, as the cache keeps them (alphabetically), and the order
// they read in.
class tst_ValueOrder : public QObject
{
    Q_OBJECT

private slots:
    void order_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("kind");
        auto list = [](std::initializer_list<const char *> items) {
            QStringList l;
            for (const char *i : items)
                l << QString::fromUtf8(i);
            return l;
        };
        const int numeric = int(ValueOrder::Kind::Numeric), scale = int(ValueOrder::Kind::Scale),
                  given = int(ValueOrder::Kind::AsGiven);
        QTest::newRow("years as numbers") << list({"13", "1977", "2", "2019", "207"})
                                          << list({"2", "13", "207", "1977", "2019"}) << numeric;
        QTest::newRow("decimals and comma")
            << list({"0", "0,5", "10", "1"}) << list({"0", "0,5", "1", "10"}) << numeric;
        QTest::newRow("ranges with less and more")
            << list({"1-2 years", "Less than 1 year", "More than 5 years", "3-5 years"})
            << list({"Less than 1 year", "1-2 years", "3-5 years", "More than 5 years"}) << numeric;
        QTest::newRow("open-ended top band") << list({"18-24", "25-34", "65+", "55-64"})
                                             << list({"18-24", "25-34", "55-64", "65+"}) << numeric;
        QTest::newRow("numbers with a few words last")
            << list({"0", "1", "10", "2", "a lot", "5"})
            << list({"0", "1", "2", "5", "10", "a lot"}) << numeric;
        QTest::newRow("agreement, other last") << list({"Agree",
                                                        "Disagree",
                                                        "Neither Agree nor Disagree",
                                                        "Other",
                                                        "Strongly Agree",
                                                        "Strongly Disagree"})
                                               << list({"Strongly Disagree",
                                                        "Disagree",
                                                        "Neither Agree nor Disagree",
                                                        "Agree",
                                                        "Strongly Agree",
                                                        "Other"})
                                               << scale;
        QTest::newRow("frequency with all of the time")
            << list({"All of the time", "Often", "Rarely", "Sometimes"})
            << list({"Rarely", "Sometimes", "Often", "All of the time"}) << scale;
        QTest::newRow("frequency with explanations")
            << list({"Frequently -- I frequently use or build Shiny applications",
                     "I don't know what Shiny is.",
                     "Never -- I don't use Shiny.",
                     "Rarely -- I know how to use Shiny, but it's not part of my regular work",
                     "Sometimes -- I use or build Shiny applications occasionally"})
            << list({"Never -- I don't use Shiny.",
                     "Rarely -- I know how to use Shiny, but it's not part of my regular work",
                     "Sometimes -- I use or build Shiny applications occasionally",
                     "Frequently -- I frequently use or build Shiny applications",
                     "I don't know what Shiny is."})
            << scale;
        QTest::newRow("how often per day and week") << list({"Between once a day and once a week",
                                                             "Between once a week and once a month",
                                                             "I don't use R any more",
                                                             "Less than once a month",
                                                             "More than once a day"})
                                                    << list({"Less than once a month",
                                                             "Between once a week and once a month",
                                                             "Between once a day and once a week",
                                                             "More than once a day",
                                                             "I don't use R any more"})
                                                    << scale;
        QTest::newRow("durations")
            << list({"Days", "I don't feel proficient in R yet.", "Months", "Weeks", "Years"})
            << list({"Days", "Weeks", "Months", "Years", "I don't feel proficient in R yet."})
            << scale;
        QTest::newRow("levels of experience")
            << list({"Beginner", "Expert", "Intermediate", "None"})
            << list({"None", "Beginner", "Intermediate", "Expert"}) << scale;
        QTest::newRow("ability") << list(
            {"Extremely able", "Moderately able", "Neutral", "Not at all able", "Slightly able"})
                                 << list({"Not at all able",
                                          "Slightly able",
                                          "Neutral",
                                          "Moderately able",
                                          "Extremely able"})
                                 << scale;
        QTest::newRow("pace")
            << list({"Just right", "Slightly fast", "Slightly slow", "Too fast", "Too slow"})
            << list({"Too slow", "Slightly slow", "Just right", "Slightly fast", "Too fast"})
            << scale;
        QTest::newRow("dutch satisfaction")
            << list({"Neutraal", "Ontevreden", "Tevreden", "Weet niet", "Zeer tevreden"})
            << list({"Ontevreden", "Neutraal", "Tevreden", "Zeer tevreden", "Weet niet"}) << scale;
        QTest::newRow("countries stay alphabetical")
            << list({"Belgium", "Canada", "Other", "United Kingdom"})
            << list({"Belgium", "Canada", "United Kingdom", "Other"}) << given;
        QTest::newRow("one number is no scale")
            << list({"2019 survey", "Online", "Retail"})
            << list({"2019 survey", "Online", "Retail"}) << given;
    }

    void order()
    {
        QFETCH(QStringList, values);
        QFETCH(QStringList, expected);
        QFETCH(int, kind);
        const ValueOrder::Ordering ordering = ValueOrder::of(values);
        QStringList got;
        for (int i : ordering.order)
            got << values.at(i);
        QCOMPARE(got, expected);
        QCOMPARE(int(ordering.kind), kind);
    }
};

QTEST_GUILESS_MAIN(tst_ValueOrder)
#include "tst_valueorder.moc"
