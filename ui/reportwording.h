#pragma once

#include "report/quarterlyreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>

// What a report says, in its language (the translator that ReportLanguage installs): the
// headline, the executive summary, the sentences under each section and the cells of its
// tables. The PDF, HTML and ODT renderings lay these out.
class ReportWording
{
    Q_DECLARE_TR_FUNCTIONS(ReportWording)
public:
    ReportWording(const QuarterlyReport &report, bool dutch);
    // The report's numbers and dates: Dutch as in the Netherlands; English as the system writes
    // it when the system reads English (an American sees 1/9/2020 for 9 January), else British.
    static QLocale localeFor(bool dutch);

    const QLocale &locale() const { return m_locale; }
    QString period(const Period &period) const { return period.label(m_dutch); }
    // "2019-Q4", or "all responses".
    QString scopeName() const;
    // "Quarterly NPS report · 2019-Q4", "NPS report · all responses (12/2019 to 01/2020)".
    QString scope() const;
    QString selection() const;
    QString headline() const;
    // A paragraph for a manager: what the score is, what moved and where, with significance.
    QString summary() const;
    // Beside the score: the target's verdict, the benchmarks, the bands' source.
    QStringList besideTheScore() const;
    QString changeSentence(const Period &against,
                           const std::optional<NpsComparison> &change,
                           const NpsFigures &other) const;
    // Empty when the selection leaves out passives (the sentence would make no sense).
    QString passivesSentence() const;
    QString partialSelection() const; // "only detractors", empty when every group counts
    QString trendTitle() const;
    QString tableTitle(const QuarterlyReport::SegmentTable &table) const;
    QStringList tableHeader(const QuarterlyReport::SegmentTable &table) const;
    QStringList tableCells(const QuarterlyReport::SegmentTable &table,
                           const QuarterlyReport::SegmentRow &row) const;
    QString smallerGroups(const QuarterlyReport::SegmentTable &table) const;
    // Tables compare with the rest of the responses for all responses, and when the previous
    // quarter has none; else with the previous quarter.
    bool comparesWithRest() const;
    QString quote(const QuarterlyReport::Quote &quote) const;
    QString methodText() const;
    QString footer(const QString &title) const;

private:
    QString highlight(const QuarterlyReport::Highlight &h) const;

    const QuarterlyReport &m_report;
    bool m_dutch;
    QLocale m_locale;
};
