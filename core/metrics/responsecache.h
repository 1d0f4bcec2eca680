#pragma once

#include "result.h"
#include "text/answertexts.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <limits>
#include <span>
#include <vector>

class SurveyStore;

// Every response of a project in memory, column by column, so that any filter over a million
// responses answers within a frame: scores as bytes, days as numbers, open answers and segment
// values dictionary-encoded. About 25 bytes per response plus the dictionaries. A multi-select
// dimension keeps one code per response too: the code of its combination of options.
class ResponseCache
{
public:
    static constexpr qint8 NoScore = -1;
    static constexpr qint32 NoDay = std::numeric_limits<qint32>::min();
    static constexpr quint16 NoValue = std::numeric_limits<quint16>::max();

    // A segment dimension: one column of the export (or one multi-select question).
    struct Dimension
    {
        enum class Kind : quint8 {
            Single,  // one value per response
            Multi,   // "check all that apply": several options per response
            Numeric, // an ordered scale (another 0–10 question, a year band…)
        };
        QString name;       // as stored: the column's header (the full question)
        QStringList values; // by code, sorted
        QString label = {}; // short, for lists and axes; the name when nothing shorter is known
        Kind kind = Kind::Single;
        double relevance = 0;       // 0…1: how useful as a filter; views list the highest first
        bool shownByDefault = true; // false: kept, but offered under "More dimensions…"
    };

    // A free-text question. questions()[0] is the primary one: answer(row) and the Filter's
    // text search read it unless told otherwise.
    struct Question
    {
        QString text;
        QString label = {}; // short; empty → the text
        bool primary = false;
        qint64 answered = 0;
    };

    // Whether a load reads the texts of the open answers. Without them (for figures only: the
    // summary command) every answer reads as "", while its index still tells an answer from
    // none; a snapshot then costs the columns alone.
    enum class Texts { Read, Skip };

    // Reads the whole project: its snapshot (CacheSnapshot) when that holds the data as they
    // are, else every response (loadFromRows, which always reads the texts).
    static Result<ResponseCache> load(const SurveyStore &store,
                                      const std::atomic_bool *cancel = nullptr,
                                      Texts texts = Texts::Read);
    // Reads every response, ignoring any snapshot. On SQLite it reads through the C API (one
    // pass, no QVariant).
    static Result<ResponseCache> loadFromRows(const SurveyStore &store,
                                              const std::atomic_bool *cancel = nullptr);
    // Whether it was read from the project's snapshot (else built from the rows, or by hand).
    bool loadedFromSnapshot() const { return m_fromSnapshot; }
    // False when read with Texts::Skip: then no snapshot is written from it.
    bool hasAnswerTexts() const { return m_hasTexts; }
    // `previous` (a cache of the same project) with the responses of the imports it does not
    // have yet: those rows are read, the others re-encoded in memory against the project's
    // dictionaries as they are now, so the result equals load(). Reads the whole project when
    // `previous` does not fit (imports removed, rows stored before ones it holds).
    static Result<ResponseCache> loadAdding(const ResponseCache &previous,
                                            const SurveyStore &store,
                                            const std::atomic_bool *cancel = nullptr);
    // The ids of the project's imports, ascending: compared with importIds(), what is new.
    static Result<QList<qint64>> storedImports(const SurveyStore &store);

    // For tests and benchmarks: build a cache by hand.
    class Builder;

    qsizetype size() const { return qsizetype(m_scores.size()); }
    bool isEmpty() const { return m_scores.empty(); }
    const QList<Dimension> &dimensions() const { return m_dimensions; }
    int dimensionIndex(const QString &name) const; // case-insensitive; −1 when unknown
    bool hasCsat() const { return !m_csat.empty(); }
    bool hasCes() const { return !m_ces.empty(); }

    qint8 score(qsizetype row) const { return m_scores[size_t(row)]; }
    qint32 day(qsizetype row) const { return m_days[size_t(row)]; }
    QDate date(qsizetype row) const;
    quint32 answerIndex(qsizetype row) const { return m_answers[size_t(row)]; }
    // A view into answerTexts(): valid while the cache lives; toString() to keep the text.
    QStringView answer(qsizetype row) const { return m_answerTexts.at(m_answers[size_t(row)]); }
    // The open questions; empty when the project has none.
    const QList<Question> &questions() const { return m_questions; }
    int questionIndex(const QString &textOrLabel) const; // case-insensitive; −1 when unknown
    quint32 answerIndex(int question, qsizetype row) const
    {
        return answers(question)[size_t(row)];
    }
    QStringView answer(int question, qsizetype row) const
    {
        return m_answerTexts.at(answerIndex(question, row));
    }
    const std::vector<quint32> &answers(int question) const
    {
        return question <= 0 || size_t(question) >= m_questionAnswers.size()
                   ? m_answers
                   : m_questionAnswers[size_t(question)];
    }
    // 1 when every import scores 1–10, else 0.
    int scoreScaleMin() const { return m_scoreScaleMin; }

    quint16 segmentCode(int dimension, qsizetype row) const
    {
        return m_segments[size_t(dimension)][size_t(row)];
    }
    // For a single dimension the code is the value's; for a multi-select one it stands for a
    // combination: optionsOf() lists its value codes (none for NoValue).
    bool isMulti(int dimension) const
    {
        return m_dimensions.at(dimension).kind == Dimension::Kind::Multi;
    }
    std::span<const quint16> optionsOf(int dimension, quint16 code) const;
    qsizetype combinationCount(int dimension) const;
    QString segmentValue(int dimension, qsizetype row) const; // options joined by ", "
    QStringList segmentValues(int dimension, qsizetype row) const;
    float csat(qsizetype row) const
    {
        return m_csat.empty() ? std::numeric_limits<float>::quiet_NaN() : m_csat[size_t(row)];
    }
    float ces(qsizetype row) const
    {
        return m_ces.empty() ? std::numeric_limits<float>::quiet_NaN() : m_ces[size_t(row)];
    }

