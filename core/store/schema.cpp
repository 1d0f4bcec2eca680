#include "store/schema.h"

namespace Schema {

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return {
            // One row per import of a file, with what was detected so it can be shown later.
            QStringLiteral("CREATE TABLE imports ("
                           " id %ID%,"
                           " file_name TEXT NOT NULL,"
                           " file_hash TEXT NOT NULL,"
                           " imported_at TEXT NOT NULL,"
                           " layout TEXT NOT NULL,"
                           " delimiter TEXT NOT NULL,"
                           " encoding TEXT NOT NULL,"
                           " header_rows INTEGER NOT NULL,"
                           " mapping TEXT NOT NULL,"
                           " rows_read INTEGER NOT NULL DEFAULT 0,"
                           " rows_imported INTEGER NOT NULL DEFAULT 0,"
                           " rows_skipped INTEGER NOT NULL DEFAULT 0,"
                           " rows_duplicate INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE dimensions ("
                           " id %ID%,"
                           " name TEXT NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE dimension_values ("
                           " id %ID%,"
                           " dimension_id INTEGER NOT NULL REFERENCES dimensions(id),"
                           " value TEXT NOT NULL,"
                           " UNIQUE (dimension_id, value))"),
            // segment_values lists dimension_values ids separated by spaces: one row per
            // response keeps a million-row import fast, and every reader reads all of them.
            // response_key identifies a respondent of a survey; the importer keeps it unique
            // while it holds the write lock. A UNIQUE index on these random 64-bit keys would
            // make a million-row import three times slower, and no query looks them up.
            QStringLiteral("CREATE TABLE responses ("
                           " id %ID%,"
                           " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                           " response_key BIGINT NOT NULL,"
                           " respondent TEXT,"
                           " score SMALLINT,"
                           " answered_at TEXT,"
                           " open_answer TEXT,"
                           " csat REAL,"
                           " ces REAL,"
                           " segment_values TEXT NOT NULL DEFAULT '',"
                           " source_line INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE row_issues ("
                           " id %ID%,"
                           " import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,"
                           " line INTEGER NOT NULL,"
                           " column_name TEXT,"
                           " reason TEXT NOT NULL,"
                           " raw_text TEXT)"),
            QStringLiteral("CREATE INDEX row_issues_import ON row_issues(import_id)"),
        };
    case 2:
        return {
            // A survey: the exports that belong together, so that a later export deduplicates
            // against an earlier one although questions were added, removed, reordered or
            // re-cased. score_question and columns are normalised headers (columns separated by
            // U+001F), the union over the survey's imports.
            QStringLiteral("CREATE TABLE surveys ("
                           " id %ID%,"
                           " score_question TEXT NOT NULL,"
                           " columns TEXT NOT NULL)"),
            // Every free-text question, by its text; several surveys can share one.
            QStringLiteral("CREATE TABLE questions ("
                           " id %ID%,"
                           " text TEXT NOT NULL UNIQUE,"
                           " label TEXT,"
                           " kind TEXT NOT NULL DEFAULT 'open')"),
            // The answers to the open questions other than an import's primary one (that one
            // stays in responses.open_answer: most exports have one open question, and a
            // million-row import then writes no second table).
            QStringLiteral("CREATE TABLE answers ("
                           " response_id INTEGER NOT NULL REFERENCES responses(id)"
                           " ON DELETE CASCADE,"
                           " question_id INTEGER NOT NULL REFERENCES questions(id),"
                           " text TEXT NOT NULL,"
                           " PRIMARY KEY (response_id, question_id))"),
            // key_version 1: dedup keys seeded by the exact column list (version 1 projects);
            // 2: by the survey (see surveys). NULL survey or primary question: not known.
            QStringLiteral(
                "ALTER TABLE imports ADD COLUMN survey_id INTEGER REFERENCES surveys(id)"),
            QStringLiteral("ALTER TABLE imports ADD COLUMN primary_question_id INTEGER"
                           " REFERENCES questions(id)"),
            QStringLiteral("ALTER TABLE imports ADD COLUMN scale_min SMALLINT NOT NULL DEFAULT 0"),
            QStringLiteral(
                "ALTER TABLE imports ADD COLUMN key_version SMALLINT NOT NULL DEFAULT 1"),
            // How a dimension is used: single, multi (several values per response in
            // responses.segment_values) or numeric; its short label; its relevance as a filter
            // (NULL: estimated when the project is read) and whether filters show it by default.
            QStringLiteral("ALTER TABLE dimensions ADD COLUMN kind TEXT NOT NULL DEFAULT 'single'"),
            QStringLiteral("ALTER TABLE dimensions ADD COLUMN label TEXT"),
            QStringLiteral("ALTER TABLE dimensions ADD COLUMN relevance REAL"),
            QStringLiteral("ALTER TABLE dimensions ADD COLUMN shown_by_default SMALLINT NOT NULL"
                           " DEFAULT 1"),
        };
    case 3:
        return {
            // The analyst's codebook. Ids come from the codebook (never reused), so that undo
            // and actions keep meaning the same theme; a deleted theme stays, marked, for undo
            // and for the actions that were recorded on it.
            QStringLiteral("CREATE TABLE themes ("
                           " id BIGINT NOT NULL PRIMARY KEY,"
                           " label TEXT NOT NULL,"
                           " origin TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " deleted SMALLINT NOT NULL DEFAULT 0,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE theme_keywords ("
                           " theme_id BIGINT NOT NULL REFERENCES themes(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " keyword TEXT NOT NULL,"
                           " language TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL DEFAULT 'words',"
                           " PRIMARY KEY (theme_id, position))"),
            // One follow-up per detractor response, by its dedup key: it survives removing
            // and re-importing the file it came from.
            QStringLiteral("CREATE TABLE follow_ups ("
                           " response_key BIGINT NOT NULL PRIMARY KEY,"
                           " status TEXT NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE theme_actions ("
                           " id %ID%,"
                           " theme_id BIGINT NOT NULL REFERENCES themes(id),"
                           " description TEXT NOT NULL,"
                           " owner TEXT NOT NULL DEFAULT '',"
                           " due_date TEXT,"
                           " status TEXT NOT NULL,"
                           " done_date TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX theme_actions_theme ON theme_actions(theme_id)"),
        };
    case 4:
        return {
            // What the project remembers about how it is read and reported: the report's
            // title, targets, bands and benchmarks (ProjectSettings), by name.
            QStringLiteral("CREATE TABLE project_settings ("
                           " name TEXT NOT NULL PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
        };
    case 5:
        return {
            // The columns of the in-memory ResponseCache, so that opening a project reads them
            // back instead of rebuilding them from every response (metrics/cachesnapshot.h).
            // part "header" (chunk 0) says what the others hold and which data they were built
            // from; each other part is one column or dictionary, cut into chunks. Any change to
            // the tables the cache is built from removes them (SqlDialect adds the triggers).
            // IF NOT EXISTS: a project set back to an older version (the tests do) migrates again.
            QStringLiteral("CREATE TABLE IF NOT EXISTS cache_snapshot ("
                           " part TEXT NOT NULL,"
                           " chunk INTEGER NOT NULL,"
                           " data BLOB NOT NULL,"
                           " PRIMARY KEY (part, chunk))"),
        };
    default:
        return {};
    }
}

} // namespace Schema
