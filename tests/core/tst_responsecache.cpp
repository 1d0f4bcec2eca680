#include "import/importer.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"
#include "verifyresult.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_ResponseCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void loadsWhatWasImported()
    {
        QFile file(m_dir.filePath(QStringLiteral("export.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id;Datum;Aanbevelingsscore;Toelichting;Klanttype;Land;CSAT\n"
                   "1;03-04-2025 10:15;9;Top;Zakelijk;NL;5\n"
                   "2;13-05-2025;3;Te duur;Particulier;BE;2\n"
                   "3;14-05-2025;;Geen score;Particulier;;\n"
                   "4;01-07-2025;10;Top;Zakelijk;NL;4\n"
                   "5;;7;;Zakelijk;BE;3\n");
        file.close();
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("p.npsdb"))));
        ImportOptions options;
        options.map = {{QStringLiteral("segment"), QStringLiteral("Land")}};
        const ImportReport report = Importer(store).run(file.fileName(), options);
        QVERIFY_RESULT(report);

        const Result<ResponseCache> loaded = ResponseCache::load(store);
        QVERIFY_RESULT(loaded);
        const ResponseCache &c = loaded.value();
        QCOMPARE(c.size(), 5);
        QCOMPARE(c.dimensions().size(), 2);
        QCOMPARE(c.dimensions().at(0).name, QStringLiteral("Klanttype"));
        QCOMPARE(c.dimensions().at(0).values,
                 (QStringList{QStringLiteral("Particulier"), QStringLiteral("Zakelijk")}));
        QCOMPARE(c.dimensionIndex(QStringLiteral("land")), 1);
        QCOMPARE(c.dimensionIndex(QStringLiteral("Regio")), -1);

        QCOMPARE(c.score(0), qint8(9));
        QCOMPARE(c.score(2), ResponseCache::NoScore);
        QCOMPARE(c.date(0), QDate(2025, 4, 3));
        QCOMPARE(c.date(1), QDate(2025, 5, 13));
        QVERIFY(!c.date(4).isValid());
        QCOMPARE(c.answer(1), QStringLiteral("Te duur"));
        QCOMPARE(c.answer(4), QString());
        QCOMPARE(c.answerIndex(0), c.answerIndex(3)); // "Top" is stored once
        QCOMPARE(c.segmentValue(0, 0), QStringLiteral("Zakelijk"));
        QCOMPARE(c.segmentValue(1, 1), QStringLiteral("BE"));
        QCOMPARE(c.segmentCode(1, 2), ResponseCache::NoValue);
        QVERIFY(c.hasCsat());
        QVERIFY(!c.hasCes());
        QCOMPARE(c.csat(0), 5.0f);
        QVERIFY(std::isnan(c.csat(2)));
        QCOMPARE(c.firstDay(), qint32(QDate(2025, 4, 3).toJulianDay()));
        QCOMPARE(c.lastDay(), qint32(QDate(2025, 7, 1).toJulianDay()));
        QVERIFY(c.columnBytes() <= 32 * c.size());

        // The cache answers the same as SQL over the store.
        const DashboardResult r = Dashboard(c).compute(Filter{});
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT SUM(score <= 6), SUM(score IN (7, 8)), SUM(score >= 9) FROM responses")));
        QVERIFY(q.next());
        QCOMPARE(r.overall,
                 (NpsFigures{
                     q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()}));
    }

    void newValuesOfALaterImportGetCodes()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("two.npsdb"))));
        auto importRows = [&](const QByteArray &rows) {
            QFile file(m_dir.filePath(QStringLiteral("e.csv")));
            file.open(QIODevice::WriteOnly);
            file.write("Score,Plan\n" + rows);
            file.close();
            return Importer(store).run(file.fileName());
        };
        QVERIFY_RESULT(importRows("9,Pro\n3,Basic\n9,Pro\n"));
        QVERIFY_RESULT(importRows("8,Enterprise\n7,Basic\n"));
        const ResponseCache c = ResponseCache::load(store).value();
        QCOMPARE(c.size(), 5);
        QCOMPARE(c.dimensions().at(0).values,
                 (QStringList{QStringLiteral("Basic"),
                              QStringLiteral("Enterprise"),
                              QStringLiteral("Pro")}));
        QCOMPARE(c.segmentValue(0, 3), QStringLiteral("Enterprise"));
    }

    void severalOpenQuestions()
    {
        QFile file(m_dir.filePath(QStringLiteral("three.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,How likely are you to recommend us?,Why?,What do you like best?,"
                   "What should we improve?\n"
                   "1,9,Fast delivery every time,The people,Nothing really\n"
                   "2,3,It broke after a week,,Quality control please\n"
                   "3,10,,The price,\n"
                   "4,7,Decent but slow support,The app,Answer e-mails faster\n");
        file.close();
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("three.npsdb"))));
        QVERIFY_RESULT(Importer(store).run(file.fileName()));
        const Result<ResponseCache> loaded = ResponseCache::load(store);
        QVERIFY_RESULT(loaded);
        const ResponseCache &c = loaded.value();
        QCOMPARE(c.questions().size(), 3);
        QCOMPARE(c.questions().at(0).text, QStringLiteral("Why?"));
        QVERIFY(c.questions().at(0).primary);
        QCOMPARE(c.questions().at(1).text, QStringLiteral("What do you like best?"));
        QCOMPARE(c.questions().at(2).text, QStringLiteral("What should we improve?"));
        QCOMPARE(c.questions().at(0).answered, 3);
        QCOMPARE(c.questions().at(1).answered, 3);
        QCOMPARE(c.questions().at(2).answered, 3);
        QCOMPARE(c.answer(1), QStringLiteral("It broke after a week")); // the primary one
        QCOMPARE(c.answer(0, 1), c.answer(1));
        QCOMPARE(c.answer(1, 2), QStringLiteral("The price"));
        QCOMPARE(c.answer(2, 3), QStringLiteral("Answer e-mails faster"));
        QCOMPARE(c.answer(1, 1), QString());
        QCOMPARE(c.questionIndex(QStringLiteral("what should we IMPROVE?")), 2);
        // The filter's open-answer tests look at the question it names.
        Filter improve;
        improve.question = 2;
        improve.onlyWithAnswer = true;
        QCOMPARE(Dashboard(c).matchingRows(improve), (std::vector<quint32>{0, 1, 3}));
        improve.text = QStringLiteral("faster");
        QCOMPARE(Dashboard(c).matchingRows(improve), (std::vector<quint32>{3}));
        Filter why;
        why.text = QStringLiteral("slow");
        QCOMPARE(Dashboard(c).matchingRows(why), (std::vector<quint32>{3}));
        // Removing the import removes its other answers too.
        QVERIFY_RESULT(store.removeImport(store.imports().first().id));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM answers")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void cancelled()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_dir.filePath(QStringLiteral("empty.npsdb"))));
        std::atomic_bool cancel = true;
        const Result<ResponseCache> empty = ResponseCache::load(store, &cancel);
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().contains(QStringLiteral("Cancelled")));
    }
};

QTEST_GUILESS_MAIN(tst_ResponseCache)
#include "tst_responsecache.moc"
