<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnswerCorpus</name>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>NPS per segment value</source>
        <translation>NPS per segmentwaarde</translation>
    </message>
    <message>
        <source>No segment values in this selection</source>
        <translation>Geen segmentwaarden in deze selectie</translation>
    </message>
    <message>
        <source>● significantly different from the rest · grey: fewer than 30</source>
        <translation>● significant anders dan de rest · grijs: minder dan 30</translation>
    </message>
    <message>
        <source>%1: NPS %2 (95% interval %3), n = %4</source>
        <translation>%1: NPS %2 (95%-interval %3), n = %4</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: too few to rely on.</source>
        <translation>Minder dan 30 antwoorden: te weinig om op te bouwen.</translation>
    </message>
    <message>
        <source>Against all other responses: %1 (p = %2).</source>
        <translation>Tegenover alle andere antwoorden: %1 (p = %2).</translation>
    </message>
    <message>
        <source>Click to read these respondents' answers.</source>
        <translation>Klik om de antwoorden van deze respondenten te lezen.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Fewer than %1 responses: too few to rely on.</source>
        <translation>Minder dan %1 antwoorden: te weinig om op te bouwen.</translation>
    </message>
    <message>
        <source>Compared with all other responses: %1 (p = %2).</source>
        <translation>Vergeleken met alle andere antwoorden: %1 (p = %2).</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
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
        <translation>95% laag</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>95% hoog</translation>
    </message>
    <message>
        <source>vs. rest</source>
        <translation>t.o.v. rest</translation>
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
        <translation>Er is geen thema %1.</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Een thema heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Hernoem “%1” naar “%2”</translation>
    </message>
    <message>
        <source>Choose two or more different themes to merge.</source>
        <translation>Kies twee of meer verschillende thema’s om samen te voegen.</translation>
    </message>
    <message>
        <source>Merge %1 into “%2”</source>
        <translation>Voeg %1 samen met “%2”</translation>
    </message>
    <message>
        <source>The new theme needs a name.</source>
        <translation>Het nieuwe thema heeft een naam nodig.</translation>
    </message>
    <message>
        <source>Choose the keywords of the new theme.</source>
        <translation>Kies de trefwoorden van het nieuwe thema.</translation>
    </message>
    <message>
        <source>“%1” has no keyword “%2”.</source>
        <translation>“%1” heeft geen trefwoord “%2”.</translation>
    </message>
    <message>
        <source>“%1” would keep no keyword; rename it instead.</source>
        <translation>“%1” zou geen trefwoord overhouden; hernoem het liever.</translation>
    </message>
    <message>
        <source>Split “%1” from “%2”</source>
        <translation>Splits “%1” af van “%2”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Verwijder “%1”</translation>
    </message>
    <message>
        <source>A keyword cannot be empty.</source>
        <translation>Een trefwoord kan niet leeg zijn.</translation>
    </message>
    <message>
        <source>“%1” already has the keyword “%2”.</source>
        <translation>“%1” heeft het trefwoord “%2” al.</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>Voeg “%1” toe aan “%2”</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation>Haal “%1” weg uit “%2”</translation>
    </message>
    <message>
        <source>New theme “%1”</source>
        <translation>Nieuw thema “%1”</translation>
    </message>
    <message>
        <source>Search for something first.</source>
        <translation>Zoek eerst iets.</translation>
    </message>
    <message>
        <source>Suggest themes again</source>
        <translation>Thema’s opnieuw voorstellen</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>Onbekende tekstcodering “%1”.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (expected a closing ")</source>
        <translation>Regel %1: een veld tussen aanhalingstekens wordt nooit gesloten (verwacht een afsluitend ")</translation>
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
        <translation>Promotors, passief tevredenen, criticasters</translation>
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
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Show the breakdown as a table</source>
        <translation>Toon de uitsplitsing als tabel</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>The segment dimension to break the NPS down by</source>
        <translation>De segmentdimensie waarnaar de NPS wordt uitgesplitst</translation>
    </message>
    <message>
        <source>NPS by</source>
        <translation>NPS per</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>de vorige periode</translation>
    </message>
    <message>
        <source>Passives are %1 of respondents: satisfied, but not loyal enough to recommend — the silent leak.</source>
        <translation>Passief tevredenen zijn %1 van de respondenten: tevreden, maar niet loyaal genoeg om aan te bevelen — het stille lek.</translation>
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
        <translation>Hoeveel respondenten elke score gaven. Klik op een staaf om de antwoorden van die groep te lezen.</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Verdeling van de scores</translation>
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
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
</context>
<context>
    <name>Filter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot en met %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot en met %1</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promotors</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passief tevredenen</translation>
    </message>
    <message>
        <source>detractors</source>
        <translation>criticasters</translation>
    </message>
    <message>
        <source>with an open answer</source>
        <translation>met een open antwoord</translation>
    </message>
    <message>
        <source>answers containing “%1”</source>
        <translation>antwoorden met “%1”</translation>
    </message>
    <message>
        <source>all responses</source>
        <translation>alle antwoorden</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation>Verwijder dit filter</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>With an open answer</source>
        <translation>Met een open antwoord</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alles wissen</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Alle antwoorden</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search the open answers…</source>
        <translation>Zoek in de open antwoorden…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>The periods of the trend chart</source>
        <translation>De perioden van de trendgrafiek</translation>
    </message>
    <message>
        <source>Trend per</source>
        <translation>Trend per</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Laatste kwartaal</translation>
    </message>
    <message>
        <source>Last 4 quarters</source>
        <translation>Laatste 4 kwartalen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotors (9–10)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passief tevredenen (7–8)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Criticasters (0–6)</translation>
    </message>
    <message>
        <source>Only with an open answer</source>
        <translation>Alleen met een open antwoord</translation>
    </message>
    <message>
        <source>Tick values to look at them only; counts show what each value adds under the rest of the filter.</source>
        <translation>Vink waarden aan om alleen die te bekijken; de aantallen tonen wat elke waarde toevoegt binnen de rest van het filter.</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Eerste antwoord</translation>
    </message>
    <message>
        <source>Last response</source>
        <translation>Laatste antwoord</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contacted</source>
        <translation>benaderd</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>opgelost</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
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
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Cannot write the follow-up list: %1</source>
        <translation>Kan de opvolglijst niet schrijven: %1</translation>
    </message>
</context>
<context>
    <name>GroupMixBar</name>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>Click a group to read what its respondents said.</source>
        <translation>Klik op een groep om te lezen wat de respondenten zeiden.</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotors, passief tevredenen en criticasters</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Layout:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codering:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Scheidingsteken:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolommen:</translation>
    </message>
    <message>
        <source>Segments:</source>
        <translation>Segmenten:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Weggelaten:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 imported, %3 skipped, %4 already in the project.</source>
        <translation>%1 rijen gelezen: %2 geïmporteerd, %3 overgeslagen, %4 al in het project.</translation>
    </message>
    <message>
        <source>%1 rows have no score: kept with their answers, left out of the NPS.</source>
        <translation>%1 rijen hebben geen score: bewaard met hun antwoorden, niet meegeteld in de NPS.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>column “%1”</source>
        <translation>kolom “%1”</translation>
    </message>
    <message>
        <source>found “%1”</source>
        <translation>gevonden: “%1”</translation>
    </message>
    <message>
        <source>… and %1 more issues (all of them with --json).</source>
        <translation>… en nog %1 problemen (allemaal met --json).</translation>
    </message>
    <message>
        <source>Import survey exports (CSV) into an NPS Studio project.</source>
        <translation>Importeer enquête-exports (CSV) in een NPS Studio-project.</translation>
    </message>
    <message>
        <source>The import command.</source>
        <translation>Het importcommando.</translation>
    </message>
    <message>
        <source>Survey export(s) to import.</source>
        <translation>Te importeren enquête-export(s).</translation>
    </message>
    <message>
        <source>Project file (created when missing).</source>
        <translation>Projectbestand (wordt aangemaakt als het ontbreekt).</translation>
    </message>
    <message>
        <source>Abort on the first row with a problem; import nothing.</source>
        <translation>Stop bij de eerste rij met een probleem; importeer niets.</translation>
    </message>
    <message>
        <source>Field delimiter: , ; tab or |.</source>
        <translation>Scheidingsteken: , ; tab of |.</translation>
    </message>
    <message>
        <source>Text encoding, e.g. UTF-8, windows-1252, UTF-16LE.</source>
        <translation>Tekstcodering, bijvoorbeeld UTF-8, windows-1252, UTF-16LE.</translation>
    </message>
    <message>
        <source>Column role: score, date, id, answer, segment, csat, ces or ignore, by column header or number.</source>
        <translation>Rol van een kolom: score, date, id, answer, segment, csat, ces of ignore, op kolomkop of nummer.</translation>
    </message>
    <message>
        <source>Print the reports as JSON.</source>
        <translation>Druk de verslagen af als JSON.</translation>
    </message>
    <message>
        <source>import: name at least one file to import.</source>
        <translation>import: noem minstens één bestand om te importeren.</translation>
    </message>
    <message>
        <source>import: name the project with --db PROJECT.npsdb.</source>
        <translation>import: noem het project met --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>import: --delimiter takes one character or tab, not “%1”.</source>
        <translation>import: --delimiter verwacht één teken of tab, niet “%1”.</translation>
    </message>
    <message>
        <source>import: --map takes ROLE=COLUMN, not “%1”.</source>
        <translation>import: --map verwacht ROL=KOLOM, niet “%1”.</translation>
    </message>
    <message>
        <source>%1 rows left out: %2 (--keep-incomplete keeps them).</source>
        <translation>%1 rijen weggelaten: %2 (--keep-incomplete houdt ze).</translation>
    </message>
    <message>
        <source>The sheet of an .xlsx workbook (default: the first with data).</source>
        <translation>Het werkblad van een .xlsx-werkmap (standaard het eerste met gegevens).</translation>
    </message>
    <message>
        <source>Keep Qualtrics previews, tests and unfinished responses.</source>
        <translation>Houd voorbeelden, tests en onvoltooide antwoorden van Qualtrics.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Respondentnummer</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Open antwoord</translation>
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
        <translation>%1 importeren</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Herkend:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puntkomma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Verticale streep ( | )</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lezen als:</translation>
    </message>
    <message>
        <source>Each column's role, and the first rows as they will be read:</source>
        <translation>De rol van elke kolom, en de eerste rijen zoals ze worden gelezen:</translation>
    </message>
    <message>
        <source>How the columns were chosen, and problems:</source>
        <translation>Hoe de kolommen zijn gekozen, en problemen:</translation>
    </message>
    <message>
        <source>The roles you chose last time for this header are chosen again.</source>
        <translation>De rollen die u de vorige keer voor deze kopregel koos, zijn weer gekozen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Niet geïmporteerd: %1</translation>
    </message>
    <message>
        <source>Choose the column that holds the 0–10 recommendation score.</source>
        <translation>Kies de kolom met de aanbevelingsscore van 0 tot 10.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The import was cancelled.&lt;/b&gt; The project is unchanged.</source>
        <translation>&lt;b&gt;Het importeren is afgebroken.&lt;/b&gt; Het project is ongewijzigd.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; The project is unchanged.&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Er is niets geïmporteerd.&lt;/b&gt; Het project is ongewijzigd.&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 responses imported&lt;/b&gt; from %2 rows read: %3 skipped with a problem, %4 already in the project.</source>
        <translation>&lt;b&gt;%1 antwoorden geïmporteerd&lt;/b&gt; uit %2 gelezen rijen: %3 overgeslagen wegens een probleem, %4 al in het project.</translation>
    </message>
    <message>
        <source>%1 have no score: they keep their answers but do not count in the NPS.</source>
        <translation>%1 hebben geen score: hun antwoorden blijven bewaard, maar tellen niet mee in de NPS.</translation>
    </message>
    <message>
        <source>Line %1%2: %3 (found “%4”)</source>
        <translation>Regel %1%2: %3 (gevonden: “%4”)</translation>
    </message>
    <message>
        <source>, column “%1”</source>
        <translation>, kolom “%1”</translation>
    </message>
    <message>
        <source>%1 left out on purpose (survey previews, tests or unfinished responses).</source>
        <translation>%1 bewust weggelaten (testantwoorden, voorbeelden of onvoltooide antwoorden).</translation>
    </message>
    <message>
        <source>The open project (%1)</source>
        <translation>Het open project (%1)</translation>
    </message>
    <message>
        <source>A new project (%1)</source>
        <translation>Een nieuw project (%1)</translation>
    </message>
    <message>
        <source>Import into:</source>
        <translation>Importeren in:</translation>
    </message>
    <message>
        <source>%1 · encoding %2 (%3) · delimiter %4 (%5)</source>
        <translation>%1 · codering %2 (%3) · scheidingsteken %4 (%5)</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”.</source>
        <translation>Onbekende codering “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty: expected a header row and responses.</source>
        <translation>“%1” is leeg: verwacht een kopregel en antwoorden.</translation>
    </message>
    <message>
        <source>Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces or ignore.</source>
        <translation>Onbekende rol “%1” in --map; verwacht score, date, id, answer, segment, csat, ces of ignore.</translation>
    </message>
    <message>
        <source>No column “%1” in “%2”; its columns are: %3</source>
        <translation>Geen kolom “%1” in “%2”; de kolommen zijn: %3</translation>
    </message>
    <message>
        <source>%1: no score column; choose one with --map score=COLUMN.</source>
        <translation>%1: geen scorekolom; kies er een met --map score=KOLOM.</translation>
    </message>
    <message>
        <source>Cannot write to the project: %1</source>
        <translation>Kan niet naar het project schrijven: %1</translation>
    </message>
    <message>
        <source>Cannot record the import: %1</source>
        <translation>Kan de import niet vastleggen: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>verwacht %1 velden, gevonden %2</translation>
    </message>
    <message>
        <source>not a date of this column's format (%1)</source>
        <translation>geen datum in de notatie van deze kolom (%1)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>geen getal</translation>
    </message>
    <message>
        <source>%1, line %2, column “%3”: %4 (found “%5”). Nothing was imported (--strict).</source>
        <translation>%1, regel %2, kolom “%3”: %4 (gevonden: “%5”). Er is niets geïmporteerd (--strict).</translation>
    </message>
    <message>
        <source>Cannot store line %1: %2</source>
        <translation>Kan regel %1 niet opslaan: %2</translation>
    </message>
    <message>
        <source>Cannot store the responses: %1</source>
        <translation>Kan de antwoorden niet opslaan: %1</translation>
    </message>
    <message>
        <source>%1: none of its %2 rows could be imported; the first problem is on line %3: %4</source>
        <translation>%1: geen van de %2 rijen kon worden geïmporteerd; het eerste probleem staat op regel %3: %4</translation>
    </message>
    <message>
        <source>Cannot save the import: %1</source>
        <translation>Kan de import niet opslaan: %1</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Excel-werkmap, werkblad “%1”</translation>
    </message>
    <message>
        <source>cells of a sheet</source>
        <translation>cellen van een werkblad</translation>
    </message>
    <message>
        <source>survey preview, test or spam</source>
        <translation>voorbeeld, test of spam van de enquête</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>onvoltooid</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports in This Project</source>
        <translation>Imports in dit project</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Indeling</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Remove Import…</source>
        <translation>Import verwijderen…</translation>
    </message>
    <message>
        <source>Remove Import</source>
        <translation>Import verwijderen</translation>
    </message>
    <message>
        <source>Remove the import of “%1” and its %2 responses from this project?
Other imports are not touched. This cannot be undone.</source>
        <translation>De import van “%1” en de %2 antwoorden ervan uit dit project verwijderen?
Andere imports blijven ongemoeid. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The import could not be removed: %1</source>
        <translation>De import kon niet worden verwijderd: %1</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spaans</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
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
        <translation>%1 van %2 antwoorden · %3 ms</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Nieuw project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Project &amp;openen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Import Exports…</source>
        <translation>Exports &amp;importeren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Imports in This &amp;Project…</source>
        <translation>Imports in dit &amp;project…</translation>
    </message>
    <message>
        <source>&amp;Export Open Answers…</source>
        <translation>Open antwoorden &amp;exporteren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Het &amp;voorbeeld openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>&amp;Search Answers</source>
        <translation>Antwoorden &amp;zoeken</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Reload Project</source>
        <translation>Project opnieuw &amp;laden</translation>
    </message>
    <message>
        <source>Filter &amp;Panel</source>
        <translation>Filter&amp;paneel</translation>
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
        <translation>&amp;Over NPS Studio</translation>
    </message>
    <message>
        <source>About NPS Studio</source>
        <translation>Over NPS Studio</translation>
    </message>
    <message>
        <source>Welcome to NPS Studio</source>
        <translation>Welkom bij NPS Studio</translation>
    </message>
    <message>
        <source>Import the CSV export of your survey tool to see your Net Promoter Score,
its trend, its margin of error and the reasons behind it.
You can also drop the file onto this window.</source>
        <translation>Importeer de CSV-export van uw enquêtetool om uw Net Promoter Score te zien,
met de trend, de foutmarge en de redenen erachter.
U kunt het bestand ook op dit venster laten vallen.</translation>
    </message>
    <message>
        <source>Import an export…</source>
        <translation>Een export importeren…</translation>
    </message>
    <message>
        <source>Open the sample</source>
        <translation>Het voorbeeld openen</translation>
    </message>
    <message>
        <source>%1 — NPS Studio</source>
        <translation>%1 — NPS Studio</translation>
    </message>
    <message>
        <source>Reading the project…</source>
        <translation>Project wordt gelezen…</translation>
    </message>
    <message>
        <source>%1: %2 imported, %3 skipped, %4 already present</source>
        <translation>%1: %2 geïmporteerd, %3 overgeslagen, %4 al aanwezig</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>NPS Studio projects (*.npsdb)</source>
        <translation>NPS Studio-projecten (*.npsdb)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Project openen</translation>
    </message>
    <message>
        <source>Import Exports</source>
        <translation>Exports importeren</translation>
    </message>
    <message>
        <source>An import is already running; wait for it to finish.</source>
        <translation>Er loopt al een import; wacht tot die klaar is.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Het importeren is afgebroken; er is niets veranderd.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Enquête-exports (*.csv *.tsv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;NPS Studio %1&lt;/h3&gt;&lt;p&gt;Net Promoter Score analysis for marketing analysts.&lt;/p&gt;&lt;p&gt;95% intervals by the adjusted Wald method (Rocks 2016).&lt;/p&gt;&lt;p&gt;Licence: MIT.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), SQLite (public domain), libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) and the DejaVu fonts.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NPS Studio %1&lt;/h3&gt;&lt;p&gt;Net Promoter Score-analyse voor marketinganalisten.&lt;/p&gt;&lt;p&gt;95%-intervallen volgens de adjusted Wald-methode (Rocks 2016).&lt;/p&gt;&lt;p&gt;Licentie: MIT.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2 (LGPL-3.0), SQLite (publiek domein), libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) en de DejaVu-lettertypen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NpsBand</name>
    <message>
        <source>needs attention</source>
        <translation>aandacht nodig</translation>
    </message>
    <message>
        <source>acceptable</source>
        <translation>acceptabel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>uitstekend</translation>
    </message>
