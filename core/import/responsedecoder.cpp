#include "import/responsedecoder.h"

#include "csv/recordreader.h"
#include "import/missingmarkers.h"
#include "import/scoreparser.h"
#include "import/vocabulary.h"
#include "store/responsewriter.h"
#include "store/surveycatalog.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace {

std::optional<int> integerOf(QStringView t)
{
    bool ok = false;
    const int value = t.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// 1 detractor, 2 passive, 3 promoter, 0 none; Qualtrics writes the group as 1, 2 or 3.
int groupOfScore(int score)
{
    return score <= 6 ? 1 : score <= 8 ? 2 : 3;
}

int groupOfLabel(const QString &label)
{
    if (label == u"1" || label == u"2" || label == u"3")
        return label.toInt();
    const Vocabulary::Concepts c = Vocabulary::conceptsOf(Vocabulary::normalise(label));
    if (c.has(Vocabulary::Concept::Promoter))
        return 3;
    if (c.has(Vocabulary::Concept::Detractor))
        return 1;
    if (c.has(Vocabulary::Concept::Passive))
        return 2;
    return 0;
}

QString groupName(int group)
{
    switch (group) {
    case 1:
        return QCoreApplication::translate("ResponseDecoder", "a detractor");
    case 2:
        return QCoreApplication::translate("ResponseDecoder", "a passive");
    case 3:
        return QCoreApplication::translate("ResponseDecoder", "a promoter");
    }
    return {};
}

bool isUnchecked(QStringView v)
{
    static constexpr std::array<const char16_t *, 10> no{
        u"0", u"false", u"no", u"nee", u"nein", u"non", u"não", u"falso", u"falsch", u"faux"};
    return std::ranges::any_of(no, [v](const char16_t *word) {
        return v.compare(QStringView(word), Qt::CaseInsensitive) == 0;
    });
}

} // namespace

ResponseDecoder::ResponseDecoder(const ColumnMapping &mapping,
                                 const SurveyLayout &layout,
                                 const DateParser::ColumnFormat &dateFormat,
                                 const QString &dateFormatText)
    : m_mapping(mapping)
    , m_layout(layout)
    , m_dateFormat(dateFormat)
    , m_dateFormatText(dateFormatText)
    // LimeSurvey writes line breaks inside answers as the two characters \n.
    , m_unescapeNewlines(layout.tool == SurveyLayout::Tool::LimeSurvey)
{}

Status ResponseDecoder::prepare(SurveyStore &store)
{
    // One dimension per segment column, except one column per option: one per question.
    for (int c : m_mapping.segments) {
        const SegmentTraits t = m_mapping.traitsOf(c);
        if (t.kind == SegmentTraits::Kind::Multi && !t.question.isEmpty()) {
            auto it
                = std::find_if(m_dimensions.begin(), m_dimensions.end(), [&](const Dimension &d) {
                      return !d.options.isEmpty() && d.name == t.question;
                  });
            if (it != m_dimensions.end()) {
                it->columns.append(c);
                it->options.append(t.option);
                it->traits.relevance = std::max(it->traits.relevance, t.relevance);
                if (t.shownByDefault) {
                    it->traits.shownByDefault = true;
                    it->traits.why.clear();
                }
                continue;
            }
            m_dimensions.append({t.question, t, {c}, {t.option}});
            continue;
        }
        m_dimensions.append({m_layout.columnNames.at(c), t, {c}, {}});
    }
    QStringList names;
    for (Dimension &d : m_dimensions) {
        // Two columns under one header (a question asked twice) are two dimensions.
        const QString base = d.name;
        for (int n = 2; names.contains(d.name); ++n)
            d.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        names << d.name;
    }
    if (Status s = m_segments.load(store, names); !s)
        return s;
    SurveyCatalog catalog(store);
    for (qsizetype i = 0; i < m_dimensions.size(); ++i) {
        const SegmentTraits &t = m_dimensions.at(i).traits;
        if (t.kind == SegmentTraits::Kind::Numeric)
            m_segments.setMissing(i, [](QStringView v) { return MissingMarkers::isMarker(v); });
        else
            m_segments.setMissing(i, [this](QStringView v) { return isMissingText(v, false); });
        if (Status s = catalog.setDimensionTraits(m_segments.dimensionId(i),
                                                  SegmentTraits::kindKey(t.kind),
                                                  t.label,
                                                  t.relevance,
                                                  t.shownByDefault);
            !s)
            return s;
    }
    for (int c : m_mapping.openQuestions) {
        const Result<qint64> id = catalog.questionId(m_layout.columnNames.at(c));
        if (!id)
            return Status::failure(id.error());
        if (c == m_mapping.openAnswer) {
            m_primaryQuestion = id.value();
        } else {
            m_answerColumns.append(c);
            m_answerQuestions.append(id.value());
        }
    }
    // Contact details go only where the user put them: beside the answers, as a question of
    // their own kind.
    for (int c : m_mapping.contacts) {
        const Result<qint64> id
            = catalog.questionId(m_layout.columnNames.at(c), QStringLiteral("contact"));
        if (!id)
            return Status::failure(id.error());
        m_answerColumns.append(c);
        m_answerQuestions.append(id.value());
    }
    return Done{};
}

