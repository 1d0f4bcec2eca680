#include "text/themesuggester.h"

#include "logging.h"

#include "text/answerthemes.h"
#include "text/lexicon.h"
#include "text/phrasefinder.h"
#include "text/themegrouping.h"
#include "text/themelabel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>

namespace {

constexpr qsizetype MaxCandidates = 600; // terms and phrases considered, most frequent first
constexpr qsizetype MaxKeywords = 25;
constexpr qsizetype MaxLabelWords = 4;
constexpr double MergeOverlap = 0.5;
constexpr double MergeSimilar = 0.15;
constexpr double MinCoherence = 0.7;
constexpr double MinCohesion = 0.5; // of a keyword's answers that hold the theme's seeds
// A term or phrase is a candidate when at least two different answers of one language say it:
// one text that many respondents gave says what that text says, not which words people use for
// a topic. A stem two languages share ("extra" in "went the extra mile" and "de extra's mis
// ik") is not one word because each language has one text with it.
constexpr size_t MinDistinct = 2;
constexpr double MinFormShare = 0.1; // "geen internet" is a keyword when a tenth says it so
constexpr double TooCommon = 0.5;    // a term in half the answers says nothing on its own
constexpr int SurfaceSamples = 40;

using Candidate = ThemeGrouping::Candidate;

// Different answers of the language that says it most; an answer of no known language counts
// for each.
size_t distinctInOneLanguage(const AnswerCorpus &corpus, std::span<const quint32> answers)
{
    std::array<size_t, LanguageSlots> counts{};
    for (quint32 a : answers)
        ++counts[size_t(Languages::slot(corpus.language(qsizetype(a))))];
    const size_t unknown = counts[size_t(Languages::slot(Language::Unknown))];
    size_t most = unknown;
    for (size_t s = 0; s < counts.size(); ++s) {
        if (s != size_t(Languages::slot(Language::Unknown)))
            most = std::max(most, counts[s] + unknown);
    }
    return most;
}

// Words as written, lower case, with the punctuation between them gone: "extra’s mis".
QString readable(QStringView span)
{
    QString out;
    for (qsizetype i = 0; i < span.size(); ++i) {
        const QChar c = span[i];
        const bool inWord
            = c.isLetterOrNumber()
              || ((c == u'\'' || c == QChar(0x2019) || c == u'-') && i > 0 && i + 1 < span.size()
                  && span[i - 1].isLetterOrNumber() && span[i + 1].isLetterOrNumber());
        out += inWord ? c.toLower() : QChar(u' ');
    }
    return out.simplified();
}

// A theme that is about one concept of the tables in half its responses (its keywords that
// name it, together) is named by its strongest word for it: "Lieferung", "delivery" and
// "levering" before "arrived".
std::optional<std::vector<quint32>> conceptWord(const AnswerCorpus &corpus,
                                                const QList<std::vector<quint32>> &keywordTerms,
                                                const std::vector<double> &keywordWeights,
                                                double themeWeight)
{
    const Lexicon &lexicon = Lexicon::instance();
    std::vector<double> named(size_t(lexicon.conceptNames().size()), 0);
    std::vector<int> first(named.size(), -1);
    for (qsizetype k = 0; k < keywordTerms.size(); ++k) {
        const std::vector<quint32> &terms = keywordTerms.at(k);
        if (terms.size() != 1 || AnswerCorpus::isNegated(terms.front()))
            continue;
        const int c = lexicon.conceptOf(corpus.termText(terms.front()));
        if (c < 0)
            continue;
        named[size_t(c)] += keywordWeights[size_t(k)];
        if (first[size_t(c)] < 0)
            first[size_t(c)] = int(k);
    }
    const auto most = std::max_element(named.begin(), named.end());
    if (most == named.end() || *most < 0.5 * themeWeight)
        return std::nullopt;
    return keywordTerms.at(first[size_t(most - named.begin())]);
}

} // namespace

