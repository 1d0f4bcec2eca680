#pragma once

#include "import/optionsplitter.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The role each column of an export plays in NPS Studio.
enum class ColumnRole {
    Ignore,
    Score,
    AnsweredAt,
    RespondentId,
    OpenAnswer, // a free-text question; one of them is the primary open answer
    Segment,
    Csat,
    Ces,
    NpsGroup, // promoter/passive/detractor labels: checked against the score, never a segment
    Contact,  // personal data (e-mail, name, phone) the user chose to keep: shown only in the
              // follow-up list, never a segment, never counted. Never detected, only mapped.
};

// How a segment column becomes a dimension of the project.
struct SegmentTraits
{
    enum class Kind : quint8 { Single, Multi, Numeric };
    Kind kind = Kind::Single;
    bool shownByDefault = true;
    double relevance = 0;   // 0…1: how useful as a filter
    QString label;          // short ("Country"); empty: the column's name
    QString why;            // why it is not shown by default, or how it is read
    OptionSplitter options; // Multi in one column: how an answer splits into its options
    // Multi as one column per option (SurveyMonkey, Qualtrics, Typeform): the question, and the
    // option this column stands for. Columns of one question share `question`.
    QString question;
    QString option;

    static QString kindKey(Kind kind); // "single", "multi", "numeric": stable, for storage
};

// Which column is the score, the date, the respondent, the open questions, the segments…
// Made by RoleDetector, adjustable by the user (--map, the import dialog).
struct ColumnMapping
{
    int score = -1;
    int answeredAt = -1;
    int respondentId = -1;
    int openAnswer = -1;      // the primary open question (right after the score, or asking why)
    QList<int> openQuestions; // every kept free-text question, the primary one included
    int csat = -1;
    int ces = -1;
    int npsGroup = -1;
    QList<int> segments;
    QList<int> contacts; // chosen by the user only (--map COLUMN=contact, the import dialog)
    QMap<int, SegmentTraits> traits; // by segment column; absent: a single, shown segment
    QMap<int, QString> leftOut;      // column -> why it is not imported (personal data…)

    // The score column as read: its scale, the words it writes for end points, its codes for
    // "no answer" (-99), and the missing markers of the whole file (NA when R wrote it).
    int scaleMin = 0;
    QHash<QString, int> scoreWords;
    QSet<int> scoreCodes;
    QSet<QString> fileMarkers; // normalised (Vocabulary::normalise)

    ColumnRole roleOf(int column) const;
    void assign(ColumnRole role, int column);
    // Makes an open question the primary one (it becomes an open question when it was not).
    void setPrimaryAnswer(int column);
    SegmentTraits traitsOf(int column) const { return traits.value(column); }

    static QString roleKey(ColumnRole role);
    static std::optional<ColumnRole> roleFromKey(const QString &key);
    // --map keys that choose the primary open answer ("answer"), not just an open question.
    static bool isPrimaryAnswerKey(const QString &key);
    QString toJson(const QStringList &columnNames) const;
};
