#include "import/roledetector.h"

#include "import/missingmarkers.h"
#include "import/questionclassifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using Vocabulary::Concept;

namespace {

// How a column reads as 0–10 scores: with its repeating "no answer" codes (-99) left out and
// the words SurveyMonkey writes for a scale's end points ("Extremely likely") mapped to them.
struct ScoreReading
{
    int usable = 0;
    int base = 0; // answers that are not codes
    QHash<QString, int> words;
    QSet<int> codes;
    int minScore = -1;
    bool oneToTenWord = false; // a word stands for 1: the scale starts at 1
    double share() const { return base > 0 ? double(usable) / base : 0; }
};

int polarity(const QString &word)
{
    const Vocabulary::Concepts c = Vocabulary::conceptsOf(Vocabulary::normalise(word));
    if (c.has(Concept::HighEnd))
        return 1;
    if (c.has(Concept::LowEnd))
        return -1;
    return 0;
}

// `asksToRecommend`: the header asks for a recommendation, so many end-point words (a 10 that
// most respondents chose) are still end points.
ScoreReading readScores(const ColumnProfile &p, bool asksToRecommend)
{
    ScoreReading r;
    int codeCount = 0;
    for (auto it = p.outOfRange.cbegin(); it != p.outOfRange.cend(); ++it) {
        if (MissingMarkers::isNumericCode(it.key()) && it.value() >= 2) {
            r.codes.insert(it.key());
            codeCount += it.value();
        }
    }
    r.base = p.answered - codeCount;
    r.usable = p.scores;
    r.minScore = p.minScore();
    if (r.base <= 0)
        return r;

    // End points written as words: every other answer is a digit, the words are few and rare,
    // and they stand where the digits stop short of the scale's ends.
    int distinctDigits = 0;
    for (int count : p.scoreCounts)
        distinctDigits += count > 0;
    int wordCount = 0;
    for (auto it = p.texts.cbegin(); it != p.texts.cend(); ++it)
        wordCount += it.value();
    if (p.texts.isEmpty() || p.texts.size() > 3 || distinctDigits < 5
        || (!asksToRecommend && wordCount > 0.25 * r.base) || p.scores + wordCount < 0.95 * r.base)
        return r;
    const int low = p.minScore(), high = p.maxScore();
    int bottom = low == 1 ? 0 : (low == 2 ? 1 : -1);
    int top = high == 9 ? 10 : -1;
    QStringList unassigned;
    for (auto it = p.texts.cbegin(); it != p.texts.cend(); ++it) {
        const int side = polarity(it.key());
        if (side > 0 && top >= 0) {
            r.words.insert(it.key(), std::exchange(top, -1));
        } else if (side < 0 && bottom >= 0) {
            r.words.insert(it.key(), bottom);
            r.oneToTenWord = bottom == 1;
            bottom = -1;
        } else {
            unassigned.append(it.key());
        }
    }
    if (unassigned.size() == 1 && (top >= 0) != (bottom >= 0)) {
        r.words.insert(unassigned.first(), top >= 0 ? top : bottom);
        r.oneToTenWord = r.oneToTenWord || (top < 0 && bottom == 1);
        unassigned.clear();
    }
    if (unassigned.size() == 1) {
        // A mid-scale word ("Neutral") where exactly one digit is missing inside the scale.
        int missing = -1, gaps = 0;
        for (int s = low + 1; s < high; ++s) {
            if (p.scoreCounts[size_t(s)] == 0) {
                missing = s;
                ++gaps;
            }
        }
        if (gaps == 1)
            r.words.insert(unassigned.first(), missing);
    }
    for (auto it = r.words.cbegin(); it != r.words.cend(); ++it) {
        r.usable += p.texts.value(it.key());
        if (r.minScore < 0 || it.value() < r.minScore)
            r.minScore = it.value();
    }
    return r;
}

int scoreHeaderRank(const ColumnProfile &p)
{
    if (p.has(Concept::Recommend))
        return 3;
    if (p.has(Concept::Likely))
        return 2;
    if (p.has(Concept::ScoreWord))
        return 1;
    return 0;
}

int dateHeaderRank(const ColumnProfile &p)
{
    if (p.has(Concept::SubmittedAt))
        return 4;
    if (p.has(Concept::EndDate))
        return 3;
    if (p.has(Concept::DateWord))
        return 2;
    if (p.has(Concept::StartDate))
        return 1;
    return 0;
}

bool isNpsGroupId(const SurveyLayout &layout, int c)
{
    return layout.columnIds.value(c).endsWith(u"_NPS_GROUP", Qt::CaseInsensitive);
}

// Promoter/passive/detractor labels (any language) or Qualtrics' numeric 1–3 groups.
bool isNpsGroupColumn(const SurveyLayout &layout, const ColumnProfile &p, int c)
{
    if (p.answered == 0)
        return false;
    if (isNpsGroupId(layout, c) || p.has(Concept::NpsGroup)) {
        int groupish = 0;
        for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
            const QString v = it.key().trimmed();
            const Vocabulary::Concepts k = Vocabulary::conceptsOf(Vocabulary::normalise(v));
            if (v == u"1" || v == u"2" || v == u"3" || k.has(Concept::Promoter)
                || k.has(Concept::Passive) || k.has(Concept::Detractor))
                groupish += it.value();
        }
        return groupish >= 0.9 * p.answered;
    }
    if (p.distinct() < 2 || p.distinct() > 6)
        return false;
    QSet<int> kinds;
    int labelled = 0;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
        const Vocabulary::Concepts k = Vocabulary::conceptsOf(Vocabulary::normalise(it.key()));
        const int kind = k.has(Concept::Promoter)    ? 3
                         : k.has(Concept::Detractor) ? 1
                         : k.has(Concept::Passive)   ? 2
                                                     : 0;
        if (kind == 0)
            return false;
        kinds.insert(kind);
        labelled += it.value();
    }
    // "Neutral" alone is a Likert answer; a group column names promoters or detractors.
    return labelled == p.answered && (kinds.contains(1) || kinds.contains(3));
}

