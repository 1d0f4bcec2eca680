#include "reportwording.h"

#include "models/npsformat.h"
#include "reportthemewording.h"

namespace {

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

ReportWording::ReportWording(const QuarterlyReport &report, bool dutch)
    : m_report(report)
    , m_dutch(dutch)
    , m_locale(localeFor(dutch))
{}

QLocale ReportWording::localeFor(bool dutch)
{
    if (dutch)
        return QLocale(QLocale::Dutch, QLocale::Netherlands);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English
               ? system
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString ReportWording::scopeName() const
{
    return m_report.isAllResponses() ? tr("all responses") : period(m_report.options.quarter);
}

QString ReportWording::scope() const
{
    const QuarterlyReport &r = m_report;
    if (!r.isAllResponses())
        return tr("Quarterly NPS report · %1").arg(period(r.options.quarter));
    if (!r.hasDates())
        return tr("NPS report · all responses (the export has no dates)");
    return tr("NPS report · all responses (%1 to %2)")
        .arg(m_locale.toString(r.dataFirstDay, QLocale::ShortFormat),
             m_locale.toString(r.dataLastDay, QLocale::ShortFormat));
}

QString ReportWording::selection() const
{
    return tr("Selection: %1 · generated on %2")
        .arg(m_report.filterDescription,
             m_locale.toString(QDate::currentDate(), QLocale::LongFormat));
}

QString ReportWording::headline() const
{
    const NpsFigures &f = m_report.current;
    const auto ci = f.interval();
    const std::array<double, 3> limits = m_report.options.targets.bands.limits;
    return tr("NPS %1 (95% interval %2), n = %3 — %4")
        .arg(NpsFormat::nps(f.nps(), 0, m_locale),
             NpsFormat::interval(ci->low, ci->high, 1, m_locale),
             m_locale.toString(f.n()),
             npsBandName(npsBand(*f.nps(), limits)));
}

QString ReportWording::partialSelection() const
{
    const Filter &f = m_report.options.filter;
    if (!f.restrictsScores())
        return {};
    if (const QList<int> scores = f.chosenScores(); !scores.isEmpty()) {
        QStringList numbers;
        for (int s : scores)
            numbers << m_locale.toString(s);
        return tr("only score %1").arg(numbers.join(QStringLiteral(", ")));
    }
    QStringList groups;
    if (f.groups & Filter::Promoters)
        groups << tr("promoters");
    if (f.groups & Filter::Passives)
        groups << tr("passives");
    if (f.groups & Filter::Detractors)
        groups << tr("detractors");
    return tr("only %1").arg(groups.join(tr(" and ")));
}

QString ReportWording::highlight(const QuarterlyReport::Highlight &h) const
{
    if (h.againstPrevious)
        return tr("%1 “%2”: %3 on %4 (now %5, n = %6; %7).")
            .arg(h.dimension,
                 h.value,
                 h.comparison.inWords(),
                 period(m_report.previousQuarter),
                 NpsFormat::nps(h.figures.nps(), 0, m_locale),
                 m_locale.toString(h.figures.n()),
                 NpsFormat::pClause(h.comparison.p, m_locale));
    return tr("%1 “%2” stands apart: %3 against %4 for the rest (n = %5; %6).")
        .arg(h.dimension,
             h.value,
             NpsFormat::nps(h.figures.nps(), 0, m_locale),
             NpsFormat::nps(h.other.nps(), 0, m_locale),
             m_locale.toString(h.figures.n()),
             NpsFormat::pClause(h.comparison.p, m_locale));
}

QString ReportWording::summary() const
{
    const QuarterlyReport &r = m_report;
    const NpsFigures &f = r.current;
    const auto ci = f.interval();
    QStringList sentences;
    const QString band = npsBandName(npsBand(*f.nps(), r.options.targets.bands.limits));
    const QString partial = partialSelection();
    if (!partial.isEmpty())
        sentences << tr("This report covers %1, so its NPS of %2 (n = %3) describes that "
                        "selection, not all respondents.")
                         .arg(partial,
                              NpsFormat::nps(f.nps(), 0, m_locale),
                              m_locale.toString(f.n()));
    else if (r.isAllResponses())
        sentences << tr("Over all responses the NPS is %1 (95% interval %2, n = %3): %4.")
                         .arg(NpsFormat::nps(f.nps(), 0, m_locale),
                              NpsFormat::roundedInterval(ci->low, ci->high, m_locale),
                              m_locale.toString(f.n()),
                              band);
    else
        sentences << tr("In %1 the NPS was %2 (95% interval %3, n = %4): %5.")
                         .arg(period(r.options.quarter),
                              NpsFormat::nps(f.nps(), 0, m_locale),
                              NpsFormat::roundedInterval(ci->low, ci->high, m_locale),
                              m_locale.toString(f.n()),
                              band);
    if (!r.isAllResponses()) {
        if (!r.change || r.previous.isEmpty())
            sentences << tr("There are no responses in %1 to compare with.")
                             .arg(period(r.previousQuarter));
        else if (r.change->significant)
            sentences << tr("That is %1 on %2 (%3).")
                             .arg(r.change->inWords(),
                                  period(r.previousQuarter),
                                  NpsFormat::pClause(r.change->p, m_locale));
        else
            sentences << tr("Against %1 it moved %2 points, within the margin of error (%3).")
                             .arg(period(r.previousQuarter),
                                  NpsFormat::nps(r.change->delta, 0, m_locale),
                                  NpsFormat::pClause(r.change->p, m_locale));
    }
    if (r.verdict && partial.isEmpty())
        sentences << tr("The score is %1.").arg(r.verdict->inWords(m_locale));
    for (const QuarterlyReport::Highlight &h : r.highlights)
        sentences << highlight(h);
    if (r.highlights.isEmpty() && !r.segments.isEmpty())
        sentences << tr("No group of the segments in this report differs significantly from the "
                        "rest.");
    if (const QString themes = ReportThemeWording(r, m_dutch).summarySentence(); !themes.isEmpty())
        sentences << themes;
    else if (!r.detractorThemes.isEmpty())
        sentences << tr("Detractors most often mention “%1” (%2 answers).")
                         .arg(r.detractorThemes.first().word,
                              m_locale.toString(r.detractorThemes.first().answers));
    return sentences.join(u' ');
}

QStringList ReportWording::besideTheScore() const
{
    const QuarterlyReport &r = m_report;
    const ProjectTargets &t = r.options.targets;
    QStringList lines;
    if (r.verdict && partialSelection().isEmpty())
        lines << capitalised(r.verdict->inWords(m_locale)) + u'.';
    for (const NpsBenchmark &b : t.benchmarks) {
        const double delta = *r.current.nps() - b.nps;
        QString line = tr("Benchmark %1: %2 (%3 points)")
                           .arg(b.name,
                                NpsFormat::nps(b.nps, 0, m_locale),
                                NpsFormat::nps(delta, 0, m_locale));
        if (!b.source.isEmpty())
            line += u' ' + tr("— source: %1").arg(b.source);
        lines << line;
    }
    if (!t.bands.isDefault() || !t.bands.source.isEmpty()) {
        const auto &l = t.bands.limits;
        QString line = tr("Bands: below %1, %1 to %2, %2 to %3, %3 and up")
                           .arg(NpsFormat::nps(l[0], 0, m_locale),
                                NpsFormat::nps(l[1], 0, m_locale),
                                NpsFormat::nps(l[2], 0, m_locale));
        if (!t.bands.source.isEmpty())
            line += u' ' + tr("— source: %1").arg(t.bands.source);
        lines << line;
    }
    return lines;
}

QString ReportWording::changeSentence(const Period &against,
                                      const std::optional<NpsComparison> &change,
                                      const NpsFigures &other) const
{
    if (!change || other.isEmpty())
        return tr("No responses in %1 to compare with.").arg(period(against));
    return tr("Against %1 (NPS %2, n = %3): %4 %5, %6 (%7).")
        .arg(period(against),
             NpsFormat::nps(other.nps(), 0, m_locale),
             m_locale.toString(other.n()),
             NpsFormat::nps(change->delta, 1, m_locale),
             tr("points"),
             change->inWords(),
             NpsFormat::pClause(change->p, m_locale));
}

QString ReportWording::passivesSentence() const
{
    const Filter &f = m_report.options.filter;
    if (!(f.groups & Filter::Passives) || f.restrictsScores())
        return {};
    const auto now = m_report.current.passiveShare();
    const auto before = m_report.previous.passiveShare();
    QString text = tr("Passives are %1 of respondents: satisfied but not loyal, the silent leak.")
                       .arg(NpsFormat::percent(now, 0, m_locale));
    if (before && !m_report.isAllResponses())
        text += u' '
                + tr("In %1 they were %2.")
                      .arg(period(m_report.previousQuarter),
                           NpsFormat::percent(before, 0, m_locale));
    return text;
}

QString ReportWording::trendTitle() const
{
    return tr("NPS per quarter, with its 95% interval and the number of responses");
}

QString ReportWording::tableTitle(const QuarterlyReport::SegmentTable &table) const
{
    return tr("By %1").arg(table.label);
}

bool ReportWording::comparesWithRest() const
{
    return m_report.isAllResponses() || m_report.previous.isEmpty();
}

QStringList ReportWording::tableHeader(const QuarterlyReport::SegmentTable &table) const
{
    QStringList header{tr("Value"), tr("n"), tr("NPS"), tr("95% interval")};
    if (comparesWithRest())
        header << tr("vs. the rest");
    else
        header << tr("vs. %1").arg(period(m_report.previousQuarter));
    header << tr("Significant");
    if (table.hasTargets)
        header << tr("Target");
    return header;
}

QStringList ReportWording::tableCells(const QuarterlyReport::SegmentTable &table,
                                      const QuarterlyReport::SegmentRow &row) const
{
    const auto ci = row.figures.interval();
    const std::optional<NpsComparison> &vs
        = comparesWithRest() ? row.versusRest : row.versusPrevious;
    QStringList cells{row.value,
                      m_locale.toString(row.figures.n()),
                      NpsFormat::nps(row.figures.nps(), 1, m_locale),
                      NpsFormat::interval(ci->low, ci->high, 1, m_locale),
                      vs ? NpsFormat::nps(vs->delta, 1, m_locale) : QStringLiteral("–"),
                      vs ? (vs->significant ? tr("yes") : tr("no")) : QStringLiteral("–")};
    if (table.hasTargets)
        cells << (row.verdict ? QStringLiteral("%1 %2").arg(
                      NpsFormat::nps(row.verdict->target, 0, m_locale),
                      row.verdict->meets() ? QStringLiteral("✓") : QStringLiteral("✗"))
                              : QStringLiteral("–"));
    return cells;
}

QString ReportWording::smallerGroups(const QuarterlyReport::SegmentTable &table) const
{
    if (table.smallerGroups == 0)
        return {};
    return tr("%1 smaller groups (fewer than %2 responses each) are left out of the table: "
              "n = %3 together, NPS %4.")
        .arg(m_locale.toString(table.smallerGroups),
             m_locale.toString(m_report.options.minimumGroup),
             m_locale.toString(table.smallerFigures.n()),
             NpsFormat::nps(table.smallerFigures.nps(), 0, m_locale));
}

QString ReportWording::quote(const QuarterlyReport::Quote &q) const
{
    QStringList parts;
    if (q.date.isValid())
        parts << m_locale.toString(q.date, QLocale::ShortFormat);
    parts << tr("score %1").arg(q.score);
    if (!q.segments.isEmpty())
        parts << q.segments.join(QStringLiteral(", "));
    return QStringLiteral("%1 — “%2”").arg(parts.join(QStringLiteral(" · ")), q.text);
}

QString ReportWording::methodText() const
{
    return tr("NPS is the share of promoters (scores 9–10) minus the share of detractors (%3), "
              "from −100 to +100; passives (7–8) count in the total only. The 95% interval uses "
              "the adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 "
              "promoters are added before the standard error is computed. Two periods or "
              "segments differ significantly when the two-sided p-value of their difference is "
              "below 0.05. Tables list the groups with at least %1 responses; smaller groups are "
              "summed beneath them. Responses without a score (%2 in this selection) are left "
              "out of the NPS; their answers are kept.")
        .arg(m_locale.toString(m_report.options.minimumGroup),
             m_locale.toString(m_report.withoutScore),
             // On a 1–10 scale (no 0) detractors are 1–6.
             m_report.scoreScaleMin == 1 ? QStringLiteral("1–6") : QStringLiteral("0–6"));
}

QString ReportWording::footer(const QString &title) const
{
    return QStringLiteral("%1 · %2").arg(title, scopeName());
}
