#include "import/questionclassifier.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <vector>

using Vocabulary::Concept;

namespace {

// A checkbox cell: the option's label, or a mark such as 1 / x / yes.
bool isCheckboxColumn(const ColumnProfile &p)
{
    if (p.answered == 0)
        return false;
    if (p.distinct() == 1)
        return true;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it) {
        const QString v = it.key().trimmed().toLower();
        if (v != u"0" && v != u"1" && v != u"x" && v != u"yes" && v != u"no" && v != u"true"
            && v != u"false" && v != u"ja" && v != u"nee" && v != u"nein" && v != u"oui"
            && v != u"non" && v != u"si" && v != u"sí" && v != u"sim" && v != u"não")
            return false;
    }
    return true;
}

bool isNumeric(const ColumnProfile &p)
{
    return p.answered > 0 && p.share(p.numbers) >= 0.9;
}

bool isChoice(const ColumnProfile &p)
{
    // A few values that repeat (however long their labels), or up to a few hundred short ones
    // (countries) that each come back several times.
    const int distinct = p.distinct();
    const bool fewValues = distinct <= 12 && (distinct * 2 <= p.answered || p.answered < 12);
    const bool shortRepeating
        = distinct <= 250 && distinct * 3 <= p.answered && p.averageLength() <= 60;
    return fewValues || shortRepeating;
}

// An attitude item: most answers lie on an agree/disagree (or similar) scale. Such items are
// kept as filters but are not what an NPS is broken down by first.
bool isAttitudeScale(const ColumnProfile &p)
{
    if (p.answered == 0 || p.distinct() < 2)
        return false;
    int onScale = 0;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it)
        if (Vocabulary::matches(Concept::AgreeScale, Vocabulary::normalise(it.key())))
            onScale += it.value();
    return onScale >= 0.6 * p.answered;
}

double relevanceOf(const ColumnProfile &p, const SegmentTraits &t, int values)
{
    // Key segment words (country, region, plan, channel, klanttype…) first, however many values
    // they have; then other segment words; then by answer rate and by how few values a filter
    // list would show. Attitude items (agree … disagree) last.
    const double spread = values <= 12 ? 1.0 : 12.0 / values;
    const double base = p.answerRate() * spread;
    double r = p.has(Concept::KeySegment)    ? 0.85 + 0.15 * p.answerRate()
               : p.has(Concept::SegmentWord) ? 0.6 + 0.25 * base
                                             : 0.6 * base;
    if (t.kind == SegmentTraits::Kind::Numeric)
        r *= 0.8;
    else if (t.kind == SegmentTraits::Kind::Multi)
        r *= 0.9;
    if (isAttitudeScale(p))
        r *= 0.3;
    if (!t.shownByDefault)
        r *= 0.25;
    return std::clamp(r, 0.0, 1.0);
}

// Why a segment is kept but not offered as a filter by default; empty when it is.
QString hiddenBecause(const ColumnProfile &p, const SegmentTraits &t, int values)
{
    if (Vocabulary::isPlaceholderHeader(p.header))
        return QCoreApplication::translate("QuestionClassifier", "its header is a placeholder");
    if (p.has(Concept::AttentionCheck))
        return QCoreApplication::translate("QuestionClassifier", "an attention check");
    if (p.has(Concept::OtherSpecify))
        return QCoreApplication::translate("QuestionClassifier", "“other” answers");
    if (p.has(Concept::BirthYear)
        || (t.kind == SegmentTraits::Kind::Numeric && p.share(p.years) >= 0.9))
        return QCoreApplication::translate("QuestionClassifier", "years");
    if (p.answerRate() < 0.05)
        return QCoreApplication::translate("QuestionClassifier", "answered by few");
    if (t.kind == SegmentTraits::Kind::Numeric && values > 30)
        return QCoreApplication::translate("QuestionClassifier", "numbers that rarely repeat");
    // A long list of countries is still a filter; a long list of anything else is not.
    const bool segmentWord = p.has(Concept::SegmentWord) || p.has(Concept::KeySegment);
    if (t.kind != SegmentTraits::Kind::Numeric && values > (segmentWord ? 250 : 60))
        return QCoreApplication::translate("QuestionClassifier", "too many values to filter by");
    return {};
}

