// Themes at a million responses, each figure with its reference measured in the same run:
//  - applying the codebook to an import of 1,000,000 responses with ~600,000 answers, nearly
//    all distinct (Dutch and English, generated from phrases with varying words): at most 30%
//    of the import itself (reference: BM_Import of the same file);
//  - the themes' figures under a filter change: at most 15 ms (reference: the dashboard's
//    query under the same filter);
//  - suggesting themes from scratch on those answers, with progress and cancel: at most 5 s.

#include "import/importer.h"
#include "metrics/dashboard.h"
#include "metrics/passivegap.h"
#include "metrics/promoterquoteindex.h"
#include "metrics/promoterquotes.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "text/answercorpus.h"
#include "text/answerthemes.h"
#include "text/themesuggester.h"
#include "tools/answergenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <benchmark/benchmark.h>

#include <random>

namespace {

constexpr qint64 Rows = 1'000'000;
constexpr double Answered = 0.6; // share of responses with an open answer

QString file(const char *name)
{
    return QDir::temp().filePath(
        QStringLiteral("npsstudio-bench-themes-%1").arg(QLatin1StringView(name)));
}

// The export: id, date, score, answer, touchpoint. Answers are the planted-theme generator's,
// with a context clause (product, city, day) that makes nearly every one distinct.
QString themedExport()
{
    QString csv = file("1000000.csv");
    if (QFile::exists(csv))
        return csv;
    QFile out(csv);
    if (!out.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(csv));
    AnswerGenerator::Generator g(AnswerGenerator::Mix::DutchEnglish, 2025);
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    const char *productsNl[] = {"energiecontract",
                                "internetabonnement",
                                "mobiele abonnement",
                                "tv-pakket",
                                "zakelijke account",
                                "zonnepanelen"};
    const char *productsEn[] = {"energy plan",
                                "broadband",
                                "mobile plan",
                                "TV package",
                                "business account",
                                "solar panels"};
    const char *cities[]
        = {"Utrecht",  "Zwolle", "Gent",    "Leeds",  "Bristol", "Arnhem",  "Delft",
           "Leiden",   "Breda",  "York",    "Bath",   "Hull",    "Tilburg", "Almere",
           "Mechelen", "Brugge", "Cardiff", "Dundee", "Haarlem", "Assen"};
    const char *touchpoints[] = {"Online", "Support", "Retail", "App"};
    QByteArray buffer = "Response ID,Submitted at,How likely is it that you would recommend us "
                        "to a friend or colleague?,What is the main reason for your score?,"
                        "Touchpoint\r\n";
    const QDate start(2024, 10, 1);
    for (qint64 i = 0; i < Rows; ++i) {
        const AnswerGenerator::Answer a = g.next();
        QString answer;
        if (unit(rng) < Answered) {
            const bool nl = a.language == 0;
            const int p = int(unit(rng) * 6), c = int(unit(rng) * 20), f = int(unit(rng) * 4);
            const char *frameNl[] = {" Mijn %1 in %2.", " (%1, %2)", " Voor het %1 in %2.", ""};
            const char *frameEn[] = {" My %1 in %2.", " (%1, %2)", " For the %1 in %2.", ""};
            const QString frame = QString::fromUtf8(nl ? frameNl[f] : frameEn[f]);
            answer = a.text;
            if (!frame.isEmpty()) // the answer as it is, without product and city
                answer += frame.arg(QString::fromUtf8(nl ? productsNl[p] : productsEn[p]),
                                    QString::fromUtf8(cities[c]));
            answer.replace(u'"', u'\'');
        }
        buffer += "R" + QByteArray::number(i) + ","
                  + start.addDays(i % 728).toString(Qt::ISODate).toLatin1() + ","
                  + QByteArray::number(a.score) + ",\"" + answer.toUtf8() + "\","
                  + touchpoints[i % 4] + "\r\n";
        if (buffer.size() > (1 << 22)) {
            out.write(buffer);
            buffer.clear();
        }
    }
    out.write(buffer);
    return csv;
}

// The imported project, with a codebook suggested from its answers (kept between runs).
SurveyStore &project()
{
    static SurveyStore *store = [] {
        auto *s = new SurveyStore;
        const QString db = file("1000000.npsdb");
        const bool fresh = !QFile::exists(db);
        if (!s->open(db).ok() || (fresh && !Importer(*s).run(themedExport()).ok()))
            qFatal("cannot prepare %s", qPrintable(db));
        if (!ThemeStore(*s).hasCodebook().value()) {
            const ResponseCache cache = ResponseCache::load(*s).value();
            if (!ThemeAnalysis::load(*s, cache, {}).ok())
                qFatal("cannot suggest themes");
        }
        return s;
    }();
    return *store;
}

const ResponseCache &cache()
{
    static const ResponseCache c = ResponseCache::load(project()).value();
    return c;
}

const ThemeAnalysis &analysis()
{
    static const ThemeAnalysis a = [] {
        ThemeAnalysis::Options o;
        o.suggestWhenEmpty = false;
        return ThemeAnalysis::load(project(), cache(), o).value();
    }();
    return a;
}

// Reference: importing the export into a fresh project, up to its commit.
void BM_Import(benchmark::State &state)
{
    const QString csv = themedExport();
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        auto store = std::make_unique<SurveyStore>();
        const QString path = file("import.npsdb") + QString::number(run++);
        if (!store->open(path).ok())
            state.SkipWithError("cannot open project");
        state.ResumeTiming();
        const ImportReport report = Importer(*store).run(csv);
        state.PauseTiming();
        if (!report.ok() || report.imported != Rows)
            state.SkipWithError("import failed");
        store.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Import)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(2);

// What an import adds: how many of its answers the stored codebook sorts into a theme (its
// newest 50,000 distinct answers read back, analysed, matched). Target: ≤ 30% of BM_Import.
void BM_AssignThemesAfterImport(benchmark::State &state)
{
    SurveyStore &store = project();
    const qint64 importId = store.imports().constFirst().id;
    for (auto _ : state) {
        const auto r = ThemeAnalysis::afterImport(store, importId);
        if (!r.ok() || !r->hasCodebook)
            state.SkipWithError("no codebook");
        state.counters["answers"] = double(r->answers);
        state.counters["with_theme"] = double(r->answersWithTheme);
        state.counters["themes"] = double(r->themes);
    }
}
BENCHMARK(BM_AssignThemesAfterImport)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(3);

// Every answer's themes, when a project is read: the cache's ~600,000 answers analysed, the
// codebook matched, the rows per theme. Compare with BM_Import (and with reading the cache).
void BM_ThemesOfAProject(benchmark::State &state)
{
    ThemeAnalysis::Options o;
    o.suggestWhenEmpty = false;
    for (auto _ : state) {
        const Result<ThemeAnalysis> a = ThemeAnalysis::load(project(), cache(), o);
        if (!a.ok())
            state.SkipWithError("load failed");
        state.counters["distinct_answers"] = double(a->corpus().size() - 1);
    }
}
BENCHMARK(BM_ThemesOfAProject)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(3);

// A codebook applied to answers already read (after an edit in the codebook).
void BM_ApplyCodebook(benchmark::State &state)
{
    const ThemeAnalysis &a = analysis();
    for (auto _ : state) {
        const AnswerThemes matched = AnswerThemes::match(a.corpus(), a.codebook().themes());
        const ThemeMembership rows(cache(), matched);
        benchmark::DoNotOptimize(rows.themeCount());
    }
}
BENCHMARK(BM_ApplyCodebook)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(5);

Filter changedFilter(int i)
{
    Filter f;
    f.from = QDate(2025, 4, 1);
    f.to = QDate(2025, 12, 31);
    f.segments[0] = {quint16(i % 4)};
    f.groups = i % 2 ? Filter::AllGroups : Filter::Detractors | Filter::Passives;
    return f;
}

// Target: ≤ 15 ms for every theme's figures under a new filter.
void BM_ThemeFiguresFilterChange(benchmark::State &state)
{
    ThemeReport report(cache(), analysis().membership());
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(report.compute(changedFilter(i++)));
    state.counters["themes"] = double(analysis().membership().themeCount());
}
BENCHMARK(BM_ThemeFiguresFilterChange)->Unit(benchmark::kMillisecond);

// What the window's Themes view computes under a new filter (ThemesView::refresh and the
// painted rows, painting itself aside): every theme's figures, what passives mention more than
// promoters, and a promoter quote for each of the ten rows on screen (the largest impact),
// from the view's PromoterQuoteIndex (built by the first filter, kept for the next).
// Target: ≤ 15 ms, as for the figures alone.
template<typename Quotes>
void themesViewFilterChange(benchmark::State &state, Quotes quotes)
{
    const ThemeAnalysis &a = analysis();
    ThemeReport report(cache(), a.membership());
    int i = 0;
    for (auto _ : state) {
        const ThemeReportResult r = report.compute(changedFilter(i++));
        const std::vector<quint8> &pass = report.passing();
        benchmark::DoNotOptimize(PassiveGap::themes(r));
        QList<int> order;
        for (int t = 0; t < r.themes.size(); ++t)
            order << t;
        std::stable_sort(order.begin(), order.end(), [&r](int x, int y) {
            return r.themes.at(x).impact > r.themes.at(y).impact;
        });
        for (qsizetype k = 0; k < order.size() && k < 10; ++k)
            benchmark::DoNotOptimize(quotes(pass, order.at(k)));
    }
}

void BM_ThemesViewFilterChange(benchmark::State &state)
{
    const ThemeAnalysis &a = analysis();
    PromoterQuoteIndex index(cache(), a.corpus(), a.membership());
    themesViewFilterChange(state, [&index](const std::vector<quint8> &pass, int theme) {
        return index.forTheme(pass, theme, 1);
    });
}
BENCHMARK(BM_ThemesViewFilterChange)->Unit(benchmark::kMillisecond);

// The same with each quote found by reading the theme's responses and the corpus again
// (PromoterQuotes::forTheme, as the view did before the index): the figure before.
void BM_ThemesViewFilterChangeWithoutIndex(benchmark::State &state)
{
    const ThemeAnalysis &a = analysis();
    themesViewFilterChange(state, [&a](const std::vector<quint8> &pass, int theme) {
        return PromoterQuotes::forTheme(cache(), a.corpus(), a.membership(), pass, theme, 1);
    });
}
BENCHMARK(BM_ThemesViewFilterChangeWithoutIndex)->Unit(benchmark::kMillisecond);

// The quotes alone, for the ten themes of the largest impact under four filters (the rows the
// filters pass found beforehand): from the index, and by reading everything.
template<typename Quotes>
void quotesOnly(benchmark::State &state, Quotes quotes)
{
    ThemeReport report(cache(), analysis().membership());
    std::vector<std::vector<quint8>> passes;
    QList<QList<int>> orders;
    for (int f = 0; f < 4; ++f) {
        const ThemeReportResult r = report.compute(changedFilter(f));
        passes.push_back(report.passing());
        QList<int> order;
        for (int t = 0; t < r.themes.size(); ++t)
            order << t;
        std::stable_sort(order.begin(), order.end(), [&r](int x, int y) {
            return r.themes.at(x).impact > r.themes.at(y).impact;
        });
        orders.append(order.mid(0, 10));
    }
    int i = 0;
    for (auto _ : state) {
        const int f = i++ % 4;
        for (int theme : orders.at(f))
            benchmark::DoNotOptimize(quotes(passes[size_t(f)], theme));
    }
}

void BM_QuotesFromIndex(benchmark::State &state)
{
    const ThemeAnalysis &a = analysis();
    PromoterQuoteIndex index(cache(), a.corpus(), a.membership());
    quotesOnly(state, [&index](const std::vector<quint8> &pass, int theme) {
        return index.forTheme(pass, theme, 1);
    });
}
BENCHMARK(BM_QuotesFromIndex)->Unit(benchmark::kMillisecond);

void BM_QuotesReadingEverything(benchmark::State &state)
{
    const ThemeAnalysis &a = analysis();
    quotesOnly(state, [&a](const std::vector<quint8> &pass, int theme) {
        return PromoterQuotes::forTheme(cache(), a.corpus(), a.membership(), pass, theme, 1);
    });
}
BENCHMARK(BM_QuotesReadingEverything)->Unit(benchmark::kMillisecond);

// Its parts: what passives mention, from the themes' figures (as the view does) …
void BM_PassiveGapFilterChange(benchmark::State &state)
{
    ThemeReport report(cache(), analysis().membership());
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(PassiveGap::themes(report.compute(changedFilter(i++))));
}
BENCHMARK(BM_PassiveGapFilterChange)->Unit(benchmark::kMillisecond);

// … and by counting all themes' rows against the filter again (the figure before).
void BM_PassiveGapFromRowsFilterChange(benchmark::State &state)
{
    ThemeReport report(cache(), analysis().membership());
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(report.compute(changedFilter(i++)));
        benchmark::DoNotOptimize(
            PassiveGap::themes(cache(), analysis().membership(), report.passing()));
    }
}
BENCHMARK(BM_PassiveGapFromRowsFilterChange)->Unit(benchmark::kMillisecond);

