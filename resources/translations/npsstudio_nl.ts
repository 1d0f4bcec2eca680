<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdminCommand</name>
    <message>
        <source>Set up a team project on PostgreSQL: its schema, and the roles PROJECT_viewer (reads) and PROJECT_editor (imports, removes imports, edits themes and follow-ups).</source>
        <translation>Richt een teamproject in op PostgreSQL: zijn schema en de rollen PROJECT_viewer (leest) en PROJECT_editor (importeert, verwijdert imports, bewerkt thema’s en opvolgingen).</translation>
    </message>
    <message>
        <source>The admin command.</source>
        <translation>Het beheercommando.</translation>
    </message>
    <message>
        <source>Create the project and its roles.</source>
        <translation>Maak het project en zijn rollen aan.</translation>
    </message>
    <message>
        <source>The team project: postgresql://OWNER@HOST:PORT/DATABASE[?project=NAME&amp;sslmode=require].</source>
        <translation>Het teamproject: postgresql://EIGENAAR@HOST:POORT/DATABASE[?project=NAAM&amp;sslmode=require].</translation>
    </message>
    <message>
        <source>A login role that may read the project.</source>
        <translation>Een inlogrol die het project mag lezen.</translation>
    </message>
    <message>
        <source>A login role that may also change it.</source>
        <translation>Een inlogrol die het ook mag wijzigen.</translation>
    </message>
    <message>
        <source>admin: the one action is “init”: npsstudio admin init --db URL.</source>
        <translation>admin: de enige actie is “init”: npsstudio admin init --db URL.</translation>
    </message>
    <message>
        <source>admin init: --db takes a team project on PostgreSQL (postgresql://OWNER@HOST:5432/DATABASE?project=NAME); a project file needs no set-up.</source>
        <translation>admin init: --db neemt een teamproject op PostgreSQL (postgresql://EIGENAAR@HOST:5432/DATABASE?project=NAAM); een projectbestand hoeft niet ingericht te worden.</translation>
    </message>
    <message>
        <source>The team project %1 is ready (schema version %2).
Readers: GRANT %3 TO someone;   editors: GRANT %4 TO someone;
then each opens it with --db %1
</source>
        <translation>Het teamproject %1 is klaar (schemaversie %2).
Lezers: GRANT %3 TO iemand;   bewerkers: GRANT %4 TO iemand;
daarna opent ieder het met --db %1
</translation>
    </message>
    <message>
        <source>%1 may read the project.
</source>
        <translation>%1 mag het project lezen.
</translation>
    </message>
    <message>
        <source>%1 may change the project.
</source>
        <translation>%1 mag het project wijzigen.
</translation>
    </message>
</context>
<context>
    <name>AnswerCorpus</name>
    <message>
        <source>Cancelled.</source>
        <translation>Afgebroken.</translation>
    </message>
</context>
<context>
    <name>AnswersCommand</name>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>promotor</translation>
    </message>
    <message>
        <source>passive</source>
        <translation>passief tevreden</translation>
    </message>
    <message>
        <source>detractor</source>
        <translation>criticaster</translation>
    </message>
    <message>
        <source>(this project has no open questions)</source>
        <translation>(dit project heeft geen open vragen)</translation>
    </message>
    <message>
        <source>Print the answers to an open question, newest first, under the filters of summary.</source>
        <translation>Toon de antwoorden op een open vraag, nieuwste eerst, met de filters van summary.</translation>
    </message>
    <message>
        <source>The answers command.</source>
        <translation>De opdracht answers.</translation>
    </message>
    <message>
        <source>Project file.</source>
        <translation>Projectbestand.</translation>
    </message>
    <message>
        <source>The open question, by number, text or label (default: the primary one).</source>
        <translation>De open vraag, op nummer, tekst of label (standaard: de belangrijkste).</translation>
    </message>
    <message>
        <source>List the open questions with their numbers of answers.</source>
        <translation>Toon de open vragen met hun aantal antwoorden.</translation>
    </message>
    <message>
        <source>Only answers that contain this text (any letter case).</source>
        <translation>Alleen antwoorden met deze tekst (hoofdletters maken niet uit).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Druk één JSON-object af.</translation>
    </message>
    <message>
        <source>Print CSV (UTF-8 with BOM) with the segments of each response.</source>
        <translation>Schrijf CSV (UTF-8 met BOM) met de segmenten van elk antwoord.</translation>
    </message>
    <message>
        <source>answers: name the project with --db PROJECT.npsdb.</source>
        <translation>answers: noem het project met --db PROJECT.npsdb.</translation>
    </message>
    <message>
        <source>answers: there is no project “%1”.</source>
        <translation>answers: er is geen project “%1”.</translation>
    </message>
    <message>
        <source>  [primary]</source>
        <translation>  [belangrijkste]</translation>
    </message>
    <message>
        <source>answers: no open question “%1”; the questions are: %2</source>
        <translation>answers: geen open vraag “%1”; de vragen zijn: %2</translation>
    </message>
    <message>
        <source>answers: this project has no open questions.</source>
        <translation>answers: dit project heeft geen open vragen.</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Vraag: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 antwoord</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 antwoorden</translation>
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
        <source>%1: NPS %2 (95% interval %3), n = %4</source>
        <translation>%1: NPS %2 (95%-interval %3), n = %4</translation>
    </message>
    <message>
        <source>Fewer than 30 responses: too few to rely on.</source>
        <translation>Minder dan 30 antwoorden: te weinig om op te bouwen.</translation>
    </message>
    <message>
        <source>● significantly different from the rest · grey: fewer than 30, last</source>
        <translation>● significant anders dan de rest · grijs: minder dan 30, onderaan</translation>
    </message>
    <message>
        <source>Against all other responses: %1 (%2).</source>
        <translation>Tegenover alle andere antwoorden: %1 (%2).</translation>
    </message>
    <message>
        <source>Click again to show every value's respondents.</source>
        <translation>Klik nog eens om de respondenten van alle waarden te tonen.</translation>
    </message>
    <message>
        <source>Click to read these respondents' answers; Ctrl+click to add them to those chosen.</source>
        <translation>Klik om de antwoorden van deze respondenten te lezen; Ctrl+klik om ze aan de gekozen toe te voegen.</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Fewer than %1 responses: too few to rely on.</source>
        <translation>Minder dan %1 antwoorden: te weinig om op te bouwen.</translation>
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
    <message>
        <source>Compared with all other responses: %1 (%2).</source>
        <translation>Vergeleken met alle andere antwoorden: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>CacheSnapshot</name>
    <message>
        <source>The cache does not hold the project as it is now; its snapshot was not written.</source>
        <translation>De cache bevat het project niet zoals het nu is; de momentopname ervan is niet geschreven.</translation>
    </message>
    <message>
        <source>“%1” is read-only.</source>
        <translation>“%1” is alleen-lezen.</translation>
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
    <name>CodebookEditor</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Edit Themes</source>
        <translation>Thema’s bewerken</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Words or phrases, comma separated: factuur, invoice</source>
        <translation>Woorden of zinsdelen, gescheiden door komma’s: factuur, invoice</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Trefwoorden:</translation>
    </message>
    <message>
        <source>Merge Selected</source>
        <translation>Selectie samenvoegen</translation>
    </message>
    <message>
        <source>One theme of the selected ones, with all their keywords</source>
        <translation>Eén thema van de geselecteerde, met al hun trefwoorden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>These keywords find %n responses.</source>
        <translation><numerusform>Deze trefwoorden vinden %n antwoord.</numerusform><numerusform>Deze trefwoorden vinden %n antwoorden.</numerusform></translation>
    </message>
    <message>
        <source>Create Theme</source>
        <translation>Thema maken</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Splitsen…</translation>
    </message>
    <message>
        <source>Move some of this theme's keywords into a new theme</source>
        <translation>Verplaats een deel van de trefwoorden van dit thema naar een nieuw thema</translation>
    </message>
    <message>
        <source>New theme from a search</source>
        <translation>Nieuw thema uit een zoekopdracht</translation>
    </message>
    <message>
        <source>A word or phrase the answers contain: te laat, late</source>
        <translation>Een woord of zinsdeel dat in de antwoorden staat: te laat, late</translation>
    </message>
    <message>
        <source>A theme of the answers that contain this text</source>
        <translation>Een thema van de antwoorden waarin deze tekst staat</translation>
    </message>
    <message>
        <source>“%1” has one keyword: there is nothing to split.</source>
        <translation>“%1” heeft één trefwoord: er valt niets te splitsen.</translation>
    </message>
    <message>
        <source>Type what the answers say to see how many contain it.</source>
        <translation>Typ wat de antwoorden zeggen om te zien in hoeveel het staat.</translation>
    </message>
    <message numerus="yes">
        <source>%n responses contain it.</source>
        <translation><numerusform>%n antwoord bevat het.</numerusform><numerusform>%n antwoorden bevatten het.</numerusform></translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>ignored by the user</source>
        <translation>door de gebruiker genegeerd</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Connection to the team database lost — reconnecting…</source>
        <translation>Verbinding met de teamdatabase verbroken — opnieuw verbinden…</translation>
    </message>
    <message>
        <source>Try Now</source>
        <translation>Nu proberen</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation><numerusform>Volgende poging over %n s.</numerusform><numerusform>Volgende poging over %n s.</numerusform></translation>
    </message>
    <message>
        <source>Trying to reconnect…</source>
        <translation>Opnieuw verbinden…</translation>
    </message>
    <message>
        <source>The figures shown are as they were; what you are typing stays where it is.</source>
        <translation>De getoonde cijfers zijn zoals ze waren; wat je aan het typen bent, blijft staan.</translation>
    </message>
</context>
<context>
    <name>ContentSniffer</name>
    <message>
        <source>a PNG image</source>
        <translation>een PNG-afbeelding</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>een JPEG-afbeelding</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>een GIF-afbeelding</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>een PDF-document</translation>
    </message>
    <message>
        <source>a ZIP archive (a workbook or another document)</source>
        <translation>een ZIP-archief (een werkmap of een ander document)</translation>
    </message>
    <message>
        <source>an old .xls workbook or a password-protected file</source>
        <translation>een oude .xls-werkmap of een met een wachtwoord beveiligd bestand</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>een gzip-archief</translation>
    </message>
    <message>
        <source>an SQLite database (an NPS Studio project?)</source>
        <translation>een SQLite-database (een NPS Studio-project?)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>een programma</translation>
    </message>
    <message>
        <source>“%1” is not a text export: it is %2. Export the survey as CSV, or save it as an .xlsx workbook.</source>
        <translation>“%1” is geen tekstexport: het is %2. Exporteer de enquête als CSV, of sla haar op als .xlsx-werkmap.</translation>
    </message>
    <message>
        <source>“%1” is not a text export: it holds binary data (%2 control characters in its first %3 bytes).</source>
        <translation>“%1” is geen tekstexport: het bevat binaire gegevens (%2 stuurtekens in de eerste %3 bytes).</translation>
    </message>
</context>
<context>
    <name>CopyCommand</name>
    <message>
        <source>Copy a project exactly: from a project file to a team project on PostgreSQL, or back.</source>
        <translation>Kopieer een project exact: van een projectbestand naar een teamproject op PostgreSQL, of terug.</translation>
    </message>
    <message>
        <source>The copy command.</source>
        <translation>Het kopieercommando.</translation>
    </message>
    <message>
        <source>The project to copy (a file or a URL).</source>
        <translation>Het project dat gekopieerd wordt (een bestand of een URL).</translation>
    </message>
    <message>
        <source>The new project (a file or a postgresql:// URL).</source>
        <translation>Het nieuwe project (een bestand of een postgresql://-URL).</translation>
    </message>
    <message>
        <source>copy: name both projects: --from PROJECT --to PROJECT.</source>
        <translation>copy: noem beide projecten: --from PROJECT --to PROJECT.</translation>
    </message>
    <message>
        <source>Copied %1 imports with %2 responses (%3 rows) to %4.
</source>
        <translation>%1 imports met %2 antwoorden (%3 rijen) gekopieerd naar %4.
</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Unknown text encoding “%1”.</source>
        <translation>Onbekende tekstcodering “%1”.</translation>
    </message>
    <message>
        <source>the quote that opens field %1 on line %2 is never closed</source>
        <translation>het aanhalingsteken dat veld %1 op regel %2 opent, wordt nooit gesloten</translation>
    </message>
    <message>
        <source>the quote that opens field %1 is never closed</source>
        <translation>het aanhalingsteken dat veld %1 opent, wordt nooit gesloten</translation>
    </message>
    <message>
        <source>(line %1 reads as the next record)</source>
        <translation>(regel %1 leest als het volgende record)</translation>
    </message>
    <message>
        <source>before the end of the file</source>
        <translation>voor het einde van het bestand</translation>
    </message>
    <message>
        <source>this record is left out</source>
        <translation>dit record is weggelaten</translation>
    </message>
    <message>
        <source>lines %1–%2 are left out as one record</source>
        <translation>regels %1–%2 zijn als één record weggelaten</translation>
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
        <source>Benchmarks and bands are set in Project ▸ Targets and Benchmarks…</source>
        <translation>Benchmarks en banden stelt u in via Project ▸ Doelen en benchmarks…</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sorteren</translation>
    </message>
    <message>
        <source>How the bars are sorted; groups of fewer than 30 come last</source>
        <translation>Hoe de staven gesorteerd zijn; groepen van minder dan 30 komen onderaan</translation>
    </message>
    <message>
        <source>Largest groups first</source>
        <translation>Grootste groepen eerst</translation>
    </message>
    <message>
        <source>Highest NPS first</source>
        <translation>Hoogste NPS eerst</translation>
    </message>
    <message>
        <source>In the answers' own order</source>
        <translation>In de volgorde van de antwoorden</translation>
    </message>
    <message>
        <source>The segment question to break the NPS down by</source>
        <translation>De segmentvraag waarnaar de NPS wordt uitgesplitst</translation>
    </message>
    <message>
        <source>%1: %2 (%3 points)</source>
        <translation>%1: %2 (%3 punten)</translation>
    </message>
    <message>
        <source>Bands: %1</source>
        <translation>Banden: %1</translation>
    </message>
    <message>
        <source>Only score %1</source>
        <translation>Alleen score %1</translation>
    </message>
    <message>
        <source>Only scores %1</source>
        <translation>Alleen scores %1</translation>
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
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>%1 are selected, so the shares describe that selection only. Clear the filter to see every group.</source>
        <translation>%1 geselecteerd: de aandelen gelden dus alleen voor die selectie. Wis het filter om alle groepen te zien.</translation>
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
        <translation>Open antwoorden</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>What the answers are about, each theme's NPS and what it costs the score</source>
        <translation>Waar de antwoorden over gaan, de NPS per thema en wat elk thema de score kost</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <source>“%1” is not a PostgreSQL address: it starts with postgresql://</source>
        <translation>“%1” is geen PostgreSQL-adres: dat begint met postgresql://</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL address: %2</source>
        <translation>“%1” is geen geldig PostgreSQL-adres: %2</translation>
    </message>
    <message>
        <source>“%1”: the port must be a number from 1 to 65535, not “%2”.</source>
        <translation>“%1”: de poort moet een getal van 1 tot en met 65535 zijn, niet “%2”.</translation>
    </message>
    <message>
        <source>“%1”: unknown parameter “%2” (known: project, host, port, user, dbname, sslmode and the other libpq parameters).</source>
        <translation>“%1”: onbekende parameter “%2” (bekend: project, host, port, user, dbname, sslmode en de andere parameters van libpq).</translation>
    </message>
    <message>
        <source>“%1” names no database: write postgresql://user@host:5432/DATABASE.</source>
        <translation>“%1” noemt geen database: schrijf postgresql://gebruiker@host:5432/DATABASE.</translation>
    </message>
    <message>
        <source>“%1”: the project name “%2” must start with a letter and hold only letters, digits, _ and - (at most 63).</source>
        <translation>“%1”: de projectnaam “%2” moet met een letter beginnen en mag alleen letters, cijfers, _ en - bevatten (hoogstens 63).</translation>
    </message>
</context>
<context>
    <name>DateParser</name>
    <message>
        <source>Excel serial day numbers</source>
        <translation>Excel-dagnummers</translation>
    </message>
    <message>
        <source>Unix seconds</source>
        <translation>Unix-seconden</translation>
    </message>
    <message>
        <source>year-month-day</source>
        <translation>jaar-maand-dag</translation>
    </message>
    <message>
        <source>day-month-year</source>
        <translation>dag-maand-jaar</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>maand/dag/jaar</translation>
    </message>
    <message>
        <source>undecided</source>
        <translation>onbeslist</translation>
    </message>
    <message>
        <source> (no value settled the order; taken from the locale)</source>
        <translation> (geen waarde besliste de volgorde; overgenomen van de landinstelling)</translation>
    </message>
</context>
<context>
    <name>DialectSniffer</name>
    <message>
        <source>chosen by the user</source>
        <translation>gekozen door de gebruiker</translation>
    </message>
    <message>
        <source>no delimiter found; one column assumed</source>
        <translation>geen scheidingsteken gevonden; één kolom aangenomen</translation>
    </message>
    <message>
        <source>%1 columns on most lines</source>
        <translation>%1 kolommen op de meeste regels</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Score distribution</source>
        <translation>Verdeling van de scores</translation>
    </message>
    <message>
        <source>How many respondents gave each score. Click a bar to read the answers of those who gave that score; Ctrl+click to add more scores.</source>
        <translation>Hoeveel respondenten elke score gaven. Klik op een staaf om de antwoorden te lezen van wie die score gaf; Ctrl+klik om scores toe te voegen.</translation>
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
    <name>EncodingSniffer</name>
    <message>
        <source>UTF-8 byte-order mark</source>
        <translation>UTF-8-bytevolgordemarkering</translation>
    </message>
    <message>
        <source>UTF-16 little-endian byte-order mark</source>
        <translation>UTF-16 little-endian-bytevolgordemarkering</translation>
    </message>
    <message>
        <source>UTF-16 big-endian byte-order mark</source>
        <translation>UTF-16 big-endian-bytevolgordemarkering</translation>
    </message>
    <message>
        <source>UTF-16 pattern of zero bytes</source>
        <translation>UTF-16-patroon van nulbytes</translation>
    </message>
    <message>
        <source>plain ASCII, read as UTF-8</source>
        <translation>gewone ASCII, gelezen als UTF-8</translation>
    </message>
    <message>
        <source>valid UTF-8</source>
        <translation>geldige UTF-8</translation>
    </message>
    <message>
        <source>not UTF-8; Windows-1252 as Excel writes it</source>
        <translation>geen UTF-8; Windows-1252 zoals Excel het schrijft</translation>
    </message>
    <message>
        <source>not UTF-8; detector said %1, read as Windows-1252 as Excel writes Western text</source>
        <translation>geen UTF-8; de detector zei %1, gelezen als Windows-1252 zoals Excel westerse tekst schrijft</translation>
    </message>
    <message>
        <source>detected by libuchardet</source>
        <translation>herkend door libuchardet</translation>
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
        <translation>thema %1</translation>
    </message>
    <message>
        <source>themes %1</source>
        <translation>thema’s %1</translation>
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
        <translation>Thema: %1</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thema’s: %1</translation>
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
    <message>
        <source>Only responses whose open answer contains this text (Ctrl+F)</source>
        <translation>Alleen antwoorden waarvan de toelichting deze tekst bevat (Ctrl+F)</translation>
    </message>
    <message>
        <source>This export has no dates: the period and the trend need a date column (its role “Date” when you import).</source>
        <translation>Deze export heeft geen datums: de periode en de trend hebben een datumkolom nodig (de rol “Datum” bij het importeren).</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenten</translation>
    </message>
    <message>
        <source>Find a question or value…</source>
        <translation>Zoek een vraag of waarde…</translation>
    </message>
    <message>
        <source>Shows the segment questions and values that contain this text</source>
        <translation>Toont de segmentvragen en waarden die deze tekst bevatten</translation>
    </message>
    <message>
        <source>More dimensions… (%1)</source>
        <translation>Meer dimensies… (%1)</translation>
    </message>
    <message>
        <source>The other segment questions of this survey, the most relevant first</source>
        <translation>De andere segmentvragen van deze enquête, de meest relevante eerst</translation>
    </message>
    <message>
        <source>Several answers per respondent: each option counts on its own.</source>
        <translation>Meerdere antwoorden per respondent: elke optie telt apart.</translation>
    </message>
    <message>
        <source>This export has no dates, so there are no periods to choose.</source>
        <translation>Deze export heeft geen datums, dus er zijn geen perioden om te kiezen.</translation>
    </message>
    <message>
        <source>No question or value contains “%1”.</source>
        <translation>Geen vraag of waarde bevat “%1”.</translation>
    </message>
    <message>
        <source>Detractors (1–6)</source>
        <translation>Criticasters (1–6)</translation>
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
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message>
        <source>Follow Up Detractors</source>
        <translation>Criticasters opvolgen</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Show only the detractors with this status</source>
        <translation>Toon alleen de criticasters met deze status</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporteren naar CSV…</translation>
    </message>
    <message>
        <source>Reading the detractors…</source>
        <translation>De criticasters worden gelezen…</translation>
    </message>
    <message>
        <source>The follow-ups could not be read: %1</source>
        <translation>De opvolgingen konden niet worden gelezen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n detractors under the dashboard's filter (%1 still open). Double-click a status or a note to change it; changes are stored in the project at once.</source>
        <translation><numerusform>%n criticaster binnen het filter van het dashboard (%1 nog open). Dubbelklik op een status of notitie om die te wijzigen; wijzigingen worden meteen in het project bewaard.</numerusform><numerusform>%n criticasters binnen het filter van het dashboard (%1 nog open). Dubbelklik op een status of notitie om die te wijzigen; wijzigingen worden meteen in het project bewaard.</numerusform></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exporteren naar CSV</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>opvolging</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be stored in the project yet: %1</source>
        <translation><numerusform>%n wijziging kon nog niet in het project worden opgeslagen: %1</numerusform><numerusform>%n wijzigingen konden nog niet in het project worden opgeslagen: %1</numerusform></translation>
    </message>
    <message>
        <source>Keep this list open and NPS Studio stores them as soon as it can.</source>
        <translation>Houd deze lijst open, dan slaat NPS Studio ze op zodra het kan.</translation>
    </message>
    <message>
        <source>Keep Open</source>
        <translation>Openhouden</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not stored yet (%1); tried again every few seconds.</source>
        <translation><numerusform>%n wijziging nog niet opgeslagen (%1); wordt om de paar seconden opnieuw geprobeerd.</numerusform><numerusform>%n wijzigingen nog niet opgeslagen (%1); wordt om de paar seconden opnieuw geprobeerd.</numerusform></translation>
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
    <message>
        <source>Scale:</source>
        <translation>Schaal:</translation>
    </message>
    <message>
        <source>1–10 (no answer is 0; 1 to 6 are detractors)</source>
        <translation>1–10 (geen enkel antwoord is 0; 1 tot en met 6 zijn criticasters)</translation>
    </message>
    <message>
        <source>(primary)</source>
        <translation>(belangrijkste)</translation>
    </message>
    <message>
        <source>Open:</source>
        <translation>Open:</translation>
    </message>
    <message>
        <source>Multi:</source>
        <translation>Meerdere antwoorden:</translation>
    </message>
    <message>
        <source>Numeric:</source>
        <translation>Numeriek:</translation>
    </message>
    <message>
        <source>Not shown:</source>
        <translation>Verborgen:</translation>
    </message>
    <message>
        <source>another score column can be chosen with --map score=COLUMN</source>
        <translation>een andere scorekolom kiest u met --map score=KOLOM</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 leeg</translation>
    </message>
    <message>
        <source>npsstudio: waiting for another import to finish…</source>
        <translation>npsstudio: wachten tot een andere import klaar is…</translation>
    </message>
    <message>
        <source>npsstudio: still waiting for another import (%1 s)…</source>
        <translation>npsstudio: nog steeds aan het wachten op een andere import (%1 s)…</translation>
    </message>
    <message>
        <source>%1 of %2 files imported (%3 with skipped rows), %4 failed.</source>
        <translation>%1 van %2 bestanden geïmporteerd (%3 met overgeslagen rijen), %4 mislukt.</translation>
    </message>
    <message numerus="yes">
        <source>%n responses have no score (%1): kept with their answers, left out of the NPS.</source>
        <translation><numerusform>%n antwoord heeft geen score (%1): bewaard met de toelichting, niet meegeteld in de NPS.</numerusform><numerusform>%n antwoorden hebben geen score (%1): bewaard met hun toelichting, niet meegeteld in de NPS.</numerusform></translation>
    </message>
    <message>
        <source>Column role: score, date, id, answer, segment, csat, ces, contact (personal data kept for the follow-up list) or ignore, by column header or number.</source>
        <translation>Rol van een kolom: score, date, id, answer, segment, csat, ces, contact (persoonsgegevens bewaard voor de opvolglijst) of ignore, op kolomkop of nummer.</translation>
    </message>
    <message>
        <source>column %1 (no header)</source>
        <translation>kolom %1 (zonder kop)</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
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
        <translation>groep</translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat a respondent id of an earlier row of this file: counted once.</source>
        <translation><numerusform>%n rij herhaalt het respondentnummer van een eerdere rij in dit bestand: één keer geteld.</numerusform><numerusform>%n rijen herhalen het respondentnummer van een eerdere rij in dit bestand: één keer geteld.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows have an NPS group that disagrees with their score; the score counts.</source>
        <translation><numerusform>%n rij heeft een NPS-groep die niet bij de score past; de score telt.</numerusform><numerusform>%n rijen hebben een NPS-groep die niet bij hun score past; de score telt.</numerusform></translation>
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
    <message>
        <source>NPS group</source>
        <translation>NPS-groep</translation>
    </message>
    <message>
        <source>%1 empty</source>
        <translation>%1 leeg</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>The open project is empty.</source>
        <translation>Het open project is leeg.</translation>
    </message>
    <message>
        <source>This export continues a survey of the open project: respondents already there are not added again.</source>
        <translation>Deze export hoort bij een enquête van het open project: respondenten die er al in staan, worden niet opnieuw toegevoegd.</translation>
    </message>
    <message>
        <source>This export has none of this project's questions, so it goes into a new project unless you choose otherwise.</source>
        <translation>Deze export heeft geen van de vragen van dit project en gaat daarom naar een nieuw project, tenzij u anders kiest.</translation>
    </message>
    <message>
        <source>This export shares only %1 of its %2 questions with this project, so it goes into a new project unless you choose otherwise.</source>
        <translation>Deze export deelt maar %1 van zijn %2 vragen met dit project en gaat daarom naar een nieuw project, tenzij u anders kiest.</translation>
    </message>
    <message>
        <source>Multi-select: each chosen option is a value</source>
        <translation>Meerdere antwoorden: elke gekozen optie is een waarde</translation>
    </message>
    <message>
        <source>A numeric scale</source>
        <translation>Een numerieke schaal</translation>
    </message>
    <message>
        <source>not shown as a filter by default: %1</source>
        <translation>standaard niet als filter getoond: %1</translation>
    </message>
    <message>
        <source>The primary open question: the answers shown first</source>
        <translation>De belangrijkste open vraag: de antwoorden die eerst worden getoond</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which column holds the recommendation score?&lt;/b&gt; These %1 columns hold 0–10 answers and nothing tells them apart: %2. They are highlighted below; choose “Score (0–10)” in the Role box of the one that asks how likely the respondent is to recommend you.</source>
        <translation>&lt;b&gt;Welke kolom bevat de aanbevelingsscore?&lt;/b&gt; Deze %1 kolommen bevatten antwoorden van 0 tot 10 en niets onderscheidt ze: %2. Ze zijn hieronder gemarkeerd; kies “Score (0–10)” in het rolvak van de kolom die vraagt hoe waarschijnlijk het is dat de respondent u aanbeveelt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No column holds 0–10 recommendation scores.&lt;/b&gt; Choose “Score (0–10)” in the Role box of the column that does.</source>
        <translation>&lt;b&gt;Geen kolom bevat aanbevelingsscores van 0 tot 10.&lt;/b&gt; Kies “Score (0–10)” in het rolvak van de kolom die ze wel bevat.</translation>
    </message>
    <message>
        <source>Could be the recommendation score</source>
        <translation>Kan de aanbevelingsscore zijn</translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>Wachten tot een andere import klaar is…</translation>
    </message>
    <message>
        <source>%1 have no score (%2): they keep their answers but do not count in the NPS.</source>
        <translation>%1 hebben geen score (%2): ze houden hun antwoorden, maar tellen niet mee in de NPS.</translation>
    </message>
    <message>
        <source>%1 open questions are kept.</source>
        <translation>%1 open vragen zijn bewaard.</translation>
    </message>
    <message>
        <source>The scores run from 1 to 10 (1 to 6 are detractors).</source>
        <translation>De scores lopen van 1 tot en met 10 (1 tot en met 6 zijn criticasters).</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Cancelling: the project stays as it was…</source>
        <translation>Bezig met annuleren: het project blijft zoals het was…</translation>
    </message>
    <message>
        <source>Contact (personal data)</source>
        <translation>Contact (persoonsgegevens)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows repeat the respondent id of an earlier row and were counted once.</source>
        <translation><numerusform>%n rij herhaalt het respondentnummer van een eerdere rij en is één keer geteld.</numerusform><numerusform>%n rijen herhalen het respondentnummer van een eerdere rij en zijn één keer geteld.</numerusform></translation>
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
    <message>
        <source>“%1” has %2 columns in its first row; a survey export has at most %3 (one per question). Is it a transposed table, or not an export?</source>
        <translation>“%1” heeft %2 kolommen in de eerste rij; een enquête-export heeft er hooguit %3 (één per vraag). Is het een gekantelde tabel, of geen export?</translation>
    </message>
    <message>
        <source>“%1”: its header row is broken: %2</source>
        <translation>“%1”: de kopregel is kapot: %2</translation>
    </message>
    <message>
        <source>“%1” has a header but no responses: nothing to import.</source>
        <translation>“%1” heeft een kopregel maar geen antwoorden: er is niets te importeren.</translation>
    </message>
    <message>
        <source>%1: “%2”, chosen by the user</source>
        <translation>%1: “%2”, gekozen door de gebruiker</translation>
    </message>
    <message>
        <source>this export continues a survey of the project (%1 of its %2 columns are known): respondents already imported are not added again</source>
        <translation>deze export hoort bij een enquête van het project (%1 van zijn %2 kolommen zijn bekend): respondenten die al zijn geïmporteerd, worden niet opnieuw toegevoegd</translation>
    </message>
    <message>
        <source>this respondent id came earlier in the file: counted once, this row is a duplicate</source>
        <translation>dit respondentnummer kwam eerder in het bestand voor: één keer geteld, deze rij is een dubbele</translation>
    </message>
    <message>
        <source>Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces, contact or ignore.</source>
        <translation>Onbekende rol “%1” in --map; verwacht score, date, id, answer, segment, csat, ces, contact of ignore.</translation>
    </message>
    <message>
        <source>dates: day and month order is ambiguous in every value; read as %1 after the locale (%2)</source>
        <translation>datums: de volgorde van dag en maand is in elke waarde dubbelzinnig; gelezen als %1 volgens de landinstelling (%2)</translation>
    </message>
    <message>
        <source>this export has no date column: its responses count in all figures except per period</source>
        <translation>deze export heeft geen datumkolom: de antwoorden tellen mee in alle cijfers behalve die per periode</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %n row(s) could be imported; the first problem is on line %2: %3</source>
        <translation><numerusform>%1: de %n rij kon niet worden geïmporteerd; het probleem staat op regel %2: %3</numerusform><numerusform>%1: geen van de %n rijen kon worden geïmporteerd; het eerste probleem staat op regel %2: %3</numerusform></translation>
    </message>
    <message>
        <source>; the file ends in the middle of this row: it looks cut off</source>
        <translation>; het bestand eindigt midden in deze rij: het lijkt afgebroken</translation>
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
    <message>
        <source>Generic (one header row)</source>
        <translation>Algemeen (één kopregel)</translation>
    </message>
    <message>
        <source>SurveyMonkey (two header rows)</source>
        <translation>SurveyMonkey (twee kopregels)</translation>
    </message>
    <message>
        <source>Qualtrics (three header rows)</source>
        <translation>Qualtrics (drie kopregels)</translation>
    </message>
    <message>
        <source>Qualtrics legacy (two header rows)</source>
        <translation>Qualtrics, oude indeling (twee kopregels)</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Formulieren</translation>
    </message>
    <message>
        <source>Delighted / Medallia-style flat export</source>
        <translation>Platte export in de stijl van Delighted / Medallia</translation>
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
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Project opslaan &amp;als…</translation>
    </message>
    <message>
        <source>&amp;Move Project…</source>
        <translation>Project &amp;verplaatsen…</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Targets and Benchmarks…</source>
        <translation>&amp;Doelen en benchmarks…</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Find a &amp;Question…</source>
        <translation>Zoek een &amp;vraag…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Open Answers Only</source>
        <translation>Alleen &amp;open antwoorden</translation>
    </message>
    <message>
        <source>The open answers over the whole height, the charts hidden</source>
        <translation>De open antwoorden over de hele hoogte, de grafieken verborgen</translation>
    </message>
    <message>
        <source>Reading the responses into memory; the dashboard follows in a moment.</source>
        <translation>De antwoorden worden in het geheugen gelezen; het dashboard volgt zo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Opening the project was cancelled.</source>
        <translation>Het openen van het project is geannuleerd.</translation>
    </message>
    <message>
        <source>%1 (read-only) — NPS Studio</source>
        <translation>%1 (alleen-lezen) — NPS Studio</translation>
    </message>
    <message>
        <source>Project file: %1</source>
        <translation>Projectbestand: %1</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>“%1” openen…</translation>
    </message>
    <message>
        <source>Save the New Project As</source>
        <translation>Het nieuwe project opslaan als</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nieuw project</translation>
    </message>
    <message>
        <source>Move Project</source>
        <translation>Project verplaatsen</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Project opslaan als</translation>
    </message>
    <message>
        <source>Moving the project…</source>
        <translation>Het project wordt verplaatst…</translation>
    </message>
    <message>
        <source>Saving the project…</source>
        <translation>Het project wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verplaatst naar %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Cannot store the targets in the project: %1</source>
        <translation>Kan de doelen niet in het project bewaren: %1</translation>
    </message>
    <message>
        <source>Waiting for another import to finish…</source>
        <translation>Wachten tot een andere import klaar is…</translation>
    </message>
    <message>
        <source>Stop the import; the project stays as it was</source>
        <translation>Stop het importeren; het project blijft zoals het was</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>Het importeren wordt geannuleerd…</translation>
    </message>
    <message>
        <source>&amp;Follow Up Detractors…</source>
        <translation>Criticasters &amp;opvolgen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Open &amp;Team Project…</source>
        <translation>&amp;Teamproject openen…</translation>
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
        <translation>Teamproject: %1</translation>
    </message>
    <message>
        <source>The password could not be kept in the keyring (%1); you will be asked for it next time.</source>
        <translation>Het wachtwoord kon niet in de sleutelbos worden bewaard (%1); de volgende keer wordt erom gevraagd.</translation>
    </message>
    <message>
        <source>You (%1) may only view this team project: ask one of its editors (the role %2) to import.</source>
        <translation>Je (%1) mag dit teamproject alleen bekijken: vraag een van de bewerkers (de rol %2) om te importeren.</translation>
    </message>
    <message>
        <source>Cannot read what the team added: %1</source>
        <translation>Kan niet lezen wat het team heeft toegevoegd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new responses from the team</source>
        <translation><numerusform>%n nieuw antwoord van het team</numerusform><numerusform>%n nieuwe antwoorden van het team</numerusform></translation>
    </message>
    <message>
        <source>Reconnected, but the project cannot be opened: %1</source>
        <translation>Opnieuw verbonden, maar het project kan niet worden geopend: %1</translation>
    </message>
    <message>
        <source>Connection to the team database restored.</source>
        <translation>Verbinding met de teamdatabase hersteld.</translation>
    </message>
    <message>
        <source>%1 of %2 responses</source>
        <translation>%1 van %2 antwoorden</translation>
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
    <message>
        <source>%1: not an NPS of all respondents</source>
        <translation>%1: geen NPS van alle respondenten</translation>
    </message>
    <message>
        <source>Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.
The purple band outside the dial is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.</source>
        <translation>Net Promoter Score: % promotors (9–10) min % criticasters (0–6), van −100 tot +100.
De paarse band buiten de wijzerplaat is het 95%-interval (adjusted Wald): de werkelijke NPS ligt met 95% zekerheid in dit bereik.</translation>
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
    <message>
        <source>%1

Themes: %2</source>
        <translation>%1

Thema’s: %2</translation>
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
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Choose the segment questions shown as columns</source>
        <translation>Kies de segmentvragen die als kolom verschijnen</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Leesvenster</translation>
    </message>
    <message>
        <source>Show the whole answer and every segment of the current response</source>
        <translation>Toon het hele antwoord en elk segment van het gekozen antwoord</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Maximaliseren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Give the open answers the whole height (Ctrl+Shift+M)</source>
        <translation>Geef de open antwoorden de hele hoogte (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Choose a response to read it in full.</source>
        <translation>Kies een antwoord om het helemaal te lezen.</translation>
    </message>
    <message>
        <source>Only the three most relevant</source>
        <translation>Alleen de drie meest relevante</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>geen score</translation>
    </message>
    <message>
        <source>No open answer.</source>
        <translation>Geen open antwoord.</translation>
    </message>
    <message>
        <source>Open question</source>
        <translation>Open vraag</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Themes:</source>
        <translation>Thema’s:</translation>
    </message>
</context>
<context>
    <name>PostgresSession</name>
    <message>
        <source>Cannot open “%1”: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.</source>
        <translation>Kan “%1” niet openen: het PostgreSQL-stuurprogramma van Qt (libqt6sql6-psql) is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Kan het project “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot create the project “%1”: %2</source>
        <translation>Kan het project “%1” niet aanmaken: %2</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>The project is already saved as “%1”.</source>
        <translation>Het project is al opgeslagen als “%1”.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Kan “%1” niet vervangen.</translation>
    </message>
    <message>
        <source>Cannot save the project as “%1”: %2</source>
        <translation>Kan het project niet opslaan als “%1”: %2</translation>
    </message>
    <message>
        <source>The project was copied to “%1”, but “%2” could not be removed.</source>
        <translation>Het project is gekopieerd naar “%1”, maar “%2” kon niet worden verwijderd.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” bestaat niet.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a project file.</source>
        <translation>“%1” is een map, geen projectbestand.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Kan “%1” niet lezen: %2</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: it is not an SQLite database.</source>
        <translation>“%1” is geen NPS Studio-project: het is geen SQLite-database.</translation>
    </message>
    <message>
        <source>It can still be read: npsstudio summary, report, and the window open it read-only.</source>
        <translation>Lezen kan nog: npsstudio summary, report en het venster openen het alleen-lezen.</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: it is on a read-only medium. %2</source>
        <translation>Kan niet naar “%1” schrijven: het staat op een alleen-lezen medium. %2</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: the file is read-only. %2</source>
        <translation>Kan niet naar “%1” schrijven: het bestand is alleen-lezen. %2</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: its folder “%2” is read-only (a project keeps its journal next to it). %3</source>
        <translation>Kan niet naar “%1” schrijven: de map “%2” is alleen-lezen (een project houdt zijn journaal ernaast bij). %3</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: </source>
        <translation>Kan niet naar “%1” schrijven: </translation>
    </message>
    <message>
        <source>Cannot write to “%1”: the disk is full (%2 free). Nothing was changed.</source>
        <translation>Kan niet naar “%1” schrijven: de schijf is vol (%2 vrij). Er is niets veranderd.</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: it is read-only (%2).</source>
        <translation>Kan niet naar “%1” schrijven: het is alleen-lezen (%2).</translation>
    </message>
    <message>
        <source>Cannot write to “%1”: the disk refused the write (%2). Nothing was changed.</source>
        <translation>Kan niet naar “%1” schrijven: de schijf weigerde het schrijven (%2). Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>ProjectLocations</name>
    <message>
        <source>NPS Studio projects (*.npsdb)</source>
        <translation>NPS Studio-projecten (*.npsdb)</translation>
    </message>
</context>
<context>
    <name>ProjectTransfer</name>
    <message>
        <source>“%1” and “%2” are the same project.</source>
        <translation>“%1” en “%2” zijn hetzelfde project.</translation>
    </message>
    <message>
        <source>“%1” already holds imports: copy into a new project, or remove them first.</source>
        <translation>“%1” bevat al imports: kopieer naar een nieuw project, of verwijder ze eerst.</translation>
    </message>
    <message>
        <source>Cannot copy the project to “%1”: %2</source>
        <translation>Kan het project niet naar “%1” kopiëren: %2</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>The project has no responses in %1; its quarters run from %2 to %3.</source>
        <translation>Het project heeft geen antwoorden in %1; de kwartalen lopen van %2 tot en met %3.</translation>
    </message>
    <message>
        <source>No responses with a score in %1 for this selection (%2).</source>
        <translation>Geen antwoorden met een score in %1 voor deze selectie (%2).</translation>
    </message>
    <message>
        <source>The project has no dated responses, so it has no quarters; report on all responses instead.</source>
        <translation>Het project heeft geen gedateerde antwoorden en dus geen kwartalen; rapporteer over alle antwoorden.</translation>
    </message>
    <message>
        <source>No responses with a score for this selection (%1).</source>
        <translation>Geen antwoorden met een score in deze selectie (%1).</translation>
    </message>
</context>
<context>
    <name>QuestionClassifier</name>
    <message>
        <source>personal data</source>
        <translation>persoonsgegevens</translation>
    </message>
    <message>
        <source>survey tool metadata</source>
        <translation>metagegevens van de enquêtetool</translation>
    </message>
    <message>
        <source>NPS group</source>
        <translation>NPS-groep</translation>
    </message>
    <message>
        <source>only missing markers</source>
        <translation>alleen markeringen voor ontbrekende antwoorden</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>another date</source>
        <translation>nog een datum</translation>
    </message>
    <message>
        <source>row numbers</source>
        <translation>rijnummers</translation>
    </message>
    <message>
        <source>an identifier, not an answer</source>
        <translation>een kenmerk, geen antwoord</translation>
    </message>
    <message>
        <source>it follows the recommend question</source>
        <translation>die volgt op de aanbevelingsvraag</translation>
    </message>
    <message>
        <source>it asks why</source>
        <translation>die naar het waarom vraagt</translation>
    </message>
    <message>
        <source>the free-text question nearest to the score</source>
        <translation>de open vraag die het dichtst bij de score staat</translation>
    </message>
    <message>
        <source>open answer: %1</source>
        <translation>open antwoord: %1</translation>
    </message>
    <message>
        <source>open questions (%1): %2; the primary one is %3, as %4</source>
        <translation>open vragen (%1): %2; de belangrijkste is %3, omdat dat de vraag is %4</translation>
    </message>
    <message>
        <source>multi-select questions (each option is a segment value): %1</source>
        <translation>meerkeuzevragen (elke optie is een segmentwaarde): %1</translation>
    </message>
    <message>
        <source>kept, but not shown as filters by default: %1</source>
        <translation>bewaard, maar standaard niet als filter getoond: %1</translation>
    </message>
    <message>
        <source>its header is a placeholder</source>
        <translation>de kopregel is een plaatshouder</translation>
    </message>
    <message>
        <source>an attention check</source>
        <translation>een aandachtscontrole</translation>
    </message>
    <message>
        <source>“other” answers</source>
        <translation>antwoorden bij “anders”</translation>
    </message>
    <message>
        <source>years</source>
        <translation>jaartallen</translation>
    </message>
    <message>
        <source>answered by few</source>
        <translation>door weinigen beantwoord</translation>
    </message>
    <message>
        <source>numbers that rarely repeat</source>
        <translation>getallen die zelden terugkomen</translation>
    </message>
    <message>
        <source>too many values to filter by</source>
        <translation>te veel waarden om op te filteren</translation>
    </message>
    <message>
        <source>there is no free-text question but “other” boxes, and it has the most answers</source>
        <translation>er is geen vrije-tekstvraag, alleen vakken voor “anders”, en dit vak heeft de meeste antwoorden</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
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
    <message>
        <source>Write the NPS report of a project (one quarter, or all responses) as PDF, HTML or ODT.</source>
        <translation>Schrijf het NPS-rapport van een project (één kwartaal, of alle antwoorden) als PDF, HTML of ODT.</translation>
    </message>
    <message>
        <source>Report on all responses instead of one quarter (for exports without dates, or the whole survey).</source>
        <translation>Rapporteer over alle antwoorden in plaats van één kwartaal (voor exports zonder datums, of de hele enquête).</translation>
    </message>
    <message>
        <source>A dimension to present with a table (repeatable; default: the 2–4 most relevant).</source>
        <translation>Een dimensie die met een tabel verschijnt (herhaalbaar; standaard de 2–4 meest relevante).</translation>
    </message>
    <message>
        <source>Title on the cover (default: the one chosen for the project in the window, else the survey's name).</source>
        <translation>Titel op het voorblad (standaard de titel die in het venster voor het project is gekozen, anders de naam van de enquête).</translation>
    </message>
    <message>
        <source>report: give either --quarter 2025-Q3 or --all (all responses, also for exports without dates).</source>
        <translation>report: geef --quarter 2025-K3 of --all (alle antwoorden, ook voor exports zonder datums).</translation>
    </message>
    <message>
        <source>report: there is no dimension “%1”; the dimensions are: %2</source>
        <translation>report: er is geen dimensie “%1”; de dimensies zijn: %2</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Hide e-mail addresses and phone numbers in quotes</source>
        <translation>E-mailadressen en telefoonnummers in citaten verbergen</translation>
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
        <source>Save Report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;Webpagina (*.html);;OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>NPS report</source>
        <translation>NPS-rapport</translation>
    </message>
    <message>
        <source>The title on the cover and in the footer; kept for this project</source>
        <translation>De titel op het voorblad en in de voettekst; bewaard voor dit project</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>All responses</source>
        <translation>Alle antwoorden</translation>
    </message>
    <message>
        <source>Reading the quarters…</source>
        <translation>Kwartalen worden gelezen…</translation>
    </message>
    <message>
        <source>A quarter is compared with the quarter before and the same quarter a year earlier; all responses are reported without a period.</source>
        <translation>Een kwartaal wordt vergeleken met het kwartaal ervoor en hetzelfde kwartaal een jaar eerder; alle antwoorden worden zonder periode gerapporteerd.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>The report follows the dashboard's segments and groups; the period is chosen here.</source>
        <translation>Het rapport volgt de segmenten en groepen van het dashboard; de periode kiest u hier.</translation>
    </message>
    <message>
        <source>Segments to present</source>
        <translation>Segmenten in het rapport</translation>
    </message>
    <message>
        <source>One table each, with the groups of at least 30 responses.</source>
        <translation>Elk een tabel, met de groepen van minstens 30 antwoorden.</translation>
    </message>
    <message>
        <source>%1 · %2 responses</source>
        <translation>%1 · %2 antwoorden</translation>
    </message>
    <message>
        <source>The title and segments could not be kept in the project: %1</source>
        <translation>De titel en segmenten konden niet in het project worden bewaard: %1</translation>
    </message>
    <message>
        <source>Report — Preview</source>
        <translation>Rapport — voorbeeld</translation>
    </message>
    <message>
        <source>all responses</source>
        <translation>alle antwoorden</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>page %1</source>
        <translation>pagina %1</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Kan het afdrukken niet starten.</translation>
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
        <source>In their own words</source>
        <translation>In hun eigen woorden</translation>
    </message>
    <message>
        <source>No recurring words in this group's answers.</source>
        <translation>Geen terugkerende woorden in de antwoorden van deze groep.</translation>
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
    <message>
        <source>target %1</source>
        <translation>doel %1</translation>
    </message>
    <message>
        <source>In brief</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>The export has no dates, so there is no trend. Give its date column the role “Date” when you import it to see one.</source>
        <translation>De export heeft geen datums en dus geen trend. Geef de datumkolom bij het importeren de rol “Datum” om er een te zien.</translation>
    </message>
    <message>
        <source>“%1” — in %2 answers</source>
        <translation>“%1” — in %2 antwoorden</translation>
    </message>
    <message>
        <source>No detractor left a comment in this selection.</source>
        <translation>Geen criticaster gaf een toelichting in deze selectie.</translation>
    </message>
    <message>
        <source>Passives, the silent middle</source>
        <translation>Passief tevredenen, het stille midden</translation>
    </message>
    <message>
        <source>Scores from %1 to 10</source>
        <translation>Scores van %1 tot en met 10</translation>
    </message>
    <message>
        <source>This survey asks no open question of its own: its free texts (“%1”) are what respondents wrote in when a choice question's list lacked their option. They name options, not reasons, so no themes or comments are quoted here; they are in the window's open answers.</source>
        <translation>Deze enquête stelt zelf geen open vraag: de vrije teksten (“%1”) zijn wat respondenten invulden als hun keuze niet in de lijst van een meerkeuzevraag stond. Ze noemen opties, geen redenen; daarom worden hier geen thema’s of opmerkingen geciteerd. Ze staan bij de open antwoorden in het venster.</translation>
    </message>
    <message>
        <source>Newest detractors to follow up, with what they like best</source>
        <translation>Nieuwste criticasters om op te volgen, met wat ze het beste vinden</translation>
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
        <translation>(95%-interval %1)</translation>
    </message>
    <message>
        <source>Impact %1 points · %2 answers (%3) · %4</source>
        <translation>Impact %1 punten · %2 antwoorden (%3) · %4</translation>
    </message>
    <message>
        <source>%1 points, significant</source>
        <translation>%1 punten, significant</translation>
    </message>
    <message>
        <source>%1 points, within the margin of error</source>
        <translation>%1 punten, binnen de foutmarge</translation>
    </message>
    <message>
        <source>Against %1: %2 → %3 of the answers (%4)</source>
        <translation>Tegenover %1: %2 → %3 van de antwoorden (%4)</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 tegenover %2: %3</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>Actie: %1 (%2)</translation>
    </message>
    <message>
        <source>Themes that rose most: %1.</source>
        <translation>Thema’s die het meest stegen: %1.</translation>
    </message>
    <message>
        <source>%1 (%2 of passives, %3 of promoters%4)</source>
        <translation>%1 (%2 van de passief tevredenen, %3 van de promotors%4)</translation>
    </message>
    <message>
        <source>, within the margin of error</source>
        <translation>, binnen de foutmarge</translation>
    </message>
    <message>
        <source>Passives mention no theme more often than promoters.</source>
        <translation>Passief tevredenen noemen geen thema vaker dan promotors.</translation>
    </message>
    <message>
        <source>What stands between a 7–8 and a 9–10 — passives mention more than promoters: %1.</source>
        <translation>Wat tussen een 7–8 en een 9–10 staat — passief tevredenen noemen vaker dan promotors: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The theme that costs the score most is “%1”: if the %n detractor(s) who mention it were passives, the NPS would be %2 points higher.</source>
        <translation><numerusform>Het thema dat de score het meest kost is “%1”: als de %n criticaster die het noemt passief tevreden was, zou de NPS %2 punten hoger zijn.</numerusform><numerusform>Het thema dat de score het meest kost is “%1”: als de %n criticasters die het noemen passief tevreden waren, zou de NPS %2 punten hoger zijn.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>What respondents value most is “%1”, in %n answer(s), with an NPS of %2 among those who mention it.</source>
        <translation><numerusform>Wat respondenten het meest waarderen is “%1”, in %n antwoord, met een NPS van %2 bij wie het noemt.</numerusform><numerusform>Wat respondenten het meest waarderen is “%1”, in %n antwoorden, met een NPS van %2 bij wie het noemen.</numerusform></translation>
    </message>
    <message>
        <source>What respondents value most</source>
        <translation>Wat respondenten het meest waarderen</translation>
    </message>
    <message>
        <source>Themes that cost the score most</source>
        <translation>Thema’s die de score het meest kosten</translation>
    </message>
    <message>
        <source>* Fewer than %1 responses mention the theme: its NPS is too uncertain to rely on.</source>
        <translation>* Minder dan %1 antwoorden noemen het thema: de NPS ervan is te onzeker om op te bouwen.</translation>
    </message>
</context>
<context>
    <name>ReportWording</name>
    <message>
        <source>all responses</source>
        <translation>alle antwoorden</translation>
    </message>
    <message>
        <source>Quarterly NPS report · %1</source>
        <translation>NPS-kwartaalrapport · %1</translation>
    </message>
    <message>
        <source>NPS report · all responses (the export has no dates)</source>
        <translation>NPS-rapport · alle antwoorden (de export heeft geen datums)</translation>
    </message>
    <message>
        <source>NPS report · all responses (%1 to %2)</source>
        <translation>NPS-rapport · alle antwoorden (%1 tot en met %2)</translation>
    </message>
    <message>
        <source>Selection: %1 · generated on %2</source>
        <translation>Selectie: %1 · gemaakt op %2</translation>
    </message>
    <message>
        <source>NPS %1 (95% interval %2), n = %3 — %4</source>
        <translation>NPS %1 (95%-interval %2), n = %3 — %4</translation>
    </message>
    <message>
        <source>only score %1</source>
        <translation>alleen score %1</translation>
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
        <source>only %1</source>
        <translation>alleen %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>%1 “%2”: %3 on %4 (now %5, n = %6; %7).</source>
        <translation>%1 “%2”: %3 ten opzichte van %4 (nu %5, n = %6; %7).</translation>
    </message>
    <message>
        <source>%1 “%2” stands apart: %3 against %4 for the rest (n = %5; %6).</source>
        <translation>%1 “%2” valt op: %3 tegenover %4 voor de rest (n = %5; %6).</translation>
    </message>
    <message>
        <source>This report covers %1, so its NPS of %2 (n = %3) describes that selection, not all respondents.</source>
        <translation>Dit rapport gaat over %1; de NPS van %2 (n = %3) beschrijft dus die selectie, niet alle respondenten.</translation>
    </message>
    <message>
        <source>Over all responses the NPS is %1 (95% interval %2, n = %3): %4.</source>
        <translation>Over alle antwoorden is de NPS %1 (95%-interval %2, n = %3): %4.</translation>
    </message>
    <message>
        <source>In %1 the NPS was %2 (95% interval %3, n = %4): %5.</source>
        <translation>In %1 was de NPS %2 (95%-interval %3, n = %4): %5.</translation>
    </message>
    <message>
        <source>There are no responses in %1 to compare with.</source>
        <translation>Er zijn geen antwoorden in %1 om mee te vergelijken.</translation>
    </message>
    <message>
        <source>That is %1 on %2 (%3).</source>
        <translation>Dat is %1 ten opzichte van %2 (%3).</translation>
    </message>
    <message>
        <source>Against %1 it moved %2 points, within the margin of error (%3).</source>
        <translation>Ten opzichte van %1 veranderde de NPS %2 punten, binnen de foutmarge (%3).</translation>
    </message>
    <message>
        <source>The score is %1.</source>
        <translation>De score is %1.</translation>
    </message>
    <message>
        <source>No group of the segments in this report differs significantly from the rest.</source>
        <translation>Geen groep van de segmenten in dit rapport verschilt significant van de rest.</translation>
    </message>
    <message>
        <source>Detractors most often mention “%1” (%2 answers).</source>
        <translation>Criticasters noemen het vaakst “%1” (%2 antwoorden).</translation>
    </message>
    <message>
        <source>Benchmark %1: %2 (%3 points)</source>
        <translation>Benchmark %1: %2 (%3 punten)</translation>
    </message>
    <message>
        <source>— source: %1</source>
        <translation>— bron: %1</translation>
    </message>
    <message>
        <source>Bands: below %1, %1 to %2, %2 to %3, %3 and up</source>
        <translation>Banden: onder %1, %1 tot %2, %2 tot %3, %3 en hoger</translation>
    </message>
    <message>
        <source>No responses in %1 to compare with.</source>
        <translation>Geen antwoorden in %1 om mee te vergelijken.</translation>
    </message>
    <message>
        <source>Against %1 (NPS %2, n = %3): %4 %5, %6 (%7).</source>
        <translation>Tegenover %1 (NPS %2, n = %3): %4 %5, %6 (%7).</translation>
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
    <message>
        <source>NPS per quarter, with its 95% interval and the number of responses</source>
        <translation>NPS per kwartaal, met het 95%-interval en het aantal antwoorden</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Per %1</translation>
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
        <source>vs. the rest</source>
        <translation>t.o.v. de rest</translation>
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
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>%1 smaller groups (fewer than %2 responses each) are left out of the table: n = %3 together, NPS %4.</source>
        <translation>%1 kleinere groepen (elk minder dan %2 antwoorden) staan niet in de tabel: samen n = %3, NPS %4.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>NPS is the share of promoters (scores 9–10) minus the share of detractors (%3), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Tables list the groups with at least %1 responses; smaller groups are summed beneath them. Responses without a score (%2 in this selection) are left out of the NPS; their answers are kept.</source>
        <translation>De NPS is het aandeel promotors (scores 9–10) min het aandeel criticasters (%3), van −100 tot +100; passief tevredenen (7–8) tellen alleen mee in het totaal. Het 95%-interval volgt de adjusted Wald-methode (Rocks 2016): er worden 0,75 criticaster, 1,5 passief tevredene en 0,75 promotor bijgeteld voordat de standaardfout wordt berekend. Twee perioden of segmenten verschillen significant als de tweezijdige p-waarde van hun verschil onder 0,05 ligt. Tabellen tonen de groepen met minstens %1 antwoorden; kleinere groepen staan er samengeteld onder. Antwoorden zonder score (%2 in deze selectie) tellen niet mee in de NPS; hun toelichtingen zijn bewaard.</translation>
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
    <message>
        <source>Open answer</source>
        <translation>Open antwoord</translation>
    </message>
</context>
<context>
    <name>ResponseDecoder</name>
    <message>
        <source>the NPS group says %1, but the score %2 is %3; the score counts</source>
        <translation>de NPS-groep zegt %1, maar score %2 is %3; de score telt</translation>
    </message>
    <message>
        <source>a detractor</source>
        <translation>een criticaster</translation>
    </message>
    <message>
        <source>a passive</source>
        <translation>een passief tevredene</translation>
    </message>
    <message>
        <source>a promoter</source>
        <translation>een promotor</translation>
    </message>
</context>
<context>
    <name>RoleDetector</name>
    <message>
        <source>NPS group: %1, checked against the score</source>
        <translation>NPS-groep: %1, vergeleken met de score</translation>
    </message>
    <message>
        <source>score: %1, chosen by its header</source>
        <translation>score: %1, gekozen op de kopregel</translation>
    </message>
    <message>
        <source>score: %1, the only 0–10 column</source>
        <translation>score: %1, de enige kolom van 0 tot 10</translation>
    </message>
    <message>
        <source>score: %1, chosen among %2 recommend questions because it has clearly more answers (%3; the first one has %4); the others (%5) are kept as numeric segments</source>
        <translation>score: %1, gekozen uit %2 aanbevelingsvragen omdat die duidelijk meer antwoorden heeft (%3; de eerste heeft er %4); de andere (%5) blijven numerieke segmenten</translation>
    </message>
    <message>
        <source>score: %1, the first of %2 recommend questions (a survey asks about the product itself before its parts); the others (%3) are kept as numeric segments</source>
        <translation>score: %1, de eerste van %2 aanbevelingsvragen (een enquête vraagt naar het product zelf vóór de onderdelen); de andere (%3) blijven numerieke segmenten</translation>
    </message>
    <message>
        <source>%1 columns could be the recommendation score: %2. Choose one with --map score=COLUMN.</source>
        <translation>%1 kolommen kunnen de aanbevelingsscore zijn: %2. Kies er een met --map score=KOLOM.</translation>
    </message>
    <message>
        <source>No column holds recommendation scores (whole numbers 0 to 10). Choose one with --map score=COLUMN.</source>
        <translation>Geen kolom bevat aanbevelingsscores (hele getallen van 0 tot 10). Kies er een met --map score=KOLOM.</translation>
    </message>
    <message>
        <source>date: %1</source>
        <translation>datum: %1</translation>
    </message>
    <message>
        <source>date: none found; responses count everywhere except in per-period figures</source>
        <translation>datum: niet gevonden; de antwoorden tellen overal mee behalve in de cijfers per periode</translation>
    </message>
    <message>
        <source>respondent id: %1</source>
        <translation>respondentnummer: %1</translation>
    </message>
    <message>
        <source>score: “%1” is read as %2 (the export wrote that end of the scale as a word)</source>
        <translation>score: “%1” wordt gelezen als %2 (de export schreef dat uiteinde van de schaal als woord)</translation>
    </message>
    <message>
        <source>score: %1 is a code for “no answer”, not a score</source>
        <translation>score: %1 is een code voor “geen antwoord”, geen score</translation>
    </message>
    <message>
        <source>score: a 1–10 scale (no answer is 0); 1 to 6 count as detractors</source>
        <translation>score: een schaal van 1 tot 10 (geen enkel antwoord is 0); 1 tot en met 6 tellen als criticasters</translation>
    </message>
    <message>
        <source>respondent id: %1, by its values (each different, all of one shape)</source>
        <translation>respondentnummer: %1, aan de waarden (elk anders, alle van één vorm)</translation>
    </message>
    <message>
        <source>No column holds recommendation scores (whole numbers 0 to 10): %1 is named like one, but holds %2. Choose one with --map score=COLUMN.</source>
        <translation>Geen kolom bevat aanbevelingsscores (hele getallen van 0 tot 10): %1 heet er een, maar bevat %2. Kies er een met --map score=KOLOM.</translation>
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
    <message>
        <source>(multi-select: counts are of those who chose each)</source>
        <translation>(meerkeuze: de aantallen zijn van wie elke optie koos)</translation>
    </message>
    <message>
        <source>(numeric)</source>
        <translation>(numeriek)</translation>
    </message>
    <message>
        <source>(not shown by default)</source>
        <translation>(standaard verborgen)</translation>
    </message>
    <message>
        <source>Change: %1 points, %2 (%3)</source>
        <translation>Verandering: %1 punten, %2 (%3)</translation>
    </message>
    <message>
        <source>A multi-select question: each respondent counts in every option they chose, so the rows can add up to more than 100%.</source>
        <translation>Een meerkeuzevraag: elke respondent telt mee bij elke gekozen optie, dus de rijen kunnen samen meer dan 100% zijn.</translation>
    </message>
    <message>
        <source>vs. rest: the difference in NPS points; p compares the adjusted NPS of each (Rocks 2016), which draws a small group's towards 0, so a large difference in a small group can be within the margin of error.</source>
        <translation>t.o.v. rest: het verschil in NPS-punten; p vergelijkt de gecorrigeerde NPS van elk (Rocks 2016), die die van een kleine groep naar 0 trekt, zodat een groot verschil in een kleine groep binnen de foutmarge kan vallen.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>en nog %n</numerusform><numerusform>en nog %n</numerusform></translation>
    </message>
</context>
<context>
    <name>SurveyLayout</name>
    <message>
        <source>Generic (one header row)</source>
        <translation>Algemeen (één kopregel)</translation>
    </message>
    <message>
        <source>SurveyMonkey (two header rows)</source>
        <translation>SurveyMonkey (twee kopregels)</translation>
    </message>
    <message>
        <source>Qualtrics (three header rows)</source>
        <translation>Qualtrics (drie kopregels)</translation>
    </message>
    <message>
        <source>Qualtrics legacy (two header rows)</source>
        <translation>Qualtrics, oude indeling (twee kopregels)</translation>
    </message>
    <message>
        <source>Typeform</source>
        <translation>Typeform</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Formulieren</translation>
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
        <translation>Platte export in de stijl van Delighted / Medallia</translation>
    </message>
</context>
<context>
    <name>SurveyStore</name>
    <message>
        <source>Cannot open the project “%1”: %2</source>
        <translation>Kan het project “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the project to version %1: %2</source>
        <translation>Kan het project niet bijwerken naar versie %1: %2</translation>
    </message>
    <message>
        <source>This project was written by a newer NPS Studio (schema %1; this version reads up to %2).</source>
        <translation>Dit project is geschreven door een nieuwere NPS Studio (schema %1; deze versie leest tot en met %2).</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a project: %2</source>
        <translation>“%1” kan niet als project worden gelezen: %2</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: it is the database of another application (tables: %2). It was left as it was.</source>
        <translation>“%1” is geen NPS Studio-project: het is de database van een ander programma (tabellen: %2). Het is ongewijzigd gelaten.</translation>
    </message>
    <message>
        <source>“%1” is not an NPS Studio project: it holds no project yet.</source>
        <translation>“%1” is geen NPS Studio-project: er staat nog geen project in.</translation>
    </message>
    <message>
        <source>“%1” was saved by an older NPS Studio (project version %2). Open it once with write access — import into it, or open it in the window — to bring it up to version %3; then it can be read.</source>
        <translation>“%1” is opgeslagen door een oudere NPS Studio (projectversie %2). Open het één keer met schrijfrechten — importeer erin, of open het in het venster — om het naar versie %3 te brengen; daarna kan het worden gelezen.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>“%1” is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>The wait for another import was cancelled; nothing was changed.</source>
        <translation>Het wachten op een andere import is geannuleerd; er is niets veranderd.</translation>
    </message>
    <message>
        <source>“%1” has been in use by another import (or program) for %2 s; nothing was changed. Try again when it has finished.</source>
        <translation>“%1” is al %2 s in gebruik door een andere import (of een ander programma); er is niets veranderd. Probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: another NPS Studio has been opening it for %2 s. Try again when it is done.</source>
        <translation>Kan “%1” niet openen: een andere NPS Studio is het al %2 s aan het openen. Probeer het opnieuw als die klaar is.</translation>
    </message>
    <message>
        <source>You (%1) may not read “%2”: ask its owner to make you a member of the role %3 (or %4 to change it).</source>
        <translation>U (%1) mag “%2” niet lezen: vraag de eigenaar u lid te maken van de rol %3 (of %4 om het te wijzigen).</translation>
    </message>
    <message>
        <source>“%1” is read-only for you (%2): ask an editor of the project — a member of the role %3 — to import, remove imports or edit themes and follow-ups.</source>
        <translation>“%1” is voor u (%2) alleen-lezen: vraag een bewerker van het project — een lid van de rol %3 — om te importeren, imports te verwijderen of thema’s en opvolgingen te bewerken.</translation>
    </message>
</context>
<context>
    <name>TargetVerdict</name>
    <message>
        <source>above the target of %1</source>
        <translation>boven het doel van %1</translation>
    </message>
    <message>
        <source>on target (%1), within the margin of error</source>
        <translation>op het doel (%1), binnen de foutmarge</translation>
    </message>
    <message>
        <source>below the target of %1, but within the margin of error</source>
        <translation>onder het doel van %1, maar binnen de foutmarge</translation>
    </message>
    <message>
        <source>below the target of %1</source>
        <translation>onder het doel van %1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Target NPS for this project:</source>
        <translation>Doel-NPS voor dit project:</translation>
    </message>
    <message>
        <source>Targets and Benchmarks</source>
        <translation>Doelen en benchmarks</translation>
    </message>
    <message>
        <source>A score is on target when its NPS meets the target; the window and the report say whether the difference is within the margin of error. Everything here is kept in the project file.</source>
        <translation>Een score haalt het doel als de NPS het doel bereikt; het venster en het rapport zeggen of het verschil binnen de foutmarge valt. Alles hier wordt in het projectbestand bewaard.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Targets for segment values (shown in the report):</source>
        <translation>Doelen voor segmentwaarden (in het rapport):</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Reference bands</source>
        <translation>Referentiebanden</translation>
    </message>
    <message>
        <source>needs attention below</source>
        <translation>aandacht nodig onder</translation>
    </message>
    <message>
        <source>strong from</source>
        <translation>sterk vanaf</translation>
    </message>
    <message>
        <source>excellent from</source>
        <translation>uitstekend vanaf</translation>
    </message>
    <message>
        <source>The usual bands (0 / 30 / 50)</source>
        <translation>De gangbare banden (0 / 30 / 50)</translation>
    </message>
    <message>
        <source>e.g. the sector study the limits come from</source>
        <translation>bijv. de sectorstudie waar de grenzen vandaan komen</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <source>Benchmarks, shown beside the score</source>
        <translation>Benchmarks, naast de score getoond</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Industry average</source>
        <translation>Branchegemiddelde</translation>
    </message>
    <message>
        <source>The bands must rise: “needs attention below” under “strong from” under “excellent from”.</source>
        <translation>De banden moeten oplopen: “aandacht nodig onder” lager dan “sterk vanaf”, lager dan “uitstekend vanaf”.</translation>
    </message>
</context>
<context>
    <name>TeamKeyring</name>
    <message>
        <source>no D-Bus session runs</source>
        <translation>er draait geen D-Bus-sessie</translation>
    </message>
    <message>
        <source>the keyring does not answer</source>
        <translation>de sleutelbos antwoordt niet</translation>
    </message>
</context>
<context>
    <name>TeamProjectDialog</name>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation>Wachtwoord &amp;onthouden in de sleutelbos van het systeem</translation>
    </message>
    <message>
        <source>Open Team Project</source>
        <translation>Teamproject openen</translation>
    </message>
    <message>
        <source>A team project lives in a PostgreSQL database that every analyst of the team opens; what one imports or edits, the others see at once.</source>
        <translation>Een teamproject staat in een PostgreSQL-database die elke analist van het team opent; wat de een importeert of bewerkt, zien de anderen meteen.</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org, of een socketmap zoals /var/run/postgresql</translation>
    </message>
    <message>
        <source>the database, e.g. nps</source>
        <translation>de database, bijv. nps</translation>
    </message>
    <message>
        <source>your PostgreSQL user</source>
        <translation>je PostgreSQL-gebruiker</translation>
    </message>
    <message>
        <source>the project in the database, e.g. customers_2025</source>
        <translation>het project in de database, bijv. klanten_2025</translation>
    </message>
    <message>
        <source>Prefer TLS (encrypted when the server offers it)</source>
        <translation>Bij voorkeur TLS (versleuteld als de server het aanbiedt)</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>TLS vereisen</translation>
    </message>
    <message>
        <source>Require TLS and check the server's certificate</source>
        <translation>TLS vereisen en het certificaat van de server controleren</translation>
    </message>
    <message>
        <source>No TLS (unencrypted)</source>
        <translation>Geen TLS (onversleuteld)</translation>
    </message>
    <message>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>leeg: uit PGPASSWORD of ~/.pgpass</translation>
    </message>
    <message>
        <source>The password is kept in the system keyring, never in a file.</source>
        <translation>Het wachtwoord wordt in de sleutelbos van het systeem bewaard, nooit in een bestand.</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1), so the password cannot be remembered: NPS Studio asks for it each time.</source>
        <translation>De sleutelbos van het systeem is niet beschikbaar (%1), dus het wachtwoord kan niet worden onthouden: NPS Studio vraagt er elke keer om.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;oort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
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
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Name the database that holds the project.</source>
        <translation>Noem de database waarin het project staat.</translation>
    </message>
    <message>
        <source>The server refused the password for the user “%1”. Type it again (or leave it empty to use PGPASSWORD or ~/.pgpass).</source>
        <translation>De server weigerde het wachtwoord voor gebruiker “%1”. Typ het opnieuw (of laat het leeg om PGPASSWORD of ~/.pgpass te gebruiken).</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server: check the host, the port and your network. (%1)</source>
        <translation>De PostgreSQL-server is niet bereikbaar: controleer de host, de poort en je netwerk. (%1)</translation>
    </message>
    <message>
        <source>The server has no such database. (%1)</source>
        <translation>De server heeft geen database met die naam. (%1)</translation>
    </message>
    <message>
        <source>The TLS connection failed: check the TLS mode and the server's certificate. (%1)</source>
        <translation>De TLS-verbinding is mislukt: controleer de TLS-modus en het certificaat van de server. (%1)</translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>Roles are for team projects on PostgreSQL, opened to write.</source>
        <translation>Rollen zijn er voor teamprojecten op PostgreSQL, geopend om te schrijven.</translation>
    </message>
    <message>
        <source>There is no PostgreSQL role “%1” to make a member: create it first (CREATE ROLE %1 LOGIN).</source>
        <translation>Er is geen PostgreSQL-rol “%1” om lid te maken: maak die eerst aan (CREATE ROLE %1 LOGIN).</translation>
    </message>
    <message>
        <source>Cannot set up the roles of “%1”: %2 (as the owner of the database, or a role that may create roles?)</source>
        <translation>Kan de rollen van “%1” niet inrichten: %2 (als eigenaar van de database, of als een rol die rollen mag aanmaken?)</translation>
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
        <translation>bezig</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
</context>
<context>
    <name>ThemeActionsDialog</name>
    <message>
        <source>Actions on “%1”</source>
        <translation>Acties voor “%1”</translation>
    </message>
    <message>
        <source>What is being done about “%1”: edit a cell to change it, it is stored in the project at once. For a finished action, the theme before and after its day shows whether it worked.</source>
        <translation>Wat er aan “%1” wordt gedaan: bewerk een cel om die te wijzigen, het wordt meteen in het project bewaard. Bij een afgeronde actie laat het thema voor en na die dag zien of het werkte.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <source>Add Action</source>
        <translation>Actie toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <source>&lt;i&gt;Mark an action done to see the theme before and after it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Markeer een actie als afgerond om het thema ervoor en erna te zien.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 of the answers (%2), NPS %3%4</source>
        <translation>%1 van de antwoorden (%2), NPS %3%4</translation>
    </message>
    <message>
        <source>The share of answers that mention it changed significantly (%1 points).</source>
        <translation>Het aandeel antwoorden dat het noemt is significant veranderd (%1 punten).</translation>
    </message>
    <message>
        <source>The change in its share (%1 points) is within the margin of error.</source>
        <translation>De verandering van het aandeel (%1 punten) valt binnen de foutmarge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before %1:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;From %1 on:&lt;/b&gt; %3&lt;br&gt;%4</source>
        <translation>&lt;b&gt;Voor %1:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Vanaf %1:&lt;/b&gt; %3&lt;br&gt;%4</translation>
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
    <message>
        <source>Themes: %1% of the newest %2 distinct answers carry one of the %3 themes.</source>
        <translation>Thema’s: %1% van de nieuwste %2 verschillende antwoorden heeft een van de %3 thema’s.</translation>
    </message>
</context>
<context>
    <name>ThemeFilterSection</name>
    <message>
        <source>Themes</source>
        <translation>Thema’s</translation>
    </message>
    <message>
        <source>The themes of the open answers (the Themes view): tick themes to look at the responses that mention any of them</source>
        <translation>De thema’s van de open antwoorden (de weergave Thema’s): vink thema’s aan om alleen de antwoorden te zien die er een van noemen</translation>
    </message>
    <message>
        <source>Tick themes to look at the responses that mention them; counts show how many mention each under the rest of the filter.</source>
        <translation>Vink thema’s aan om alleen de antwoorden te zien die ze noemen; de aantallen tonen hoeveel antwoorden elk thema noemen onder de rest van het filter.</translation>
    </message>
    <message>
        <source>Themes (%1)</source>
        <translation>Thema’s (%1)</translation>
    </message>
</context>
<context>
    <name>ThemeSplitDialog</name>
    <message>
        <source>Split “%1”</source>
        <translation>“%1” splitsen</translation>
    </message>
    <message>
        <source>Tick the keywords that leave “%1” for a new theme; the others stay.</source>
        <translation>Vink de trefwoorden aan die “%1” verlaten voor een nieuw thema; de andere blijven.</translation>
    </message>
    <message>
        <source>The new theme's name</source>
        <translation>De naam van het nieuwe thema</translation>
    </message>
    <message>
        <source>New theme:</source>
        <translation>Nieuw thema:</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <source>Tick at least one keyword.</source>
        <translation>Vink minstens één trefwoord aan.</translation>
    </message>
    <message>
        <source>At least one keyword must stay with “%1”.</source>
        <translation>Minstens één trefwoord moet bij “%1” blijven.</translation>
    </message>
    <message numerus="yes">
        <source>The new theme finds %n responses.</source>
        <translation><numerusform>Het nieuwe thema vindt %n antwoord.</numerusform><numerusform>Het nieuwe thema vindt %n antwoorden.</numerusform></translation>
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
    <message>
        <source>No themes: the open answers (“%1”) are write-ins to a choice question; they name options, not reasons.</source>
        <translation>Geen thema’s: de open antwoorden (“%1”) zijn invullingen bij een meerkeuzevraag; ze noemen opties, geen redenen.</translation>
    </message>
</context>
<context>
    <name>ThemesDelegate</name>
    <message>
        <source>Actions: %1 open</source>
        <translation>Acties: %1 open</translation>
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
    <name>ThemesView</name>
    <message>
        <source>Edit Themes…</source>
        <translation>Thema’s bewerken…</translation>
    </message>
    <message>
        <source>Actions…</source>
        <translation>Acties…</translation>
    </message>
    <message>
        <source>Rename, merge or delete themes and edit their keywords</source>
        <translation>Thema’s hernoemen, samenvoegen of verwijderen en hun trefwoorden bewerken</translation>
    </message>
    <message>
        <source>What is being done about the chosen theme, and whether it worked</source>
        <translation>Wat er aan het gekozen thema wordt gedaan, en of het werkt</translation>
    </message>
    <message>
        <source>Impact: the NPS points the score would gain if the theme's detractors were passives. Click a theme to filter the dashboard to the responses that mention it; double-click to read their answers.</source>
        <translation>Impact: de NPS-punten die de score zou winnen als de criticasters van het thema passief tevreden waren. Klik op een thema om het dashboard te filteren op de antwoorden die het noemen; dubbelklik om ze te lezen.</translation>
    </message>
    <message>
        <source>No open answers to read.</source>
        <translation>Geen open antwoorden om te lezen.</translation>
    </message>
    <message>
        <source>Reading the open answers and finding their themes…</source>
        <translation>De open antwoorden worden gelezen en in thema’s ingedeeld…</translation>
    </message>
    <message>
        <source>The themes could not be read: %1</source>
        <translation>De thema’s konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>No themes: %1 of %2 responses answered the open question, and their answers have too few words in common.</source>
        <translation>Geen thema’s: %1 van de %2 respondenten beantwoordden de open vraag, en hun antwoorden hebben te weinig woorden gemeen.</translation>
    </message>
    <message>
        <source>The themes are still being read.</source>
        <translation>De thema’s worden nog gelezen.</translation>
    </message>
    <message>
        <source>Edit Themes</source>
        <translation>Thema’s bewerken</translation>
    </message>
    <message numerus="yes">
        <source>%n themes in %1 of %2 answers, the largest impact first</source>
        <translation><numerusform>%n thema in %1 van de %2 antwoorden, de grootste impact eerst</numerusform><numerusform>%n thema’s in %1 van de %2 antwoorden, de grootste impact eerst</numerusform></translation>
    </message>
    <message>
        <source>Impact: the NPS points the score would gain if the theme's detractors were passives. Beneath each theme a promoter's answer, personal data masked.</source>
        <translation>Impact: de NPS-punten die de score zou winnen als de criticasters van het thema passief tevreden waren. Onder elk thema het antwoord van een promotor, met persoonsgegevens verborgen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 vs. %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 t.o.v. %3</translation>
    </message>
    <message>
        <source>&lt;i&gt;Passives mention no theme more often than promoters.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Passief tevredenen noemen geen thema vaker dan promotors.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Passives mention more than promoters: %1</source>
        <translation>Passief tevredenen noemen vaker dan promotors: %1</translation>
    </message>
    <message>
        <source>What stands between a 7–8 and a 9–10: the share of passives' and of promoters' answers that mention each theme. Grey: within the margin of error.</source>
        <translation>Wat tussen een 7–8 en een 9–10 staat: het aandeel antwoorden van passief tevredenen en van promotors dat elk thema noemt. Grijs: binnen de foutmarge.</translation>
    </message>
    <message>
        <source>The themes could not be read.</source>
        <translation>De thema’s konden niet worden gelezen.</translation>
    </message>
    <message>
        <source>No themes: this survey asks no open question of its own. Its free texts (“%1”) are write-ins to a choice question, which name options, not reasons. Edit Themes… can still make themes of them.</source>
        <translation>Geen thema’s: deze enquête stelt zelf geen open vraag. De vrije teksten (“%1”) zijn invullingen bij een meerkeuzevraag: ze noemen opties, geen redenen. Met Thema’s bewerken… kunt u er toch thema’s van maken.</translation>
    </message>
    <message numerus="yes">
        <source>%n themes in %1 of %2 answers to “%3”: what respondents value, the most mentioned first</source>
        <translation><numerusform>%n thema in %1 van de %2 antwoorden op “%3”: wat respondenten waarderen, het vaakst genoemde eerst</numerusform><numerusform>%n thema’s in %1 van de %2 antwoorden op “%3”: wat respondenten waarderen, het vaakst genoemde eerst</numerusform></translation>
    </message>
    <message>
        <source>The question asks what respondents like: its themes are what they value, even in a detractor's answer, not reasons for a low score. Beneath each theme a promoter's answer, personal data masked.</source>
        <translation>De vraag is wat respondenten goed vinden: de thema’s zijn wat ze waarderen, ook in het antwoord van een criticaster, geen redenen voor een lage score. Onder elk thema het antwoord van een promotor, persoonsgegevens gemaskeerd.</translation>
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
    <message>
        <source>This export has no dates, so there is no trend over time.

To see one, import the export again (File ▸ Import Exports…) and give its date column the role “Date”; the figures of all responses stay on the other cards.</source>
        <translation>Deze export heeft geen datums en dus geen trend in de tijd.

Importeer de export opnieuw (Bestand ▸ Exports importeren…) en geef de datumkolom de rol “Datum” om er een te zien; de cijfers van alle antwoorden staan op de andere kaarten.</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>doel %1</translation>
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
        <source>Cannot open “%1”: %2</source>
        <translation>Kan “%1” niet openen: %2</translation>
    </message>
    <message>
        <source>“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.</source>
        <translation>“%1” is met een wachtwoord beveiligd (of een oude .xls-werkmap): sla het opnieuw op zonder wachtwoord, als .xlsx of CSV.</translation>
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
        <source>“%1” is damaged: the sheet “%2” is not valid XML (%3).</source>
        <translation>“%1” is beschadigd: het werkblad “%2” is geen geldige XML (%3).</translation>
    </message>
    <message>
        <source>“%1”: the workbook is too large or damaged (%2: %3).</source>
        <translation>“%1”: de werkmap is te groot of beschadigd (%2: %3).</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 inside it: %3.</source>
        <translation>“%1” is beschadigd: %2 erin: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a readable .xlsx workbook: it has no %2.</source>
        <translation>“%1” is geen leesbare .xlsx-werkmap: %2 ontbreekt.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 inside it is not valid XML (%3).</source>
        <translation>“%1” is beschadigd: %2 erin is geen geldige XML (%3).</translation>
    </message>
    <message>
        <source>“%1” is damaged: it cannot be read as a workbook (%2).</source>
        <translation>“%1” is beschadigd: het kan niet als werkmap worden gelezen (%2).</translation>
    </message>
    <message>
        <source>“%1” is not an .xlsx workbook: it is %2.</source>
        <translation>“%1” is geen .xlsx-werkmap: het is %2.</translation>
    </message>
    <message>
        <source>“%1” is not an .xlsx workbook (%2).</source>
        <translation>“%1” is geen .xlsx-werkmap (%2).</translation>
    </message>
    <message>
        <source>a text of more than %1 characters</source>
        <translation>een tekst van meer dan %1 tekens</translation>
    </message>
    <message>
        <source>texts of more than %1 characters</source>
        <translation>teksten van meer dan %1 tekens</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” cannot be read to the end (%3).</source>
        <translation>“%1” is beschadigd: het werkblad “%2” kan niet tot het einde worden gelezen (%3).</translation>
    </message>
    <message>
        <source>“%1” is damaged: the sheet “%2” ends early.</source>
        <translation>“%1” is beschadigd: het werkblad “%2” houdt te vroeg op.</translation>
    </message>
    <message>
        <source>a cell of more than %1 characters</source>
        <translation>een cel van meer dan %1 tekens</translation>
    </message>
    <message>
        <source>“%1” is damaged: cell %2 of the sheet “%3” refers to text number %4, but the workbook has %5 texts.</source>
        <translation>“%1” is beschadigd: cel %2 van het werkblad “%3” verwijst naar tekst nummer %4, maar de werkmap heeft %5 teksten.</translation>
    </message>
</context>
<context>
    <name>ZipMember</name>
    <message>
        <source>it is missing</source>
        <translation>het ontbreekt</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 MB</source>
        <translation>het pakt uit tot meer dan %1 MB</translation>
    </message>
    <message>
        <source>it unpacks to more than %1 times its packed size</source>
        <translation>het pakt uit tot meer dan %1 keer zijn ingepakte grootte</translation>
    </message>
    <message>
        <source>its packed data is damaged</source>
        <translation>de ingepakte gegevens zijn beschadigd</translation>
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
        <translation>Gebruik: npsstudio [BESTAND]             open het venster (op een project of een export)
       npsstudio import BESTAND... --db PROJECT.npsdb [--strict] [--delimiter C]
                 [--encoding NAAM] [--map ROL=KOLOM]... [--json]
       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]
                 [--by DIMENSIE] [--where DIMENSIE=WAARDE]... [--from JJJJ-MM-DD]
                 [--to JJJJ-MM-DD] [--group promoter|passive|detractor]...
                 [--dimensions] [--json]
       npsstudio answers --db PROJECT.npsdb [--question V] [--questions] [--search TEKST]
                 [--where DIMENSIE=WAARDE]... [--group G]... [--from JJJJ-MM-DD]
                 [--to JJJJ-MM-DD] [--json|--csv]
       npsstudio themes --db PROJECT.npsdb [--where DIMENSIE=WAARDE]...
                 [--from JJJJ-MM-DD] [--to JJJJ-MM-DD] [--group G]...
                 [--period month|quarter|year] [--suggest] [--limit N] [--quotes N]
                 [--json]
       npsstudio report --db PROJECT.npsdb (--quarter 2025-K3 | --all)
                 [--by DIMENSIE]... [--where DIMENSIE=WAARDE]... [--lang nl|en]
                 [--page-size A4|Letter] [--no-mask] [--title TEKST]
                 --out BESTAND.pdf|.html|.odt
       npsstudio admin init --db postgresql://EIGENAAR@HOST/DB?project=NAAM
                 [--viewer ROL]... [--editor ROL]...
       npsstudio copy --from PROJECT --to PROJECT
       npsstudio --screenshot BESTAND.png [--project P] [--size BxH] [--lang nl|en] [--dark]
       npsstudio --version | --help

PROJECT.npsdb kan ook een teamproject op PostgreSQL zijn:
  postgresql://GEBRUIKER@HOST:5432/DATABASE[?project=NAAM&amp;sslmode=require]

Voer “npsstudio import --help” uit voor de opties van een commando.
</translation>
    </message>
</context>
</TS>