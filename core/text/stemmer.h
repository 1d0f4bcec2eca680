#pragma once

#include "text/language.h"

#include <QByteArray>
#include <QString>

struct sb_stemmer;

// Snowball stemming (libstemmer) for one language: "leveringen" → "lever", "delivered" →
// "deliv". Not thread-safe: one per thread. Language::Unknown leaves words as they are.
class Stemmer
{
public:
    explicit Stemmer(Language language);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    Language language() const { return m_language; }
    // The stem of a lower-case word.
    QString stem(QStringView word);

private:
    Language m_language;
    sb_stemmer *m_stemmer = nullptr;
    QByteArray m_utf8;
};
