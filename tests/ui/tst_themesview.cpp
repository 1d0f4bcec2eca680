#include "codebookeditor.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "filterpanel.h"
#include "filterstate.h"
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
#include "themefiltersection.h"
#include "themesplitdialog.h"
#include "themesview.h"
#include "valuelist.h"
#include "verifyresult.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

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

    // A question of praise ("What do you like best?"): its themes are what respondents value,
    // the most mentioned first, and the view says so.
    void praiseQuestionByMentions()
    {
        const char *templates[3][2] = {
            {"The friendly staff at the desk", "Friendly staff who listen"},
            {"Fast delivery of my orders", "The delivery is fast"},
            {"The low price compared to others", "A low price for good quality"},
        };
        QByteArray csv = "Respondent,Date,How likely are you to recommend us?,"
                         "What do you like best about our service?\n";
        for (int i = 0; i < 600; ++i) {
            // Detractors mention the smallest theme most, so that impact and mentions disagree.
            const int theme = i % 6 < 3 ? 0 : i % 6 < 5 ? 1 : 2;
            const int score = theme == 2 ? 2 : i % 3 == 0 ? 7 : 10;
            csv += QStringLiteral("R%1,2026-%2-15,%3,%4 (%5)\n")
                       .arg(i)
                       .arg(1 + i % 9, 2, 10, QChar(u'0'))
                       .arg(score)
                       .arg(QString::fromLatin1(templates[theme][i % 2]))
                       .arg(i)
                       .toUtf8();
        }
        const QString path = m_dir.filePath(u"praise.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv);
        file.close();
        const QString project = m_dir.filePath(u"praise.npsdb"_s);
        std::shared_ptr<const ResponseCache> cache;
        {
            SurveyStore store;
            QVERIFY_RESULT(store.open(project));
            QVERIFY_RESULT(Importer(store).run(path));
            cache = std::make_shared<const ResponseCache>(ResponseCache::load(store).value());
        }
        DashboardController controller;
        controller.setCache(cache);
        ThemesView view(&controller);
        loadAndWait(&view, project);
        const ThemesModel *model = view.model();
        QVERIFY(model->rowCount() >= 2);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->figuresAt(row - 1).mentions >= model->figuresAt(row).mentions);
        QVERIFY(impacts(model) != [&] {
            QList<double> sorted = impacts(model);
            std::sort(sorted.begin(), sorted.end(), std::greater<>());
            return sorted;
        }()); // by impact the order would differ
        QVERIFY2(view.summaryLabel()->text().contains(u"what respondents value"_s),
                 qPrintable(view.summaryLabel()->text()));
        // The sample's question asks for a reason: ordered by impact again.
        DashboardController other;
        other.setCache(m_cache);
        ThemesView reasons(&other);
        loadAndWait(&reasons, m_project);
        QVERIFY(reasons.summaryLabel()->text().contains(u"the largest impact first"_s));
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
        QCOMPARE(f.themes, (QMap<int, QString>{{chosen.theme, label}}));
        QCOMPARE(f.themeMembership, controller.themeMembership());
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

    // Each open answer shows its themes as chips; a click on one filters the dashboard to it,
    // Ctrl+click adds another, a click on the only chosen one lifts it.
    void chipsOnTheAnswers()
    {
        DashboardController controller;
        DashboardView dashboard(&controller);
        controller.setCache(m_cache);
        dashboard.resize(1600, 1000);
        dashboard.show();
        dashboard.showThemesTab();
        loadAndWait(dashboard.themes(), m_project);
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        dashboard.answersTabs()->setCurrentWidget(dashboard.openAnswers());
        QTest::qWait(50); // laid out
        OpenAnswersView *answers = dashboard.openAnswers();
        OpenAnswersModel *model = answers->model();
        QTableView *table = answers->table();
        // The first visible answer with a theme, and its chip.
        int row = -1;
        for (int r = 0; r < model->rowCount() && r < 50 && row < 0; ++r) {
            if (!model->index(r, model->answerColumn())
                     .data(OpenAnswersModel::ThemeIndicesRole)
                     .toList()
                     .isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        table->scrollTo(table->model()->index(row, 0));
        const QVariantList themes = model->index(row, model->answerColumn())
                                        .data(OpenAnswersModel::ThemeIndicesRole)
                                        .toList();
        const int theme = themes.constFirst().toInt();
        const QRect chip = answers->themeChipRect(row, theme);
        QVERIFY(chip.isValid());
        QCOMPARE(answers->themeChipAt(chip.center()), theme);
        QCOMPARE(answers->themeChipAt(chip.topLeft() - QPoint(3, 3)), -1);
        table->setCurrentIndex(table->model()->index(row, 0));
        // The reading pane names the themes of the answer too.
        QVERIFY2(answers->readingPane()->toPlainText().contains(controller.themeLabels().at(theme)),
                 qPrintable(answers->readingPane()->toPlainText()));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, chip.center());
        const Filter &f = controller.filter();
        QCOMPARE(f.validThemes(), QList<int>{theme});
        QCOMPARE(f.themes.value(theme), controller.themeLabels().at(theme));
        // The same figures as the theme's row in the Themes view, open answers included.
        const qint64 mentions = controller.themeCounts().at(theme);
        QCOMPARE(controller.result().responses, mentions);
        QCOMPARE(model->matchingCount(), mentions);
        // Every answer listed now carries the theme.
        for (int r = 0; r < model->rowCount() && r < 100; ++r)
            QVERIFY(model->index(r, model->answerColumn())
                        .data(OpenAnswersModel::ThemeIndicesRole)
                        .toList()
                        .contains(theme));
        // Back in the history lifts it again.
        controller.back();
        QVERIFY(!controller.filter().hasTheme());
        // Ctrl: a second theme joins the first (any of them).
        controller.showTheme(theme);
        const int other = theme == 0 ? 1 : 0;
        controller.showTheme(other, true);
        QCOMPARE(controller.filter().validThemes(),
                 (QList<int>{std::min(theme, other), std::max(theme, other)}));
        QVERIFY(controller.result().responses >= mentions);
        controller.showTheme(other, true);
        controller.showTheme(theme);
        QVERIFY(!controller.filter().hasTheme());
    }

    // The themes as a dimension of the filter panel: live counts under the rest of the
    // filter, several ticked (any of them), a chip, history, and remembered by label.
    void themesInTheFilterPanel()
    {
        DashboardController controller;
        DashboardView dashboard(&controller);
        controller.setCache(m_cache);
        dashboard.resize(1600, 1000);
        dashboard.show();
        ThemeFilterSection *section = dashboard.filterPanel()->themesSection();
        QVERIFY(section->isHidden()); // no themes read yet
        loadAndWait(dashboard.themes(), m_project);
        QVERIFY(!section->isHidden());
        section->setExpanded(true);
        ValueList *list = section->list();
        QVERIFY(list);
        QCOMPARE(list->count(), controller.themeLabels().size());
        // The counts: each theme's mentions (the Themes view's figures).
        const ThemeReportResult all = expected(Filter{});
        for (int i = 0; i < list->count(); ++i) {
            const int theme = list->item(i)->data(Qt::UserRole).toInt();
            QVERIFY2(
                list->item(i)->text().contains(QLocale().toString(all.themes.at(theme).mentions)),
                qPrintable(list->item(i)->text()));
        }
        // Under a filter: the detractors' mentions.
        controller.showGroup(ScoreGroup::Detractor);
        Filter detractors;
        detractors.groups = Filter::Detractors;
        const ThemeReportResult theirs = expected(detractors);
        const int first = list->item(0)->data(Qt::UserRole).toInt();
        QCOMPARE(controller.themeCounts().at(first), theirs.themes.at(first).mentions);
        QVERIFY(
            list->item(0)->text().contains(QLocale().toString(theirs.themes.at(first).mentions)));
        // Two themes ticked: the responses that mention either.
        const int second = list->item(1)->data(Qt::UserRole).toInt();
        list->item(0)->setCheckState(Qt::Checked);
        list->item(1)->setCheckState(Qt::Checked);
        const Filter &f = controller.filter();
        QCOMPARE(f.validThemes().size(), 2);
        QVERIFY(f.themes.contains(first) && f.themes.contains(second));
        QCOMPARE(f.groups, quint8(Filter::Detractors)); // the rest of the filter stays
        const qint64 either = controller.result().responses;
        QVERIFY(either
                >= std::max(theirs.themes.at(first).mentions, theirs.themes.at(second).mentions));
        QVERIFY(either <= theirs.themes.at(first).mentions + theirs.themes.at(second).mentions);
        // One removable chip names both.
        QToolButton *chip = nullptr;
        for (QToolButton *b : dashboard.findChildren<QToolButton *>(u"chip"_s)) {
            if (b->text().startsWith(u"Themes: "_s))
                chip = b;
        }
        QVERIFY(chip);
        QVERIFY(chip->toolTip().contains(controller.themeLabels().at(first)));
        QVERIFY(chip->toolTip().contains(controller.themeLabels().at(second)));
        // The counts stay those under the rest of the filter (a theme's own count is not cut).
        QCOMPARE(controller.themeCounts().at(first), theirs.themes.at(first).mentions);
        // Remembered by label: read back into a project whose themes are read later.
        const QVariant saved = FilterState::toVariant(controller.filter(), *m_cache);
        QCOMPARE(FilterState::themeLabels(saved).size(), 2);
        // The history: back to one theme, then none.
        controller.back();
        QCOMPARE(controller.filter().validThemes(), QList<int>{first});
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        controller.back();
        QVERIFY(!controller.filter().hasTheme());
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);

        DashboardController again;
        again.setCache(m_cache);
        again.setFilter(FilterState::fromVariant(saved, *m_cache));
        again.setPendingThemes(FilterState::themeLabels(saved));
        QVERIFY(!again.filter().hasTheme());
        ThemesView view(&again);
        loadAndWait(&view, m_project);
        QCOMPARE(again.filter().validThemes().size(), 2);
        QVERIFY(again.filter().themes.contains(first) && again.filter().themes.contains(second));
        QCOMPARE(again.result().responses, either);
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

        // Split: the second keyword of a theme with several leaves it for a new theme. The
        // sample's suggested themes can have one keyword each: the last gets a second one.
        editor.themeList()->clearSelection();
        editor.themeList()->setCurrentRow(int(themes.size()) - 1);
        editor.keywordsField()->setText(themes.constLast().keywords.constFirst().text
                                        + u", tracking"_s);
        emit editor.keywordsField()->editingFinished();
        const Theme second = *editor.codebook().theme(themes.constLast().id);
        QCOMPARE(second.keywords.size(), 2);
        const Theme *several = &second;
        const ThemeKeyword moved = several->keywords.at(1);
        editor.splitTheme(several->id, {moved}, u"Split off"_s);
        QCOMPARE(editor.codebook().themes().size(), themes.size() + 1);
        QVERIFY(!editor.codebook().theme(several->id)->keywords.contains(moved));
        QCOMPARE(
            editor.codebook().themes().at(editor.codebook().position(several->id) + 1).keywords,
            QList<ThemeKeyword>{moved});
        editor.undo();
        QCOMPARE(editor.codebook().themes().size(), themes.size());
        QVERIFY(editor.codebook().theme(several->id)->keywords.contains(moved));
        editor.redo();
        QCOMPARE(editor.codebook().themes().size(), themes.size() + 1);
        // The split dialog: a keyword ticked, named after it, the live count of the new theme.
        {
            ThemeSplitDialog dialog(
                *several, [](const QList<ThemeKeyword> &k) { return qint64(k.size() * 7); });
            QVERIFY(dialog.labelField()->text().isEmpty());
            dialog.keywordList()->item(0)->setCheckState(Qt::Checked);
            QCOMPARE(dialog.moved(), QList<ThemeKeyword>{several->keywords.at(0)});
            QCOMPARE(dialog.label(), several->keywords.at(0).text);
            for (int i = 1; i < dialog.keywordList()->count(); ++i)
                dialog.keywordList()->item(i)->setCheckState(Qt::Checked);
            QCOMPARE(dialog.moved().size(), several->keywords.size());
        }
        // A theme from a search: the live count of the answers that contain the text.
        const QString word = u"wait"_s; // "waited", "long wait"…
        editor.searchField()->setText(u"zzzqqq"_s);
        QVERIFY(editor.searchCount()->text().startsWith(u"0 "_s));
        editor.searchField()->setText(word);
        QVERIFY(!editor.searchCount()->text().startsWith(u"0 "_s));
        const qsizetype before = editor.codebook().themes().size();
        editor.createFromSearch();
        QCOMPARE(editor.codebook().themes().size(), before + 1);
        QCOMPARE(editor.codebook().themes().constLast().label, word);
        QCOMPARE(editor.codebook().themes().constLast().keywords.constFirst().kind,
                 ThemeKeyword::Kind::Text);
        QCOMPARE(editor.themeList()->currentRow(), editor.themeList()->count() - 1);
        QVERIFY(editor.searchField()->text().isEmpty());

        QVERIFY_RESULT(view.setCodebook(editor.codebook()));
        // The new themes are filter dimensions at once.
        QVERIFY(controller.themeLabels().contains(word));
        QVERIFY(controller.themeLabels().contains(u"Split off"_s));
        bool shown = false;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            shown |= view.model()->themeAt(row).label == u"Renamed"_s;
        QVERIFY(shown);
        SurveyStore store;
        QVERIFY_RESULT(store.open(m_project, SurveyStore::OpenMode::ReadOnly));
        const Codebook stored = ThemeStore(store).loadCodebook().value();
        QCOMPARE(stored.themes().at(0).label, u"Renamed"_s);
        QCOMPARE(stored.themes(), editor.codebook().themes());
    }
};

QTEST_MAIN(tst_ThemesView)
#include "tst_themesview.moc"