// A click on a theme: the dashboard filtered to the responses that mention it (the theme's
// rows marked once per theme, then one pass). Reference: BM_DashboardFilterChange.
void BM_ThemeClickDashboard(benchmark::State &state)
{
    const auto membership
        = std::shared_ptr<const ThemeMembership>(std::shared_ptr<void>(), &analysis().membership());
    Dashboard dashboard(cache());
    int i = 0;
    for (auto _ : state) {
        Filter f = changedFilter(i);
        f.themes = {{i++ % std::max(1, membership->themeCount()), QString()}};
        f.themeMembership = membership;
        benchmark::DoNotOptimize(dashboard.compute(f));
    }
}
BENCHMARK(BM_ThemeClickDashboard)->Unit(benchmark::kMillisecond);

// The filter panel's Themes section: each theme's responses under the rest of the filter
// (one pass for the filter, then the themes' rows), while the section is open. Reference:
// BM_DashboardFilterChange.
void BM_ThemeFacetCounts(benchmark::State &state)
{
    Dashboard dashboard(cache());
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(
            dashboard.themeCounts(changedFilter(i++), analysis().membership()));
}
BENCHMARK(BM_ThemeFacetCounts)->Unit(benchmark::kMillisecond);

// Reference: the dashboard's query under the same filters.
void BM_DashboardFilterChange(benchmark::State &state)
{
    Dashboard dashboard(cache());
    int i = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(dashboard.compute(changedFilter(i++)));
}
BENCHMARK(BM_DashboardFilterChange)->Unit(benchmark::kMillisecond);

