#include "import/optionsplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_OptionSplitter : public QObject
{
    Q_OBJECT

private slots:
    void optionsWithCommasStayWhole()
    {
        // Google Forms joins options with ", ", and options have commas of their own.
        const QString social = u"Social media such as blogs, R-bloggers, Twitter, or GitHub"_s;
        const QString course = u"Online course (e.g., Coursera, edX)"_s;
        QHash<QString, int> answers;
        answers.insert(u"Google"_s, 20);
        answers.insert(u"Google, "_s + social, 12);
        answers.insert(social, 3);
        answers.insert(u"Books, "_s + social + u", Google"_s, 6);
        answers.insert(u"Books"_s, 9);
        answers.insert(course + u", Books"_s, 7);
        answers.insert(course, 4);
        const auto [splitter, learned] = OptionSplitter::learn(answers);
        QCOMPARE(learned.separator, u", "_s);
        QCOMPARE(learned.optionCounts.value(social), 21);
        QCOMPARE(learned.optionCounts.value(course), 11);
        QCOMPARE(learned.optionCounts.value(u"Google"_s), 38);
        QVERIFY(!learned.optionCounts.contains(u"Twitter"_s));
        QCOMPARE(learned.answers, 61);
        QCOMPARE(learned.multiple, 25);
        QCOMPARE(splitter.split(QString(u"Books, "_s + social + u", "_s + course)),
                 (QStringList{u"Books"_s, social, course}));
        // An answer the sample did not have splits the same way.
        QCOMPARE(splitter.split(QString(social + u", Other text"_s)),
                 (QStringList{social, u"Other text"_s}));
    }

    void semicolonsWithATrailingOne()
    {
        QHash<QString, int> answers{
            {u"Website;App;"_s, 5}, {u"App;"_s, 4}, {u"Telefoon;Winkel;"_s, 3}, {u"Website;"_s, 2}};
        const auto [splitter, learned] = OptionSplitter::learn(answers);
        QCOMPARE(learned.separator, u";"_s);
        QCOMPARE(splitter.split(u"Website;App;"_s), (QStringList{u"Website"_s, u"App"_s}));
        QCOMPARE(learned.optionCounts.value(u"App"_s), 9);
        QCOMPARE(learned.standalone, 2); // App and Website were also chosen alone
    }

    void datesAreNoOptions()
    {
        // "Apr 2-3, 2018 (US/Eastern)": a year continues the date before it.
        QHash<QString, int> answers{{u"Apr 2-3, 2018 (US/Eastern)"_s, 21},
                                    {u"Mar 5-6, 2018 (US/Eastern)"_s, 9},
                                    {u"AUG 28-29 (Online)"_s, 22}};
        const auto [splitter, learned] = OptionSplitter::learn(answers);
        QCOMPARE(learned.multiple, 0);
        QCOMPARE(splitter.split(u"Apr 2-3, 2018 (US/Eastern)"_s),
                 QStringList{u"Apr 2-3, 2018 (US/Eastern)"_s});
    }

    void freeTextIsNoList()
    {
        QHash<QString, int> answers;
        for (int i = 0; i < 40; ++i)
            answers.insert(
                QStringLiteral("Great product %1, but delivery took %2 days").arg(i).arg(i + 2), 1);
        const auto [splitter, learned] = OptionSplitter::learn(answers);
        Q_UNUSED(splitter);
        QCOMPARE(learned.commonOptions, 0); // no part comes back: not a multi-select
    }
};

QTEST_GUILESS_MAIN(tst_OptionSplitter)
#include "tst_optionsplitter.moc"
