# Dutch translations of NPS Studio, by source text. Applied to npsstudio_nl.ts by
# resources/translations/update.sh after lupdate; kept here so that they survive an update.
NL = {
 'NPS per segment value': 'NPS per segmentwaarde',
 'No segment values in this selection': 'Geen segmentwaarden in deze selectie',
 '● significantly different from the rest · grey: fewer than 30': '● significant anders dan de rest · grijs: minder dan 30',
 '%1: NPS %2 (95% interval %3), n = %4': '%1: NPS %2 (95%-interval %3), n = %4',
 'Fewer than 30 responses: too few to rely on.': 'Minder dan 30 antwoorden: te weinig om op te bouwen.',
 'Against all other responses: %1 (%2).': 'Tegenover alle andere antwoorden: %1 (%2).',
 "Click to read these respondents' answers.": 'Klik om de antwoorden van deze respondenten te lezen.',
 'Fewer than %1 responses: too few to rely on.': 'Minder dan %1 antwoorden: te weinig om op te bouwen.',
 'Compared with all other responses: %1 (%2).': 'Vergeleken met alle andere antwoorden: %1 (%2).',
 'Value': 'Waarde', 'n': 'n', 'NPS': 'NPS', '95% low': '95% laag', '95% high': '95% hoog', 'vs. rest': 't.o.v. rest', 'p': 'p',
 'Unknown text encoding “%1”.': 'Onbekende tekstcodering “%1”.',
 'Line %1: a quoted field is never closed (expected a closing ")': 'Regel %1: een veld tussen aanhalingstekens wordt nooit gesloten (verwacht een afsluitend ")',
 'Net Promoter Score': 'Net Promoter Score',
 'Promoters, passives, detractors': 'Promotors, passief tevredenen, criticasters',
 'Scores': 'Scores', 'Trend': 'Trend', 'Table': 'Tabel', 'Chart': 'Grafiek',
 'Show the breakdown as a table': 'Toon de uitsplitsing als tabel',
 'The segment dimension to break the NPS down by': 'De segmentdimensie waarnaar de NPS wordt uitgesplitst',
 'NPS by': 'NPS per', 'the previous period': 'de vorige periode',
 'Passives are %1 of respondents: satisfied, but not loyal enough to recommend — the silent leak.':
   'Passief tevredenen zijn %1 van de respondenten: tevreden, maar niet loyaal genoeg om aan te bevelen — het stille lek.',
 "<b>CSAT</b> %1 <span style='color:gray'>(n = %2)</span>": "<b>CSAT</b> %1 <span style='color:gray'>(n = %2)</span>",
 "<b>CES</b> %1 <span style='color:gray'>(n = %2)</span>": "<b>CES</b> %1 <span style='color:gray'>(n = %2)</span>",
 "How many respondents gave each score. Click a bar to read that group's answers.": 'Hoeveel respondenten elke score gaven. Klik op een staaf om de antwoorden van die groep te lezen.',
 'Score distribution': 'Verdeling van de scores',
 'Score': 'Score', 'Responses': 'Antwoorden', 'Share': 'Aandeel',
 '%1 to %2': '%1 tot en met %2', 'from %1': 'vanaf %1', 'until %1': 'tot en met %1',
 'promoters': 'promotors', 'passives': 'passief tevredenen', 'detractors': 'criticasters',
 'with an open answer': 'met een open antwoord', 'answers containing “%1”': 'antwoorden met “%1”', 'all responses': 'alle antwoorden',
 'Remove this filter': 'Verwijder dit filter', 'Promoters': 'Promotors', 'Passives': 'Passief tevredenen', 'Detractors': 'Criticasters',
 'With an open answer': 'Met een open antwoord', '“%1”': '“%1”', 'Clear all': 'Alles wissen', 'All responses': 'Alle antwoorden',
 'Search the open answers…': 'Zoek in de open antwoorden…', 'Period': 'Periode', 'Month': 'Maand', 'Quarter': 'Kwartaal', 'Year': 'Jaar',
 'The periods of the trend chart': 'De perioden van de trendgrafiek', 'Trend per': 'Trend per', 'From': 'Van', 'To': 'Tot en met',
 'Last quarter': 'Laatste kwartaal', 'Last 4 quarters': 'Laatste 4 kwartalen', 'All': 'Alles', 'Groups': 'Groepen',
 'Promoters (9–10)': 'Promotors (9–10)', 'Passives (7–8)': 'Passief tevredenen (7–8)', 'Detractors (0–6)': 'Criticasters (0–6)',
 'Only with an open answer': 'Alleen met een open antwoord',
 'Tick values to look at them only; counts show what each value adds under the rest of the filter.': 'Vink waarden aan om alleen die te bekijken; de aantallen tonen wat elke waarde toevoegt binnen de rest van het filter.',
 'First response': 'Eerste antwoord', 'Last response': 'Laatste antwoord',
 'Click a group to read what its respondents said.': 'Klik op een groep om te lezen wat de respondenten zeiden.',
 'Promoters, passives and detractors': 'Promotors, passief tevredenen en criticasters',
 'Layout:': 'Indeling:', 'Encoding:': 'Codering:', 'Delimiter:': 'Scheidingsteken:', 'Dates:': 'Datums:', 'Columns:': 'Kolommen:',
 'Segments:': 'Segmenten:', 'Left out:': 'Weggelaten:', 'Note:': 'Let op:',
 'Read %1 rows: %2 imported, %3 skipped, %4 already in the project.': '%1 rijen gelezen: %2 geïmporteerd, %3 overgeslagen, %4 al in het project.',
 '%1 rows have no score: kept with their answers, left out of the NPS.': '%1 rijen hebben geen score: bewaard met hun antwoorden, niet meegeteld in de NPS.',
 'line %1': 'regel %1', 'column “%1”': 'kolom “%1”', 'found “%1”': 'gevonden: “%1”',
 '… and %1 more issues (all of them with --json).': '… en nog %1 problemen (allemaal met --json).',
 'import: name at least one file to import.': 'import: noem minstens één bestand om te importeren.',
 'import: name the project with --db PROJECT.npsdb.': 'import: noem het project met --db PROJECT.npsdb.',
 'Ignore': 'Negeren', 'Score (0–10)': 'Score (0–10)', 'Date': 'Datum', 'Respondent id': 'Respondentnummer', 'Open answer': 'Open antwoord',
 'Segment': 'Segment', 'CSAT': 'CSAT', 'CES': 'CES', 'Import %1': '%1 importeren', 'Detected:': 'Herkend:',
 'Comma ( , )': 'Komma ( , )', 'Semicolon ( ; )': 'Puntkomma ( ; )', 'Tab': 'Tab', 'Pipe ( | )': 'Verticale streep ( | )',
 'Encoding': 'Codering', 'Delimiter': 'Scheidingsteken', 'Read as:': 'Lezen als:',
 "Each column's role, and the first rows as they will be read:": 'De rol van elke kolom, en de eerste rijen zoals ze worden gelezen:',
 'How the columns were chosen, and problems:': 'Hoe de kolommen zijn gekozen, en problemen:',
 'The roles you chose last time for this header are chosen again.': 'De rollen die u de vorige keer voor deze kopregel koos, zijn weer gekozen.',
 'Import': 'Importeren', 'Role': 'Rol', 'Not imported: %1': 'Niet geïmporteerd: %1',
 'Choose the column that holds the 0–10 recommendation score.': 'Kies de kolom met de aanbevelingsscore van 0 tot 10.',
 'Importing %1…': '%1 importeren…',
 '<b>The import was cancelled.</b> The project is unchanged.': '<b>Het importeren is afgebroken.</b> Het project is ongewijzigd.',
 '<b>Nothing was imported.</b> The project is unchanged.<br>%1': '<b>Er is niets geïmporteerd.</b> Het project is ongewijzigd.<br>%1',
 '<b>%1 responses imported</b> from %2 rows read: %3 skipped with a problem, %4 already in the project.': '<b>%1 antwoorden geïmporteerd</b> uit %2 gelezen rijen: %3 overgeslagen wegens een probleem, %4 al in het project.',
 '%1 have no score: they keep their answers but do not count in the NPS.': '%1 hebben geen score: hun antwoorden blijven bewaard, maar tellen niet mee in de NPS.',
 'Line %1%2: %3 (found “%4”)': 'Regel %1%2: %3 (gevonden: “%4”)', ', column “%1”': ', kolom “%1”',
 'Cannot open “%1”: %2': 'Kan “%1” niet openen: %2', 'expected %1 fields, found %2': 'verwacht %1 velden, gevonden %2',
 "not a date of this column's format (%1)": 'geen datum in de notatie van deze kolom (%1)', 'not a number': 'geen getal',
 '%1, line %2, column “%3”: %4 (found “%5”). Nothing was imported (--strict).': '%1, regel %2, kolom “%3”: %4 (gevonden: “%5”). Er is niets geïmporteerd (--strict).',

 'Unknown encoding “%1”.': 'Onbekende codering “%1”.', '“%1” is empty: expected a header row and responses.': '“%1” is leeg: verwacht een kopregel en antwoorden.',
 'No column “%1” in “%2”; its columns are: %3': 'Geen kolom “%1” in “%2”; de kolommen zijn: %3',
 '%1: no score column; choose one with --map score=COLUMN.': '%1: geen scorekolom; kies er een met --map score=KOLOM.',
 'Imports in This Project': 'Imports in dit project', 'File': 'Bestand', 'Layout': 'Indeling', 'Imported': 'Geïmporteerd', 'Skipped': 'Overgeslagen',
 'Already present': 'Al aanwezig', 'When': 'Wanneer', 'Remove Import…': 'Import verwijderen…', 'Remove Import': 'Import verwijderen',
 'Remove the import of “%1” and its %2 responses from this project?\nOther imports are not touched. This cannot be undone.': 'De import van “%1” en de %2 antwoorden ervan uit dit project verwijderen?\nAndere imports blijven ongemoeid. Dit kan niet ongedaan worden gemaakt.',
 'Remove': 'Verwijderen', 'The import could not be removed: %1': 'De import kon niet worden verwijderd: %1',
 'NPS Studio': 'NPS Studio', '%1 of %2 responses': '%1 van %2 antwoorden', '&File': '&Bestand', '&New Project…': '&Nieuw project…',
 '&Open Project…': 'Project &openen…', 'Open &Recent': '&Recent geopend', '&Import Exports…': 'Exports &importeren…',
 'Imports in This &Project…': 'Imports in dit &project…', '&Export Open Answers…': 'Open antwoorden &exporteren…', 'Open the &Sample': 'Het &voorbeeld openen',
 '&Quit': '&Afsluiten', '&View': 'Beel&d', '&Back': '&Terug', '&Forward': '&Vooruit', '&Search Answers': 'Antwoorden &zoeken', '&Clear Filters': 'Filters &wissen',
 '&Reload Project': 'Project opnieuw &laden', 'Filter &Panel': 'Filter&paneel', '&Help': '&Help', '&About NPS Studio': '&Over NPS Studio', 'About NPS Studio': 'Over NPS Studio',
 'Welcome to NPS Studio': 'Welkom bij NPS Studio',
 'Import the CSV export of your survey tool to see your Net Promoter Score,\nits trend, its margin of error and the reasons behind it.\nYou can also drop the file onto this window.':
   'Importeer de CSV-export van uw enquêtetool om uw Net Promoter Score te zien,\nmet de trend, de foutmarge en de redenen erachter.\nU kunt het bestand ook op dit venster laten vallen.',
 'Import an export…': 'Een export importeren…', 'Open the sample': 'Het voorbeeld openen', '%1 — NPS Studio': '%1 — NPS Studio',
 'Reading the project…': 'Project wordt gelezen…', '%1: %2 imported, %3 skipped, %4 already present': '%1: %2 geïmporteerd, %3 overgeslagen, %4 al aanwezig',
 'New Project': 'Nieuw project', 'NPS Studio projects (*.npsdb)': 'NPS Studio-projecten (*.npsdb)', 'Open Project': 'Project openen', 'Import Exports': 'Exports importeren',
 'Survey exports (*.csv *.tsv *.txt *.xlsx);;All files (*)': 'Enquête-exports (*.csv *.tsv *.txt *.xlsx);;Alle bestanden (*)',
 'An import is already running; wait for it to finish.': 'Er loopt al een import; wacht tot die klaar is.',
 'The import was cancelled; nothing changed.': 'Het importeren is afgebroken; er is niets veranderd.',
 'needs attention': 'aandacht nodig', 'acceptable': 'acceptabel', 'strong': 'sterk', 'excellent': 'uitstekend',
 'within the margin of error': 'binnen de foutmarge',
 'Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.\nThe dark arc is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.':
   'Net Promoter Score: % promotors (9–10) min % criticasters (0–6), van −100 tot +100.\nDe donkere boog is het 95%-interval (adjusted Wald): de werkelijke NPS ligt met 95% zekerheid in dit bereik.',
 'NPS gauge': 'NPS-meter', 'NPS %1, n = %2': 'NPS %1, n = %2', 'No responses': 'Geen antwoorden',
 'n = %1: too few responses to rely on': 'n = %1: te weinig antwoorden om op te bouwen', '%1 · n = %2': '%1 · n = %2', '95% interval %1': '95%-interval %1',
 'No responses with a score in this selection': 'Geen antwoorden met een score in deze selectie', 'vs. %1': 't.o.v. %1',
 'no score': 'geen score', 'Promoter': 'Promotor', 'Passive': 'Passief', 'Detractor': 'Criticaster', 'Group': 'Groep',
 'Open answers': 'Open antwoorden', 'Export CSV…': 'CSV exporteren…', 'Save every response of this selection as a CSV file': 'Bewaar elk antwoord van deze selectie als CSV-bestand',
 'Copy': 'Kopiëren', '%1 responses · %2 with an answer': '%1 antwoorden · %2 met een toelichting', 'Export Open Answers': 'Open antwoorden exporteren',
 'open-answers.csv': 'open-antwoorden.csv', 'CSV files (*.csv)': 'CSV-bestanden (*.csv)', 'Cannot write “%1”: %2': 'Kan “%1” niet schrijven: %2',
 'Cannot read the responses: %1': 'Kan de antwoorden niet lezen: %1', 'Cancelled.': 'Afgebroken.',
 'not a number; expected a whole number from 0 to 10': 'geen getal; verwacht een geheel getal van 0 tot en met 10',
 'number too large; expected a whole number from 0 to 10': 'getal te groot; verwacht een geheel getal van 0 tot en met 10',
 'not a whole number; expected 0 to 10': 'geen geheel getal; verwacht 0 tot en met 10',
 'out of range; expected a whole number from 0 to 10': 'buiten het bereik; verwacht een geheel getal van 0 tot en met 10',
 '(this project has no segment dimensions)': '(dit project heeft geen segmentdimensies)',
 '--period takes month, quarter or year, not “%1”.': '--period verwacht month, quarter of year, niet “%1”.',
 'No dimension “%1”; the dimensions are: %2': 'Geen dimensie “%1”; de dimensies zijn: %2',
 '--where takes DIMENSION=VALUE, not “%1”.': '--where verwacht DIMENSIE=WAARDE, niet “%1”.',
 '“%1” has no value “%2”; its values are: %3': '“%1” heeft geen waarde “%2”; de waarden zijn: %3',
 '--%1 takes a date as YYYY-MM-DD, not “%2”.': '--%1 verwacht een datum als JJJJ-MM-DD, niet “%2”.', '--from is after --to.': '--from ligt na --to.',
 '--group takes promoter, passive or detractor, not “%1”.': '--group verwacht promoter, passive of detractor, niet “%1”.',
 'no responses with a score': 'geen antwoorden met een score', 'NPS %1 (95% interval %2), n = %3': 'NPS %1 (95%-interval %2), n = %3',
 'n too small': 'n te klein', 'NPS Studio summary of %1': 'NPS Studio-samenvatting van %1', 'Filter: %1': 'Filter: %1',
 'Method: 95% interval, adjusted Wald (Rocks 2016)': 'Methode: 95%-interval, adjusted Wald (Rocks 2016)',
 'Promoters %1 (%2) · Passives %3 (%4) · Detractors %5 (%6)': 'Promotors %1 (%2) · Passief tevredenen %3 (%4) · Criticasters %5 (%6)',
 'Previous period (%1): %2': 'Vorige periode (%1): %2', 'Change: %1 points, %2 (%3)': 'Verandering: %1 punten, %2 (%3)',
 '95% interval': '95%-interval', 'differs significantly from the rest (p < 0.05)': 'wijkt significant af van de rest (p < 0,05)',
 'fewer than %1 responses: too few to rely on': 'minder dan %1 antwoorden: te weinig om op te bouwen',
 'summary: name the project with --db PROJECT.npsdb.': 'summary: noem het project met --db PROJECT.npsdb.',
 'summary: there is no project “%1”.': 'summary: er is geen project “%1”.',
 'Cannot open the project “%1”: %2': 'Kan het project “%1” niet openen: %2', '“%1” is not an NPS Studio project: %2': '“%1” is geen NPS Studio-project: %2',
 'Cannot upgrade the project to version %1: %2': 'Kan het project niet bijwerken naar versie %1: %2',
 'This project was written by a newer NPS Studio (schema %1; this version reads up to %2).': 'Dit project is geschreven door een nieuwere NPS Studio (schema %1; deze versie leest tot en met %2).',
 'NPS per period; the band is the 95% interval (adjusted Wald). Click a period to look at it alone.': 'NPS per periode; de band is het 95%-interval (adjusted Wald). Klik op een periode om alleen die te bekijken.',
 '%1: NPS %2\n95% interval %3\nn = %4': '%1: NPS %2\n95%-interval %3\nn = %4',
 'Cannot write to the project: %1': 'Kan niet naar het project schrijven: %1', 'Cannot record the import: %1': 'Kan de import niet vastleggen: %1',
 'Cannot store line %1: %2': 'Kan regel %1 niet opslaan: %2', 'Cannot store the responses: %1': 'Kan de antwoorden niet opslaan: %1', 'Cannot save the import: %1': 'Kan de import niet opslaan: %1',
}
NL.update({'Import survey exports (CSV) into an NPS Studio project.': 'Importeer enquête-exports (CSV) in een NPS Studio-project.', 'The import command.': 'Het importcommando.', 'Survey export(s) to import.': 'Te importeren enquête-export(s).', 'Project file (created when missing).': 'Projectbestand (wordt aangemaakt als het ontbreekt).', 'Abort on the first row with a problem; import nothing.': 'Stop bij de eerste rij met een probleem; importeer niets.', 'Field delimiter: , ; tab or |.': 'Scheidingsteken: , ; tab of |.', 'Text encoding, e.g. UTF-8, windows-1252, UTF-16LE.': 'Tekstcodering, bijvoorbeeld UTF-8, windows-1252, UTF-16LE.', 'Column role: score, date, id, answer, segment, csat, ces or ignore, by column header or number.': 'Rol van een kolom: score, date, id, answer, segment, csat, ces of ignore, op kolomkop of nummer.', 'Print the reports as JSON.': 'Druk de verslagen af als JSON.', 'import: --delimiter takes one character or tab, not “%1”.': 'import: --delimiter verwacht één teken of tab, niet “%1”.', 'import: --map takes ROLE=COLUMN, not “%1”.': 'import: --map verwacht ROL=KOLOM, niet “%1”.', 'Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces or ignore.': 'Onbekende rol “%1” in --map; verwacht score, date, id, answer, segment, csat, ces of ignore.', 'Ctrl+I': 'Ctrl+I', 'Ctrl+E': 'Ctrl+E', 'Ctrl+Shift+X': 'Ctrl+Shift+X', 'Ctrl+L': 'Ctrl+L', '<h3>NPS Studio %1</h3><p>Net Promoter Score analysis for marketing analysts.</p><p>95% intervals by the adjusted Wald method (Rocks 2016).</p><p>Built with Qt %2, SQLite, libuchardet and xxHash.</p>': '<h3>NPS Studio %1</h3><p>Net Promoter Score-analyse voor marketinganalisten.</p><p>95%-intervallen volgens de adjusted Wald-methode (Rocks 2016).</p><p>Gebouwd met Qt %2, SQLite, libuchardet en xxHash.</p>', 'Se&ttings…': '&Instellingen…', 'Settings': 'Instellingen', 'As the system': 'Zoals het systeem', 'Light': 'Licht', 'Dark': 'Donker', 'Language:': 'Taal:', 'A new language applies when NPS Studio starts again; numbers and dates follow it.': 'Een nieuwe taal geldt zodra NPS Studio opnieuw start; getallen en datums volgen de taal.', 'Appearance:': 'Weergave:', 'Print the NPS of a project, with its interval, trend and breakdown.': 'Druk de NPS van een project af, met interval, trend en uitsplitsing.', 'The summary command.': 'Het samenvattingscommando.', 'Project file.': 'Projectbestand.', 'Trend per month, quarter (default) or year.': 'Trend per maand, kwartaal (standaard) of jaar.', 'Break the NPS down by a segment dimension.': 'Splits de NPS uit naar een segmentdimensie.', 'Only responses with this segment value (repeatable).': 'Alleen antwoorden met deze segmentwaarde (herhaalbaar).', 'First day (inclusive).': 'Eerste dag (inclusief).', 'Last day (inclusive).': 'Laatste dag (inclusief).', 'Only promoters, passives or detractors (repeatable).': 'Alleen promotors, passief tevredenen of criticasters (herhaalbaar).', 'List the segment dimensions with their values and counts.': 'Toon de segmentdimensies met hun waarden en aantallen.', 'Print one JSON object.': 'Druk één JSON-object af.', 'CSAT %1 (n = %2)': 'CSAT %1 (n = %2)', 'CES %1 (n = %2)': 'CES %1 (n = %2)'})
NL.update({'The project has no dated responses, so it has no quarters.': 'Het project heeft geen gedateerde antwoorden en dus geen kwartalen.', 'The project has no responses in %1; its quarters run from %2 to %3.': 'Het project heeft geen antwoorden in %1; de kwartalen lopen van %2 tot en met %3.', 'No responses with a score in %1 for this selection (%2).': 'Geen antwoorden met een score in %1 voor deze selectie (%2).', 'page %1': 'pagina %1', 'NPS %1 (95% interval %2), n = %3 — %4': 'NPS %1 (95%-interval %2), n = %3 — %4', 'No responses in %1 to compare with.': 'Geen antwoorden in %1 om mee te vergelijken.', 'Against %1 (NPS %2, n = %3): %4 %5, %6 (%7).': 'Tegenover %1 (NPS %2, n = %3): %4 %5, %6 (%7).', 'points': 'punten', 'Passives are %1 of respondents: satisfied but not loyal, the silent leak.': 'Passief tevredenen zijn %1 van de respondenten: tevreden maar niet loyaal, het stille lek.', 'In %1 they were %2.': 'In %1 was dat %2.', 'Cannot start printing.': 'Kan het afdrukken niet starten.', 'Quarterly NPS report · %1': 'NPS-kwartaalrapport · %1', 'Selection: %1 · generated on %2': 'Selectie: %1 · gemaakt op %2', 'Headline': 'Kerncijfer', 'The trend matters more than the number: compare with your own past first.': 'De trend zegt meer dan het getal: vergelijk eerst met uw eigen verleden.', 'NPS per quarter, with its 95% interval': 'NPS per kwartaal, met het 95%-interval', 'By %1': 'Per %1', 'significant': 'significant', 'no': 'nee', 'Significant': 'Significant', '* fewer than 30 responses: too few to rely on.': '* minder dan 30 antwoorden: te weinig om op te bouwen.', 'Scores from %1 to 10': 'Scores van %1 tot en met 10', 'In their own words': 'In hun eigen woorden', "No recurring words in this group's answers.": 'Geen terugkerende woorden in de antwoorden van deze groep.', 'What detractors mention most': 'Wat criticasters het vaakst noemen', 'What promoters mention most': 'Wat promotors het vaakst noemen', 'Newest detractor comments to follow up': 'Nieuwste opmerkingen van criticasters om op te volgen', 'Method and sources': 'Methode en bronnen', 'Source': 'Bron', 'First answer': 'Eerste antwoord', 'Last answer': 'Laatste antwoord', 'Cannot write a report as “.%1”; use .pdf, .html or .odt.': 'Kan geen rapport schrijven als “.%1”; gebruik .pdf, .html of .odt.', 'Write the quarterly NPS report of a project as PDF, HTML or ODT.': 'Schrijf het NPS-kwartaalrapport van een project als PDF, HTML of ODT.', 'The report command.': 'Het rapportcommando.', 'The quarter, e.g. 2025-Q3 or 2025-K3.': 'Het kwartaal, bijvoorbeeld 2025-Q3 of 2025-K3.', "Language of the report: nl or en (default: the system's).": 'Taal van het rapport: nl of en (standaard die van het systeem).', 'A4 (default) or Letter.': 'A4 (standaard) of Letter.', 'Keep e-mail addresses and phone numbers in quoted answers.': 'Laat e-mailadressen en telefoonnummers in geciteerde antwoorden staan.', "Title on the cover (default: the project's name).": 'Titel op het voorblad (standaard de naam van het project).', 'The file to write: .pdf, .html or .odt.': 'Het te schrijven bestand: .pdf, .html of .odt.', 'report: --%1 is required.': 'report: --%1 is verplicht.', 'report: there is no project “%1”.': 'report: er is geen project “%1”.', 'report: --quarter takes a quarter such as 2025-Q3, not “%1”.': 'report: --quarter verwacht een kwartaal zoals 2025-K3, niet “%1”.', 'report: --lang takes nl or en, not “%1”.': 'report: --lang verwacht nl of en, niet “%1”.', 'report: --page-size takes A4 or Letter, not “%1”.': 'report: --page-size verwacht A4 of Letter, niet “%1”.'})

