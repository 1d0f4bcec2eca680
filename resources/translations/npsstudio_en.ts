<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AdminCommand</name>
    <message>
        <source>Set up a team project on PostgreSQL: its schema, and the roles PROJECT_viewer (reads) and PROJECT_editor (imports, removes imports, edits themes and follow-ups).</source>
        <translation>Set up a team project on PostgreSQL: its schema, and the roles PROJECT_viewer (reads) and PROJECT_editor (imports, removes imports, edits themes and follow-ups).</translation>
    </message>
    <message>
        <source>The admin command.</source>
        <translation>The admin command.</translation>
    </message>
    <message>
        <source>Create the project and its roles.</source>
        <translation>Create the project and its roles.</translation>
    </message>
    <message>
        <source>The team project: postgresql://OWNER@HOST:PORT/DATABASE[?project=NAME&amp;sslmode=require].</source>
        <translation>The team project: postgresql://OWNER@HOST:PORT/DATABASE[?project=NAME&amp;sslmode=require].</translation>
    </message>
    <message>
        <source>A login role that may read the project.</source>
        <translation>A login role that may read the project.</translation>
    </message>
    <message>
        <source>A login role that may also change it.</source>
        <translation>A login role that may also change it.</translation>
    </message>
    <message>
        <source>admin: the one action is “init”: npsstudio admin init --db URL.</source>
        <translation>admin: the one action is “init”: npsstudio admin init --db URL.</translation>
    </message>
    <message>
        <source>admin init: --db takes a team project on PostgreSQL (postgresql://OWNER@HOST:5432/DATABASE?project=NAME); a project file needs no set-up.</source>
        <translation>admin init: --db takes a team project on PostgreSQL (postgresql://OWNER@HOST:5432/DATABASE?project=NAME); a project file needs no set-up.</translation>
    </message>
    <message>
        <source>The team project %1 is ready (schema version %2).
Readers: GRANT %3 TO someone;   editors: GRANT %4 TO someone;
then each opens it with --db %1
</source>
        <translation>The team project %1 is ready (schema version %2).
Readers: GRANT %3 TO someone;   editors: GRANT %4 TO someone;
then each opens it with --db %1
</translation>
    </message>
    <message>
        <source>%1 may read the project.
</source>
        <translation>%1 may read the project.
</translation>
    </message>
    <message>
        <source>%1 may change the project.
</source>
        <translation>%1 may change the project.
</translation>
    </message>
</context>
<context>
    <name>AnswerCorpus</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>AnswersCommand</name>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promoter</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passive</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>detractor</translation>
    </message>
    <message>
        <source>(this project has no open questions)</source>
        <translation>(this project has no open questions)</translation>
    </message>
    <message>
        <source>Print the answers to an open question, newest first, under the filters of summary.</source>
        <translation>Print the answers to an open question, newest first, under the filters of summary.</translation>
    </message>
    <message>
        <source>The answers command.</source>
        <translation>The answers command.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Project file.</translation>
    </message>
    <message>
        <source>The open question, by number, text or label (default: the primary one).</source>
        <translation>The open question, by number, text or label (default: the primary one).</translation>
    </message>
    <message>
        <source>List the open questions with their numbers of answers.</source>
        <translation>List the open questions with their numbers of answers.</translation>
    </message>
    <message>
        <source>Only answers that contain this text (any letter case).</source>
        <translation>Only answers that contain this text (any letter case).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8 with BOM) with the segments of each response.</source>
        <translation>Print CSV (UTF-8 with BOM) with the segments of each response.</translation>
    </message>
    <message>
        <source>answers: name the project with --db PROJECT.npsdb.</source>
        <translation>answers: name the project with --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>answers: there is no project “%1”.</source>
        <translation>answers: there is no project “%1”.</translation>
    </message>
    <message>
        <source>  [primary]</source>
        <translation>  [primary]</translation>
    </message>
    <message>
        <source>answers: no open question “%1”; the questions are: %2</source>
        <translation>answers: no open question “%1”; the questions are: %2</translation>
    </message>
    <message>
        <source>answers: this project has no open questions.</source>
        <translation>answers: this project has no open questions.</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 answer</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 answers</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>NPS per segment value</source>
        <translation>NPS per segment value</translation>
    </message>
    <message>
        <source>No segment values in this selection</source>
        <translation>No segment values in this selection</translation>
    </message>
    <message>
        <source>%1: NPS %2 (95% interval %3), n = %4</source>
        <translation>%1: NPS %2 (95% interval %3), n = %4</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: too few to rely on.</source>
        <translation>Fewer than 30 responses: too few to rely on.</translation>
    </message>
    <message>
        <source>● significantly different from the rest · grey: fewer than 30, last</source>
        <translation>● significantly different from the rest · grey: fewer than 30, last</translation>
    </message>
    <message>
        <source>Against all other responses: %1 (%2).</source>
        <translation>Against all other responses: %1 (%2).</translation>
    </message>
    <message>
        <source>Click again to show every value's respondents.</source>
        <translation>Click again to show every value's respondents.</translation>
    </message>
    <message>
        <source>Click to read these respondents' answers; Ctrl+click to add them to those chosen.</source>
        <translation>Click to read these respondents' answers; Ctrl+click to add them to those chosen.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Fewer than %1 responses: too few to rely on.</source>
        <translation>Fewer than %1 responses: too few to rely on.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>95% low</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>95% high</translation>
    </message>
    <message>
        <source>vs. rest</source>
        <translation>vs. rest</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>Compared with all other responses: %1 (%2).</source>
        <translation>Compared with all other responses: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CacheSnapshot</name>
    <message>
        <source>The cache does not hold the project as it is now; its snapshot was not written.</source>
        <translation>The cache does not hold the project as it is now; its snapshot was not written.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>“%1” is read-only.</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>There is no theme %1.</source>
        <translation>There is no theme %1.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>A theme needs a name.</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Rename “%1” to “%2”</translation>
    </message>
    <message>
        <source>Choose two or more different themes to merge.</source>
        <translation>Choose two or more different themes to merge.</translation>
    </message>
    <message>
        <source>Merge %1 into “%2”</source>
        <translation>Merge %1 into “%2”</translation>
    </message>
    <message>
        <source>The new theme needs a name.</source>
        <translation>The new theme needs a name.</translation>
    </message>
    <message>
        <source>Choose the keywords of the new theme.</source>
        <translation>Choose the keywords of the new theme.</translation>
    </message>
    <message>
        <source>“%1” has no keyword “%2”.</source>
        <translation>“%1” has no keyword “%2”.</translation>
    </message>
    <message>
        <source>“%1” would keep no keyword; rename it instead.</source>
        <translation>“%1” would keep no keyword; rename it instead.</translation>
    </message>
    <message>
        <source>Split “%1” from “%2”</source>
        <translation>Split “%1” from “%2”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
    <message>
        <source>A keyword cannot be empty.</source>
        <translation>A keyword cannot be empty.</translation>
    </message>
    <message>
        <source>“%1” already has the keyword “%2”.</source>
        <translation>“%1” already has the keyword “%2”.</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>Add “%1” to “%2”</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation>Remove “%1” from “%2”</translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>New theme “%1”</translation>
    </message>
    <message>
        <source>Search for something first.</source>
        <translation>Search for something first.</translation>
    </message>
    <message>
        <source>Suggest themes again</source>
        <translation>Suggest themes again</translation>
    </message>
</context>
<context>
    <name>CodebookEditor</name>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Edit Themes</source>
        <translation>Edit Themes</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Words or phrases, comma separated: factuur, invoice</source>
        <translation>Words or phrases, comma separated: factuur, invoice</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Keywords:</translation>
    </message>
    <message>
        <source>Merge Selected</source>
        <translation>Merge Selected</translation>
    </message>
    <message>
        <source>One theme of the selected ones, with all their keywords</source>
        <translation>One theme of the selected ones, with all their keywords</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These keywords find %n responses.</source>
        <translation><numerusform>These keywords find %n response.</numerusform><numerusform>These keywords find %n responses.</numerusform></translation>
    </message>
    <message>
        <source>Create Theme</source>
        <translation>Create Theme</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Split…</translation>
    </message>
    <message>
        <source>Move some of this theme's keywords into a new theme</source>
        <translation>Move some of this theme's keywords into a new theme</translation>
    </message>
    <message>
        <source>New theme from a search</source>
        <translation>New theme from a search</translation>
    </message>
    <message>
        <source>A word or phrase the answers contain: te laat, late</source>
        <translation>A word or phrase the answers contain: te laat, late</translation>
    </message>
    <message>
        <source>A theme of the answers that contain this text</source>
        <translation>A theme of the answers that contain this text</translation>
    </message>
    <message>
        <source>“%1” has one keyword: there is nothing to split.</source>
        <translation>“%1” has one keyword: there is nothing to split.</translation>
    </message>
    <message>
        <source>Type what the answers say to see how many contain it.</source>
        <translation>Type what the answers say to see how many contain it.</translation>
    </message>
    <message numerus="yes">
        <source>%n responses contain it.</source>
        <translation><numerusform>%n response contains it.</numerusform><numerusform>%n responses contain it.</numerusform></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>ignored by the user</source>
        <translation>ignored by the user</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the team database lost — reconnecting…</source>
        <translation>Connection to the team database lost — reconnecting…</translation>
    </message>
    <message>
        <source>Try Now</source>
        <translation>Try Now</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation><numerusform>Next attempt in %n s.</numerusform><numerusform>Next attempt in %n s.</numerusform></translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>Trying to reconnect…</translation>
    </message>
    <message>
        <source>The figures shown are as they were; what you are typing stays where it is.</source>
        <translation>The figures shown are as they were; what you are typing stays where it is.</translation>
    </message>
</context>
<context>
    <name>ContentSniffer</name>
    <message>
        <source>a PNG image</source>
        <translation>a PNG image</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>a JPEG image</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>a GIF image</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>a PDF document</translation>
    </message>
    <message>
        <source>a ZIP archive (a workbook or another document)</source>
        <translation>a ZIP archive (a workbook or another document)</translation>
    </message>
    <message>
        <source>an old .xls workbook or a password-protected file</source>
        <translation>an old .xls workbook or a password-protected file</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>a gzip archive</translation>
    </message>
    <message>
        <source>an SQLite database (an NPS Studio project?)</source>
        <translation>an SQLite database (an NPS Studio project?)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>a program</translation>
    </message>
    <message>
        <source>“%1” is not a text export: it is %2. Export the survey as CSV, or save it as an .xlsx workbook.</source>
        <translation>“%1” is not a text export: it is %2. Export the survey as CSV, or save it as an .xlsx workbook.</translation>
    </message>
    <message>
        <source>“%1” is not a text export: it holds binary data (%2 control characters in its first %3 bytes).</source>
        <translation>“%1” is not a text export: it holds binary data (%2 control characters in its first %3 bytes).</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a project exactly: from a project file to a team project on PostgreSQL, or back.</source>
        <translation>Copy a project exactly: from a project file to a team project on PostgreSQL, or back.</translation>
    </message>
    <message>
        <source>The copy command.</source>
        <translation>The copy command.</translation>
    </message>
    <message>
        <source>The project to copy (a file or a URL).</source>
        <translation>The project to copy (a file or a URL).</translation>
    </message>
    <message>
        <source>The new project (a file or a postgresql:// URL).</source>
        <translation>The new project (a file or a postgresql:// URL).</translation>
    </message>
    <message>
        <source>copy: name both projects: --from PROJECT --to PROJECT.</source>
        <translation>copy: name both projects: --from PROJECT --to PROJECT.</translation>
    </message>
    <message>
        <source>Copied %1 imports with %2 responses (%3 rows) to %4.
</source>
        <translation>Copied %1 imports with %2 responses (%3 rows) to %4.
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>Unknown text encoding “%1”.</translation>
    </message>
    <message>
        <source>the quote that opens field %1 on line %2 is never closed</source>
        <translation>the quote that opens field %1 on line %2 is never closed</translation>
    </message>
    <message>
        <source>the quote that opens field %1 is never closed</source>
        <translation>the quote that opens field %1 is never closed</translation>
    </message>
    <message>
        <source>(line %1 reads as the next record)</source>
        <translation>(line %1 reads as the next record)</translation>
    </message>
    <message>
        <source>before the end of the file</source>
        <translation>before the end of the file</translation>
    </message>
    <message>
        <source>this record is left out</source>
        <translation>this record is left out</translation>
    </message>
    <message>
        <source>lines %1–%2 are left out as one record</source>
        <translation>lines %1–%2 are left out as one record</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Net Promoter Score</source>
        <translation>Net Promoter Score</translation>
    </message>
    <message>
        <source>Promoters, passives, detractors</source>
        <translation>Promoters, passives, detractors</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Show the breakdown as a table</source>
        <translation>Show the breakdown as a table</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>NPS by</source>
        <translation>NPS by</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>the previous period</translation>
    </message>
    <message>
        <source>Passives are %1 of respondents: satisfied, but not loyal enough to recommend — the silent leak.</source>
        <translation>Passives are %1 of respondents: satisfied, but not loyal enough to recommend — the silent leak.</translation>
    </message>
    <message>
        <source>Benchmarks and bands are set in Project ▸ Targets and Benchmarks…</source>
        <translation>Benchmarks and bands are set in Project ▸ Targets and Benchmarks…</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>How the bars are sorted; groups of fewer than 30 come last</source>
        <translation>How the bars are sorted; groups of fewer than 30 come last</translation>
    </message>
    <message>
        <source>Largest groups first</source>
        <translation>Largest groups first</translation>
    </message>
    <message>
        <source>Highest NPS first</source>
        <translation>Highest NPS first</translation>
    </message>
    <message>
        <source>In the answers' own order</source>
        <translation>In the answers' own order</translation>
    </message>
    <message>
        <source>The segment question to break the NPS down by</source>
        <translation>The segment question to break the NPS down by</translation>
    </message>
    <message>
        <source>%1: %2 (%3 points)</source>
        <translation>%1: %2 (%3 points)</translation>
    </message>
    <message>
        <source>Bands: %1</source>
        <translation>Bands: %1</translation>
    </message>
    <message>
        <source>Only score %1</source>
        <translation>Only score %1</translation>
    </message>
    <message>
        <source>Only scores %1</source>
        <translation>Only scores %1</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promoters</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passives</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>detractors</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Only %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 are selected, so the shares describe that selection only. Clear the filter to see every group.</source>
        <translation>%1 are selected, so the shares describe that selection only. Clear the filter to see every group.</translation>
    </message>
    <message>
        <source>&lt;b&gt;CSAT&lt;/b&gt; %1 &lt;span style='color:%3'&gt;(n = %2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;CSAT&lt;/b&gt; %1 &lt;span style='color:%3'&gt;(n = %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;CES&lt;/b&gt; %1 &lt;span style='color:%3'&gt;(n = %2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;CES&lt;/b&gt; %1 &lt;span style='color:%3'&gt;(n = %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Open answers</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>What the answers are about, each theme's NPS and what it costs the score</source>
        <translation>What the answers are about, each theme's NPS and what it costs the score</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>“%1” is not a PostgreSQL address: it starts with postgresql://</source>
        <translation>“%1” is not a PostgreSQL address: it starts with postgresql://</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>“%1” is not a valid PostgreSQL address: %2</translation>
    </message>
    <message>
        <source>“%1”: the port must be a number from 1 to 65535, not “%2”.</source>
        <translation>“%1”: the port must be a number from 1 to 65535, not “%2”.</translation>
    </message>
    <message>
        <source>“%1”: unknown parameter “%2” (known: project, host, port, user, dbname, sslmode and the other libpq parameters).</source>
        <translation>“%1”: unknown parameter “%2” (known: project, host, port, user, dbname, sslmode and the other libpq parameters).</translation>
    </message>
    <message>
        <source>“%1” names no database: write postgresql://user@host:5432/DATABASE.</source>
        <translation>“%1” names no database: write postgresql://user@host:5432/DATABASE.</translation>
    </message>
    <message>
        <source>“%1”: the project name “%2” must start with a letter and hold only letters, digits, _ and - (at most 63).</source>
        <translation>“%1”: the project name “%2” must start with a letter and hold only letters, digits, _ and - (at most 63).</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>Excel serial day numbers</source>
        <translation>Excel serial day numbers</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix seconds</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>year-month-day</translation>
    </message>
    <message>
        <source>day-month-year</source>
        <translation>day-month-year</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>month/day/year</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source> (no value settled the order; taken from the locale)</source>
        <translation> (no value settled the order; taken from the locale)</translation>
    </message>
</context>
<context>
    <name>DialectSniffer</name>
    <message>
        <source>chosen by the user</source>
        <translation>chosen by the user</translation>
    </message>
    <message>
        <source>no delimiter found; one column assumed</source>
        <translation>no delimiter found; one column assumed</translation>
    </message>
    <message>
        <source>%1 columns on most lines</source>
        <translation>%1 columns on most lines</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Score distribution</source>
        <translation>Score distribution</translation>
    </message>
    <message>
        <source>How many respondents gave each score. Click a bar to read the answers of those who gave that score; Ctrl+click to add more scores.</source>
        <translation>How many respondents gave each score. Click a bar to read the answers of those who gave that score; Ctrl+click to add more scores.</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
</context>
<context>
    <name>EncodingSniffer</name>
    <message>
        <source>UTF-8 byte-order mark</source>
        <translation>UTF-8 byte-order mark</translation>
    </message>
    <message>
        <source>UTF-16 little-endian byte-order mark</source>
        <translation>UTF-16 little-endian byte-order mark</translation>
    </message>
    <message>
        <source>UTF-16 big-endian byte-order mark</source>
        <translation>UTF-16 big-endian byte-order mark</translation>
    </message>
    <message>
        <source>UTF-16 pattern of zero bytes</source>
        <translation>UTF-16 pattern of zero bytes</translation>
    </message>
    <message>
        <source>plain ASCII, read as UTF-8</source>
        <translation>plain ASCII, read as UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>valid UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8; Windows-1252 as Excel writes it</source>
        <translation>not UTF-8; Windows-1252 as Excel writes it</translation>
    </message>
    <message>
        <source>not UTF-8; detector said %1, read as Windows-1252 as Excel writes Western text</source>
        <translation>not UTF-8; detector said %1, read as Windows-1252 as Excel writes Western text</translation>
    </message>
    <message>
        <source>detected by libuchardet</source>
        <translation>detected by libuchardet</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promoters</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passives</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>detractors</translation>
    </message>
    <message>
        <source>with an open answer</source>
        <translation>with an open answer</translation>
    </message>
    <message>
        <source>answers containing “%1”</source>
        <translation>answers containing “%1”</translation>
    </message>
    <message>
        <source>all responses</source>
        <translation>all responses</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>scores %1</source>
        <translation>scores %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>theme %1</translation>
    </message>
    <message>
        <source>themes %1</source>
        <translation>themes %1</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>With an open answer</source>
        <translation>With an open answer</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Clear all</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>All responses</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Scores %1</source>
        <translation>Scores %1</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themes: %1</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search the open answers…</source>
        <translation>Search the open answers…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>The periods of the trend chart</source>
        <translation>The periods of the trend chart</translation>
    </message>
    <message>
        <source>Trend per</source>
        <translation>Trend per</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Last 4 quarters</source>
        <translation>Last 4 quarters</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promoters (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passives (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Detractors (0–6)</translation>
    </message>
    <message>
        <source>Only with an open answer</source>
        <translation>Only with an open answer</translation>
    </message>
    <message>
        <source>Tick values to look at them only; counts show what each value adds under the rest of the filter.</source>
        <translation>Tick values to look at them only; counts show what each value adds under the rest of the filter.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>First response</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Last response</translation>
    </message>
    <message>
        <source>Only responses whose open answer contains this text (Ctrl+F)</source>
        <translation>Only responses whose open answer contains this text (Ctrl+F)</translation>
    </message>
    <message>
        <source>This export has no dates: the period and the trend need a date column (its role “Date” when you import).</source>
        <translation>This export has no dates: the period and the trend need a date column (its role “Date” when you import).</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Find a question or value…</source>
        <translation>Find a question or value…</translation>
    </message>
    <message>
        <source>Shows the segment questions and values that contain this text</source>
        <translation>Shows the segment questions and values that contain this text</translation>
    </message>
    <message>
        <source>More dimensions… (%1)</source>
        <translation>More dimensions… (%1)</translation>
    </message>
    <message>
        <source>The other segment questions of this survey, the most relevant first</source>
        <translation>The other segment questions of this survey, the most relevant first</translation>
    </message>
    <message>
        <source>Several answers per respondent: each option counts on its own.</source>
        <translation>Several answers per respondent: each option counts on its own.</translation>
    </message>
    <message>
        <source>This export has no dates, so there are no periods to choose.</source>
        <translation>This export has no dates, so there are no periods to choose.</translation>
    </message>
    <message>
        <source>No question or value contains “%1”.</source>
        <translation>No question or value contains “%1”.</translation>
    </message>
    <message>
        <source>Detractors (1–6)</source>
        <translation>Detractors (1–6)</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contacted</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cannot write the follow-up list: %1</source>
        <translation>Cannot write the follow-up list: %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Follow Up Detractors</source>
        <translation>Follow Up Detractors</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Show only the detractors with this status</source>
        <translation>Show only the detractors with this status</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <source>Reading the detractors…</source>
        <translation>Reading the detractors…</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>The follow-ups could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n detractors under the dashboard's filter (%1 still open). Double-click a status or a note to change it; changes are stored in the project at once.</source>
        <translation><numerusform>%n detractor under the dashboard's filter (%1 still open). Double-click a status or a note to change it; changes are stored in the project at once.</numerusform><numerusform>%n detractors under the dashboard's filter (%1 still open). Double-click a status or a note to change it; changes are stored in the project at once.</numerusform></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be stored in the project yet: %1</source>
        <translation><numerusform>%n change could not be stored in the project yet: %1</numerusform><numerusform>%n changes could not be stored in the project yet: %1</numerusform></translation>
    </message>
    <message>
        <source>Keep this list open and NPS Studio stores them as soon as it can.</source>
        <translation>Keep this list open and NPS Studio stores them as soon as it can.</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Keep Open</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Discard Changes</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not stored yet (%1); tried again every few seconds.</source>
        <translation><numerusform>%n change not stored yet (%1); tried again every few seconds.</numerusform><numerusform>%n changes not stored yet (%1); tried again every few seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>GroupMixBar</name>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Click a group to read what its respondents said.</source>
        <translation>Click a group to read what its respondents said.</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promoters, passives and detractors</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Delimiter:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segments:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 imported, %3 skipped, %4 already in the project.</source>
        <translation>Read %1 rows: %2 imported, %3 skipped, %4 already in the project.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>column “%1”</translation>
    </message>
    <message>
        <source>found “%1”</source>
        <translation>found “%1”</translation>
    </message>
    <message>
        <source>… and %1 more issues (all of them with --json).</source>
        <translation>… and %1 more issues (all of them with --json).</translation>
    </message>
    <message>
        <source>Import survey exports (CSV) into an NPS Studio project.</source>
        <translation>Import survey exports (CSV) into an NPS Studio project.</translation>
    </message>
    <message>
        <source>The import command.</source>
        <translation>The import command.</translation>
    </message>
    <message>
        <source>Survey export(s) to import.</source>
        <translation>Survey export(s) to import.</translation>
    </message>
    <message>
        <source>Project file (created when missing).</source>
        <translation>Project file (created when missing).</translation>
    </message>
    <message>
        <source>Abort on the first row with a problem; import nothing.</source>
        <translation>Abort on the first row with a problem; import nothing.</translation>
    </message>
    <message>
        <source>Field delimiter: , ; tab or |.</source>
        <translation>Field delimiter: , ; tab or |.</translation>
    </message>
    <message>
        <source>Text encoding, e.g. UTF-8, windows-1252, UTF-16LE.</source>
        <translation>Text encoding, e.g. UTF-8, windows-1252, UTF-16LE.</translation>
    </message>
    <message>
        <source>Print the reports as JSON.</source>
        <translation>Print the reports as JSON.</translation>
    </message>
    <message>
        <source>import: name at least one file to import.</source>
        <translation>import: name at least one file to import.</translation>
    </message>
    <message>
        <source>import: name the project with --db PROJECT.npsdb.</source>
        <translation>import: name the project with --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>import: --delimiter takes one character or tab, not “%1”.</source>
        <translation>import: --delimiter takes one character or tab, not “%1”.</translation>
    </message>
    <message>
        <source>import: --map takes ROLE=COLUMN, not “%1”.</source>
        <translation>import: --map takes ROLE=COLUMN, not “%1”.</translation>
    </message>
    <message>
        <source>%1 rows left out: %2 (--keep-incomplete keeps them).</source>
        <translation>%1 rows left out: %2 (--keep-incomplete keeps them).</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx workbook (default: the first with data).</source>
        <translation>The sheet of an .xlsx workbook (default: the first with data).</translation>
    </message>
    <message>
        <source>Keep Qualtrics previews, tests and unfinished responses.</source>
        <translation>Keep Qualtrics previews, tests and unfinished responses.</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>1–10 (no answer is 0; 1 to 6 are detractors)</source>
        <translation>1–10 (no answer is 0; 1 to 6 are detractors)</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(primary)</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <source>Multi:</source>
        <translation>Multi:</translation>
    </message>
    <message>
        <source>Numeric:</source>
        <translation>Numeric:</translation>
    </message>
    <message>
        <source>Not shown:</source>
        <translation>Not shown:</translation>
    </message>
    <message>
        <source>another score column can be chosen with --map score=COLUMN</source>
        <translation>another score column can be chosen with --map score=COLUMN</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 empty</translation>
    </message>
    <message>
        <source>npsstudio: waiting for another import to finish…</source>
        <translation>npsstudio: waiting for another import to finish…</translation>
    </message>
    <message>
        <source>npsstudio: still waiting for another import (%1 s)…</source>
        <translation>npsstudio: still waiting for another import (%1 s)…</translation>
    </message>
    <message>
        <source>%1 of %2 files imported (%3 with skipped rows), %4 failed.</source>
        <translation>%1 of %2 files imported (%3 with skipped rows), %4 failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n responses have no score (%1): kept with their answers, left out of the NPS.</source>
        <translation><numerusform>%n response has no score (%1): kept with its answers, left out of the NPS.</numerusform><numerusform>%n responses have no score (%1): kept with their answers, left out of the NPS.</numerusform></translation>
    </message>
    <message>
        <source>Column role: score, date, id, answer, segment, csat, ces, contact (personal data kept for the follow-up list) or ignore, by column header or number.</source>
        <translation>Column role: score, date, id, answer, segment, csat, ces, contact (personal data kept for the follow-up list) or ignore, by column header or number.</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>column %1 (no header)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>answer</translation>
    </message>
    <message>
        <source>csat</source>
        <translation>csat</translation>
    </message>
    <message>
        <source>ces</source>
        <translation>ces</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat a respondent id of an earlier row of this file: counted once.</source>
        <translation><numerusform>%n row repeats a respondent id of an earlier row of this file: counted once.</numerusform><numerusform>%n rows repeat a respondent id of an earlier row of this file: counted once.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows have an NPS group that disagrees with their score; the score counts.</source>
        <translation><numerusform>%n row has an NPS group that disagrees with its score; the score counts.</numerusform><numerusform>%n rows have an NPS group that disagrees with their score; the score counts.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Respondent id</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Open answer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Detected:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Comma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semicolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Pipe ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Read as:</translation>
    </message>
    <message>
        <source>Each column's role, and the first rows as they will be read:</source>
        <translation>Each column's role, and the first rows as they will be read:</translation>
    </message>
    <message>
        <source>How the columns were chosen, and problems:</source>
        <translation>How the columns were chosen, and problems:</translation>
    </message>
    <message>
        <source>The roles you chose last time for this header are chosen again.</source>
        <translation>The roles you chose last time for this header are chosen again.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the 0–10 recommendation score.</source>
        <translation>Choose the column that holds the 0–10 recommendation score.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import was cancelled.&lt;/b&gt; The project is unchanged.</source>
        <translation>&lt;b&gt;The import was cancelled.&lt;/b&gt; The project is unchanged.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; The project is unchanged.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Nothing was imported.&lt;/b&gt; The project is unchanged.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 responses imported&lt;/b&gt; from %2 rows read: %3 skipped with a problem, %4 already in the project.</source>
        <translation>&lt;b&gt;%1 responses imported&lt;/b&gt; from %2 rows read: %3 skipped with a problem, %4 already in the project.</translation>
    </message>
    <message>
        <source>Line %1%2: %3 (found “%4”)</source>
        <translation>Line %1%2: %3 (found “%4”)</translation>
    </message>
    <message>
        <source>, column “%1”</source>
        <translation>, column “%1”</translation>
    </message>
    <message>
        <source>%1 left out on purpose (survey previews, tests or unfinished responses).</source>
        <translation>%1 left out on purpose (survey previews, tests or unfinished responses).</translation>
    </message>
    <message>
        <source>The open project (%1)</source>
        <translation>The open project (%1)</translation>
    </message>
    <message>
        <source>A new project (%1)</source>
        <translation>A new project (%1)</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Import into:</translation>
    </message>
    <message>
        <source>%1 · encoding %2 (%3) · delimiter %4 (%5)</source>
        <translation>%1 · encoding %2 (%3) · delimiter %4 (%5)</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS group</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 empty</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>The open project is empty.</source>
        <translation>The open project is empty.</translation>
    </message>
    <message>
        <source>This export continues a survey of the open project: respondents already there are not added again.</source>
        <translation>This export continues a survey of the open project: respondents already there are not added again.</translation>
    </message>
    <message>
        <source>This export has none of this project's questions, so it goes into a new project unless you choose otherwise.</source>
        <translation>This export has none of this project's questions, so it goes into a new project unless you choose otherwise.</translation>
    </message>
    <message>
        <source>This export shares only %1 of its %2 questions with this project, so it goes into a new project unless you choose otherwise.</source>
        <translation>This export shares only %1 of its %2 questions with this project, so it goes into a new project unless you choose otherwise.</translation>
    </message>
    <message>
        <source>Multi-select: each chosen option is a value</source>
        <translation>Multi-select: each chosen option is a value</translation>
    </message>
    <message>
        <source>A numeric scale</source>
        <translation>A numeric scale</translation>
    </message>
    <message>
        <source>not shown as a filter by default: %1</source>
        <translation>not shown as a filter by default: %1</translation>
    </message>
    <message>
        <source>The primary open question: the answers shown first</source>
        <translation>The primary open question: the answers shown first</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which column holds the recommendation score?&lt;/b&gt; These %1 columns hold 0–10 answers and nothing tells them apart: %2. They are highlighted below; choose “Score (0–10)” in the Role box of the one that asks how likely the respondent is to recommend you.</source>
        <translation>&lt;b&gt;Which column holds the recommendation score?&lt;/b&gt; These %1 columns hold 0–10 answers and nothing tells them apart: %2. They are highlighted below; choose “Score (0–10)” in the Role box of the one that asks how likely the respondent is to recommend you.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No column holds 0–10 recommendation scores.&lt;/b&gt; Choose “Score (0–10)” in the Role box of the column that does.</source>
        <translation>&lt;b&gt;No column holds 0–10 recommendation scores.&lt;/b&gt; Choose “Score (0–10)” in the Role box of the column that does.</translation>
    </message>
    <message>
        <source>Could be the recommendation score</source>
        <translation>Could be the recommendation score</translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>Waiting for another import to finish…</translation>
    </message>
    <message>
        <source>%1 have no score (%2): they keep their answers but do not count in the NPS.</source>
        <translation>%1 have no score (%2): they keep their answers but do not count in the NPS.</translation>
    </message>
    <message>
        <source>%1 open questions are kept.</source>
        <translation>%1 open questions are kept.</translation>
    </message>
    <message>
        <source>The scores run from 1 to 10 (1 to 6 are detractors).</source>
        <translation>The scores run from 1 to 10 (1 to 6 are detractors).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Cancelling: the project stays as it was…</source>
        <translation>Cancelling: the project stays as it was…</translation>
    </message>
    <message>
        <source>Contact (personal data)</source>
        <translation>Contact (personal data)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat the respondent id of an earlier row and were counted once.</source>
        <translation><numerusform>%n row repeats the respondent id of an earlier row and was counted once.</numerusform><numerusform>%n rows repeat the respondent id of an earlier row and were counted once.</numerusform></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Unknown encoding “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty: expected a header row and responses.</source>
        <translation>“%1” is empty: expected a header row and responses.</translation>
    </message>
    <message>
        <source>No column “%1” in “%2”; its columns are: %3</source>
        <translation>No column “%1” in “%2”; its columns are: %3</translation>
    </message>
    <message>
        <source>%1: no score column; choose one with --map score=COLUMN.</source>
        <translation>%1: no score column; choose one with --map score=COLUMN.</translation>
    </message>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>Cannot write to the project: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Cannot record the import: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>expected %1 fields, found %2</translation>
    </message>
    <message>
        <source>not a date of this column's format (%1)</source>
        <translation>not a date of this column's format (%1)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”: %4 (found “%5”). Nothing was imported (--strict).</source>
        <translation>%1, line %2, column “%3”: %4 (found “%5”). Nothing was imported (--strict).</translation>
    </message>
    <message>
        <source>Cannot store line %1: %2</source>
        <translation>Cannot store line %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the responses: %1</source>
        <translation>Cannot store the responses: %1</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>Cannot save the import: %1</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel workbook, sheet “%1”</translation>
    </message>
    <message>
        <source>cells of a sheet</source>
        <translation>cells of a sheet</translation>
    </message>
    <message>
        <source>survey preview, test or spam</source>
        <translation>survey preview, test or spam</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>unfinished</translation>
    </message>
    <message>
        <source>“%1” has %2 columns in its first row; a survey export has at most %3 (one per question). Is it a transposed table, or not an export?</source>
        <translation>“%1” has %2 columns in its first row; a survey export has at most %3 (one per question). Is it a transposed table, or not an export?</translation>
    </message>
    <message>
        <source>“%1”: its header row is broken: %2</source>
        <translation>“%1”: its header row is broken: %2</translation>
    </message>
    <message>
        <source>“%1” has a header but no responses: nothing to import.</source>
        <translation>“%1” has a header but no responses: nothing to import.</translation>
    </message>
    <message>
        <source>%1: “%2”, chosen by the user</source>
        <translation>%1: “%2”, chosen by the user</translation>
    </message>
    <message>
        <source>this export continues a survey of the project (%1 of its %2 columns are known): respondents already imported are not added again</source>
        <translation>this export continues a survey of the project (%1 of its %2 columns are known): respondents already imported are not added again</translation>
    </message>
    <message>
        <source>this respondent id came earlier in the file: counted once, this row is a duplicate</source>
        <translation>this respondent id came earlier in the file: counted once, this row is a duplicate</translation>
    </message>
    <message>
        <source>Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces, contact or ignore.</source>
        <translation>Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces, contact or ignore.</translation>
    </message>
    <message>
        <source>dates: day and month order is ambiguous in every value; read as %1 after the locale (%2)</source>
        <translation>dates: day and month order is ambiguous in every value; read as %1 after the locale (%2)</translation>
    </message>
    <message>
        <source>this export has no date column: its responses count in all figures except per period</source>
        <translation>this export has no date column: its responses count in all figures except per period</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n row(s) could be imported; the first problem is on line %2: %3</source>
        <translation><numerusform>%1: none of its %n row could be imported; the first problem is on line %2: %3</numerusform><numerusform>%1: none of its %n rows could be imported; the first problem is on line %2: %3</numerusform></translation>
    </message>
    <message>
        <source>; the file ends in the middle of this row: it looks cut off</source>
        <translation>; the file ends in the middle of this row: it looks cut off</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports in This Project</source>
        <translation>Imports in This Project</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Already present</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation>Remove Import…</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Remove Import</translation>
    </message>
    <message>
        <source>Remove the import of “%1” and its %2 responses from this project?
Other imports are not touched. This cannot be undone.</source>
        <translation>Remove the import of “%1” and its %2 responses from this project?
Other imports are not touched. This cannot be undone.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The import could not be removed: %1</source>
        <translation>The import could not be removed: %1</translation>
    </message>
    <message>
        <source>Generic (one header row)</source>
        <translation>Generic (one header row)</translation>
    </message>
    <message>
        <source>SurveyMonkey (two header rows)</source>
        <translation>SurveyMonkey (two header rows)</translation>
    </message>
    <message>
        <source>Qualtrics (three header rows)</source>
        <translation>Qualtrics (three header rows)</translation>
    </message>
    <message>
        <source>Qualtrics legacy (two header rows)</source>
        <translation>Qualtrics legacy (two header rows)</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>Delighted / Medallia-style flat export</source>
        <translation>Delighted / Medallia-style flat export</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NPS Studio</source>
        <translation>NPS Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Import Exports…</source>
        <translation>&amp;Import Exports…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Imports in This &amp;Project…</source>
        <translation>Imports in This &amp;Project…</translation>
    </message>
    <message>
        <source>&amp;Export Open Answers…</source>
        <translation>&amp;Export Open Answers…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Open the &amp;Sample</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Search Answers</source>
        <translation>&amp;Search Answers</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>&amp;Clear Filters</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Reload Project</source>
        <translation>&amp;Reload Project</translation>
    </message>
    <message>
        <source>Filter &amp;Panel</source>
        <translation>Filter &amp;Panel</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About NPS Studio</source>
        <translation>&amp;About NPS Studio</translation>
    </message>
    <message>
        <source>About NPS Studio</source>
        <translation>About NPS Studio</translation>
    </message>
    <message>
        <source>Welcome to NPS Studio</source>
        <translation>Welcome to NPS Studio</translation>
    </message>
    <message>
        <source>Import the CSV export of your survey tool to see your Net Promoter Score,
its trend, its margin of error and the reasons behind it.
You can also drop the file onto this window.</source>
        <translation>Import the CSV export of your survey tool to see your Net Promoter Score,
its trend, its margin of error and the reasons behind it.
You can also drop the file onto this window.</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Import an export…</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Open the sample</translation>
    </message>
    <message>
        <source>%1 — NPS Studio</source>
        <translation>%1 — NPS Studio</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Reading the project…</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 skipped, %4 already present</source>
        <translation>%1: %2 imported, %3 skipped, %4 already present</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>NPS Studio projects (*.npsdb)</source>
        <translation>NPS Studio projects (*.npsdb)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Import Exports</source>
        <translation>Import Exports</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>An import is already running; wait for it to finish.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>The import was cancelled; nothing changed.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NPS Studio %1&lt;/h3&gt;&lt;p&gt;Net Promoter Score analysis for marketing analysts.&lt;/p&gt;&lt;p&gt;95% intervals by the adjusted Wald method (Rocks 2016).&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLite (public domain), libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) and the DejaVu fonts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NPS Studio %1&lt;/h3&gt;&lt;p&gt;Net Promoter Score analysis for marketing analysts.&lt;/p&gt;&lt;p&gt;95% intervals by the adjusted Wald method (Rocks 2016).&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLite (public domain), libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) and the DejaVu fonts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Save Project &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Move Project…</source>
        <translation>&amp;Move Project…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Targets and Benchmarks…</source>
        <translation>&amp;Targets and Benchmarks…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Find a &amp;Question…</source>
        <translation>Find a &amp;Question…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Open Answers Only</source>
        <translation>&amp;Open Answers Only</translation>
    </message>
    <message>
        <source>The open answers over the whole height, the charts hidden</source>
        <translation>The open answers over the whole height, the charts hidden</translation>
    </message>
    <message>
        <source>Reading the responses into memory; the dashboard follows in a moment.</source>
        <translation>Reading the responses into memory; the dashboard follows in a moment.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opening the project was cancelled.</source>
        <translation>Opening the project was cancelled.</translation>
    </message>
    <message>
        <source>%1 (read-only) — NPS Studio</source>
        <translation>%1 (read-only) — NPS Studio</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Project file: %1</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Opening “%1”…</translation>
    </message>
    <message>
        <source>Save the New Project As</source>
        <translation>Save the New Project As</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Move Project</source>
        <translation>Move Project</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>Moving the project…</source>
        <translation>Moving the project…</translation>
    </message>
    <message>
        <source>Saving the project…</source>
        <translation>Saving the project…</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Moved to %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
    <message>
        <source>Cannot store the targets in the project: %1</source>
        <translation>Cannot store the targets in the project: %1</translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>Waiting for another import to finish…</translation>
    </message>
    <message>
        <source>Stop the import; the project stays as it was</source>
        <translation>Stop the import; the project stays as it was</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Cancelling the import…</translation>
    </message>
    <message>
        <source>&amp;Follow Up Detractors…</source>
        <translation>&amp;Follow Up Detractors…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>Open &amp;Team Project…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>%1 (team)</source>
        <translation>%1 (team)</translation>
    </message>
    <message>
        <source>Team project: %1</source>
        <translation>Team project: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring (%1); you will be asked for it next time.</source>
        <translation>The password could not be kept in the keyring (%1); you will be asked for it next time.</translation>
    </message>
    <message>
        <source>You (%1) may only view this team project: ask one of its editors (the role %2) to import.</source>
        <translation>You (%1) may only view this team project: ask one of its editors (the role %2) to import.</translation>
    </message>
    <message>
        <source>Cannot read what the team added: %1</source>
        <translation>Cannot read what the team added: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new responses from the team</source>
        <translation><numerusform>%n new response from the team</numerusform><numerusform>%n new responses from the team</numerusform></translation>
    </message>
    <message>
        <source>Reconnected, but the project cannot be opened: %1</source>
        <translation>Reconnected, but the project cannot be opened: %1</translation>
    </message>
    <message>
        <source>Connection to the team database restored.</source>
        <translation>Connection to the team database restored.</translation>
    </message>
    <message>
        <source>%1 of %2 responses</source>
        <translation>%1 of %2 responses</translation>
    </message>
</context>
<context>
    <name>NpsBand</name>
    <message>
        <source>needs attention</source>
        <translation>needs attention</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>acceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
</context>
<context>
    <name>NpsComparison</name>
    <message>
        <source>within the margin of error</source>
        <translation>within the margin of error</translation>
    </message>
    <message numerus="yes">
        <source>a significant rise of %n points</source>
        <translation><numerusform>a significant rise of %n point</numerusform><numerusform>a significant rise of %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>a significant fall of %n points</source>
        <translation><numerusform>a significant fall of %n point</numerusform><numerusform>a significant fall of %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>NpsGauge</name>
    <message>
        <source>NPS gauge</source>
        <translation>NPS gauge</translation>
    </message>
    <message>
        <source>NPS %1, n = %2</source>
        <translation>NPS %1, n = %2</translation>
    </message>
    <message>
        <source>No responses</source>
        <translation>No responses</translation>
    </message>
    <message>
        <source>n = %1: too few responses to rely on</source>
        <translation>n = %1: too few responses to rely on</translation>
    </message>
    <message>
        <source>%1 · n = %2</source>
        <translation>%1 · n = %2</translation>
    </message>
    <message>
        <source>95% interval %1</source>
        <translation>95% interval %1</translation>
    </message>
    <message>
        <source>No responses with a score in this selection</source>
        <translation>No responses with a score in this selection</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation>vs. %1</translation>
    </message>
    <message>
        <source>%1: not an NPS of all respondents</source>
        <translation>%1: not an NPS of all respondents</translation>
    </message>
    <message>
        <source>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.
The purple band outside the dial is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.</source>
        <translation>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.
The purple band outside the dial is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.</translation>
    </message>
</context>
<context>
    <name>OpenAnswersModel</name>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promoter</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passive</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Open answer</translation>
    </message>
    <message>
        <source>%1

Themes: %2</source>
        <translation>%1

Themes: %2</translation>
    </message>
</context>
<context>
    <name>OpenAnswersView</name>
    <message>
        <source>Open answers</source>
        <translation>Open answers</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save every response of this selection as a CSV file</source>
        <translation>Save every response of this selection as a CSV file</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>%1 responses · %2 with an answer</source>
        <translation>%1 responses · %2 with an answer</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Detractor</translation>
    </message>
    <message>
        <source>Export Open Answers</source>
        <translation>Export Open Answers</translation>
    </message>
    <message>
        <source>open-answers.csv</source>
        <translation>open-answers.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Choose the segment questions shown as columns</source>
        <translation>Choose the segment questions shown as columns</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Reading pane</translation>
    </message>
    <message>
        <source>Show the whole answer and every segment of the current response</source>
        <translation>Show the whole answer and every segment of the current response</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Maximise</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Give the open answers the whole height (Ctrl+Shift+M)</source>
        <translation>Give the open answers the whole height (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Choose a response to read it in full.</source>
        <translation>Choose a response to read it in full.</translation>
    </message>
    <message>
        <source>Only the three most relevant</source>
        <translation>Only the three most relevant</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>no score</translation>
    </message>
    <message>
        <source>No open answer.</source>
        <translation>No open answer.</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Open question</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Themes:</translation>
    </message>
</context>
<context>
    <name>PostgresSession</name>
    <message>
        <source>Cannot open “%1”: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</source>
        <translation>Cannot open “%1”: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Cannot open the project “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: %2</source>
        <translation>Cannot create the project “%1”: %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project is already saved as “%1”.</source>
        <translation>The project is already saved as “%1”.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Cannot replace “%1”.</translation>
    </message>
    <message>
        <source>Cannot save the project as “%1”: %2</source>
        <translation>Cannot save the project as “%1”: %2</translation>
    </message>
    <message>
        <source>The project was copied to “%1”, but “%2” could not be removed.</source>
        <translation>The project was copied to “%1”, but “%2” could not be removed.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a project file.</source>
        <translation>“%1” is a folder, not a project file.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: it is not an SQLite database.</source>
        <translation>“%1” is not an NPS Studio project: it is not an SQLite database.</translation>
    </message>
    <message>
        <source>It can still be read: npsstudio summary, report, and the window open it read-only.</source>
        <translation>It can still be read: npsstudio summary, report, and the window open it read-only.</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: it is on a read-only medium. %2</source>
        <translation>Cannot write to “%1”: it is on a read-only medium. %2</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: the file is read-only. %2</source>
        <translation>Cannot write to “%1”: the file is read-only. %2</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: its folder “%2” is read-only (a project keeps its journal next to it). %3</source>
        <translation>Cannot write to “%1”: its folder “%2” is read-only (a project keeps its journal next to it). %3</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: </source>
        <translation>Cannot write to “%1”: </translation>
    </message>
    <message>
        <source>Cannot write to “%1”: the disk is full (%2 free). Nothing was changed.</source>
        <translation>Cannot write to “%1”: the disk is full (%2 free). Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: it is read-only (%2).</source>
        <translation>Cannot write to “%1”: it is read-only (%2).</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: the disk refused the write (%2). Nothing was changed.</source>
        <translation>Cannot write to “%1”: the disk refused the write (%2). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ProjectLocations</name>
    <message>
        <source>NPS Studio projects (*.npsdb)</source>
        <translation>NPS Studio projects (*.npsdb)</translation>
    </message>
</context>
<context>
    <name>ProjectTransfer</name>
    <message>
        <source>“%1” and “%2” are the same project.</source>
        <translation>“%1” and “%2” are the same project.</translation>
    </message>
    <message>
        <source>“%1” already holds imports: copy into a new project, or remove them first.</source>
        <translation>“%1” already holds imports: copy into a new project, or remove them first.</translation>
    </message>
    <message>
        <source>Cannot copy the project to “%1”: %2</source>
        <translation>Cannot copy the project to “%1”: %2</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>The project has no responses in %1; its quarters run from %2 to %3.</source>
        <translation>The project has no responses in %1; its quarters run from %2 to %3.</translation>
    </message>
    <message>
        <source>No responses with a score in %1 for this selection (%2).</source>
        <translation>No responses with a score in %1 for this selection (%2).</translation>
    </message>
    <message>
        <source>The project has no dated responses, so it has no quarters; report on all responses instead.</source>
        <translation>The project has no dated responses, so it has no quarters; report on all responses instead.</translation>
    </message>
    <message>
        <source>No responses with a score for this selection (%1).</source>
        <translation>No responses with a score for this selection (%1).</translation>
    </message>
</context>
<context>
    <name>QuestionClassifier</name>
    <message>
        <source>personal data</source>
        <translation>personal data</translation>
    </message>
    <message>
        <source>survey tool metadata</source>
        <translation>survey tool metadata</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS group</translation>
    </message>
    <message>
        <source>only missing markers</source>
        <translation>only missing markers</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>another date</source>
        <translation>another date</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>row numbers</translation>
    </message>
    <message>
        <source>an identifier, not an answer</source>
        <translation>an identifier, not an answer</translation>
    </message>
    <message>
        <source>it follows the recommend question</source>
        <translation>it follows the recommend question</translation>
    </message>
    <message>
        <source>it asks why</source>
        <translation>it asks why</translation>
    </message>
    <message>
        <source>the free-text question nearest to the score</source>
        <translation>the free-text question nearest to the score</translation>
    </message>
    <message>
        <source>open answer: %1</source>
        <translation>open answer: %1</translation>
    </message>
    <message>
        <source>open questions (%1): %2; the primary one is %3, as %4</source>
        <translation>open questions (%1): %2; the primary one is %3, as %4</translation>
    </message>
    <message>
        <source>multi-select questions (each option is a segment value): %1</source>
        <translation>multi-select questions (each option is a segment value): %1</translation>
    </message>
    <message>
        <source>kept, but not shown as filters by default: %1</source>
        <translation>kept, but not shown as filters by default: %1</translation>
    </message>
    <message>
        <source>its header is a placeholder</source>
        <translation>its header is a placeholder</translation>
    </message>
    <message>
        <source>an attention check</source>
        <translation>an attention check</translation>
    </message>
    <message>
        <source>“other” answers</source>
        <translation>“other” answers</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>answered by few</source>
        <translation>answered by few</translation>
    </message>
    <message>
        <source>numbers that rarely repeat</source>
        <translation>numbers that rarely repeat</translation>
    </message>
    <message>
        <source>too many values to filter by</source>
        <translation>too many values to filter by</translation>
    </message>
    <message>
        <source>there is no free-text question but “other” boxes, and it has the most answers</source>
        <translation>there is no free-text question but “other” boxes, and it has the most answers</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>The report command.</source>
        <translation>The report command.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Project file.</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2025-Q3 or 2025-K3.</source>
        <translation>The quarter, e.g. 2025-Q3 or 2025-K3.</translation>
    </message>
    <message>
        <source>Only responses with this segment value (repeatable).</source>
        <translation>Only responses with this segment value (repeatable).</translation>
    </message>
    <message>
        <source>Language of the report: nl or en (default: the system's).</source>
        <translation>Language of the report: nl or en (default: the system's).</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (default) or Letter.</translation>
    </message>
    <message>
        <source>Keep e-mail addresses and phone numbers in quoted answers.</source>
        <translation>Keep e-mail addresses and phone numbers in quoted answers.</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .html or .odt.</source>
        <translation>The file to write: .pdf, .html or .odt.</translation>
    </message>
    <message>
        <source>report: --%1 is required.</source>
        <translation>report: --%1 is required.</translation>
    </message>
    <message>
        <source>report: there is no project “%1”.</source>
        <translation>report: there is no project “%1”.</translation>
    </message>
    <message>
        <source>report: --quarter takes a quarter such as 2025-Q3, not “%1”.</source>
        <translation>report: --quarter takes a quarter such as 2025-Q3, not “%1”.</translation>
    </message>
    <message>
        <source>report: --lang takes nl or en, not “%1”.</source>
        <translation>report: --lang takes nl or en, not “%1”.</translation>
    </message>
    <message>
        <source>report: --page-size takes A4 or Letter, not “%1”.</source>
        <translation>report: --page-size takes A4 or Letter, not “%1”.</translation>
    </message>
    <message>
        <source>report: no dimension in “%1”; use DIMENSION=VALUE with one of the dimensions that `npsstudio summary --dimensions` lists.</source>
        <translation>report: no dimension in “%1”; use DIMENSION=VALUE with one of the dimensions that `npsstudio summary --dimensions` lists.</translation>
    </message>
    <message>
        <source>report: “%1” has no value “%2”; its values are: %3</source>
        <translation>report: “%1” has no value “%2”; its values are: %3</translation>
    </message>
    <message>
        <source>Write the NPS report of a project (one quarter, or all responses) as PDF, HTML or ODT.</source>
        <translation>Write the NPS report of a project (one quarter, or all responses) as PDF, HTML or ODT.</translation>
    </message>
    <message>
        <source>Report on all responses instead of one quarter (for exports without dates, or the whole survey).</source>
        <translation>Report on all responses instead of one quarter (for exports without dates, or the whole survey).</translation>
    </message>
    <message>
        <source>A dimension to present with a table (repeatable; default: the 2–4 most relevant).</source>
        <translation>A dimension to present with a table (repeatable; default: the 2–4 most relevant).</translation>
    </message>
    <message>
        <source>Title on the cover (default: the one chosen for the project in the window, else the survey's name).</source>
        <translation>Title on the cover (default: the one chosen for the project in the window, else the survey's name).</translation>
    </message>
    <message>
        <source>report: give either --quarter 2025-Q3 or --all (all responses, also for exports without dates).</source>
        <translation>report: give either --quarter 2025-Q3 or --all (all responses, also for exports without dates).</translation>
    </message>
    <message>
        <source>report: there is no dimension “%1”; the dimensions are: %2</source>
        <translation>report: there is no dimension “%1”; the dimensions are: %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Hide e-mail addresses and phone numbers in quotes</source>
        <translation>Hide e-mail addresses and phone numbers in quotes</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Selection: %1</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Trend over the last 8 quarters</source>
        <translation>Trend over the last 8 quarters</translation>
    </message>
    <message>
        <source>Tables per segment</source>
        <translation>Tables per segment</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Score distribution</translation>
    </message>
    <message>
        <source>Voices: recurring words and quotes</source>
        <translation>Voices: recurring words and quotes</translation>
    </message>
    <message>
        <source>Method and sources</source>
        <translation>Method and sources</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>NPS report</source>
        <translation>NPS report</translation>
    </message>
    <message>
        <source>The title on the cover and in the footer; kept for this project</source>
        <translation>The title on the cover and in the footer; kept for this project</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>All responses</translation>
    </message>
    <message>
        <source>Reading the quarters…</source>
        <translation>Reading the quarters…</translation>
    </message>
    <message>
        <source>A quarter is compared with the quarter before and the same quarter a year earlier; all responses are reported without a period.</source>
        <translation>A quarter is compared with the quarter before and the same quarter a year earlier; all responses are reported without a period.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>The report follows the dashboard's segments and groups; the period is chosen here.</source>
        <translation>The report follows the dashboard's segments and groups; the period is chosen here.</translation>
    </message>
    <message>
        <source>Segments to present</source>
        <translation>Segments to present</translation>
    </message>
    <message>
        <source>One table each, with the groups of at least 30 responses.</source>
        <translation>One table each, with the groups of at least 30 responses.</translation>
    </message>
    <message>
        <source>%1 · %2 responses</source>
        <translation>%1 · %2 responses</translation>
    </message>
    <message>
        <source>The title and segments could not be kept in the project: %1</source>
        <translation>The title and segments could not be kept in the project: %1</translation>
    </message>
    <message>
        <source>Report — Preview</source>
        <translation>Report — Preview</translation>
    </message>
    <message>
        <source>all responses</source>
        <translation>all responses</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Headline</translation>
    </message>
    <message>
        <source>The trend matters more than the number: compare with your own past first.</source>
        <translation>The trend matters more than the number: compare with your own past first.</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promoters, passives and detractors</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In their own words</translation>
    </message>
    <message>
        <source>No recurring words in this group's answers.</source>
        <translation>No recurring words in this group's answers.</translation>
    </message>
    <message>
        <source>What detractors mention most</source>
        <translation>What detractors mention most</translation>
    </message>
    <message>
        <source>What promoters mention most</source>
        <translation>What promoters mention most</translation>
    </message>
    <message>
        <source>Newest detractor comments to follow up</source>
        <translation>Newest detractor comments to follow up</translation>
    </message>
    <message>
        <source>Method and sources</source>
        <translation>Method and sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>First answer</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Last answer</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write a report as “.%1”; use .pdf, .html or .odt.</source>
        <translation>Cannot write a report as “.%1”; use .pdf, .html or .odt.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>In brief</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>The export has no dates, so there is no trend. Give its date column the role “Date” when you import it to see one.</source>
        <translation>The export has no dates, so there is no trend. Give its date column the role “Date” when you import it to see one.</translation>
    </message>
    <message>
        <source>“%1” — in %2 answers</source>
        <translation>“%1” — in %2 answers</translation>
    </message>
    <message>
        <source>No detractor left a comment in this selection.</source>
        <translation>No detractor left a comment in this selection.</translation>
    </message>
    <message>
        <source>Passives, the silent middle</source>
        <translation>Passives, the silent middle</translation>
    </message>
    <message>
        <source>Scores from %1 to 10</source>
        <translation>Scores from %1 to 10</translation>
    </message>
    <message>
        <source>This survey asks no open question of its own: its free texts (“%1”) are what respondents wrote in when a choice question's list lacked their option. They name options, not reasons, so no themes or comments are quoted here; they are in the window's open answers.</source>
        <translation>This survey asks no open question of its own: its free texts (“%1”) are what respondents wrote in when a choice question's list lacked their option. They name options, not reasons, so no themes or comments are quoted here; they are in the window's open answers.</translation>
    </message>
    <message>
        <source>Newest detractors to follow up, with what they like best</source>
        <translation>Newest detractors to follow up, with what they like best</translation>
    </message>
</context>
<context>
    <name>ReportThemeWording</name>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>(95% interval %1)</source>
        <translation>(95% interval %1)</translation>
    </message>
    <message>
        <source>Impact %1 points · %2 answers (%3) · %4</source>
        <translation>Impact %1 points · %2 answers (%3) · %4</translation>
    </message>
    <message>
        <source>%1 points, significant</source>
        <translation>%1 points, significant</translation>
    </message>
    <message>
        <source>%1 points, within the margin of error</source>
        <translation>%1 points, within the margin of error</translation>
    </message>
    <message>
        <source>Against %1: %2 → %3 of the answers (%4)</source>
        <translation>Against %1: %2 → %3 of the answers (%4)</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 against %2: %3</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Action: %1 (%2)</translation>
    </message>
    <message>
        <source>Themes that rose most: %1.</source>
        <translation>Themes that rose most: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 of passives, %3 of promoters%4)</source>
        <translation>%1 (%2 of passives, %3 of promoters%4)</translation>
    </message>
    <message>
        <source>, within the margin of error</source>
        <translation>, within the margin of error</translation>
    </message>
    <message>
        <source>Passives mention no theme more often than promoters.</source>
        <translation>Passives mention no theme more often than promoters.</translation>
    </message>
    <message>
        <source>What stands between a 7–8 and a 9–10 — passives mention more than promoters: %1.</source>
        <translation>What stands between a 7–8 and a 9–10 — passives mention more than promoters: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The theme that costs the score most is “%1”: if the %n detractor(s) who mention it were passives, the NPS would be %2 points higher.</source>
        <translation><numerusform>The theme that costs the score most is “%1”: if the %n detractor who mention it were passives, the NPS would be %2 points higher.</numerusform><numerusform>The theme that costs the score most is “%1”: if the %n detractors who mention it were passives, the NPS would be %2 points higher.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What respondents value most is “%1”, in %n answer(s), with an NPS of %2 among those who mention it.</source>
        <translation><numerusform>What respondents value most is “%1”, in %n answer, with an NPS of %2 among those who mention it.</numerusform><numerusform>What respondents value most is “%1”, in %n answers, with an NPS of %2 among those who mention it.</numerusform></translation>
    </message>
    <message>
        <source>What respondents value most</source>
        <translation>What respondents value most</translation>
    </message>
    <message>
        <source>Themes that cost the score most</source>
        <translation>Themes that cost the score most</translation>
    </message>
    <message>
        <source>* Fewer than %1 responses mention the theme: its NPS is too uncertain to rely on.</source>
        <translation>* Fewer than %1 responses mention the theme: its NPS is too uncertain to rely on.</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>all responses</source>
        <translation>all responses</translation>
    </message>
    <message>
        <source>Quarterly NPS report · %1</source>
        <translation>Quarterly NPS report · %1</translation>
    </message>
    <message>
        <source>NPS report · all responses (the export has no dates)</source>
        <translation>NPS report · all responses (the export has no dates)</translation>
    </message>
    <message>
        <source>NPS report · all responses (%1 to %2)</source>
        <translation>NPS report · all responses (%1 to %2)</translation>
    </message>
    <message>
        <source>Selection: %1 · generated on %2</source>
        <translation>Selection: %1 · generated on %2</translation>
    </message>
    <message>
        <source>NPS %1 (95% interval %2), n = %3 — %4</source>
        <translation>NPS %1 (95% interval %2), n = %3 — %4</translation>
    </message>
    <message>
        <source>only score %1</source>
        <translation>only score %1</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promoters</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passives</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>detractors</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>only %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>%1 “%2”: %3 on %4 (now %5, n = %6; %7).</source>
        <translation>%1 “%2”: %3 on %4 (now %5, n = %6; %7).</translation>
    </message>
    <message>
        <source>%1 “%2” stands apart: %3 against %4 for the rest (n = %5; %6).</source>
        <translation>%1 “%2” stands apart: %3 against %4 for the rest (n = %5; %6).</translation>
    </message>
    <message>
        <source>This report covers %1, so its NPS of %2 (n = %3) describes that selection, not all respondents.</source>
        <translation>This report covers %1, so its NPS of %2 (n = %3) describes that selection, not all respondents.</translation>
    </message>
    <message>
        <source>Over all responses the NPS is %1 (95% interval %2, n = %3): %4.</source>
        <translation>Over all responses the NPS is %1 (95% interval %2, n = %3): %4.</translation>
    </message>
    <message>
        <source>In %1 the NPS was %2 (95% interval %3, n = %4): %5.</source>
        <translation>In %1 the NPS was %2 (95% interval %3, n = %4): %5.</translation>
    </message>
    <message>
        <source>There are no responses in %1 to compare with.</source>
        <translation>There are no responses in %1 to compare with.</translation>
    </message>
    <message>
        <source>That is %1 on %2 (%3).</source>
        <translation>That is %1 on %2 (%3).</translation>
    </message>
    <message>
        <source>Against %1 it moved %2 points, within the margin of error (%3).</source>
        <translation>Against %1 it moved %2 points, within the margin of error (%3).</translation>
    </message>
    <message>
        <source>The score is %1.</source>
        <translation>The score is %1.</translation>
    </message>
    <message>
        <source>No group of the segments in this report differs significantly from the rest.</source>
        <translation>No group of the segments in this report differs significantly from the rest.</translation>
    </message>
    <message>
        <source>Detractors most often mention “%1” (%2 answers).</source>
        <translation>Detractors most often mention “%1” (%2 answers).</translation>
    </message>
    <message>
        <source>Benchmark %1: %2 (%3 points)</source>
        <translation>Benchmark %1: %2 (%3 points)</translation>
    </message>
    <message>
        <source>— source: %1</source>
        <translation>— source: %1</translation>
    </message>
    <message>
        <source>Bands: below %1, %1 to %2, %2 to %3, %3 and up</source>
        <translation>Bands: below %1, %1 to %2, %2 to %3, %3 and up</translation>
    </message>
    <message>
        <source>No responses in %1 to compare with.</source>
        <translation>No responses in %1 to compare with.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2, n = %3): %4 %5, %6 (%7).</source>
        <translation>Against %1 (NPS %2, n = %3): %4 %5, %6 (%7).</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>Passives are %1 of respondents: satisfied but not loyal, the silent leak.</source>
        <translation>Passives are %1 of respondents: satisfied but not loyal, the silent leak.</translation>
    </message>
    <message>
        <source>In %1 they were %2.</source>
        <translation>In %1 they were %2.</translation>
    </message>
    <message>
        <source>NPS per quarter, with its 95% interval and the number of responses</source>
        <translation>NPS per quarter, with its 95% interval and the number of responses</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>vs. the rest</source>
        <translation>vs. the rest</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation>vs. %1</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 smaller groups (fewer than %2 responses each) are left out of the table: n = %3 together, NPS %4.</source>
        <translation>%1 smaller groups (fewer than %2 responses each) are left out of the table: n = %3 together, NPS %4.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>NPS is the share of promoters (scores 9–10) minus the share of detractors (%3), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Tables list the groups with at least %1 responses; smaller groups are summed beneath them. Responses without a score (%2 in this selection) are left out of the NPS; their answers are kept.</source>
        <translation>NPS is the share of promoters (scores 9–10) minus the share of detractors (%3), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Tables list the groups with at least %1 responses; smaller groups are summed beneath them. Responses without a score (%2 in this selection) are left out of the NPS; their answers are kept.</translation>
    </message>
</context>
<context>
    <name>ResponseCache</name>
    <message>
        <source>Cannot read the responses: %1</source>
        <translation>Cannot read the responses: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Open answer</translation>
    </message>
</context>
<context>
    <name>ResponseDecoder</name>
    <message>
        <source>the NPS group says %1, but the score %2 is %3; the score counts</source>
        <translation>the NPS group says %1, but the score %2 is %3; the score counts</translation>
    </message>
    <message>
        <source>a detractor</source>
        <translation>a detractor</translation>
    </message>
    <message>
        <source>a passive</source>
        <translation>a passive</translation>
    </message>
    <message>
        <source>a promoter</source>
        <translation>a promoter</translation>
    </message>
</context>
<context>
    <name>RoleDetector</name>
    <message>
        <source>NPS group: %1, checked against the score</source>
        <translation>NPS group: %1, checked against the score</translation>
    </message>
    <message>
        <source>score: %1, chosen by its header</source>
        <translation>score: %1, chosen by its header</translation>
    </message>
    <message>
        <source>score: %1, the only 0–10 column</source>
        <translation>score: %1, the only 0–10 column</translation>
    </message>
    <message>
        <source>score: %1, chosen among %2 recommend questions because it has clearly more answers (%3; the first one has %4); the others (%5) are kept as numeric segments</source>
        <translation>score: %1, chosen among %2 recommend questions because it has clearly more answers (%3; the first one has %4); the others (%5) are kept as numeric segments</translation>
    </message>
    <message>
        <source>score: %1, the first of %2 recommend questions (a survey asks about the product itself before its parts); the others (%3) are kept as numeric segments</source>
        <translation>score: %1, the first of %2 recommend questions (a survey asks about the product itself before its parts); the others (%3) are kept as numeric segments</translation>
    </message>
    <message>
        <source>%1 columns could be the recommendation score: %2. Choose one with --map score=COLUMN.</source>
        <translation>%1 columns could be the recommendation score: %2. Choose one with --map score=COLUMN.</translation>
    </message>
    <message>
        <source>No column holds recommendation scores (whole numbers 0 to 10). Choose one with --map score=COLUMN.</source>
        <translation>No column holds recommendation scores (whole numbers 0 to 10). Choose one with --map score=COLUMN.</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>date: %1</translation>
    </message>
    <message>
        <source>date: none found; responses count everywhere except in per-period figures</source>
        <translation>date: none found; responses count everywhere except in per-period figures</translation>
    </message>
    <message>
        <source>respondent id: %1</source>
        <translation>respondent id: %1</translation>
    </message>
    <message>
        <source>score: “%1” is read as %2 (the export wrote that end of the scale as a word)</source>
        <translation>score: “%1” is read as %2 (the export wrote that end of the scale as a word)</translation>
    </message>
    <message>
        <source>score: %1 is a code for “no answer”, not a score</source>
        <translation>score: %1 is a code for “no answer”, not a score</translation>
    </message>
    <message>
        <source>score: a 1–10 scale (no answer is 0); 1 to 6 count as detractors</source>
        <translation>score: a 1–10 scale (no answer is 0); 1 to 6 count as detractors</translation>
    </message>
    <message>
        <source>respondent id: %1, by its values (each different, all of one shape)</source>
        <translation>respondent id: %1, by its values (each different, all of one shape)</translation>
    </message>
    <message>
        <source>No column holds recommendation scores (whole numbers 0 to 10): %1 is named like one, but holds %2. Choose one with --map score=COLUMN.</source>
        <translation>No column holds recommendation scores (whole numbers 0 to 10): %1 is named like one, but holds %2. Choose one with --map score=COLUMN.</translation>
    </message>
</context>
<context>
    <name>ScoreParser</name>
    <message>
        <source>not a number; expected a whole number from 0 to 10</source>
        <translation>not a number; expected a whole number from 0 to 10</translation>
    </message>
    <message>
        <source>number too large; expected a whole number from 0 to 10</source>
        <translation>number too large; expected a whole number from 0 to 10</translation>
    </message>
    <message>
        <source>not a whole number; expected 0 to 10</source>
        <translation>not a whole number; expected 0 to 10</translation>
    </message>
    <message>
        <source>out of range; expected a whole number from 0 to 10</source>
        <translation>out of range; expected a whole number from 0 to 10</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>A new language applies when NPS Studio starts again; numbers and dates follow it.</source>
        <translation>A new language applies when NPS Studio starts again; numbers and dates follow it.</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Appearance:</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>(this project has no segment dimensions)</source>
        <translation>(this project has no segment dimensions)</translation>
    </message>
    <message>
        <source>--period takes month, quarter or year, not “%1”.</source>
        <translation>--period takes month, quarter or year, not “%1”.</translation>
    </message>
    <message>
        <source>No dimension “%1”; the dimensions are: %2</source>
        <translation>No dimension “%1”; the dimensions are: %2</translation>
    </message>
    <message>
        <source>--where takes DIMENSION=VALUE, not “%1”.</source>
        <translation>--where takes DIMENSION=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no value “%2”; its values are: %3</source>
        <translation>“%1” has no value “%2”; its values are: %3</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 takes a date as YYYY-MM-DD, not “%2”.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from is after --to.</translation>
    </message>
    <message>
        <source>--group takes promoter, passive or detractor, not “%1”.</source>
        <translation>--group takes promoter, passive or detractor, not “%1”.</translation>
    </message>
    <message>
        <source>no responses with a score</source>
        <translation>no responses with a score</translation>
    </message>
    <message>
        <source>NPS %1 (95% interval %2), n = %3</source>
        <translation>NPS %1 (95% interval %2), n = %3</translation>
    </message>
    <message>
        <source>n too small</source>
        <translation>n too small</translation>
    </message>
    <message>
        <source>NPS Studio summary of %1</source>
        <translation>NPS Studio summary of %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Method: 95% interval, adjusted Wald (Rocks 2016)</source>
        <translation>Method: 95% interval, adjusted Wald (Rocks 2016)</translation>
    </message>
    <message>
        <source>Promoters %1 (%2) · Passives %3 (%4) · Detractors %5 (%6)</source>
        <translation>Promoters %1 (%2) · Passives %3 (%4) · Detractors %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%n responses without a score are not counted in the NPS.</source>
        <translation><numerusform>%n response without a score is not counted in the NPS.</numerusform><numerusform>%n responses without a score are not counted in the NPS.</numerusform></translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Previous period (%1): %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>vs. rest</source>
        <translation>vs. rest</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>differs significantly from the rest (p &lt; 0.05)</source>
        <translation>differs significantly from the rest (p &lt; 0.05)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>fewer than %1 responses: too few to rely on</source>
        <translation>fewer than %1 responses: too few to rely on</translation>
    </message>
    <message>
        <source>Print the NPS of a project, with its interval, trend and breakdown.</source>
        <translation>Print the NPS of a project, with its interval, trend and breakdown.</translation>
    </message>
    <message>
        <source>The summary command.</source>
        <translation>The summary command.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Project file.</translation>
    </message>
    <message>
        <source>Trend per month, quarter (default) or year.</source>
        <translation>Trend per month, quarter (default) or year.</translation>
    </message>
    <message>
        <source>Break the NPS down by a segment dimension.</source>
        <translation>Break the NPS down by a segment dimension.</translation>
    </message>
    <message>
        <source>Only responses with this segment value (repeatable).</source>
        <translation>Only responses with this segment value (repeatable).</translation>
    </message>
    <message>
        <source>First day (inclusive).</source>
        <translation>First day (inclusive).</translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation>Last day (inclusive).</translation>
    </message>
    <message>
        <source>Only promoters, passives or detractors (repeatable).</source>
        <translation>Only promoters, passives or detractors (repeatable).</translation>
    </message>
    <message>
        <source>List the segment dimensions with their values and counts.</source>
        <translation>List the segment dimensions with their values and counts.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>summary: name the project with --db PROJECT.npsdb.</source>
        <translation>summary: name the project with --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>summary: there is no project “%1”.</source>
        <translation>summary: there is no project “%1”.</translation>
    </message>
    <message>
        <source>CSAT %1 (n = %2)</source>
        <translation>CSAT %1 (n = %2)</translation>
    </message>
    <message>
        <source>CES %1 (n = %2)</source>
        <translation>CES %1 (n = %2)</translation>
    </message>
    <message>
        <source>(multi-select: counts are of those who chose each)</source>
        <translation>(multi-select: counts are of those who chose each)</translation>
    </message>
    <message>
        <source>(numeric)</source>
        <translation>(numeric)</translation>
    </message>
    <message>
        <source>(not shown by default)</source>
        <translation>(not shown by default)</translation>
    </message>
    <message>
        <source>Change: %1 points, %2 (%3)</source>
        <translation>Change: %1 points, %2 (%3)</translation>
    </message>
    <message>
        <source>A multi-select question: each respondent counts in every option they chose, so the rows can add up to more than 100%.</source>
        <translation>A multi-select question: each respondent counts in every option they chose, so the rows can add up to more than 100%.</translation>
    </message>
    <message>
        <source>vs. rest: the difference in NPS points; p compares the adjusted NPS of each (Rocks 2016), which draws a small group's towards 0, so a large difference in a small group can be within the margin of error.</source>
        <translation>vs. rest: the difference in NPS points; p compares the adjusted NPS of each (Rocks 2016), which draws a small group's towards 0, so a large difference in a small group can be within the margin of error.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>and %n more</numerusform><numerusform>and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>SurveyLayout</name>
    <message>
        <source>Generic (one header row)</source>
        <translation>Generic (one header row)</translation>
    </message>
    <message>
        <source>SurveyMonkey (two header rows)</source>
        <translation>SurveyMonkey (two header rows)</translation>
    </message>
    <message>
        <source>Qualtrics (three header rows)</source>
        <translation>Qualtrics (three header rows)</translation>
    </message>
    <message>
        <source>Qualtrics legacy (two header rows)</source>
        <translation>Qualtrics legacy (two header rows)</translation>
    </message>
    <message>
        <source>Typeform</source>
        <translation>Typeform</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <source>LimeSurvey</source>
        <translation>LimeSurvey</translation>
    </message>
    <message>
        <source>Delighted / Medallia-style flat export</source>
        <translation>Delighted / Medallia-style flat export</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Cannot open the project “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project to version %1: %2</source>
        <translation>Cannot upgrade the project to version %1: %2</translation>
    </message>
    <message>
        <source>This project was written by a newer NPS Studio (schema %1; this version reads up to %2).</source>
        <translation>This project was written by a newer NPS Studio (schema %1; this version reads up to %2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>“%1” cannot be read as a project: %2</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: it is the database of another application (tables: %2). It was left as it was.</source>
        <translation>“%1” is not an NPS Studio project: it is the database of another application (tables: %2). It was left as it was.</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: it holds no project yet.</source>
        <translation>“%1” is not an NPS Studio project: it holds no project yet.</translation>
    </message>
    <message>
        <source>“%1” was saved by an older NPS Studio (project version %2). Open it once with write access — import into it, or open it in the window — to bring it up to version %3; then it can be read.</source>
        <translation>“%1” was saved by an older NPS Studio (project version %2). Open it once with write access — import into it, or open it in the window — to bring it up to version %3; then it can be read.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1” is open read-only.</translation>
    </message>
    <message>
        <source>The wait for another import was cancelled; nothing was changed.</source>
        <translation>The wait for another import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” has been in use by another import (or program) for %2 s; nothing was changed. Try again when it has finished.</source>
        <translation>“%1” has been in use by another import (or program) for %2 s; nothing was changed. Try again when it has finished.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: another NPS Studio has been opening it for %2 s. Try again when it is done.</source>
        <translation>Cannot open “%1”: another NPS Studio has been opening it for %2 s. Try again when it is done.</translation>
    </message>
    <message>
        <source>You (%1) may not read “%2”: ask its owner to make you a member of the role %3 (or %4 to change it).</source>
        <translation>You (%1) may not read “%2”: ask its owner to make you a member of the role %3 (or %4 to change it).</translation>
    </message>
    <message>
        <source>“%1” is read-only for you (%2): ask an editor of the project — a member of the role %3 — to import, remove imports or edit themes and follow-ups.</source>
        <translation>“%1” is read-only for you (%2): ask an editor of the project — a member of the role %3 — to import, remove imports or edit themes and follow-ups.</translation>
    </message>
</context>
<context>
    <name>TargetVerdict</name>
    <message>
        <source>above the target of %1</source>
        <translation>above the target of %1</translation>
    </message>
    <message>
        <source>on target (%1), within the margin of error</source>
        <translation>on target (%1), within the margin of error</translation>
    </message>
    <message>
        <source>below the target of %1, but within the margin of error</source>
        <translation>below the target of %1, but within the margin of error</translation>
    </message>
    <message>
        <source>below the target of %1</source>
        <translation>below the target of %1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Target NPS for this project:</source>
        <translation>Target NPS for this project:</translation>
    </message>
    <message>
        <source>Targets and Benchmarks</source>
        <translation>Targets and Benchmarks</translation>
    </message>
    <message>
        <source>A score is on target when its NPS meets the target; the window and the report say whether the difference is within the margin of error. Everything here is kept in the project file.</source>
        <translation>A score is on target when its NPS meets the target; the window and the report say whether the difference is within the margin of error. Everything here is kept in the project file.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Targets for segment values (shown in the report):</source>
        <translation>Targets for segment values (shown in the report):</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Reference bands</source>
        <translation>Reference bands</translation>
    </message>
    <message>
        <source>needs attention below</source>
        <translation>needs attention below</translation>
    </message>
    <message>
        <source>strong from</source>
        <translation>strong from</translation>
    </message>
    <message>
        <source>excellent from</source>
        <translation>excellent from</translation>
    </message>
    <message>
        <source>The usual bands (0 / 30 / 50)</source>
        <translation>The usual bands (0 / 30 / 50)</translation>
    </message>
    <message>
        <source>e.g. the sector study the limits come from</source>
        <translation>e.g. the sector study the limits come from</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Benchmarks, shown beside the score</source>
        <translation>Benchmarks, shown beside the score</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Industry average</source>
        <translation>Industry average</translation>
    </message>
    <message>
        <source>The bands must rise: “needs attention below” under “strong from” under “excellent from”.</source>
        <translation>The bands must rise: “needs attention below” under “strong from” under “excellent from”.</translation>
    </message>
</context>
<context>
    <name>TeamKeyring</name>
    <message>
        <source>no D-Bus session runs</source>
        <translation>no D-Bus session runs</translation>
    </message>
    <message>
        <source>the keyring does not answer</source>
        <translation>the keyring does not answer</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Remember the password in the system keyring</translation>
    </message>
    <message>
        <source>Open Team Project</source>
        <translation>Open Team Project</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database that every analyst of the team opens; what one imports or edits, the others see at once.</source>
        <translation>A team project lives in a PostgreSQL database that every analyst of the team opens; what one imports or edits, the others see at once.</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org, or a socket folder such as /var/run/postgresql</translation>
    </message>
    <message>
        <source>the database, e.g. nps</source>
        <translation>the database, e.g. nps</translation>
    </message>
    <message>
        <source>your PostgreSQL user</source>
        <translation>your PostgreSQL user</translation>
    </message>
    <message>
        <source>the project in the database, e.g. customers_2025</source>
        <translation>the project in the database, e.g. customers_2025</translation>
    </message>
    <message>
        <source>Prefer TLS (encrypted when the server offers it)</source>
        <translation>Prefer TLS (encrypted when the server offers it)</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>Require TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server's certificate</source>
        <translation>Require TLS and check the server's certificate</translation>
    </message>
    <message>
        <source>No TLS (unencrypted)</source>
        <translation>No TLS (unencrypted)</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>empty: from PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>The password is kept in the system keyring, never in a file.</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1), so the password cannot be remembered: NPS Studio asks for it each time.</source>
        <translation>The system keyring is not available (%1), so the password cannot be remembered: NPS Studio asks for it each time.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>Pro&amp;ject:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Name the database that holds the project.</source>
        <translation>Name the database that holds the project.</translation>
    </message>
    <message>
        <source>The server refused the password for the user “%1”. Type it again (or leave it empty to use PGPASSWORD or ~/.pgpass).</source>
        <translation>The server refused the password for the user “%1”. Type it again (or leave it empty to use PGPASSWORD or ~/.pgpass).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server: check the host, the port and your network. (%1)</source>
        <translation>Cannot reach the PostgreSQL server: check the host, the port and your network. (%1)</translation>
    </message>
    <message>
        <source>The server has no such database. (%1)</source>
        <translation>The server has no such database. (%1)</translation>
    </message>
    <message>
        <source>The TLS connection failed: check the TLS mode and the server's certificate. (%1)</source>
        <translation>The TLS connection failed: check the TLS mode and the server's certificate. (%1)</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Roles are for team projects on PostgreSQL, opened to write.</source>
        <translation>Roles are for team projects on PostgreSQL, opened to write.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role “%1” to make a member: create it first (CREATE ROLE %1 LOGIN).</source>
        <translation>There is no PostgreSQL role “%1” to make a member: create it first (CREATE ROLE %1 LOGIN).</translation>
    </message>
    <message>
        <source>Cannot set up the roles of “%1”: %2 (as the owner of the database, or a role that may create roles?)</source>
        <translation>Cannot set up the roles of “%1”: %2 (as the owner of the database, or a role that may create roles?)</translation>
    </message>
</context>
<context>
    <name>ThemeAction</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>ThemeActionsDialog</name>
    <message>
        <source>Actions on “%1”</source>
        <translation>Actions on “%1”</translation>
    </message>
    <message>
        <source>What is being done about “%1”: edit a cell to change it, it is stored in the project at once. For a finished action, the theme before and after its day shows whether it worked.</source>
        <translation>What is being done about “%1”: edit a cell to change it, it is stored in the project at once. For a finished action, the theme before and after its day shows whether it worked.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Add Action</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>&lt;i&gt;Mark an action done to see the theme before and after it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Mark an action done to see the theme before and after it.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 of the answers (%2), NPS %3%4</source>
        <translation>%1 of the answers (%2), NPS %3%4</translation>
    </message>
    <message>
        <source>The share of answers that mention it changed significantly (%1 points).</source>
        <translation>The share of answers that mention it changed significantly (%1 points).</translation>
    </message>
    <message>
        <source>The change in its share (%1 points) is within the margin of error.</source>
        <translation>The change in its share (%1 points) is within the margin of error.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before %1:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;From %1 on:&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Before %1:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;From %1 on:&lt;/b&gt; %3&lt;br&gt;%4</translation>
    </message>
</context>
<context>
    <name>ThemeAnalysis</name>
    <message>
        <source>No themes yet: “npsstudio themes” suggests them.</source>
        <translation>No themes yet: “npsstudio themes” suggests them.</translation>
    </message>
    <message>
        <source>Themes: %1 of %2 new answers carry one of the %3 themes.</source>
        <translation>Themes: %1 of %2 new answers carry one of the %3 themes.</translation>
    </message>
    <message>
        <source>Themes: %1% of the newest %2 distinct answers carry one of the %3 themes.</source>
        <translation>Themes: %1% of the newest %2 distinct answers carry one of the %3 themes.</translation>
    </message>
</context>
<context>
    <name>ThemeFilterSection</name>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>The themes of the open answers (the Themes view): tick themes to look at the responses that mention any of them</source>
        <translation>The themes of the open answers (the Themes view): tick themes to look at the responses that mention any of them</translation>
    </message>
    <message>
        <source>Tick themes to look at the responses that mention them; counts show how many mention each under the rest of the filter.</source>
        <translation>Tick themes to look at the responses that mention them; counts show how many mention each under the rest of the filter.</translation>
    </message>
    <message>
        <source>Themes (%1)</source>
        <translation>Themes (%1)</translation>
    </message>
</context>
<context>
    <name>ThemeSplitDialog</name>
    <message>
        <source>Split “%1”</source>
        <translation>Split “%1”</translation>
    </message>
    <message>
        <source>Tick the keywords that leave “%1” for a new theme; the others stay.</source>
        <translation>Tick the keywords that leave “%1” for a new theme; the others stay.</translation>
    </message>
    <message>
        <source>The new theme's name</source>
        <translation>The new theme's name</translation>
    </message>
    <message>
        <source>New theme:</source>
        <translation>New theme:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Tick at least one keyword.</source>
        <translation>Tick at least one keyword.</translation>
    </message>
    <message>
        <source>At least one keyword must stay with “%1”.</source>
        <translation>At least one keyword must stay with “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The new theme finds %n responses.</source>
        <translation><numerusform>The new theme finds %n response.</numerusform><numerusform>The new theme finds %n responses.</numerusform></translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>Cannot store the themes: %1</source>
        <translation>Cannot store the themes: %1</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Say what the action is.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>There is no action %1.</translation>
    </message>
</context>
<context>
    <name>ThemeSuggester</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ThemeTrend</name>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>rising significantly</source>
        <translation>rising significantly</translation>
    </message>
    <message>
        <source>rising, within the margin of error</source>
        <translation>rising, within the margin of error</translation>
    </message>
    <message>
        <source>falling significantly</source>
        <translation>falling significantly</translation>
    </message>
    <message>
        <source>falling, within the margin of error</source>
        <translation>falling, within the margin of error</translation>
    </message>
</context>
<context>
    <name>ThemesCommand</name>
    <message numerus="yes">
        <source>%1 of %2 responses answered the open question; %n themes.</source>
        <translation><numerusform>%1 of %2 responses answered the open question; %n theme.</numerusform><numerusform>%1 of %2 responses answered the open question; %n themes.</numerusform></translation>
    </message>
    <message>
        <source>NPS Studio themes of %1</source>
        <translation>NPS Studio themes of %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Method: 95% interval, adjusted Wald (Rocks 2016); impact: the NPS points the score would gain if the theme's detractors were passives</source>
        <translation>Method: 95% interval, adjusted Wald (Rocks 2016); impact: the NPS points the score would gain if the theme's detractors were passives</translation>
    </message>
    <message>
        <source>No themes: the answers have too few words in common.</source>
        <translation>No themes: the answers have too few words in common.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Of answers</source>
        <translation>Of answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>vs.</source>
        <translation>vs.</translation>
    </message>
    <message>
        <source>the NPS of those who mention it differs significantly from the others'</source>
        <translation>the NPS of those who mention it differs significantly from the others'</translation>
    </message>
    <message>
        <source>fewer than %1 responses: too few to rely on</source>
        <translation>fewer than %1 responses: too few to rely on</translation>
    </message>
    <message>
        <source>What passives mention more than promoters:</source>
        <translation>What passives mention more than promoters:</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passives</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promoters</translation>
    </message>
    <message>
        <source>Sentiment: %1 of the promoters' answers read positive, %2 of the detractors' negative (agreement %3).</source>
        <translation>Sentiment: %1 of the promoters' answers read positive, %2 of the detractors' negative (agreement %3).</translation>
    </message>
    <message>
        <source>Promoters in their own words (personal data masked):</source>
        <translation>Promoters in their own words (personal data masked):</translation>
    </message>
    <message>
        <source>Print the themes of the open answers: mentions, the NPS of those who mention each theme with its interval, its impact on the NPS and its trend.</source>
        <translation>Print the themes of the open answers: mentions, the NPS of those who mention each theme with its interval, its impact on the NPS and its trend.</translation>
    </message>
    <message>
        <source>The themes command.</source>
        <translation>The themes command.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Project file.</translation>
    </message>
    <message>
        <source>Suggest the themes again (the ones you edited or made stay).</source>
        <translation>Suggest the themes again (the ones you edited or made stay).</translation>
    </message>
    <message>
        <source>Print at most this many themes (0: all).</source>
        <translation>Print at most this many themes (0: all).</translation>
    </message>
    <message>
        <source>Promoter quotes per theme.</source>
        <translation>Promoter quotes per theme.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>themes: name the project with --db PROJECT.npsdb.</source>
        <translation>themes: name the project with --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>themes: there is no project “%1”.</source>
        <translation>themes: there is no project “%1”.</translation>
    </message>
    <message>
        <source>themes: --limit and --quotes take a number.</source>
        <translation>themes: --limit and --quotes take a number.</translation>
    </message>
    <message>
        <source>No themes: the open answers (“%1”) are write-ins to a choice question; they name options, not reasons.</source>
        <translation>No themes: the open answers (“%1”) are write-ins to a choice question; they name options, not reasons.</translation>
    </message>
</context>
<context>
    <name>ThemesDelegate</name>
    <message>
        <source>Actions: %1 open</source>
        <translation>Actions: %1 open</translation>
    </message>
</context>
<context>
    <name>ThemesModel</name>
    <message numerus="yes">
        <source>If the %n detractors who mention it were passives, the NPS would be %1 points higher.</source>
        <translation><numerusform>If the %n detractor who mentions it were a passive, the NPS would be %1 points higher.</numerusform><numerusform>If the %n detractors who mention it were passives, the NPS would be %1 points higher.</numerusform></translation>
    </message>
    <message>
        <source>%1 against those who do not mention it (p = %2)</source>
        <translation>%1 against those who do not mention it (p = %2)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Of answers</source>
        <translation>Of answers</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Keywords</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <source>Edit Themes…</source>
        <translation>Edit Themes…</translation>
    </message>
    <message>
        <source>Actions…</source>
        <translation>Actions…</translation>
    </message>
    <message>
        <source>Rename, merge or delete themes and edit their keywords</source>
        <translation>Rename, merge or delete themes and edit their keywords</translation>
    </message>
    <message>
        <source>What is being done about the chosen theme, and whether it worked</source>
        <translation>What is being done about the chosen theme, and whether it worked</translation>
    </message>
    <message>
        <source>Impact: the NPS points the score would gain if the theme's detractors were passives. Click a theme to filter the dashboard to the responses that mention it; double-click to read their answers.</source>
        <translation>Impact: the NPS points the score would gain if the theme's detractors were passives. Click a theme to filter the dashboard to the responses that mention it; double-click to read their answers.</translation>
    </message>
    <message>
        <source>No open answers to read.</source>
        <translation>No open answers to read.</translation>
    </message>
    <message>
        <source>Reading the open answers and finding their themes…</source>
        <translation>Reading the open answers and finding their themes…</translation>
    </message>
    <message>
        <source>The themes could not be read: %1</source>
        <translation>The themes could not be read: %1</translation>
    </message>
    <message>
        <source>No themes: %1 of %2 responses answered the open question, and their answers have too few words in common.</source>
        <translation>No themes: %1 of %2 responses answered the open question, and their answers have too few words in common.</translation>
    </message>
    <message>
        <source>The themes are still being read.</source>
        <translation>The themes are still being read.</translation>
    </message>
    <message>
        <source>Edit Themes</source>
        <translation>Edit Themes</translation>
    </message>
    <message numerus="yes">
        <source>%n themes in %1 of %2 answers, the largest impact first</source>
        <translation><numerusform>%n theme in %1 of %2 answers</numerusform><numerusform>%n themes in %1 of %2 answers, the largest impact first</numerusform></translation>
    </message>
    <message>
        <source>Impact: the NPS points the score would gain if the theme's detractors were passives. Beneath each theme a promoter's answer, personal data masked.</source>
        <translation>Impact: the NPS points the score would gain if the theme's detractors were passives. Beneath each theme a promoter's answer, personal data masked.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 vs. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 vs. %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Passives mention no theme more often than promoters.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Passives mention no theme more often than promoters.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Passives mention more than promoters: %1</source>
        <translation>Passives mention more than promoters: %1</translation>
    </message>
    <message>
        <source>What stands between a 7–8 and a 9–10: the share of passives' and of promoters' answers that mention each theme. Grey: within the margin of error.</source>
        <translation>What stands between a 7–8 and a 9–10: the share of passives' and of promoters' answers that mention each theme. Grey: within the margin of error.</translation>
    </message>
    <message>
        <source>The themes could not be read.</source>
        <translation>The themes could not be read.</translation>
    </message>
    <message>
        <source>No themes: this survey asks no open question of its own. Its free texts (“%1”) are write-ins to a choice question, which name options, not reasons. Edit Themes… can still make themes of them.</source>
        <translation>No themes: this survey asks no open question of its own. Its free texts (“%1”) are write-ins to a choice question, which name options, not reasons. Edit Themes… can still make themes of them.</translation>
    </message>
    <message numerus="yes">
        <source>%n themes in %1 of %2 answers to “%3”: what respondents value, the most mentioned first</source>
        <translation><numerusform>%n theme in %1 of %2 answers to “%3”: what respondents value</numerusform><numerusform>%n themes in %1 of %2 answers to “%3”: what respondents value, the most mentioned first</numerusform></translation>
    </message>
    <message>
        <source>The question asks what respondents like: its themes are what they value, even in a detractor's answer, not reasons for a low score. Beneath each theme a promoter's answer, personal data masked.</source>
        <translation>The question asks what respondents like: its themes are what they value, even in a detractor's answer, not reasons for a low score. Beneath each theme a promoter's answer, personal data masked.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>NPS per period; the band is the 95% interval (adjusted Wald). Click a period to look at it alone.</source>
        <translation>NPS per period; the band is the 95% interval (adjusted Wald). Click a period to look at it alone.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>%1: NPS %2
95% interval %3
n = %4</source>
        <translation>%1: NPS %2
95% interval %3
n = %4</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: too few to rely on.</source>
        <translation>Fewer than 30 responses: too few to rely on.</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>This export has no dates, so there is no trend over time.

To see one, import the export again (File ▸ Import Exports…) and give its date column the role “Date”; the figures of all responses stay on the other cards.</source>
        <translation>This export has no dates, so there is no trend over time.

To see one, import the export again (File ▸ Import Exports…) and give its date column the role “Date”; the figures of all responses stay on the other cards.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>target %1</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>Fewer than %1 responses: too few to rely on.</source>
        <translation>Fewer than %1 responses: too few to rely on.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% low</source>
        <translation>95% low</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>95% high</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passives</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.</source>
        <translation>“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>“%1” is not a readable .xlsx workbook: it lists no sheets.</source>
        <translation>“%1” is not a readable .xlsx workbook: it lists no sheets.</translation>
    </message>
    <message>
        <source>“%1” has no sheet with data.</source>
        <translation>“%1” has no sheet with data.</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets are: %3</source>
        <translation>“%1” has no sheet “%2”; its sheets are: %3</translation>
    </message>
    <message>
        <source>“%1” is damaged: its sheet “%2” cannot be read.</source>
        <translation>“%1” is damaged: its sheet “%2” cannot be read.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” is not valid XML (%3).</source>
        <translation>“%1” is damaged: the sheet “%2” is not valid XML (%3).</translation>
    </message>
    <message>
        <source>“%1”: the workbook is too large or damaged (%2: %3).</source>
        <translation>“%1”: the workbook is too large or damaged (%2: %3).</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 inside it: %3.</source>
        <translation>“%1” is damaged: %2 inside it: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a readable .xlsx workbook: it has no %2.</source>
        <translation>“%1” is not a readable .xlsx workbook: it has no %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 inside it is not valid XML (%3).</source>
        <translation>“%1” is damaged: %2 inside it is not valid XML (%3).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it cannot be read as a workbook (%2).</source>
        <translation>“%1” is damaged: it cannot be read as a workbook (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an .xlsx workbook: it is %2.</source>
        <translation>“%1” is not an .xlsx workbook: it is %2.</translation>
    </message>
    <message>
        <source>“%1” is not an .xlsx workbook (%2).</source>
        <translation>“%1” is not an .xlsx workbook (%2).</translation>
    </message>
    <message>
        <source>a text of more than %1 characters</source>
        <translation>a text of more than %1 characters</translation>
    </message>
    <message>
        <source>texts of more than %1 characters</source>
        <translation>texts of more than %1 characters</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” cannot be read to the end (%3).</source>
        <translation>“%1” is damaged: the sheet “%2” cannot be read to the end (%3).</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” ends early.</source>
        <translation>“%1” is damaged: the sheet “%2” ends early.</translation>
    </message>
    <message>
        <source>a cell of more than %1 characters</source>
        <translation>a cell of more than %1 characters</translation>
    </message>
    <message>
        <source>“%1” is damaged: cell %2 of the sheet “%3” refers to text number %4, but the workbook has %5 texts.</source>
        <translation>“%1” is damaged: cell %2 of the sheet “%3” refers to text number %4, but the workbook has %5 texts.</translation>
    </message>
</context>
<context>
    <name>ZipMember</name>
    <message>
        <source>it is missing</source>
        <translation>it is missing</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB</source>
        <translation>it unpacks to more than %1 MB</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 times its packed size</source>
        <translation>it unpacks to more than %1 times its packed size</translation>
    </message>
    <message>
        <source>its packed data is damaged</source>
        <translation>its packed data is damaged</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage: npsstudio [FILE]                  open the window (on a project or an export)
       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]
                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]
       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]
                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...
                 [--dimensions] [--json]
       npsstudio answers --db PROJECT.npsdb [--question Q] [--questions] [--search TEXT]
                 [--where DIMENSION=VALUE]... [--group G]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--json|--csv]
       npsstudio themes --db PROJECT.npsdb [--where DIMENSION=VALUE]...
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group G]...
                 [--period month|quarter|year] [--suggest] [--limit N] [--quotes N]
                 [--json]
       npsstudio report --db PROJECT.npsdb (--quarter 2025-Q3 | --all)
                 [--by DIMENSION]... [--where DIMENSION=VALUE]... [--lang nl|en]
                 [--page-size A4|Letter] [--no-mask] [--title TEXT]
                 --out FILE.pdf|.html|.odt
       npsstudio admin init --db postgresql://OWNER@HOST/DB?project=NAME
                 [--viewer ROLE]... [--editor ROLE]...
       npsstudio copy --from PROJECT --to PROJECT
       npsstudio --screenshot FILE.png [--project P] [--size WxH] [--lang nl|en] [--dark]
       npsstudio --version | --help

PROJECT.npsdb can also be a team project on PostgreSQL:
  postgresql://USER@HOST:5432/DATABASE[?project=NAME&amp;sslmode=require]

Run “npsstudio import --help” for the options of a command.
</source>
        <translation>Usage: npsstudio [FILE]                  open the window (on a project or an export)
       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]
                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]
       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]
                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...
                 [--dimensions] [--json]
       npsstudio answers --db PROJECT.npsdb [--question Q] [--questions] [--search TEXT]
                 [--where DIMENSION=VALUE]... [--group G]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--json|--csv]
       npsstudio themes --db PROJECT.npsdb [--where DIMENSION=VALUE]...
                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group G]...
                 [--period month|quarter|year] [--suggest] [--limit N] [--quotes N]
                 [--json]
       npsstudio report --db PROJECT.npsdb (--quarter 2025-Q3 | --all)
                 [--by DIMENSION]... [--where DIMENSION=VALUE]... [--lang nl|en]
                 [--page-size A4|Letter] [--no-mask] [--title TEXT]
                 --out FILE.pdf|.html|.odt
       npsstudio admin init --db postgresql://OWNER@HOST/DB?project=NAME
                 [--viewer ROLE]... [--editor ROLE]...
       npsstudio copy --from PROJECT --to PROJECT
       npsstudio --screenshot FILE.png [--project P] [--size WxH] [--lang nl|en] [--dark]
       npsstudio --version | --help

PROJECT.npsdb can also be a team project on PostgreSQL:
  postgresql://USER@HOST:5432/DATABASE[?project=NAME&amp;sslmode=require]

Run “npsstudio import --help” for the options of a command.
</translation>
    </message>
</context>
</TS>