</context>
<context>
    <name>NpsComparison</name>
    <message>
        <source>within the margin of error</source>
        <translation>binnen de foutmarge</translation>
    </message>
    <message numerus="yes">
        <source>a significant rise of %n points</source>
        <translation><numerusform>een significante stijging van %n punt</numerusform><numerusform>een significante stijging van %n punten</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>a significant fall of %n points</source>
        <translation><numerusform>een significante daling van %n punt</numerusform><numerusform>een significante daling van %n punten</numerusform></translation>
    </message>
</context>
<context>
    <name>NpsGauge</name>
    <message>
        <source>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.
The dark arc is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.</source>
        <translation>Net Promoter Score: % promotors (9–10) min % criticasters (0–6), van −100 tot +100.
De donkere boog is het 95%-interval (adjusted Wald): de werkelijke NPS ligt met 95% zekerheid in dit bereik.</translation>
    </message>
    <message>
        <source>NPS gauge</source>
        <translation>NPS-meter</translation>
    </message>
    <message>
        <source>NPS %1, n = %2</source>
        <translation>NPS %1, n = %2</translation>
    </message>
    <message>
        <source>No responses</source>
        <translation>Geen antwoorden</translation>
    </message>
    <message>
        <source>n = %1: too few responses to rely on</source>
        <translation>n = %1: te weinig antwoorden om op te bouwen</translation>
    </message>
    <message>
        <source>%1 · n = %2</source>
        <translation>%1 · n = %2</translation>
    </message>
    <message>
        <source>95% interval %1</source>
        <translation>95%-interval %1</translation>
    </message>
    <message>
        <source>No responses with a score in this selection</source>
        <translation>Geen antwoorden met een score in deze selectie</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation>t.o.v. %1</translation>
    </message>
