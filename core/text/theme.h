#pragma once

#include "text/language.h"

#include <QList>
#include <QString>

// A word or phrase that puts an answer in a theme. Words are matched as the text pipeline
// reads them (stems, negation: "te laat" matches "veel te laat" and "kwam te laat", but
// "niet snel" never matches "snel"); Text is matched as typed, like the search box.
struct ThemeKeyword
{
    enum class Kind : quint8 { Words, Text };

    QString text;
    Language language = Language::Unknown; // Unknown: in every language of the project
    Kind kind = Kind::Words;

    bool operator==(const ThemeKeyword &) const = default;
};

// One theme of the codebook: a label the analyst reads and the keywords that define it.
struct Theme
{
    enum class Origin : quint8 {
        Suggested, // as the suggestion made it
        Edited,    // suggested, then changed by the analyst
        Analyst,   // made by the analyst
    };

    qint64 id = 0;
    QString label;
    QList<ThemeKeyword> keywords;
    Origin origin = Origin::Suggested;

    bool operator==(const Theme &) const = default;
};