// A short label for a long question: the segment word it asks about ("Country").
QString labelOf(const QString &name)
{
    if (name.size() <= 32)
        return {};
    return Vocabulary::matchedWords(Concept::SegmentWord, name);
}

} // namespace

// The share of answers that repeat another answer word for word (long ones only: a long
// statement chosen twice is an option, "Price" typed twice is not).
double repeatShare(const ColumnProfile &p, qsizetype minLength)
{
    int repeated = 0;
    for (auto it = p.values.cbegin(); it != p.values.cend(); ++it)
        if (it.value() >= 2 && it.key().size() >= minLength)
            repeated += it.value();
    return p.answered ? double(repeated) / p.answered : 0;
}

// The share of answers that the `top` most frequent values take.
double topShare(const ColumnProfile &p, qsizetype top)
{
    std::vector<int> counts;
    counts.reserve(size_t(p.values.size()));
    for (int count : p.values)
        counts.push_back(count);
    const auto end = counts.begin() + std::min<qsizetype>(top, qsizetype(counts.size()));
    std::partial_sort(counts.begin(), end, counts.end(), std::greater<>());
    const int taken = std::accumulate(counts.begin(), end, 0);
    return p.answered ? double(taken) / p.answered : 0;
}

bool QuestionClassifier::isFreeText(const ColumnProfile &p)
{
    if (p.answered == 0 || isNumeric(p))
        return false;
    const double ratio = p.distinctRatio();
    // A header that asks for free text, more different sentences than a choice list has, and no
    // few answers that most respondents gave: free text, however often short reasons repeat.
    if (p.has(Concept::OpenAnswer) && p.distinct() >= 20 && p.averageWords() >= 2
        && topShare(p, 10) < 0.5)
        return true;
    // Options of a choice repeat word for word; free text rarely does, long free text never.
    const bool longRepeats = repeatShare(p, 20) >= 0.25;
    if (p.has(Concept::OpenAnswer) && p.averageLength() >= 2 && !longRepeats) {
        // A header that asks for free text: unless the answers repeat like options.
        if (p.distinct() <= 1)
            return true;
        // Too few answers to see repeats: long statements that repeat are options. In a file
        // of a handful of rows, a short word said twice ("Good") is as likely an answer in
        // one's own words; in a large file that few answered, it is an option.
        if (p.answered < 12)
            return ratio >= 0.5
                   && (p.distinct() == p.answered
                       || (p.averageLength() < 30 && (p.rows < 12 || repeatShare(p, 0) <= 0.5)));
        if (ratio >= 0.5 && !isChoice(p))
            return true;
    }
    if (longRepeats || (p.answered < 30 && repeatShare(p, 0) >= 0.5))
        return false;
    if (p.averageWords() >= 4 && ratio >= 0.5)
        return true;
    if (p.share(p.sentences) >= 0.5 && ratio >= 0.7)
        return true;
    return ratio >= 0.9 && p.answered >= 3 && p.averageWords() >= 2;
}