NUMERUS = {
 'a significant rise of %n points': ['een significante stijging van %n punt', 'een significante stijging van %n punten'],
 'a significant fall of %n points': ['een significante daling van %n punt', 'een significante daling van %n punten'],
 '%n responses without a score are not counted in the NPS.': ['%n antwoord zonder score telt niet mee in de NPS.', '%n antwoorden zonder score tellen niet mee in de NPS.'],
 '%1 · %n header row(s) · encoding %2 (%3) · delimiter %4 (%5)': ['%1 · %n kopregel · codering %2 (%3) · scheidingsteken %4 (%5)', '%1 · %n kopregels · codering %2 (%3) · scheidingsteken %4 (%5)'],
}
NUMERUS.update({'NPS is the share of promoters (scores 9–10) minus the share of detractors (0–6), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Figures based on fewer than 30 responses are marked with *. %n response(s) of this quarter had no score and are left out of the NPS; their answers are kept.': ['De NPS is het aandeel promotors (scores 9–10) min het aandeel criticasters (0–6), van −100 tot +100; passief tevredenen (7–8) tellen alleen mee in het totaal. Het 95%-interval volgt de adjusted Wald-methode (Rocks 2016): er worden 0,75 criticaster, 1,5 passief tevredene en 0,75 promotor bijgeteld voordat de standaardfout wordt berekend. Twee perioden of segmenten verschillen significant als de tweezijdige p-waarde van hun verschil onder 0,05 ligt. Cijfers op basis van minder dan 30 antwoorden zijn gemarkeerd met *. %n antwoord van dit kwartaal had geen score en telt niet mee in de NPS; de toelichting is bewaard.', 'De NPS is het aandeel promotors (scores 9–10) min het aandeel criticasters (0–6), van −100 tot +100; passief tevredenen (7–8) tellen alleen mee in het totaal. Het 95%-interval volgt de adjusted Wald-methode (Rocks 2016): er worden 0,75 criticaster, 1,5 passief tevredene en 0,75 promotor bijgeteld voordat de standaardfout wordt berekend. Twee perioden of segmenten verschillen significant als de tweezijdige p-waarde van hun verschil onder 0,05 ligt. Cijfers op basis van minder dan 30 antwoorden zijn gemarkeerd met *. %n antwoorden van dit kwartaal hadden geen score en tellen niet mee in de NPS; hun toelichtingen zijn bewaard.'], '“%1” — in %n answer(s)': ['“%1” — in %n antwoord', '“%1” — in %n antwoorden']})
NL.update({'&Report…': '&Rapport…', 'report: no dimension in “%1”; use DIMENSION=VALUE with one of the dimensions that `npsstudio summary --dimensions` lists.': 'report: geen dimensie in “%1”; gebruik DIMENSIE=WAARDE met een van de dimensies die `npsstudio summary --dimensions` toont.', 'report: “%1” has no value “%2”; its values are: %3': 'report: “%1” heeft geen waarde “%2”; de waarden zijn: %3', 'Hide e-mail addresses and phone numbers in quotes': 'E-mailadressen en telefoonnummers in citaten verbergen', 'Quarterly Report': 'Kwartaalrapport', 'Quarter:': 'Kwartaal:', 'Page size:': 'Papierformaat:', 'Selection: %1': 'Selectie: %1', "The report follows the dashboard's segments and groups; the period is the quarter.": 'Het rapport volgt de segmenten en groepen van het dashboard; de periode is het kwartaal.', 'Include': 'Opnemen', 'Trend over the last 8 quarters': 'Trend over de laatste 8 kwartalen', 'Tables per segment': 'Tabellen per segment', 'Voices: recurring words and quotes': 'Stemmen: terugkerende woorden en citaten', 'Preview…': 'Voorbeeld…', 'Print…': 'Afdrukken…', 'Save…': 'Opslaan…', 'This project has no dated responses, so there is no quarter to report on.': 'Dit project heeft geen gedateerde antwoorden en dus geen kwartaal om over te rapporteren.', 'Quarterly Report — Preview': 'Kwartaalrapport — voorbeeld', 'Save Report': 'Rapport opslaan', 'PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)': 'PDF (*.pdf);;Webpagina (*.html);;OpenDocument-tekst (*.odt)'})
NL.update({'%1 left out on purpose (survey previews, tests or unfinished responses).': '%1 bewust weggelaten (testantwoorden, voorbeelden of onvoltooide antwoorden).', 'survey preview, test or spam': 'voorbeeld, test of spam van de enquête', 'unfinished': 'onvoltooid', '%1 rows left out: %2 (--keep-incomplete keeps them).': '%1 rijen weggelaten: %2 (--keep-incomplete houdt ze).', 'Keep Qualtrics previews, tests and unfinished responses.': 'Houd voorbeelden, tests en onvoltooide antwoorden van Qualtrics.', 'The sheet of an .xlsx workbook (default: the first with data).': 'Het werkblad van een .xlsx-werkmap (standaard het eerste met gegevens).', 'Excel workbook, sheet “%1”': 'Excel-werkmap, werkblad “%1”', 'cells of a sheet': 'cellen van een werkblad', 'Cannot open “%1”: %2': 'Kan “%1” niet openen: %2', '“%1” is damaged: cannot read %2 inside it.': '“%1” is beschadigd: %2 erin kan niet worden gelezen.', '“%1” is password-protected (or an old .xls workbook): save it again without a password, as .xlsx or CSV.': '“%1” is met een wachtwoord beveiligd (of een oude .xls-werkmap): sla het opnieuw op zonder wachtwoord, als .xlsx of CSV.', '“%1” is not a readable .xlsx workbook: %2': '“%1” is geen leesbare .xlsx-werkmap: %2', '“%1” is not a readable .xlsx workbook: it lists no sheets.': '“%1” is geen leesbare .xlsx-werkmap: er staan geen werkbladen in.', '“%1” has no sheet with data.': '“%1” heeft geen werkblad met gegevens.', '“%1” has no sheet “%2”; its sheets are: %3': '“%1” heeft geen werkblad “%2”; de werkbladen zijn: %3', '“%1” is damaged: its sheet “%2” cannot be read.': '“%1” is beschadigd: het werkblad “%2” kan niet worden gelezen.', '“%1” is damaged: the sheet “%2” cannot be read to the end.': '“%1” is beschadigd: het werkblad “%2” kan niet tot het einde worden gelezen.', '“%1” is damaged: the sheet “%2” is not valid XML (%3).': '“%1” is beschadigd: het werkblad “%2” is geen geldige XML (%3).'})
NL.update({'The open project (%1)': 'Het open project (%1)', 'A new project (%1)': 'Een nieuw project (%1)', 'Import into:': 'Importeren in:', '<h3>NPS Studio %1</h3><p>Net Promoter Score analysis for marketing analysts.</p><p>95% intervals by the adjusted Wald method (Rocks 2016).</p><p>Licence: MIT.</p><p>Built with Qt %2 (LGPL-3.0), SQLite (public domain), libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) and the DejaVu fonts.</p>': '<h3>NPS Studio %1</h3><p>Net Promoter Score-analyse voor marketinganalisten.</p><p>95%-intervallen volgens de adjusted Wald-methode (Rocks 2016).</p><p>Licentie: MIT.</p><p>Gebouwd met Qt %2 (LGPL-3.0), SQLite (publiek domein), libuchardet (MPL-1.1), xxHash (BSD-2-Clause), libzip (BSD-3-Clause) en de DejaVu-lettertypen.</p>'})
NL.update({'%1 · encoding %2 (%3) · delimiter %4 (%5)': '%1 · codering %2 (%3) · scheidingsteken %4 (%5)'})
# Import of any export (issue 12): vocabulary, open questions, multi-select, the answers command.
NL.update({
 'promoter': 'promotor', 'passive': 'passief tevreden', 'detractor': 'criticaster',
 '(this project has no open questions)': '(dit project heeft geen open vragen)',
 'Print the answers to an open question, newest first, under the filters of summary.':
   'Toon de antwoorden op een open vraag, nieuwste eerst, met de filters van summary.',
 'The answers command.': 'De opdracht answers.',
 'The open question, by number, text or label (default: the primary one).':
   'De open vraag, op nummer, tekst of label (standaard: de belangrijkste).',
 'List the open questions with their numbers of answers.': 'Toon de open vragen met hun aantal antwoorden.',
 'Only answers that contain this text (any letter case).': 'Alleen antwoorden met deze tekst (hoofdletters maken niet uit).',
 'Print CSV (UTF-8 with BOM) with the segments of each response.': 'Schrijf CSV (UTF-8 met BOM) met de segmenten van elk antwoord.',
 'answers: name the project with --db PROJECT.npsdb.': 'answers: noem het project met --db PROJECT.npsdb.',
 'answers: there is no project “%1”.': 'answers: er is geen project “%1”.',
 '  [primary]': '  [belangrijkste]',
 'answers: no open question “%1”; the questions are: %2': 'answers: geen open vraag “%1”; de vragen zijn: %2',
 'answers: this project has no open questions.': 'answers: dit project heeft geen open vragen.',
 'Question: %1': 'Vraag: %1', '1 answer': '1 antwoord', '%1 answers': '%1 antwoorden',
 'Scale:': 'Schaal:', '1–10 (no answer is 0; 1 to 6 are detractors)': '1–10 (geen enkel antwoord is 0; 1 tot en met 6 zijn criticasters)',
 '(primary)': '(belangrijkste)', 'Open:': 'Open:', 'Multi:': 'Meerkeuze:', 'Numeric:': 'Numeriek:', 'Not shown:': 'Verborgen:',
 'another score column can be chosen with --map score=COLUMN': 'een andere scorekolom kiest u met --map score=KOLOM',
 '%1 empty': '%1 leeg',
 '%1 rows repeat a respondent id of an earlier row of this file: counted once.':
   '%1 rijen herhalen het respondentnummer van een eerdere rij in dit bestand: één keer geteld.',
 '%1 rows have an NPS group that disagrees with their score; the score counts.':
   '%1 rijen hebben een NPS-groep die niet bij hun score past; de score telt.',
 'NPS group': 'NPS-groep', '%1 “%2”': '%1 “%2”',
 'The open project is empty.': 'Het open project is leeg.',
 'This export continues a survey of the open project: respondents already there are not added again.':
   'Deze export hoort bij een enquête van het open project: respondenten die er al in staan, worden niet opnieuw toegevoegd.',
 "This export has none of this project's questions, so it goes into a new project unless you choose otherwise.":
   'Deze export heeft geen van de vragen van dit project en gaat daarom naar een nieuw project, tenzij u anders kiest.',
 'This export shares only %1 of its %2 questions with this project, so it goes into a new project unless you choose otherwise.':
   'Deze export deelt maar %1 van zijn %2 vragen met dit project en gaat daarom naar een nieuw project, tenzij u anders kiest.',
 'Multi-select: each chosen option is a value': 'Meerkeuzevraag: elke gekozen optie is een waarde',
 'A numeric scale': 'Een numerieke schaal',
 'not shown as a filter by default: %1': 'standaard niet als filter getoond: %1',
 'The primary open question: the answers shown first': 'De belangrijkste open vraag: de antwoorden die eerst worden getoond',
 '<b>Which column holds the recommendation score?</b> These %1 columns hold 0–10 answers and nothing tells them apart: %2. They are highlighted below; choose “Score (0–10)” in the Role box of the one that asks how likely the respondent is to recommend you.':
   '<b>Welke kolom bevat de aanbevelingsscore?</b> Deze %1 kolommen bevatten antwoorden van 0 tot 10 en niets onderscheidt ze: %2. Ze zijn hieronder gemarkeerd; kies “Score (0–10)” in het rolvak van de kolom die vraagt hoe waarschijnlijk het is dat de respondent u aanbeveelt.',
 '<b>No column holds 0–10 recommendation scores.</b> Choose “Score (0–10)” in the Role box of the column that does.':
   '<b>Geen kolom bevat aanbevelingsscores van 0 tot 10.</b> Kies “Score (0–10)” in het rolvak van de kolom die ze wel bevat.',
 'Could be the recommendation score': 'Kan de aanbevelingsscore zijn',
 '%1 have no score (%2): they keep their answers but do not count in the NPS.':
   '%1 hebben geen score (%2): ze houden hun antwoorden, maar tellen niet mee in de NPS.',
 '%1 repeat the respondent id of an earlier row and were counted once.':
   '%1 herhalen het respondentnummer van een eerdere rij en zijn één keer geteld.',
 '%1 open questions are kept.': '%1 open vragen zijn bewaard.',
 'The scores run from 1 to 10 (1 to 6 are detractors).': 'De scores lopen van 1 tot en met 10 (1 tot en met 6 zijn criticasters).',
 '“%1” has %2 columns in its first row; a survey export has at most %3 (one per question). Is it a transposed table, or not an export?':
   '“%1” heeft %2 kolommen in de eerste rij; een enquête-export heeft er hooguit %3 (één per vraag). Is het een gekantelde tabel, of geen export?',
 '%1: “%2”, chosen by the user': '%1: “%2”, gekozen door de gebruiker',
 'this export continues a survey of the project (%1 of its %2 columns are known): respondents already imported are not added again':
   'deze export hoort bij een enquête van het project (%1 van zijn %2 kolommen zijn bekend): respondenten die al zijn geïmporteerd, worden niet opnieuw toegevoegd',
 'this respondent id came earlier in the file: counted once, this row is a duplicate':
   'dit respondentnummer kwam eerder in het bestand voor: één keer geteld, deze rij is een dubbele',
 'personal data': 'persoonsgegevens', 'survey tool metadata': 'metagegevens van het enquêteprogramma',
 'only missing markers': 'alleen markeringen voor ontbrekende antwoorden', 'empty': 'leeg', 'another date': 'een andere datum',
 'row numbers': 'rijnummers', 'an identifier, not an answer': 'een kenmerk, geen antwoord',
 'it follows the recommend question': 'die volgt op de aanbevelingsvraag', 'it asks why': 'die naar het waarom vraagt',
 'the free-text question nearest to the score': 'de open vraag die het dichtst bij de score staat',
 'open answer: %1': 'open antwoord: %1',
 'open questions (%1): %2; the primary one is %3, as %4': 'open vragen (%1): %2; de belangrijkste is %3, omdat dat de vraag is %4',
 'multi-select questions (each option is a segment value): %1': 'meerkeuzevragen (elke optie is een segmentwaarde): %1',
 'kept, but not shown as filters by default: %1': 'bewaard, maar standaard niet als filter getoond: %1',
 'the NPS group says %1, but the score %2 is %3; the score counts': 'de NPS-groep zegt %1, maar score %2 is %3; de score telt',
 'a detractor': 'een criticaster', 'a passive': 'een passief tevredene', 'a promoter': 'een promotor',
 'NPS group: %1, checked against the score': 'NPS-groep: %1, vergeleken met de score',
 'score: %1, chosen by its header': 'score: %1, gekozen op de kopregel',
 'score: %1, the only 0–10 column': 'score: %1, de enige kolom van 0 tot 10',
 'score: %1, chosen among %2 recommend questions because it has clearly more answers (%3; the first one has %4); the others (%5) are kept as numeric segments':
   'score: %1, gekozen uit %2 aanbevelingsvragen omdat die duidelijk meer antwoorden heeft (%3; de eerste heeft er %4); de andere (%5) blijven numerieke segmenten',
 'score: %1, the first of %2 recommend questions (a survey asks about the product itself before its parts); the others (%3) are kept as numeric segments':
   'score: %1, de eerste van %2 aanbevelingsvragen (een enquête vraagt naar het product zelf vóór de onderdelen); de andere (%3) blijven numerieke segmenten',
 '%1 columns could be the recommendation score: %2. Choose one with --map score=COLUMN.':
   '%1 kolommen kunnen de aanbevelingsscore zijn: %2. Kies er een met --map score=KOLOM.',
 'No column holds recommendation scores (whole numbers 0 to 10). Choose one with --map score=COLUMN.':
   'Geen kolom bevat aanbevelingsscores (hele getallen van 0 tot 10). Kies er een met --map score=KOLOM.',
 'date: %1': 'datum: %1',
 'date: none found; responses count everywhere except in per-period figures':
   'datum: niet gevonden; de antwoorden tellen overal mee behalve in de cijfers per periode',
 'respondent id: %1': 'respondentnummer: %1',
 '(multi-select: counts are of those who chose each)': '(meerkeuze: de aantallen zijn van wie elke optie koos)',
 '(numeric)': '(numeriek)', '(not shown by default)': '(standaard verborgen)',
 'A multi-select question: each respondent counts in every option they chose, so the rows can add up to more than 100%.':
   'Een meerkeuzevraag: elke respondent telt mee bij elke gekozen optie, dus de rijen kunnen samen meer dan 100% zijn.',
 'its header is a placeholder': 'de kopregel is een plaatshouder', 'an attention check': 'een aandachtscontrole',
 '“other” answers': 'antwoorden bij “anders”', 'years': 'jaartallen', 'answered by few': 'door weinigen beantwoord',
 'numbers that rarely repeat': 'getallen die zelden terugkomen', 'too many values to filter by': 'te veel waarden om op te filteren',
 'score: “%1” is read as %2 (the export wrote that end of the scale as a word)':
   'score: “%1” wordt gelezen als %2 (de export schreef dat uiteinde van de schaal als woord)',
 'score: %1 is a code for “no answer”, not a score': 'score: %1 is een code voor “geen antwoord”, geen score',
 'score: a 1–10 scale (no answer is 0); 1 to 6 count as detractors': 'score: een schaal van 1 tot 10 (geen enkel antwoord is 0); 1 tot en met 6 tellen als criticasters',
 'Open answer': 'Open antwoord', 'no score': 'geen score',
 'Usage: npsstudio [FILE]                  open the window (on a project or an export)\n       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]\n                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]\n       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]\n                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...\n                 [--dimensions] [--json]\n       npsstudio answers --db PROJECT.npsdb [--question Q] [--questions] [--search TEXT]\n                 [--where DIMENSION=VALUE]... [--group G]... [--from YYYY-MM-DD]\n                 [--to YYYY-MM-DD] [--json|--csv]\n       npsstudio report --db PROJECT.npsdb --quarter 2025-Q3 [--where DIMENSION=VALUE]...\n                 [--lang nl|en] [--page-size A4|Letter] [--no-mask] --out FILE.pdf|.html|.odt\n       npsstudio --screenshot FILE.png [--project P]\n       npsstudio --version | --help\n\nRun “npsstudio import --help” for the options of a command.\n':
   'Gebruik: npsstudio [BESTAND]             open het venster (op een project of een export)\n       npsstudio import BESTAND... --db PROJECT.npsdb [--strict] [--delimiter T]\n                 [--encoding NAAM] [--map ROL=KOLOM]... [--json]\n       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n                 [--by DIMENSIE] [--where DIMENSIE=WAARDE]... [--from JJJJ-MM-DD]\n                 [--to JJJJ-MM-DD] [--group promoter|passive|detractor]...\n                 [--dimensions] [--json]\n       npsstudio answers --db PROJECT.npsdb [--question V] [--questions] [--search TEKST]\n                 [--where DIMENSIE=WAARDE]... [--group G]... [--from JJJJ-MM-DD]\n                 [--to JJJJ-MM-DD] [--json|--csv]\n       npsstudio report --db PROJECT.npsdb --quarter 2025-Q3 [--where DIMENSIE=WAARDE]...\n                 [--lang nl|en] [--page-size A4|Letter] [--no-mask] --out BESTAND.pdf|.html|.odt\n       npsstudio --screenshot BESTAND.png [--project P]\n       npsstudio --version | --help\n\nVoer “npsstudio import --help” uit voor de opties van een opdracht.\n',
})
# Issue 13: the window and the report on real surveys.
NL.update({
 '● significantly different from the rest · grey: fewer than 30, last': '● significant anders dan de rest · grijs: minder dan 30, onderaan',
 "Click again to show every value's respondents.": 'Klik nog eens om de respondenten van alle waarden te tonen.',
 "Click to read these respondents' answers; Ctrl+click to add them to those chosen.": 'Klik om de antwoorden van deze respondenten te lezen; Ctrl+klik om ze aan de gekozen toe te voegen.',
 'Benchmarks and bands are set in Project ▸ Targets and Benchmarks…': 'Benchmarks en banden stelt u in via Project ▸ Doelen en benchmarks…',
 'Sort': 'Sorteren',
 'How the bars are sorted; groups of fewer than 30 come last': 'Hoe de staven gesorteerd zijn; groepen van minder dan 30 komen onderaan',
 'Largest groups first': 'Grootste groepen eerst', 'Highest NPS first': 'Hoogste NPS eerst',
 "In the answers' own order": 'In de volgorde van de antwoorden',
 'The segment question to break the NPS down by': 'De segmentvraag waarnaar de NPS wordt uitgesplitst',
 '%1: %2 (%3 points)': '%1: %2 (%3 punten)', 'Bands: %1': 'Banden: %1',
 'Only score %1': 'Alleen score %1', 'Only scores %1': 'Alleen scores %1', 'Only %1': 'Alleen %1', ' and ': ' en ',
 '%1 are selected, so the shares describe that selection only. Clear the filter to see every group.': '%1 geselecteerd: de aandelen gelden dus alleen voor die selectie. Wis het filter om alle groepen te zien.',
 "<b>CSAT</b> %1 <span style='color:%3'>(n = %2)</span>": "<b>CSAT</b> %1 <span style='color:%3'>(n = %2)</span>",
 "<b>CES</b> %1 <span style='color:%3'>(n = %2)</span>": "<b>CES</b> %1 <span style='color:%3'>(n = %2)</span>",
 'How many respondents gave each score. Click a bar to read the answers of those who gave that score; Ctrl+click to add more scores.': 'Hoeveel respondenten elke score gaven. Klik op een staaf om de antwoorden te lezen van wie die score gaf; Ctrl+klik om scores toe te voegen.',
 'score %1': 'score %1', 'scores %1': 'scores %1',
 'Only responses whose open answer contains this text (Ctrl+F)': 'Alleen antwoorden waarvan de toelichting deze tekst bevat (Ctrl+F)',
 'This export has no dates: the period and the trend need a date column (its role “Date” when you import).': 'Deze export heeft geen datums: de periode en de trend hebben een datumkolom nodig (de rol “Datum” bij het importeren).',
 'Segments': 'Segmenten', 'Find a question or value…': 'Zoek een vraag of waarde…',
 'Shows the segment questions and values that contain this text': 'Toont de segmentvragen en waarden die deze tekst bevatten',
 'More dimensions… (%1)': 'Meer dimensies… (%1)',
 'The other segment questions of this survey, the most relevant first': 'De andere segmentvragen van deze enquête, de meest relevante eerst',
 'Several answers per respondent: each option counts on its own.': 'Meerdere antwoorden per respondent: elke optie telt apart.',
 'This export has no dates, so there are no periods to choose.': 'Deze export heeft geen datums, dus er zijn geen perioden om te kiezen.',
 'No question or value contains “%1”.': 'Geen vraag of waarde bevat “%1”.',
 'Save Project &As…': 'Project opslaan &als…', '&Move Project…': 'Project &verplaatsen…', '&Project': '&Project',
 '&Targets and Benchmarks…': '&Doelen en benchmarks…', 'Ctrl+T': 'Ctrl+T', 'Find a &Question…': 'Zoek een &vraag…', 'Ctrl+Shift+F': 'Ctrl+Shift+F',
 '&Open Answers Only': 'Alleen &open antwoorden', 'The open answers over the whole height, the charts hidden': 'De open antwoorden over de hele hoogte, de grafieken verborgen',
 'Reading the responses into memory; the dashboard follows in a moment.': 'De antwoorden worden in het geheugen gelezen; het dashboard volgt zo.',
 'Cancel': 'Annuleren', 'Opening the project was cancelled.': 'Het openen van het project is geannuleerd.',
 'Project file: %1': 'Projectbestand: %1', 'Opening “%1”…': '“%1” openen…',
 'Save the New Project As': 'Het nieuwe project opslaan als', 'New project': 'Nieuw project', 'Move Project': 'Project verplaatsen',
 'Save Project As': 'Project opslaan als', 'Moving the project…': 'Het project wordt verplaatst…', 'Saving the project…': 'Het project wordt opgeslagen…',
 'Moved to %1': 'Verplaatst naar %1', 'Saved as %1': 'Opgeslagen als %1',
 'Cannot store the targets in the project: %1': 'Kan de doelen niet in het project bewaren: %1',
 'Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to +100.\nThe purple band outside the dial is the 95% interval (adjusted Wald): the true NPS lies in this range with 95% confidence.': 'Net Promoter Score: % promotors (9–10) min % criticasters (0–6), van −100 tot +100.\nDe paarse band buiten de wijzerplaat is het 95%-interval (adjusted Wald): de werkelijke NPS ligt met 95% zekerheid in dit bereik.',
 '%1: not an NPS of all respondents': '%1: geen NPS van alle respondenten',
 'Columns': 'Kolommen', 'Choose the segment questions shown as columns': 'Kies de segmentvragen die als kolom verschijnen',
 'Reading pane': 'Leesvenster', 'Show the whole answer and every segment of the current response': 'Toon het hele antwoord en elk segment van het gekozen antwoord',
 'Maximise': 'Maximaliseren', 'Ctrl+Shift+M': 'Ctrl+Shift+M', 'Give the open answers the whole height (Ctrl+Shift+M)': 'Geef de open antwoorden de hele hoogte (Ctrl+Shift+M)',
 'Choose a response to read it in full.': 'Kies een antwoord om het helemaal te lezen.', 'Only the three most relevant': 'Alleen de drie meest relevante',
 'None': 'Geen', 'Restore': 'Herstellen', 'No open answer.': 'Geen open antwoord.',
 'The project is already saved as “%1”.': 'Het project is al opgeslagen als “%1”.', 'Cannot replace “%1”.': 'Kan “%1” niet vervangen.',
 'Cannot save the project as “%1”: %2': 'Kan het project niet opslaan als “%1”: %2',
 'The project was copied to “%1”, but “%2” could not be removed.': 'Het project is gekopieerd naar “%1”, maar “%2” kon niet worden verwijderd.',
 'The project has no dated responses, so it has no quarters; report on all responses instead.': 'Het project heeft geen gedateerde antwoorden en dus geen kwartalen; rapporteer over alle antwoorden.',
 'No responses with a score for this selection (%1).': 'Geen antwoorden met een score in deze selectie (%1).',
 'Write the NPS report of a project (one quarter, or all responses) as PDF, HTML or ODT.': 'Schrijf het NPS-rapport van een project (één kwartaal, of alle antwoorden) als PDF, HTML of ODT.',
 'Report on all responses instead of one quarter (for exports without dates, or the whole survey).': 'Rapporteer over alle antwoorden in plaats van één kwartaal (voor exports zonder datums, of de hele enquête).',
 'A dimension to present with a table (repeatable; default: the 2–4 most relevant).': 'Een dimensie die met een tabel verschijnt (herhaalbaar; standaard de 2–4 meest relevante).',
 "Title on the cover (default: the one chosen for the project in the window, else the survey's name).": 'Titel op het voorblad (standaard de titel die in het venster voor het project is gekozen, anders de naam van de enquête).',
 'report: give either --quarter 2025-Q3 or --all (all responses, also for exports without dates).': 'report: geef --quarter 2025-K3 of --all (alle antwoorden, ook voor exports zonder datums).',
 'report: there is no dimension “%1”; the dimensions are: %2': 'report: er is geen dimensie “%1”; de dimensies zijn: %2',
 'Report': 'Rapport', 'NPS report': 'NPS-rapport', 'The title on the cover and in the footer; kept for this project': 'De titel op het voorblad en in de voettekst; bewaard voor dit project',
 'Title:': 'Titel:', 'Reading the quarters…': 'Kwartalen worden gelezen…',
 'A quarter is compared with the quarter before and the same quarter a year earlier; all responses are reported without a period.': 'Een kwartaal wordt vergeleken met het kwartaal ervoor en hetzelfde kwartaal een jaar eerder; alle antwoorden worden zonder periode gerapporteerd.',
 'Period:': 'Periode:', "The report follows the dashboard's segments and groups; the period is chosen here.": 'Het rapport volgt de segmenten en groepen van het dashboard; de periode kiest u hier.',
 'Segments to present': 'Segmenten in het rapport', 'One table each, with the groups of at least 30 responses.': 'Elk een tabel, met de groepen van minstens 30 antwoorden.',
 '%1 · %2 responses': '%1 · %2 antwoorden', 'The title and segments could not be kept in the project: %1': 'De titel en segmenten konden niet in het project worden bewaard: %1',
 'Report — Preview': 'Rapport — voorbeeld',
 'target %1': 'doel %1', 'In brief': 'Samenvatting',
 'The export has no dates, so there is no trend. Give its date column the role “Date” when you import it to see one.': 'De export heeft geen datums en dus geen trend. Geef de datumkolom bij het importeren de rol “Datum” om er een te zien.',
 '“%1” — in %2 answers': '“%1” — in %2 antwoorden', 'No detractor left a comment in this selection.': 'Geen criticaster gaf een toelichting in deze selectie.',
 'NPS report · all responses (the export has no dates)': 'NPS-rapport · alle antwoorden (de export heeft geen datums)',
 'NPS report · all responses (%1 to %2)': 'NPS-rapport · alle antwoorden (%1 tot en met %2)',
 'only score %1': 'alleen score %1', 'only %1': 'alleen %1',
 '%1 “%2”: %3 on %4 (now %5, n = %6; %7).': '%1 “%2”: %3 ten opzichte van %4 (nu %5, n = %6; %7).',
 '%1 “%2” stands apart: %3 against %4 for the rest (n = %5; %6).': '%1 “%2” valt op: %3 tegenover %4 voor de rest (n = %5; %6).',
 'This report covers %1, so its NPS of %2 (n = %3) describes that selection, not all respondents.': 'Dit rapport gaat over %1; de NPS van %2 (n = %3) beschrijft dus die selectie, niet alle respondenten.',
 'Over all responses the NPS is %1 (95% interval %2, n = %3): %4.': 'Over alle antwoorden is de NPS %1 (95%-interval %2, n = %3): %4.',
 'In %1 the NPS was %2 (95% interval %3, n = %4): %5.': 'In %1 was de NPS %2 (95%-interval %3, n = %4): %5.',
 'There are no responses in %1 to compare with.': 'Er zijn geen antwoorden in %1 om mee te vergelijken.',
 'That is %1 on %2 (%3).': 'Dat is %1 ten opzichte van %2 (%3).',
 'Against %1 it moved %2 points, within the margin of error (%3).': 'Ten opzichte van %1 veranderde de NPS %2 punten, binnen de foutmarge (%3).',
 'The score is %1.': 'De score is %1.',
 'No group of the segments in this report differs significantly from the rest.': 'Geen groep van de segmenten in dit rapport verschilt significant van de rest.',
 'Detractors most often mention “%1” (%2 answers).': 'Criticasters noemen het vaakst “%1” (%2 antwoorden).',
 'Benchmark %1: %2 (%3 points)': 'Benchmark %1: %2 (%3 punten)', '— source: %1': '— bron: %1',
 'Bands: below %1, %1 to %2, %2 to %3, %3 and up': 'Banden: onder %1, %1 tot %2, %2 tot %3, %3 en hoger',
 'NPS per quarter, with its 95% interval and the number of responses': 'NPS per kwartaal, met het 95%-interval en het aantal antwoorden',
 'vs. the rest': 't.o.v. de rest', 'Target': 'Doel', 'yes': 'ja',
 '%1 smaller groups (fewer than %2 responses each) are left out of the table: n = %3 together, NPS %4.': '%1 kleinere groepen (elk minder dan %2 antwoorden) staan niet in de tabel: samen n = %3, NPS %4.',
 'NPS is the share of promoters (scores 9–10) minus the share of detractors (%3), from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are added before the standard error is computed. Two periods or segments differ significantly when the two-sided p-value of their difference is below 0.05. Tables list the groups with at least %1 responses; smaller groups are summed beneath them. Responses without a score (%2 in this selection) are left out of the NPS; their answers are kept.': 'De NPS is het aandeel promotors (scores 9–10) min het aandeel criticasters (%3), van −100 tot +100; passief tevredenen (7–8) tellen alleen mee in het totaal. Het 95%-interval volgt de adjusted Wald-methode (Rocks 2016): er worden 0,75 criticaster, 1,5 passief tevredene en 0,75 promotor bijgeteld voordat de standaardfout wordt berekend. Twee perioden of segmenten verschillen significant als de tweezijdige p-waarde van hun verschil onder 0,05 ligt. Tabellen tonen de groepen met minstens %1 antwoorden; kleinere groepen staan er samengeteld onder. Antwoorden zonder score (%2 in deze selectie) tellen niet mee in de NPS; hun toelichtingen zijn bewaard.',
 'above the target of %1': 'boven het doel van %1', 'on target (%1), within the margin of error': 'op het doel (%1), binnen de foutmarge',
 'below the target of %1, but within the margin of error': 'onder het doel van %1, maar binnen de foutmarge', 'below the target of %1': 'onder het doel van %1',
 'Add': 'Toevoegen', 'Target NPS for this project:': 'Doel-NPS voor dit project:', 'Targets and Benchmarks': 'Doelen en benchmarks',
 'A score is on target when its NPS meets the target; the window and the report say whether the difference is within the margin of error. Everything here is kept in the project file.': 'Een score haalt het doel als de NPS het doel bereikt; het venster en het rapport zeggen of het verschil binnen de foutmarge valt. Alles hier wordt in het projectbestand bewaard.',
 'Targets': 'Doelen', 'Targets for segment values (shown in the report):': 'Doelen voor segmentwaarden (in het rapport):',
 'Question': 'Vraag', 'Reference bands': 'Referentiebanden', 'needs attention below': 'aandacht nodig onder', 'strong from': 'sterk vanaf',
 'excellent from': 'uitstekend vanaf', 'The usual bands (0 / 30 / 50)': 'De gangbare banden (0 / 30 / 50)',
 'e.g. the sector study the limits come from': 'bijv. de sectorstudie waar de grenzen vandaan komen', 'Source:': 'Bron:',
 'Benchmarks, shown beside the score': 'Benchmarks, naast de score getoond', 'Name': 'Naam', 'Industry average': 'Branchegemiddelde',
 'The bands must rise: “needs attention below” under “strong from” under “excellent from”.': 'De banden moeten oplopen: “aandacht nodig onder” lager dan “sterk vanaf”, lager dan “uitstekend vanaf”.',
 'This export has no dates, so there is no trend over time.\n\nTo see one, import the export again (File ▸ Import Exports…) and give its date column the role “Date”; the figures of all responses stay on the other cards.': 'Deze export heeft geen datums en dus geen trend in de tijd.\n\nImporteer de export opnieuw (Bestand ▸ Exports importeren…) en geef de datumkolom de rol “Datum” om er een te zien; de cijfers van alle antwoorden staan op de andere kaarten.',
 'Usage: npsstudio [FILE]                  open the window (on a project or an export)\n       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]\n                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]\n       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]\n                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...\n                 [--dimensions] [--json]\n       npsstudio report --db PROJECT.npsdb (--quarter 2025-Q3 | --all)\n                 [--by DIMENSION]... [--where DIMENSION=VALUE]... [--lang nl|en]\n                 [--page-size A4|Letter] [--no-mask] [--title TEXT]\n                 --out FILE.pdf|.html|.odt\n       npsstudio --screenshot FILE.png [--project P] [--size WxH] [--lang nl|en] [--dark]\n       npsstudio --version | --help\n\nRun “npsstudio import --help” for the options of a command.\n':
   'Gebruik: npsstudio [BESTAND]             open het venster (op een project of een export)\n       npsstudio import BESTAND... --db PROJECT.npsdb [--strict] [--delimiter C]\n                 [--encoding NAAM] [--map ROL=KOLOM]... [--json]\n       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n                 [--by DIMENSIE] [--where DIMENSIE=WAARDE]... [--from JJJJ-MM-DD]\n                 [--to JJJJ-MM-DD] [--group promoter|passive|detractor]...\n                 [--dimensions] [--json]\n       npsstudio report --db PROJECT.npsdb (--quarter 2025-K3 | --all)\n                 [--by DIMENSIE]... [--where DIMENSIE=WAARDE]... [--lang nl|en]\n                 [--page-size A4|Letter] [--no-mask] [--title TEKST]\n                 --out BESTAND.pdf|.html|.odt\n       npsstudio --screenshot BESTAND.png [--project P] [--size BxH] [--lang nl|en] [--dark]\n       npsstudio --version | --help\n\nVoer “npsstudio import --help” uit voor de opties van een commando.\n',
})
# Detection lines of the import (core/csv, core/import), ready for when they are wrapped in
# QCoreApplication::translate; and the layouts' names as stored with each import.
NL.update({
 'UTF-8 byte-order mark': 'UTF-8-bytevolgordemarkering', 'UTF-16 little-endian byte-order mark': 'UTF-16 little-endian-bytevolgordemarkering',
 'UTF-16 big-endian byte-order mark': 'UTF-16 big-endian-bytevolgordemarkering', 'UTF-16 pattern of zero bytes': 'UTF-16-patroon van nulbytes',
 'plain ASCII, read as UTF-8': 'gewone ASCII, gelezen als UTF-8', 'valid UTF-8': 'geldige UTF-8',
 'not UTF-8; Windows-1252 as Excel writes it': 'geen UTF-8; Windows-1252 zoals Excel het schrijft', 'detected by libuchardet': 'herkend door libuchardet',
 'chosen by the user': 'gekozen door de gebruiker', 'no delimiter found; one column assumed': 'geen scheidingsteken gevonden; één kolom aangenomen',
 '%1 columns on most lines': '%1 kolommen op de meeste regels',
 'score: “%1”, chosen by its header': 'score: “%1”, gekozen op de kop', 'score: “%1”, the only 0–10 column': 'score: “%1”, de enige kolom met 0–10',
 'date: “%1”': 'datum: “%1”', 'respondent id: “%1”': 'respondentnummer: “%1”', 'open answer: “%1”': 'open antwoord: “%1”',
 'personal data': 'persoonsgegevens', 'survey tool metadata': 'metagegevens van de enquêtetool', 'another date': 'nog een datum', 'free text': 'vrije tekst',
 'Generic (one header row)': 'Algemeen (één kopregel)', 'SurveyMonkey (two header rows)': 'SurveyMonkey (twee kopregels)',
 'Qualtrics (three header rows)': 'Qualtrics (drie kopregels)', 'Qualtrics legacy (two header rows)': 'Qualtrics, oude indeling (twee kopregels)',
 'Google Forms': 'Google Formulieren', 'Microsoft Forms': 'Microsoft Forms', 'Delighted / Medallia-style flat export': 'Platte export in de stijl van Delighted / Medallia',
})
NL.update({'Score %1': 'Score %1', 'Scores %1': 'Scores %1'})
NL.update({'Lines %1–%2': 'Regels %1–%2', 'Line %1': 'Regel %1', 'the quote that opens field %1 on line %2 is never closed': 'het aanhalingsteken dat veld %1 op regel %2 opent, wordt nooit gesloten', 'the quote that opens field %1 is never closed': 'het aanhalingsteken dat veld %1 opent, wordt nooit gesloten', '(line %1 reads as the next record)': '(regel %1 leest als het volgende record)', 'before the end of the file': 'voor het einde van het bestand', 'these lines are left out as one record': 'deze regels zijn als één record weggelaten', 'this record is left out': 'dit record is weggelaten',
 'it is missing': 'het ontbreekt', 'it unpacks to more than %1 MB': 'het pakt uit tot meer dan %1 MB', 'it unpacks to more than %1 times its packed size': 'het pakt uit tot meer dan %1 keer zijn ingepakte grootte', 'its packed data is damaged': 'de ingepakte gegevens zijn beschadigd',
 '“%1”: the workbook is too large or damaged (%2: %3).': '“%1”: de werkmap is te groot of beschadigd (%2: %3).', '“%1” is not a readable .xlsx workbook: it has no %2.': '“%1” is geen leesbare .xlsx-werkmap: %2 ontbreekt.', '“%1” is damaged: %2 inside it: %3.': '“%1” is beschadigd: %2 erin: %3.', '“%1” is damaged: %2 inside it is not valid XML (%3).': '“%1” is beschadigd: %2 erin is geen geldige XML (%3).', 'a text of more than %1 characters': 'een tekst van meer dan %1 tekens', 'texts of more than %1 characters': 'teksten van meer dan %1 tekens', '“%1” is damaged: the sheet “%2” cannot be read to the end (%3).': '“%1” is beschadigd: het werkblad “%2” kan niet tot het einde worden gelezen (%3).', '“%1” is damaged: the sheet “%2” ends early.': '“%1” is beschadigd: het werkblad “%2” houdt te vroeg op.', 'a cell of more than %1 characters': 'een cel van meer dan %1 tekens', '“%1” is damaged: cell %2 of the sheet “%3” refers to text number %4, but the workbook has %5 texts.': '“%1” is beschadigd: cel %2 van het werkblad “%3” verwijst naar tekst nummer %4, maar de werkmap heeft %5 teksten.', '“%1” is damaged: it cannot be read as a workbook (%2).': '“%1” is beschadigd: het kan niet als werkmap worden gelezen (%2).', '“%1” is not an .xlsx workbook: it is %2.': '“%1” is geen .xlsx-werkmap: het is %2.', '“%1” is not an .xlsx workbook (%2).': '“%1” is geen .xlsx-werkmap (%2).',
 'a PNG image': 'een PNG-afbeelding', 'a JPEG image': 'een JPEG-afbeelding', 'a GIF image': 'een GIF-afbeelding', 'a PDF document': 'een PDF-document', 'a ZIP archive (a workbook or another document)': 'een ZIP-archief (een werkmap of een ander document)', 'an old .xls workbook or a password-protected file': 'een oude .xls-werkmap of een met een wachtwoord beveiligd bestand', 'a gzip archive': 'een gzip-archief', 'an SQLite database (an NPS Studio project?)': 'een SQLite-database (een NPS Studio-project?)', 'a program': 'een programma', '“%1” is not a text export: it is %2. Export the survey as CSV, or save it as an .xlsx workbook.': '“%1” is geen tekstexport: het is %2. Exporteer de enquête als CSV, of sla haar op als .xlsx-werkmap.', '“%1” is not a text export: it holds binary data (%2 control characters in its first %3 bytes).': '“%1” is geen tekstexport: het bevat binaire gegevens (%2 stuurtekens in de eerste %3 bytes).',
 '“%1”: its header row is broken: %2': '“%1”: de kopregel is kapot: %2', '“%1” has a header but no responses: nothing to import.': '“%1” heeft een kopregel maar geen antwoorden: er is niets te importeren.',
 '“%1” does not exist.': '“%1” bestaat niet.', '“%1” is a folder, not a project file.': '“%1” is een map, geen projectbestand.', 'Cannot read “%1”: %2': 'Kan “%1” niet lezen: %2', '“%1” is not an NPS Studio project: it is not an SQLite database.': '“%1” is geen NPS Studio-project: het is geen SQLite-database.', 'It can still be read: npsstudio summary, report, and the window open it read-only.': 'Lezen kan nog: npsstudio summary, report en het venster openen het alleen-lezen.', 'Cannot write to “%1”: it is on a read-only medium. %2': 'Kan niet naar “%1” schrijven: het staat op een alleen-lezen medium. %2', 'Cannot write to “%1”: the file is read-only. %2': 'Kan niet naar “%1” schrijven: het bestand is alleen-lezen. %2', 'Cannot write to “%1”: its folder “%2” is read-only (a project keeps its journal next to it). %3': 'Kan niet naar “%1” schrijven: de map “%2” is alleen-lezen (een project houdt zijn journaal ernaast bij). %3', 'Cannot write to “%1”: the disk is full (%2 free). Nothing was changed.': 'Kan niet naar “%1” schrijven: de schijf is vol (%2 vrij). Er is niets veranderd.', 'Cannot write to “%1”: it is read-only (%2).': 'Kan niet naar “%1” schrijven: het is alleen-lezen (%2).', 'Cannot write to “%1”: the disk refused the write (%2). Nothing was changed.': 'Kan niet naar “%1” schrijven: de schijf weigerde het schrijven (%2). Er is niets veranderd.',
 '“%1” cannot be read as a project: %2': '“%1” kan niet als project worden gelezen: %2', '“%1” is not an NPS Studio project: it is the database of another application (tables: %2). It was left as it was.': '“%1” is geen NPS Studio-project: het is de database van een ander programma (tabellen: %2). Het is ongewijzigd gelaten.', '“%1” is not an NPS Studio project: it holds no project yet.': '“%1” is geen NPS Studio-project: er staat nog geen project in.', '“%1” was saved by an older NPS Studio (project version %2). Open it once with write access — import into it, or open it in the window — to bring it up to version %3; then it can be read.': '“%1” is opgeslagen door een oudere NPS Studio (projectversie %2). Open het één keer met schrijfrechten — importeer erin, of open het in het venster — om het naar versie %3 te brengen; daarna kan het worden gelezen.', '“%1” is open read-only.': '“%1” is alleen-lezen geopend.', 'The wait for another import was cancelled; nothing was changed.': 'Het wachten op een andere import is geannuleerd; er is niets veranderd.', '“%1” has been in use by another import (or program) for %2 s; nothing was changed. Try again when it has finished.': '“%1” is al %2 s in gebruik door een andere import (of een ander programma); er is niets veranderd. Probeer het opnieuw als die klaar is.',
 'npsstudio: waiting for another import to finish…': 'npsstudio: wachten tot een andere import klaar is…', 'npsstudio: still waiting for another import (%1 s)…': 'npsstudio: nog steeds aan het wachten op een andere import (%1 s)…', '%1 of %2 files imported (%3 with skipped rows), %4 failed.': '%1 van %2 bestanden geïmporteerd (%3 met overgeslagen rijen), %4 mislukt.',
 'Waiting for another import to finish…': 'Wachten tot een andere import klaar is…', '%1 (read-only) — NPS Studio': '%1 (alleen-lezen) — NPS Studio'})

