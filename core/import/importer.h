#pragma once

#include "import/importreport.h"
#include "result.h"

#include <QLocale>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class SurveyStore;

// What the user chose, or left to detection.
struct ImportOptions
{
    bool strict = false;                // abort on the first row issue
    bool keepIncomplete = false;        // keep Qualtrics previews, tests and unfinished responses
    std::optional<QChar> delimiter;     // forced delimiter
    QByteArray encoding;                // forced encoding
    QString sheet;                      // workbook sheet; empty: the first with data
    QList<QPair<QString, QString>> map; // ROLE=COLUMN choices, applied after detection
    QLocale locale;                     // settles ambiguous day/month order
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
    // Called while another import holds the project, when the wait starts and every few seconds.
    std::function<void(int secondsWaited)> waiting;
    const std::atomic_bool *cancel = nullptr;
    // Inside the import's transaction: right after it began, and last before it commits (a
    // failure rolls the import back). CacheSnapshot::ImportKeeper keeps the project's snapshot
    // of the cache in step through them.
    std::function<Status(SurveyStore &)> begun;
    std::function<Status(SurveyStore &)> committing;
};

// Imports one survey export into a project in a single transaction: it commits completely or
// leaves the project exactly as it was. Re-imported or overlapping rows are counted, not added.
class Importer
{
public:
    explicit Importer(SurveyStore &store);

    // Detection only: dialect, layout, column roles and a preview; no project is touched.
    static ImportReport inspect(const QString &path, const ImportOptions &options = {});
    ImportReport run(const QString &path, const ImportOptions &options = {});

private:
    SurveyStore &m_store;
};
