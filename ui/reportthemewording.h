#pragma once

#include "report/quarterlyreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// What the report says about its themes, in its language: each theme's line with its impact
// and its NPS, its move against the period before, its open actions, the themes that rose and
// what passives mention more than promoters.
class ReportThemeWording
{
    Q_DECLARE_TR_FUNCTIONS(ReportThemeWording)
public:
    ReportThemeWording(const QuarterlyReport &report, bool dutch);

    // "Impact +3.6 points · 251 answers (16%) · NPS −0 (95% interval −11 … +10)"
    QString themeLine(const ThemeVoice &voice) const;
    // "Against 2026-Q2: 14% → 16% of the answers (+2.1 points, within the margin of error)", or
    // "2020-Q1 against 2019-Q4: +3.8 points, …" (all responses)
    QString changeLine(const ThemeVoice &voice) const;
    QString actionLine(const ThemeAction &action) const;
    QString risingLine() const; // empty when no theme rose
    // What the "*" after a theme's NPS means; empty when no theme presented has one.
    QString smallSampleNote() const;
    QString passivesLine() const;
    // For the executive summary: the theme that costs the score most (of a question of praise:
    // the one mentioned most).
    QString summarySentence() const;
    // The title over the themes: what they cost, or (a question of praise) what is valued.
    QString themesTitle() const;

private:
    QString change(const ShareComparison &c) const;

    const QuarterlyReport &m_report;
    bool m_dutch;
    QLocale m_locale;
};
