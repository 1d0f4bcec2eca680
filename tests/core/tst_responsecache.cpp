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
