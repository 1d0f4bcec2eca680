#include "reportthemewording.h"

#include "models/npsformat.h"
#include "reportwording.h"

#include <algorithm>
#include <cmath>

ReportThemeWording::ReportThemeWording(const QuarterlyReport &report, bool dutch)
    : m_report(report)
    , m_dutch(dutch)
    , m_locale(ReportWording::localeFor(dutch))
{}

QString ReportThemeWording::themeLine(const ThemeVoice &v) const
{
    const auto ci = v.figures.interval();
    QString nps = tr("NPS %1").arg(NpsFormat::nps(v.figures.nps(), 0, m_locale));
    if (ci)
        nps += u' '
               + tr("(95% interval %1)").arg(NpsFormat::interval(ci->low, ci->high, 0, m_locale));
    if (v.figures.isSmallSample())
        nps += QStringLiteral(" *");
    return tr("Impact %1 points · %2 answers (%3) · %4")
        .arg(QStringLiteral("+") + m_locale.toString(v.impact, 'f', 1),
             m_locale.toString(v.mentions),
             NpsFormat::percent(v.share, 0, m_locale),
             nps);
}

QString ReportThemeWording::smallSampleNote() const
{
    const QList<ThemeVoice> &themes = m_report.voices.themes;
    if (std::none_of(themes.cbegin(), themes.cend(), [](const ThemeVoice &v) {
            return v.figures.isSmallSample();
        }))
        return {};
    return tr("* Fewer than %1 responses mention the theme: its NPS is too uncertain to rely on.")
        .arg(NpsFigures::SmallSample);
}

QString ReportThemeWording::change(const ShareComparison &c) const
{
    const QString points = (c.delta >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                           + m_locale.toString(std::abs(c.delta), 'f', 1);
    return c.significant ? tr("%1 points, significant").arg(points)
                         : tr("%1 points, within the margin of error").arg(points);
}

QString ReportThemeWording::changeLine(const ThemeVoice &v) const
{
    if (!v.change)
        return {};
    if (v.previousShare && !m_report.isAllResponses())
        return tr("Against %1: %2 → %3 of the answers (%4)")
            .arg(m_report.previousQuarter.label(m_dutch),
                 NpsFormat::percent(v.previousShare, 0, m_locale),
                 NpsFormat::percent(v.share, 0, m_locale),
                 change(*v.change));
    return tr("%1 against %2: %3")
        .arg(v.changed.label(m_dutch), v.against.label(m_dutch), change(*v.change));
}

QString ReportThemeWording::actionLine(const ThemeAction &a) const
{
    QStringList parts;
    if (!a.owner.isEmpty())
        parts << a.owner;
    if (a.due)
        parts << tr("due %1").arg(m_locale.toString(*a.due, QLocale::ShortFormat));
    parts << ThemeAction::statusName(a.status);
    return tr("Action: %1 (%2)").arg(a.description, parts.join(QStringLiteral(", ")));
}

QString ReportThemeWording::risingLine() const
{
    QStringList items;
    for (const ThemeVoice &v : m_report.voices.rising)
        items << QStringLiteral("%1 (%2)").arg(v.label, change(*v.change));
    return items.isEmpty() ? QString()
                           : tr("Themes that rose most: %1.").arg(items.join(QStringLiteral("; ")));
}

QString ReportThemeWording::passivesLine() const
{
    QStringList items;
    for (const PassiveVoice &p : m_report.voices.passives) {
        const int decimals = NpsFormat::percentDecimals(p.passiveShare, p.promoterShare, m_locale);
        items << tr("%1 (%2 of passives, %3 of promoters%4)")
                     .arg(p.label,
                          NpsFormat::percent(p.passiveShare, decimals, m_locale),
                          NpsFormat::percent(p.promoterShare, decimals, m_locale),
                          p.significant ? QString() : tr(", within the margin of error"));
    }
    return items.isEmpty() ? tr("Passives mention no theme more often than promoters.")
                           : tr("What stands between a 7–8 and a 9–10 — passives mention more than "
                                "promoters: %1.")
                                 .arg(items.join(QStringLiteral("; ")));
}

QString ReportThemeWording::summarySentence() const
{
    if (m_report.voices.isEmpty())
        return {};
    const ThemeVoice &v = m_report.voices.themes.constFirst();
    if (m_report.voices.praise)
        return tr("What respondents value most is “%1”, in %n answer(s), with an NPS of %2 among "
                  "those who mention it.",
                  nullptr,
                  int(v.mentions))
            .arg(v.label, NpsFormat::nps(v.figures.nps(), 0, m_locale));
    if (v.figures.detractors == 0)
        return {};
    return tr("The theme that costs the score most is “%1”: if the %n detractor(s) who mention "
              "it were passives, the NPS would be %2 points higher.",
              nullptr,
              int(v.figures.detractors))
        .arg(v.label, m_locale.toString(v.impact, 'f', 1));
}

QString ReportThemeWording::themesTitle() const
{
    return m_report.voices.praise ? tr("What respondents value most")
                                  : tr("Themes that cost the score most");
}
