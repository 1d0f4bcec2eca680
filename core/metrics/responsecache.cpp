#include "metrics/responsecache.h"

#include "logging.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace {

// optionsOf() of a single dimension's code c is the one code c: a span into this table.
const std::array<quint16, 65536> &identityCodes()
{
    static const std::array<quint16, 65536> codes = [] {
        std::array<quint16, 65536> a{};
        std::iota(a.begin(), a.end(), quint16(0));
        return a;
    }();
    return codes;
}

} // namespace

QDate ResponseCache::date(qsizetype row) const
{
    const qint32 d = day(row);
    return d == NoDay ? QDate() : QDate::fromJulianDay(d);
}

std::span<const quint16> ResponseCache::optionsOf(int dimension, quint16 code) const
{
    if (code == NoValue)
        return {};
    if (!isMulti(dimension) || size_t(dimension) >= m_combinations.size())
        return {identityCodes().data() + code, 1};
    const Combinations &c = m_combinations[size_t(dimension)];
    if (size_t(code) + 1 >= c.offsets.size())
        return {};
    return {c.options.data() + c.offsets[code], c.offsets[size_t(code) + 1] - c.offsets[code]};
}

qsizetype ResponseCache::combinationCount(int dimension) const
{
    if (!isMulti(dimension) || size_t(dimension) >= m_combinations.size())
        return m_dimensions.at(dimension).values.size();
    return qsizetype(m_combinations[size_t(dimension)].offsets.size()) - 1;
}

QStringList ResponseCache::segmentValues(int dimension, qsizetype row) const
{
    QStringList values;
    const QStringList &names = m_dimensions.at(dimension).values;
    for (quint16 code : optionsOf(dimension, segmentCode(dimension, row)))
        values << names.value(code);
    return values;
}

QString ResponseCache::segmentValue(int dimension, qsizetype row) const
{
    const quint16 code = segmentCode(dimension, row);
    if (code == NoValue)
        return {};
    if (!isMulti(dimension))
        return m_dimensions.at(dimension).values.value(code);
    return segmentValues(dimension, row).join(QStringLiteral(", "));
}

int ResponseCache::questionIndex(const QString &textOrLabel) const
{
    const QString wanted = textOrLabel.trimmed();
    for (int q = 0; q < m_questions.size(); ++q) {
        if (m_questions.at(q).text.compare(wanted, Qt::CaseInsensitive) == 0
            || (!m_questions.at(q).label.isEmpty()
                && m_questions.at(q).label.compare(wanted, Qt::CaseInsensitive) == 0))
            return q;
    }
    return -1;
}

QList<int> ResponseCache::dimensionsByRelevance() const
{
    QList<int> order(m_dimensions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_dimensions.at(a).relevance > m_dimensions.at(b).relevance;
    });
    return order;
}

