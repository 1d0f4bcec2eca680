#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Splits the answers of a multi-select question into its options. Survey tools join the chosen
// options with ", " (Google Forms), ";" (Microsoft Forms, Sheets) or " / " (Typeform), and an
// option's own text can hold the separator ("Online course (e.g., Coursera, edX)", "Social
// media such as blogs, R-bloggers, Twitter"). learn() finds those options from a sample: parts
// inside unbalanced brackets belong together, and so do adjacent parts that (nearly) always
// come together. split() then cuts any answer the same way.
class OptionSplitter
{
public:
    // How the sample's answers split, with the options found and how often each was chosen.
    struct Learned
    {
        QString separator;
        QHash<QString, int> optionCounts;
        int answers = 0;          // non-empty answers in the sample
        int multiple = 0;         // answers with two or more options
        int commonOptions = 0;    // options chosen at least twice
        int standalone = 0;       // of those, how many were also chosen alone
        double commonShare = 0;   // share of all choices that go to those common options
        double averageLength = 0; // of an option
    };

    OptionSplitter() = default;
    // Learns from distinct answers and their counts; the separator that most answers use.
    static std::pair<OptionSplitter, Learned> learn(const QHash<QString, int> &answers);

    bool isValid() const { return !m_separator.isEmpty(); }
    QString separator() const { return m_separator; }
    QStringList split(QStringView answer) const;

private:
    QStringList splitParts(QStringView answer) const;
    QString m_separator;
    // Options that contain the separator, by their first part, longest first.
    QHash<QString, QList<QStringList>> m_joined;
};
