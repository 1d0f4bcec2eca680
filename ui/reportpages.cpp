#include "reportpages.h"

#include "groupcolors.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

#include <numeric>

ReportPages::ReportPages(QPainter &p, QPagedPaintDevice *device, QString footer)
    : painter(p)
    , m_device(device)
    , m_footer(std::move(footer))
{
    const double scale = device->logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    m_width = device->width() / scale;
    m_height = device->height() / scale;
}

QFont ReportPages::font(double size, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(size))); // the painter works in points
    f.setBold(bold);
    return f;
}

void ReportPages::ensure(double needed)
{
    if (y + needed > bottom())
        newPage();
}

void ReportPages::newPage()
{
    footer();
    m_device->newPage();
    ++m_page;
    y = Margin;
}

void ReportPages::finish()
{
    footer();
}

double ReportPages::measure(const QString &text, const QFont &font, double indent) const
{
    painter.setFont(font);
    return painter
        .boundingRect(QRectF(left() + indent, 0, contentWidth() - indent, 100000),
                      Qt::TextWordWrap | Qt::AlignLeft,
                      text)
        .height();
}

double
ReportPages::text(const QString &text, const QFont &font, const QColor &colour, double indent)
{
    const double height = measure(text, font, indent);
    ensure(height);
    painter.setFont(font);
    painter.setPen(colour);
    painter.drawText(QRectF(left() + indent, y, contentWidth() - indent, height + 2),
                     Qt::TextWordWrap | Qt::AlignLeft,
                     text);
    y += height + 4;
    return height;
}

double ReportPages::measure(const QList<Line> &lines) const
{
    double height = 0;
    for (const Line &line : lines)
        height += measure(line.text, line.font, line.indent) + 4; // as text() moves down
    return height;
}

void ReportPages::block(const QList<Line> &lines, double following)
{
    ensure(measure(lines) + following);
    for (const Line &line : lines)
        text(line.text, line.font, line.colour, line.indent);
}

void ReportPages::heading(const QString &title, double following)
{
    ensure(following + 34);
    y += 10;
    text(title, font(14, true), GroupColors::of(ScoreGroup::Promoter).darker(130));
    y += 2;
}

void ReportPages::table(const QList<Column> &columns,
                        const QList<QStringList> &rows,
                        const QList<bool> &greyRows)
{
    const QFont body = font(9);
    const QFont bold = font(9, true);
    const QFontMetricsF bodyMetrics(body, m_device), boldMetrics(bold, m_device);
    const double padding = 8;
    const auto count = columns.size();

    // Columns that do not wrap are as wide as their widest cell and their longest header word;
    // the wrapping one takes the rest.
    QList<double> widths(count, 0);
    int wrapping = -1;
    for (qsizetype c = 0; c < count; ++c) {
        if (columns.at(c).wraps) {
            wrapping = int(c);
            continue;
        }
        // A short header ("vs. 2019-Q3") stays on one line; a long one wraps between words.
        const QString &title = columns.at(c).header;
        double w = title.size() <= 14 ? boldMetrics.horizontalAdvance(title) : 0;
        for (const QString &word : title.split(u' ', Qt::SkipEmptyParts))
            w = std::max(w, boldMetrics.horizontalAdvance(word));
        for (const QStringList &row : rows)
            w = std::max(w, bodyMetrics.horizontalAdvance(row.value(c)));
        widths[c] = w + padding;
    }
    const double fixed = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    if (wrapping >= 0) {
        widths[wrapping] = std::max(contentWidth() * 0.25, contentWidth() - fixed);
    }
    const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    if (total > contentWidth()) {
        for (double &w : widths)
            w *= contentWidth() / total;
    }
    // Every row (header included) as high as its tallest wrapped cell.
    auto heightOf = [&](const QStringList &cells, const QFont &f) {
        painter.setFont(f);
        double h = 0;
        for (qsizetype c = 0; c < count; ++c)
            h = std::max(h,
                         painter
                             .boundingRect(QRectF(0, 0, widths.at(c) - padding / 2, 100000),
                                           Qt::TextWordWrap,
                                           cells.value(c))
                             .height());
        return h + 5;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, const QColor &colour, double h) {
        double x = left();
        painter.setFont(f);
        painter.setPen(colour);
        for (qsizetype c = 0; c < count; ++c) {
            const double w = widths.at(c);
            const Qt::Alignment align
                = c == 0 || columns.at(c).wraps ? Qt::AlignLeft : Qt::AlignRight;
            painter.drawText(QRectF(x + 2, y + 2, w - padding / 2, h - 2),
                             align | Qt::AlignTop | Qt::TextWordWrap,
                             cells.value(c));
            x += w;
        }
        y += h;
    };
    QStringList header;
    for (const Column &c : columns)
        header << c.header;
    const double headerHeight = heightOf(header, bold);
    auto drawHeader = [&] {
        drawRow(header, bold, ink(), headerHeight);
        painter.setPen(QPen(QColor(0xb0, 0xb4, 0xb9), 0.6));
        painter.drawLine(QPointF(left(), y), QPointF(left() + contentWidth(), y));
        y += 1;
    };
    const double firstRow = rows.isEmpty() ? 0 : heightOf(rows.first(), body);
    ensure(headerHeight + firstRow + 2);
    drawHeader();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const double h = heightOf(rows.at(r), body);
        if (y + h > bottom()) {
            newPage();
            drawHeader();
        }
        drawRow(rows.at(r), body, greyRows.value(r) ? QColor(0x80, 0x84, 0x89) : ink(), h);
    }
    y += 6;
}

void ReportPages::footer()
{
    painter.setFont(font(8));
    painter.setPen(grey());
    const QRectF box(left(), m_height - Margin + 4, contentWidth(), 14);
    painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, m_footer);
    painter.drawText(box,
                     Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("ReportRenderer", "page %1").arg(m_page));
}
