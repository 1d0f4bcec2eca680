#pragma once

#include <QStringView>

// Values that mean "no answer" as exports write them: R, SPSS, Stata and pandas (`NA`, `N/A`,
// `#N/A`, `NaN`, `null`, `None`, `#NULL!`), a lone symbol (`.`, `-`, `—`, `?`), and a
// respondent's "don't know" in every language of the vocabulary ("weet niet", "weiß nicht",
// "no sé", "je ne sais pas", "não sei", "non so"). Numeric codes such as -99 are decided per
// column (isNumericCode) because in another column they can be an answer.
namespace MissingMarkers {

enum class Kind : quint8 {
    Answer,   // not a marker
    Software, // written by a statistics package or a spreadsheet
    Symbol,   // only punctuation
    DontKnow, // a respondent's "don't know", "not applicable"
};

Kind kind(QStringView value);
inline bool isMarker(QStringView value)
{
    return kind(value) != Kind::Answer;
}
// A whole number that survey software uses for "missing": negative, or a repeated digit from
// 66 up (77, 88, 99, 999…), or 98/998. Only a code when a whole 0–10 column repeats it.
bool isNumericCode(int value);

} // namespace MissingMarkers
