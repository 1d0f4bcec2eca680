#include "reportcommand.h"

#include "commandline.h"
#include "filteroptions.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "report/quarterlyreport.h"
#include "report/reporttitle.h"
#include "reportrenderer.h"
#include "store/databaseurl.h"
#include "store/projectsettings.h"
#include "store/surveystore.h"
#include "store/themestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using CommandLine::out;

int runReportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ReportCommand",
        "Write the NPS report of a project (one quarter, or all responses) as PDF, HTML or ODT."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("report"),
        QCoreApplication::translate("ReportCommand", "The report command."));
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("ReportCommand", "Project file."),
         QStringLiteral("PROJECT.npsdb")},
        {QStringLiteral("quarter"),
         QCoreApplication::translate("ReportCommand", "The quarter, e.g. 2025-Q3 or 2025-K3."),
         QStringLiteral("YYYY-QN")},
        {QStringLiteral("all"),
         QCoreApplication::translate("ReportCommand",
                                     "Report on all responses instead of one quarter (for exports "
                                     "without dates, or the whole survey).")},
        {QStringLiteral("by"),
         QCoreApplication::translate("ReportCommand",
                                     "A dimension to present with a table (repeatable; default: "
                                     "the 2–4 most relevant)."),
         QStringLiteral("DIMENSION")},
        {QStringLiteral("where"),
         QCoreApplication::translate("ReportCommand",
                                     "Only responses with this segment value (repeatable)."),
         QStringLiteral("DIMENSION=VALUE")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("ReportCommand",
                                     "Language of the report: nl or en (default: the system's)."),
         QStringLiteral("nl|en")},
        {QStringLiteral("page-size"),
         QCoreApplication::translate("ReportCommand", "A4 (default) or Letter."),
         QStringLiteral("A4|Letter")},
        {QStringLiteral("no-mask"),
         QCoreApplication::translate("ReportCommand",
                                     "Keep e-mail addresses and phone numbers in quoted answers.")},
        {QStringLiteral("title"),
         QCoreApplication::translate("ReportCommand",
                                     "Title on the cover (default: the one chosen for the project "
                                     "in the window, else the survey's name)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("out"),
         QCoreApplication::translate("ReportCommand", "The file to write: .pdf, .html or .odt."),
         QStringLiteral("FILE")},
    });
    if (!parser.parse(arguments))
        return CommandLine::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    for (const char *required : {"db", "out"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return CommandLine::usageError(
                QCoreApplication::translate("ReportCommand", "report: --%1 is required.")
                    .arg(QString::fromLatin1(required)));
    }
    const bool all = parser.isSet(QStringLiteral("all"));
    if (all == parser.isSet(QStringLiteral("quarter")))
        return CommandLine::usageError(QCoreApplication::translate(
            "ReportCommand",
            "report: give either --quarter 2025-Q3 or --all (all responses, also for exports "
            "without dates)."));
    const QString path = parser.value(QStringLiteral("db"));
    if (!DatabaseUrl::isDatabaseUrl(path) && !QFileInfo::exists(path))
        return CommandLine::usageError(
            QCoreApplication::translate("ReportCommand", "report: there is no project “%1”.")
                .arg(path));
    const auto quarter
        = all ? std::optional(Period{}) : Period::parse(parser.value(QStringLiteral("quarter")));
    if (!quarter || quarter->granularity != Granularity::Quarter)
        return CommandLine::usageError(
            QCoreApplication::translate(
                "ReportCommand", "report: --quarter takes a quarter such as 2025-Q3, not “%1”.")
                .arg(parser.value(QStringLiteral("quarter"))));
    const QString language = parser.isSet(QStringLiteral("lang"))
                                 ? parser.value(QStringLiteral("lang")).toLower()
                                 : (QLocale().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                                           : QStringLiteral("en"));
    if (language != u"nl" && language != u"en")
        return CommandLine::usageError(
            QCoreApplication::translate("ReportCommand", "report: --lang takes nl or en, not “%1”.")
                .arg(language));
    const QString pageSize = parser.value(QStringLiteral("page-size")).toLower();
    if (!pageSize.isEmpty() && pageSize != u"a4" && pageSize != u"letter")
        return CommandLine::usageError(
            QCoreApplication::translate("ReportCommand",
                                        "report: --page-size takes A4 or Letter, not “%1”.")
                .arg(pageSize));

    SurveyStore store;
    if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s)
        return CommandLine::usageError(s.error());
    const Result<ResponseCache> cache = ResponseCache::load(store);
    if (!cache)
        return CommandLine::usageError(cache.error());

    QuarterlyReport::Options options;
    options.quarter = *quarter;
    options.allResponses = all;
    options.openQuestion = ThemeStore(store).openQuestion();
    const ProjectSettings settings(store);
    options.targets = settings.targets();
    if (parser.isSet(QStringLiteral("by"))) {
        QList<int> chosen;
        for (const QString &name : parser.values(QStringLiteral("by"))) {
            const int d = cache->dimensionIndex(name);
            if (d < 0) {
                QStringList names;
                for (const ResponseCache::Dimension &dimension : cache->dimensions())
                    names << dimension.name;
                return CommandLine::usageError(
                    QCoreApplication::translate("ReportCommand",
                                                "report: there is no dimension “%1”; the "
                                                "dimensions are: %2")
                        .arg(name, names.join(QStringLiteral("; "))));
            }
            chosen.append(d);
        }
        options.dimensions = chosen;
    }
    options.maskPersonalData = !parser.isSet(QStringLiteral("no-mask"));
    for (const QString &where : parser.values(QStringLiteral("where"))) {
        const qsizetype eq = where.indexOf(u'=');
        const int d = eq > 0 ? cache->dimensionIndex(where.left(eq)) : -1;
        if (d < 0)
            return CommandLine::usageError(
                QCoreApplication::translate(
                    "ReportCommand",
                    "report: no dimension in “%1”; use DIMENSION=VALUE with one of the dimensions "
                    "that `npsstudio summary --dimensions` lists.")
                    .arg(where));
        const QStringList &values = cache->dimensions().at(d).values;
        qsizetype code = -1;
        for (qsizetype v = 0; v < values.size() && code < 0; ++v) {
            if (values.at(v).compare(where.mid(eq + 1).trimmed(), Qt::CaseInsensitive) == 0)
                code = v;
        }
        if (code < 0)
            return CommandLine::usageError(
                QCoreApplication::translate("ReportCommand",
                                            "report: “%1” has no value “%2”; its values are: %3")
                    .arg(cache->dimensions().at(d).name,
                         where.mid(eq + 1),
                         FilterOptions::valueList(values)));
        options.filter.segments[d].insert(quint16(code));
    }
    QList<QuarterlyReport::Source> sources;
    const auto ranges = store.importDateRanges();
    for (const ImportRecord &record : store.imports())
        sources.append({record, ranges.value(record.id).first, ranges.value(record.id).second});

    // The themes, as the window shows them (a project without a codebook gets the suggested
    // one, as `npsstudio themes` does); a project that cannot be written keeps its words.
    {
        SurveyStore themeStore;
        const bool writable = bool(themeStore.open(path, SurveyStore::OpenMode::ReadWrite));
        ThemeAnalysis::Options themeOptions;
        themeOptions.suggestWhenEmpty = writable;
        Result<ThemeAnalysis> themes
            = ThemeAnalysis::load(writable ? themeStore : store, cache.value(), themeOptions);
        if (themes)
            options.themes = std::make_shared<const ThemeAnalysis>(std::move(themes).value());
        if (Result<QList<ThemeAction>> actions = ThemeStore(store).actions(); actions)
            options.actions = std::move(actions).value();
    }
    const ReportLanguage reportLanguage(language);
    const Result<QuarterlyReport> report = QuarterlyReport::build(cache.value(), sources, options);
    if (!report)
        return CommandLine::usageError(QStringLiteral("report: ") + report.error());
    QString title = parser.value(QStringLiteral("title"));
    if (title.isEmpty())
        title = settings.reportTitle();
    if (title.isEmpty())
        title = ReportTitle::suggest(
            DatabaseUrl::isDatabaseUrl(path) ? SurveyStore::displayName(path) : path,
            store.imports());
    const ReportRenderer renderer(report.value(), title, language == u"nl");
    const QString target = parser.value(QStringLiteral("out"));
    if (Status s = renderer.write(target, pageSize == u"letter"); !s)
        return CommandLine::usageError(QStringLiteral("report: ") + s.error());
    out() << target << Qt::endl;
    return 0;
}
