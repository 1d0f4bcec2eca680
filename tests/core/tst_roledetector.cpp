#include "import/roledetector.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_RoleDetector : public QObject
{
    Q_OBJECT

private:
    static RoleDetector::Detection detect(const QList<QStringList> &records)
    {
        const SurveyLayout layout = SurveyLayout::recognise(records.mid(0, 3));
        return RoleDetector::detect(layout, records.mid(layout.headerRows));
    }

    static QList<QStringList>
    rows(const QStringList &header, int count, const std::function<QStringList(int)> &row)
    {
        QList<QStringList> records{header};
        for (int i = 0; i < count; ++i)
            records.append(row(i));
        return records;
    }

private slots:
    void genericEnglish()
    {
        const auto records = rows(
            {u"Respondent"_s,
             u"Date"_s,
             u"How likely are you to recommend us?"_s,
             u"Why?"_s,
             u"Plan"_s,
             u"Email"_s},
            40,
            [](int i) {
                return QStringList{QString::number(1000 + i),
                                   QStringLiteral("2025-01-%1").arg(i % 28 + 1, 2, 10, QChar(u'0')),
                                   QString::number(i % 11),
                                   QStringLiteral("Because reason number %1 matters").arg(i),
                                   i % 2 ? u"Pro"_s : u"Basic"_s,
                                   QStringLiteral("user%1@example.org").arg(i)};
            });
        const auto d = detect(records);
        QVERIFY(d.problem.isEmpty());
        QCOMPARE(d.mapping.respondentId, 0);
        QCOMPARE(d.mapping.answeredAt, 1);
        QCOMPARE(d.mapping.score, 2);
        QCOMPARE(d.mapping.openAnswer, 3);
        QCOMPARE(d.mapping.segments, QList<int>{4});
        QCOMPARE(d.mapping.leftOut.value(5), QStringLiteral("personal data"));
    }

    void genericDutch()
    {
        const auto records
            = rows({u"Klantnummer"_s,
                    u"Datum"_s,
                    u"Aanbevelingsscore"_s,
                    u"Toelichting"_s,
                    u"Klanttype"_s,
                    u"Tevredenheid"_s},
                   30,
                   [](int i) {
                       return QStringList{QStringLiteral("K%1").arg(i),
                                          QStringLiteral("%1-03-2025").arg(i % 28 + 1),
                                          QString::number(10 - i % 11),
                                          i % 3 ? QStringLiteral("Prima") : QString(),
                                          i % 3 ? u"Zakelijk"_s : u"Particulier"_s,
                                          QString::number(1 + i % 5)};
                   });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 2);
        QCOMPARE(d.mapping.answeredAt, 1);
        QCOMPARE(d.mapping.respondentId, 0);
        QCOMPARE(d.mapping.openAnswer, 3);
        QCOMPARE(d.mapping.csat, 5);
        QCOMPARE(d.mapping.segments, QList<int>{4});
    }

    void twoScoreColumnsResolvedByHeader()
    {
        const auto records = rows(
            {u"Overall rating"_s, u"Likelihood to recommend"_s, u"Segment"_s}, 20, [](int i) {
                return QStringList{QString::number(i % 11),
                                   QString::number((i * 3) % 11),
                                   i % 2 ? u"A"_s : u"B"_s};
            });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 1);
        QCOMPARE(d.scoreCandidates.size(), 2);
    }

    void twoEqualScoreColumnsAreAmbiguous()
    {
        const auto records = rows({u"Q1"_s, u"Q2"_s, u"Segment"_s}, 20, [](int i) {
            return QStringList{
                QString::number(i % 11), QString::number((i * 3) % 11), i % 2 ? u"A"_s : u"B"_s};
        });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, -1);
        QVERIFY(d.problem.contains(QStringLiteral("--map score=")));
        QVERIFY(d.problem.contains(QStringLiteral("“Q1”")));
    }

    void recommendQuestionMostAnsweredWins()
    {
        const auto records
            = rows({u"Timestamp"_s,
                    u"How likely are you to recommend R to a friend?"_s,
                    u"How likely are you to recommend Python to a friend?"_s},
                   40,
                   [](int i) {
                       return QStringList{
                           QStringLiteral("12/13/2019 9:50:%1").arg(i % 60, 2, 10, QChar(u'0')),
                           QString::number(1 + i % 10),
                           i % 4 ? QString() : QString::number(i % 11)};
                   });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 1);
    }

    void likertTrapIsNotTheScore()
    {
        const auto records = rows({u"Recommend"_s, u"LikelyToRecommend"_s}, 20, [](int i) {
            return QStringList{i % 2 ? u"Strongly Agree"_s : u"Agree"_s, QString::number(i % 11)};
        });
        QCOMPARE(detect(records).mapping.score, 1);
    }

    void surveyMonkeyHeaderRows()
    {
        QList<QStringList> records = {
            {u"Respondent ID"_s,
             u"Collector ID"_s,
             u"Start Date"_s,
             u"End Date"_s,
             u"IP Address"_s,
             u"Email Address"_s,
             u"How likely is it that you would recommend this company to a friend or colleague?"_s,
             u"What is the main reason for your score?"_s,
             u"Which products do you use?"_s,
             u""_s},
            {u""_s,
             u""_s,
             u""_s,
             u""_s,
             u""_s,
             u""_s,
             u"Response"_s,
             u"Open-Ended Response"_s,
             u"Phone"_s,
             u"Internet"_s},
        };
        for (int i = 0; i < 20; ++i)
            records.append({QString::number(114000000 + i),
                            u"2500"_s,
                            u"09/23/2025 02:15:07 PM"_s,
                            QStringLiteral("09/%1/2025 02:20:07 PM").arg(i + 1, 2, 10, QChar(u'0')),
                            u"1.2.3.4"_s,
                            u""_s,
                            QStringLiteral("%1 - label").arg(i % 11),
                            QStringLiteral("Some words about it %1").arg(i),
                            i % 2 ? u"Phone"_s : u""_s,
                            i % 3 ? u"Internet"_s : u""_s});
        const SurveyLayout layout = SurveyLayout::recognise(records.mid(0, 3));
        QCOMPARE(layout.tool, SurveyLayout::Tool::SurveyMonkey);
        QCOMPARE(layout.headerRows, 2);
        QCOMPARE(layout.columnNames.at(9), QStringLiteral("Which products do you use? - Internet"));
        const auto d = RoleDetector::detect(layout, records.mid(2));
        QCOMPARE(d.mapping.score, 6);
        QCOMPARE(d.mapping.respondentId, 0);
        QCOMPARE(d.mapping.answeredAt, 3); // End Date: the moment of submission
        QCOMPARE(d.mapping.openAnswer, 7);
        QVERIFY(!d.mapping.segments.contains(4)); // IP address
        QVERIFY(!d.mapping.segments.contains(1)); // collector id
        // One column per option: a multi-select question, its options from the second row.
        QCOMPARE(d.mapping.traitsOf(8).kind, SegmentTraits::Kind::Multi);
        QCOMPARE(d.mapping.traitsOf(8).question, QStringLiteral("Which products do you use?"));
        QCOMPARE(d.mapping.traitsOf(8).option, QStringLiteral("Phone"));
        QCOMPARE(d.mapping.traitsOf(9).option, QStringLiteral("Internet"));
    }

    void qualtricsHeaderRows()
    {
        QList<QStringList> records = {
            {u"StartDate"_s,
             u"EndDate"_s,
             u"Status"_s,
             u"IPAddress"_s,
             u"Progress"_s,
             u"ResponseId"_s,
             u"Q1"_s,
             u"Q1_NPS_GROUP"_s,
             u"Q2"_s,
             u"Q3"_s},
            {u"Start Date"_s,
             u"End Date"_s,
             u"Response Type"_s,
             u"IP Address"_s,
             u"Progress"_s,
             u"Response ID"_s,
             u"How likely are you to recommend us?"_s,
             u"How likely are you to recommend us? - Group"_s,
             u"Why?"_s,
             u"Region"_s},
            {u"{\"ImportId\":\"startDate\",\"timeZone\":\"America/Denver\"}"_s,
             u"{\"ImportId\":\"endDate\"}"_s,
             u"{\"ImportId\":\"status\"}"_s,
             u"{\"ImportId\":\"ipAddress\"}"_s,
             u"{\"ImportId\":\"progress\"}"_s,
             u"{\"ImportId\":\"_recordId\"}"_s,
             u"{\"ImportId\":\"QID1\"}"_s,
             u"{\"ImportId\":\"QID1_NPS_GROUP\"}"_s,
             u"{\"ImportId\":\"QID2_TEXT\"}"_s,
             u"{\"ImportId\":\"QID3\"}"_s},
        };
        for (int i = 0; i < 20; ++i)
            records.append({u"2017-07-18 08:28:09"_s,
                            QStringLiteral("2017-07-18 08:%1:09").arg(30 + i),
                            u"0"_s,
                            u"1.2.3.4"_s,
                            u"100"_s,
                            QStringLiteral("R_%1abc").arg(i),
                            QString::number(i % 11),
                            QString::number(1 + i % 3),
                            QStringLiteral("Reason %1").arg(i),
                            i % 2 ? u"North"_s : u"South"_s});
        const SurveyLayout layout = SurveyLayout::recognise(records.mid(0, 3));
        QCOMPARE(layout.tool, SurveyLayout::Tool::Qualtrics);
        QCOMPARE(layout.headerRows, 3);
        const auto d = RoleDetector::detect(layout, records.mid(3));
        QCOMPARE(d.mapping.score, 6);
        QCOMPARE(d.mapping.respondentId, 5);
        QCOMPARE(d.mapping.answeredAt, 1);
        QCOMPARE(d.mapping.openAnswer, 8);
        QCOMPARE(d.mapping.segments, QList<int>{9});
        QCOMPARE(d.mapping.npsGroup, 7); // numeric 1–3, checked against the score
    }

    void scoreWithRMissingMarkers()
    {
        // 10, 8, NA…: still the score column, and NA is the file's own missing marker.
        const auto records = rows({u"id"_s, u"nps"_s, u"segment"_s}, 30, [](int i) {
            return QStringList{QString::number(i),
                               i % 4 == 0 ? u"NA"_s : QString::number(i % 11),
                               i % 5 == 0 ? u"NA"_s : (i % 2 ? u"A"_s : u"B"_s)};
        });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 1);
        QVERIFY(d.mapping.fileMarkers.contains(u"na"_s));
    }

    void clearlyMoreAnswersWins()
    {
        const auto records
            = rows({u"How likely are you to recommend our shop?"_s,
                    u"How likely are you to recommend our app?"_s},
                   40,
                   [](int i) {
                       return QStringList{i % 4 ? QString() : QString::number(i % 11),
                                          QString::number((i * 3) % 11)};
                   });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 1); // 40 answers against 10
        QVERIFY(d.notes.join(u'\n').contains(u"clearly more answers"_s));
        QCOMPARE(d.mapping.traitsOf(0).kind, SegmentTraits::Kind::Numeric);
    }

    void groupLabelsInDutch()
    {
        const auto records = rows({u"Score"_s, u"Groep"_s}, 20, [](int i) {
            const int s = i % 11;
            return QStringList{QString::number(s),
                               s >= 9   ? u"Promotor"_s
                               : s >= 7 ? u"Passief"_s
                                        : u"Criticaster"_s};
        });
        const auto d = detect(records);
        QCOMPARE(d.mapping.npsGroup, 1);
        QVERIFY(!d.mapping.segments.contains(1));
    }

    // An id column whose header says nothing ("Customer") is known by its values: the id, not
    // the open answer; the reason after the score stays the open answer even when reasons repeat.
    void identifierByItsValues_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<bool>("isId");
        QTest::newRow("letter and digits") << u"C%1"_s << true;
        QTest::newRow("with separators") << u"NL-2024-%1"_s << true;
        QTest::newRow("words with a number") << u"order %1 late"_s << false;
    }

    void identifierByItsValues()
    {
        QFETCH(QString, pattern);
        QFETCH(bool, isId);
        const auto records
            = rows({u"Customer"_s, u"How likely are you to recommend us?"_s, u"Why?"_s, u"Plan"_s},
                   60,
                   [&pattern](int i) {
                       return QStringList{pattern.arg(1000 + i),
                                          QString::number(i % 11),
                                          QStringLiteral("Because reason number %1 matters").arg(i),
                                          i % 2 ? u"Pro"_s : u"Basic"_s};
                   });
        const auto d = detect(records);
        QVERIFY(d.problem.isEmpty());
        QCOMPARE(d.mapping.respondentId == 0, isId);
        QCOMPARE(d.mapping.openAnswer, 2);
        QCOMPARE(d.mapping.openQuestions.contains(0), !isId);
    }

    // Country, land, pays… rank before any other segment, however many values they have.
    void keySegmentWordsRankFirst()
    {
        const QStringList countries{u"United States"_s,
                                    u"Germany"_s,
                                    u"France"_s,
                                    u"Brazil"_s,
                                    u"Japan"_s,
                                    u"Kenya"_s,
                                    u"India"_s,
                                    u"Canada"_s,
                                    u"Chile"_s,
                                    u"Spain"_s,
                                    u"Italy"_s,
                                    u"Norway"_s,
                                    u"Peru"_s,
                                    u"Egypt"_s,
                                    u"Ghana"_s,
                                    u"Nepal"_s};
        const auto records
            = rows({u"How likely are you to recommend us?"_s,
                    u"What gender do you identify with?"_s,
                    u"Which category best describes your work?"_s,
                    u"In what country do you live?"_s,
                    u"Land"_s},
                   160,
                   [&countries](int i) {
                       return QStringList{QString::number(i % 11),
                                          i % 2 ? u"Female"_s : u"Male"_s,
                                          QStringLiteral("Kind %1").arg(i % 5),
                                          i % 10 == 0 ? QString() : countries.at(i % 16),
                                          countries.at((i / 3) % 16)};
                   });
        const auto d = detect(records);
        QCOMPARE(d.mapping.segments, (QList<int>{1, 2, 3, 4}));
        const double gender = d.mapping.traitsOf(1).relevance;
        const double category = d.mapping.traitsOf(2).relevance;
        for (int country : {3, 4}) {
            QVERIFY2(d.mapping.traitsOf(country).relevance > gender,
                     qPrintable(QString::number(country)));
            QVERIFY2(d.mapping.traitsOf(country).relevance > category,
                     qPrintable(QString::number(country)));
        }
    }

    // Agree/disagree items are kept as filters but rank below the other segments.
    void attitudeItemsRankLast()
    {
        const QStringList english{
            u"Strongly Agree"_s, u"Agree"_s, u"Neutral"_s, u"Disagree"_s, u"Strongly Disagree"_s};
        const QStringList dutch{
            u"Helemaal eens"_s, u"Eens"_s, u"Neutraal"_s, u"Oneens"_s, u"Helemaal oneens"_s};
        const auto records
            = rows({u"WhenTaking"_s, u"Recommend"_s, u"Materiaal"_s, u"LikelyToRecommend"_s},
                   100,
                   [&](int i) {
                       return QStringList{i % 3 ? u"At the event"_s : u"After"_s,
                                          english.at(i % 5),
                                          dutch.at((i / 2) % 5),
                                          QString::number(i % 11)};
                   });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 3);
        QCOMPARE(d.mapping.segments, (QList<int>{0, 1, 2}));
        QVERIFY(d.mapping.traitsOf(1).shownByDefault);
        QVERIFY(d.mapping.traitsOf(1).relevance < d.mapping.traitsOf(0).relevance);
        QVERIFY(d.mapping.traitsOf(2).relevance < d.mapping.traitsOf(0).relevance);
    }

    // The primary open question is a real free-text question, not a box few answered next to
    // the score; with only "other" boxes, the one most answered.
    void primaryOpenQuestionIsRealFreeText()
    {
        const auto records = rows(
            {u"How likely are you to recommend us?"_s,
             u"Any other comments?"_s,
             u"Plan"_s,
             u"What could we improve?"_s},
            100,
            [](int i) {
                return QStringList{QString::number(i % 11),
                                   i % 25 == 0 ? QStringLiteral("A comment of my own %1").arg(i)
                                               : QString(),
                                   i % 2 ? u"Pro"_s : u"Basic"_s,
                                   QStringLiteral("Improve the thing number %1 please").arg(i)};
            });
        const auto d = detect(records);
        QCOMPARE(d.mapping.openQuestions, (QList<int>{1, 3}));
        QCOMPARE(d.mapping.openAnswer, 3);

        const auto others = rows(
            {u"MemberSite"_s,
             u"MemberSiteOther"_s,
             u"CompleteTrainingOther"_s,
             u"LikelyToRecommend"_s},
            100,
            [](int i) {
                return QStringList{
                    i % 2 ? u"Site A"_s : u"Site B"_s,
                    i % 3 == 0 ? QStringLiteral("Online event %1 in town").arg(i) : QString(),
                    i % 20 == 0 ? QStringLiteral("Yes but I will check %1").arg(i) : QString(),
                    QString::number(i % 11)};
            });
        const auto o = detect(others);
        QCOMPARE(o.mapping.openQuestions, (QList<int>{1, 2}));
        QCOMPARE(o.mapping.openAnswer, 1);
    }

    // A header that asks for a reason, with a handful of short answers: free text, even when
    // one word comes back (tests/data/no-date.csv).
    void fewShortReasonsAreFreeText()
    {
        const QList<QStringList> records{{u"Score"_s, u"Reason"_s, u"Customer type"_s},
                                         {u"9"_s, u"Good"_s, u"Consumer"_s},
                                         {u"9"_s, u"Good"_s, u"Consumer"_s},
                                         {u"6"_s, u"Slow"_s, u"Business"_s},
                                         {u"10"_s, QString(), u"Consumer"_s},
                                         {u"9"_s, u"Good"_s, u"Consumer"_s}};
        const auto d = detect(records);
        QCOMPARE(d.mapping.openQuestions, QList<int>{1});
        QCOMPARE(d.mapping.openAnswer, 1);
        QCOMPARE(d.mapping.segments, QList<int>{2});
    }

    void noScoreColumn()
    {
        const auto records = rows({u"Name"_s, u"Comment"_s}, 5, [](int i) {
            return QStringList{QStringLiteral("n%1").arg(i), QStringLiteral("text")};
        });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, -1);
        QVERIFY(d.problem.contains(QStringLiteral("No column holds recommendation scores")));
    }
};

QTEST_GUILESS_MAIN(tst_RoleDetector)
#include "tst_roledetector.moc"
