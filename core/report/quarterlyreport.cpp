#include "report/quarterlyreport.h"

#include "metrics/responsecache.h"
#include "text/privacymask.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// Words that say nothing about the reason for a score, in Dutch and English.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *list[] = {
            "de",       "het",    "een",   "en",    "van",   "ik",       "te",    "dat",   "die",
            "in",       "is",     "op",    "aan",   "met",   "voor",     "niet",  "zijn",  "er",
            "maar",     "om",     "ook",   "als",   "dan",   "bij",      "of",    "wat",   "mijn",
            "je",       "jullie", "we",    "was",   "heb",   "had",      "wel",   "nog",   "al",
            "kan",      "zo",     "naar",  "door",  "over",  "uit",      "tot",   "geen",  "me",
            "mij",      "u",      "uw",    "nooit", "weer",  "erg",      "heel",  "echt",  "gewoon",
            "keer",     "steeds", "toch",  "veel",  "drie",  "twee",     "jaar",  "jaren", "week",
            "weken",    "dag",    "dagen", "iets",  "alles", "iedereen", "goed",  "the",   "a",
            "an",       "and",    "or",    "of",    "to",    "in",       "is",    "it",    "for",
            "on",       "with",   "was",   "my",    "i",     "me",       "you",   "your",  "we",
            "they",     "but",    "not",   "no",    "at",    "be",       "are",   "this",  "that",
            "very",     "so",     "too",   "have",  "has",   "had",      "from",  "by",    "as",
            "just",     "again",  "every", "any",   "all",   "there",    "their", "would", "could",
            "can",      "will",   "it's",  "i'm",   "after", "over",     "than",  "more",  "never",
            "actually", "really", "still", "what",  "which", "about",    "only",  "also",  "one",
            "two",      "three",
        };
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

// The words that come back most often in a group's answers, each with a few quotes.
QList<QuarterlyReport::Theme>
recurringWords(const ResponseCache &c, const std::vector<quint32> &rows, bool mask)
{
    static const QRegularExpression wordPattern(QStringLiteral("[\\p{L}][\\p{L}'’-]{2,}"));
    QHash<QString, QList<quint32>> answersByWord;
    for (quint32 row : rows) {
        // Words are counted in masked text: an e-mail domain is personal data, never a theme.
        const QString answer = PrivacyMask::strip(c.answer(row));
        if (answer.isEmpty())
            continue;
        QSet<QString> seen;
        for (auto it = wordPattern.globalMatch(answer); it.hasNext();) {
            const QString word = it.next().captured().toLower();
            if (!stopWords().contains(word) && !seen.contains(word)) {
                seen.insert(word);
                answersByWord[word].append(row);
            }
        }
    }
    QList<QPair<QString, QList<quint32>>> ranked;
    for (auto it = answersByWord.cbegin(); it != answersByWord.cend(); ++it) {
        if (it.value().size() >= 2)
            ranked.append({it.key(), it.value()});
    }
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second.size() != b.second.size() ? a.second.size() > b.second.size()
                                                  : a.first < b.first;
    });
    QList<QuarterlyReport::Theme> themes;
    QList<QSet<quint32>> chosen;
    for (const auto &[word, answerRows] : ranked) {
        if (themes.size() == 6)
            break;
        // Words of one recurring sentence ("late", "delivery", "tracking") are one theme.
        const QSet<quint32> rowsOfWord(answerRows.cbegin(), answerRows.cend());
        const bool repeats
            = std::any_of(chosen.cbegin(), chosen.cend(), [&](const QSet<quint32> &earlier) {
                  return double(QSet<quint32>(rowsOfWord).intersect(earlier).size())
                         >= 0.8 * double(rowsOfWord.size());
              });
        if (repeats)
            continue;
        chosen.append(rowsOfWord);
        QuarterlyReport::Theme theme{word, qint64(answerRows.size()), {}};
        QSet<QString> distinct;
        for (quint32 row : answerRows) {
            const QString quote = mask ? PrivacyMask::mask(c.answer(row)) : c.answer(row);
            if (!distinct.contains(quote) && quote.size() <= 220) {
                distinct.insert(quote);
                theme.quotes.append(quote);
            }
            if (theme.quotes.size() == 2)
                break;
        }
        themes.append(theme);
    }
    return themes;
}

Filter inQuarter(Filter filter, const Period &quarter)
{
    filter.from = quarter.firstDay();
    filter.to = quarter.lastDay();
    filter.granularity = Granularity::Quarter;
    return filter;
}

} // namespace

