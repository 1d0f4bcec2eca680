#include "metrics/themeanalysis.h"

#include "import/vocabulary.h"
#include "logging.h"
#include "metrics/responsecache.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "text/themesuggester.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

AnswerCorpus::Options corpusOptions(const ThemeAnalysis::Options &options)
{
    AnswerCorpus::Options o;
    o.progress = options.progress;
    o.cancel = options.cancel;
    return o;
}

// The distinct open answers of one import ([0] is "", as in the cache), at most `most` of
// them. On SQLite through its C API, from the newest response back: an import's responses are
// one run of ids, written in one transaction.
Result<QStringList> importAnswers(const SurveyStore &store, qint64 importId, qsizetype most)
{
    QStringList answers{QString()};
    QSet<QByteArray> seen;
    if (sqlite3 *db = store.sqliteHandle()) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db,
                               "SELECT import_id, open_answer FROM responses ORDER BY id DESC",
                               -1,
                               &stmt,
                               nullptr)
            != SQLITE_OK)
            return Result<QStringList>::failure(QString::fromUtf8(sqlite3_errmsg(db)));
        bool inside = false;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            if (sqlite3_column_int64(stmt, 0) != importId) {
                if (inside)
                    break; // past the import's first response
                continue;
            }
            inside = true;
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
            const int length = sqlite3_column_bytes(stmt, 1);
            if (!text || length == 0)
                continue;
            const QByteArray key = QByteArray::fromRawData(text, length);
            if (seen.contains(key))
                continue;
            seen.insert(QByteArray(text, length));
            answers.append(QString::fromUtf8(text, length));
            if (answers.size() > most)
                break; // enough to say how many carry a theme
        }
        const QString error = rc == SQLITE_DONE || rc == SQLITE_ROW
                                  ? QString()
                                  : QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(stmt);
        if (!error.isEmpty())
            return Result<QStringList>::failure(error);
        return answers;
    }
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT open_answer FROM responses"
                                 " WHERE import_id = ? AND open_answer IS NOT NULL"));
    query.addBindValue(importId);
    if (!query.exec())
        return Result<QStringList>::failure(query.lastError().text());
    while (query.next() && answers.size() <= most) {
        const QString text = query.value(0).toString();
        if (!text.isEmpty())
            answers.append(text);
    }
    return answers;
}

} // namespace

QString ThemeAnalysis::ImportThemes::summary() const
{
    if (!hasCodebook)
        return QCoreApplication::translate("ThemeAnalysis",
                                           "No themes yet: “npsstudio themes” suggests them.");
    if (sampled)
        return QCoreApplication::translate("ThemeAnalysis",
                                           "Themes: %1% of the newest %2 distinct answers carry "
                                           "one of the %3 themes.")
            .arg(answers > 0 ? qRound(100.0 * double(answersWithTheme) / double(answers)) : 0)
            .arg(answers)
            .arg(themes);
    return QCoreApplication::translate("ThemeAnalysis",
                                       "Themes: %1 of %2 new answers carry one of the %3 themes.")
        .arg(answersWithTheme)
        .arg(answers)
        .arg(themes);
}

Result<ThemeAnalysis>
ThemeAnalysis::load(SurveyStore &store, const ResponseCache &cache, const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    ThemeAnalysis a;
    a.m_cache = &cache;
    Result<AnswerCorpus> corpus = AnswerCorpus::build(cache.answerTexts(), corpusOptions(options));
    if (!corpus)
        return Result<ThemeAnalysis>::failure(corpus.error());
    a.m_corpus = std::make_shared<const AnswerCorpus>(std::move(corpus).value());
    a.m_weights.assign(size_t(cache.answerTexts().size()), 0);
    for (quint32 answer : cache.answers())
        ++a.m_weights[answer];
    a.m_weights[0] = 0;
    ThemeStore themes(store);
    a.m_question = themes.openQuestion();
    a.m_writeIns = Vocabulary::isWriteIn(a.m_question);
    a.m_praise = Vocabulary::asksForPraise(a.m_question);
    Result<Codebook> codebook = themes.loadCodebook();
    if (!codebook)
        return Result<ThemeAnalysis>::failure(codebook.error());
    a.m_codebook = codebook.value();
    if (a.m_codebook.isEmpty() && options.suggestWhenEmpty) {
        if (Status s = a.suggestAgain(store, options); !s)
            return Result<ThemeAnalysis>::failure(s.error());
    } else {
        a.setCodebook(a.m_codebook);
    }
    qCDebug(lcText) << "themes of" << cache.size() << "responses ready in" << timer.elapsed()
                    << "ms";
    return a;
}

Status ThemeAnalysis::suggestAgain(SurveyStore &store, const Options &options)
{
    if (m_writeIns) {
        setCodebook(m_codebook);
        return Done{};
    }
    ThemeSuggester::Options o;
    o.question = m_question;
    o.cancel = options.cancel;
    const Result<QList<Theme>> suggested = ThemeSuggester::suggest(*m_corpus, m_weights, o);
    if (!suggested)
        return Status::failure(suggested.error());
    Codebook next = m_codebook;
    next.apply(m_codebook.replaceSuggestions(suggested.value()));
    // A project open read-only (a viewer of a team project) shows the suggestions unsaved.
    if (!store.isReadOnly()) {
        if (Status s = ThemeStore(store).saveCodebook(next); !s)
            return s;
    }
    setCodebook(next);
    return Done{};
}

void ThemeAnalysis::setCodebook(const Codebook &codebook)
{
    m_codebook = codebook;
    m_answerThemes = AnswerThemes::match(*m_corpus, m_codebook.themes());
    m_membership = ThemeMembership(*m_cache, m_answerThemes);
}

Result<ThemeAnalysis::ImportThemes>
ThemeAnalysis::afterImport(SurveyStore &store, qint64 importId, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    ImportThemes r;
    const Result<Codebook> codebook = ThemeStore(store).loadCodebook();
    if (!codebook)
        return Result<ImportThemes>::failure(codebook.error());
    if (codebook->isEmpty())
        return r;
    r.hasCodebook = true;
    r.themes = int(codebook->themes().size());
    // The import's distinct answers.
    const Result<QStringList> read = importAnswers(store, importId, SampledAnswers);
    if (!read)
        return Result<ImportThemes>::failure(read.error());
    const QStringList &answers = read.value();
    AnswerCorpus::Options o;
    o.cancel = cancel;
    const Result<AnswerCorpus> corpus = AnswerCorpus::build(answers, o);
    if (!corpus)
        return Result<ImportThemes>::failure(corpus.error());
    const AnswerThemes matched = AnswerThemes::match(corpus.value(), codebook->themes(), cancel);
    r.answers = answers.size() - 1;
    r.sampled = r.answers >= SampledAnswers;
    for (qsizetype a = 1; a < answers.size(); ++a)
        r.answersWithTheme += !matched.themesOf(quint32(a)).empty();
    qCDebug(lcText) << "applied" << r.themes << "themes to" << r.answers << "new answers in"
                    << timer.elapsed() << "ms";
    return r;
}