# The merged usage (answers, themes, report --all/--title, screenshot options) and the write refusal.
NL.update({
 'Usage: npsstudio [FILE]                  open the window (on a project or an export)\n       npsstudio import FILE... --db PROJECT.npsdb [--strict] [--delimiter C]\n                 [--encoding NAME] [--map ROLE=COLUMN]... [--json]\n       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n                 [--by DIMENSION] [--where DIMENSION=VALUE]... [--from YYYY-MM-DD]\n                 [--to YYYY-MM-DD] [--group promoter|passive|detractor]...\n                 [--dimensions] [--json]\n       npsstudio answers --db PROJECT.npsdb [--question Q] [--questions] [--search TEXT]\n                 [--where DIMENSION=VALUE]... [--group G]... [--from YYYY-MM-DD]\n                 [--to YYYY-MM-DD] [--json|--csv]\n       npsstudio themes --db PROJECT.npsdb [--where DIMENSION=VALUE]...\n                 [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--group G]...\n                 [--period month|quarter|year] [--suggest] [--limit N] [--quotes N]\n                 [--json]\n       npsstudio report --db PROJECT.npsdb (--quarter 2025-Q3 | --all)\n                 [--by DIMENSION]... [--where DIMENSION=VALUE]... [--lang nl|en]\n                 [--page-size A4|Letter] [--no-mask] [--title TEXT]\n                 --out FILE.pdf|.html|.odt\n       npsstudio --screenshot FILE.png [--project P] [--size WxH] [--lang nl|en] [--dark]\n       npsstudio --version | --help\n\nRun “npsstudio import --help” for the options of a command.\n':
   'Gebruik: npsstudio [BESTAND]             open het venster (op een project of een export)\n       npsstudio import BESTAND... --db PROJECT.npsdb [--strict] [--delimiter C]\n                 [--encoding NAAM] [--map ROL=KOLOM]... [--json]\n       npsstudio summary --db PROJECT.npsdb [--period month|quarter|year]\n                 [--by DIMENSIE] [--where DIMENSIE=WAARDE]... [--from JJJJ-MM-DD]\n                 [--to JJJJ-MM-DD] [--group promoter|passive|detractor]...\n                 [--dimensions] [--json]\n       npsstudio answers --db PROJECT.npsdb [--question V] [--questions] [--search TEKST]\n                 [--where DIMENSIE=WAARDE]... [--group G]... [--from JJJJ-MM-DD]\n                 [--to JJJJ-MM-DD] [--json|--csv]\n       npsstudio themes --db PROJECT.npsdb [--where DIMENSIE=WAARDE]...\n                 [--from JJJJ-MM-DD] [--to JJJJ-MM-DD] [--group G]...\n                 [--period month|quarter|year] [--suggest] [--limit N] [--quotes N]\n                 [--json]\n       npsstudio report --db PROJECT.npsdb (--quarter 2025-K3 | --all)\n                 [--by DIMENSIE]... [--where DIMENSIE=WAARDE]... [--lang nl|en]\n                 [--page-size A4|Letter] [--no-mask] [--title TEKST]\n                 --out BESTAND.pdf|.html|.odt\n       npsstudio --screenshot BESTAND.png [--project P] [--size BxH] [--lang nl|en] [--dark]\n       npsstudio --version | --help\n\nVoer “npsstudio import --help” uit voor de opties van een commando.\n',
 'Cannot write to “%1”: ': 'Kan niet naar “%1” schrijven: ',
 'open': 'open',
 'Detractors (1–6)': 'Criticasters (1–6)',
 'respondent id: %1, by its values (each different, all of one shape)':
   'respondentnummer: %1, aan de waarden (elk anders, alle van één vorm)',
 'Cannot open “%1”: another NPS Studio has been opening it for %2 s. Try again when it is done.':
   'Kan “%1” niet openen: een andere NPS Studio is het al %2 s aan het openen. Probeer het opnieuw als die klaar is.',
})