std::pair<QString, Language> ThemeSuggester::surfaceOf(const AnswerCorpus &corpus,
                                                       const std::vector<quint32> &sequence,
                                                       std::span<const quint32> answers)
{
    QHash<QString, int> surfaces;
    std::array<int, LanguageSlots> languages{};
    int sampled = 0;
    ThemeLabel::sampleOccurrences(
        corpus,
        sequence,
        answers,
        SurfaceSamples,
        [&](quint32 a, const QString &masked, qsizetype start, qsizetype end) {
            ++surfaces[readable(QStringView(masked).mid(start, end - start))];
            ++languages[size_t(Languages::slot(corpus.language(a)))];
            ++sampled;
        });
    const QString best = ThemeLabel::mostFrequent(surfaces);
    const auto top = std::max_element(languages.begin(), languages.end());
    const Language language = sampled > 0 && *top * 10 >= sampled * 9
                                  ? Language(top - languages.begin())
                                  : Language::Unknown;
    return {best, language};
}

Result<QList<Theme>> ThemeSuggester::suggest(const AnswerCorpus &corpus,
                                             std::span<const quint32> weights)
{
    return suggest(corpus, weights, Options{});
}

Result<QList<Theme>> ThemeSuggester::suggest(const AnswerCorpus &corpus,
                                             std::span<const quint32> weights,
                                             const Options &options)
{
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 Steps = 5;
    const auto step = [&options](qint64 done) {
        if (options.progress)
            options.progress(done, Steps);
    };
    const auto cancelled = [&options] {
        return options.cancel && options.cancel->load();
    };
    const auto cancelledResult = [] {
        return Result<QList<Theme>>::failure(
            QCoreApplication::translate("ThemeSuggester", "Cancelled."));
    };
    const auto n = size_t(corpus.size());
    std::vector<double> w(n, 0);
    double total = 0;
    for (size_t a = 0; a < n; ++a) {
        if (!corpus.terms(qsizetype(a)).empty())
            w[a] = weights.empty() ? 1.0 : double(weights[a]);
        total += w[a];
    }
    const double minSupport = std::max(options.minAnswers, options.minShare * total);
    const auto weightOf = [&w](std::span<const quint32> answers) {
        double sum = 0;
        for (quint32 a : answers)
            sum += w[a];
        return sum;
    };

    // Candidates: frequent terms and significant phrases. A term and its negation are one
    // candidate ("internet" and "geen internet" are one topic), keeping both as keywords.
    std::vector<Candidate> candidates;
    for (quint32 t = 0; t < corpus.termCount(); t += 2) {
        const auto plain = corpus.answersWith(t), negated = corpus.answersWith(t + 1);
        if (plain.empty() && negated.empty())
            continue;
        std::vector<quint32> answers;
        std::set_union(plain.begin(),
                       plain.end(),
                       negated.begin(),
                       negated.end(),
                       std::back_inserter(answers));
        const double weight = weightOf(answers);
        if (weight < minSupport || distinctInOneLanguage(corpus, answers) < MinDistinct)
            continue;
        const double plainWeight = weightOf(plain), negatedWeight = weightOf(negated);
        Candidate c;
        c.terms = {plainWeight >= negatedWeight ? t : t + 1};
        c.answers = std::move(answers);
        c.weight = weight;
        c.key = corpus.termText(t);
        for (const auto &[term, w] : {std::pair{t, plainWeight}, std::pair{t + 1, negatedWeight}}) {
            if (w >= std::max(options.minAnswers, MinFormShare * weight))
                c.forms.push_back({term});
        }
        if (c.forms.empty())
            c.forms.push_back(c.terms);
        candidates.push_back(std::move(c));
    }
    step(1);
    if (cancelled())
        return cancelledResult();
    for (PhraseFinder::Phrase &p : PhraseFinder::find(corpus, weights, minSupport)) {
        std::vector<quint32> answers;
        AnswerThemes::matchSequence(corpus, p.terms, answers);
        std::sort(answers.begin(), answers.end());
        answers.erase(std::unique(answers.begin(), answers.end()), answers.end());
        QStringList key;
        for (quint32 t : p.terms)
            key << corpus.termText(t);
        const double weight = weightOf(answers);
        if (weight >= minSupport && distinctInOneLanguage(corpus, answers) >= MinDistinct)
            candidates.push_back({p.terms, std::move(answers), weight, key.join(u' '), {p.terms}});
    }
    step(2);
    if (cancelled())
        return cancelledResult();
    std::vector<quint32> echoed; // the question's terms
    if (!options.question.isEmpty()) {
        for (const QString &word : options.question.split(u' ', Qt::SkipEmptyParts)) {
            for (const std::vector<quint32> &terms : corpus.compile(word))
                echoed.insert(echoed.end(), terms.begin(), terms.end());
        }
        for (Candidate &c : candidates) {
            c.echo = std::all_of(c.terms.begin(), c.terms.end(), [&echoed](quint32 t) {
                return std::find(echoed.begin(), echoed.end(), t & ~1u) != echoed.end()
                       || std::find(echoed.begin(), echoed.end(), t | 1u) != echoed.end();
            });
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.weight != b.weight)
            return a.weight > b.weight;
        if (a.terms.size() != b.terms.size())
            return a.terms.size() > b.terms.size();
        return a.key < b.key;
    });
    if (qsizetype(candidates.size()) > MaxCandidates)
        candidates.resize(size_t(MaxCandidates));

    // Grouping: terms into groups, then groups that are one theme.
    const int maxGroups = std::min(ThemeGrouping::MaxGroups, 2 * std::max(1, options.maxThemes));
    ThemeGrouping grouping(corpus, std::move(candidates), std::move(w), maxGroups);
    grouping.seed(TooCommon);
    step(3);
    if (cancelled())
        return cancelledResult();
    grouping.mergeOverlapping(MergeOverlap);
    grouping.mergeConcepts();
    grouping.mergeSimilar(MergeSimilar);
    grouping.mergeOverlapping(MergeOverlap);
    grouping.pruneIncoherent(MinCoherence);
    grouping.keepCohesive(MinCohesion);
    grouping.keepCohesive(MinCohesion); // what left and joined elsewhere is checked there too
    grouping.mergeConcepts();
    step(4);
    if (cancelled())
        return cancelledResult();

    // Themes, largest first: keywords as written, labelled with the most frequent phrase.
    const std::vector<Candidate> &all = grouping.candidates();
    const std::vector<ThemeGrouping::Group> &groups = grouping.groups();
    std::vector<int> order;
    for (int g = 0; g < int(groups.size()); ++g) {
        if (!groups[size_t(g)].members.empty() && groups[size_t(g)].weight >= minSupport)
            order.push_back(g);
    }
    std::sort(order.begin(), order.end(), [&groups](int a, int b) {
        if (groups[size_t(a)].weight != groups[size_t(b)].weight)
            return groups[size_t(a)].weight > groups[size_t(b)].weight;
        return groups[size_t(a)].members.front() < groups[size_t(b)].members.front();
    });
    if (int(order.size()) > options.maxThemes)
        order.resize(size_t(options.maxThemes));
    QList<Theme> themes;
    QSet<QString> taken; // labels given, in lower case
    for (int g : order) {
        std::vector<int> members = groups[size_t(g)].members;
        std::sort(members.begin(), members.end()); // candidates are sorted by weight
        const Candidate &lead = all[size_t(members.front())];
        // Phrases say nothing more when one of their terms is a keyword already; they can
        // still be the label.
        std::vector<quint32> single;
        for (int m : members) {
            if (all[size_t(m)].terms.size() == 1)
                single.push_back(all[size_t(m)].terms.front());
        }
        // The label: the lead term as it is usually said, when a phrase holding it covers half
        // its answers ("levering te laat"), the shortest such phrase; else the term itself.
        int labelMember = -1;
        for (int m : members) {
            const Candidate &c = all[size_t(m)];
            // Half its responses and half its different answers: typical of the theme, not
            // one text many gave.
            if (c.terms.size() > 1 && c.weight >= 0.5 * lead.weight
                && 2 * c.answers.size() >= lead.answers.size()
                && std::find(c.terms.begin(), c.terms.end(), lead.terms.front()) != c.terms.end()
                && (labelMember < 0 || c.terms.size() < all[size_t(labelMember)].terms.size()))
                labelMember = m;
        }
        Theme theme;
        theme.id = themes.size() + 1;
        std::optional<std::vector<quint32>> phraseLabel;
        const std::vector<quint32> themeAnswers = grouping.answersOf(g);
        QList<std::vector<quint32>> keywordTerms;
        std::vector<double> keywordWeights;
        for (int m : members) {
            const Candidate &c = all[size_t(m)];
            const bool phrase = c.terms.size() > 1;
            const bool redundant
                = phrase && std::any_of(c.terms.begin(), c.terms.end(), [&](quint32 t) {
                      return std::find(single.begin(), single.end(), t) != single.end();
                  });
            const bool labels = m == labelMember;
            if ((redundant && !labels) || theme.keywords.size() >= MaxKeywords)
                continue;
            for (const std::vector<quint32> &form : c.forms) {
                const auto answers = form.size() == 1 ? corpus.answersWith(form.front())
                                                      : std::span<const quint32>(c.answers);
                auto [surface, language] = surfaceOf(corpus, form, answers);
                if (surface.isEmpty())
                    continue;
                if (labels && !phraseLabel && surface.count(u' ') < MaxLabelWords)
                    phraseLabel = form;
                if (redundant)
                    continue;
                // The keyword must mean exactly this term sequence when read back.
                if (!corpus.compile(surface, language).contains(form)) {
                    language = Language::Unknown;
                    if (!corpus.compile(surface, language).contains(form))
                        continue;
                }
                theme.keywords.append({surface, language, ThemeKeyword::Kind::Words});
                keywordTerms.append(form);
                keywordWeights.push_back(c.weight);
            }
        }
        // "Great", "easy", "slow" alone are a judgement, not a theme.
        const bool judgementOnly
            = std::all_of(keywordTerms.cbegin(), keywordTerms.cend(), [&corpus](const auto &terms) {
                  return std::all_of(terms.begin(), terms.end(), [&corpus](quint32 t) {
                      return corpus.isSentimentTerm(t);
                  });
              });
        if (theme.keywords.isEmpty() || judgementOnly)
            continue;
        // The label: the phrase most of its answers say, else the word of its concept, else
        // the lead term as it is usually said, when a phrase holding it covers half its answers
        // ("levering te laat"), else the first keyword that names the topic, not one that
        // judges or measures it.
        std::vector<quint32> allKeywordTerms;
        for (const std::vector<quint32> &terms : std::as_const(keywordTerms))
            allKeywordTerms.insert(allKeywordTerms.end(), terms.begin(), terms.end());
        QString label = ThemeLabel::phrase(
            corpus, themeAnswers, grouping.weights(), allKeywordTerms, echoed, taken);
        const std::optional<std::vector<quint32>> conceptLabel
            = conceptWord(corpus, keywordTerms, keywordWeights, groups[size_t(g)].weight);
        if (label.isEmpty()) {
            std::vector<quint32> named = phraseLabel.value_or(keywordTerms.constFirst());
            if (conceptLabel)
                named = *conceptLabel;
            else if (!phraseLabel) {
                for (const std::vector<quint32> &terms : std::as_const(keywordTerms)) {
                    // "Klacht" judges, but names a topic of the concepts' tables too.
                    const quint32 t = terms.front();
                    if (terms.size() == 1 && !AnswerCorpus::isNegated(t)
                        && (!corpus.isLexiconTerm(t)
                            || Lexicon::instance().conceptOf(corpus.termText(t)) >= 0)) {
                        named = terms;
                        break;
                    }
                }
            }
            label = ThemeLabel::sentenceCase(corpus, named, themeAnswers);
            if (label.isEmpty())
                label = theme.keywords.constFirst().text;
            label[0] = label.at(0).toUpper();
        }
        taken.insert(label.toLower());
        theme.label = label;
        themes.append(theme);
    }
    step(5);
    qCDebug(lcText) << "suggested" << themes.size() << "themes from" << all.size()
                    << "candidates in" << timer.elapsed() << "ms";
    return themes;
}
