#pragma once

#include "import/columnmapping.h"
#include "import/dateparser.h"
#include "import/segmentencoder.h"
#include "import/surveylayout.h"
#include "result.h"
#include "store/importrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class RecordReader;
class SurveyStore;
struct ResponseRow;

// Reads one record into a response as the mapping says: the score (its end-point words, its
// "no answer" codes and every missing marker understood), the date, CSAT and CES, the NPS
// group label checked against the score, every open answer and the segment values (options of
// multi-select questions each a value of their dimension).
class ResponseDecoder
{
    Q_DECLARE_TR_FUNCTIONS(ResponseDecoder)

public:
    ResponseDecoder(const ColumnMapping &mapping,
                    const SurveyLayout &layout,
                    const DateParser::ColumnFormat &dateFormat,
                    const QString &dateFormatText);

    // The project's dimensions for the segments (created when missing, with their traits) and
    // the ids of the open questions. Inside the import's transaction.
    Status prepare(SurveyStore &store);
    qint64 primaryQuestionId() const { return m_primaryQuestion; }
    const QList<qint64> &answerQuestionIds() const { return m_answerQuestions; }
    Status storeNewValues(SurveyStore &store) const { return m_segments.storeNewValues(store); }

    // Score, date, CSAT and CES; the problem when the row cannot be imported. When the score is
    // missing, `missingMarker` gets the marker as written ("" for an empty cell).
    std::optional<RowIssue> readFigures(const RecordReader &record,
                                        qint64 line,
                                        ResponseRow &row,
                                        QString &missingMarker) const;
    // A group label that disagrees with the score, as a warning; nothing when they agree.
    std::optional<RowIssue>
    checkGroup(const RecordReader &record, qint64 line, const ResponseRow &row) const;
    // Open answers and segment values.
    void readAnswers(const RecordReader &record, ResponseRow &row);

private:
    struct Dimension
    {
        QString name;
        SegmentTraits traits;
        QList<int> columns;
        QStringList options; // one column per option: the option of each column
    };
    bool isMissingText(QStringView value, bool openAnswer) const;
    // Appends the answer in `column` to `out` (which keeps its memory between rows).
    void appendOpenAnswer(const RecordReader &record, int column, QString &out) const;

    const ColumnMapping &m_mapping;
    const SurveyLayout &m_layout;
    DateParser::ColumnFormat m_dateFormat;
    QString m_dateFormatText;
    bool m_unescapeNewlines = false;
    QList<Dimension> m_dimensions;
    SegmentEncoder m_segments;
    QList<int> m_answerColumns; // the open questions other than the primary one
    QList<qint64> m_answerQuestions;
    qint64 m_primaryQuestion = 0;
    mutable QHash<QString, int> m_groups; // label → 1 detractor, 2 passive, 3 promoter, 0 unknown
};
