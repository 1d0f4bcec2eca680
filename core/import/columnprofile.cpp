#include "import/columnprofile.h"

#include "import/missingmarkers.h"
#include "import/scoreparser.h"

namespace {

constexpr qsizetype MaxDistinct = 4096;
constexpr qsizetype MaxTexts = 64;

int wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool letter = !c.isSpace();
        words += letter && !inWord;
        inWord = letter;
    }
    return words;
}

std::optional<int> bareInteger(QStringView t)
{
    if (t.isEmpty() || t.size() > 9)
        return std::nullopt;
    qsizetype i = t.at(0) == u'-' || t.at(0) == u'−' ? 1 : 0;
    if (i == t.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype j = i; j < t.size(); ++j) {
        if (t.at(j).unicode() < u'0' || t.at(j).unicode() > u'9')
            return std::nullopt;
        value = value * 10 + (t.at(j).unicode() - u'0');
    }
    return i ? -value : value;
}

} // namespace

int ColumnProfile::minScore() const
{
    for (int s = 0; s <= 10; ++s)
        if (scoreCounts[size_t(s)] > 0)
            return s;
    return -1;
}

int ColumnProfile::maxScore() const
{
    for (int s = 10; s >= 0; --s)
        if (scoreCounts[size_t(s)] > 0)
            return s;
    return -1;
}

QList<ColumnProfile>
profileColumns(const QStringList &names, const QStringList &ids, const QList<QStringList> &rows)
{
    const auto width = qsizetype(names.size());
    QList<ColumnProfile> profiles(width);
    for (qsizetype c = 0; c < width; ++c) {
        ColumnProfile &p = profiles[c];
        p.header = Vocabulary::normalise(names.at(c));
        p.concepts = Vocabulary::conceptsOf(p.header);
        const QString id = ids.value(c);
        if (!id.isEmpty() && id != names.at(c))
            p.concepts.add(Vocabulary::conceptsOf(Vocabulary::normalise(id)));
        p.rows = int(rows.size());
    }
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < width && c < row.size(); ++c) {
            const QStringView value = QStringView(row.at(c)).trimmed();
            if (value.isEmpty())
                continue;
            ColumnProfile &p = profiles[c];
            switch (MissingMarkers::kind(value)) {
            case MissingMarkers::Kind::Answer:
                break;
            case MissingMarkers::Kind::Software:
                ++p.softwareMarkers;
                ++p.markers[value.toString()];
                continue;
            case MissingMarkers::Kind::Symbol:
                ++p.symbolMarkers;
                ++p.markers[value.toString()];
                continue;
            case MissingMarkers::Kind::DontKnow:
                ++p.dontKnowMarkers;
                ++p.markers[value.toString()];
                continue;
            }
            ++p.answered;
            const ScoreParser::Result score = ScoreParser::parse(value);
            if (score.kind == ScoreParser::Kind::Score) {
                ++p.scores;
                ++p.scoreCounts[size_t(score.score)];
            }
            const bool number = ScoreParser::parseNumber(value).has_value();
            p.numbers += number;
            if (const std::optional<int> whole = bareInteger(value)) {
                ++p.integers;
                if (*whole >= 1900 && *whole <= 2100)
                    ++p.years;
                if (*whole < 0 || *whole > 10)
                    ++p.outOfRange[*whole];
            }
            const QString text = value.size() == row.at(c).size() ? row.at(c) : value.toString();
            if (p.values.size() < MaxDistinct || p.values.contains(text))
                ++p.values[text];
            if (!number && (p.texts.size() < MaxTexts || p.texts.contains(text)))
                ++p.texts[text];
            p.totalLength += value.size();
            const int words = wordCount(value);
            p.totalWords += words;
            p.sentences += words >= 4;
            p.dates.add(value);
        }
    }
    return profiles;
}