int ResponseCache::dimensionIndex(const QString &name) const
{
    for (int i = 0; i < m_dimensions.size(); ++i) {
        if (m_dimensions.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0
            || (!m_dimensions.at(i).label.isEmpty()
                && m_dimensions.at(i).label != m_dimensions.at(i).name
                && m_dimensions.at(i).label.compare(name.trimmed(), Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
}

qsizetype ResponseCache::columnBytes() const
{
    size_t bytes = m_scores.size() * sizeof(qint8) + m_days.size() * sizeof(qint32)
                   + m_answers.size() * sizeof(quint32) + m_csat.size() * sizeof(float)
                   + m_ces.size() * sizeof(float);
    for (const auto &column : m_segments)
        bytes += column.size() * sizeof(quint16);
    for (const auto &column : m_questionAnswers)
        bytes += column.size() * sizeof(quint32);
    bytes += m_tupleOfRow.size() * sizeof(quint32);
    return qsizetype(bytes);
}

ResponseCache::Builder::Builder(const QList<Dimension> &dimensions, bool withCsat, bool withCes)
    : m_withCsat(withCsat)
    , m_withCes(withCes)
{
    m_cache.m_dimensions = dimensions;
    m_cache.m_segments.resize(size_t(dimensions.size()));
    m_cache.m_combinations.resize(size_t(dimensions.size()));
    m_combinationIndex.resize(size_t(dimensions.size()));
    m_answerHashes.push_back(0); // the empty text's, never compared
}

void ResponseCache::Builder::reserve(qsizetype rows)
{
    m_cache.m_scores.reserve(size_t(rows));
    m_cache.m_days.reserve(size_t(rows));
    m_cache.m_answers.reserve(size_t(rows));
    for (auto &column : m_cache.m_segments)
        column.reserve(size_t(rows));
    if (m_withCsat)
        m_cache.m_csat.reserve(size_t(rows));
    if (m_withCes)
        m_cache.m_ces.reserve(size_t(rows));
}

quint32 ResponseCache::Builder::answerIndexOf(QStringView answer)
{
    if (answer.isEmpty())
        return 0;
    AnswerTexts &texts = m_cache.m_answerTexts;
    if (size_t(texts.size()) * 2 >= m_answerSlots.size()) {
        // Kept at most half full; the stored hashes place the texts again.
        m_answerSlots.assign(std::max<size_t>(1024, m_answerSlots.size() * 2), 0);
        const size_t mask = m_answerSlots.size() - 1;
        for (quint32 i = 1; i < quint32(texts.size()); ++i) {
            size_t slot = m_answerHashes[i] & mask;
            while (m_answerSlots[slot] != 0)
                slot = (slot + 1) & mask;
            m_answerSlots[slot] = i;
        }
    }
    const auto hash = quint32(qHash(answer));
    const size_t mask = m_answerSlots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint32 index = m_answerSlots[slot];
        if (index == 0) {
            const quint32 added = texts.append(answer);
            m_answerSlots[slot] = added;
            m_answerHashes.push_back(hash);
            return added;
        }
        if (m_answerHashes[index] == hash && texts.at(index) == answer)
            return index;
    }
}

void ResponseCache::Builder::setQuestions(const QList<Question> &questions)
{
    m_cache.m_questions = questions;
    m_cache.m_questionAnswers.resize(size_t(std::max<qsizetype>(1, questions.size())));
}

void ResponseCache::Builder::setAnswer(int question, qsizetype row, quint32 answerIndex)
{
    if (question <= 0 || size_t(question) >= m_cache.m_questionAnswers.size())
        return;
    std::vector<quint32> &column = m_cache.m_questionAnswers[size_t(question)];
    if (column.size() <= size_t(row))
        column.resize(std::max(size_t(row) + 1, m_cache.m_scores.size()), 0);
    column[size_t(row)] = answerIndex;
}

quint16 ResponseCache::Builder::combinationOf(int dimension, std::vector<quint16> &options)
{
    std::sort(options.begin(), options.end());
    options.erase(std::unique(options.begin(), options.end()), options.end());
    if (options.empty())
        return NoValue;
    const QByteArray key
        = QByteArray::fromRawData(reinterpret_cast<const char *>(options.data()),
                                  qsizetype(options.size()) * qsizetype(sizeof(quint16)));
    QHash<QByteArray, quint16> &index = m_combinationIndex[size_t(dimension)];
    if (const auto it = index.constFind(key); it != index.cend())
        return *it;
    Combinations &c = m_cache.m_combinations[size_t(dimension)];
    if (c.offsets.size() >= NoValue) {
        qCWarning(lcCache) << "more than" << NoValue << "combinations of options in"
                           << m_cache.m_dimensions.at(dimension).name;
        return NoValue;
    }
    const auto code = quint16(c.offsets.size() - 1);
    c.options.insert(c.options.end(), options.begin(), options.end());
    c.offsets.push_back(quint32(c.options.size()));
    index.insert(QByteArray(key.constData(), key.size()), code);
    return code;
}

void ResponseCache::Builder::add(qint8 score,
                                 qint32 julianDay,
                                 QStringView answer,
                                 const quint16 *segmentCodes,
                                 float csat,
                                 float ces)
{
    addEncoded(score, julianDay, answerIndexOf(answer), segmentCodes, csat, ces);
}

void ResponseCache::Builder::addEncoded(qint8 score,
                                        qint32 julianDay,
                                        quint32 answer,
                                        const quint16 *segmentCodes,
                                        float csat,
                                        float ces)
{
    ResponseCache &c = m_cache;
    c.m_scores.push_back(score);
    c.m_days.push_back(julianDay);
    c.m_answers.push_back(answer);
    for (size_t d = 0; d < c.m_segments.size(); ++d)
        c.m_segments[d].push_back(segmentCodes[d]);
    if (m_withCsat)
        c.m_csat.push_back(csat);
    if (m_withCes)
        c.m_ces.push_back(ces);
    if (julianDay != NoDay) {
        c.m_firstDay = c.m_firstDay == NoDay ? julianDay : std::min(c.m_firstDay, julianDay);
        c.m_lastDay = c.m_lastDay == NoDay ? julianDay : std::max(c.m_lastDay, julianDay);
    }
}

namespace {

// For dimensions without a stored relevance (projects imported before schema 2, and caches
// built by hand): the share of responses with a value, lowered for dimensions with so many
// values that a filter list of them is unusable.
void estimateRelevance(QList<ResponseCache::Dimension> &dimensions,
                       const std::vector<std::vector<quint16>> &segments,
                       size_t rows)
{
    for (size_t d = 0; d < segments.size(); ++d) {
        ResponseCache::Dimension &dimension = dimensions[qsizetype(d)];
        if (dimension.label.isEmpty())
            dimension.label = dimension.name;
        if (dimension.relevance > 0 || rows == 0)
            continue;
        const auto answered
            = size_t(std::count_if(segments[d].begin(), segments[d].end(), [](quint16 code) {
                  return code != ResponseCache::NoValue;
              }));
        const auto values = double(dimension.values.size());
        const double spread = values <= 12 ? 1.0 : 12.0 / values;
        dimension.relevance = double(answered) / double(rows) * spread;
    }
}

} // namespace

ResponseCache ResponseCache::Builder::finish()
{
    m_answerSlots = {};
    m_answerHashes = {};
    m_combinationIndex.clear();
    ResponseCache &c = m_cache;
    const size_t dimensions = c.m_segments.size();
    const size_t rows = c.m_scores.size();
    for (size_t q = 1; q < c.m_questionAnswers.size(); ++q)
        c.m_questionAnswers[q].resize(rows, 0);
    if (!c.m_questionAnswers.empty())
        c.m_questionAnswers.front().clear(); // question 0 is m_answers
    for (qsizetype q = 0; q < c.m_questions.size(); ++q) {
        const std::vector<quint32> &answers = c.answers(int(q));
        c.m_questions[q].answered = qint64(
            std::count_if(answers.begin(), answers.end(), [](quint32 a) { return a != 0; }));
    }
    estimateRelevance(c.m_dimensions, c.m_segments, rows);
    c.m_tupleOfRow.resize(rows);
    QHash<QByteArray, quint32> tupleIndex;
    std::vector<quint16> codes(dimensions);
    for (size_t row = 0; row < rows; ++row) {
        for (size_t d = 0; d < dimensions; ++d)
            codes[d] = c.m_segments[d][row];
        const QByteArray key
            = QByteArray::fromRawData(reinterpret_cast<const char *>(codes.data()),
                                      qsizetype(dimensions) * qsizetype(sizeof(quint16)));
        auto it = tupleIndex.constFind(key);
        if (it == tupleIndex.cend()) {
            if (tupleIndex.size() >= m_tupleLimit) {
                c.m_tupleOfRow.clear();
                c.m_tupleCodes.clear();
                c.m_tupleCount = 0;
                return std::move(c);
            }
            it = tupleIndex.insert(QByteArray(key.constData(), key.size()),
                                   quint32(tupleIndex.size()));
            c.m_tupleCodes.insert(c.m_tupleCodes.end(), codes.begin(), codes.end());
        }
        c.m_tupleOfRow[row] = *it;
    }
    c.m_tupleCount = rows == 0 ? 0 : tupleIndex.size();
    return std::move(c);
}