// Fills in how the score column reads: its end-point words, its codes, its scale.
void describeScore(const SurveyLayout &layout,
                   const ColumnProfile &p,
                   const ScoreReading &reading,
                   ColumnMapping &m,
                   QStringList &notes)
{
    Q_UNUSED(layout);
    m.scoreWords = reading.words;
    m.scoreCodes = reading.codes;
    m.scaleMin = 0;
    // In the order of the scale (a hash has none, and notes in another order on every run
    // made two imports of one file differ).
    QList<std::pair<int, QString>> words;
    for (auto it = m.scoreWords.cbegin(); it != m.scoreWords.cend(); ++it)
        words.append({it.value(), it.key()});
    std::sort(words.begin(), words.end());
    for (const auto &[score, word] : std::as_const(words))
        notes << QCoreApplication::translate(
                     "RoleDetector",
                     "score: “%1” is read as %2 (the export wrote that end of the scale as a word)")
                     .arg(word)
                     .arg(score);
    QList<int> codes(m.scoreCodes.cbegin(), m.scoreCodes.cend());
    std::sort(codes.begin(), codes.end());
    for (int code : std::as_const(codes))
        notes << QCoreApplication::translate("RoleDetector",
                                             "score: %1 is a code for “no answer”, not a score")
                     .arg(code);
    const int lowest = reading.minScore;
    if (lowest >= 1
        && (p.has(Concept::ScaleOneToTen) || reading.oneToTenWord
            || (p.answered >= 100 && p.scoreCounts[0] == 0))) {
        m.scaleMin = 1;
        notes << QCoreApplication::translate(
            "RoleDetector", "score: a 1–10 scale (no answer is 0); 1 to 6 count as detractors");
    }
}

