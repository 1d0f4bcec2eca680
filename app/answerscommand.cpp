#include "answerscommand.h"

#include "commandline.h"
#include "filteroptions.h"
#include "metrics/cachesnapshot.h"
#include "metrics/dashboard.h"
#include "metrics/npsfigures.h"
#include "metrics/responsecache.h"
#include "models/openanswersmodel.h"
#include "store/databaseurl.h"
#include "store/surveystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <numeric>

using CommandLine::out;

namespace {

QString groupKey(int score)
{
    if (score < 0)
        return {};
    switch (scoreGroup(score)) {
    case ScoreGroup::Promoter:
        return QStringLiteral("promoter");
    case ScoreGroup::Passive:
        return QStringLiteral("passive");
    case ScoreGroup::Detractor:
        return QStringLiteral("detractor");
    }
    return {};
}

QString groupName(int score)
{
    if (score < 0)
        return QCoreApplication::translate("AnswersCommand", "no score");
    switch (scoreGroup(score)) {
    case ScoreGroup::Promoter:
        return QCoreApplication::translate("AnswersCommand", "promoter");
    case ScoreGroup::Passive:
        return QCoreApplication::translate("AnswersCommand", "passive");
    case ScoreGroup::Detractor:
        return QCoreApplication::translate("AnswersCommand", "detractor");
    }
    return {};
}

QString questionList(const ResponseCache &cache)
{
    QStringList names;
    for (int q = 0; q < cache.questions().size(); ++q)
        names << QStringLiteral("%1. “%2”").arg(q + 1).arg(cache.questions().at(q).text);
    return names.isEmpty() ? QCoreApplication::translate("AnswersCommand",
                                                         "(this project has no open questions)")
                           : names.join(QStringLiteral(", "));
}

// The question by its number (1 = the primary one), its text or its label.
int findQuestion(const ResponseCache &cache, const QString &wanted)
{
    bool number = false;
    const int n = wanted.toInt(&number);
    if (number)
        return n >= 1 && n <= cache.questions().size() ? n - 1 : -1;
    return cache.questionIndex(wanted);
}

} // namespace

int runAnswersCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "AnswersCommand",
        "Print the answers to an open question, newest first, under the filters of summary."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("answers"),
        QCoreApplication::translate("AnswersCommand", "The answers command."));
    parser.addOptions({
        {QStringLiteral("db"),
         QCoreApplication::translate("AnswersCommand", "Project file."),
         QStringLiteral("PROJECT.npsdb")},
        {QStringLiteral("question"),
         QCoreApplication::translate("AnswersCommand",
                                     "The open question, by number, text or label (default: the "
                                     "primary one)."),
         QStringLiteral("Q")},
        {QStringLiteral("questions"),
         QCoreApplication::translate("AnswersCommand",
                                     "List the open questions with their numbers of answers.")},
        {QStringLiteral("search"),
         QCoreApplication::translate("AnswersCommand",
                                     "Only answers that contain this text (any letter case)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("json"),
         QCoreApplication::translate("AnswersCommand", "Print one JSON object.")},
        {QStringLiteral("csv"),
         QCoreApplication::translate("AnswersCommand",
                                     "Print CSV (UTF-8 with BOM) with the segments of each "
                                     "response.")},
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
            "AnswersCommand", "answers: name the project with --db PROJECT.npsdb."));
    const QString path = parser.value(QStringLiteral("db"));
    if (!DatabaseUrl::isDatabaseUrl(path) && !QFileInfo::exists(path))
        return CommandLine::usageError(
            QCoreApplication::translate("AnswersCommand", "answers: there is no project “%1”.")
                .arg(path));
    // Reading only: a project on a read-only medium or a full disk, a viewer of a team project,
    // and a database that is no project (refused untouched) all work as for `summary`.
    SurveyStore store;
    if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s)
        return CommandLine::usageError(s.error());
    Result<ResponseCache> loaded = ResponseCache::load(store);
    if (!loaded)
        return CommandLine::usageError(loaded.error());
    if (!loaded->loadedFromSnapshot()) // the next one reads the snapshot, when it can be saved
        (void)CacheSnapshot::saveTo(path, loaded.value());
    const auto shared = std::make_shared<const ResponseCache>(std::move(loaded.value()));
    const ResponseCache &cache = *shared;
    const bool json = parser.isSet(QStringLiteral("json"));

    if (parser.isSet(QStringLiteral("questions"))) {
        QJsonArray list;
        for (int q = 0; q < cache.questions().size(); ++q) {
            const ResponseCache::Question &question = cache.questions().at(q);
            if (json)
                list.append(QJsonObject{{QStringLiteral("number"), q + 1},
                                        {QStringLiteral("question"), question.text},
                                        {QStringLiteral("primary"), question.primary},
                                        {QStringLiteral("answers"), question.answered}});
            else
                out() << QStringLiteral("%1. %2  (%3)%4\n")
                             .arg(q + 1)
                             .arg(question.text,
                                  QLocale().toString(question.answered),
                                  question.primary
                                      ? QCoreApplication::translate("AnswersCommand", "  [primary]")
                                      : QString());
        }
        if (json)
            out() << QJsonDocument(QJsonObject{{QStringLiteral("questions"), list}}).toJson();
        return 0;
    }

    const std::variant<Filter, QString> read = FilterOptions::read(parser, cache);
    if (const QString *error = std::get_if<QString>(&read))
        return CommandLine::usageError(QStringLiteral("answers: ") + *error);
    Filter filter = std::get<Filter>(read);
    if (parser.isSet(QStringLiteral("question"))) {
        filter.question = findQuestion(cache, parser.value(QStringLiteral("question")));
        if (filter.question < 0)
            return CommandLine::usageError(
                QCoreApplication::translate("AnswersCommand",
                                            "answers: no open question “%1”; the questions are: %2")
                    .arg(parser.value(QStringLiteral("question")), questionList(cache)));
    } else if (cache.questions().isEmpty()) {
        return CommandLine::usageError(QCoreApplication::translate(
            "AnswersCommand", "answers: this project has no open questions."));
    }
    filter.onlyWithAnswer = true;
    filter.text = parser.value(QStringLiteral("search"));
    const QString question = cache.questions().value(filter.question).text;

    if (parser.isSet(QStringLiteral("csv"))) {
        OpenAnswersModel model;
        model.setCache(shared);
        model.setQuestion(filter.question);
        model.setFilter(filter);
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return CommandLine::usageError(stdoutFile.errorString());
        if (Status s = model.writeCsv(&stdoutFile); !s)
            return CommandLine::usageError(s.error());
        return 0;
    }

    // Newest first, as the window lists them.
    std::vector<quint32> order(size_t(cache.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&cache](quint32 a, quint32 b) {
        return cache.day(a) > cache.day(b);
    });
    const std::vector<quint32> rows = Dashboard(cache).matchingRows(filter, &order);
    if (json) {
        QJsonArray answers;
        for (quint32 row : rows) {
            QJsonObject segments;
            for (int d = 0; d < cache.dimensions().size(); ++d) {
                if (cache.segmentCode(d, row) == ResponseCache::NoValue)
                    continue;
                segments.insert(cache.dimensions().at(d).name,
                                cache.isMulti(d) ? QJsonValue(
                                    QJsonArray::fromStringList(cache.segmentValues(d, row)))
                                                 : QJsonValue(cache.segmentValue(d, row)));
            }
            const QDate date = cache.date(row);
            const int score = cache.score(row);
            answers.append(QJsonObject{
                {QStringLiteral("date"),
                 date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("score"), score < 0 ? QJsonValue() : QJsonValue(score)},
                {QStringLiteral("group"), score < 0 ? QJsonValue() : QJsonValue(groupKey(score))},
                {QStringLiteral("answer"), cache.answer(filter.question, row).toString()},
                {QStringLiteral("segments"), segments}});
        }
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("question"), question},
                                 {QStringLiteral("filter"), FilterOptions::toJson(filter, cache)},
                                 {QStringLiteral("count"), qint64(rows.size())},
                                 {QStringLiteral("answers"), answers}})
                     .toJson();
        return 0;
    }
    const QLocale locale;
    out() << QCoreApplication::translate("AnswersCommand", "Question: %1").arg(question) << '\n';
    out() << QCoreApplication::translate("AnswersCommand", "Filter: %1")
                 .arg(filter.describe(cache, locale.language() == QLocale::Dutch))
          << '\n';
    out() << (rows.size() == 1 ? QCoreApplication::translate("AnswersCommand", "1 answer")
                               : QCoreApplication::translate("AnswersCommand", "%1 answers")
                                     .arg(locale.toString(qint64(rows.size()))))
          << "\n\n";
    for (quint32 row : rows) {
        const QDate date = cache.date(row);
        const int score = cache.score(row);
        QString answer = cache.answer(filter.question, row).toString();
        answer.replace(u'\n', QStringLiteral("\n                              "));
        out() << QStringLiteral("%1  %2  %3  %4\n")
                     .arg(date.isValid() ? date.toString(Qt::ISODate)
                                         : QStringLiteral("          "),
                          score < 0 ? QStringLiteral("  ") : QStringLiteral("%1").arg(score, 2),
                          groupName(score).leftJustified(10),
                          answer);
    }
    return 0;
}
