#pragma once

#include <QList>
#include <QStringList>

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

} // namespace ValueOrder
