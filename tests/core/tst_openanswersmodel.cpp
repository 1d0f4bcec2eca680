#include "fixturecache.h"
#include "models/openanswersmodel.h"
#include "themefixture.h"
#include "verifyresult.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>

#include <numeric>
#include <random>

using namespace Qt::StringLiterals;

class tst_OpenAnswersModel : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const ResponseCache> m_cache
        = std::make_shared<const ResponseCache>(fixtureCache());

private slots:
    void newestFirst()
    {
        OpenAnswersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.columnCount(), 5); // date, score, group, touchpoint, answer
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Touchpoint"));
        QCOMPARE(model.headerData(model.answerColumn(), Qt::Horizontal).toString(),
                 QStringLiteral("Open answer"));
        QCOMPARE(model.data(model.index(0, model.answerColumn())).toString(),
                 QStringLiteral("Zeer goed"));
        QCOMPARE(
            model.data(model.index(0, OpenAnswersModel::DateColumn), OpenAnswersModel::ValueRole)
                .toDate(),
            QDate(2025, 1, 5).addDays(qint64(23) * 7));
        QCOMPARE(model.data(model.index(16, OpenAnswersModel::GroupColumn)).toString(),
                 QStringLiteral("no score"));
    }

    void filterAndSort()
    {
        OpenAnswersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache);
        Filter f;
        f.groups = Filter::Detractors;
        f.onlyWithAnswer = true;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 7); // 3, 0, 6, 5, 2, 4, 1 all have answers
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(model.data(model.index(r, OpenAnswersModel::ScoreColumn)).toInt() <= 6);

        model.sort(OpenAnswersModel::ScoreColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, OpenAnswersModel::ScoreColumn)).toInt(), 0);
        QCOMPARE(model.data(model.index(6, OpenAnswersModel::ScoreColumn)).toInt(), 6);

        model.sort(model.answerColumn(), Qt::AscendingOrder);
        QStringList answers;
        for (int r = 0; r < model.rowCount(); ++r)
            answers << model.data(model.index(r, model.answerColumn())).toString();
        QCOMPARE(answers,
                 (QStringList{u"awful"_s,
                              u"bad app"_s,
                              u"broken"_s,
                              u"late"_s,
                              u"meh"_s,
                              u"slow support"_s,
                              u"terrible"_s}));

        f.text = QStringLiteral("SUPPORT");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
    }

    void persistentIndexFollowsSort()
    {
        OpenAnswersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(m_cache);
        const QPersistentModelIndex wow
            = model.index(7, model.answerColumn()); // newest first: "wow" is row 7
        QCOMPARE(wow.data().toString(), QStringLiteral("wow"));
        model.sort(OpenAnswersModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(wow.data().toString(), QStringLiteral("wow"));
        QCOMPARE(wow.row(), 16);
    }

    void exportsEveryMatchingRow()
    {
        OpenAnswersModel model;
        model.setCache(m_cache);
        Filter f;
        f.text = QStringLiteral("o"); // "no score", "love it", "slow support", "broken", "good",
                                      // "Zeer goed", "wow", "ok"…
        model.setFilter(f);
        model.sort(OpenAnswersModel::DateColumn, Qt::AscendingOrder);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY_RESULT(model.writeCsv(&buffer));
        const QByteArray csv = buffer.data();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "Date,Score,Group,Touchpoint,Open answer\r\n"));
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + model.matchingCount());
        QCOMPARE(lines.at(1).trimmed(), QByteArray("2025-01-19,3,Detractor,Online,slow support"));
        QVERIFY(csv.contains("2025-02-23,,,Online,no score"));
    }

    // Cells that a spreadsheet would run as formulas (OWASP CSV injection) are written as text:
    // answers, segment values and header cells alike.
    void exportNeutralisesFormulas()
    {
        ResponseCache::Builder b(
            {{u"=HYPERLINK(\"http://evil.example\")"_s, {u"@SUM(1+1)*cmd|' /C calc'!A0"_s}}});
        const quint16 codes[] = {0};
        const qint32 day = qint32(QDate(2025, 3, 1).toJulianDay());
        b.add(9, day, u"=cmd|' /C calc'!A0"_s, codes);
        b.add(3, day + 1, u"+1+2"_s, codes);
        b.add(5, day + 2, u"-3"_s, codes);
        b.add(7, day + 3, u"\t=1"_s, codes);
        b.add(8, day + 4, u"fine = good"_s, codes);
        OpenAnswersModel model;
        model.setCache(std::make_shared<const ResponseCache>(b.finish()));
        model.sort(OpenAnswersModel::DateColumn, Qt::AscendingOrder);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY_RESULT(model.writeCsv(&buffer));
        const QString csv = QString::fromUtf8(buffer.data());
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.at(0),
                 u"Date,Score,Group,\"'=HYPERLINK(\"\"http://evil.example\"\")\",Open answer"_s);
        QCOMPARE(
            lines.at(1),
            u"2025-03-01,9,Promoter,\"'@SUM(1+1)*cmd|' /C calc'!A0\",\"'=cmd|' /C calc'!A0\""_s);
        QVERIFY(lines.at(2).endsWith(u",\"'+1+2\""_s));
        QVERIFY(lines.at(3).endsWith(u",\"'-3\""_s));
        QVERIFY(lines.at(4).endsWith(u",\"'\t=1\""_s));
        QVERIFY(lines.at(5).endsWith(u",fine = good"_s));
    }

    static std::shared_ptr<const ResponseCache> bigCache()
    {
        ResponseCache::Builder b({});
        for (int i = 0; i < 5000; ++i)
            b.add(qint8(i % 11), 2460000 + i, QStringLiteral("answer %1").arg(i % 50), nullptr);
        return std::make_shared<const ResponseCache>(b.finish());
    }

    void sortsByKeyThenRow()
    {
        // Every column, both orders: the rows by their key, ties by cache row (reversed when
        // descending), missing days first, the order of a comparison sort of those keys.
        std::mt19937 rng(5);
        const QList<ResponseCache::Dimension> dims
            = {{u"Touchpoint"_s, {u"Online"_s, u"Shop"_s, u"Support"_s}}};
        ResponseCache::Builder builder(dims);
        for (int i = 0; i < 3000; ++i) {
            const auto score = qint8(int(rng() % 12) - 1);
            const qint32 day = rng() % 20
                                   ? qint32(QDate(2024, 1, 1).toJulianDay()) + qint32(rng() % 400)
                                   : ResponseCache::NoDay;
            const quint32 pick = rng() % 4;
            const quint16 code = pick == 3 ? ResponseCache::NoValue : quint16(pick);
            builder.add(score, day, u"answer %1"_s.arg(rng() % 50), &code);
        }
        const auto cache = std::make_shared<const ResponseCache>(builder.finish());
        OpenAnswersModel model;
        model.setCache(cache);
        for (const int column : {int(OpenAnswersModel::DateColumn),
                                 int(OpenAnswersModel::ScoreColumn),
                                 int(OpenAnswersModel::GroupColumn),
                                 model.dimensionColumn(0),
                                 model.answerColumn()}) {
            for (const auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                while (model.canFetchMore({}))
                    model.fetchMore({});
                QCOMPARE(model.rowCount(), 3000);
                std::vector<quint32> shown;
                for (int r = 0; r < model.rowCount(); ++r)
                    shown.push_back(
                        model.data(model.index(r, 0), OpenAnswersModel::CacheRowRole).toUInt());
                const auto keyOf = [&](quint32 row) -> qint64 {
                    if (column == OpenAnswersModel::DateColumn)
                        return cache->day(row);
                    if (column == model.dimensionColumn(0))
                        return cache->segmentCode(0, row);
                    return cache->score(row);
                };
                std::vector<quint32> expected(shown.size());
                std::iota(expected.begin(), expected.end(), 0);
                const bool down = order == Qt::DescendingOrder;
                if (column == model.answerColumn()) {
                    // Alphabetical ranks: checked as ties only (equal texts by row).
                    for (size_t k = 1; k < shown.size(); ++k) {
                        const QStringView a
                            = cache->answerTexts().at(cache->answerIndex(0, shown[k - 1]));
                        const QStringView b
                            = cache->answerTexts().at(cache->answerIndex(0, shown[k]));
                        if (a == b)
                            QVERIFY(down ? shown[k - 1] > shown[k] : shown[k - 1] < shown[k]);
                    }
                    continue;
                }
                std::sort(expected.begin(), expected.end(), [&](quint32 a, quint32 b) {
                    if (keyOf(a) != keyOf(b))
                        return down ? keyOf(a) > keyOf(b) : keyOf(a) < keyOf(b);
                    return down ? a > b : a < b;
                });
                QCOMPARE(shown, expected);
            }
        }
    }

    void fetchesLazily()
    {
        OpenAnswersModel model;
        model.setCache(bigCache());
        QCOMPARE(model.matchingCount(), 5000);
        QCOMPARE(model.rowCount(), OpenAnswersModel::FetchSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 2 * OpenAnswersModel::FetchSize);
        QCOMPARE(inserted.at(1).at(2).toInt(), 4999);
        QVERIFY(!model.canFetchMore({}));
    }

    void showsTheChosenQuestion()
    {
        ResponseCache::Builder b({});
        b.setQuestions({{QStringLiteral("Why?"), {}, true},
                        {QStringLiteral("What do you like best?"), QStringLiteral("Best"), false}});
        for (int i = 0; i < 6; ++i) {
            b.add(qint8(i + 4),
                  qint32(QDate(2025, 1, 1 + i).toJulianDay()),
                  QStringLiteral("why %1").arg(i),
                  nullptr);
            if (i % 2 == 0)
                b.setAnswer(1, i, b.answerIndexOf(QStringLiteral("best %1").arg(i)));
        }
        const auto cache = std::make_shared<const ResponseCache>(b.finish());
        OpenAnswersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(cache);
        Filter withAnswer;
        withAnswer.onlyWithAnswer = true;
        model.setFilter(withAnswer);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.headerData(model.answerColumn(), Qt::Horizontal).toString(),
                 QStringLiteral("Why?"));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setQuestion(1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.question(), 1);
        QCOMPARE(model.headerData(model.answerColumn(), Qt::Horizontal).toString(),
                 QStringLiteral("Best"));
        QCOMPARE(model.rowCount(), 3); // only those who answered this question
        QCOMPARE(model.data(model.index(0, model.answerColumn())).toString(),
                 QStringLiteral("best 4"));
        model.setQuestion(7); // out of range: the last one
        QCOMPARE(model.question(), 1);
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY_RESULT(model.writeCsv(&csv));
        QVERIFY(csv.data().contains("best 2"));
        QVERIFY(!csv.data().contains("why 1"));
    }

    void themesOfEachAnswer()
    {
        // Newest first: model row r is fixture row 9 − r. A ("Levering"): rows 0, 1, 2, 4, 9;
        // B ("Factuur"): rows 1, 3, 8.
        const auto f = ThemeFixture::fixture();
        const auto cache = std::make_shared<const ResponseCache>(f->cache);
        OpenAnswersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCache(cache);
        const int answer = model.answerColumn();
        const auto themesAt = [&model, answer](int row) {
            return model.data(model.index(row, answer), OpenAnswersModel::ThemesRole)
                .toStringList();
        };
        QVERIFY(themesAt(0).isEmpty()); // no themes known yet
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setThemes(std::make_shared<const AnswerThemes>(f->themes),
                        {u"Levering"_s, u"Factuur"_s});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), answer);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), model.rowCount() - 1);
        QCOMPARE(themesAt(0), QStringList{u"Levering"_s});                 // row 9
        QCOMPARE(themesAt(1), QStringList{u"Factuur"_s});                  // row 8
        QCOMPARE(themesAt(8), (QStringList{u"Levering"_s, u"Factuur"_s})); // row 1
        QCOMPARE(model.data(model.index(8, answer), OpenAnswersModel::ThemeIndicesRole).toList(),
                 (QVariantList{0, 1}));
        QVERIFY(themesAt(4).isEmpty()); // row 5: no answer
        // Only the answer column carries them; the tooltip names them.
        QVERIFY(
            !model.data(model.index(8, OpenAnswersModel::DateColumn), OpenAnswersModel::ThemesRole)
                 .isValid());
        QVERIFY(
            model.data(model.index(8, answer), Qt::ToolTipRole).toString().contains(u"Factuur"_s));
        // The rows follow a filter and a sort.
        // Ascending scores: row 9 (no score), then row 8 (0), then row 0 (2).
        model.sort(OpenAnswersModel::ScoreColumn, Qt::AscendingOrder);
        QCOMPARE(themesAt(1), QStringList{u"Factuur"_s});
        QCOMPARE(themesAt(2), QStringList{u"Levering"_s});
        Filter detractors;
        detractors.groups = Filter::Detractors; // rows 8, 0, 5, 1 by score
        model.setFilter(detractors);
        QCOMPARE(themesAt(0), QStringList{u"Factuur"_s});
        QCOMPARE(themesAt(3), (QStringList{u"Levering"_s, u"Factuur"_s}));
        // Themes without labels, or none at all.
        model.setThemes(nullptr, {});
        QVERIFY(themesAt(0).isEmpty());
    }

    void lazyModelPassesTheTester()
    {
        // The tester itself fetches more rows while it checks the model.
        OpenAnswersModel model;
        model.setCache(bigCache());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(OpenAnswersModel::ScoreColumn, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, OpenAnswersModel::ScoreColumn)).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_OpenAnswersModel)
#include "tst_openanswersmodel.moc"
