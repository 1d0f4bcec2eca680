#pragma once

#include <QSharedData>
#include <QSharedDataPointer>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// A column of texts (the distinct open answers of a project): all their UTF-16 units one after
// another in one array, and where each one starts. Half a million answers are then two
// allocations instead of half a million QStrings, and a snapshot's texts are read with one
// copy. Implicitly shared: copies (the answer corpus keeps one) cost nothing, and const access
// from several threads at once is safe; only append() and reserve() write (and detach).
class AnswerTexts
{
public:
    AnswerTexts();
    // For short lists (tests, the sample of an import's answers).
    explicit AnswerTexts(const QStringList &texts);
    // From its columns: offsets[0] == 0, ascending, offsets.back() == chars.size(), at most
    // MaxChars units. Nothing when they do not fit together.
    static std::optional<AnswerTexts> fromColumns(std::vector<quint32> offsets,
                                                  std::vector<char16_t> chars);
    static constexpr qsizetype MaxChars = 0xffffffff; // the offsets are 32 bits

    qsizetype size() const { return qsizetype(d->offsets.size() - 1); }
    bool isEmpty() const { return size() == 0; }
    // A view into the column: valid while this column (or a copy of it) lives unchanged.
    QStringView at(qsizetype i) const
    {
        const quint32 start = d->offsets[size_t(i)];
        return QStringView(d->chars.data() + start, qsizetype(d->offsets[size_t(i) + 1] - start));
    }
    QStringView operator[](qsizetype i) const { return at(i); }
    // Every text's units, one after another: text i is chars().mid(offset(i), at(i).size()).
    QStringView chars() const { return QStringView(d->chars.data(), qsizetype(d->chars.size())); }
    qsizetype offset(qsizetype i) const { return qsizetype(d->offsets[size_t(i)]); }

    // Adds a text (no check for one already there) and returns its index.
    quint32 append(QStringView text);
    void reserve(qsizetype texts, qsizetype chars);
    QStringList toList() const;

    friend bool operator==(const AnswerTexts &a, const AnswerTexts &b)
    {
        return a.d == b.d || (a.d->offsets == b.d->offsets && a.d->chars == b.d->chars);
    }
    friend bool operator!=(const AnswerTexts &a, const AnswerTexts &b) { return !(a == b); }

private:
    struct Data : QSharedData
    {
        std::vector<quint32> offsets{0}; // text i: chars[offsets[i] … offsets[i + 1])
        std::vector<char16_t> chars;
    };
    QSharedDataPointer<Data> d;
};
