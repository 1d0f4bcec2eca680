#pragma once

#include <QColor>
#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPainter;

// Pages of a printed report, in points: a cursor that moves down, breaks pages, writes the
// footer, and lays out wrapped text and tables whose columns are measured from their contents,
// whose headers wrap instead of being cut, whose rows never split and whose header repeats on
// every page.
class ReportPages
{
public:
    static constexpr double Margin = 48; // points

    ReportPages(QPainter &painter, QPagedPaintDevice *device, QString footer);

    struct Column
    {
        QString header;
        bool wraps = false; // the column that takes the spare width and wraps its cells
    };

    double left() const { return Margin; }
    double contentWidth() const { return m_width - 2 * Margin; }
    double bottom() const { return m_height - Margin - 18; }
    int page() const { return m_page; }

    void ensure(double needed);
    void newPage();
    void finish();
    // Wrapped text at the cursor; returns its height.
    double text(const QString &text, const QFont &font, const QColor &colour, double indent = 0);
    // How high a text would be, without drawing it.
    double measure(const QString &text, const QFont &font, double indent = 0) const;
    // Lines that stay on one page (a theme's name, figures and quotes).
    struct Line
    {
        QString text;
        QFont font;
        QColor colour;
        double indent = 0;
    };
    double measure(const QList<Line> &lines) const;
    // Draws the lines on one page, with at least `following` points of what follows.
    void block(const QList<Line> &lines, double following = 0);
    // A section title, kept on the page with at least `following` points of what follows.
    void heading(const QString &title, double following = 60);
    void table(const QList<Column> &columns,
               const QList<QStringList> &rows,
               const QList<bool> &greyRows = {});

    static QFont font(double size, bool bold = false);
    static QColor ink() { return {0x20, 0x22, 0x25}; }
    static QColor grey() { return {0x6b, 0x70, 0x76}; }

    QPainter &painter;
    double y = Margin;

private:
    void footer();

    QPagedPaintDevice *m_device;
    QString m_footer;
    double m_width = 0, m_height = 0;
    int m_page = 1;
};
