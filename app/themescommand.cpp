#include "themescommand.h"

#include "commandline.h"
#include "filteroptions.h"
#include "jsonfigures.h"
#include "metrics/cachesnapshot.h"
#include "metrics/passivegap.h"
#include "metrics/promoterquotes.h"
#include "metrics/responsecache.h"
#include "metrics/sentimentagreement.h"
#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"
#include "models/npsformat.h"
#include "store/databaseurl.h"
#include "store/surveystore.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using CommandLine::out;

namespace {

QString originKey(Theme::Origin origin)
{
    switch (origin) {
    case Theme::Origin::Suggested:
        return QStringLiteral("suggested");
    case Theme::Origin::Edited:
        return QStringLiteral("edited");
    case Theme::Origin::Analyst:
        break;
    }
    return QStringLiteral("analyst");
}

QString directionKey(ThemeTrend::Direction d)
{
    return d == ThemeTrend::Direction::Rising    ? QStringLiteral("rising")
           : d == ThemeTrend::Direction::Falling ? QStringLiteral("falling")
                                                 : QStringLiteral("flat");
}

// What the command prints, computed once for the text and the JSON.
struct Outcome
{
    ThemeReportResult report;
    QList<int> order; // themes by impact, the largest first
    QList<PassiveGapItem> passiveThemes;
    QList<PassiveGapItem> passiveWords;
    QHash<int, QList<PromoterQuote>> quotes;
    QHash<int, QList<PromoterQuote>> examples;
    SentimentAgreement sentiment;
};

Outcome compute(const ThemeAnalysis &analysis, const Filter &filter, int quotes)
{
    Outcome o;
    ThemeReport report(analysis.cache(), analysis.membership());
    o.report = report.compute(filter);
    for (int t = 0; t < o.report.themes.size(); ++t)
        o.order.append(t);
    std::stable_sort(o.order.begin(), o.order.end(), [&o](int a, int b) {
        const ThemeFigures &x = o.report.themes.at(a), &y = o.report.themes.at(b);
        return x.impact != y.impact ? x.impact > y.impact : x.mentions > y.mentions;
    });
    const std::vector<quint8> &pass = report.passing();
    o.passiveThemes = PassiveGap::themes(analysis.cache(), analysis.membership(), pass);
    o.passiveWords = PassiveGap::words(analysis.cache(), analysis.corpus(), pass, 5);
    for (int t : std::as_const(o.order)) {
        o.quotes.insert(
            t,
            PromoterQuotes::forTheme(
                analysis.cache(), analysis.corpus(), analysis.membership(), pass, t, quotes));
    }
    o.sentiment = SentimentAgreement::measure(analysis.cache(), analysis.corpus(), &pass);
    return o;
}

QJsonObject toJson(const ThemeAnalysis &analysis, const Filter &filter, const Outcome &o)
{
    const QList<Theme> &themes = analysis.codebook().themes();
    QJsonArray list;
    for (int t : o.order) {
        const ThemeFigures &f = o.report.themes.at(t);
        const Theme &theme = themes.at(t);
        QJsonArray keywords;
        for (const ThemeKeyword &k : theme.keywords)
            keywords.append(QJsonObject{
                {QStringLiteral("text"), k.text},
                {QStringLiteral("language"),
                 k.language == Language::Unknown ? QJsonValue(QJsonValue::Null)
                                                 : QJsonValue(Languages::code(k.language))},
                {QStringLiteral("kind"),
                 k.kind == ThemeKeyword::Kind::Text ? QStringLiteral("text")
                                                    : QStringLiteral("words")}});
        QJsonObject row = JsonFigures::figures(f.figures);
        row.insert(QStringLiteral("id"), theme.id);
        row.insert(QStringLiteral("label"), theme.label);
        row.insert(QStringLiteral("origin"), originKey(theme.origin));
        row.insert(QStringLiteral("keywords"), keywords);
        row.insert(QStringLiteral("mentions"), f.mentions);
        row.insert(QStringLiteral("share_of_answers"), JsonFigures::number(f.answerShare));
        row.insert(QStringLiteral("share_of_promoters"), JsonFigures::number(f.promoterShare));
        row.insert(QStringLiteral("share_of_passives"), JsonFigures::number(f.passiveShare));
        row.insert(QStringLiteral("share_of_detractors"), JsonFigures::number(f.detractorShare));
        row.insert(QStringLiteral("impact"), f.impact);
        row.insert(QStringLiteral("vs_rest"),
                   f.versusRest ? QJsonValue(
                       QJsonObject{{QStringLiteral("delta"), f.versusRest->delta},
                                   {QStringLiteral("z"), f.versusRest->z},
                                   {QStringLiteral("p"), f.versusRest->p},
                                   {QStringLiteral("significant"), f.versusRest->significant}})
                                : QJsonValue(QJsonValue::Null));
        row.insert(QStringLiteral("trend"),
                   f.trend ? QJsonValue(
                       QJsonObject{{QStringLiteral("direction"), directionKey(f.trend->direction)},
                                   {QStringLiteral("period"), f.trend->last.label()},
                                   {QStringLiteral("previous"), f.trend->previous.label()},
                                   {QStringLiteral("delta"), f.trend->change.delta},
                                   {QStringLiteral("z"), f.trend->change.z},
                                   {QStringLiteral("p"), f.trend->change.p},
                                   {QStringLiteral("significant"), f.trend->change.significant}})
                           : QJsonValue(QJsonValue::Null));
        QJsonArray periods;
        for (const ThemePeriod &p : f.periods)
            periods.append(
                QJsonObject{{QStringLiteral("period"), p.period.label()},
                            {QStringLiteral("answered"), p.answered},
                            {QStringLiteral("mentions"), p.mentions},
                            {QStringLiteral("share"), JsonFigures::number(p.share())},
                            {QStringLiteral("nps"), JsonFigures::number(p.figures.nps())}});
        row.insert(QStringLiteral("periods"), periods);
        QJsonArray quotes;
        for (const PromoterQuote &q : o.quotes.value(t))
            quotes.append(q.text);
        row.insert(QStringLiteral("promoter_quotes"), quotes);
        QJsonArray examples;
        for (const PromoterQuote &q : o.examples.value(t))
            examples.append(q.text);
        row.insert(QStringLiteral("examples"), examples);
        list.append(row);
    }
    QJsonArray passives;
    for (const PassiveGapItem &item : o.passiveThemes)
        passives.append(QJsonObject{{QStringLiteral("theme"), themes.at(item.theme).label},
                                    {QStringLiteral("passives"), item.passives},
                                    {QStringLiteral("promoters"), item.promoters},
                                    {QStringLiteral("passive_share"), item.passiveShare},
                                    {QStringLiteral("promoter_share"), item.promoterShare},
                                    {QStringLiteral("z"), item.comparison.z},
                                    {QStringLiteral("p"), item.comparison.p},
                                    {QStringLiteral("significant"), item.comparison.significant}});
    QJsonArray passiveWords;
    for (const PassiveGapItem &item : o.passiveWords)
        passiveWords.append(
            QJsonObject{{QStringLiteral("word"), item.label},
                        {QStringLiteral("passives"), item.passives},
                        {QStringLiteral("promoters"), item.promoters},
                        {QStringLiteral("passive_share"), item.passiveShare},
                        {QStringLiteral("promoter_share"), item.promoterShare},
                        {QStringLiteral("z"), item.comparison.z},
                        {QStringLiteral("p"), item.comparison.p},
                        {QStringLiteral("significant"), item.comparison.significant}});
    QJsonObject languages;
    const auto counts = analysis.corpus().languageCounts();
    for (const LanguageProfile &p : Languages::profiles()) {
        if (const qint64 c = counts[size_t(Languages::slot(p.language))])
            languages.insert(QString::fromLatin1(p.code), c);
    }
    const SentimentAgreement &s = o.sentiment;
    QJsonArray matrix;
    for (const auto &row : s.counts)
        matrix.append(QJsonArray{row[0], row[1], row[2]});
    return {
        {QStringLiteral("filter"), FilterOptions::toJson(filter, analysis.cache())},
        {QStringLiteral("method"), QString::fromLatin1(NpsFigures::MethodKey)},
        {QStringLiteral("overall"), JsonFigures::figures(o.report.overall)},
        {QStringLiteral("answered"), o.report.answered},
        {QStringLiteral("themes"), list},
        {QStringLiteral("passives_mention"), passives},
        {QStringLiteral("passives_words"), passiveWords},
        {QStringLiteral("sentiment"),
         QJsonObject{
             {QStringLiteral("promoters_positive"), JsonFigures::number(s.promotersPositive())},
             {QStringLiteral("detractors_negative"), JsonFigures::number(s.detractorsNegative())},
             {QStringLiteral("agreement"), JsonFigures::number(s.agreement())},
             {QStringLiteral("counts"), matrix}}},
        {QStringLiteral("languages"), languages}};
}

QString toText(const ThemeAnalysis &analysis,
               const Filter &filter,
               const Outcome &o,
               const QString &project,
               const QLocale &locale,
               int limit)
{
    const bool dutch = locale.language() == QLocale::Dutch;
    const QList<Theme> &themes = analysis.codebook().themes();
    QString text
        = QCoreApplication::translate("ThemesCommand", "NPS Studio themes of %1").arg(project)
          + u'\n';
    text += QCoreApplication::translate("ThemesCommand", "Filter: %1")
                .arg(filter.describe(analysis.cache(), dutch))
            + u'\n';
    text += QCoreApplication::translate(
                "ThemesCommand",
                "Method: 95% interval, adjusted Wald (Rocks 2016); impact: the NPS points the "
                "score would gain if the theme's detractors were passives")
            + u'\n';
    text += QCoreApplication::translate("ThemesCommand",
                                        "%1 of %2 responses answered the open question; %n "
                                        "themes.",
                                        nullptr,
                                        int(themes.size()))
                .arg(locale.toString(o.report.answered), locale.toString(o.report.responses))
            + u'\n';
    if (themes.isEmpty() && analysis.writeIns())
        return text
               + QCoreApplication::translate(
                     "ThemesCommand",
                     "No themes: the open answers (“%1”) are write-ins to a choice question; they "
                     "name options, not reasons.")
                     .arg(analysis.question())
               + u'\n';
    if (themes.isEmpty())
        return text
               + QCoreApplication::translate("ThemesCommand",
                                             "No themes: the answers have too few words in common.")
               + u'\n';
    TextTable table({QCoreApplication::translate("ThemesCommand", "Theme"),
                     QCoreApplication::translate("ThemesCommand", "Mentions"),
                     QCoreApplication::translate("ThemesCommand", "Of answers"),
                     QCoreApplication::translate("ThemesCommand", "NPS"),
                     QCoreApplication::translate("ThemesCommand", "95% interval"),
                     QCoreApplication::translate("ThemesCommand", "Impact"),
                     QCoreApplication::translate("ThemesCommand", "Detractors"),
                     QCoreApplication::translate("ThemesCommand", "Passives"),
                     QCoreApplication::translate("ThemesCommand", "Promoters"),
                     QCoreApplication::translate("ThemesCommand", "Trend")},
                    {false, true, true, true, true, true, true, true, true, false});
    int shown = 0;
    for (int t : o.order) {
        if (limit > 0 && shown++ >= limit)
            break;
        const ThemeFigures &f = o.report.themes.at(t);
        const auto ci = f.figures.interval();
        QString trend = QStringLiteral("–");
        if (f.trend)
            trend = QStringLiteral("%1 (%2 %3 %4)")
                        .arg(f.trend->inWords(),
                             f.trend->last.label(dutch),
                             QCoreApplication::translate("ThemesCommand", "vs."),
                             f.trend->previous.label(dutch));
        table.addRow(
            {themes.at(t).label
                 + (f.figures.isSmallSample() && !f.figures.isEmpty() ? QStringLiteral(" *")
                                                                      : QString()),
             locale.toString(f.mentions),
             NpsFormat::percent(f.answerShare, 1, locale),
             NpsFormat::nps(f.figures.nps(), 1, locale)
                 + (f.versusRest && f.versusRest->significant ? QStringLiteral(" (!)") : QString()),
             ci ? NpsFormat::interval(ci->low, ci->high, 1, locale) : QStringLiteral("–"),
             locale.toString(f.impact, 'f', 1),
             NpsFormat::percent(f.detractorShare, 1, locale),
             NpsFormat::percent(f.passiveShare, 1, locale),
             NpsFormat::percent(f.promoterShare, 1, locale),
             trend});
    }
    text += u'\n' + table.toString();
    text += QStringLiteral("  (!) ")
            + QCoreApplication::translate(
                "ThemesCommand",
                "the NPS of those who mention it differs significantly from the others'")
            + u'\n';
    text += QStringLiteral("  * ")
            + QCoreApplication::translate("ThemesCommand",
                                          "fewer than %1 responses: too few to rely on")
                  .arg(NpsFigures::SmallSample)
            + u'\n';
    if (!o.passiveThemes.isEmpty() || !o.passiveWords.isEmpty()) {
        text += u'\n'
                + QCoreApplication::translate("ThemesCommand",
                                              "What passives mention more than promoters:")
                + u'\n';
        const auto line = [&locale](const QString &label, const PassiveGapItem &item) -> QString {
            const QString p = NpsFormat::pValue(item.comparison.p, locale);
            return QStringLiteral("  %1: %2 %3, %4 %5 (z = %6, p %7)\n")
                .arg(label,
                     QCoreApplication::translate("ThemesCommand", "passives"),
                     NpsFormat::percent(item.passiveShare, 1, locale),
                     QCoreApplication::translate("ThemesCommand", "promoters"),
                     NpsFormat::percent(item.promoterShare, 1, locale),
                     locale.toString(item.comparison.z, 'f', 1),
                     p.startsWith(u'<') ? p : QStringLiteral("= ") + p);
        };
        for (qsizetype i = 0; i < o.passiveThemes.size() && i < 5; ++i)
            text += line(themes.at(o.passiveThemes.at(i).theme).label, o.passiveThemes.at(i));
        for (const PassiveGapItem &item : o.passiveWords)
            text += line(QStringLiteral("“%1”").arg(item.label), item);
    }
    const SentimentAgreement &s = o.sentiment;
    if (s.agreement())
        text += u'\n'
                + QCoreApplication::translate(
                      "ThemesCommand",
                      "Sentiment: %1 of the promoters' answers read positive, %2 of the "
                      "detractors' negative (agreement %3).")
                      .arg(NpsFormat::percent(s.promotersPositive(), 0, locale),
                           NpsFormat::percent(s.detractorsNegative(), 0, locale),
                           NpsFormat::percent(s.agreement(), 0, locale))
                + u'\n';
    bool header = false;
    shown = 0;
    for (int t : o.order) {
        if ((limit > 0 && shown++ >= limit) || o.quotes.value(t).isEmpty())
            continue;
        if (!header)
            text += u'\n'
                    + QCoreApplication::translate(
                        "ThemesCommand", "Promoters in their own words (personal data masked):")
                    + u'\n';
        header = true;
        text += QStringLiteral("  %1: “%2”\n")
                    .arg(themes.at(t).label, o.quotes.value(t).constFirst().text.simplified());
    }
    return text;
}

} // namespace

int runThemesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ThemesCommand",
        "Print the themes of the open answers: mentions, the NPS of those who mention each "
        "theme with its interval, its impact on the NPS and its trend."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("themes"),
        QCoreApplication::translate("ThemesCommand", "The themes command."));
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("ThemesCommand", "Project file."),
         QStringLiteral("PROJECT.npsdb")},
        {QStringLiteral("suggest"),
         QCoreApplication::translate(
             "ThemesCommand", "Suggest the themes again (the ones you edited or made stay).")},
        {QStringLiteral("limit"),
         QCoreApplication::translate("ThemesCommand", "Print at most this many themes (0: all)."),
         QStringLiteral("N"),
         QStringLiteral("0")},
        {QStringLiteral("quotes"),
         QCoreApplication::translate("ThemesCommand", "Promoter quotes per theme."),
         QStringLiteral("N"),
         QStringLiteral("2")},
        {QStringLiteral("json"),
         QCoreApplication::translate("ThemesCommand", "Print one JSON object.")},
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
            "ThemesCommand", "themes: name the project with --db PROJECT.npsdb."));
    const QString path = parser.value(QStringLiteral("db"));
    if (!DatabaseUrl::isDatabaseUrl(path) && !QFileInfo::exists(path))
        return CommandLine::usageError(
            QCoreApplication::translate("ThemesCommand", "themes: there is no project “%1”.")
                .arg(path));
    bool numbers = true;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&numbers);
    bool quotesOk = true;
    const int quotes = parser.value(QStringLiteral("quotes")).toInt(&quotesOk);
    if (!numbers || !quotesOk || limit < 0 || quotes < 0)
        return CommandLine::usageError(QCoreApplication::translate(
            "ThemesCommand", "themes: --limit and --quotes take a number."));
    // Read (a database that is no project is refused untouched); written only to keep suggested
    // themes as the codebook, when the project can be written — on a read-only medium, a full
    // disk or for a viewer of a team project they are suggested in memory.
    SurveyStore store;
    if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s)
        return CommandLine::usageError(s.error());
    const Result<ResponseCache> loaded = ResponseCache::load(store);
    if (!loaded)
        return CommandLine::usageError(loaded.error());
    if (!loaded->loadedFromSnapshot()) // the next one reads the snapshot, when it can be saved
        (void)CacheSnapshot::saveTo(path, loaded.value());
    const ResponseCache &cache = loaded.value();
    const auto filter = FilterOptions::read(parser, cache);
    if (const QString *error = std::get_if<QString>(&filter))
        return CommandLine::usageError(QStringLiteral("themes: ") + *error);

    ThemeAnalysis::Options options;
    options.suggestWhenEmpty = false; // below, through a connection that can keep them
    Result<ThemeAnalysis> analysis = ThemeAnalysis::load(store, cache, options);
    if (!analysis)
        return CommandLine::usageError(analysis.error());
    if (analysis->codebook().isEmpty() || parser.isSet(QStringLiteral("suggest"))) {
        SurveyStore writer;
        const bool writable = bool(writer.open(path, SurveyStore::OpenMode::ReadWrite));
        if (Status s = analysis->suggestAgain(writable ? writer : store, options); !s)
            return CommandLine::usageError(s.error());
    }
    const Outcome o = compute(analysis.value(), std::get<Filter>(filter), quotes);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(toJson(analysis.value(), std::get<Filter>(filter), o)).toJson();
    else
        out() << toText(analysis.value(),
                        std::get<Filter>(filter),
                        o,
                        SurveyStore::displayName(path),
                        QLocale(),
                        limit);
    return 0;
}
