#include "text/answertexts.h"

#include <algorithm>
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

std::optional<AnswerTexts> AnswerTexts::fromColumns(std::vector<quint32> offsets,
                                                    std::vector<char16_t> chars)
{
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != chars.size()
        || !std::is_sorted(offsets.begin(), offsets.end()))
        return std::nullopt;
    AnswerTexts texts;
    texts.d->offsets = std::move(offsets);
    texts.d->chars = std::move(chars);
    return texts;
}

quint32 AnswerTexts::append(QStringView text)
{
    Data &data = *d;
    const size_t at = data.chars.size();
    const auto length = size_t(text.size());
    Q_ASSERT(at + length <= size_t(MaxChars));
    // The text may be a view into this column: where it starts is kept as an index, since
    // growing the array moves it.
    const char16_t *source = text.utf16();
    const std::less<const char16_t *> before;
    const bool inside = length > 0 && !before(source, data.chars.data())
                        && before(source, data.chars.data() + data.chars.size());
    const size_t from = inside ? size_t(source - data.chars.data()) : 0;
    data.chars.resize(at + length);
    if (length > 0)
        std::copy_n(inside ? data.chars.data() + from : source, length, data.chars.data() + at);
    data.offsets.push_back(quint32(at + length));
    return quint32(data.offsets.size() - 2);
}

void AnswerTexts::reserve(qsizetype texts, qsizetype chars)
{
    d->offsets.reserve(size_t(texts) + 1);
    d->chars.reserve(size_t(chars));
}

QStringList AnswerTexts::toList() const
{
    QStringList list;
    list.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        list.append(at(i).toString());
    return list;
}
