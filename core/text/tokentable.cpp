#include "text/tokentable.h"

#include <cstring>

TokenTable::TokenTable()
    : m_slots(1024, 0)
{}

quint32 TokenTable::hashOf(QStringView text)
{
    quint32 h = HashSeed;
    for (QChar c : text)
        h = hashStep(h, c.unicode());
    return h;
}

quint32 TokenTable::slotOf(QStringView text, quint32 h) const
{
    const auto mask = quint32(m_slots.size() - 1);
    for (quint32 slot = h & mask;; slot = (slot + 1) & mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0)
            return slot;
        const quint32 id = entry - 1;
        if (m_hashes[id] == h) {
            const quint32 length = m_starts[id + 1] - m_starts[id];
            if (length == quint32(text.size())
                && std::memcmp(
                       m_chars.data() + m_starts[id], text.utf16(), length * sizeof(char16_t))
                       == 0)
                return slot;
        }
    }
}

quint32 TokenTable::find(QStringView text) const
{
    const quint32 entry = m_slots[slotOf(text, hashOf(text))];
    return entry == 0 ? NotFound : entry - 1;
}

quint32 TokenTable::intern(QStringView text)
{
    return intern(text, hashOf(text));
}

quint32 TokenTable::intern(QStringView text, quint32 h)
{
    quint32 slot = slotOf(text, h);
    if (m_slots[slot] != 0)
        return m_slots[slot] - 1;
    const quint32 id = size();
    m_chars.insert(m_chars.end(), text.utf16(), text.utf16() + text.size());
    m_starts.push_back(quint32(m_chars.size()));
    m_hashes.push_back(h);
    m_slots[slot] = id + 1;
    if (size_t(id + 1) * 2 > m_slots.size())
        grow();
    return id;
}

void TokenTable::grow()
{
    std::vector<quint32> grown(m_slots.size() * 2, 0);
    const auto mask = quint32(grown.size() - 1);
    for (quint32 id = 0; id < size(); ++id) {
        quint32 slot = m_hashes[id] & mask;
        while (grown[slot] != 0)
            slot = (slot + 1) & mask;
        grown[slot] = id + 1;
    }
    m_slots.swap(grown);
}
