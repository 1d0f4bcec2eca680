#pragma once

#include "metrics/dashboard.h"
#include "metrics/filter.h"
#include "metrics/period.h"
#include "result.h"
#include "store/importrecord.h"

#include <QList>
#include <QString>
#include <QStringList>

class ResponseCache;

// Everything a quarterly report says, computed once: the language-independent facts that the
// PDF, HTML and ODT renderings lay out.
struct QuarterlyReport
{
    struct Options
    {
        Period quarter;
        Filter filter; // segments etc.; the dates are the quarter's
        bool maskPersonalData = true;
        int trendQuarters = 8;
    };

    struct SegmentRow
    {
        QString value;
        NpsFigures figures;
        std::optional<NpsComparison> versusPrevious;
    };
    struct SegmentTable
    {
        QString dimension;
        QList<SegmentRow> rows;
    };
    struct Theme
    {
        QString word;
        qint64 answers = 0;
        QStringList quotes;
    };
    struct Quote
    {
        QDate date;
        int score = -1;
        QString text;
        QStringList segments;
    };

    Options options;
    QString filterDescription;
    NpsFigures current;
    Period previousQuarter;
    NpsFigures previous;
    std::optional<NpsComparison> change;
    Period lastYearQuarter;
    NpsFigures lastYear;
    std::optional<NpsComparison> changeOnLastYear;
    qint64 responses = 0; // in the quarter, with or without a score
    qint64 withoutScore = 0;
    QList<PeriodFigures> trend; // the last quarters up to this one
    QList<SegmentTable> segments;
    std::array<qint64, 11> distribution{};
    QList<Theme> detractorThemes;
    QList<Theme> promoterThemes;
    QList<Quote> newestDetractors;
    struct Source
    {
        ImportRecord import;
        QDate firstDay, lastDay; // of its answers
    };
    QList<Source> sources;
    QDate dataFirstDay, dataLastDay;

    // The report for one quarter; fails (with a message) for a quarter outside the data or an
    // empty selection.
    static Result<QuarterlyReport>
    build(const ResponseCache &cache, const QList<Source> &sources, const Options &options);
};
