#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>

struct pg_conn;
struct ResponseRow;

// The responses of an import into PostgreSQL at COPY speed: rows stream with COPY … FROM STDIN
// into a staging table of the transaction, then go into the responses with INSERT … ON CONFLICT
// DO NOTHING on the dedup key, so that a response another import stored meanwhile is counted as
// there, never stored twice. Runs inside the import's transaction: a rollback leaves nothing.
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
    qint64 alreadyStored() const { return m_alreadyStored; }

private:
    Status start();
    Status send(QByteArray &buffer);
    Status endCopy(const char *failure);
    Result<qint64> exec(const QByteArray &sql);

    pg_conn *m_connection;
    qint64 m_importId;
    QList<qint64> m_questions;
    QByteArray m_rows;
    QByteArray m_answers;
    bool m_copying = false;
    qint64 m_staged = 0;
    qint64 m_written = 0;
    qint64 m_alreadyStored = 0;
};
