#pragma once

#include <QStringView>

#include <vector>

// Splits a text into words at Unicode word boundaries (UAX #29, as QTextBoundaryFinder finds
// them): "don't", "3.5", "e-mail" → "e", "mail". Texts in Latin script take a fast path that
// follows the same rules (a test holds it to QTextBoundaryFinder); anything else goes through
// QTextBoundaryFinder itself.
class WordTokenizer
{
public:
    struct Word
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool clauseBreakBefore = false; // sentence or clause punctuation since the previous word
        bool bracketed = false;         // inside [ ]: a placeholder such as "[e-mail]"
        bool address = false;           // part of a web or mail address: "example.com"
        bool skipped() const { return bracketed || address; }
    };

    // The words of text (segments that hold a letter or a digit), appended to out.
    static void split(QStringView text, std::vector<Word> &out);
    // The fast path alone: false (and nothing appended) when the text needs the boundary
    // finder.
    static bool splitSimple(QStringView text, std::vector<Word> &out);
    static std::vector<Word> words(QStringView text);
    // Drops the bracketed words (placeholders of the mask) and addresses, keeping their
    // clause breaks.
    static void dropBracketed(std::vector<Word> &words, size_t from = 0);
    // The reference path only: every boundary from QTextBoundaryFinder.
    static std::vector<Word> wordsByBoundaryFinder(QStringView text);
    // Does the fast path apply to this text?
    static bool isSimple(QStringView text);
};
