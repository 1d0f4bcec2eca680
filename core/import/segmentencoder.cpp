#include "import/segmentencoder.h"

#include "store/surveystore.h"

#include <xxhash.h>

namespace {

quint64 hashOf(QStringView text)
{
    return XXH3_64bits(text.utf16(), size_t(text.size()) * sizeof(char16_t));
}

// One answer however it was typed: "Male", "male" and "MALE " are one value of a segment.
QString folded(QStringView text)
{
    return text.toString().simplified().toCaseFolded();
}

void appendNumber(QString &text, qint64 number)
{
    char16_t digits[20];
    int n = 0;
    do {
        digits[n++] = char16_t(u'0' + number % 10);
        number /= 10;
    } while (number > 0);
    while (n > 0)
        text += QChar(digits[--n]);
}

} // namespace

Status SegmentEncoder::load(SurveyStore &store, const QStringList &dimensionNames)
{
    const Result<qint64> maxId = store.maxDimensionValueId();
    if (!maxId)
        return Status::failure(maxId.error());
    m_nextId = maxId.value() + 1;
    for (const QString &name : dimensionNames) {
        const Result<qint64> dimension = store.dimensionId(name);
        if (!dimension)
            return Status::failure(dimension.error());
        const auto values = store.dimensionValues(dimension.value());
        if (!values)
            return Status::failure(values.error());
        QMultiHash<quint64, Value> byHash;
        QHash<QString, qint64> byFolded;
        for (const auto &[id, text] : values.value()) {
            byHash.insert(hashOf(text), {text, id});
            byFolded.insert(folded(text), id); // a project's older spellings keep their ids
        }
        m_dimensionIds.append(dimension.value());
        m_values.append(byHash);
        m_folded.append(byFolded);
        m_isMissing.append(std::function<bool(QStringView)>());
    }
    return Done{};
}

void SegmentEncoder::setMissing(qsizetype index, std::function<bool(QStringView)> isMissing)
{
    m_isMissing[index] = std::move(isMissing);
}

bool SegmentEncoder::encode(qsizetype index, QStringView value, QString &out)
{
    QMultiHash<quint64, Value> &values = m_values[index];
    const quint64 hash = hashOf(value);
    qint64 id = -1;
    bool found = false;
    for (auto it = values.find(hash); it != values.end() && it.key() == hash; ++it) {
        if (it->text == value) {
            id = it->id;
            ++it->count;
            found = true;
            break;
        }
    }
    if (!found) {
        // A spelling not seen before: a missing answer, another spelling of a known value (its
        // first spelling names it), or a new value.
        const auto &isMissing = m_isMissing.at(index);
        if (isMissing && isMissing(value)) {
            values.insert(hash, {value.toString(), -1});
            return false;
        }
        const QString key = folded(value);
        if (const auto known = m_folded.at(index).constFind(key);
            known != m_folded.at(index).cend()) {
            id = *known;
        } else {
            id = m_nextId++;
            m_folded[index].insert(key, id);
            m_newValues.append({id, m_dimensionIds.at(index), value.toString()});
        }
        values.insert(hash, {value.toString(), id, 1, m_spellings++});
    }
    if (id < 0)
        return false;
    if (!out.isEmpty())
        out += u' ';
    appendNumber(out, id);
    return true;
}

Status SegmentEncoder::storeNewValues(SurveyStore &store) const
{
    // A new value is named by the spelling most responses used ("Male" over "male", "MALE ").
    QHash<qint64, const Value *> best;
    for (const auto &values : m_values) {
        for (const Value &value : values) {
            const Value *&chosen = best[value.id];
            if (!chosen || value.count > chosen->count
                || (value.count == chosen->count && value.seen < chosen->seen))
                chosen = &value;
        }
    }
    for (const NewValue &v : m_newValues) {
        const Value *chosen = best.value(v.id);
        const QString text = chosen ? chosen->text.trimmed() : v.text;
        if (Status s = store.addDimensionValue(v.id, v.dimensionId, text.isEmpty() ? v.text : text);
            !s)
            return s;
    }
    return Done{};
}