# Themes (the text pipeline, the codebook, the themes command and models).
NL.update({
 'There is no theme %1.': 'Er is geen thema %1.', 'A theme needs a name.': 'Een thema heeft een naam nodig.',
 'Rename “%1” to “%2”': 'Hernoem “%1” naar “%2”', 'Choose two or more different themes to merge.': 'Kies twee of meer verschillende thema’s om samen te voegen.',
 'Merge %1 into “%2”': 'Voeg %1 samen met “%2”', 'The new theme needs a name.': 'Het nieuwe thema heeft een naam nodig.',
 'Choose the keywords of the new theme.': 'Kies de trefwoorden van het nieuwe thema.', '“%1” has no keyword “%2”.': '“%1” heeft geen trefwoord “%2”.',
 '“%1” would keep no keyword; rename it instead.': '“%1” zou geen trefwoord overhouden; hernoem het liever.',
 'Split “%1” from “%2”': 'Splits “%1” af van “%2”', 'Delete “%1”': 'Verwijder “%1”', 'A keyword cannot be empty.': 'Een trefwoord kan niet leeg zijn.',
 '“%1” already has the keyword “%2”.': '“%1” heeft het trefwoord “%2” al.', 'Add “%1” to “%2”': 'Voeg “%1” toe aan “%2”',
 'Remove “%1” from “%2”': 'Haal “%1” weg uit “%2”', 'New theme “%1”': 'Nieuw thema “%1”', 'Search for something first.': 'Zoek eerst iets.',
 'Suggest themes again': 'Thema’s opnieuw voorstellen', 'contacted': 'benaderd', 'resolved': 'opgelost', 'in progress': 'bezig', 'done': 'klaar',
 'Respondent': 'Respondent', 'Answer': 'Antwoord', 'Themes': 'Thema’s', 'Status': 'Status', 'Note': 'Notitie',
 'Cannot write the follow-up list: %1': 'Kan de opvolglijst niet schrijven: %1',
 'Dutch': 'Nederlands', 'English': 'Engels', 'German': 'Duits', 'French': 'Frans', 'Spanish': 'Spaans', 'unknown': 'onbekend',
 'No themes yet: “npsstudio themes” suggests them.': 'Nog geen thema’s: “npsstudio themes” stelt ze voor.',
 'Themes: %1 of %2 new answers carry one of the %3 themes.': 'Thema’s: %1 van de %2 nieuwe antwoorden hebben een van de %3 thema’s.',
 'Cannot store the themes: %1': 'Kan de thema’s niet opslaan: %1', 'Say what the action is.': 'Zeg wat de actie is.',
 'There is no action %1.': 'Er is geen actie %1.', 'unchanged': 'onveranderd', 'rising significantly': 'significant stijgend',
 'rising, within the margin of error': 'stijgend, binnen de foutmarge', 'falling significantly': 'significant dalend',
 'falling, within the margin of error': 'dalend, binnen de foutmarge',
 '%1 against those who do not mention it (p = %2)': '%1 tegenover wie het niet noemt (p = %2)',
 'Theme': 'Thema', 'Mentions': 'Vermeldingen', 'Of answers': 'Van de antwoorden', 'Impact': 'Impact', 'Keywords': 'Trefwoorden',
 'NPS Studio themes of %1': 'NPS Studio-thema’s van %1',
 "Method: 95% interval, adjusted Wald (Rocks 2016); impact: the NPS points the score would gain if the theme's detractors were passives":
   'Methode: 95%-interval, adjusted Wald (Rocks 2016); impact: de NPS-punten die de score zou winnen als de criticasters van het thema passief tevreden waren',
 'No themes: the answers have too few words in common.': 'Geen thema’s: de antwoorden hebben te weinig woorden gemeen.',
 'vs.': 't.o.v.', "the NPS of those who mention it differs significantly from the others'": 'de NPS van wie het noemt verschilt significant van die van de anderen',
 'What passives mention more than promoters:': 'Wat passief tevredenen vaker noemen dan promotors:',
 "Sentiment: %1 of the promoters' answers read positive, %2 of the detractors' negative (agreement %3).":
   'Sentiment: %1 van de antwoorden van promotors leest positief, %2 van die van criticasters negatief (overeenstemming %3).',
 'Promoters in their own words (personal data masked):': 'Promotors in hun eigen woorden (persoonsgegevens verborgen):',
 'Print the themes of the open answers: mentions, the NPS of those who mention each theme with its interval, its impact on the NPS and its trend.':
   'Toon de thema’s van de open antwoorden: vermeldingen, de NPS van wie elk thema noemt met het interval, de impact op de NPS en de trend.',
 'The themes command.': 'De opdracht themes.', 'Suggest the themes again (the ones you edited or made stay).': 'Stel de thema’s opnieuw voor (die u bewerkte of maakte blijven).',
 'Print at most this many themes (0: all).': 'Toon hoogstens zoveel thema’s (0: alle).', 'Promoter quotes per theme.': 'Citaten van promotors per thema.',
 'themes: name the project with --db PROJECT.npsdb.': 'themes: noem het project met --db PROJECT.npsdb.',
 'themes: there is no project “%1”.': 'themes: er is geen project “%1”.', 'themes: --limit and --quotes take a number.': 'themes: --limit en --quotes verwachten een getal.',
 'passives': 'passief tevredenen', 'promoters': 'promotors',
 'Themes: %1% of the newest %2 distinct answers carry one of the %3 themes.': 'Thema’s: %1% van de nieuwste %2 verschillende antwoorden heeft een van de %3 thema’s.',
})
NL.update({
 'not UTF-8; detector said %1, read as Windows-1252 as Excel writes Western text': 'geen UTF-8; de detector zei %1, gelezen als Windows-1252 zoals Excel westerse tekst schrijft',
 'tab': 'tab', 'Open question': 'Open vraag', '%1 (%2)': '%1 (%2)', 'Typeform': 'Typeform', 'LimeSurvey': 'LimeSurvey',
})
NL.update({
 'ignored by the user': 'door de gebruiker genegeerd', 'Excel serial day numbers': 'Excel-dagnummers',
 'Unix seconds': 'Unix-seconden', 'year-month-day': 'jaar-maand-dag', 'day-month-year': 'dag-maand-jaar',
 'month/day/year': 'maand/dag/jaar', 'undecided': 'onbeslist',
 ' (no value settled the order; taken from the locale)': ' (geen waarde besliste de volgorde; overgenomen van de landinstelling)',
})
NL.update({
 'Cancelling: the project stays as it was…': 'Bezig met annuleren: het project blijft zoals het was…',
 'Stop the import; the project stays as it was': 'Stop het importeren; het project blijft zoals het was',
 'Cancelling the import…': 'Het importeren wordt geannuleerd…',
})
NUMERUS.update({
 '%1 of %2 responses answered the open question; %n themes.': ['%1 van de %2 respondenten beantwoordden de open vraag; %n thema.', '%1 van de %2 respondenten beantwoordden de open vraag; %n thema’s.'],
 'If the %n detractors who mention it were passives, the NPS would be %1 points higher.': ['Als de %n criticaster die het noemt passief tevreden was, zou de NPS %1 punten hoger zijn.', 'Als de %n criticasters die het noemen passief tevreden waren, zou de NPS %1 punten hoger zijn.'],
})
NL.update({
 "What the answers are about, each theme's NPS and what it costs the score": 'Waar de antwoorden over gaan, de NPS per thema en wat elk thema de score kost',
 'theme “%1”': 'thema “%1”', 'Theme: %1': 'Thema: %1',
 'Follow Up Detractors': 'Criticasters opvolgen', 'Status:': 'Status:',
 'Show only the detractors with this status': 'Toon alleen de criticasters met deze status',
 'Export to CSV…': 'Exporteren naar CSV…', 'Export to CSV': 'Exporteren naar CSV',
 'Cannot store the follow-up: %1': 'Kan de opvolging niet opslaan: %1',
 'Reading the detractors…': 'De criticasters worden gelezen…',
 'The follow-ups could not be read: %1': 'De opvolgingen konden niet worden gelezen: %1',
 'follow-up': 'opvolging',
 '&Follow Up Detractors…': 'Criticasters &opvolgen…', 'Ctrl+Shift+D': 'Ctrl+Shift+D',
 "Impact: the NPS points the score would gain if the theme's detractors were passives. Click a theme to filter the dashboard to the responses that mention it; double-click to read their answers.":
   'Impact: de NPS-punten die de score zou winnen als de criticasters van het thema passief tevreden waren. Klik op een thema om het dashboard te filteren op de antwoorden die het noemen; dubbelklik om ze te lezen.',
 'No open answers to read.': 'Geen open antwoorden om te lezen.',
 'Reading the open answers and finding their themes…': 'De open antwoorden worden gelezen en in thema’s ingedeeld…',
 'The themes could not be read: %1': 'De thema’s konden niet worden gelezen: %1',
 "Impact: the NPS points the score would gain if the theme's detractors were passives. Beneath each theme a promoter's answer, personal data masked.":
   'Impact: de NPS-punten die de score zou winnen als de criticasters van het thema passief tevreden waren. Onder elk thema het antwoord van een promotor, met persoonsgegevens verborgen.',
 '<b>%1</b> %2 vs. %3': '<b>%1</b> %2 t.o.v. %3',
 '<i>Passives mention no theme more often than promoters.</i>': '<i>Passief tevredenen noemen geen thema vaker dan promotors.</i>',
 'Passives mention more than promoters: %1': 'Passief tevredenen noemen vaker dan promotors: %1',
 "What stands between a 7–8 and a 9–10: the share of passives' and of promoters' answers that mention each theme. Grey: within the margin of error.":
   'Wat tussen een 7–8 en een 9–10 staat: het aandeel antwoorden van passief tevredenen en van promotors dat elk thema noemt. Grijs: binnen de foutmarge.',
})
NUMERUS.update({
 "%n detractors under the dashboard's filter (%1 still open). Double-click a status or a note to change it; changes are stored in the project at once.":
   ['%n criticaster binnen het filter van het dashboard (%1 nog open). Dubbelklik op een status of notitie om die te wijzigen; wijzigingen worden meteen in het project bewaard.',
    '%n criticasters binnen het filter van het dashboard (%1 nog open). Dubbelklik op een status of notitie om die te wijzigen; wijzigingen worden meteen in het project bewaard.'],
 '%n themes in %1 of %2 answers to “%3”: what respondents value, the most mentioned first': ['%n thema in %1 van de %2 antwoorden op “%3”: wat respondenten waarderen, het vaakst genoemde eerst', '%n thema’s in %1 van de %2 antwoorden op “%3”: wat respondenten waarderen, het vaakst genoemde eerst'],
 '%n themes in %1 of %2 answers, the largest impact first': ['%n thema in %1 van de %2 antwoorden, de grootste impact eerst', '%n thema’s in %1 van de %2 antwoorden, de grootste impact eerst'],
})
NL.update({'No themes: %1 of %2 responses answered the open question, and their answers have too few words in common.': 'Geen thema’s: %1 van de %2 respondenten beantwoordden de open vraag, en hun antwoorden hebben te weinig woorden gemeen.'})
NL.update({
 'Themes that cost the score most': 'Thema’s die de score het meest kosten',
 'Passives, the silent middle': 'Passief tevredenen, het stille midden',
 'NPS %1': 'NPS %1', '(95% interval %1)': '(95%-interval %1)',
 'Impact %1 points · %2 answers (%3) · %4': 'Impact %1 punten · %2 antwoorden (%3) · %4',
 '%1 points, significant': '%1 punten, significant',
 '%1 points, within the margin of error': '%1 punten, binnen de foutmarge',
 'Against %1: %2 → %3 of the answers (%4)': 'Tegenover %1: %2 → %3 van de antwoorden (%4)',
 '%1 against %2: %3': '%1 tegenover %2: %3',
 'due %1': 'uiterlijk %1', 'Action: %1 (%2)': 'Actie: %1 (%2)',
 'Themes that rose most: %1.': 'Thema’s die het meest stegen: %1.',
 '%1 (%2 of passives, %3 of promoters%4)': '%1 (%2 van de passief tevredenen, %3 van de promotors%4)',
 ', within the margin of error': ', binnen de foutmarge',
 'Passives mention no theme more often than promoters.': 'Passief tevredenen noemen geen thema vaker dan promotors.',
 'What stands between a 7–8 and a 9–10 — passives mention more than promoters: %1.': 'Wat tussen een 7–8 en een 9–10 staat — passief tevredenen noemen vaker dan promotors: %1.',
})
NL.update({
 'Undo': 'Ongedaan maken', 'Redo': 'Opnieuw', 'Edit Themes': 'Thema’s bewerken', 'Name:': 'Naam:',
 'Words or phrases, comma separated: factuur, invoice': 'Woorden of zinsdelen, gescheiden door komma’s: factuur, invoice',
 'Keywords:': 'Trefwoorden:', 'Merge Selected': 'Selectie samenvoegen',
 'One theme of the selected ones, with all their keywords': 'Eén thema van de geselecteerde, met al hun trefwoorden',
 'Delete': 'Verwijderen', '%1 (%2)': '%1 (%2)', 'Edit Themes…': 'Thema’s bewerken…',
 'Rename, merge or delete themes and edit their keywords': 'Thema’s hernoemen, samenvoegen of verwijderen en hun trefwoorden bewerken',
 'The themes are still being read.': 'De thema’s worden nog gelezen.',
})
NUMERUS.update({'These keywords find %n responses.': ['Deze trefwoorden vinden %n antwoord.', 'Deze trefwoorden vinden %n antwoorden.']})
NL.update({
 'Actions on “%1”': 'Acties voor “%1”',
 'What is being done about “%1”: edit a cell to change it, it is stored in the project at once. For a finished action, the theme before and after its day shows whether it worked.':
   'Wat er aan “%1” wordt gedaan: bewerk een cel om die te wijzigen, het wordt meteen in het project bewaard. Bij een afgeronde actie laat het thema voor en na die dag zien of het werkte.',
 'What': 'Wat', 'Owner': 'Eigenaar', 'Due': 'Uiterlijk', 'Done on': 'Afgerond op',
 'Add Action': 'Actie toevoegen', 'New action': 'Nieuwe actie',
 '<i>Mark an action done to see the theme before and after it.</i>': '<i>Markeer een actie als afgerond om het thema ervoor en erna te zien.</i>',
 '%1 of the answers (%2), NPS %3%4': '%1 van de antwoorden (%2), NPS %3%4',
 'The share of answers that mention it changed significantly (%1 points).': 'Het aandeel antwoorden dat het noemt is significant veranderd (%1 punten).',
 'The change in its share (%1 points) is within the margin of error.': 'De verandering van het aandeel (%1 punten) valt binnen de foutmarge.',
 '<b>Before %1:</b> %2<br><b>From %1 on:</b> %3<br>%4': '<b>Voor %1:</b> %2<br><b>Vanaf %1:</b> %3<br>%4',
 'Actions…': 'Acties…',
 'What is being done about the chosen theme, and whether it worked': 'Wat er aan het gekozen thema wordt gedaan, en of het werkt',
})
NL.update({'Actions: %1 open': 'Acties: %1 open'})

