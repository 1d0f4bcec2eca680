#pragma once

#include <QChar>
#include <QString>

// The cells of every CSV (and tab-separated text) the application writes, made safe to open in
// a spreadsheet: a cell that begins with = + - @, a tab or a carriage return would be run as a
// formula (=HYPERLINK(…), =cmd|' /C calc'!A0), so it gets a leading ' and is quoted, as OWASP
// advises for CSV injection. Use these for every cell written, header cells included.
namespace CsvCell {

// Whether a spreadsheet could take the text for a formula.
bool startsLikeFormula(const QString &text);
// The text with a leading ' when it starts like a formula.
QString neutralised(const QString &text);
// One field of a CSV record: neutralised, and quoted (quotes doubled) when it was neutralised
// or holds the delimiter, a quote or a line break.
QString field(const QString &text, QChar delimiter = u',');
// One cell of tab-separated text (the clipboard): neutralised, tabs and line breaks as spaces.
QString tabField(const QString &text);

} // namespace CsvCell
