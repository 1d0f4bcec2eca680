#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

class AnswerThemes;
class ResponseCache;

// Which responses carry which theme: per theme the cache rows whose answer carries it, in
// ascending order. Four bytes per membership, so it can be a filter dimension like the
// segments (a row is in a theme when it is in the theme's list).
class ThemeMembership
{
public:
    ThemeMembership() = default;
    ThemeMembership(const ResponseCache &cache, const AnswerThemes &themes);

    int themeCount() const { return int(m_starts.empty() ? 0 : m_starts.size() - 1); }
    std::span<const quint32> rows(int theme) const
    {
        return {m_rows.data() + m_starts[size_t(theme)],
                m_rows.data() + m_starts[size_t(theme) + 1]};
    }
    bool contains(int theme, quint32 row) const;

private:
    std::vector<quint32> m_starts; // per theme, into m_rows
    std::vector<quint32> m_rows;
};