# Team projects on PostgreSQL (admin init, copy, the URL and its roles).
NL.update({
 'Set up a team project on PostgreSQL: its schema, and the roles PROJECT_viewer (reads) and PROJECT_editor (imports, removes imports, edits themes and follow-ups).':
   'Richt een teamproject in op PostgreSQL: zijn schema en de rollen PROJECT_viewer (leest) en PROJECT_editor (importeert, verwijdert imports, bewerkt thema’s en opvolgingen).',
 'The admin command.': 'Het beheercommando.',
 'Create the project and its roles.': 'Maak het project en zijn rollen aan.',
 'The team project: postgresql://OWNER@HOST:PORT/DATABASE[?project=NAME&sslmode=require].':
   'Het teamproject: postgresql://EIGENAAR@HOST:POORT/DATABASE[?project=NAAM&sslmode=require].',
 'A login role that may read the project.': 'Een inlogrol die het project mag lezen.',
 'A login role that may also change it.': 'Een inlogrol die het ook mag wijzigen.',
 'admin: the one action is “init”: npsstudio admin init --db URL.':
   'admin: de enige actie is “init”: npsstudio admin init --db URL.',
 'admin init: --db takes a team project on PostgreSQL (postgresql://OWNER@HOST:5432/DATABASE?project=NAME); a project file needs no set-up.':
   'admin init: --db neemt een teamproject op PostgreSQL (postgresql://EIGENAAR@HOST:5432/DATABASE?project=NAAM); een projectbestand hoeft niet ingericht te worden.',
 'The team project %1 is ready (schema version %2).\nReaders: GRANT %3 TO someone;   editors: GRANT %4 TO someone;\nthen each opens it with --db %1\n':
   'Het teamproject %1 is klaar (schemaversie %2).\nLezers: GRANT %3 TO iemand;   bewerkers: GRANT %4 TO iemand;\ndaarna opent ieder het met --db %1\n',
 '%1 may read the project.\n': '%1 mag het project lezen.\n',
 '%1 may change the project.\n': '%1 mag het project wijzigen.\n',
 'Copy a project exactly: from a project file to a team project on PostgreSQL, or back.':
   'Kopieer een project exact: van een projectbestand naar een teamproject op PostgreSQL, of terug.',
 'The copy command.': 'Het kopieercommando.',
 'The project to copy (a file or a URL).': 'Het project dat gekopieerd wordt (een bestand of een URL).',
 'The new project (a file or a postgresql:// URL).': 'Het nieuwe project (een bestand of een postgresql://-URL).',
 'copy: name both projects: --from PROJECT --to PROJECT.': 'copy: noem beide projecten: --from PROJECT --to PROJECT.',
 'Copied %1 imports with %2 responses (%3 rows) to %4.\n': '%1 imports met %2 antwoorden (%3 rijen) gekopieerd naar %4.\n',
 '“%1” is not a PostgreSQL address: it starts with postgresql://':
   '“%1” is geen PostgreSQL-adres: dat begint met postgresql://',
 '“%1” is not a valid PostgreSQL address: %2': '“%1” is geen geldig PostgreSQL-adres: %2',
 '“%1”: the port must be a number from 1 to 65535, not “%2”.':
   '“%1”: de poort moet een getal van 1 tot en met 65535 zijn, niet “%2”.',
 '“%1”: unknown parameter “%2” (known: project, host, port, user, dbname, sslmode and the other libpq parameters).':
   '“%1”: onbekende parameter “%2” (bekend: project, host, port, user, dbname, sslmode en de andere parameters van libpq).',
 '“%1” names no database: write postgresql://user@host:5432/DATABASE.':
   '“%1” noemt geen database: schrijf postgresql://gebruiker@host:5432/DATABASE.',
 '“%1”: the project name “%2” must start with a letter and hold only letters, digits, _ and - (at most 63).':
   '“%1”: de projectnaam “%2” moet met een letter beginnen en mag alleen letters, cijfers, _ en - bevatten (hoogstens 63).',
 'Cannot open “%1”: the PostgreSQL driver of Qt (libqt6sql6-psql) is not installed.':
   'Kan “%1” niet openen: het PostgreSQL-stuurprogramma van Qt (libqt6sql6-psql) is niet geïnstalleerd.',
 'Cannot create the project “%1”: %2': 'Kan het project “%1” niet aanmaken: %2',
 '“%1” and “%2” are the same project.': '“%1” en “%2” zijn hetzelfde project.',
 '“%1” already holds imports: copy into a new project, or remove them first.':
   '“%1” bevat al imports: kopieer naar een nieuw project, of verwijder ze eerst.',
 'Cannot copy the project to “%1”: %2': 'Kan het project niet naar “%1” kopiëren: %2',
 'You (%1) may not read “%2”: ask its owner to make you a member of the role %3 (or %4 to change it).':
   'U (%1) mag “%2” niet lezen: vraag de eigenaar u lid te maken van de rol %3 (of %4 om het te wijzigen).',
 '“%1” is read-only for you (%2): ask an editor of the project — a member of the role %3 — to import, remove imports or edit themes and follow-ups.':
   '“%1” is voor u (%2) alleen-lezen: vraag een bewerker van het project — een lid van de rol %3 — om te importeren, imports te verwijderen of thema’s en opvolgingen te bewerken.',
 'Roles are for team projects on PostgreSQL, opened to write.':
   'Rollen zijn er voor teamprojecten op PostgreSQL, geopend om te schrijven.',
 'There is no PostgreSQL role “%1” to make a member: create it first (CREATE ROLE %1 LOGIN).':
   'Er is geen PostgreSQL-rol “%1” om lid te maken: maak die eerst aan (CREATE ROLE %1 LOGIN).',
 'Cannot set up the roles of “%1”: %2 (as the owner of the database, or a role that may create roles?)':
   'Kan de rollen van “%1” niet inrichten: %2 (als eigenaar van de database, of als een rol die rollen mag aanmaken?)',
})

