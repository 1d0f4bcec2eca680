#include "report/reporttitle.h"

#include <QTest>

// A report's default title: the survey's name, readable, from the project's file name.
class tst_ReportTitle : public QObject
{
    Q_OBJECT

private slots:
    void readable_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("title");
        QTest::newRow("r survey") << QStringLiteral("r-community-survey-2019-english")
                                  << QStringLiteral("R community survey 2019 (English)");
        QTest::newRow("year and month keep their hyphen")
            << QStringLiteral("carpentries-instructor-training-post-2018-09")
            << QStringLiteral("Carpentries instructor training post 2018-09");
        QTest::newRow("date stamp and noise")
            << QStringLiteral("20180908_post_clean") << QStringLiteral("Post");
        QTest::newRow("qualtrics")
            << QStringLiteral("Customer+NPS_July+1,+2025_10.25") << QStringLiteral("Customer NPS");
        QTest::newRow("own capitals stay")
            << QStringLiteral("Acme NPS Q3") << QStringLiteral("Acme NPS Q3");
        QTest::newRow("trailing export date")
            << QStringLiteral("nps_responses_2025-10-01") << QStringLiteral("NPS");
    }

    void readable()
    {
        QFETCH(QString, stem);
        QFETCH(QString, title);
        QCOMPARE(ReportTitle::readable(stem), title);
    }

    void genericProjectNameTakesTheExport()
    {
        ImportRecord record;
        record.fileName = QStringLiteral("r-community-survey-2019-english.csv");
        QCOMPARE(ReportTitle::suggest(QStringLiteral("/tmp/Untitled.npsdb"), {record}),
                 QStringLiteral("R community survey 2019 (English)"));
        QCOMPARE(ReportTitle::suggest(QStringLiteral("/tmp/Customer loyalty.npsdb"), {record}),
                 QStringLiteral("Customer loyalty"));
    }
};

QTEST_GUILESS_MAIN(tst_ReportTitle)
#include "tst_reporttitle.moc"
