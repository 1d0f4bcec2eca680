#pragma once

#include "metrics/responsecache.h"
#include "metrics/thememembership.h"
#include "text/answercorpus.h"
#include "text/answerthemes.h"

#include <QDate>

#include <memory>

namespace ThemeFixture {

using namespace Qt::StringLiterals;

// Ten responses, whose figures tst_themereport checks by hand. Theme A is "levering", theme B
// "factuur".
//   row score answer                            themes  quarter
//   0   2     de levering was te laat           A       2025-Q1
//   1   5     de levering was te laat en de     A B     2025-Q1
//               factuur fout
//   2   9     snelle levering                   A       2025-Q1
//   3   10    de factuur klopt                  B       2025-Q1
//   4   7     levering                          A       2025-Q1
//   5   3     (none)                                    2025-Q2
//   6   8     prima                                     2025-Q2
//   7   9     prima                                     2025-Q2
//   8   0     de factuur is fout                B       2025-Q2
//   9   —     levering                          A       2025-Q2
// The responses, the corpus of their answers, two themes and their rows.
struct Fixture
{
    ResponseCache cache;
    AnswerCorpus corpus;
    AnswerThemes themes;
    ThemeMembership membership;
};

inline std::unique_ptr<Fixture> fixture()
{
    ResponseCache::Builder b({{u"Channel"_s, {u"Shop"_s, u"Web"_s}}});
    const qint8 scores[] = {2, 5, 9, 10, 7, 3, 8, 9, 0, -1};
    const char *answers[] = {"de levering was te laat",
                             "de levering was te laat en de factuur fout",
                             "snelle levering",
                             "de factuur klopt",
                             "levering",
                             "",
                             "prima",
                             "prima",
                             "de factuur is fout",
                             "levering"};
    for (int i = 0; i < 10; ++i) {
        const QDate day = i < 5 ? QDate(2025, 2, 1 + i) : QDate(2025, 5, 1 + i);
        const quint16 codes[] = {quint16(i % 2)};
        b.add(scores[i], qint32(day.toJulianDay()), QString::fromUtf8(answers[i]), codes);
    }
    auto f = std::make_unique<Fixture>(Fixture{b.finish(), {}, {}, {}});
    f->corpus = AnswerCorpus::build(f->cache.answerTexts()).value();
    f->themes = AnswerThemes::match(
        f->corpus, {{1, u"Levering"_s, {{u"levering"_s}}}, {2, u"Factuur"_s, {{u"factuur"_s}}}});
    f->membership = ThemeMembership(f->cache, f->themes);
    return f;
}

} // namespace ThemeFixture