def _with_team_usage(text, admin, copy, note):
    """The usage text with the lines of admin init, copy and the team project's URL."""
    head, version = text.split('       npsstudio --screenshot', 1)
    version, tail = version.split('\n\n', 1)
    return head + admin + copy + '       npsstudio --screenshot' + version + '\n\n' + note + tail

_USAGE = [k for k in NL if k.startswith('Usage: npsstudio') and 'npsstudio themes' in k][0]
NL[_with_team_usage(
    _USAGE,
    '       npsstudio admin init --db postgresql://OWNER@HOST/DB?project=NAME\n'
    '                 [--viewer ROLE]... [--editor ROLE]...\n',
    '       npsstudio copy --from PROJECT --to PROJECT\n',
    'PROJECT.npsdb can also be a team project on PostgreSQL:\n'
    '  postgresql://USER@HOST:5432/DATABASE[?project=NAME&sslmode=require]\n\n')] = _with_team_usage(
    NL[_USAGE],
    '       npsstudio admin init --db postgresql://EIGENAAR@HOST/DB?project=NAAM\n'
    '                 [--viewer ROL]... [--editor ROL]...\n',
    '       npsstudio copy --from PROJECT --to PROJECT\n',
    'PROJECT.npsdb kan ook een teamproject op PostgreSQL zijn:\n'
    '  postgresql://GEBRUIKER@HOST:5432/DATABASE[?project=NAAM&sslmode=require]\n\n')
