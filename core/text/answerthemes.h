#pragma once

#include "text/answercorpus.h"
#include "text/theme.h"

#include <QList>

#include <atomic>
#include <span>
#include <vector>

// Which answers carry which theme: every theme's keywords matched against a corpus. An answer
// can carry several themes. Answers are the corpus' indices (the cache's answer dictionary).
class AnswerThemes
{
public:
    AnswerThemes() = default;
    // Empty when cancelled.
    static AnswerThemes match(const AnswerCorpus &corpus,
                              const QList<Theme> &themes,
                              const std::atomic_bool *cancel = nullptr);
    // The answers one keyword matches, ascending: for live counts while a keyword is typed.
    static std::vector<quint32> matchKeyword(const AnswerCorpus &corpus,
                                             const ThemeKeyword &keyword);

    // Appends the answers whose terms hold `sequence` as consecutive terms.
    static void matchSequence(const AnswerCorpus &corpus,
                              const std::vector<quint32> &sequence,
                              std::vector<quint32> &out);

    int themeCount() const { return int(m_ids.size()); }
    qint64 themeId(int theme) const { return m_ids[size_t(theme)]; }
    int indexOf(qint64 id) const; // −1 when absent
    std::span<const quint32> answers(int theme) const { return m_answers[size_t(theme)]; }
    // Themes (indices) of an answer, ascending.
    std::span<const quint16> themesOf(quint32 answer) const
    {
        if (size_t(answer) + 1 >= m_themeStarts.size())
            return {};
        return {m_themes.data() + m_themeStarts[answer],
                m_themes.data() + m_themeStarts[answer + 1]};
    }

private:
    std::vector<qint64> m_ids;
    std::vector<std::vector<quint32>> m_answers;
    std::vector<quint32> m_themeStarts; // per answer, into m_themes
    std::vector<quint16> m_themes;
};
