#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class SurveyStore;

// One response as it goes into the responses table.
struct ResponseRow
{
    qint64 key = 0; // dedup key: same respondent (or same row) in the same survey
    QString respondent;
    std::optional<int> score;
    QString answeredAt; // ISO 8601, empty when the export has no date
    QString openAnswer;
    std::optional<double> csat;
    std::optional<double> ces;
    QString segmentValues; // dimension_values ids separated by spaces
    qint64 line = 0;
};

// Writes responses in batches inside the caller's transaction (the caller has already left out
// keys that are stored). On SQLite it binds through the C API, several times faster than
// QVariant binding for million-row imports; other drivers use portable multi-row INSERTs.
class ResponseWriter
{
public:
    enum class Path { Automatic, Portable };
    ResponseWriter(SurveyStore &store, qint64 importId, Path path = Path::Automatic);
    ~ResponseWriter();

    Status add(ResponseRow row);
    Status flush();
    qint64 written() const { return m_written; }

private:
    Status flushPortable();
    Status flushNative();

    SurveyStore &m_store;
    qint64 m_importId;
    QList<ResponseRow> m_pending;
    qint64 m_written = 0;
    struct Native;
    std::unique_ptr<Native> m_native;
};
