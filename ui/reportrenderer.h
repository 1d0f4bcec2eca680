#pragma once

#include "report/quarterlyreport.h"
#include "reportthemewording.h"
#include "reportwording.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;
class QPainter;

// Lays out a report: on a printer or PDF page by page with vector charts (the same drawing as
// the window's), as HTML with inline SVG charts, or as an editable ODF document. Strings follow
// the translator installed when it runs (see ReportLanguage).
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    enum Section {
        Trend = 1,
        Segments = 2,
        Distribution = 4,
        Voices = 8,
        Method = 16,
        AllSections = 31
    };
    ReportRenderer(const QuarterlyReport &report,
                   QString title,
                   bool dutch,
                   int sections = AllSections);

    Status print(QPagedPaintDevice *device) const;
    QString html() const;
    Status writeOdt(const QString &path) const;
    // Writes by the file's extension: .pdf, .html/.htm or .odt.
    Status write(const QString &path, bool letter) const;

private:
    Status writeAs(const QString &path, bool letter) const;
    void drawTrend(QPainter &painter, const QRectF &bounds, const QFont &font) const;
    static QString followUpTitle(const QuarterlyReport &r);
    QString writeInsNote() const; // "In their own words" when the texts are write-ins

    const QuarterlyReport &m_report;
    QString m_title;
    int m_sections;
    ReportWording m_words;
    ReportThemeWording m_themeWords;
};

// Installs the translator of a report's language while it renders, then restores the rest.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language); // "nl" or "en"
    ~ReportLanguage();

private:
    class QTranslator *m_translator = nullptr;
};
