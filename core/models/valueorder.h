#pragma once

#include <QList>
#include <QStringList>

class ResponseCache;

// The order in which a dimension's values read best in lists, tables and axes: by number for
// numbers ("2", "13", "1977", "Less than 1", "65+"), along a known scale for ordered answers
// ("Never" … "All of the time", "Strongly disagree" … "Strongly agree", "Days" … "Years", in
// English and Dutch), else as given (the cache keeps them alphabetical). Answers that stand
// outside a scale ("Other", "I don't know", "Prefer not to say") come last.
namespace ValueOrder {

enum class Kind { AsGiven, Numeric, Scale };

struct Ordering
{
    Kind kind = Kind::AsGiven;
    QList<int> order; // indices into the values, in display order
};

Ordering of(const QStringList &values);

// The order of a dimension's rows in a breakdown, the window's and the command line's: numbers
// and scales by value, a dimension the import found numeric as stored, any other by how many
// respondents gave each value, the most frequent first (a multi-select option counts every
// respondent who chose it).
QList<int> displayOrder(const ResponseCache &cache, int dimension);

} // namespace ValueOrder
