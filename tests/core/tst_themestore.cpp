#include "import/importer.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "text/codebookhistory.h"
#include "verifyresult.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(NPS_TEST_DATA "/../../resources/sample/nps-sample.csv");

Codebook someCodebook()
{
    return Codebook({{1,
                      u"Levering"_s,
                      {{u"levering"_s, Language::Dutch}, {u"delivery"_s, Language::English}},
                      Theme::Origin::Suggested},
                     {2,
                      u"Wachten"_s,
                      {{u"wacht"_s, Language::Unknown, ThemeKeyword::Kind::Text}},
                      Theme::Origin::Analyst},
                     {3, u"App"_s, {{u"app"_s}}, Theme::Origin::Edited}});
}

QList<qint64> mentions(const ThemeAnalysis &a)
{
    QList<qint64> out;
    for (int t = 0; t < a.membership().themeCount(); ++t)
        out << qint64(a.membership().rows(t).size());
    return out;
}

} // namespace

class tst_ThemeStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void codebookSurvivesReopen()
    {
        const QString file = path("codebook.npsdb");
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file));
            ThemeStore themes(store);
            QCOMPARE(themes.hasCodebook().value(), false);
            QVERIFY(themes.loadCodebook().value().isEmpty());
            QVERIFY_RESULT(themes.saveCodebook(someCodebook()));
        }
        SurveyStore store;
        QVERIFY_RESULT(store.open(file));
        const Codebook loaded = ThemeStore(store).loadCodebook().value();
        QCOMPARE(loaded.themes(), someCodebook().themes());
        QCOMPARE(ThemeStore(store).hasCodebook().value(), true);
    }

    // Edits made and undone are stored as the codebook is; a deleted theme's id is not
    // given out again after reopening.
    void editsSurviveReopen()
    {
        const QString file = path("edits.npsdb");
        QList<Theme> expected;
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file));
            Codebook c = someCodebook();
            QVERIFY_RESULT(ThemeStore(store).saveCodebook(c));
            CodebookHistory history(c);
            history.perform(c.rename(1, u"Delivery"_s).value());
            history.perform(c.addKeyword(3, {u"website"_s}).value());
            history.perform(c.remove(2).value());
            history.perform(c.merge({1, 3}, u"Levering en app"_s).value());
            history.undo(); // the merge
            QVERIFY_RESULT(ThemeStore(store).saveCodebook(c));
            expected = c.themes();
        }
        SurveyStore store;
        QVERIFY_RESULT(store.open(file));
        const Codebook c = ThemeStore(store).loadCodebook().value();
        QCOMPARE(c.themes(), expected);
        QCOMPARE(c.themes().size(), 2);
        QCOMPARE(c.theme(1)->label, u"Delivery"_s);
        QCOMPARE(c.theme(3)->keywords.size(), 2);
        QVERIFY(c.nextId() > 3); // theme 2 is deleted, not forgotten
        QSqlQuery q(store.database());
        QVERIFY(q.exec(u"SELECT deleted FROM themes WHERE id = 2"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Contact details are kept only when the user maps a contact column: then the follow-up
    // list reads them, and still no open question, figure or segment holds them. Unmapped,
    // the project holds no trace of them.
    void contactsOnlyWhenMapped()
    {
        const QString csv = path("contacts.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Response ID,How likely are you to recommend us?,Why?,E-mail,Phone\n"
                    "r1,2,Delivery was late,ann@example.org,+31 6 1234 5678\n"
                    "r2,9,Great app,bob@example.org,\n"
                    "r3,4,Invoice wrong,,=cmd|' /C calc'!A0\n");
        }
        const auto everything = [](SurveyStore &store) {
            QString all;
            QSqlQuery q(store.database());
            for (const char *sql : {"SELECT text FROM answers",
                                    "SELECT COALESCE(open_answer, '') || respondent ||"
                                    " segment_values FROM responses",
                                    "SELECT value FROM dimension_values",
                                    "SELECT name FROM dimensions",
                                    "SELECT mapping FROM imports"}) {
                if (!q.exec(QString::fromLatin1(sql)))
                    return QString();
                while (q.next())
                    all += q.value(0).toString() + u'\n';
            }
            return all;
        };
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(path("contacts-unmapped.npsdb")));
            QVERIFY_RESULT(Importer(store).run(csv));
            const QString all = everything(store);
            QVERIFY(all.contains(u"Delivery was late"_s));
            QVERIFY2(!all.contains(u"example.org"_s) && !all.contains(u"1234"_s), qPrintable(all));
            QVERIFY(ThemeStore(store).contacts().value().empty());
        }
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("contacts-mapped.npsdb")));
        ImportOptions options;
        options.map = {{u"contact"_s, u"E-mail"_s}, {u"contact"_s, u"Phone"_s}};
        const ImportReport report = Importer(store).run(csv, options);
        QVERIFY_RESULT(report);
        QCOMPARE(report.mapping.contacts, (QList<int>{3, 4}));
        QVERIFY(report.mapping.segments.isEmpty());
        const std::vector<QString> contacts = ThemeStore(store).contacts().value();
        QCOMPARE(contacts.size(), size_t(3));
        QCOMPARE(contacts[0], u"ann@example.org, +31 6 1234 5678"_s);
        QCOMPARE(contacts[1], u"bob@example.org"_s);
        QCOMPARE(contacts[2], u"=cmd|' /C calc'!A0"_s); // neutralised when exported
        const ResponseCache cache = ResponseCache::load(store).value();
        QCOMPARE(cache.questions().size(), 1); // only "Why?"
        QCOMPARE(cache.dimensions().size(), 0);
        for (qint64 row = 0; row < cache.size(); ++row)
            QVERIFY(!cache.answer(row).contains(u"example.org"_s));
    }

    void followUps()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("followups.npsdb")));
        ThemeStore themes(store);
        QVERIFY_RESULT(themes.setFollowUp({42, FollowUp::Status::Contacted, u"Called back"_s, {}}));
        QVERIFY_RESULT(themes.setFollowUp({7, FollowUp::Status::Open, {}, {}}));
        QVERIFY_RESULT(themes.setFollowUp({42, FollowUp::Status::Resolved, u"Refunded"_s, {}}));
        const QHash<qint64, FollowUp> all = themes.followUps().value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.value(42).status, FollowUp::Status::Resolved);
        QCOMPARE(all.value(42).note, u"Refunded"_s);
        QVERIFY(all.value(42).updatedAt.isValid());
        QCOMPARE(FollowUp::statusFromKey(u"contacted"_s), FollowUp::Status::Contacted);
        QVERIFY(!FollowUp::statusFromKey(u"lost"_s));
    }

    void actions()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("actions.npsdb")));
        ThemeStore themes(store);
        QVERIFY_RESULT(themes.saveCodebook(someCodebook()));
        ThemeAction a;
        a.themeId = 1;
        a.description = u"Second carrier for the north"_s;
        a.owner = u"Logistics"_s;
        a.due = QDate(2025, 11, 30);
        const Result<qint64> id = themes.addAction(a);
        QVERIFY_RESULT(id);
        QVERIFY(!themes.addAction({}).ok()); // an action says what it is
        a.id = id.value();
        a.status = ThemeAction::Status::Done;
        a.done = QDate(2025, 11, 20);
        QVERIFY_RESULT(themes.updateAction(a));
        QVERIFY_RESULT(themes.addAction({0, 3, u"Fix the login"_s}));
        QCOMPARE(themes.actions().value().size(), 2);
        const QList<ThemeAction> forDelivery = themes.actions(1).value();
        QCOMPARE(forDelivery.size(), 1);
        QCOMPARE(forDelivery.first().status, ThemeAction::Status::Done);
        QCOMPARE(forDelivery.first().done, QDate(2025, 11, 20));
        QCOMPARE(forDelivery.first().due, QDate(2025, 11, 30));
        QCOMPARE(forDelivery.first().owner, u"Logistics"_s);
        QVERIFY_RESULT(themes.removeAction(a.id));
        QCOMPARE(themes.actions(1).value().size(), 0);
        a.id = 999;
        QVERIFY(!themes.updateAction(a).ok());
    }

    // The codebook and the follow-ups do not depend on the responses: removing an import and
    // importing the file again finds the same themes with the same counts, and the same
    // respondents' follow-ups.
    void survivesReimport()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("reimport.npsdb")));
        const ImportReport first = Importer(store).run(Sample);
        QVERIFY_RESULT(first);
        const ResponseCache cache = ResponseCache::load(store).value();
        ThemeAnalysis::Options options;
        const ThemeAnalysis before = ThemeAnalysis::load(store, cache, options).value();
        QVERIFY(before.codebook().themes().size() >= 5); // suggested and saved
        Codebook edited = before.codebook();
        edited.apply(edited.rename(edited.themes().first().id, u"Renamed"_s).value());
        ThemeStore themes(store);
        QVERIFY_RESULT(themes.saveCodebook(edited));
        const std::vector<qint64> keys = themes.responseKeys().value();
        QCOMPARE(qsizetype(keys.size()), cache.size());
        const std::vector<QString> respondents = themes.respondents().value();
        QCOMPARE(respondents.size(), keys.size());
        QVERIFY(!respondents.front().isEmpty());
        QVERIFY_RESULT(themes.setFollowUp({keys.front(), FollowUp::Status::Contacted, u"x"_s, {}}));
        QCOMPARE(themes.openQuestion(), u"What is the main reason for your score?"_s);

        QVERIFY_RESULT(store.removeImport(first.importId));
        QVERIFY_RESULT(Importer(store).run(Sample));
        const ResponseCache again = ResponseCache::load(store).value();
        const ThemeAnalysis after = ThemeAnalysis::load(store, again, options).value();
        QCOMPARE(after.codebook().themes(), edited.themes());
        ThemeAnalysis renamedBefore = before;
        renamedBefore.setCodebook(edited);
        QCOMPARE(mentions(after), mentions(renamedBefore));
        const std::vector<qint64> keysAgain = themes.responseKeys().value();
        QVERIFY(std::find(keysAgain.begin(), keysAgain.end(), keys.front()) != keysAgain.end());
        QCOMPARE(themes.followUps().value().value(keys.front()).status,
                 FollowUp::Status::Contacted);
    }

    // A split theme and a theme from a search are stored like any edit, and a project read
    // again, or imported again, sorts the same answers into them.
    void splitAndSearchSurviveReopenAndReimport()
    {
        const QString file = path("split.npsdb");
        Codebook edited;
        QList<qint64> counts;
        qint64 importId = 0;
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(file));
            const ImportReport imported = Importer(store).run(Sample);
            QVERIFY_RESULT(imported);
            importId = imported.importId;
            const ResponseCache cache = ResponseCache::load(store).value();
            ThemeAnalysis analysis = ThemeAnalysis::load(store, cache, {}).value();
            edited = analysis.codebook();
            QVERIFY(!edited.themes().isEmpty());
            CodebookHistory history(edited);
            // The first suggested theme gets another keyword (it has one, or two when
            // translations are one theme: "delivery", "levering").
            const qint64 id = edited.themes().constFirst().id;
            const qsizetype had = edited.theme(id)->keywords.size();
            history.perform(edited.addKeyword(id, {u"tracking"_s}).value());
            QCOMPARE(edited.theme(id)->keywords.size(), had + 1);
            const ThemeKeyword moved = edited.theme(id)->keywords.constLast();
            history.perform(edited.split(id, {moved}, u"Split off"_s).value());
            const QString search = u"wait"_s; // "waited", "waiting", "long wait"…
            history.perform(edited.createFromSearch(search, u"From a search"_s).value());
            QVERIFY_RESULT(ThemeStore(store).saveCodebook(edited));
            analysis.setCodebook(edited);
            counts = mentions(analysis);
            // The search theme holds every response whose answer contains the text.
            qint64 containing = 0;
            for (qsizetype r = 0; r < cache.size(); ++r)
                containing += cache.answer(r).contains(search, Qt::CaseInsensitive) ? 1 : 0;
            QCOMPARE(counts.constLast(), containing);
            QVERIFY(containing > 0);
        }
        SurveyStore store;
        QVERIFY_RESULT(store.open(file));
        ThemeAnalysis::Options options;
        options.suggestWhenEmpty = false;
        const ResponseCache cache = ResponseCache::load(store).value();
        const ThemeAnalysis reopened = ThemeAnalysis::load(store, cache, options).value();
        QCOMPARE(reopened.codebook().themes(), edited.themes());
        QCOMPARE(mentions(reopened), counts);
        QVERIFY_RESULT(store.removeImport(importId));
        QVERIFY_RESULT(Importer(store).run(Sample));
        const ResponseCache again = ResponseCache::load(store).value();
        const ThemeAnalysis reimported = ThemeAnalysis::load(store, again, options).value();
        QCOMPARE(reimported.codebook().themes(), edited.themes());
        QCOMPARE(mentions(reimported), counts);
    }

    // After an import the codebook is applied to the new answers.
    void appliedToNewImports()
    {
        SurveyStore store;
        QVERIFY_RESULT(store.open(path("hook.npsdb")));
        const ImportReport first = Importer(store).run(Sample);
        const ThemeAnalysis::ImportThemes none
            = ThemeAnalysis::afterImport(store, first.importId).value();
        QVERIFY(!none.hasCodebook); // nothing to apply yet
        QVERIFY_RESULT(ThemeStore(store).saveCodebook(someCodebook()));
        const ImportReport second = Importer(store).run(
            QStringLiteral(NPS_TEST_DATA "/../../resources/sample/nps-sample-nl.csv"));
        QVERIFY_RESULT(second);
        const ThemeAnalysis::ImportThemes applied
            = ThemeAnalysis::afterImport(store, second.importId).value();
        QVERIFY(applied.hasCodebook);
        QCOMPARE(applied.themes, 3);
        QVERIFY(applied.answers > 0);
        QVERIFY(applied.answersWithTheme > 0 && applied.answersWithTheme < applied.answers);
        QVERIFY(applied.summary().contains(QString::number(applied.answersWithTheme)));
    }
};

QTEST_GUILESS_MAIN(tst_ThemeStore)
#include "tst_themestore.moc"
