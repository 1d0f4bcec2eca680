#include "metrics/themeanalysis.h"

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

namespace {

AnswerCorpus::Options corpusOptions(const ThemeAnalysis::Options &options)
{
    AnswerCorpus::Options o;
    o.progress = options.progress;
    o.cancel = options.cancel;
    return o;
}

} // namespace

QString ThemeAnalysis::ImportThemes::summary() const
{
    if (!hasCodebook)
        return QCoreApplication::translate("ThemeAnalysis",
                                           "No themes yet: “npsstudio themes” suggests them.");
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
    ThemeSuggester::Options o;
    o.question = m_question;
    o.cancel = options.cancel;
    const Result<QList<Theme>> suggested = ThemeSuggester::suggest(*m_corpus, m_weights, o);
    if (!suggested)
        return Status::failure(suggested.error());
    Codebook next = m_codebook;
    next.apply(m_codebook.replaceSuggestions(suggested.value()));
    if (Status s = ThemeStore(store).saveCodebook(next); !s)
        return s;
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
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT open_answer FROM responses"
                                 " WHERE import_id = ? AND open_answer IS NOT NULL"));
    query.addBindValue(importId);
    if (!query.exec())
        return Result<ImportThemes>::failure(query.lastError().text());
    QStringList answers{QString()};
    while (query.next()) {
        const QString text = query.value(0).toString();
        if (!text.isEmpty())
            answers.append(text);
    }
    AnswerCorpus::Options o;
    o.cancel = cancel;
    const Result<AnswerCorpus> corpus = AnswerCorpus::build(answers, o);
    if (!corpus)
        return Result<ImportThemes>::failure(corpus.error());
    const AnswerThemes matched = AnswerThemes::match(corpus.value(), codebook->themes(), cancel);
    r.answers = answers.size() - 1;
    for (qsizetype a = 1; a < answers.size(); ++a)
        r.answersWithTheme += !matched.themesOf(quint32(a)).empty();
    qCDebug(lcText) << "applied" << r.themes << "themes to" << r.answers << "new answers in"
                    << timer.elapsed() << "ms";
    return r;
}
