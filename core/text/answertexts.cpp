#include "text/answertexts.h"

#include <algorithm>
#include <cstring>
#include <functional>

AnswerTexts::AnswerTexts()
    : d(new Data)
{}

AnswerTexts::AnswerTexts(const QStringList &texts)
    : AnswerTexts()
{
    qsizetype chars = 0;
    for (const QString &text : texts)
        chars += text.size();
    reserve(texts.size(), chars);
    for (const QString &text : texts)
        append(text);
}

std::optional<AnswerTexts>
AnswerTexts::fromBytes(std::vector<quint32> offsets, QByteArray bytes, qsizetype unitsAt)
{
    const qsizetype unitBytes = bytes.size() - unitsAt;
    if (offsets.empty() || offsets.front() != 0 || unitsAt < 0 || unitBytes < 0
        || unitBytes % 2 != 0 || qsizetype(offsets.back()) != unitBytes / 2
        || !std::is_sorted(offsets.begin(), offsets.end()))
        return std::nullopt;
    AnswerTexts texts;
    if (quintptr(bytes.constData() + unitsAt) % alignof(char16_t) != 0) {
        // Not where a char16_t may be read: copied once to the start of a buffer of its own.
        bytes = QByteArray(bytes.constData() + unitsAt, unitBytes); // a copy, not a slice
        unitsAt = 0;
    }
    texts.d->offsets = std::move(offsets);
    texts.d->bytes = std::move(bytes);
    texts.d->unitsAt = unitsAt;
    return texts;
}

quint32 AnswerTexts::append(QStringView text)
{
    Data &data = *d;
    const auto units = qsizetype(data.offsets.back());
    Q_ASSERT(units + text.size() <= MaxChars);
    const auto size = 2 * text.size();
    // The text may be a view into this column: where it starts is kept as an index, since
    // growing the buffer moves it.
    const auto *source = reinterpret_cast<const char *>(text.utf16());
    const char *begin = data.bytes.constData();
    const std::less<> before; // a total order of pointers, unlike <
    const bool inside
        = size > 0 && !before(source, begin) && before(source, begin + data.bytes.size());
    const qsizetype from = inside ? qsizetype(source - begin) : 0;
    const qsizetype at = data.unitsAt + 2 * units;
    data.bytes.resize(at + size);
    if (size > 0)
        std::memmove(
            data.bytes.data() + at, inside ? data.bytes.constData() + from : source, size_t(size));
    data.offsets.push_back(quint32(units + text.size()));
    return quint32(data.offsets.size() - 2);
}

void AnswerTexts::reserve(qsizetype texts, qsizetype chars)
{
    d->offsets.reserve(size_t(texts) + 1);
    d->bytes.reserve(d->unitsAt + 2 * chars);
}

QStringList AnswerTexts::toList() const
{
    QStringList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(at(i).toString());
    return list;
}
