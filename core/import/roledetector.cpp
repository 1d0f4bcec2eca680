#include "import/roledetector.h"

#include "import/scoreparser.h"

#include <QRegularExpression>
#include <QSet>

namespace {

struct ColumnStats
{
    int nonEmpty = 0;
    int scores = 0;
    int numbers = 0;
    int maxScore = -1;
    QSet<QString> distinct;
    qint64 totalLength = 0;
    DateParser::Evidence dates;

    double averageLength() const { return nonEmpty ? double(totalLength) / nonEmpty : 0; }
    double share(int count) const { return nonEmpty ? double(count) / nonEmpty : 0; }
};

bool matches(const QString &header, const char *pattern)
{
    const QRegularExpression re(QString::fromLatin1(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(header).hasMatch();
}

int scoreHeaderRank(const QString &header)
{
    if (matches(header, "recommend|aanbevel|aanraden|promoter|\\bnps\\b|net promoter"))
        return 3;
    if (matches(header, "likely|waarschijnlijk|likelihood"))
        return 2;
    if (matches(header, "score|rating|cijfer"))
        return 1;
    return 0;
}

int dateHeaderRank(const QString &header)
{
    if (matches(header, "submit|complet|recorded|timestamp|ingevuld|verzonden"))
        return 4;
    if (matches(header, "end ?date|created|answered|response date|datestamp"))
        return 3;
    if (matches(header, R"(date|datum|\btime\b|tijd|\bdag\b)"))
        return 2;
    if (matches(header, "start"))
        return 1;
    return 0;
}

bool isIdHeader(const QString &header)
{
    return matches(header,
                   "^(#|id|uuid|token|respondent|respondent ?id|response ?id|record ?id|"
                   "unique ?id|respondentnummer|klantnummer|response_id|respondent_id|"
                   "submission ?id)$");
}

bool isOpenAnswerHeader(const QString &header)
{
    return matches(header,
                   "reason|why|comment|toelichting|reden|opmerking|waarom|explain|"
                   "feedback|verbatim|remark|suggest|motivat|open answer");
}

bool isPersonalHeader(const QString &header)
{
    return matches(header,
                   "e-?mail|ip ?address|ipaddr|^name$|first ?name|last ?name|full ?name|"
                   "phone|telefoon|latitude|longitude|^location|postcode|zip ?code|"
                   "^naam$|voornaam|achternaam|adres|address");
}

bool isMetadataHeader(const QString &header)
{
    return matches(header,
                   "^(status|progress|duration.*|finished|distribution ?channel|"
                   "user ?language|external ?reference|collector ?id|network ?id|"
                   "response ?type|ending|tags|lastpage|startlanguage|seed|refurl|"
                   "interviewtime|custom data.*)$");
}

bool isCsatHeader(const QString &header)
{
    return matches(header, "\\bcsat\\b|satisf|tevreden");
}

bool isCesHeader(const QString &header)
{
    return matches(header, "\\bces\\b|effort|moeite|gemak");
}

} // namespace

RoleDetector::Detection RoleDetector::detect(const SurveyLayout &layout,
                                             const QList<QStringList> &rows)
{
    Detection d;
    const int width = int(layout.columnNames.size());
    QList<ColumnStats> stats(width);
    for (const QStringList &row : rows) {
        for (int c = 0; c < width && c < row.size(); ++c) {
            const QString &value = row.at(c);
            if (value.trimmed().isEmpty())
                continue;
            ColumnStats &s = stats[c];
            ++s.nonEmpty;
            const ScoreParser::Result score = ScoreParser::parse(value);
            if (score.kind == ScoreParser::Kind::Score) {
                ++s.scores;
                s.maxScore = std::max(s.maxScore, score.score);
            }
            if (ScoreParser::parseNumber(value))
                ++s.numbers;
            if (s.distinct.size() < 1000)
                s.distinct.insert(value);
            s.totalLength += value.size();
            s.dates.add(value);
        }
    }
    auto header = [&](int c) -> QString {
        // Qualtrics: match the question text and the short id (Q1_NPS_GROUP…).
        return layout.columnNames.at(c) + QLatin1Char(' ') + layout.columnIds.value(c);
    };
    ColumnMapping &m = d.mapping;

    // Score: a column of whole numbers 0–10, chosen by the words of its header.
    int bestRank = -1;
    QList<int> best;
    for (int c = 0; c < width; ++c) {
        const ColumnStats &s = stats.at(c);
        if (s.nonEmpty == 0 || isIdHeader(layout.columnNames.at(c)))
            continue;
        int rank = scoreHeaderRank(header(c));
        // A header that asks for a recommendation keeps the column even when some answers are
        // bad (they become row issues); without such words the content must be clean.
        if (s.share(s.scores) < (rank > 0 ? 0.6 : 0.95))
            continue;
        if (layout.columnIds.value(c).endsWith(u"_NPS_GROUP", Qt::CaseInsensitive))
            continue;
        if (layout.columnIds.contains(layout.columnIds.value(c) + QStringLiteral("_NPS_GROUP")))
            rank = 4; // Qualtrics marks its NPS question with a sibling group column
        if (rank == 0 && (s.distinct.size() < 3 || s.maxScore < 7))
            continue; // a Likert 1–5 item without words is no recommendation score
        d.scoreCandidates.append(c);
        if (rank > bestRank) {
            bestRank = rank;
            best = {c};
        } else if (rank == bestRank) {
            best.append(c);
        }
    }
    if (best.size() == 1) {
        m.score = best.first();
        d.notes << (bestRank > 0 ? QStringLiteral("score: “%1”, chosen by its header")
                                 : QStringLiteral("score: “%1”, the only 0–10 column"))
                       .arg(layout.columnNames.at(m.score));
    } else if (best.size() > 1) {
        // Equal headers: the question most respondents answered is the survey's own.
        std::sort(best.begin(), best.end(), [&](int a, int b) {
            return stats.at(a).nonEmpty > stats.at(b).nonEmpty;
        });
        if (bestRank > 0 && stats.at(best.at(0)).nonEmpty >= 1.5 * stats.at(best.at(1)).nonEmpty) {
            m.score = best.first();
            d.notes << QStringLiteral("score: “%1”, chosen among %2 recommend questions as the "
                                      "one most respondents answered")
                           .arg(layout.columnNames.at(m.score))
                           .arg(best.size());
        } else {
            QStringList names;
            for (int c : best)
                names << QStringLiteral("“%1”").arg(layout.columnNames.at(c));
            d.problem
                = QStringLiteral("%1 columns could be the recommendation score: %2. Choose one "
                                 "with --map score=COLUMN.")
                      .arg(best.size())
                      .arg(names.join(QStringLiteral(", ")));
        }
    } else {
        d.problem = QStringLiteral("No column holds recommendation scores (whole numbers 0 to 10). "
                                   "Choose one with --map score=COLUMN.");
    }

    // Date: values that read as dates, preferring the moment of submission.
    int bestDateRank = -1;
    for (int c = 0; c < width; ++c) {
        const ColumnStats &s = stats.at(c);
        if (c == m.score || s.nonEmpty == 0)
            continue;
        const int rank = dateHeaderRank(layout.columnNames.at(c));
        const bool textDates = s.share(s.dates.textDates()) >= 0.9;
        const bool numericDates = rank > 0 && s.share(s.dates.numbers()) >= 0.9
                                  && !isIdHeader(layout.columnNames.at(c));
        if (!textDates && !numericDates)
            continue;
        if (rank > bestDateRank) {
            bestDateRank = rank;
            m.answeredAt = c;
        }
    }
    if (m.answeredAt >= 0) {
        d.dateEvidence = stats.at(m.answeredAt).dates;
        d.notes << QStringLiteral("date: “%1”").arg(layout.columnNames.at(m.answeredAt));
    } else {
        d.notes << QStringLiteral("date: none found; responses count everywhere except in "
                                  "per-period figures");
    }

    // Respondent id: a header that says so, with a different value on every row.
    for (int c = 0; c < width; ++c) {
        const ColumnStats &s = stats.at(c);
        if (c == m.score || c == m.answeredAt || !isIdHeader(layout.columnNames.at(c))
            || s.nonEmpty == 0)
            continue;
        if (s.distinct.size() == s.nonEmpty || s.distinct.size() >= 1000) {
            m.respondentId = c;
            d.notes << QStringLiteral("respondent id: “%1”").arg(layout.columnNames.at(c));
            break;
        }
    }

    // CSAT and CES: numeric columns named so.
    for (int c = 0; c < width; ++c) {
        const ColumnStats &s = stats.at(c);
        if (m.roleOf(c) != ColumnRole::Ignore || s.nonEmpty == 0 || s.share(s.numbers) < 0.95)
            continue;
        if (m.csat < 0 && isCsatHeader(header(c)))
            m.csat = c;
        else if (m.ces < 0 && isCesHeader(header(c)))
            m.ces = c;
    }

    // Open answer: the free-text column, the one whose header asks for a reason first.
    double bestText = 0;
    for (int c = 0; c < width; ++c) {
        const ColumnStats &s = stats.at(c);
        if (m.roleOf(c) != ColumnRole::Ignore || s.nonEmpty == 0
            || isPersonalHeader(layout.columnNames.at(c)) || isIdHeader(layout.columnNames.at(c))
            || s.share(s.numbers) > 0.5 || s.share(s.dates.textDates()) > 0.5)
            continue;
        const double variety = double(s.distinct.size()) / s.nonEmpty;
        double points = 0;
        if (isOpenAnswerHeader(layout.columnNames.at(c)) && s.averageLength() >= 3)
            points = 1000 + s.averageLength();
        else if (s.averageLength() >= 25 && variety >= 0.6)
            points = s.averageLength() + (m.score >= 0 && c > m.score ? 50 : 0)
                     - (m.score >= 0 ? std::abs(c - m.score) * 0.5 : 0);
        if (points > bestText) {
            bestText = points;
            m.openAnswer = c;
        }
    }
    if (m.openAnswer >= 0)
        d.notes << QStringLiteral("open answer: “%1”").arg(layout.columnNames.at(m.openAnswer));

    // Everything else with few distinct values is a segment; personal data never is.
    for (int c = 0; c < width; ++c) {
        if (m.roleOf(c) != ColumnRole::Ignore)
            continue;
        const ColumnStats &s = stats.at(c);
        const QString &name = layout.columnNames.at(c);
        if (isPersonalHeader(name)) {
            m.leftOut.insert(c, QStringLiteral("personal data"));
            continue;
        }
        if (isMetadataHeader(layout.columnIds.value(c)) || isMetadataHeader(name)
            || layout.columnIds.value(c).endsWith(u"_NPS_GROUP", Qt::CaseInsensitive)) {
            m.leftOut.insert(c, QStringLiteral("survey tool metadata"));
            continue;
        }
        if (s.nonEmpty == 0) {
            m.leftOut.insert(c, QStringLiteral("empty"));
            continue;
        }
        if (s.share(s.dates.textDates()) >= 0.9) {
            m.leftOut.insert(c, QStringLiteral("another date"));
            continue;
        }
        // A few values that repeat (however long their labels), or up to a few hundred short
        // ones (countries) that each come back several times.
        const int distinct = int(s.distinct.size());
        const bool fewValues = distinct <= 12 && (distinct * 2 <= s.nonEmpty || s.nonEmpty < 12);
        const bool shortRepeating
            = distinct <= 250 && distinct * 3 <= s.nonEmpty && s.averageLength() <= 60;
        if (fewValues || shortRepeating) {
            m.segments.append(c);
        } else {
            m.leftOut.insert(c,
                             s.averageLength() > 60 ? QStringLiteral("free text")
                                                    : QStringLiteral("too many distinct values "
                                                                     "for a segment"));
        }
    }
    return d;
}
