#include "metrics/thememembership.h"

#include "metrics/responsecache.h"
#include "text/answerthemes.h"

#include <algorithm>

ThemeMembership::ThemeMembership(const ResponseCache &cache, const AnswerThemes &themes)
{
    const auto count = size_t(themes.themeCount());
    std::vector<quint32> sizes(count + 1, 0);
    const std::vector<quint32> &answers = cache.answers();
    for (quint32 answer : answers) {
        if (answer != 0) {
            for (quint16 t : themes.themesOf(answer))
                ++sizes[size_t(t) + 1];
        }
    }
    for (size_t t = 1; t < sizes.size(); ++t)
        sizes[t] += sizes[t - 1];
    m_starts = sizes;
    m_rows.resize(sizes.back());
    for (size_t row = 0; row < answers.size(); ++row) {
        if (answers[row] != 0) {
            for (quint16 t : themes.themesOf(answers[row]))
                m_rows[sizes[t]++] = quint32(row);
        }
    }
}

bool ThemeMembership::contains(int theme, quint32 row) const
{
    const auto r = rows(theme);
    return std::binary_search(r.begin(), r.end(), row);
}
