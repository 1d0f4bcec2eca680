<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AnswerCorpus</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
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
        <source>● significantly different from the rest · grey: fewer than 30</source>
        <translation>● significantly different from the rest · grey: fewer than 30</translation>
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
        <source>Against all other responses: %1 (p = %2).</source>
        <translation>Against all other responses: %1 (p = %2).</translation>
    </message>
    <message>
        <source>Click to read these respondents' answers.</source>
        <translation>Click to read these respondents' answers.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Fewer than %1 responses: too few to rely on.</source>
        <translation>Fewer than %1 responses: too few to rely on.</translation>
    </message>
    <message>
        <source>Compared with all other responses: %1 (p = %2).</source>
        <translation>Compared with all other responses: %1 (p = %2).</translation>
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
    <name>CsvReader</name>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>Unknown text encoding “%1”.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (expected a closing ")</source>
        <translation>Line %1: a quoted field is never closed (expected a closing ")</translation>
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
        <source>The segment dimension to break the NPS down by</source>
        <translation>The segment dimension to break the NPS down by</translation>
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
        <source>&lt;b&gt;CSAT&lt;/b&gt; %1 &lt;span style='color:gray'&gt;(n = %2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;CSAT&lt;/b&gt; %1 &lt;span style='color:gray'&gt;(n = %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;CES&lt;/b&gt; %1 &lt;span style='color:gray'&gt;(n = %2)&lt;/span&gt;</source>
        <translation>&lt;b&gt;CES&lt;/b&gt; %1 &lt;span style='color:gray'&gt;(n = %2)&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>How many respondents gave each score. Click a bar to read that group's answers.</source>
        <translation>How many respondents gave each score. Click a bar to read that group's answers.</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Score distribution</translation>
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
        <source>%1 rows have no score: kept with their answers, left out of the NPS.</source>
        <translation>%1 rows have no score: kept with their answers, left out of the NPS.</translation>
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
        <source>Column role: score, date, id, answer, segment, csat, ces or ignore, by column header or number.</source>
        <translation>Column role: score, date, id, answer, segment, csat, ces or ignore, by column header or number.</translation>
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
        <source>%1 have no score: they keep their answers but do not count in the NPS.</source>
        <translation>%1 have no score: they keep their answers but do not count in the NPS.</translation>
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
        <source>Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces or ignore.</source>
        <translation>Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces or ignore.</translation>
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
        <source>%1: none of its %2 rows could be imported; the first problem is on line %3: %4</source>
        <translation>%1: none of its %2 rows could be imported; the first problem is on line %3: %4</translation>
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
        <source>%1 of %2 responses · %3 ms</source>
        <translation>%1 of %2 responses · %3 ms</translation>
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
        <translation><numerusform>a significant rise of %n points</numerusform><numerusform>a significant rise of %n points</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>a significant fall of %n points</source>
        <translation><numerusform>a significant fall of %n points</numerusform><numerusform>a significant fall of %n points</numerusform></translation>
    </message>
</context>
<context>
    <name>NpsGauge</name>
    <message>
        <source>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.
The dark arc is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.</source>
        <translation>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.
The dark arc is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.</translation>
    </message>
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
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>The project has no dated responses, so it has no quarters.</source>
        <translation>The project has no dated responses, so it has no quarters.</translation>
    </message>
    <message>
        <source>The project has no responses in %1; its quarters run from %2 to %3.</source>
        <translation>The project has no responses in %1; its quarters run from %2 to %3.</translation>
    </message>
    <message>
        <source>No responses with a score in %1 for this selection (%2).</source>
        <translation>No responses with a score in %1 for this selection (%2).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the quarterly NPS report of a project as PDF, HTML or ODT.</source>
        <translation>Write the quarterly NPS report of a project as PDF, HTML or ODT.</translation>
    </message>
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
        <source>Title on the cover (default: the project's name).</source>
        <translation>Title on the cover (default: the project's name).</translation>
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
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Hide e-mail addresses and phone numbers in quotes</source>
        <translation>Hide e-mail addresses and phone numbers in quotes</translation>
    </message>
    <message>
        <source>Quarterly Report</source>
        <translation>Quarterly Report</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
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
        <source>The report follows the dashboard's segments and groups; the period is the quarter.</source>
        <translation>The report follows the dashboard's segments and groups; the period is the quarter.</translation>
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
        <source>This project has no dated responses, so there is no quarter to report on.</source>
        <translation>This project has no dated responses, so there is no quarter to report on.</translation>
    </message>
    <message>
        <source>Quarterly Report — Preview</source>
        <translation>Quarterly Report — Preview</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>NPS %1 (95% interval %2), n = %3 — %4</source>
        <translation>NPS %1 (95% interval %2), n = %3 — %4</translation>
    </message>
    <message>
        <source>No responses in %1 to compare with.</source>
        <translation>No responses in %1 to compare with.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2, n = %3): %4 %5, %6 (p = %7).</source>
        <translation>Against %1 (NPS %2, n = %3): %4 %5, %6 (p = %7).</translation>
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
    <message numerus="yes">
        <source>NPS is the share of promoters (scores 9–10) minus the share of detractors (0–6), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Figures based on fewer than 30 responses are marked with *. %n response(s) of this quarter had no score and are left out of the NPS; their answers are kept.</source>
        <translation><numerusform>NPS is the share of promoters (scores 9–10) minus the share of detractors (0–6), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Figures based on fewer than 30 responses are marked with *. %n response(s) of this quarter had no score and are left out of the NPS; their answers are kept.</numerusform><numerusform>NPS is the share of promoters (scores 9–10) minus the share of detractors (0–6), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Figures based on fewer than 30 responses are marked with *. %n response(s) of this quarter had no score and are left out of the NPS; their answers are kept.</numerusform></translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
    <message>
        <source>Quarterly NPS report · %1</source>
        <translation>Quarterly NPS report · %1</translation>
    </message>
    <message>
        <source>Selection: %1 · generated on %2</source>
        <translation>Selection: %1 · generated on %2</translation>
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
        <source>NPS per quarter, with its 95% interval</source>
        <translation>NPS per quarter, with its 95% interval</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>By %1</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significant</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
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
        <source>vs. %1</source>
        <translation>vs. %1</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>* fewer than 30 responses: too few to rely on.</source>
        <translation>* fewer than 30 responses: too few to rely on.</translation>
    </message>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>Scores from 0 to 10</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In their own words</translation>
    </message>
    <message>
        <source>No recurring words in this group's answers.</source>
        <translation>No recurring words in this group's answers.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” — in %n answer(s)</source>
        <translation><numerusform>“%1” — in %n answer(s)</numerusform><numerusform>“%1” — in %n answer(s)</numerusform></translation>
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
        <translation><numerusform>%n responses without a score are not counted in the NPS.</numerusform><numerusform>%n responses without a score are not counted in the NPS.</numerusform></translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Previous period (%1): %2</translation>
    </message>
    <message>
        <source>Change: %1 points, %2 (p = %3)</source>
        <translation>Change: %1 points, %2 (p = %3)</translation>
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
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Cannot open the project “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: %2</source>
        <translation>“%1” is not an NPS Studio project: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project to version %1: %2</source>
        <translation>Cannot upgrade the project to version %1: %2</translation>
    </message>
    <message>
        <source>This project was written by a newer NPS Studio (schema %1; this version reads up to %2).</source>
        <translation>This project was written by a newer NPS Studio (schema %1; this version reads up to %2).</translation>
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
    <name>ThemeAnalysis</name>
    <message>
        <source>No themes yet: “npsstudio themes” suggests them.</source>
        <translation>No themes yet: “npsstudio themes” suggests them.</translation>
    </message>
    <message>
        <source>Themes: %1 of %2 new answers carry one of the %3 themes.</source>
        <translation>Themes: %1 of %2 new answers carry one of the %3 themes.</translation>
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
        <translation><numerusform>%1 of %2 responses answered the open question; %n themes.</numerusform><numerusform>%1 of %2 responses answered the open question; %n themes.</numerusform></translation>
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
</context>
<context>
    <name>ThemesModel</name>
    <message numerus="yes">
        <source>If the %n detractors who mention it were passives, the NPS would be %1 points higher.</source>
        <translation><numerusform>If the %n detractors who mention it were passives, the NPS would be %1 points higher.</numerusform><numerusform>If the %n detractors who mention it were passives, the NPS would be %1 points higher.</numerusform></translation>
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
        <source>“%1” is damaged: cannot read %2 inside it.</source>
        <translation>“%1” is damaged: cannot read %2 inside it.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.</source>
        <translation>“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.</translation>
    </message>
    <message>
        <source>“%1” is not a readable .xlsx workbook: %2</source>
        <translation>“%1” is not a readable .xlsx workbook: %2</translation>
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
        <source>“%1” is damaged: the sheet “%2” cannot be read to the end.</source>
        <translation>“%1” is damaged: the sheet “%2” cannot be read to the end.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” is not valid XML (%3).</source>
        <translation>“%1” is damaged: the sheet “%2” is not valid XML (%3).</translation>
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
       npsstudio themes --db PROJECT.npsdb [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...
                 [--period month|quarter|year] [--suggest] [--limit N] [--json]
       npsstudio report --db PROJECT.npsdb --quarter 2025-Q3 [--where DIMENSION=VALUE]...
                 [--lang nl|en] [--page-size A4|Letter] [--no-mask] --out FILE.pdf|.html|.odt
       npsstudio --screenshot FILE.png [--project P]
       npsstudio --version | --help

Run “npsstudio import --help” for the options of a command.
</source>
        <translation>Usage: npsstudio [FILE]                  open the window (on a project or an export)
       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]
                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]
       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]
                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...
                 [--dimensions] [--json]
       npsstudio themes --db PROJECT.npsdb [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]
                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...
                 [--period month|quarter|year] [--suggest] [--limit N] [--json]
       npsstudio report --db PROJECT.npsdb --quarter 2025-Q3 [--where DIMENSION=VALUE]...
                 [--lang nl|en] [--page-size A4|Letter] [--no-mask] --out FILE.pdf|.html|.odt
       npsstudio --screenshot FILE.png [--project P]
       npsstudio --version | --help

Run “npsstudio import --help” for the options of a command.
</translation>
    </message>
</context>
</TS>