// Target: ≤ 5 s from the answers to suggested themes, with progress reported and a cancel
// flag watched.
void BM_SuggestFromScratch(benchmark::State &state)
{
    for (auto _ : state) {
        std::atomic_bool cancel = false;
        int reports = 0;
        AnswerCorpus::Options co;
        co.cancel = &cancel;
        co.progress = [&reports](qint64, qint64) {
            ++reports;
        };
        const Result<AnswerCorpus> corpus = AnswerCorpus::build(cache().answerTexts(), co);
        ThemeSuggester::Options so;
        so.cancel = &cancel;
        so.progress = [&reports](qint64, qint64) {
            ++reports;
        };
        const Result<QList<Theme>> themes
            = ThemeSuggester::suggest(corpus.value(), analysis().weights(), so);
        if (!themes.ok())
            state.SkipWithError("suggestion failed");
        state.counters["themes"] = double(themes->size());
        state.counters["progress_reports"] = reports;
    }
}
BENCHMARK(BM_SuggestFromScratch)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Iterations(2);

// How fast a cancel is honoured once it is asked for.
void BM_SuggestCancelled(benchmark::State &state)
{
    for (auto _ : state) {
        std::atomic_bool cancel = false;
        AnswerCorpus::Options co;
        co.cancel = &cancel;
        co.progress = [&cancel](qint64 done, qint64 total) {
            if (done * 4 >= total)
                cancel = true; // a quarter of the way
        };
        if (AnswerCorpus::build(cache().answerTexts(), co).ok())
            state.SkipWithError("not cancelled");
    }
}
BENCHMARK(BM_SuggestCancelled)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
