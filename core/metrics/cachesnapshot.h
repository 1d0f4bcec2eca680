#pragma once

#include "metrics/responsecache.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

class SurveyStore;
struct ImportOptions;

// The ResponseCache of a project kept in the project itself (table cache_snapshot, schema 5):
// one part per column or dictionary, cut into chunks, and a header that says what they hold.
// Opening a project reads those columns back instead of rebuilding them from every response.
// A snapshot is used only when it was built from the data as it is now: the header names its
// format, the schema, the imports (with their row counts) and the stored row counts it was
// built from, and the size and checksum of every part; every code is checked against its
// dictionary. Anything else (an older format, a write cut short, rows changed outside NPS
// Studio, a damaged blob) is a failure that says why, and the caller rebuilds from the rows.
// Changes to the tables the cache is built from remove the snapshot in their own transaction
// (the schema's triggers), so a stale one is never there to read.
class CacheSnapshot
{
public:
    static constexpr quint32 FormatVersion = 1;
    static constexpr qsizetype ChunkBytes = 4 << 20;

    // The cache the project's snapshot holds; a failure when it has none or it does not fit.
    // With Texts::Skip the texts' part is not read (nor checked), only how many there are.
    static Result<ResponseCache> read(const SurveyStore &store,
                                      ResponseCache::Texts texts = ResponseCache::Texts::Read);
    // Replaces the snapshot by `cache` inside the caller's transaction. `cache` must hold the
    // project as this transaction sees it: a cache of other imports or rows is refused.
    static Status write(SurveyStore &store, const ResponseCache &cache);
    // The same in a transaction of its own, for a cache read through another connection (the
    // window's loader, a one-off summary). Refused on a read-only store.
    static Status save(SurveyStore &store, const ResponseCache &cache);
    // Opens the project at `path` for writing and saves `cache` there (when it may be written).
    static Status saveTo(const QString &path, const ResponseCache &cache);
    // On SQLite a texts' part of at least this many bytes (default 16 MiB) is read through a
    // connection of its own on another thread, beside the other parts, and used when it is
    // the one the header lists (else read again with them). Tests lower it.
    static void setTextsAsideFrom(qint64 bytes);
    // Whether the project holds a snapshot (valid or not).
    static bool exists(const SurveyStore &store);

    // Keeps the snapshot in step with an import, inside the import's transaction: begun()
    // right after the transaction starts (reads the snapshot as it was), committing() before
    // it commits (adds the new rows to it and writes it). See ImportOptions.
    class ImportKeeper
    {
    public:
        ImportKeeper() = default;
        ImportKeeper(const ImportKeeper &) = delete; // attachTo() hands out its address
        ImportKeeper &operator=(const ImportKeeper &) = delete;

        Status begun(SurveyStore &store);
        Status committing(SurveyStore &store);
        // Sets options.begun and options.committing to this keeper's, which must outlive the
        // imports run with them (one keeper serves several imports in turn).
        void attachTo(ImportOptions &options);

    private:
        std::optional<ResponseCache> m_before;
    };

private:
    static QList<std::pair<QString, QByteArray>> partsOf(const ResponseCache &cache);
    // Without a "texts" part: the answers checked against `textCount`, the texts left to the
    // caller (hasAnswerTexts() false).
    static Result<ResponseCache> fromParts(QHash<QString, QByteArray> parts,
                                           std::optional<quint32> textCount = std::nullopt);
};