void QuestionClassifier::classify(const SurveyLayout &layout,
                                  const QList<ColumnProfile> &profiles,
                                  ColumnMapping &m,
                                  QStringList &notes)
{
    const int width = int(layout.columnNames.size());
    auto unassigned = [&m](int c) {
        return m.roleOf(c) == ColumnRole::Ignore && !m.leftOut.contains(c);
    };

    // One column per option of a multi-select question: neighbours of one question whose cells
    // hold the option (or a mark) or nothing.
    QHash<int, std::pair<QString, QString>> checkbox; // column → question, option
    for (int c = 0; c < width;) {
        const auto [question, option] = layout.questionAndOption(c);
        int end = c + 1;
        if (!question.isEmpty()) {
            while (end < width && layout.questionAndOption(end).first == question)
                ++end;
        }
        QList<int> members;
        for (int k = c; k < end; ++k) {
            const ColumnProfile &p = profiles.at(k);
            if (unassigned(k) && !p.has(Concept::Personal) && isCheckboxColumn(p)
                && !Vocabulary::isPlaceholderHeader(p.header))
                members.append(k);
        }
        if (members.size() >= 2) {
            for (int k : std::as_const(members)) {
                QString label = layout.questionAndOption(k).second;
                const QString value = profiles.at(k).values.isEmpty()
                                          ? QString()
                                          : profiles.at(k).values.cbegin().key().trimmed();
                if (label.isEmpty() || (profiles.at(k).distinct() == 1 && value.size() > 1))
                    label = value.isEmpty() ? label : value;
                checkbox.insert(k, {question, label});
            }
        }
        c = end;
    }

    QStringList multi;
    QStringList hidden;
    for (int c = 0; c < width; ++c) {
        if (!unassigned(c))
            continue;
        const ColumnProfile &p = profiles.at(c);
        const QString &name = layout.columnNames.at(c);
        if (p.has(Concept::Personal)) {
            m.leftOut.insert(c, tr("personal data"));
            continue;
        }
        if (p.has(Concept::Metadata)) {
            m.leftOut.insert(c, tr("survey tool metadata"));
            continue;
        }
        if (layout.columnIds.value(c).endsWith(u"_NPS_GROUP", Qt::CaseInsensitive)
            || p.has(Concept::NpsGroup)) {
            m.leftOut.insert(c, tr("NPS group"));
            continue;
        }
        if (p.answered == 0) {
            m.leftOut.insert(c, p.markerCount() > 0 ? tr("only missing markers") : tr("empty"));
            continue;
        }
        if (p.share(p.dates.textDates()) >= 0.9) {
            m.leftOut.insert(c, tr("another date"));
            continue;
        }
        // R's write.csv and pandas write the row numbers under an empty header.
        if (Vocabulary::isPlaceholderHeader(p.header) && isNumeric(p) && p.integers == p.answered
            && p.distinct() == p.answered && p.answered > 1) {
            m.leftOut.insert(c, tr("row numbers"));
            continue;
        }
        if (p.has(Concept::RespondentId) && !isChoice(p)) {
            m.leftOut.insert(c, tr("an identifier, not an answer"));
            continue;
        }

        SegmentTraits t;
        int values = p.distinct();
        if (const auto it = checkbox.constFind(c); it != checkbox.cend()) {
            t.kind = SegmentTraits::Kind::Multi;
            t.question = it->first;
            t.option = it->second;
        } else if (isNumeric(p)) {
            t.kind = SegmentTraits::Kind::Numeric;
        } else {
            bool isMulti = false;
            if (p.has(Concept::MultiSelect) || p.distinct() > 1) {
                auto [splitter, learned] = OptionSplitter::learn(p.values);
                const bool content = learned.multiple >= 0.15 * learned.answers
                                     && learned.commonOptions >= 3 && learned.commonShare >= 0.75
                                     && learned.averageLength <= 80;
                if (content || (p.has(Concept::MultiSelect) && learned.averageLength <= 120)) {
                    isMulti = true;
                    t.kind = SegmentTraits::Kind::Multi;
                    t.options = splitter;
                    values = learned.commonOptions > 0 ? learned.commonOptions
                                                       : int(learned.optionCounts.size());
                }
            }
            if (!isMulti) {
                if (isFreeText(p)
                    || (!isChoice(p) && p.distinctRatio() >= 0.3 && p.distinct() >= 20)) {
                    m.openQuestions.append(c);
                    continue;
                }
            }
        }
        t.label = labelOf(t.question.isEmpty() ? name : t.question);
        t.why = hiddenBecause(p, t, values);
        t.shownByDefault = t.why.isEmpty();
        t.relevance = relevanceOf(p, t, values);
        m.segments.append(c);
        m.traits.insert(c, t);
        if (t.kind == SegmentTraits::Kind::Multi
            && (t.question.isEmpty() || !multi.contains(QStringLiteral("“%1”").arg(t.question))))
            multi << (t.question.isEmpty() ? layout.quotedName(c)
                                           : QStringLiteral("“%1”").arg(t.question));
        if (!t.shownByDefault)
            hidden << QStringLiteral("%1 (%2)").arg(layout.quotedName(c), t.why);
    }
    std::sort(m.openQuestions.begin(), m.openQuestions.end());
    std::sort(m.segments.begin(), m.segments.end());

    // The primary open question: the one right after the recommend question, else the first
    // that asks why, else the nearest to the score.
    // Only real free-text questions compete: not an "Other (please specify)" box, and not one
    // that few answered next to one that many did.
    int mostAnswered = 0;
    for (int c : std::as_const(m.openQuestions))
        if (!profiles.at(c).has(Concept::OtherSpecify))
            mostAnswered = std::max(mostAnswered, profiles.at(c).answered);
    QList<int> candidates;
    for (int c : std::as_const(m.openQuestions)) {
        const ColumnProfile &p = profiles.at(c);
        if (!p.has(Concept::OtherSpecify) && p.answered * 5 >= mostAnswered)
            candidates.append(c);
    }
    QString why;
    if (m.openAnswer < 0 && candidates.isEmpty() && !m.openQuestions.isEmpty()) {
        // Only "other" boxes: the one most answered.
        int best = m.openQuestions.first();
        for (int c : std::as_const(m.openQuestions))
            if (profiles.at(c).answered > profiles.at(best).answered)
                best = c;
        m.openAnswer = best;
        why = tr("there is no free-text question but “other” boxes, and it has the most answers");
    }
    if (m.openAnswer < 0 && !candidates.isEmpty()) {
        if (m.score >= 0) {
            int next = m.score + 1;
            while (next < width && (next == m.npsGroup || m.leftOut.contains(next)))
                ++next;
            if (candidates.contains(next)) {
                m.openAnswer = next;
                why = tr("it follows the recommend question");
            }
        }
        if (m.openAnswer < 0) {
            for (int c : std::as_const(candidates)) {
                if (profiles.at(c).has(Concept::Why)) {
                    m.openAnswer = c;
                    why = tr("it asks why");
                    break;
                }
            }
        }
        if (m.openAnswer < 0) {
            const int anchor = std::max(m.score, 0);
            int best = candidates.first();
            for (int c : std::as_const(candidates)) {
                const int distance = c > anchor ? c - anchor : (anchor - c) * 2; // after first
                const int bestDistance = best > anchor ? best - anchor : (anchor - best) * 2;
                if (distance < bestDistance)
                    best = c;
            }
            m.openAnswer = best;
            why = tr("the free-text question nearest to the score");
        }
    }
    if (m.openQuestions.size() == 1) {
        notes << tr("open answer: %1").arg(layout.quotedName(m.openAnswer));
    } else if (!m.openQuestions.isEmpty()) {
        QStringList names;
        for (int c : std::as_const(m.openQuestions))
            names << layout.quotedName(c);
        notes << tr("open questions (%1): %2; the primary one is %3, as %4")
                     .arg(m.openQuestions.size())
                     .arg(names.join(QStringLiteral(", ")), layout.quotedName(m.openAnswer), why);
    }
    if (!multi.isEmpty())
        notes << tr("multi-select questions (each option is a segment value): %1")
                     .arg(multi.join(QStringLiteral(", ")));
    if (!hidden.isEmpty())
        notes << tr("kept, but not shown as filters by default: %1")
                     .arg(hidden.join(QStringLiteral(", ")));
}