// Identifiers by content, whatever the header calls them ("Customer", "Klant", "Ticket"): every
// value different, one token each with a digit in it, and (nearly) all of one shape — letters,
// digits and separators in the same order ("C1042", "NL-2024-0017", "R_3kd8s"). Bare numbers
// are left to the other rules (row numbers, numeric questions).
bool looksLikeIdentifiers(const ColumnProfile &p)
{
    if (p.answered < 50 || p.distinct() < p.answered || p.share(p.numbers) > 0.5)
        return false;
    QHash<QString, int> shapes;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
        const QString &value = it.key();
        bool digit = false;
        QString shape;
        for (QChar ch : value) {
            QChar kind;
            if (ch.isDigit()) {
                kind = u'9';
                digit = true;
            } else if (ch.isLetter()) {
                kind = u'a';
            } else if (ch == u'-' || ch == u'_' || ch == u'.' || ch == u'/' || ch == u'#') {
                kind = ch;
            } else {
                return false; // a space, a comma: words, not an identifier
            }
            if (shape.isEmpty() || shape.back() != kind)
                shape.append(kind);
        }
        if (!digit || value.size() > 40)
            return false;
        shapes[shape] += it.value();
    }
    int most = 0;
    for (int count : std::as_const(shapes))
        most = std::max(most, count);
    return most >= 0.9 * p.answered;
}

} // namespace

void RoleDetector::readScoreColumn(const SurveyLayout &layout,
                                   const QList<QStringList> &rows,
                                   ColumnMapping &mapping,
                                   QStringList &notes)
{
    if (mapping.score < 0)
        return;
    const int c = mapping.score;
    QList<QStringList> column;
    column.reserve(rows.size());
    for (const QStringList &row : rows)
        column.append({row.value(c)});
    const QList<ColumnProfile> profile
        = profileColumns({layout.columnNames.value(c)}, {layout.columnIds.value(c)}, column);
    describeScore(layout, profile.first(), readScores(profile.first(), true), mapping, notes);
}