    // Raw columns, for the aggregation loops.
    const std::vector<qint8> &scores() const { return m_scores; }
    const std::vector<qint32> &days() const { return m_days; }
    const std::vector<quint32> &answers() const { return m_answers; }
    const std::vector<quint16> &segments(int dimension) const
    {
        return m_segments[size_t(dimension)];
    }
    const std::vector<float> &csatColumn() const { return m_csat; }
    const std::vector<float> &cesColumn() const { return m_ces; }
    const AnswerTexts &answerTexts() const { return m_answerTexts; } // [0] is "" (no answer)

    // Each response's combination of segment values, dictionary-encoded: the dashboard counts
    // per combination and spreads the counts over the dimensions afterwards. Empty when a
    // project has more than MaxTuples combinations (then it counts per dimension).
    static constexpr qsizetype MaxTuples = 65536;
    bool hasTuples() const { return m_tupleCount > 0; }
    qsizetype tupleCount() const { return m_tupleCount; }
    const std::vector<quint32> &tuples() const { return m_tupleOfRow; }
    const quint16 *tupleCodes(qsizetype tuple) const
    {
        return m_tupleCodes.data() + tuple * m_dimensions.size();
    }

    // The dimensions' indices, most relevant first (ties in stored order).
    QList<int> dimensionsByRelevance() const;

    // The ids of the imports whose responses it holds (when read from a project), ascending.
    const QList<qint64> &importIds() const { return m_importIds; }

    qint32 firstDay() const { return m_firstDay; }
    qint32 lastDay() const { return m_lastDay; }
    // Memory of the per-response columns, in bytes (dictionaries not included).
    qsizetype columnBytes() const;

private:
    friend class CacheSnapshot; // reads and writes the columns as they are

    struct Combinations
    {
        std::vector<quint32> offsets{0}; // combination c: options[offsets[c] … offsets[c+1])
        std::vector<quint16> options;
    };

    std::vector<qint8> m_scores;
    std::vector<qint32> m_days;
    std::vector<quint32> m_answers;
    std::vector<std::vector<quint32>> m_questionAnswers; // [q] for q ≥ 1
    QList<Question> m_questions;
    std::vector<Combinations> m_combinations; // per dimension; empty for single ones
    int m_scoreScaleMin = 0;
    std::vector<std::vector<quint16>> m_segments;
    std::vector<float> m_csat;
    std::vector<float> m_ces;
    AnswerTexts m_answerTexts{QStringList{QString()}};
    QList<Dimension> m_dimensions;
    std::vector<quint32> m_tupleOfRow;
    std::vector<quint16> m_tupleCodes;
    qsizetype m_tupleCount = 0;
    qint32 m_firstDay = NoDay;
    qint32 m_lastDay = NoDay;
    QList<qint64> m_importIds;
    bool m_fromSnapshot = false;
    bool m_hasTexts = true;
};

// Builds a ResponseCache one response at a time.
class ResponseCache::Builder
{
public:
    explicit Builder(const QList<Dimension> &dimensions,
                     bool withCsat = false,
                     bool withCes = false);
    void reserve(qsizetype rows);
    // segmentCodes: one code per dimension (NoValue for none); answer: "" for none.
    void add(qint8 score,
             qint32 julianDay,
             QStringView answer,
             const quint16 *segmentCodes,
             float csat = std::numeric_limits<float>::quiet_NaN(),
             float ces = std::numeric_limits<float>::quiet_NaN());
    // The same with an already-encoded answer (index from answerIndexOf()).
    void addEncoded(qint8 score,
                    qint32 julianDay,
                    quint32 answer,
                    const quint16 *segmentCodes,
                    float csat,
                    float ces);
    // The index of the text in answerTexts(), appended when new: indices follow the order the
    // texts are first met.
    quint32 answerIndexOf(QStringView answer);
    // The open questions ([0] the primary one) and a row's answer to another one (q ≥ 1).
    void setQuestions(const QList<Question> &questions);
    void setAnswer(int question, qsizetype row, quint32 answerIndex);
    // The code of a multi-select dimension's combination of options (value codes, any order,
    // repeats allowed); NoValue for none.
    quint16 combinationOf(int dimension, std::vector<quint16> &options);
    void setScoreScaleMin(int scaleMin) { m_cache.m_scoreScaleMin = scaleMin; }
    // Above this many combinations of segment values the cache keeps none (see tuples()).
    void setTupleLimit(qsizetype limit) { m_tupleLimit = limit; }
    void setImportIds(const QList<qint64> &ids) { m_cache.m_importIds = ids; }
    ResponseCache finish();

private:
    ResponseCache m_cache;
    bool m_withCsat, m_withCes;
    qsizetype m_tupleLimit = MaxTuples;
    // The answer texts' dedupe index, without a copy of them: open addressing over indices
    // into m_cache.m_answerTexts (0, the empty text, is never in it and marks a free slot),
    // with each text's hash to compare and to grow by.
    std::vector<quint32> m_answerSlots;
    std::vector<quint32> m_answerHashes; // by index
    std::vector<QHash<QByteArray, quint16>> m_combinationIndex;
};
