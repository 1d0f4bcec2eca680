#include "import/responsekeys.h"

#include "csv/recordreader.h"

#include <xxhash.h>

#include <numeric>

namespace {

quint64 hashView(QStringView text, quint64 seed)
{
    return XXH3_64bits_withSeed(text.utf16(), size_t(text.size()) * sizeof(char16_t), seed);
}

qint64 counted(quint64 content, QHash<quint64, int> &occurrences)
{
    const int occurrence = occurrences[content]++;
    return qint64(occurrence == 0
                      ? content
                      : content ^ XXH3_64bits_withSeed(&occurrence, sizeof occurrence, content));
}

} // namespace

ResponseKeys::ResponseKeys(qint64 surveyId,
                           const SurveyLayout &layout,
                           const QStringList &headerKeys,
                           bool withLegacyKeys)
    : m_seed(XXH3_64bits_withSeed(&surveyId, sizeof surveyId, 0x4e505332))
    , m_legacySeed(hashView(layout.columnIds.join(QChar(0x1f)), 0x4e5053))
    , m_withLegacy(withLegacyKeys)
    , m_headerKeys(headerKeys)
{
    m_order.resize(size_t(m_headerKeys.size()));
    std::iota(m_order.begin(), m_order.end(), 0);
    std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) {
        return m_headerKeys.at(a) < m_headerKeys.at(b);
    });
}

ResponseKeys::Keys ResponseKeys::of(const RecordReader &record, qsizetype fields, int idColumn)
{
    Keys keys;
    if (idColumn >= 0) {
        const QStringView id = record.field(idColumn).trimmed();
        if (!id.isEmpty()) {
            keys.key = qint64(hashView(id, m_seed));
            if (m_withLegacy)
                keys.legacy = qint64(hashView(id, m_legacySeed));
            return keys;
        }
    }
    // The answers by question: a later export may add, drop or move columns.
    m_text.resize(0);
    for (int c : m_order) {
        if (c >= fields)
            continue;
        const QStringView value = record.field(c).trimmed();
        if (value.isEmpty())
            continue;
        m_text += m_headerKeys.at(c);
        m_text += QChar(0x1e);
        m_text += value;
        m_text += QChar(0x1f);
    }
    keys.key = counted(hashView(m_text, m_seed), m_occurrences);
    if (m_withLegacy) {
        m_text.resize(0);
        for (qsizetype i = 0; i < fields; ++i) {
            m_text += record.field(i);
            m_text += QChar(0x1f);
        }
        keys.legacy = counted(hashView(m_text, m_legacySeed), m_legacyOccurrences);
    }
    return keys;
}
