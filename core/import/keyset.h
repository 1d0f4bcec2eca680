#pragma once

#include <QtGlobal>

#include <vector>

// The dedup keys seen so far: a flat open-addressing set of 64-bit hashes. One probe is one cache
// line, where QSet's spans take two; with a million keys that is a tenth of an import.
class KeySet
{
public:
    explicit KeySet(size_t expected = 0) { grow(expected); }

    // Adds a key; false when it was there already.
    bool insert(qint64 key)
    {
        if (key == 0) { // 0 marks empty slots, so it is kept apart
            const bool added = !m_hasZero;
            m_hasZero = true;
            return added;
        }
        if ((m_size + 1) * 2 > m_slots.size())
            grow(m_slots.size());
        return insertInto(m_slots, key);
    }
    bool contains(qint64 key) const
    {
        if (key == 0)
            return m_hasZero;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(quint64(key) ^ (quint64(key) >> 29)) & mask;; i = (i + 1) & mask) {
            if (m_slots[i] == key)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }
    size_t size() const { return m_size + (m_hasZero ? 1 : 0); }

private:
    bool insertInto(std::vector<qint64> &table, qint64 key)
    {
        const size_t mask = table.size() - 1;
        // The keys are hashes already: their bits are spread well enough to index with.
        for (size_t i = size_t(quint64(key) ^ (quint64(key) >> 29)) & mask;; i = (i + 1) & mask) {
            if (table[i] == key)
                return false;
            if (table[i] == 0) {
                table[i] = key;
                ++m_size;
                return true;
            }
        }
    }
    void grow(size_t atLeast)
    {
        size_t capacity = 1024;
        while (capacity < atLeast * 2)
            capacity *= 2;
        if (capacity <= m_slots.size())
            capacity = m_slots.size() * 2;
        std::vector<qint64> bigger(capacity, 0);
        const size_t count = m_size;
        m_size = 0;
        for (qint64 key : m_slots) {
            if (key != 0)
                insertInto(bigger, key);
        }
        Q_ASSERT(m_size == count);
        Q_UNUSED(count);
        m_slots.swap(bigger);
    }

    std::vector<qint64> m_slots;
    size_t m_size = 0;
    bool m_hasZero = false;
};
