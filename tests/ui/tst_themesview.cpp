#include "codebookeditor.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "import/importer.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"
#include "models/openanswersmodel.h"
#include "models/themesmodel.h"
#include "openanswersview.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "themeactionsdialog.h"
#include "themesview.h"
#include "verifyresult.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Themes view on the bundled sample: suggested in the background on first open, ordered by
// impact, following the dashboard's filter, and a click filtering the whole dashboard.
class tst_ThemesView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    std::shared_ptr<const ResponseCache> m_cache;

    static QList<double> impacts(const ThemesModel *model)
    {
        QList<double> values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, ThemesModel::ImpactColumn)
                          .data(ThemesModel::ValueRole)
                          .toDouble();
        return values;
    }

    // Loads the view's themes and waits for them.
    static void loadAndWait(ThemesView *view, const QString &project)
    {
        QSignalSpy ready(view, &ThemesView::themesReady);
        view->load(project);
        QVERIFY(ready.wait(30000));
        QVERIFY(view->analysis());
    }

    // The same figures computed without the window, from the stored codebook.
    ThemeReportResult expected(const Filter &filter)
    {
        SurveyStore store;
        if (!store.open(m_project, SurveyStore::OpenMode::ReadOnly))
            return {};
        ThemeAnalysis::Options options;
        options.suggestWhenEmpty = false;
        const ThemeAnalysis analysis = ThemeAnalysis::load(store, *m_cache, options).value();
        ThemeReport report(*m_cache, analysis.membership());
        return report.compute(filter);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(u"themes.npsdb"_s);
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_project));
        QVERIFY_RESULT(Importer(store).run(
            QStringLiteral(NPS_TEST_DATA "/../../resources/sample/nps-sample.csv")));
        m_cache = std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
        QVERIFY(!ThemeStore(store).hasCodebook().value());
    }

    void suggestedOnFirstOpenAndOrderedByImpact()
    {
        DashboardController controller;
        controller.setCache(m_cache);
        ThemesView view(&controller);
        QAbstractItemModelTester tester(view.model());
        loadAndWait(&view, m_project);
        // The suggestion was saved: the project has a codebook now.
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(m_project, SurveyStore::OpenMode::ReadOnly));
            QVERIFY(ThemeStore(store).hasCodebook().value());
        }
        const ThemesModel *model = view.model();
        QVERIFY(model->rowCount() >= 5);
        const QList<double> values = impacts(model);
        for (qsizetype k = 1; k < values.size(); ++k)
            QVERIFY2(values.at(k - 1) >= values.at(k), qPrintable(u"row %1"_s.arg(k)));
        QVERIFY(values.constFirst() > 0);
        // Every row's figures are the core's.
        const ThemeReportResult all = expected(Filter{});
        for (int row = 0; row < model->rowCount(); ++row) {
            const ThemeFigures &f = model->figuresAt(row);
            QCOMPARE(f.mentions, all.themes.at(f.theme).mentions);
            QCOMPARE(f.impact, all.themes.at(f.theme).impact);
        }
        QVERIFY(view.passivesLabel()->text().contains(u"Passives"_s));
    }

    void followsTheFilter()
    {
        DashboardController controller;
        controller.setCache(m_cache);
        ThemesView view(&controller);
        loadAndWait(&view, m_project);
        const qint64 allMentions = view.model()->figuresAt(0).mentions;
        Filter detractors;
        detractors.groups = Filter::Detractors;
        controller.setFilter(detractors);
        const ThemeReportResult r = expected(detractors);
        const ThemesModel *model = view.model();
        QVERIFY(model->rowCount() > 0);
        qint64 total = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const ThemeFigures &f = model->figuresAt(row);
            QCOMPARE(f.mentions, r.themes.at(f.theme).mentions);
            QCOMPARE(f.figures.promoters, 0); // only detractors under this filter
            total += f.mentions;
        }
        QVERIFY(total > 0);
        const QList<double> values = impacts(model);
        for (qsizetype k = 1; k < values.size(); ++k)
            QVERIFY(values.at(k - 1) >= values.at(k));
        controller.clearFilter();
        QCOMPARE(model->figuresAt(0).mentions, allMentions);
    }

    void clickFiltersTheDashboard()
    {
        DashboardController controller;
        DashboardView dashboard(&controller);
        controller.setCache(m_cache);
        dashboard.resize(1400, 900);
        dashboard.show();
        dashboard.showThemesTab();
        ThemesView *view = dashboard.themes();
        loadAndWait(view, m_project);
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const ThemeFigures chosen = view->model()->figuresAt(1);
        const QString label = view->model()->themeAt(1).label;
        QTableView *table = view->table();
        const QRect cell = table->visualRect(view->model()->index(1, ThemesModel::LabelColumn));
        QVERIFY(cell.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

        const Filter &f = controller.filter();
        QVERIFY(f.hasTheme());
        QCOMPARE(f.theme, chosen.theme);
        QCOMPARE(f.themeLabel, label);
        // The whole dashboard: its responses and the open answers are the theme's.
        QCOMPARE(controller.result().responses, chosen.mentions);
        QCOMPARE(dashboard.openAnswers()->model()->matchingCount(), chosen.mentions);
        QCOMPARE(controller.result().overall, chosen.figures);
        // The themes stay listed under the rest of the filter, the chosen one marked.
        QCOMPARE(view->model()->figuresAt(1).theme, chosen.theme);
        QVERIFY(table->selectionModel()->isRowSelected(1, {}));
        // A double-click reads its answers.
        QSignalSpy answers(view, &ThemesView::answersRequested);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(answers.size(), 1);
        QVERIFY(controller.filter().hasTheme());
        QCOMPARE(dashboard.answersTabs()->currentWidget(), dashboard.openAnswers());
        // The same theme again lifts the filter.
        view->showTheme(1);
        QVERIFY(!controller.filter().hasTheme());
        QCOMPARE(controller.result().responses, m_cache->size());
        // A project read again (after an import) has other rows: the theme filter is lifted.
        view->showTheme(1);
        QVERIFY(controller.filter().hasTheme());
        controller.setCache(std::make_shared<const ResponseCache>(*m_cache));
        QVERIFY(!controller.filter().hasTheme());
        QCOMPARE(controller.result().responses, m_cache->size());
    }

    // An action on a theme, stored as it is edited; done, it shows the theme before and after.
    void actionsBeforeAndAfter()
    {
        DashboardController controller;
        controller.setCache(m_cache);
        ThemesView view(&controller);
        loadAndWait(&view, m_project);
        const int theme = view.model()->figuresAt(0).theme;
        const qint64 id = view.analysis()->codebook().themes().at(theme).id;
        {
            ThemeActionsDialog dialog(m_project, *view.analysis(), theme, Filter{});
            ThemeAction a;
            a.description = u"Simpler app menu"_s;
            a.owner = u"Ann"_s;
            QVERIFY(dialog.addAction(a));
            QCOMPARE(dialog.table()->rowCount(), 1);
            QVERIFY(dialog.effect()->text().contains(u"<i>"_s)); // not done yet
            // Done in the middle of the data: before and after both have answers.
            const QDate middle
                = QDate::fromJulianDay((m_cache->firstDay() + m_cache->lastDay()) / 2);
            QVERIFY(dialog.setStatus(0, ThemeAction::Status::Done, middle));
            QVERIFY2(dialog.effect()->text().contains(u"NPS"_s),
                     qPrintable(dialog.effect()->text()));
            ThemeReport report(*m_cache, view.analysis()->membership());
            const ThemeBeforeAfter ba = report.beforeAndAfter(Filter{}, theme, middle);
            QVERIFY(ba.before.mentions > 0 && ba.after.mentions > 0);
            QVERIFY(dialog.effect()->text().contains(QLocale().toString(ba.before.mentions)));
        }
        // Stored in the project.
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_project, SurveyStore::OpenMode::ReadOnly));
        const QList<ThemeAction> stored = ThemeStore(store).actions(id).value();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.constFirst().owner, u"Ann"_s);
        QCOMPARE(stored.constFirst().status, ThemeAction::Status::Done);
        QVERIFY(stored.constFirst().done.has_value());
    }

    // Rename, merge, undo, live counts; saved in the project and shown at once.
    void codebookEdits()
    {
        DashboardController controller;
        controller.setCache(m_cache);
        ThemesView view(&controller);
        loadAndWait(&view, m_project);
        const ThemeAnalysis &analysis = *view.analysis();
        const QList<Theme> themes = analysis.codebook().themes();
        QVERIFY(themes.size() >= 3);
        CodebookEditor editor(analysis);
        QCOMPARE(editor.themeList()->count(), themes.size());
        // Rename the first theme.
        editor.themeList()->setCurrentRow(0);
        editor.labelField()->setText(u"Renamed"_s);
        emit editor.labelField()->editingFinished();
        QCOMPARE(editor.codebook().themes().at(0).label, u"Renamed"_s);
        // Live count while keywords are typed: a word nobody wrote finds nobody.
        editor.keywordsField()->setText(u"zzzqqq"_s);
        QVERIFY(editor.liveCount()->text().contains(u"0"_s));
        editor.keywordsField()->setText(themes.at(0).keywords.constFirst().text);
        QVERIFY(!editor.liveCount()->text().contains(u" 0 "_s));
        // Merge the next two, then undo the merge.
        editor.themeList()->clearSelection();
        editor.themeList()->item(1)->setSelected(true);
        editor.themeList()->item(2)->setSelected(true);
        editor.mergeSelected();
        QCOMPARE(editor.codebook().themes().size(), themes.size() - 1);
        editor.undo();
        QCOMPARE(editor.codebook().themes().size(), themes.size());
        QCOMPARE(editor.codebook().themes().at(0).label, u"Renamed"_s);

        QVERIFY_RESULT(view.setCodebook(editor.codebook()));
        bool shown = false;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            shown |= view.model()->themeAt(row).label == u"Renamed"_s;
        QVERIFY(shown);
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_project, SurveyStore::OpenMode::ReadOnly));
        QCOMPARE(ThemeStore(store).loadCodebook().value().themes().at(0).label, u"Renamed"_s);
    }
};

QTEST_MAIN(tst_ThemesView)
#include "tst_themesview.moc"
