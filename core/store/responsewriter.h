#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class PostgresCopyWriter;
class SurveyStore;

// One response as it goes into the responses table (and its other open answers into answers).
struct ResponseRow
{
    qint64 key = 0; // dedup key: same respondent (or same row) in the same survey
    QString respondent;
    std::optional<int> score;
    QString answeredAt;  // ISO 8601, empty when the export has no date
    QString openAnswer;  // to the import's primary open question
    QStringList answers; // to the other open questions (setAnswerQuestions), "" for none
    std::optional<double> csat;
    std::optional<double> ces;
    QString segmentValues; // dimension_values ids separated by spaces
    qint64 line = 0;
    qint64 id = 0; // given by the writer
};

// Writes responses in batches inside the caller's transaction (the caller has already left out
// keys that are stored). On SQLite it binds through the C API on a thread of its own, so the
// caller parses the next rows while SQLite stores the last ones; on PostgreSQL it streams them
// with COPY (PostgresCopyWriter); the portable path uses multi-row INSERTs on the caller's
// thread. Between add() and flush() the caller must not use the project's connection.
class ResponseWriter
{
public:
    enum class Path { Automatic, Portable };
    ResponseWriter(SurveyStore &store, qint64 importId, Path path = Path::Automatic);
    ~ResponseWriter();

    // The open questions that ResponseRow::answers answer, in that order (before the first row).
    void setAnswerQuestions(const QList<qint64> &questionIds);

    // The row to fill in next. Rows are recycled between batches, so their strings keep their
    // memory (resize(0) and append into them); call addRow() to keep it, or just ask for the
    // next one to drop it.
    ResponseRow &nextRow();
    Status addRow();
    Status add(ResponseRow row); // convenience: copies the row in
    // Writes what is pending and waits until everything is stored.
    Status flush();
    qint64 written() const;

private:
    Status flushPortable();

    SurveyStore &m_store;
    qint64 m_importId;
    Status sendBatch();

    QList<ResponseRow> m_pending; // the first m_filled rows are real
    qsizetype m_filled = 0;
    qint64 m_written = 0;
    qint64 m_nextId = 1;
    QList<qint64> m_questions;
    class NativeWriter;
    std::unique_ptr<NativeWriter> m_native;
    std::unique_ptr<PostgresCopyWriter> m_copy;
};
