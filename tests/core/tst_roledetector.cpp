#include "roledetector.h"

#include <QTest>

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
            {"Respondent", "Date", "How likely are you to recommend us?", "Why?", "Plan", "Email"},
            40,
            [](int i) {
                return QStringList{QString::number(1000 + i),
                                   QStringLiteral("2025-01-%1").arg(i % 28 + 1, 2, 10, QChar(u'0')),
                                   QString::number(i % 11),
                                   QStringLiteral("Because reason number %1 matters").arg(i),
                                   i % 2 ? "Pro" : "Basic",
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
            = rows({"Klantnummer",
                    "Datum",
                    "Aanbevelingsscore",
                    "Toelichting",
                    "Klanttype",
                    "Tevredenheid"},
                   30,
                   [](int i) {
                       return QStringList{QStringLiteral("K%1").arg(i),
                                          QStringLiteral("%1-03-2025").arg(i % 28 + 1),
                                          QString::number(10 - i % 11),
                                          i % 3 ? QStringLiteral("Prima") : QString(),
                                          i % 3 ? "Zakelijk" : "Particulier",
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
        const auto records
            = rows({"Overall rating", "Likelihood to recommend", "Segment"}, 20, [](int i) {
                  return QStringList{
                      QString::number(i % 11), QString::number((i * 3) % 11), i % 2 ? "A" : "B"};
              });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, 1);
        QCOMPARE(d.scoreCandidates.size(), 2);
    }

    void twoEqualScoreColumnsAreAmbiguous()
    {
        const auto records = rows({"Q1", "Q2", "Segment"}, 20, [](int i) {
            return QStringList{
                QString::number(i % 11), QString::number((i * 3) % 11), i % 2 ? "A" : "B"};
        });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, -1);
        QVERIFY(d.problem.contains(QStringLiteral("--map score=")));
        QVERIFY(d.problem.contains(QStringLiteral("“Q1”")));
    }

    void recommendQuestionMostAnsweredWins()
    {
        const auto records
            = rows({"Timestamp",
                    "How likely are you to recommend R to a friend?",
                    "How likely are you to recommend Python to a friend?"},
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
        const auto records = rows({"Recommend", "LikelyToRecommend"}, 20, [](int i) {
            return QStringList{i % 2 ? "Strongly Agree" : "Agree", QString::number(i % 11)};
        });
        QCOMPARE(detect(records).mapping.score, 1);
    }

    void surveyMonkeyHeaderRows()
    {
        QList<QStringList> records = {
            {"Respondent ID",
             "Collector ID",
             "Start Date",
             "End Date",
             "IP Address",
             "Email Address",
             "How likely is it that you would recommend this company to a friend or colleague?",
             "What is the main reason for your score?",
             "Which products do you use?",
             ""},
            {"", "", "", "", "", "", "Response", "Open-Ended Response", "Phone", "Internet"},
        };
        for (int i = 0; i < 20; ++i)
            records.append({QString::number(114000000 + i),
                            "2500",
                            "09/23/2025 02:15:07 PM",
                            QStringLiteral("09/%1/2025 02:20:07 PM").arg(i + 1, 2, 10, QChar(u'0')),
                            "1.2.3.4",
                            "",
                            QStringLiteral("%1 - label").arg(i % 11),
                            QStringLiteral("Some words about it %1").arg(i),
                            i % 2 ? "Phone" : "",
                            i % 3 ? "Internet" : ""});
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
    }

    void qualtricsHeaderRows()
    {
        QList<QStringList> records = {
            {"StartDate",
             "EndDate",
             "Status",
             "IPAddress",
             "Progress",
             "ResponseId",
             "Q1",
             "Q1_NPS_GROUP",
             "Q2",
             "Q3"},
            {"Start Date",
             "End Date",
             "Response Type",
             "IP Address",
             "Progress",
             "Response ID",
             "How likely are you to recommend us?",
             "How likely are you to recommend us? - Group",
             "Why?",
             "Region"},
            {"{\"ImportId\":\"startDate\",\"timeZone\":\"America/Denver\"}",
             "{\"ImportId\":\"endDate\"}",
             "{\"ImportId\":\"status\"}",
             "{\"ImportId\":\"ipAddress\"}",
             "{\"ImportId\":\"progress\"}",
             "{\"ImportId\":\"_recordId\"}",
             "{\"ImportId\":\"QID1\"}",
             "{\"ImportId\":\"QID1_NPS_GROUP\"}",
             "{\"ImportId\":\"QID2_TEXT\"}",
             "{\"ImportId\":\"QID3\"}"},
        };
        for (int i = 0; i < 20; ++i)
            records.append({"2017-07-18 08:28:09",
                            QStringLiteral("2017-07-18 08:%1:09").arg(30 + i),
                            "0",
                            "1.2.3.4",
                            "100",
                            QStringLiteral("R_%1abc").arg(i),
                            QString::number(i % 11),
                            QString::number(1 + i % 3),
                            QStringLiteral("Reason %1").arg(i),
                            i % 2 ? "North" : "South"});
        const SurveyLayout layout = SurveyLayout::recognise(records.mid(0, 3));
        QCOMPARE(layout.tool, SurveyLayout::Tool::Qualtrics);
        QCOMPARE(layout.headerRows, 3);
        const auto d = RoleDetector::detect(layout, records.mid(3));
        QCOMPARE(d.mapping.score, 6);
        QCOMPARE(d.mapping.respondentId, 5);
        QCOMPARE(d.mapping.answeredAt, 1);
        QCOMPARE(d.mapping.openAnswer, 8);
        QCOMPARE(d.mapping.segments, QList<int>{9});
    }

    void noScoreColumn()
    {
        const auto records = rows({"Name", "Comment"}, 5, [](int i) {
            return QStringList{QStringLiteral("n%1").arg(i), QStringLiteral("text")};
        });
        const auto d = detect(records);
        QCOMPARE(d.mapping.score, -1);
        QVERIFY(d.problem.contains(QStringLiteral("No column holds recommendation scores")));
    }
};

QTEST_GUILESS_MAIN(tst_RoleDetector)
#include "tst_roledetector.moc"