RoleDetector::Detection RoleDetector::detect(const SurveyLayout &layout,
                                             const QList<QStringList> &rows)
{
    Detection d;
    const int width = int(layout.columnNames.size());
    const QList<ColumnProfile> profiles
        = profileColumns(layout.columnNames, layout.columnIds, rows);
    ColumnMapping &m = d.mapping;
    const QLocale locale;

    // The markers this file writes for a missing value: those found in its number and date
    // columns (R's NA), and those that several columns share.
    {
        QHash<QString, int> columnsWith;
        for (const ColumnProfile &p : profiles) {
            const bool typed
                = p.answered >= 3
                  && (p.share(p.numbers) >= 0.9 || p.share(p.dates.textDates()) >= 0.9);
            for (auto it = p.markers.cbegin(); it != p.markers.cend(); ++it) {
                if (MissingMarkers::kind(it.key()) != MissingMarkers::Kind::Software)
                    continue;
                const QString key = Vocabulary::normalise(it.key());
                ++columnsWith[key];
                if (typed)
                    m.fileMarkers.insert(key);
            }
        }
        for (auto it = columnsWith.cbegin(); it != columnsWith.cend(); ++it)
            if (it.value() >= 2)
                m.fileMarkers.insert(it.key());
    }

    // NPS group columns first: they are never the score, nor a segment.
    for (int c = 0; c < width; ++c) {
        if (isNpsGroupColumn(layout, profiles.at(c), c)) {
            m.npsGroup = c;
            d.notes << tr("NPS group: %1, checked against the score").arg(layout.quotedName(c));
            break;
        }
    }

    // Score: a column of whole numbers 0–10, chosen by the words of its header.
    struct Candidate
    {
        int column;
        int rank;
        ScoreReading reading;
    };
    QList<Candidate> candidates;
    const QSet<QString> ids(layout.columnIds.cbegin(), layout.columnIds.cend());
    for (int c = 0; c < width; ++c) {
        const ColumnProfile &p = profiles.at(c);
        if (p.answered == 0 || c == m.npsGroup || isNpsGroupId(layout, c)
            || p.has(Concept::RespondentId))
            continue;
        int rank = scoreHeaderRank(p);
        const ScoreReading reading = readScores(p, rank >= 2);
        // A header that asks for a recommendation keeps the column even when some answers are
        // bad (they become row issues); without such words the content must be clean.
        if (reading.share() < (rank > 0 ? 0.6 : 0.95))
            continue;
        if (ids.contains(layout.columnIds.value(c) + QStringLiteral("_NPS_GROUP")))
            rank = 4; // Qualtrics marks its NPS question with a sibling group column
        int distinctScores = 0;
        for (int count : p.scoreCounts)
            distinctScores += count > 0;
        if (rank == 0 && (distinctScores < 3 || p.maxScore() < 7))
            continue; // a Likert 1–5 item without words is no recommendation score
        d.scoreCandidates.append(c);
        candidates.append({c, rank, reading});
    }
    int bestRank = -1;
    for (const Candidate &k : std::as_const(candidates))
        bestRank = std::max(bestRank, k.rank);
    QList<Candidate> best;
    for (const Candidate &k : std::as_const(candidates))
        if (k.rank == bestRank)
            best.append(k);
    const Candidate *chosen = nullptr;
    if (best.size() == 1) {
        chosen = &best.first();
        d.notes << (bestRank > 0 ? tr("score: %1, chosen by its header")
                                 : tr("score: %1, the only 0–10 column"))
                       .arg(layout.quotedName(chosen->column));
    } else if (best.size() > 1 && bestRank > 0) {
        // Several recommend questions: the first asks about the product or company itself,
        // the later ones about parts of it; unless another was clearly answered more.
        chosen = &best.first();
        const Candidate *most = &best.first();
        for (const Candidate &k : std::as_const(best))
            if (profiles.at(k.column).answered > profiles.at(most->column).answered)
                most = &k;
        if (most != chosen
            && profiles.at(most->column).answered >= 1.5 * profiles.at(chosen->column).answered) {
            QStringList others;
            for (const Candidate &k : std::as_const(best))
                if (&k != most)
                    others << layout.quotedName(k.column);
            d.notes << tr("score: %1, chosen among %2 recommend questions because it has clearly "
                          "more answers (%3; the first one has %4); the others (%5) are kept as "
                          "numeric segments")
                           .arg(layout.quotedName(most->column))
                           .arg(best.size())
                           .arg(locale.toString(profiles.at(most->column).answered),
                                locale.toString(profiles.at(chosen->column).answered),
                                others.join(QStringLiteral(", ")));
            chosen = most;
        } else {
            QStringList rest;
            for (const Candidate &k : std::as_const(best))
                if (&k != chosen)
                    rest << layout.quotedName(k.column);
            d.notes << tr("score: %1, the first of %2 recommend questions (a survey asks about "
                          "the product itself before its parts); the others (%3) are kept as "
                          "numeric segments")
                           .arg(layout.quotedName(chosen->column))
                           .arg(best.size())
                           .arg(rest.join(QStringLiteral(", ")));
        }
    } else if (best.size() > 1) {
        QStringList names;
        for (const Candidate &k : std::as_const(best))
            names << layout.quotedName(k.column);
        d.scoreAmbiguous = true;
        d.scoreCandidates.clear();
        for (const Candidate &k : std::as_const(best))
            d.scoreCandidates.append(k.column);
        d.problem = QCoreApplication::translate(
                        "RoleDetector",
                        "%1 columns could be the recommendation score: %2. Choose one with "
                        "--map score=COLUMN.")
                        .arg(best.size())
                        .arg(names.join(QStringLiteral(", ")));
    } else {
        d.problem = QCoreApplication::translate(
            "RoleDetector",
            "No column holds recommendation scores (whole numbers 0 to 10). Choose one with "
            "--map score=COLUMN.");
        // A column named like the question whose answers are no numbers: name it and what it
        // holds ("ten", "nine"), the likeliest mistake.
        for (int c = 0; c < width; ++c) {
            const ColumnProfile &p = profiles.at(c);
            if (p.answered == 0
                || !(p.has(Concept::Recommend) || p.has(Concept::Likely)
                     || p.has(Concept::ScoreWord)))
                continue;
            QList<std::pair<int, QString>> common;
            for (auto it = p.values.cbegin(); it != p.values.cend(); ++it)
                common.append({-it.value(), it.key()});
            std::sort(common.begin(), common.end());
            QStringList shown;
            for (qsizetype i = 0; i < common.size() && i < 3; ++i)
                shown << QStringLiteral("“%1”").arg(common.at(i).second.left(40));
            d.problem = QCoreApplication::translate(
                            "RoleDetector",
                            "No column holds recommendation scores (whole numbers 0 to 10): %1 is "
                            "named like one, but holds %2. Choose one with --map score=COLUMN.")
                            .arg(layout.quotedName(c), shown.join(QStringLiteral(", ")));
            break;
        }
    }
    if (chosen) {
        m.score = chosen->column;
        describeScore(layout, profiles.at(m.score), chosen->reading, m, d.notes);
    }

    // Date: values that read as dates, preferring the moment of submission.
    int bestDateRank = -1;
    for (int c = 0; c < width; ++c) {
        const ColumnProfile &p = profiles.at(c);
        if (c == m.score || p.answered == 0)
            continue;
        const int rank = dateHeaderRank(p);
        const bool textDates = p.share(p.dates.textDates()) >= 0.9;
        const bool numericDates
            = rank > 0 && p.share(p.dates.numbers()) >= 0.9 && !p.has(Concept::RespondentId);
        if (!textDates && !numericDates)
            continue;
        if (rank > bestDateRank) {
            bestDateRank = rank;
            m.answeredAt = c;
        }
    }
    if (m.answeredAt >= 0) {
        d.dateEvidence = profiles.at(m.answeredAt).dates;
        d.notes << tr("date: %1").arg(layout.quotedName(m.answeredAt));
    } else {
        d.notes << tr("date: none found; responses count everywhere except in per-period "
                      "figures");
    }

    // Respondent id: a header that says so, answered by (nearly) every response, with (nearly)
    // a different value on each. A respondent who submitted twice keeps the id a key: the
    // import reports the repeat as a duplicate.
    for (int c = 0; c < width; ++c) {
        const ColumnProfile &p = profiles.at(c);
        if (c == m.score || c == m.answeredAt || !p.has(Concept::RespondentId) || p.answered == 0)
            continue;
        const bool everyone = p.answered >= 0.9 * p.rows;
        const bool distinct = p.distinct() >= 0.9 * p.answered || p.distinct() >= 1000;
        if (everyone && distinct) {
            m.respondentId = c;
            d.notes << tr("respondent id: %1").arg(layout.quotedName(c));
            break;
        }
    }
    for (int c = 0; c < width && m.respondentId < 0; ++c) {
        const ColumnProfile &p = profiles.at(c);
        if (c == m.score || c == m.answeredAt || p.has(Concept::Personal)
            || p.answered < 0.9 * p.rows || !looksLikeIdentifiers(p))
            continue;
        m.respondentId = c;
        d.notes << tr("respondent id: %1, by its values (each different, all of one shape)")
                       .arg(layout.quotedName(c));
    }

    // CSAT and CES: numeric columns named so.
    for (int c = 0; c < width; ++c) {
        const ColumnProfile &p = profiles.at(c);
        if (m.roleOf(c) != ColumnRole::Ignore || p.answered == 0 || p.share(p.numbers) < 0.95)
            continue;
        if (m.csat < 0 && p.has(Concept::Csat))
            m.csat = c;
        else if (m.ces < 0 && p.has(Concept::Ces))
            m.ces = c;
    }

    QuestionClassifier::classify(layout, profiles, m, d.notes);
    for (int c : std::as_const(d.scoreCandidates)) {
        if (c != m.score && m.roleOf(c) == ColumnRole::Segment)
            m.traits[c].kind = SegmentTraits::Kind::Numeric;
    }
    return d;
}
