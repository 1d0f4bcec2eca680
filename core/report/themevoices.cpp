#include "report/themevoices.h"

#include "metrics/passivegap.h"
#include "metrics/promoterquotes.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"

#include <algorithm>

ThemeVoices ThemeVoices::build(const ThemeAnalysis &analysis,
                               const Filter &now,
                               const std::optional<Filter> &before,
                               const Period &quarter,
                               const QList<ThemeAction> &actions,
                               int count)
{
    ThemeVoices v;
    v.praise = analysis.asksForPraise();
    const QList<Theme> &themes = analysis.codebook().themes();
    if (themes.isEmpty())
        return v;
    ThemeReport report(analysis.cache(), analysis.membership());
    std::optional<ThemeReportResult> previous;
    if (before)
        previous = report.compute(*before);
    const ThemeReportResult current = report.compute(now);
    const std::vector<quint8> pass = report.passing();

    QList<ThemeVoice> all;
    for (const ThemeFigures &f : current.themes) {
        if (f.mentions == 0)
            continue;
        ThemeVoice voice;
        const Theme &theme = themes.at(f.theme);
        voice.themeId = theme.id;
        voice.theme = f.theme;
        voice.label = theme.label;
        voice.mentions = f.mentions;
        voice.figures = f.figures;
        voice.impact = f.impact;
        voice.share = f.answerShare;
        if (previous) {
            const ThemeFigures &p = previous->themes.at(f.theme);
            voice.previousShare = p.answerShare;
            voice.change = ShareComparison::compare(double(f.mentions),
                                                    double(current.answered),
                                                    double(p.mentions),
                                                    double(previous->answered));
            voice.changed = quarter;
            voice.against = quarter.previous();
        } else if (f.trend) {
            voice.change = f.trend->change;
            voice.changed = f.trend->last;
            voice.against = f.trend->previous;
        }
        for (const ThemeAction &a : actions) {
            if (a.themeId == theme.id && a.status != ThemeAction::Status::Done)
                voice.openActions.append(a);
        }
        all.append(voice);
    }
    // What a question of praise brings up is valued, not a cost: the most mentioned first.
    std::stable_sort(all.begin(), all.end(), [&v](const ThemeVoice &a, const ThemeVoice &b) {
        if (v.praise)
            return a.mentions > b.mentions;
        return a.impact != b.impact ? a.impact > b.impact : a.mentions > b.mentions;
    });
    // Two answers for each theme presented (the rest need no quotes): of its most
    // representative ones, those that say most — a few words tell a reader little. The themes
    // are presented for what they cost, so the answers are the detractors' (anyone's only when
    // no detractor mentions it): a promoter's praise under "cost the score most" misleads. Of
    // a question of praise, the promoters' answers say best what is valued.
    std::vector<quint8> voicedPass = pass;
    for (size_t row = 0; row < voicedPass.size(); ++row) {
        const int score = analysis.cache().score(quint32(row));
        const bool voiced = v.praise ? score >= 9 : score >= 0 && score <= 6;
        if (!voiced)
            voicedPass[row] = 0;
    }
    const auto quotesOf = [&](ThemeVoice &voice) {
        QList<PromoterQuote> examples = PromoterQuotes::examples(
            analysis.cache(), analysis.corpus(), analysis.membership(), voicedPass, voice.theme, 8);
        if (examples.isEmpty())
            examples = PromoterQuotes::examples(
                analysis.cache(), analysis.corpus(), analysis.membership(), pass, voice.theme, 8);
        const auto telling = [](const PromoterQuote &q) {
            const qsizetype length = q.text.simplified().size();
            return length > 240 ? 0 : length >= 40 ? 2 : length >= 20 ? 1 : 0;
        };
        std::stable_sort(examples.begin(),
                         examples.end(),
                         [&telling](const PromoterQuote &a, const PromoterQuote &b) {
                             return telling(a) > telling(b);
                         });
        for (qsizetype k = 0; k < examples.size() && voice.quotes.size() < 2; ++k) {
            const QString text = examples.at(k).text.simplified();
            if (!voice.quotes.contains(text, Qt::CaseInsensitive))
                voice.quotes << text;
        }
    };
    QList<ThemeVoice> rising;
    for (const ThemeVoice &voice : std::as_const(all)) {
        if (voice.change && voice.change->delta > 0)
            rising.append(voice);
    }
    std::stable_sort(rising.begin(), rising.end(), [](const ThemeVoice &a, const ThemeVoice &b) {
        if (a.change->significant != b.change->significant)
            return a.change->significant;
        return a.change->delta > b.change->delta;
    });
    for (qsizetype k = 0; k < rising.size() && k < 3; ++k)
        v.rising.append(rising.at(k));
    for (qsizetype k = 0; k < all.size() && k < count; ++k) {
        v.themes.append(all.at(k));
        quotesOf(v.themes.last());
    }
    const QList<PassiveGapItem> gap
        = PassiveGap::themes(analysis.cache(), analysis.membership(), pass);
    for (qsizetype k = 0; k < gap.size() && k < 3; ++k)
        v.passives.append({themes.at(gap.at(k).theme).label,
                           gap.at(k).passiveShare,
                           gap.at(k).promoterShare,
                           gap.at(k).comparison.significant});
    return v;
}
