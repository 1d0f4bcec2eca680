#pragma once

#include "report/quarterlyreport.h"

#include <vector>

class ResponseCache;

// The words that come back most often in a group's open answers, each with a few quotes:
// stop words of Dutch and English left out, a word counted once per answer, and words that
// only ever stand in the same answers ("late", "delivery") kept as one theme.
namespace RecurringWords {

QList<QuarterlyReport::Theme>
find(const ResponseCache &cache, const std::vector<quint32> &rows, bool maskPersonalData);

} // namespace RecurringWords
