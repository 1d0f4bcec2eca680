#include "importcommand.h"

#include "commandline.h"
#include "import/importer.h"
#include "logging.h"
#include "metrics/cachesnapshot.h"
#include "metrics/themeanalysis.h"
#include "store/surveystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

#include <algorithm>
#include <memory>

using CommandLine::err;
using CommandLine::out;

namespace {

constexpr int IssuesShown = 20;

// A label of the report (one of `labels`, in English), translated and padded so that what
// follows lines up in every language.
QString label(const char *source)
{
    static const char *const labels[] = {
        QT_TRANSLATE_NOOP("ImportCommand", "Layout:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Encoding:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Delimiter:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Dates:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Columns:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Scale:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Open:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Segments:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Multi:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Numeric:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Not shown:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Left out:"),
        QT_TRANSLATE_NOOP("ImportCommand", "Note:"),
    };
    qsizetype width = 11;
    for (const char *l : labels)
        width = std::max(width, QCoreApplication::translate("ImportCommand", l).size());
    return QCoreApplication::translate("ImportCommand", source).leftJustified(width) + u' ';
}

void printReport(const ImportReport &r)
{
    auto quoted = [&r](int c) {
        // A column without a header is named by its position.
        if (r.layout.columnNames.value(c).trimmed().isEmpty())
            return QCoreApplication::translate("ImportCommand", "column %1 (no header)").arg(c + 1);
        return QStringLiteral("“%1”").arg(r.layout.columnNames.value(c));
    };
    out() << r.filePath << '\n';
    // A file that could not be read has nothing detected to show; its problem is on stderr.
    if (!r.ok() && r.layout.columnNames.isEmpty())
        return;
    out() << "  " << label("Layout:") << r.layout.toolName() << '\n';
    out() << "  " << label("Encoding:") << QString::fromLatin1(r.dialect.encoding) << " ("
          << r.encodingReason << ")\n";
    out() << "  " << label("Delimiter:") << r.dialect.delimiterName() << " (" << r.delimiterReason
          << ")\n";
    if (!r.dateFormat.isEmpty())
        out() << "  " << label("Dates:") << r.dateFormat << '\n';
    const ColumnMapping &m = r.mapping;
    QStringList roles;
    // The role names as the reader's language says them.
    for (const auto &[key, column] :
         {std::pair{QT_TRANSLATE_NOOP("ImportCommand", "score"), m.score},
          std::pair{QT_TRANSLATE_NOOP("ImportCommand", "date"), m.answeredAt},
          std::pair{QT_TRANSLATE_NOOP("ImportCommand", "id"), m.respondentId},
          std::pair{QT_TRANSLATE_NOOP("ImportCommand", "answer"), m.openAnswer},
          std::pair{QT_TRANSLATE_NOOP("ImportCommand", "csat"), m.csat},
          std::pair{QT_TRANSLATE_NOOP("ImportCommand", "ces"), m.ces},
          std::pair{QT_TRANSLATE_NOOP("ImportCommand", "group"), m.npsGroup}}) {
        if (column >= 0)
            roles << QStringLiteral("%1 = %2").arg(
                QCoreApplication::translate("ImportCommand", key), quoted(column));
    }
    if (!roles.isEmpty())
        out() << "  " << label("Columns:") << roles.join(QStringLiteral("; ")) << '\n';
    if (m.scaleMin == 1)
        out() << "  " << label("Scale:")
              << QCoreApplication::translate("ImportCommand",
                                             "1–10 (no answer is 0; 1 to 6 are detractors)")
              << '\n';
    QStringList open;
    for (int c : m.openQuestions)
        open << quoted(c)
                    + (c == m.openAnswer
                           ? u' ' + QCoreApplication::translate("ImportCommand", "(primary)")
                           : QString());
    if (!open.isEmpty())
        out() << "  " << label("Open:") << open.join(QStringLiteral(", ")) << '\n';
    QStringList segments, multi, numeric, hidden;
    QStringList multiQuestions;
    for (int c : m.segments) {
        const SegmentTraits t = m.traitsOf(c);
        const QString name
            = t.question.isEmpty() ? quoted(c) : QStringLiteral("“%1”").arg(t.question);
        if (t.kind == SegmentTraits::Kind::Multi) {
            if (!multiQuestions.contains(name))
                multiQuestions << name;
            continue;
        }
        (t.kind == SegmentTraits::Kind::Numeric ? numeric : segments) << name;
        if (!t.shownByDefault)
            hidden << QStringLiteral("%1 (%2)").arg(name, t.why);
    }
    for (int c : m.segments) {
        const SegmentTraits t = m.traitsOf(c);
        const QString name
            = t.question.isEmpty() ? quoted(c) : QStringLiteral("“%1”").arg(t.question);
        if (t.kind == SegmentTraits::Kind::Multi && !t.shownByDefault
            && !hidden.contains(QStringLiteral("%1 (%2)").arg(name, t.why)))
            hidden << QStringLiteral("%1 (%2)").arg(name, t.why);
    }
    if (!segments.isEmpty())
        out() << "  " << label("Segments:") << segments.join(QStringLiteral(", ")) << '\n';
    if (!multiQuestions.isEmpty())
        out() << "  " << label("Multi:") << multiQuestions.join(QStringLiteral(", ")) << '\n';
    if (!numeric.isEmpty())
        out() << "  " << label("Numeric:") << numeric.join(QStringLiteral(", ")) << '\n';
    if (!hidden.isEmpty())
        out() << "  " << label("Not shown:") << hidden.join(QStringLiteral(", ")) << '\n';
    QStringList leftOut;
    for (auto it = m.leftOut.cbegin(); it != m.leftOut.cend(); ++it)
        leftOut << QStringLiteral("%1 (%2)").arg(quoted(it.key()), it.value());
    if (!leftOut.isEmpty())
        out() << "  " << label("Left out:") << leftOut.join(QStringLiteral(", ")) << '\n';
    for (const QString &note : r.notes) {
        if (r.dateNotes.contains(note) || note.startsWith(QStringLiteral("score:")))
            out() << "  " << label("Note:") << note << '\n';
    }
    if (r.scoreCandidates.size() > 1 && !r.scoreAmbiguous)
        out() << "  " << label("Note:")
              << QCoreApplication::translate(
                     "ImportCommand", "another score column can be chosen with --map score=COLUMN")
              << '\n';
    if (!r.ok())
        return;
    out() << "  "
          << QCoreApplication::translate(
                 "ImportCommand",
                 "Read %1 rows: %2 imported, %3 skipped, %4 already in the project.")
                 .arg(r.rowsRead)
                 .arg(r.imported)
                 .arg(r.skipped)
                 .arg(r.duplicates)
          << '\n';
    for (auto it = r.excludedBecause.cbegin(); it != r.excludedBecause.cend(); ++it)
        out() << "  "
              << QCoreApplication::translate("ImportCommand",
                                             "%1 rows left out: %2 (--keep-incomplete keeps them).")
                     .arg(it.value())
                     .arg(it.key())
              << '\n';
    if (r.withoutScore > 0) {
        QStringList because;
        for (auto it = r.withoutScoreBecause.cbegin(); it != r.withoutScoreBecause.cend(); ++it)
            because
                << (it.key().isEmpty()
                        ? QCoreApplication::translate("ImportCommand", "%1 empty").arg(it.value())
                        : QStringLiteral("%1 `%2`").arg(it.value()).arg(it.key()));
        out()
            << "  "
            << QCoreApplication::translate(
                   "ImportCommand",
                   "%n responses have no score (%1): kept with their answers, left out of the NPS.",
                   nullptr,
                   int(r.withoutScore))
                   .arg(because.join(QStringLiteral(", ")))
            << '\n';
    }
    if (r.duplicatesInFile > 0)
        out() << "  "
              << QCoreApplication::translate(
                     "ImportCommand",
                     "%n rows repeat a respondent id of an earlier row of this file: counted once.",
                     nullptr,
                     int(r.duplicatesInFile))
              << '\n';
    if (r.groupDisagreements > 0)
        out() << "  "
              << QCoreApplication::translate("ImportCommand",
                                             "%n rows have an NPS group that disagrees with their "
                                             "score; the score counts.",
                                             nullptr,
                                             int(r.groupDisagreements))
              << '\n';
    for (qsizetype i = 0; i < r.warnings.size() && i < IssuesShown; ++i) {
        const RowIssue &w = r.warnings.at(i);
        out() << "  " << QCoreApplication::translate("ImportCommand", "line %1").arg(w.line);
        if (!w.column.isEmpty())
            out() << ", "
                  << QCoreApplication::translate("ImportCommand", "column “%1”").arg(w.column);
        out() << ": " << w.reason << " ("
              << QCoreApplication::translate("ImportCommand", "found “%1”").arg(w.rawText) << ")\n";
    }
    for (qsizetype i = 0; i < r.issues.size() && i < IssuesShown; ++i) {
        const RowIssue &issue = r.issues.at(i);
        out() << "  " << QCoreApplication::translate("ImportCommand", "line %1").arg(issue.line);
        if (!issue.column.isEmpty())
            out() << ", "
                  << QCoreApplication::translate("ImportCommand", "column “%1”").arg(issue.column);
        out() << ": " << issue.reason << " ("
              << QCoreApplication::translate("ImportCommand", "found “%1”").arg(issue.rawText)
              << ")\n";
    }
    if (r.issues.size() > IssuesShown)
        out() << "  "
              << QCoreApplication::translate("ImportCommand",
                                             "… and %1 more issues (all of them with --json).")
                     .arg(r.issues.size() - IssuesShown)
              << '\n';
}

} // namespace

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ImportCommand", "Import survey exports (CSV) into an NPS Studio project."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("import"),
        QCoreApplication::translate("ImportCommand", "The import command."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("ImportCommand", "Survey export(s) to import."),
        QStringLiteral("FILE..."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("ImportCommand", "Project file (created when missing)."),
        QStringLiteral("PROJECT.npsdb"));
    const QCommandLineOption strict(
        QStringLiteral("strict"),
        QCoreApplication::translate("ImportCommand",
                                    "Abort on the first row with a problem; import nothing."));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        QCoreApplication::translate("ImportCommand", "Field delimiter: , ; tab or |."),
        QStringLiteral("C"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QCoreApplication::translate("ImportCommand",
                                    "Text encoding, e.g. UTF-8, windows-1252, UTF-16LE."),
        QStringLiteral("NAME"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        QCoreApplication::translate("ImportCommand",
                                    "Column role: score, date, id, answer, segment, csat, ces, "
                                    "contact (personal data kept for the follow-up list) or "
                                    "ignore, by column header or number."),
        QStringLiteral("ROLE=COLUMN"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QCoreApplication::translate("ImportCommand", "Print the reports as JSON."));
    const QCommandLineOption sheet(
        QStringLiteral("sheet"),
        QCoreApplication::translate(
            "ImportCommand", "The sheet of an .xlsx workbook (default: the first with data)."),
        QStringLiteral("NAME"));
    const QCommandLineOption keepIncomplete(
        QStringLiteral("keep-incomplete"),
        QCoreApplication::translate("ImportCommand",
                                    "Keep Qualtrics previews, tests and unfinished responses."));
    parser.addOptions({db, strict, delimiter, encoding, map, json, sheet, keepIncomplete});
    if (!parser.parse(arguments))
        return CommandLine::usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    QStringList files = parser.positionalArguments();
    files.removeFirst(); // "import"
    if (files.isEmpty())
        return CommandLine::usageError(QCoreApplication::translate(
            "ImportCommand", "import: name at least one file to import."));
    if (!parser.isSet(db))
        return CommandLine::usageError(QCoreApplication::translate(
            "ImportCommand", "import: name the project with --db PROJECT.npsdb."));

    ImportOptions options;
    options.strict = parser.isSet(strict);
    options.sheet = parser.value(sheet);
    options.keepIncomplete = parser.isSet(keepIncomplete);
    if (parser.isSet(delimiter)) {
        options.delimiter = CsvDialect::delimiterFromName(parser.value(delimiter));
        if (!options.delimiter)
            return CommandLine::usageError(
                QCoreApplication::translate(
                    "ImportCommand", "import: --delimiter takes one character or tab, not “%1”.")
                    .arg(parser.value(delimiter)));
    }
    options.encoding = parser.value(encoding).toLatin1();
    for (const QString &choice : parser.values(map)) {
        const qsizetype eq = choice.indexOf(u'=');
        if (eq <= 0)
            return CommandLine::usageError(
                QCoreApplication::translate("ImportCommand",
                                            "import: --map takes ROLE=COLUMN, not “%1”.")
                    .arg(choice));
        options.map.append({choice.left(eq), choice.mid(eq + 1)});
    }

    // Another import holding the project is waited for, and said so.
    options.waiting = [](int seconds) {
        if (seconds == 0)
            err() << QCoreApplication::translate("ImportCommand",
                                                 "npsstudio: waiting for another import to "
                                                 "finish…")
                  << Qt::endl;
        else
            err() << QCoreApplication::translate("ImportCommand",
                                                 "npsstudio: still waiting for another import "
                                                 "(%1 s)…")
                         .arg(seconds)
                  << Qt::endl;
    };
    SurveyStore store;
    if (Status s = store.open(parser.value(db)); !s)
        return CommandLine::usageError(s.error());
    Importer importer(store);
    // The cache's snapshot, written in each import's transaction.
    CacheSnapshot::ImportKeeper keeper;
    keeper.attachTo(options);
    // A new project's first imports (the bulk of its history), alone with it: their pages are
    // written once, not to the WAL and again. A project that holds responses keeps the WAL,
    // so that a window or command opening it meanwhile reads on instead of waiting.
    if (store.imports().isEmpty() && store.useRollbackJournal())
        qCDebug(lcImport) << "importing with the rollback journal";
    const auto wal = qScopeGuard([&store] { (void)store.useWal(); });
    QJsonArray reports;
    qsizetype failed = 0, withSkippedRows = 0;
    for (const QString &file : std::as_const(files)) {
        const ImportReport report = importer.run(file, options);
        failed += report.exitCode() == 2;
        withSkippedRows += report.exitCode() == 1;
        // The project's codebook applied to the new answers (themes are not stored per
        // response: they follow from the codebook whenever the project is read).
        std::optional<ThemeAnalysis::ImportThemes> themes;
        if (report.ok() && report.imported > 0) {
            if (auto applied = ThemeAnalysis::afterImport(store, report.importId))
                themes = applied.value();
        }
        if (parser.isSet(json)) {
            QJsonObject object = report.toJson();
            if (themes)
                object.insert(
                    QStringLiteral("themes"),
                    QJsonObject{{QStringLiteral("codebook"), themes->hasCodebook},
                                {QStringLiteral("themes"), themes->themes},
                                {QStringLiteral("answers"), themes->answers},
                                {QStringLiteral("answers_with_theme"), themes->answersWithTheme}});
            reports.append(object);
        } else {
            printReport(report);
            if (themes)
                out() << "  " << themes->summary() << '\n';
            if (!report.ok())
                err() << "npsstudio: " << report.error << Qt::endl;
        }
    }
    if (parser.isSet(json)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("imports"), reports}}).toJson();
    } else if (files.size() > 1) {
        out() << QCoreApplication::translate("ImportCommand",
                                             "%1 of %2 files imported (%3 with skipped rows), %4 "
                                             "failed.")
                     .arg(files.size() - failed)
                     .arg(files.size())
                     .arg(withSkippedRows)
                     .arg(failed)
              << '\n';
    }
    out().flush();
    // 0: every file imported whole; 2: no file imported; 1: anything in between.
    if (failed == files.size())
        return 2;
    return failed > 0 || withSkippedRows > 0 ? 1 : 0;
}