</context>
<context>
    <name>OpenAnswersModel</name>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>Promotor</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>Passief</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Criticaster</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Open answer</source>
        <translation>Open antwoord</translation>
    </message>
</context>
<context>
    <name>OpenAnswersView</name>
    <message>
        <source>Open answers</source>
        <translation>Open antwoorden</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <source>Save every response of this selection as a CSV file</source>
        <translation>Bewaar elk antwoord van deze selectie als CSV-bestand</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>%1 responses · %2 with an answer</source>
        <translation>%1 antwoorden · %2 met een toelichting</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>Criticaster</translation>
    </message>
    <message>
        <source>Export Open Answers</source>
        <translation>Open antwoorden exporteren</translation>
    </message>
    <message>
        <source>open-answers.csv</source>
        <translation>open-antwoorden.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>The project has no dated responses, so it has no quarters.</source>
        <translation>Het project heeft geen gedateerde antwoorden en dus geen kwartalen.</translation>
    </message>
    <message>
        <source>The project has no responses in %1; its quarters run from %2 to %3.</source>
        <translation>Het project heeft geen antwoorden in %1; de kwartalen lopen van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>No responses with a score in %1 for this selection (%2).</source>
        <translation>Geen antwoorden met een score in %1 voor deze selectie (%2).</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Write the quarterly NPS report of a project as PDF, HTML or ODT.</source>
        <translation>Schrijf het NPS-kwartaalrapport van een project als PDF, HTML of ODT.</translation>
    </message>
    <message>
        <source>The report command.</source>
        <translation>Het rapportcommando.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Projectbestand.</translation>
    </message>
    <message>
        <source>The quarter, e.g. 2025-Q3 or 2025-K3.</source>
        <translation>Het kwartaal, bijvoorbeeld 2025-Q3 of 2025-K3.</translation>
    </message>
    <message>
        <source>Only responses with this segment value (repeatable).</source>
        <translation>Alleen antwoorden met deze segmentwaarde (herhaalbaar).</translation>
    </message>
    <message>
        <source>Language of the report: nl or en (default: the system's).</source>
        <translation>Taal van het rapport: nl of en (standaard die van het systeem).</translation>
    </message>
    <message>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (standaard) of Letter.</translation>
    </message>
    <message>
        <source>Keep e-mail addresses and phone numbers in quoted answers.</source>
        <translation>Laat e-mailadressen en telefoonnummers in geciteerde antwoorden staan.</translation>
    </message>
    <message>
        <source>Title on the cover (default: the project's name).</source>
        <translation>Titel op het voorblad (standaard de naam van het project).</translation>
    </message>
    <message>
        <source>The file to write: .pdf, .html or .odt.</source>
        <translation>Het te schrijven bestand: .pdf, .html of .odt.</translation>
    </message>
    <message>
        <source>report: --%1 is required.</source>
        <translation>report: --%1 is verplicht.</translation>
    </message>
    <message>
        <source>report: there is no project “%1”.</source>
        <translation>report: er is geen project “%1”.</translation>
    </message>
    <message>
        <source>report: --quarter takes a quarter such as 2025-Q3, not “%1”.</source>
        <translation>report: --quarter verwacht een kwartaal zoals 2025-K3, niet “%1”.</translation>
    </message>
    <message>
        <source>report: --lang takes nl or en, not “%1”.</source>
        <translation>report: --lang verwacht nl of en, niet “%1”.</translation>
    </message>
    <message>
        <source>report: --page-size takes A4 or Letter, not “%1”.</source>
        <translation>report: --page-size verwacht A4 of Letter, niet “%1”.</translation>
    </message>
    <message>
        <source>report: no dimension in “%1”; use DIMENSION=VALUE with one of the dimensions that `npsstudio summary --dimensions` lists.</source>
        <translation>report: geen dimensie in “%1”; gebruik DIMENSIE=WAARDE met een van de dimensies die `npsstudio summary --dimensions` toont.</translation>
    </message>
    <message>
        <source>report: “%1” has no value “%2”; its values are: %3</source>
        <translation>report: “%1” heeft geen waarde “%2”; de waarden zijn: %3</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Hide e-mail addresses and phone numbers in quotes</source>
        <translation>E-mailadressen en telefoonnummers in citaten verbergen</translation>
    </message>
    <message>
        <source>Quarterly Report</source>
        <translation>Kwartaalrapport</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Kwartaal:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Papierformaat:</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>Selectie: %1</translation>
    </message>
    <message>
        <source>The report follows the dashboard's segments and groups; the period is the quarter.</source>
        <translation>Het rapport volgt de segmenten en groepen van het dashboard; de periode is het kwartaal.</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Opnemen</translation>
    </message>
    <message>
        <source>Trend over the last 8 quarters</source>
        <translation>Trend over de laatste 8 kwartalen</translation>
    </message>
    <message>
        <source>Tables per segment</source>
        <translation>Tabellen per segment</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Verdeling van de scores</translation>
    </message>
    <message>
        <source>Voices: recurring words and quotes</source>
        <translation>Stemmen: terugkerende woorden en citaten</translation>
    </message>
    <message>
        <source>Method and sources</source>
        <translation>Methode en bronnen</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Voorbeeld…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>This project has no dated responses, so there is no quarter to report on.</source>
        <translation>Dit project heeft geen gedateerde antwoorden en dus geen kwartaal om over te rapporteren.</translation>
    </message>
    <message>
        <source>Quarterly Report — Preview</source>
        <translation>Kwartaalrapport — voorbeeld</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Webpagina (*.html);;OpenDocument-tekst (*.odt)</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>NPS %1 (95% interval %2), n = %3 — %4</source>
        <translation>NPS %1 (95%-interval %2), n = %3 — %4</translation>
    </message>
    <message>
        <source>No responses in %1 to compare with.</source>
        <translation>Geen antwoorden in %1 om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2, n = %3): %4 %5, %6 (p = %7).</source>
        <translation>Tegenover %1 (NPS %2, n = %3): %4 %5, %6 (p = %7).</translation>
    </message>
    <message>
        <source>points</source>
        <translation>punten</translation>
    </message>
    <message>
        <source>Passives are %1 of respondents: satisfied but not loyal, the silent leak.</source>
        <translation>Passief tevredenen zijn %1 van de respondenten: tevreden maar niet loyaal, het stille lek.</translation>
    </message>
    <message>
        <source>In %1 they were %2.</source>
        <translation>In %1 was dat %2.</translation>
    </message>
    <message numerus="yes">
        <source>NPS is the share of promoters (scores 9–10) minus the share of detractors (0–6), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Figures based on fewer than 30 responses are marked with *. %n response(s) of this quarter had no score and are left out of the NPS; their answers are kept.</source>
        <translation><numerusform>De NPS is het aandeel promotors (scores 9–10) min het aandeel criticasters (0–6), van −100 tot +100; passief tevredenen (7–8) tellen alleen mee in het totaal. Het 95%-interval volgt de adjusted Wald-methode (Rocks 2016): er worden 0,75 criticaster, 1,5 passief tevredene en 0,75 promotor bijgeteld voordat de standaardfout wordt berekend. Twee perioden of segmenten verschillen significant als de tweezijdige p-waarde van hun verschil onder 0,05 ligt. Cijfers op basis van minder dan 30 antwoorden zijn gemarkeerd met *. %n antwoord van dit kwartaal had geen score en telt niet mee in de NPS; de toelichting is bewaard.</numerusform><numerusform>De NPS is het aandeel promotors (scores 9–10) min het aandeel criticasters (0–6), van −100 tot +100; passief tevredenen (7–8) tellen alleen mee in het totaal. Het 95%-interval volgt de adjusted Wald-methode (Rocks 2016): er worden 0,75 criticaster, 1,5 passief tevredene en 0,75 promotor bijgeteld voordat de standaardfout wordt berekend. Twee perioden of segmenten verschillen significant als de tweezijdige p-waarde van hun verschil onder 0,05 ligt. Cijfers op basis van minder dan 30 antwoorden zijn gemarkeerd met *. %n antwoorden van dit kwartaal hadden geen score en tellen niet mee in de NPS; hun toelichtingen zijn bewaard.</numerusform></translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Kan het afdrukken niet starten.</translation>
    </message>
    <message>
        <source>Quarterly NPS report · %1</source>
        <translation>NPS-kwartaalrapport · %1</translation>
    </message>
    <message>
        <source>Selection: %1 · generated on %2</source>
        <translation>Selectie: %1 · gemaakt op %2</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kerncijfer</translation>
    </message>
    <message>
        <source>The trend matters more than the number: compare with your own past first.</source>
        <translation>De trend zegt meer dan het getal: vergelijk eerst met uw eigen verleden.</translation>
    </message>
    <message>
        <source>Promoters, passives and detractors</source>
        <translation>Promotors, passief tevredenen en criticasters</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>NPS per quarter, with its 95% interval</source>
        <translation>NPS per kwartaal, met het 95%-interval</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Per %1</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significant</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
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
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>vs. %1</source>
        <translation>t.o.v. %1</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>* fewer than 30 responses: too few to rely on.</source>
        <translation>* minder dan 30 antwoorden: te weinig om op te bouwen.</translation>
    </message>
    <message>
        <source>Scores from 0 to 10</source>
        <translation>Scores van 0 tot en met 10</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>In hun eigen woorden</translation>
    </message>
    <message>
        <source>No recurring words in this group's answers.</source>
        <translation>Geen terugkerende woorden in de antwoorden van deze groep.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” — in %n answer(s)</source>
        <translation><numerusform>“%1” — in %n antwoord</numerusform><numerusform>“%1” — in %n antwoorden</numerusform></translation>
    </message>
    <message>
        <source>What detractors mention most</source>
        <translation>Wat criticasters het vaakst noemen</translation>
    </message>
    <message>
        <source>What promoters mention most</source>
        <translation>Wat promotors het vaakst noemen</translation>
    </message>
    <message>
        <source>Newest detractor comments to follow up</source>
        <translation>Nieuwste opmerkingen van criticasters om op te volgen</translation>
    </message>
    <message>
        <source>Method and sources</source>
        <translation>Methode en bronnen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Geïmporteerd</translation>
    </message>
    <message>
        <source>First answer</source>
        <translation>Eerste antwoord</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Laatste antwoord</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Kan “%1” niet schrijven: %2</translation>
    </message>
    <message>
        <source>Cannot write a report as “.%1”; use .pdf, .html or .odt.</source>
        <translation>Kan geen rapport schrijven als “.%1”; gebruik .pdf, .html of .odt.</translation>
    </message>
</context>
<context>
    <name>ResponseCache</name>
    <message>
        <source>Cannot read the responses: %1</source>
        <translation>Kan de antwoorden niet lezen: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
</context>
<context>
    <name>ScoreParser</name>
    <message>
        <source>not a number; expected a whole number from 0 to 10</source>
        <translation>geen getal; verwacht een geheel getal van 0 tot en met 10</translation>
    </message>
    <message>
        <source>number too large; expected a whole number from 0 to 10</source>
        <translation>getal te groot; verwacht een geheel getal van 0 tot en met 10</translation>
    </message>
    <message>
        <source>not a whole number; expected 0 to 10</source>
        <translation>geen geheel getal; verwacht 0 tot en met 10</translation>
    </message>
    <message>
        <source>out of range; expected a whole number from 0 to 10</source>
        <translation>buiten het bereik; verwacht een geheel getal van 0 tot en met 10</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <source>A new language applies when NPS Studio starts again; numbers and dates follow it.</source>
        <translation>Een nieuwe taal geldt zodra NPS Studio opnieuw start; getallen en datums volgen de taal.</translation>
    </message>
    <message>
        <source>Appearance:</source>
        <translation>Weergave:</translation>
    </message>
</context>
<context>
    <name>SummaryCommand</name>
    <message>
        <source>(this project has no segment dimensions)</source>
        <translation>(dit project heeft geen segmentdimensies)</translation>
    </message>
    <message>
        <source>--period takes month, quarter or year, not “%1”.</source>
        <translation>--period verwacht month, quarter of year, niet “%1”.</translation>
    </message>
    <message>
        <source>No dimension “%1”; the dimensions are: %2</source>
        <translation>Geen dimensie “%1”; de dimensies zijn: %2</translation>
    </message>
    <message>
        <source>--where takes DIMENSION=VALUE, not “%1”.</source>
        <translation>--where verwacht DIMENSIE=WAARDE, niet “%1”.</translation>
    </message>
    <message>
        <source>“%1” has no value “%2”; its values are: %3</source>
        <translation>“%1” heeft geen waarde “%2”; de waarden zijn: %3</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not “%2”.</source>
        <translation>--%1 verwacht een datum als JJJJ-MM-DD, niet “%2”.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from ligt na --to.</translation>
    </message>
    <message>
        <source>--group takes promoter, passive or detractor, not “%1”.</source>
        <translation>--group verwacht promoter, passive of detractor, niet “%1”.</translation>
    </message>
    <message>
        <source>no responses with a score</source>
        <translation>geen antwoorden met een score</translation>
    </message>
    <message>
        <source>NPS %1 (95% interval %2), n = %3</source>
        <translation>NPS %1 (95%-interval %2), n = %3</translation>
    </message>
    <message>
        <source>n too small</source>
        <translation>n te klein</translation>
    </message>
    <message>
        <source>NPS Studio summary of %1</source>
        <translation>NPS Studio-samenvatting van %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Method: 95% interval, adjusted Wald (Rocks 2016)</source>
        <translation>Methode: 95%-interval, adjusted Wald (Rocks 2016)</translation>
    </message>
    <message>
        <source>Promoters %1 (%2) · Passives %3 (%4) · Detractors %5 (%6)</source>
        <translation>Promotors %1 (%2) · Passief tevredenen %3 (%4) · Criticasters %5 (%6)</translation>
    </message>
    <message numerus="yes">
        <source>%n responses without a score are not counted in the NPS.</source>
        <translation><numerusform>%n antwoord zonder score telt niet mee in de NPS.</numerusform><numerusform>%n antwoorden zonder score tellen niet mee in de NPS.</numerusform></translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Vorige periode (%1): %2</translation>
    </message>
    <message>
        <source>Change: %1 points, %2 (p = %3)</source>
        <translation>Verandering: %1 punten, %2 (p = %3)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>vs. rest</source>
        <translation>t.o.v. rest</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>differs significantly from the rest (p &lt; 0.05)</source>
        <translation>wijkt significant af van de rest (p &lt; 0,05)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>fewer than %1 responses: too few to rely on</source>
        <translation>minder dan %1 antwoorden: te weinig om op te bouwen</translation>
    </message>
    <message>
        <source>Print the NPS of a project, with its interval, trend and breakdown.</source>
        <translation>Druk de NPS van een project af, met interval, trend en uitsplitsing.</translation>
    </message>
    <message>
        <source>The summary command.</source>
        <translation>Het samenvattingscommando.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Projectbestand.</translation>
    </message>
    <message>
        <source>Trend per month, quarter (default) or year.</source>
        <translation>Trend per maand, kwartaal (standaard) of jaar.</translation>
    </message>
    <message>
        <source>Break the NPS down by a segment dimension.</source>
        <translation>Splits de NPS uit naar een segmentdimensie.</translation>
    </message>
    <message>
        <source>Only responses with this segment value (repeatable).</source>
        <translation>Alleen antwoorden met deze segmentwaarde (herhaalbaar).</translation>
    </message>
    <message>
        <source>First day (inclusive).</source>
        <translation>Eerste dag (inclusief).</translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation>Laatste dag (inclusief).</translation>
    </message>
    <message>
        <source>Only promoters, passives or detractors (repeatable).</source>
        <translation>Alleen promotors, passief tevredenen of criticasters (herhaalbaar).</translation>
    </message>
    <message>
        <source>List the segment dimensions with their values and counts.</source>
        <translation>Toon de segmentdimensies met hun waarden en aantallen.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Druk één JSON-object af.</translation>
    </message>
    <message>
        <source>summary: name the project with --db PROJECT.npsdb.</source>
        <translation>summary: noem het project met --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>summary: there is no project “%1”.</source>
        <translation>summary: er is geen project “%1”.</translation>
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
        <translation>Kan het project “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: %2</source>
        <translation>“%1” is geen NPS Studio-project: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project to version %1: %2</source>
        <translation>Kan het project niet bijwerken naar versie %1: %2</translation>
    </message>
    <message>
        <source>This project was written by a newer NPS Studio (schema %1; this version reads up to %2).</source>
        <translation>Dit project is geschreven door een nieuwere NPS Studio (schema %1; deze versie leest tot en met %2).</translation>
    </message>
</context>
<context>
    <name>ThemeAction</name>
    <message>
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
</context>
<context>
    <name>ThemeAnalysis</name>
    <message>
        <source>No themes yet: “npsstudio themes” suggests them.</source>
        <translation>Nog geen thema’s: “npsstudio themes” stelt ze voor.</translation>
    </message>
    <message>
        <source>Themes: %1 of %2 new answers carry one of the %3 themes.</source>
        <translation>Thema’s: %1 van de %2 nieuwe antwoorden hebben een van de %3 thema’s.</translation>
    </message>
</context>
<context>
    <name>ThemeStore</name>
    <message>
        <source>Cannot store the themes: %1</source>
        <translation>Kan de thema’s niet opslaan: %1</translation>
    </message>
    <message>
        <source>Say what the action is.</source>
        <translation>Zeg wat de actie is.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Er is geen actie %1.</translation>
    </message>
</context>
<context>
    <name>ThemeSuggester</name>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
</context>
<context>
    <name>ThemeTrend</name>
    <message>
        <source>unchanged</source>
        <translation>onveranderd</translation>
    </message>
    <message>
        <source>rising significantly</source>
        <translation>significant stijgend</translation>
    </message>
    <message>
        <source>rising, within the margin of error</source>
        <translation>stijgend, binnen de foutmarge</translation>
    </message>
    <message>
        <source>falling significantly</source>
        <translation>significant dalend</translation>
    </message>
    <message>
        <source>falling, within the margin of error</source>
        <translation>dalend, binnen de foutmarge</translation>
    </message>
</context>
<context>
    <name>ThemesCommand</name>
    <message numerus="yes">
        <source>%1 of %2 responses answered the open question; %n themes.</source>
        <translation><numerusform>%1 van de %2 respondenten beantwoordden de open vraag; %n thema.</numerusform><numerusform>%1 van de %2 respondenten beantwoordden de open vraag; %n thema’s.</numerusform></translation>
    </message>
    <message>
        <source>NPS Studio themes of %1</source>
        <translation>NPS Studio-thema’s van %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Method: 95% interval, adjusted Wald (Rocks 2016); impact: the NPS points the score would gain if the theme's detractors were passives</source>
        <translation>Methode: 95%-interval, adjusted Wald (Rocks 2016); impact: de NPS-punten die de score zou winnen als de criticasters van het thema passief tevreden waren</translation>
    </message>
    <message>
        <source>No themes: the answers have too few words in common.</source>
        <translation>Geen thema’s: de antwoorden hebben te weinig woorden gemeen.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Of answers</source>
        <translation>Van de antwoorden</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>vs.</source>
        <translation>t.o.v.</translation>
    </message>
    <message>
        <source>the NPS of those who mention it differs significantly from the others'</source>
        <translation>de NPS van wie het noemt verschilt significant van die van de anderen</translation>
    </message>
    <message>
        <source>fewer than %1 responses: too few to rely on</source>
        <translation>minder dan %1 antwoorden: te weinig om op te bouwen</translation>
    </message>
    <message>
        <source>What passives mention more than promoters:</source>
        <translation>Wat passief tevredenen vaker noemen dan promotors:</translation>
    </message>
    <message>
        <source>passives</source>
        <translation>passief tevredenen</translation>
    </message>
    <message>
        <source>promoters</source>
        <translation>promotors</translation>
    </message>
    <message>
        <source>Sentiment: %1 of the promoters' answers read positive, %2 of the detractors' negative (agreement %3).</source>
        <translation>Sentiment: %1 van de antwoorden van promotors leest positief, %2 van die van criticasters negatief (overeenstemming %3).</translation>
    </message>
    <message>
        <source>Promoters in their own words (personal data masked):</source>
        <translation>Promotors in hun eigen woorden (persoonsgegevens verborgen):</translation>
    </message>
    <message>
        <source>Print the themes of the open answers: mentions, the NPS of those who mention each theme with its interval, its impact on the NPS and its trend.</source>
        <translation>Toon de thema’s van de open antwoorden: vermeldingen, de NPS van wie elk thema noemt met het interval, de impact op de NPS en de trend.</translation>
    </message>
    <message>
        <source>The themes command.</source>
        <translation>De opdracht themes.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Projectbestand.</translation>
    </message>
    <message>
        <source>Suggest the themes again (the ones you edited or made stay).</source>
        <translation>Stel de thema’s opnieuw voor (die u bewerkte of maakte blijven).</translation>
    </message>
    <message>
        <source>Print at most this many themes (0: all).</source>
        <translation>Toon hoogstens zoveel thema’s (0: alle).</translation>
    </message>
    <message>
        <source>Promoter quotes per theme.</source>
        <translation>Citaten van promotors per thema.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Druk één JSON-object af.</translation>
    </message>
    <message>
        <source>themes: name the project with --db PROJECT.npsdb.</source>
        <translation>themes: noem het project met --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>themes: there is no project “%1”.</source>
        <translation>themes: er is geen project “%1”.</translation>
    </message>
    <message>
        <source>themes: --limit and --quotes take a number.</source>
        <translation>themes: --limit en --quotes verwachten een getal.</translation>
    </message>
</context>
<context>
    <name>ThemesModel</name>
    <message numerus="yes">
        <source>If the %n detractors who mention it were passives, the NPS would be %1 points higher.</source>
        <translation><numerusform>Als de %n criticaster die het noemt passief tevreden was, zou de NPS %1 punten hoger zijn.</numerusform><numerusform>Als de %n criticasters die het noemen passief tevreden waren, zou de NPS %1 punten hoger zijn.</numerusform></translation>
    </message>
    <message>
        <source>%1 against those who do not mention it (p = %2)</source>
        <translation>%1 tegenover wie het niet noemt (p = %2)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Vermeldingen</translation>
    </message>
    <message>
        <source>Of answers</source>
        <translation>Van de antwoorden</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95%-interval</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Trefwoorden</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>NPS per period; the band is the 95% interval (adjusted Wald). Click a period to look at it alone.</source>
        <translation>NPS per periode; de band is het 95%-interval (adjusted Wald). Klik op een periode om alleen die te bekijken.</translation>
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
95%-interval %3
n = %4</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: too few to rely on.</source>
        <translation>Minder dan 30 antwoorden: te weinig om op te bouwen.</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>Fewer than %1 responses: too few to rely on.</source>
        <translation>Minder dan %1 antwoorden: te weinig om op te bouwen.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
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
        <translation>95% laag</translation>
    </message>
    <message>
        <source>95% high</source>
        <translation>95% hoog</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promotors</translation>
    </message>
    <message>
        <source>Passives</source>
        <translation>Passief tevredenen</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Criticasters</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>“%1” is damaged: cannot read %2 inside it.</source>
        <translation>“%1” is beschadigd: %2 erin kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Kan “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.</source>
        <translation>“%1” is met een wachtwoord beveiligd (of een oude .xls-werkmap): sla het opnieuw op zonder wachtwoord, als .xlsx of CSV.</translation>
    </message>
    <message>
        <source>“%1” is not a readable .xlsx workbook: %2</source>
        <translation>“%1” is geen leesbare .xlsx-werkmap: %2</translation>
    </message>
    <message>
        <source>“%1” is not a readable .xlsx workbook: it lists no sheets.</source>
        <translation>“%1” is geen leesbare .xlsx-werkmap: er staan geen werkbladen in.</translation>
    </message>
    <message>
        <source>“%1” has no sheet with data.</source>
        <translation>“%1” heeft geen werkblad met gegevens.</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets are: %3</source>
        <translation>“%1” heeft geen werkblad “%2”; de werkbladen zijn: %3</translation>
    </message>
    <message>
        <source>“%1” is damaged: its sheet “%2” cannot be read.</source>
        <translation>“%1” is beschadigd: het werkblad “%2” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” cannot be read to the end.</source>
        <translation>“%1” is beschadigd: het werkblad “%2” kan niet tot het einde worden gelezen.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” is not valid XML (%3).</source>
        <translation>“%1” is beschadigd: het werkblad “%2” is geen geldige XML (%3).</translation>
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
        <translation type="unfinished" />
    </message>
</context>
</TS>