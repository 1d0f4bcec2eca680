#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>

#include <functional>
#include <memory>

class QTemporaryFile;
struct pg_conn;
struct ResponseRow;
class QVariant;

// The responses of an import into PostgreSQL at COPY speed: rows stream with COPY … FROM STDIN
// straight into responses (their other open answers into answers at the end, after the rows they
// refer to; past a few megabytes they wait in a temporary file). The caller holds the project's
// write lock and has left out every stored key, as on SQLite: no other import can store a response
// meanwhile, so there is nothing to stage and merge. Runs inside the import's transaction: a
// rollback (or a dropped connection) leaves nothing. The rows are formatted on the caller's thread
// and sent on a thread of their own, in chunks of a bounded queue: the caller parses the next rows
// while the server takes the last ones, and the memory held does not grow with the file. Between
// add() and finish() the caller must not use the connection.
class PostgresCopyWriter
{
public:
    PostgresCopyWriter(pg_conn *connection, qint64 importId);
    ~PostgresCopyWriter();
    PostgresCopyWriter(const PostgresCopyWriter &) = delete;
    PostgresCopyWriter &operator=(const PostgresCopyWriter &) = delete;

    void setQuestions(const QList<qint64> &questions) { m_questions = questions; }
    Status add(const ResponseRow &row);
    // Ends the COPY and moves the staged rows into the project.
    Status finish();
    qint64 written() const { return m_written; }

    // Any table's rows with one COPY: `nextRow` appends a row (appendValue per column, separated
    // by tabs, ended by a newline) and returns false when there is none left. Sent as it grows.
    static Status copyRows(pg_conn *connection,
                           const QString &table,
                           const QStringList &columns,
                           const std::function<bool(QByteArray &)> &nextRow);
    // A value in COPY's text format, exactly: \N for NULL, doubles with 17 digits.
    static void appendValue(QByteArray &out, const QVariant &value);

private:
    class Sender;
    Status hand(QByteArray &chunk);
    Status spillAnswers(); // to the sender, or sent here when there is none
    Status startCopy(const char *sql);
    Status send(QByteArray &buffer);
    Status endCopy(const char *failure);

    pg_conn *m_connection;
    qint64 m_importId;
    QList<qint64> m_questions;
    QByteArray m_rows;
    QByteArray m_answers;
    bool m_copying = false;
    qint64 m_sent = 0;
    qint64 m_written = 0;
    std::unique_ptr<Sender> m_sender;
    std::unique_ptr<QTemporaryFile> m_spilled; // the other answers past AnswerMemoryBytes
};
