#pragma once

#include <QByteArray>
#include <QSharedData>
#include <QSharedDataPointer>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// A column of texts (the distinct open answers of a project): all their UTF-16 units one after
// another in one buffer, and where each one starts. Half a million answers are then two
// allocations instead of half a million QStrings, and a snapshot's texts are used where they
// were read (fromBytes). Implicitly shared: copies (the answer corpus keeps one) cost nothing,
// and const access from several threads at once is safe; only append() and reserve() write
// (and detach).
class AnswerTexts
{
public:
    AnswerTexts();
    // For short lists (tests, the sample of an import's answers).
    explicit AnswerTexts(const QStringList &texts);
    // From its columns: offsets[0] == 0, ascending, and the units of the texts one after
    // another in `bytes` from byte `unitsAt` to its end (so that a buffer read from disk is
    // kept as it is, whatever comes before the units), at most MaxChars of them. Nothing when
    // they do not fit together.
    static std::optional<AnswerTexts>
    fromBytes(std::vector<quint32> offsets, QByteArray bytes, qsizetype unitsAt = 0);
    static constexpr qsizetype MaxChars = 0xffffffff; // the offsets are 32 bits

    qsizetype size() const { return qsizetype(d->offsets.size() - 1); }
    bool isEmpty() const { return size() == 0; }
    // A view into the column: valid while this column (or a copy of it) lives unchanged.
    QStringView at(qsizetype i) const
    {
        const quint32 start = d->offsets[size_t(i)];
        return QStringView(units() + start, qsizetype(d->offsets[size_t(i) + 1] - start));
    }
    QStringView operator[](qsizetype i) const { return at(i); }
    // Every text's units, one after another: text i is chars().mid(offset(i), at(i).size()).
    QStringView chars() const { return QStringView(units(), qsizetype(d->offsets.back())); }
    qsizetype offset(qsizetype i) const { return qsizetype(d->offsets[size_t(i)]); }

    // Adds a text (no check for one already there) and returns its index.
    quint32 append(QStringView text);
    void reserve(qsizetype texts, qsizetype chars);
    QStringList toList() const;

    friend bool operator==(const AnswerTexts &a, const AnswerTexts &b)
    {
        return a.d == b.d || (a.d->offsets == b.d->offsets && a.chars() == b.chars());
    }
    friend bool operator!=(const AnswerTexts &a, const AnswerTexts &b) { return !(a == b); }

private:
    struct Data : QSharedData
    {
        std::vector<quint32> offsets{0}; // text i: units [offsets[i] … offsets[i + 1])
        QByteArray bytes;                // the units from byte unitsAt on
        qsizetype unitsAt = 0;
    };
    // constData(): a const QByteArray never detaches, so readers on several threads are safe.
    const char16_t *units() const
    {
        return reinterpret_cast<const char16_t *>(d->bytes.constData() + d->unitsAt);
    }
    QSharedDataPointer<Data> d;
};