Result<QuarterlyReport> QuarterlyReport::build(const ResponseCache &cache,
                                               const QList<Source> &sources,
                                               const Options &options)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("QuarterlyReport", text);
    };
    if (cache.firstDay() == ResponseCache::NoDay)
        return Result<QuarterlyReport>::failure(
            tr("The project has no dated responses, so it has no quarters."));
    const Period first = Period::containingJulianDay(cache.firstDay(), Granularity::Quarter);
    const Period last = Period::containingJulianDay(cache.lastDay(), Granularity::Quarter);
    if (options.quarter.index < first.index || options.quarter.index > last.index)
        return Result<QuarterlyReport>::failure(
            tr("The project has no responses in %1; its quarters run from %2 to %3.")
                .arg(options.quarter.label(), first.label(), last.label()));

    QuarterlyReport r;
    r.options = options;
    r.sources = sources;
    r.dataFirstDay = QDate::fromJulianDay(cache.firstDay());
    r.dataLastDay = QDate::fromJulianDay(cache.lastDay());
    Dashboard dashboard(cache);
    const Filter filter = inQuarter(options.filter, options.quarter);
    Filter undated = options.filter; // the quarter is said apart from the filter
    undated.from.reset();
    undated.to.reset();
    r.filterDescription = undated.describe(cache);
    const DashboardResult now = dashboard.compute(filter);
    if (now.overall.isEmpty())
        return Result<QuarterlyReport>::failure(
            tr("No responses with a score in %1 for this selection (%2).")
                .arg(options.quarter.label(), r.filterDescription));
    r.current = now.overall;
    r.responses = now.responses;
    r.withoutScore = now.responses - now.overall.n();
    r.distribution = now.distribution;
    r.previousQuarter = options.quarter.previous();
    r.previous = now.previous;
    r.change = now.change;
    r.lastYearQuarter = options.quarter.sameOneYearEarlier();
    r.lastYear = dashboard.compute(inQuarter(options.filter, r.lastYearQuarter)).overall;
    r.changeOnLastYear = NpsComparison::compare(r.current, r.lastYear);

    // The trend over the last quarters, up to this one.
    Filter trend = options.filter;
    trend.granularity = Granularity::Quarter;
    trend.from = Period{Granularity::Quarter,
                        std::max(first.index, options.quarter.index - options.trendQuarters + 1)}
                     .firstDay();
    trend.to = options.quarter.lastDay();
    r.trend = dashboard.compute(trend).periods;

    // Every segment dimension: its values this quarter against the previous quarter.
    const Filter before = inQuarter(options.filter, r.previousQuarter);
    for (int d = 0; d < cache.dimensions().size(); ++d) {
        const DashboardResult nowBy = dashboard.compute(filter, d);
        const DashboardResult beforeBy = dashboard.compute(before, d);
        SegmentTable table{cache.dimensions().at(d).name, {}};
        for (const BreakdownRow &row : nowBy.breakdown) {
            SegmentRow s{row.value, row.figures, std::nullopt};
            for (const BreakdownRow &old : beforeBy.breakdown) {
                if (old.code == row.code)
                    s.versusPrevious = NpsComparison::compare(row.figures, old.figures);
            }
            table.rows.append(s);
        }
        std::sort(
            table.rows.begin(), table.rows.end(), [](const SegmentRow &a, const SegmentRow &b) {
                return a.figures.n() > b.figures.n();
            });
        if (!table.rows.isEmpty())
            r.segments.append(table);
    }

    // Voices: recurring words among detractors and promoters, and the newest detractors.
    Filter detractors = filter;
    detractors.groups = Filter::Detractors;
    detractors.onlyWithAnswer = true;
    Filter promoters = filter;
    promoters.groups = Filter::Promoters;
    promoters.onlyWithAnswer = true;
    const std::vector<quint32> detractorRows = dashboard.matchingRows(detractors);
    r.detractorThemes = recurringWords(cache, detractorRows, options.maskPersonalData);
    r.promoterThemes
        = recurringWords(cache, dashboard.matchingRows(promoters), options.maskPersonalData);
    std::vector<quint32> newest = detractorRows;
    std::stable_sort(newest.begin(), newest.end(), [&cache](quint32 a, quint32 b) {
        return cache.day(a) > cache.day(b);
    });
    for (size_t i = 0; i < newest.size() && i < 8; ++i) {
        const quint32 row = newest[i];
        Quote q{cache.date(row), cache.score(row), cache.answer(row), {}};
        if (options.maskPersonalData)
            q.text = PrivacyMask::mask(q.text);
        for (int d = 0; d < cache.dimensions().size(); ++d) {
            if (const QString value = cache.segmentValue(d, row); !value.isEmpty())
                q.segments << value;
        }
        r.newestDetractors.append(q);
    }
    return r;
}