bool ResponseDecoder::isMissingText(QStringView value, bool openAnswer) const
{
    switch (MissingMarkers::kind(value)) {
    case MissingMarkers::Kind::Answer:
        return false;
    case MissingMarkers::Kind::Symbol:
        return true;
    case MissingMarkers::Kind::Software:
        // In an answer option "NA" can be North America; it is missing when the file writes NA
        // for missing values elsewhere (R, SPSS), and always in free text.
        return openAnswer || m_mapping.fileMarkers.contains(Vocabulary::normalise(value));
    case MissingMarkers::Kind::DontKnow:
        return openAnswer; // an option "Don't know" stays a segment value
    }
    return false;
}

std::optional<RowIssue> ResponseDecoder::readFigures(const RecordReader &record,
                                                     qint64 line,
                                                     ResponseRow &row,
                                                     QString &missingMarker) const
{
    const ColumnMapping &m = m_mapping;
    auto issue = [&](int column, const QString &reason, QStringView raw) {
        return RowIssue{line, m_layout.columnNames.value(column), reason, raw.toString()};
    };
    missingMarker.clear();
    const QStringView score = record.field(m.score).trimmed();
    if (!score.isEmpty()) {
        const ScoreParser::Result parsed = ScoreParser::parse(score);
        if (parsed.kind == ScoreParser::Kind::Score) {
            row.score = parsed.score;
        } else if (const auto word = m.scoreWords.constFind(score.toString());
                   word != m.scoreWords.cend()) {
            row.score = *word;
        } else if (MissingMarkers::isMarker(score)) {
            missingMarker = score.toString();
        } else if (const std::optional<int> code = integerOf(score);
                   code && m.scoreCodes.contains(*code)) {
            missingMarker = score.toString();
        } else {
            return issue(m.score, parsed.reason, record.field(m.score));
        }
    }
    if (m.answeredAt >= 0) {
        const QStringView value = record.field(m.answeredAt);
        if (!value.trimmed().isEmpty() && !MissingMarkers::isMarker(value)
            && !DateParser::appendIso(value, m_dateFormat, row.answeredAt))
            return issue(
                m.answeredAt,
                QCoreApplication::translate("Importer", "not a date of this column's format (%1)")
                    .arg(m_dateFormatText),
                value);
    }
    for (const auto &[column, target] :
         {std::pair{m.csat, &row.csat}, std::pair{m.ces, &row.ces}}) {
        if (column < 0)
            continue;
        const QStringView value = record.field(column).trimmed();
        if (value.isEmpty() || MissingMarkers::isMarker(value))
            continue;
        *target = ScoreParser::parseNumber(value);
        if (!*target)
            return issue(column, QCoreApplication::translate("Importer", "not a number"), value);
    }
    return std::nullopt;
}

std::optional<RowIssue>
ResponseDecoder::checkGroup(const RecordReader &record, qint64 line, const ResponseRow &row) const
{
    if (m_mapping.npsGroup < 0 || !row.score)
        return std::nullopt;
    const QStringView label = record.field(m_mapping.npsGroup).trimmed();
    if (label.isEmpty())
        return std::nullopt;
    const QString text = label.toString();
    auto it = m_groups.constFind(text);
    if (it == m_groups.cend())
        it = m_groups.insert(text, groupOfLabel(text));
    const int fromScore = groupOfScore(*row.score);
    if (*it == 0 || *it == fromScore)
        return std::nullopt;
    return RowIssue{line,
                    m_layout.columnNames.value(m_mapping.npsGroup),
                    tr("the NPS group says %1, but the score %2 is %3; the score counts")
                        .arg(groupName(*it))
                        .arg(*row.score)
                        .arg(groupName(fromScore)),
                    text};
}

void ResponseDecoder::appendOpenAnswer(const RecordReader &record, int column, QString &out) const
{
    const QStringView value = record.field(column).trimmed();
    if (value.isEmpty() || isMissingText(value, true))
        return;
    out += value; // `out` is empty: the writer's rows start so
    if (m_unescapeNewlines)
        out.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
}

void ResponseDecoder::readAnswers(const RecordReader &record, ResponseRow &row)
{
    if (m_mapping.openAnswer >= 0)
        appendOpenAnswer(record, m_mapping.openAnswer, row.openAnswer);
    row.answers.resize(m_answerColumns.size());
    for (qsizetype i = 0; i < m_answerColumns.size(); ++i) {
        row.answers[i].resize(0);
        appendOpenAnswer(record, m_answerColumns.at(i), row.answers[i]);
    }
    for (qsizetype d = 0; d < m_dimensions.size(); ++d) {
        const Dimension &dimension = m_dimensions.at(d);
        if (!dimension.options.isEmpty()) {
            for (qsizetype k = 0; k < dimension.columns.size(); ++k) {
                const QStringView v = record.field(dimension.columns.at(k)).trimmed();
                if (!v.isEmpty() && !isUnchecked(v) && !dimension.options.at(k).isEmpty())
                    m_segments.encode(d, dimension.options.at(k), row.segmentValues);
            }
            continue;
        }
        const QStringView value = record.field(dimension.columns.first()).trimmed();
        if (value.isEmpty())
            continue;
        if (dimension.traits.kind == SegmentTraits::Kind::Multi
            && dimension.traits.options.isValid()) {
            for (const QString &option : dimension.traits.options.split(value))
                m_segments.encode(d, option, row.segmentValues);
        } else {
            m_segments.encode(d, value, row.segmentValues);
        }
    }
}
