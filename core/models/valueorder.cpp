#include "models/valueorder.h"

#include "metrics/responsecache.h"

#include <QRegularExpression>

#include <algorithm>
#include <numeric>
#include <optional>
#include <vector>

namespace ValueOrder {

namespace {

// Known ordered scales, lowest first; "|" separates answers of the same rank.
const QList<QStringList> &scales()
{
    static const QList<QStringList> list = [] {
        const char *const raw[][8] = {
            {"strongly disagree|helemaal oneens|zeer oneens",
             "disagree|oneens",
             "somewhat disagree|slightly disagree|enigszins oneens",
             "neither agree nor disagree|neutral|neither|neutraal|niet eens, niet oneens",
             "somewhat agree|slightly agree|enigszins eens",
             "agree|eens",
             "strongly agree|helemaal eens|zeer eens",
             nullptr},
            {"never|not at all|nooit",
             "rarely|seldom|occasionally|less than once a month|zelden|af en toe",
             "sometimes|monthly|between once a week and once a month|soms|maandelijks",
             "often|frequently|weekly|between once a day and once a week|vaak|wekelijks",
             "very often|usually|daily|once or more per day|more than once a day|meestal|dagelijks",
             "always|all of the time|altijd",
             nullptr},
            {"not at all able",
             "slightly able",
             "neutral",
             "moderately able",
             "very able",
             "extremely able",
             nullptr},
            {"not at all important",
             "slightly important",
             "moderately important",
             "very important",
             "extremely important",
             nullptr},
            {"very dissatisfied|zeer ontevreden",
             "dissatisfied|ontevreden",
             "neutral|neither satisfied nor dissatisfied|neutraal",
             "satisfied|tevreden",
             "very satisfied|zeer tevreden",
             nullptr},
            {"very unlikely|extremely unlikely|zeer onwaarschijnlijk",
             "unlikely|onwaarschijnlijk",
             "neutral|not sure|neutraal",
             "likely|waarschijnlijk",
             "very likely|extremely likely|zeer waarschijnlijk",
             nullptr},
            {"very poor|zeer slecht",
             "poor|slecht",
             "fair|average|matig|redelijk",
             "good|goed",
             "very good|zeer goed",
             "excellent|uitstekend",
             nullptr},
            {"none of it", "some of it", "about half of it", "most of it", "all of it", nullptr},
            {"little or no knowledge of topic",
             "some knowledge of topic",
             "extensive knowledge of topic",
             nullptr},
            {"much less motivated",
             "less motivated",
             "slightly less motivated",
             "no change in motivation",
             "slightly more motivated",
             "more motivated",
             "much more motivated",
             nullptr},
            {"too slow", "slightly slow", "just right", "slightly fast", "too fast", nullptr},
            {"i plan to stop using it",
             "i expect it to decrease|decrease|afnemen",
             "i expect it to stay the same|stay the same|gelijk blijven",
             "i expect it to increase|increase|toenemen",
             nullptr},
            {"hours|uren", "days|dagen", "weeks|weken", "months|maanden", "years|jaren", nullptr},
            {"none|geen",
             "beginner|novice",
             "intermediate|gevorderd",
             "advanced",
             "expert|deskundig",
             nullptr},
        };
        QList<QStringList> out;
        for (const auto &scale : raw) {
            QStringList ranks;
            for (const char *rank : scale) {
                if (!rank)
                    break;
                ranks << QString::fromUtf8(rank);
            }
            out << ranks;
        }
        return out;
    }();
    return list;
}

// Answers outside any scale: they go last.
bool standsOutside(const QString &value)
{
    static const QRegularExpression outside(
        QStringLiteral(
            "^(?:other|others|anders|overig|n/?a|none of the above|not applicable|niet "
            "van toepassing|no answer|geen antwoord|geen mening)\\b|^i (?:don't|do not|"
            "don’t)\\b|prefer not|don't know|don’t know|not listed|weet (?:ik )?niet|zeg "
            "ik liever niet"),
        QRegularExpression::CaseInsensitiveOption);
    return outside.match(value.trimmed()).hasMatch();
}

std::optional<double> numberOf(const QString &value)
{
    static const QRegularExpression number(
        QStringLiteral("^\\s*(?:(less than|fewer than|under|below|minder dan|onder|<)\\s*|(more "
                       "than|over|above|at least|meer dan|boven|>)\\s*)?(-?\\d+(?:[.,]\\d+)?)\\s*"
                       "(\\+)?(?:$|[\\s%-]|[^\\d.,])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = number.match(value);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    double v = QString(m.captured(3)).replace(u',', u'.').toDouble(&ok);
    if (!ok)
        return std::nullopt;
    if (m.capturedLength(1) > 0)
        v -= 0.5;
    if (m.capturedLength(2) > 0 || m.capturedLength(4) > 0)
        v += 0.5;
    return v;
}

// The rank of a value on a scale: exact, or the scale's answer followed by an explanation
// ("Never -- I don't use Shiny.").
std::optional<int> rankOn(const QStringList &scale, const QString &value)
{
    const QString v = value.trimmed().toLower();
    int prefixRank = -1;
    qsizetype prefixLength = 0;
    for (int rank = 0; rank < scale.size(); ++rank) {
        for (const QString &answer : scale.at(rank).split(u'|')) {
            if (v == answer)
                return rank;
            if (v.startsWith(answer) && v.size() > answer.size() && answer.size() > prefixLength) {
                const QChar next = v.at(answer.size());
                if (next == u' ' || next == u',' || next == u'.' || next == u'(' || next == u'-') {
                    prefixRank = rank;
                    prefixLength = answer.size();
                }
            }
        }
    }
    return prefixRank >= 0 ? std::optional(prefixRank) : std::nullopt;
}

// Matched values by their key, then the unmatched ones as given, then those outside.
Ordering ordered(Kind kind,
                 const QStringList &values,
                 const QList<std::optional<double>> &keys,
                 const QList<bool> &outside)
{
    Ordering o{kind, {}};
    QList<int> matched, unmatched, rest;
    for (int i = 0; i < values.size(); ++i)
        (outside.at(i) ? rest : keys.at(i) ? matched : unmatched).append(i);
    std::stable_sort(matched.begin(), matched.end(), [&keys](int a, int b) {
        return *keys.at(a) < *keys.at(b);
    });
    o.order = matched + unmatched + rest;
    return o;
}

} // namespace

Ordering of(const QStringList &values)
{
    Ordering asGiven{Kind::AsGiven, QList<int>(values.size())};
    std::iota(asGiven.order.begin(), asGiven.order.end(), 0);
    if (values.size() < 2)
        return asGiven;
    QList<bool> outside;
    for (const QString &v : values)
        outside << standsOutside(v);
    const auto inside = std::count(outside.cbegin(), outside.cend(), false);

    // Numbers, when most values are numbers.
    QList<std::optional<double>> numbers;
    qsizetype numeric = 0;
    for (int i = 0; i < values.size(); ++i) {
        numbers << (outside.at(i) ? std::nullopt : numberOf(values.at(i)));
        numeric += numbers.last().has_value();
    }
    if (numeric >= 2 && numeric * 4 >= inside * 3)
        return ordered(Kind::Numeric, values, numbers, outside);

    // A known scale, when more values stand on it than off it.
    for (const QStringList &scale : scales()) {
        QList<std::optional<double>> ranks;
        qsizetype onScale = 0;
        for (int i = 0; i < values.size(); ++i) {
            const std::optional<int> rank
                = outside.at(i) ? std::nullopt : rankOn(scale, values.at(i));
            ranks << (rank ? std::optional(double(*rank)) : std::nullopt);
            onScale += rank.has_value();
        }
        if (onScale >= 2 && onScale * 2 > inside)
            return ordered(Kind::Scale, values, ranks, outside);
    }
    return ordered(Kind::AsGiven, values, QList<std::optional<double>>(values.size()), outside);
}

QList<int> displayOrder(const ResponseCache &cache, int dimension)
{
    const ResponseCache::Dimension &dim = cache.dimensions().at(dimension);
    ValueOrder::Ordering ordering = ValueOrder::of(dim.values);
    if (ordering.kind != ValueOrder::Kind::AsGiven
        || dim.kind == ResponseCache::Dimension::Kind::Numeric)
        return ordering.order;
    std::vector<qint64> perCode(size_t(std::max<qsizetype>(1, cache.combinationCount(dimension))),
                                0);
    for (quint16 code : cache.segments(dimension)) {
        if (code != ResponseCache::NoValue && code < perCode.size())
            ++perCode[code];
    }
    std::vector<qint64> perValue(size_t(dim.values.size()), 0);
    for (size_t code = 0; code < perCode.size(); ++code) {
        if (perCode[code] == 0)
            continue;
        for (quint16 value : cache.optionsOf(dimension, quint16(code))) {
            if (value < perValue.size())
                perValue[value] += perCode[code];
        }
    }
    std::stable_sort(ordering.order.begin(), ordering.order.end(), [&perValue](int a, int b) {
        return perValue[size_t(a)] > perValue[size_t(b)];
    });
    return ordering.order;
}

} // namespace ValueOrder
