#pragma once

#include <QStringView>

#include <vector>

// Interns short strings (words, stems) without a QString per lookup: the characters of all of
// them in one array and an open-addressing table of their ids. Ids count from 0 in the order
// the strings were first seen.
class TokenTable
{
public:
    static constexpr quint32 NotFound = 0xffffffff;

    TokenTable();
    quint32 intern(QStringView text);
    quint32 intern(QStringView text, quint32 hash); // hash: hashOf(text), computed on the way
    // FNV-1a over the UTF-16 units: words are short, so a simple hash is the fast one.
    static constexpr quint32 HashSeed = 2166136261u;
    static constexpr quint32 hashStep(quint32 h, char16_t c) { return (h ^ c) * 16777619u; }
    static quint32 hashOf(QStringView text);
    quint32 find(QStringView text) const; // NotFound when absent
    QStringView text(quint32 id) const
    {
        return QStringView(m_chars.data() + m_starts[id],
                           qsizetype(m_starts[id + 1] - m_starts[id]));
    }
    quint32 size() const { return quint32(m_starts.size() - 1); }

private:
    quint32 slotOf(QStringView text, quint32 h) const;
    void grow();

    std::vector<char16_t> m_chars;
    std::vector<quint32> m_starts{0};
    std::vector<quint32> m_hashes;
    std::vector<quint32> m_slots; // id + 1; 0 is empty
};
