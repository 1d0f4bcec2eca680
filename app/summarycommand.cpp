#include "summarycommand.h"

#include "commandline.h"
#include "filteroptions.h"
#include "jsonfigures.h"
#include "metrics/cachesnapshot.h"
#include "metrics/dashboard.h"
#include "metrics/responsecache.h"
#include "models/npsformat.h"
#include "models/valueorder.h"
#include "store/databaseurl.h"
#include "store/surveystore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using CommandLine::out;

namespace {

// "2025-Q2" when the window is exactly one period, else "2025-04-01..2025-06-30".
QString windowName(QDate from, QDate to, Granularity granularity, bool dutch)
{
    const Period p = Period::containing(from, granularity);
    if (p.firstDay() == from && p.lastDay() == to)
        return p.label(dutch);
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

QString kindKey(ResponseCache::Dimension::Kind kind)
{
    switch (kind) {
    case ResponseCache::Dimension::Kind::Single:
        return QStringLiteral("single");
    case ResponseCache::Dimension::Kind::Multi:
        return QStringLiteral("multi");
    case ResponseCache::Dimension::Kind::Numeric:
        return QStringLiteral("numeric");
    }
    return {};
}

// The breakdown rows in display order: numbers and scales by value, other values as the window
// lists them, the largest n first (the scored responses the row's figures are of; ties in
// display order); rows whose value is not a value of the dimension last.
void orderBreakdown(DashboardResult &r, const ResponseCache &cache)
{
    if (r.breakdownDimension < 0)
        return;
    const ResponseCache::Dimension &dimension = cache.dimensions().at(r.breakdownDimension);
    const QStringList &values = dimension.values;
    const QList<int> order = ValueOrder::displayOrder(cache, r.breakdownDimension);
    QHash<QString, qsizetype> position;
    for (qsizetype i = 0; i < order.size(); ++i)
        position.insert(values.at(order.at(i)), i);
    const bool bySize = dimension.kind != ResponseCache::Dimension::Kind::Numeric
                        && ValueOrder::of(values).kind == ValueOrder::Kind::AsGiven;
    std::stable_sort(r.breakdown.begin(),
                     r.breakdown.end(),
                     [&position, bySize](const BreakdownRow &a, const BreakdownRow &b) {
                         const qsizetype pa = position.value(a.value, position.size());
                         const qsizetype pb = position.value(b.value, position.size());
                         const bool aKnown = pa < position.size(), bKnown = pb < position.size();
                         if (aKnown != bKnown)
                             return aKnown;
                         if (bySize && a.figures.n() != b.figures.n())
                             return a.figures.n() > b.figures.n();
                         return pa < pb;
                     });
}

QString listDimensions(const ResponseCache &cache, const DashboardResult &all)
{
    QString text;
    for (int d : cache.dimensionsByRelevance()) {
        const ResponseCache::Dimension &dim = cache.dimensions().at(d);
        text += dim.name;
        if (dim.kind == ResponseCache::Dimension::Kind::Multi)
            text += u' '
                    + QCoreApplication::translate(
                        "SummaryCommand", "(multi-select: counts are of those who chose each)");
        else if (dim.kind == ResponseCache::Dimension::Kind::Numeric)
            text += u' ' + QCoreApplication::translate("SummaryCommand", "(numeric)");
        if (!dim.shownByDefault)
            text += u' ' + QCoreApplication::translate("SummaryCommand", "(not shown by default)");
        text += u'\n';
        for (qsizetype v = 0; v < dim.values.size(); ++v)
            text += QStringLiteral("  %1 (%2)\n").arg(dim.values.at(v)).arg(all.facets.at(d).at(v));
    }
    return text;
}

struct Options
{
    Filter filter;
    int breakdown = -1;
};

// Turns the command line into a Filter and a breakdown; an error message when a name does
// not exist.
std::variant<Options, QString> readOptions(const QCommandLineParser &parser,
                                           const ResponseCache &cache)
{
    const std::variant<Filter, QString> filter = FilterOptions::read(parser, cache);
    if (const QString *error = std::get_if<QString>(&filter))
        return *error;
    Options o;
    o.filter = std::get<Filter>(filter);
    if (parser.isSet(QStringLiteral("by"))) {
        o.breakdown = cache.dimensionIndex(parser.value(QStringLiteral("by")));
        if (o.breakdown < 0)
            return QCoreApplication::translate("SummaryCommand",
                                               "No dimension “%1”; the dimensions are: %2")
                .arg(parser.value(QStringLiteral("by")), FilterOptions::dimensionNames(cache));
    }
    return o;
}

QJsonObject resultJson(const DashboardResult &r, const Filter &f, const ResponseCache &cache)
{
    QJsonObject o;
    o.insert(QStringLiteral("filter"), FilterOptions::toJson(f, cache));
    o.insert(QStringLiteral("method"), QString::fromLatin1(NpsFigures::MethodKey));
    o.insert(QStringLiteral("overall"), JsonFigures::figures(r.overall));
    if (r.previousFrom) {
        QJsonObject previous = JsonFigures::figures(r.previous);
        previous.insert(QStringLiteral("period"),
                        windowName(*r.previousFrom, *r.previousTo, f.granularity, false));
        o.insert(QStringLiteral("previous"), previous);
    } else {
        o.insert(QStringLiteral("previous"), QJsonValue::Null);
    }
    if (r.change)
        o.insert(QStringLiteral("change"),
                 QJsonObject{{QStringLiteral("delta"), r.change->delta},
                             {QStringLiteral("z"), r.change->z},
                             {QStringLiteral("p"), r.change->p},
                             {QStringLiteral("significant"), r.change->significant}});
    else
        o.insert(QStringLiteral("change"), QJsonValue::Null);
    QJsonArray periods;
    for (const PeriodFigures &p : r.periods) {
        QJsonObject row = JsonFigures::figures(p.figures);
        row.remove(QStringLiteral("se"));
        row.insert(QStringLiteral("period"), p.period.label());
        periods.append(row);
    }
    o.insert(QStringLiteral("periods"), periods);
    if (r.breakdownDimension >= 0) {
        QJsonArray rows;
        for (const BreakdownRow &b : r.breakdown) {
            QJsonObject row = JsonFigures::figures(b.figures);
            row.remove(QStringLiteral("se"));
            row.insert(QStringLiteral("value"), b.value);
            row.insert(QStringLiteral("p_vs_rest"),
                       b.versusRest ? QJsonValue(b.versusRest->p) : QJsonValue(QJsonValue::Null));
            row.insert(QStringLiteral("significant"), b.versusRest && b.versusRest->significant);
            rows.append(row);
        }
        o.insert(QStringLiteral("breakdown"),
                 QJsonObject{{QStringLiteral("dimension"),
                              cache.dimensions().at(r.breakdownDimension).name},
                             {QStringLiteral("multi"), r.breakdownIsMulti},
                             {QStringLiteral("rows"), rows}});
    } else {
        o.insert(QStringLiteral("breakdown"), QJsonValue::Null);
    }
    QJsonArray distribution;
    for (qint64 count : r.distribution)
        distribution.append(count);
    o.insert(QStringLiteral("distribution"), distribution);
    auto mean = [](qint64 n, double value) {
        return n > 0 ? QJsonValue(
                   QJsonObject{{QStringLiteral("n"), n}, {QStringLiteral("mean"), value}})
                     : QJsonValue(QJsonValue::Null);
    };
    o.insert(QStringLiteral("csat"), mean(r.csatCount, r.csatMean));
    o.insert(QStringLiteral("ces"), mean(r.cesCount, r.cesMean));
    return o;
}

QString figuresLine(const NpsFigures &f, const QLocale &locale)
{
    if (f.isEmpty())
        return QCoreApplication::translate("SummaryCommand", "no responses with a score");
    const auto ci = f.interval();
    QString line = QCoreApplication::translate("SummaryCommand", "NPS %1 (95% interval %2), n = %3")
                       .arg(NpsFormat::nps(f.nps(), 0, locale),
                            NpsFormat::interval(ci->low, ci->high, 1, locale),
                            locale.toString(f.n()));
    if (f.isSmallSample())
        line += QStringLiteral("  — ")
                + QCoreApplication::translate("SummaryCommand", "n too small");
    return line;
}

QString resultText(const DashboardResult &r,
                   const Filter &f,
                   const ResponseCache &cache,
                   const QString &project,
                   const QLocale &locale)
{
    const bool dutch = locale.language() == QLocale::Dutch;
    QString text;
    text += QCoreApplication::translate("SummaryCommand", "NPS Studio summary of %1").arg(project)
            + u'\n';
    text
        += QCoreApplication::translate("SummaryCommand", "Filter: %1").arg(f.describe(cache, dutch))
           + u'\n';
    text += QCoreApplication::translate("SummaryCommand",
                                        "Method: 95% interval, adjusted Wald (Rocks 2016)")
            + QStringLiteral("\n\n");
    const NpsFigures &o = r.overall;
    text += figuresLine(o, locale);
    if (o.nps())
        text += QStringLiteral("  [%1]").arg(npsBandName(npsBand(*o.nps())));
    text += u'\n';
    if (!o.isEmpty())
        text += QCoreApplication::translate(
                    "SummaryCommand", "Promoters %1 (%2) · Passives %3 (%4) · Detractors %5 (%6)")
                    .arg(NpsFormat::percent(o.promoterShare(), 1, locale),
                         locale.toString(o.promoters),
                         NpsFormat::percent(o.passiveShare(), 1, locale),
                         locale.toString(o.passives),
                         NpsFormat::percent(o.detractorShare(), 1, locale),
                         locale.toString(o.detractors))
                + u'\n';
    if (r.csatCount > 0)
        text += QCoreApplication::translate("SummaryCommand", "CSAT %1 (n = %2)")
                    .arg(locale.toString(r.csatMean, 'f', 2), locale.toString(r.csatCount))
                + u'\n';
    if (r.cesCount > 0)
        text += QCoreApplication::translate("SummaryCommand", "CES %1 (n = %2)")
                    .arg(locale.toString(r.cesMean, 'f', 2), locale.toString(r.cesCount))
                + u'\n';
    if (r.responses > o.n())
        text += QCoreApplication::translate(
                    "SummaryCommand",
                    "%n responses without a score are not counted in the NPS.",
                    nullptr,
                    int(r.responses - o.n()))
                + u'\n';
    if (r.previousFrom) {
        text += QCoreApplication::translate("SummaryCommand", "Previous period (%1): %2")
                    .arg(windowName(*r.previousFrom, *r.previousTo, f.granularity, dutch),
                         figuresLine(r.previous, locale))
                + u'\n';
        if (r.change)
            text += QCoreApplication::translate("SummaryCommand", "Change: %1 points, %2 (%3)")
                        .arg(NpsFormat::nps(r.change->delta, 1, locale),
                             r.change->inWords(),
                             NpsFormat::pClause(r.change->p, locale))
                    + u'\n';
    }
    if (!r.periods.isEmpty()) {
        TextTable table({QCoreApplication::translate("SummaryCommand", "Period"),
                         QCoreApplication::translate("SummaryCommand", "n"),
                         QCoreApplication::translate("SummaryCommand", "NPS"),
                         QCoreApplication::translate("SummaryCommand", "95% interval"),
                         QCoreApplication::translate("SummaryCommand", "Promoters"),
                         QCoreApplication::translate("SummaryCommand", "Passives"),
                         QCoreApplication::translate("SummaryCommand", "Detractors")},
                        {false, true, true, true, true, true, true});
        for (const PeriodFigures &p : r.periods) {
            const auto ci = p.figures.interval();
            table.addRow(
                {p.period.label(dutch)
                     + (p.figures.isSmallSample() && !p.figures.isEmpty() ? QStringLiteral(" *")
                                                                          : QString()),
                 locale.toString(p.figures.n()),
                 NpsFormat::nps(p.figures.nps(), 1, locale),
                 ci ? NpsFormat::interval(ci->low, ci->high, 1, locale) : QStringLiteral("–"),
                 NpsFormat::percent(p.figures.promoterShare(), 1, locale),
                 NpsFormat::percent(p.figures.passiveShare(), 1, locale),
                 NpsFormat::percent(p.figures.detractorShare(), 1, locale)});
        }
        text += u'\n' + table.toString();
    }
    if (r.breakdownDimension >= 0) {
        TextTable table({cache.dimensions().at(r.breakdownDimension).name,
                         QCoreApplication::translate("SummaryCommand", "n"),
                         QCoreApplication::translate("SummaryCommand", "NPS"),
                         QCoreApplication::translate("SummaryCommand", "95% interval"),
                         QCoreApplication::translate("SummaryCommand", "vs. rest"),
                         QCoreApplication::translate("SummaryCommand", "p")},
                        {false, true, true, true, true, true});
        for (const BreakdownRow &b : r.breakdown) {
            const auto ci = b.figures.interval();
            table.addRow({b.value + (b.figures.isSmallSample() ? QStringLiteral(" *") : QString()),
                          locale.toString(b.figures.n()),
                          NpsFormat::nps(b.figures.nps(), 1, locale),
                          NpsFormat::interval(ci->low, ci->high, 1, locale),
                          b.versusRest ? NpsFormat::nps(b.versusRest->delta, 1, locale)
                                       : QStringLiteral("–"),
                          b.versusRest
                              ? NpsFormat::pValue(b.versusRest->p, locale)
                                    + (b.versusRest->significant && !b.figures.isSmallSample()
                                           ? QStringLiteral(" (!)")
                                           : QString())
                              : QStringLiteral("–")});
        }
        text += u'\n' + table.toString();
        text += QStringLiteral("  (!) ")
                + QCoreApplication::translate("SummaryCommand",
                                              "differs significantly from the rest (p < 0.05)")
                + u'\n' + QStringLiteral("  ")
                + QCoreApplication::translate(
                    "SummaryCommand",
                    "vs. rest: the difference in NPS points; p compares the adjusted NPS of each "
                    "(Rocks 2016), which draws a small group's towards 0, so a large difference "
                    "in a small group can be within the margin of error.")
                + u'\n';
        if (r.breakdownIsMulti)
            text += QStringLiteral("  ")
                    + QCoreApplication::translate(
                        "SummaryCommand",
                        "A multi-select question: each respondent counts in every option they "
                        "chose, so the rows can add up to more than 100%.")
                    + u'\n';
    }
    QStringList scores;
    // Only the scores of the scale: a 1–10 question has no 0.
    for (int s = std::clamp(cache.scoreScaleMin(), 0, 10); s <= 10; ++s)
        scores << QStringLiteral("%1: %2").arg(s).arg(locale.toString(r.distribution[size_t(s)]));
    text += u'\n' + QCoreApplication::translate("SummaryCommand", "Scores") + QStringLiteral("  ")
            + scores.join(QStringLiteral("  ")) + u'\n';
    if (std::any_of(r.periods.cbegin(),
                    r.periods.cend(),
                    [](const PeriodFigures &p) {
                        return p.figures.isSmallSample() && !p.figures.isEmpty();
                    })
        || std::any_of(r.breakdown.cbegin(), r.breakdown.cend(), [](const BreakdownRow &b) {
               return b.figures.isSmallSample();
           }))
        text += QStringLiteral("* ")
                + QCoreApplication::translate("SummaryCommand",
                                              "fewer than %1 responses: too few to rely on")
                      .arg(NpsFigures::SmallSample)
                + u'\n';
    return text;
}

} // namespace

int runSummaryCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SummaryCommand", "Print the NPS of a project, with its interval, trend and breakdown."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("summary"),
        QCoreApplication::translate("SummaryCommand", "The summary command."));
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("SummaryCommand", "Project file."),
         QStringLiteral("PROJECT.npsdb")},
        {QStringLiteral("by"),
         QCoreApplication::translate("SummaryCommand",
                                     "Break the NPS down by a segment dimension."),
         QStringLiteral("DIMENSION")},
        {QStringLiteral("dimensions"),
         QCoreApplication::translate("SummaryCommand",
                                     "List the segment dimensions with their values and counts.")},
        {QStringLiteral("json"),
         QCoreApplication::translate("SummaryCommand", "Print one JSON object.")},
    });
    parser.addOptions(FilterOptions::options());
    if (!parser.parse(arguments))
        return CommandLine::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return CommandLine::usageError(QCoreApplication::translate(
            "SummaryCommand", "summary: name the project with --db PROJECT.npsdb."));
    const QString path = parser.value(QStringLiteral("db"));
    if (!DatabaseUrl::isDatabaseUrl(path) && !QFileInfo::exists(path))
        return CommandLine::usageError(
            QCoreApplication::translate("SummaryCommand", "summary: there is no project “%1”.")
                .arg(path));
    SurveyStore store;
    if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s)
        return CommandLine::usageError(s.error());
    // Figures only: the texts of the answers are not read.
    const Result<ResponseCache> loaded
        = ResponseCache::load(store, nullptr, ResponseCache::Texts::Skip);
    if (!loaded)
        return CommandLine::usageError(loaded.error());
    if (!loaded->loadedFromSnapshot()) // the next one reads the snapshot, when it can be saved
        (void)CacheSnapshot::saveTo(path, loaded.value());
    const ResponseCache &cache = loaded.value();

    if (parser.isSet(QStringLiteral("dimensions"))) {
        const DashboardResult all = Dashboard(cache).compute(Filter{});
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray dims;
            for (int d : cache.dimensionsByRelevance()) {
                QJsonArray values;
                for (qsizetype v = 0; v < cache.dimensions().at(d).values.size(); ++v)
                    values.append(QJsonObject{
                        {QStringLiteral("value"), cache.dimensions().at(d).values.at(v)},
                        {QStringLiteral("n"), all.facets.at(d).at(v)}});
                const ResponseCache::Dimension &dim = cache.dimensions().at(d);
                dims.append(QJsonObject{{QStringLiteral("dimension"), dim.name},
                                        {QStringLiteral("label"), dim.label},
                                        {QStringLiteral("kind"), kindKey(dim.kind)},
                                        {QStringLiteral("relevance"), dim.relevance},
                                        {QStringLiteral("shown_by_default"), dim.shownByDefault},
                                        {QStringLiteral("values"), values}});
            }
            out() << QJsonDocument(QJsonObject{{QStringLiteral("dimensions"), dims}}).toJson();
        } else {
            out() << listDimensions(cache, all);
        }
        return 0;
    }

    const auto options = readOptions(parser, cache);
    if (const QString *error = std::get_if<QString>(&options))
        return CommandLine::usageError(QStringLiteral("summary: ") + *error);
    const auto &o = std::get<Options>(options);
    DashboardResult result = Dashboard(cache).compute(o.filter, o.breakdown);
    orderBreakdown(result, cache);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(resultJson(result, o.filter, cache)).toJson();
    else
        out() << resultText(result, o.filter, cache, SurveyStore::displayName(path), QLocale());
    return 0;
}