NL.update({
 'Create Theme': 'Thema maken', 'Split…': 'Splitsen…', 'Split': 'Splitsen',
 "Move some of this theme's keywords into a new theme": 'Verplaats een deel van de trefwoorden van dit thema naar een nieuw thema',
 'New theme from a search': 'Nieuw thema uit een zoekopdracht',
 'A word or phrase the answers contain: te laat, late': 'Een woord of zinsdeel dat in de antwoorden staat: te laat, late',
 'A theme of the answers that contain this text': 'Een thema van de antwoorden waarin deze tekst staat',
 '“%1” has one keyword: there is nothing to split.': '“%1” heeft één trefwoord: er valt niets te splitsen.',
 'Type what the answers say to see how many contain it.': 'Typ wat de antwoorden zeggen om te zien in hoeveel het staat.',
 'theme %1': 'thema %1', 'themes %1': 'thema’s %1', 'Themes: %1': 'Thema’s: %1',
 '%1\n\nThemes: %2': '%1\n\nThema’s: %2',
 'The themes of the open answers (the Themes view): tick themes to look at the responses that mention any of them':
   'De thema’s van de open antwoorden (de weergave Thema’s): vink thema’s aan om alleen de antwoorden te zien die er een van noemen',
 'Tick themes to look at the responses that mention them; counts show how many mention each under the rest of the filter.':
   'Vink thema’s aan om alleen de antwoorden te zien die ze noemen; de aantallen tonen hoeveel antwoorden elk thema noemen onder de rest van het filter.',
 'Themes (%1)': 'Thema’s (%1)', 'Split “%1”': '“%1” splitsen',
 'Tick the keywords that leave “%1” for a new theme; the others stay.': 'Vink de trefwoorden aan die “%1” verlaten voor een nieuw thema; de andere blijven.',
 "The new theme's name": 'De naam van het nieuwe thema', 'New theme:': 'Nieuw thema:',
 'Tick at least one keyword.': 'Vink minstens één trefwoord aan.',
 'At least one keyword must stay with “%1”.': 'Minstens één trefwoord moet bij “%1” blijven.',
})
NUMERUS.update({
 '%n responses contain it.': ['%n antwoord bevat het.', '%n antwoorden bevatten het.'],
 'The new theme finds %n responses.': ['Het nieuwe thema vindt %n antwoord.', 'Het nieuwe thema vindt %n antwoorden.'],
})
NL.update({'Themes:': 'Thema’s:'})
NUMERUS.update({
    '%n responses have no score (%1): kept with their answers, left out of the NPS.': [
        '%n antwoord heeft geen score (%1): bewaard met de toelichting, niet meegeteld in de NPS.',
        '%n antwoorden hebben geen score (%1): bewaard met hun toelichting, niet meegeteld in de NPS.'],
})
# File ▸ Open Team Project…, the live refresh and the banner of a lost connection.
NL.update({
 'Open Team Project': 'Teamproject openen',
 'A team project lives in a PostgreSQL database that every analyst of the team opens; what one imports or edits, the others see at once.':
   'Een teamproject staat in een PostgreSQL-database die elke analist van het team opent; wat de een importeert of bewerkt, zien de anderen meteen.',
 '&Remember the password in the system keyring': 'Wachtwoord &onthouden in de sleutelbos van het systeem',
 'db.example.org, or a socket folder such as /var/run/postgresql': 'db.example.org, of een socketmap zoals /var/run/postgresql',
 'the database, e.g. nps': 'de database, bijv. nps',
 'your PostgreSQL user': 'je PostgreSQL-gebruiker',
 'the project in the database, e.g. customers_2025': 'het project in de database, bijv. klanten_2025',
 'Prefer TLS (encrypted when the server offers it)': 'Bij voorkeur TLS (versleuteld als de server het aanbiedt)',
 'Require TLS': 'TLS vereisen',
 "Require TLS and check the server's certificate": 'TLS vereisen en het certificaat van de server controleren',
 'No TLS (unencrypted)': 'Geen TLS (onversleuteld)',
 'empty: from PGPASSWORD or ~/.pgpass': 'leeg: uit PGPASSWORD of ~/.pgpass',
 'The password is kept in the system keyring, never in a file.': 'Het wachtwoord wordt in de sleutelbos van het systeem bewaard, nooit in een bestand.',
 'The system keyring is not available (%1), so the password cannot be remembered: NPS Studio asks for it each time.':
   'De sleutelbos van het systeem is niet beschikbaar (%1), dus het wachtwoord kan niet worden onthouden: NPS Studio vraagt er elke keer om.',
 '&Host:': '&Host:', 'P&ort:': 'P&oort:', '&Database:': '&Database:', '&User:': '&Gebruiker:', 'Pro&ject:': 'Pro&ject:',
 '&TLS:': '&TLS:', '&Password:': '&Wachtwoord:',
 'Name the database that holds the project.': 'Noem de database waarin het project staat.',
 'The server refused the password for the user “%1”. Type it again (or leave it empty to use PGPASSWORD or ~/.pgpass).':
   'De server weigerde het wachtwoord voor gebruiker “%1”. Typ het opnieuw (of laat het leeg om PGPASSWORD of ~/.pgpass te gebruiken).',
 'Cannot reach the PostgreSQL server: check the host, the port and your network. (%1)':
   'De PostgreSQL-server is niet bereikbaar: controleer de host, de poort en je netwerk. (%1)',
 'The server has no such database. (%1)': 'De server heeft geen database met die naam. (%1)',
 "The TLS connection failed: check the TLS mode and the server's certificate. (%1)":
   'De TLS-verbinding is mislukt: controleer de TLS-modus en het certificaat van de server. (%1)',
 'no D-Bus session runs': 'er draait geen D-Bus-sessie',
 'the keyring does not answer': 'de sleutelbos antwoordt niet',
 'Connection to the team database lost — reconnecting…': 'Verbinding met de teamdatabase verbroken — opnieuw verbinden…',
 'Try Now': 'Nu proberen',
 'Trying to reconnect…': 'Opnieuw verbinden…',
 'The figures shown are as they were; what you are typing stays where it is.':
   'De getoonde cijfers zijn zoals ze waren; wat je aan het typen bent, blijft staan.',
 'Open &Team Project…': '&Teamproject openen…', 'Ctrl+Shift+O': 'Ctrl+Shift+O',
 '%1 (team)': '%1 (team)',
 'Team project: %1': 'Teamproject: %1',
 'The password could not be kept in the keyring (%1); you will be asked for it next time.':
   'Het wachtwoord kon niet in de sleutelbos worden bewaard (%1); de volgende keer wordt erom gevraagd.',
 'You (%1) may only view this team project: ask one of its editors (the role %2) to import.':
   'Je (%1) mag dit teamproject alleen bekijken: vraag een van de bewerkers (de rol %2) om te importeren.',
 'Cannot read what the team added: %1': 'Kan niet lezen wat het team heeft toegevoegd: %1',
 'Reconnected, but the project cannot be opened: %1': 'Opnieuw verbonden, maar het project kan niet worden geopend: %1',
 'Connection to the team database restored.': 'Verbinding met de teamdatabase hersteld.',
})
NUMERUS.update({
 'Next attempt in %n s.': ['Volgende poging over %n s.', 'Volgende poging over %n s.'],
 '%n new responses from the team': ['%n nieuw antwoord van het team', '%n nieuwe antwoorden van het team'],
})
NL.update({
 'Contact (personal data)': 'Contact (persoonsgegevens)',
 'Contact': 'Contact',
 'Column role: score, date, id, answer, segment, csat, ces, contact (personal data kept for the follow-up list) or ignore, by column header or number.': 'Rol van een kolom: score, date, id, answer, segment, csat, ces, contact (persoonsgegevens bewaard voor de opvolglijst) of ignore, op kolomkop of nummer.',
 'Unknown role “%1” in --map; expected score, date, id, answer, segment, csat, ces, contact or ignore.': 'Onbekende rol “%1” in --map; verwacht score, date, id, answer, segment, csat, ces, contact of ignore.',
})
# Import report: counts in their grammatical number, role names and notes in Dutch.
NUMERUS.update({
    '%n rows repeat a respondent id of an earlier row of this file: counted once.': [
        '%n rij herhaalt het respondentnummer van een eerdere rij in dit bestand: één keer geteld.',
        '%n rijen herhalen het respondentnummer van een eerdere rij in dit bestand: één keer geteld.'],
    '%n rows have an NPS group that disagrees with their score; the score counts.': [
        '%n rij heeft een NPS-groep die niet bij de score past; de score telt.',
        '%n rijen hebben een NPS-groep die niet bij hun score past; de score telt.'],
    '%n rows repeat the respondent id of an earlier row and were counted once.': [
        '%n rij herhaalt het respondentnummer van een eerdere rij en is één keer geteld.',
        '%n rijen herhalen het respondentnummer van een eerdere rij en zijn één keer geteld.'],
})
NL.update({
 'column %1 (no header)': 'kolom %1 (zonder kop)',
 'score': 'score', 'date': 'datum', 'id': 'id', 'answer': 'antwoord', 'csat': 'csat', 'ces': 'ces',
 'group': 'groep',
 'Multi:': 'Meerdere antwoorden:',
 'Multi-select: each chosen option is a value': 'Meerdere antwoorden: elke gekozen optie is een waarde',
 'this export has no date column: its responses count in all figures except per period':
   'deze export heeft geen datumkolom: de antwoorden tellen mee in alle cijfers behalve die per periode',
 'dates: day and month order is ambiguous in every value; read as %1 after the locale (%2)':
   'datums: de volgorde van dag en maand is in elke waarde dubbelzinnig; gelezen als %1 volgens de landinstelling (%2)',
 'there is no free-text question but “other” boxes, and it has the most answers':
   'er is geen vrije-tekstvraag, alleen vakken voor “anders”, en dit vak heeft de meeste antwoorden',
})
NUMERUS.update({
 '%n change(s) could not be stored in the project yet: %1': ['%n wijziging kon nog niet in het project worden opgeslagen: %1', '%n wijzigingen konden nog niet in het project worden opgeslagen: %1'],
 '%n change(s) not stored yet (%1); tried again every few seconds.': ['%n wijziging nog niet opgeslagen (%1); wordt om de paar seconden opnieuw geprobeerd.', '%n wijzigingen nog niet opgeslagen (%1); wordt om de paar seconden opnieuw geprobeerd.'],
})
NL.update({
 'Keep this list open and NPS Studio stores them as soon as it can.': 'Houd deze lijst open, dan slaat NPS Studio ze op zodra het kan.',
 'Keep Open': 'Openhouden', 'Discard Changes': 'Wijzigingen weggooien',
})
NL.update({
 'The cache does not hold the project as it is now; its snapshot was not written.': 'De cache bevat het project niet zoals het nu is; de momentopname ervan is niet geschreven.',
 '“%1” is read-only.': '“%1” is alleen-lezen.',
})
NUMERUS.update({
    'The theme that costs the score most is “%1”: if the %n detractor(s) who mention it were passives, the NPS would be %2 points higher.': [
        'Het thema dat de score het meest kost is “%1”: als de %n criticaster die het noemt passief tevreden was, zou de NPS %2 punten hoger zijn.',
        'Het thema dat de score het meest kost is “%1”: als de %n criticasters die het noemen passief tevreden waren, zou de NPS %2 punten hoger zijn.'],
})
NL.update({
 'The themes could not be read.': 'De thema’s konden niet worden gelezen.',
})
NL.update({
 "This survey asks no open question of its own: its free texts (“%1”) are what respondents wrote in when a choice question's list lacked their option. They name options, not reasons, so no themes or comments are quoted here; they are in the window's open answers.": 'Deze enquête stelt zelf geen open vraag: de vrije teksten (“%1”) zijn wat respondenten invulden als hun keuze niet in de lijst van een meerkeuzevraag stond. Ze noemen opties, geen redenen; daarom worden hier geen thema’s of opmerkingen geciteerd. Ze staan bij de open antwoorden in het venster.',
 'No themes: the open answers (“%1”) are write-ins to a choice question; they name options, not reasons.': 'Geen thema’s: de open antwoorden (“%1”) zijn invullingen bij een meerkeuzevraag; ze noemen opties, geen redenen.',
 'No themes: this survey asks no open question of its own. Its free texts (“%1”) are write-ins to a choice question, which name options, not reasons. Edit Themes… can still make themes of them.': 'Geen thema’s: deze enquête stelt zelf geen open vraag. De vrije teksten (“%1”) zijn invullingen bij een meerkeuzevraag: ze noemen opties, geen redenen. Met Thema’s bewerken… kunt u er toch thema’s van maken.',
})
NL.update({
 'vs. rest: the difference in NPS points; p compares the adjusted NPS of each (Rocks 2016), which draws a small group\'s towards 0, so a large difference in a small group can be within the margin of error.': 't.o.v. rest: het verschil in NPS-punten; p vergelijkt de gecorrigeerde NPS van elk (Rocks 2016), die die van een kleine groep naar 0 trekt, zodat een groot verschil in een kleine groep binnen de foutmarge kan vallen.',
})
NUMERUS.update({
    '%1: none of its %n row(s) could be imported; the first problem is on line %2: %3': [
        '%1: de %n rij kon niet worden geïmporteerd; het probleem staat op regel %2: %3',
        '%1: geen van de %n rijen kon worden geïmporteerd; het eerste probleem staat op regel %2: %3'],
})
NL.update({
 'lines %1–%2 are left out as one record': 'regels %1–%2 zijn als één record weggelaten',
})
NL.update({
 '; the file ends in the middle of this row: it looks cut off': '; het bestand eindigt midden in deze rij: het lijkt afgebroken',
})
NL.update({
 'No column holds recommendation scores (whole numbers 0 to 10): %1 is named like one, but holds %2. Choose one with --map score=COLUMN.': 'Geen kolom bevat aanbevelingsscores (hele getallen van 0 tot 10): %1 heet er een, maar bevat %2. Kies er een met --map score=KOLOM.',
})
NL.update({
    'What respondents value most': 'Wat respondenten het meest waarderen',
})
NUMERUS.update({
    'What respondents value most is “%1”, in %n answer(s), with an NPS of %2 among those who mention it.': [
        'Wat respondenten het meest waarderen is “%1”, in %n antwoord, met een NPS van %2 bij wie het noemt.',
        'Wat respondenten het meest waarderen is “%1”, in %n antwoorden, met een NPS van %2 bij wie het noemen.'],
})
NL.update({
 "The question asks what respondents like: its themes are what they value, even in a detractor's answer, not reasons for a low score. Beneath each theme a promoter's answer, personal data masked.": 'De vraag is wat respondenten goed vinden: de thema’s zijn wat ze waarderen, ook in het antwoord van een criticaster, geen redenen voor een lage score. Onder elk thema het antwoord van een promotor, persoonsgegevens gemaskeerd.',
})
NL.update({'Newest detractors to follow up, with what they like best': 'Nieuwste criticasters om op te volgen, met wat ze het beste vinden'})
NL.update({'* Fewer than %1 responses mention the theme: its NPS is too uncertain to rely on.': '* Minder dan %1 antwoorden noemen het thema: de NPS ervan is te onzeker om op te bouwen.'})
NUMERUS.update({'and %n more': ['en nog %n', 'en nog %n']})
