#include "reportrenderer.h"

#include "distributionchart.h"
#include "groupcolors.h"
#include "logging.h"
#include "models/npsformat.h"
#include "npsgauge.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QSvgRenderer>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTranslator>
#include <QUrl>

namespace {

constexpr double PageMargin = 48; // points

QPalette printPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, Qt::white);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::Text, QColor(0x20, 0x22, 0x25));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x70, 0x76));
    p.setColor(QPalette::Mid, QColor(0xb0, 0xb4, 0xb9));
    p.setColor(QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8));
    return p;
}

QFont reportFont(double size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(std::lround(size))); // the painter works in points
    f.setBold(bold);
    return f;
}

} // namespace

// Pages of a report in points: a cursor that moves down, breaks pages and writes footers.
class ReportPages
{
public:
    ReportPages(QPainter &painter, QPagedPaintDevice *device, const ReportRenderer &renderer)
        : p(painter)
        , m_device(device)
        , m_renderer(renderer)
    {
        const double scale = device->logicalDpiX() / 72.0;
        p.scale(scale, scale);
        width = device->width() / scale;
        height = device->height() / scale;
        y = PageMargin;
    }

    double left() const { return PageMargin; }
    double contentWidth() const { return width - 2 * PageMargin; }
    double bottom() const { return height - PageMargin - 18; }

    void ensure(double needed)
    {
        if (y + needed > bottom())
            newPage();
    }
    void newPage()
    {
        footer();
        m_device->newPage();
        ++m_page;
        y = PageMargin;
    }
    void finish() { footer(); }

    // Wrapped text; returns its height.
    double text(const QString &text,
                const QFont &font,
                const QColor &colour,
                double indent = 0,
                bool draw = true)
    {
        const QRectF box(left() + indent, y, contentWidth() - indent, 10000);
        p.setFont(font);
        const QRectF needed = p.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft, text);
        if (draw) {
            ensure(needed.height());
            p.setPen(colour);
            p.drawText(QRectF(left() + indent, y, contentWidth() - indent, needed.height() + 2),
                       Qt::TextWordWrap | Qt::AlignLeft,
                       text);
            y += needed.height() + 4;
        }
        return needed.height();
    }
    // A section title, kept on the page with at least `following` points of what follows.
    void heading(const QString &title, double following = 60)
    {
        ensure(following + 34);
        y += 10;
        text(title, reportFont(14, true), GroupColors::of(ScoreGroup::Promoter).darker(130));
        y += 2;
    }

    // A table whose rows never split and whose header repeats on every page.
    void table(const QStringList &header,
               const QList<QStringList> &rows,
               const QList<double> &widths,
               const QList<bool> &greyRows = {})
    {
        const QFont font = reportFont(9);
        const QFont bold = reportFont(9, true);
        const double rowHeight = 15;
        auto drawRow
            = [&](const QStringList &cells, const QFont &f, const QColor &colour, bool rule) {
                  double x = left();
                  p.setFont(f);
                  p.setPen(colour);
                  for (qsizetype c = 0; c < cells.size(); ++c) {
                      const double w = widths.value(c) * contentWidth();
                      const QRectF cell(x + 2, y, w - 4, rowHeight);
                      const QString elided
                          = QFontMetricsF(f, m_device)
                                .elidedText(cells.at(c), Qt::ElideRight, cell.width());
                      p.drawText(cell,
                                 (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                                 elided);
                      x += w;
                  }
                  if (rule) {
                      p.setPen(QPen(QColor(0xd0, 0xd3, 0xd7), 0.5));
                      p.drawLine(QPointF(left(), y + rowHeight),
                                 QPointF(left() + contentWidth(), y + rowHeight));
                  }
                  y += rowHeight;
              };
        auto drawHeader = [&] {
            drawRow(header, bold, QColor(0x20, 0x22, 0x25), true);
        };
        ensure(rowHeight * 3);
        drawHeader();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            if (y + rowHeight > bottom()) {
                newPage();
                drawHeader();
            }
            drawRow(rows.at(r),
                    font,
                    greyRows.value(r) ? QColor(0x80, 0x84, 0x89) : QColor(0x20, 0x22, 0x25),
                    false);
        }
        y += 6;
    }

    QPainter &p;
    double width = 0, height = 0, y = 0;

private:
    void footer()
    {
        p.setFont(reportFont(8));
        p.setPen(QColor(0x6b, 0x70, 0x76));
        const QRectF box(left(), height - PageMargin + 4, contentWidth(), 14);
        p.drawText(
            box,
            Qt::AlignLeft | Qt::AlignVCenter,
            QStringLiteral("%1 · %2").arg(
                m_renderer.m_title, m_renderer.periodLabel(m_renderer.m_report.options.quarter)));
        p.drawText(
            box, Qt::AlignRight | Qt::AlignVCenter, ReportRenderer::tr("page %1").arg(m_page));
    }

    QPagedPaintDevice *m_device;
    const ReportRenderer &m_renderer;
    int m_page = 1;
};

ReportRenderer::ReportRenderer(const QuarterlyReport &report,
                               QString title,
                               bool dutch,
                               int sections)
    : m_report(report)
    , m_title(std::move(title))
    , m_dutch(dutch)
    , m_sections(sections)
    , m_locale(dutch ? QLocale(QLocale::Dutch, QLocale::Netherlands)
                     : QLocale(QLocale::English, QLocale::UnitedKingdom))
{}

QString ReportRenderer::headline() const
{
    const NpsFigures &f = m_report.current;
    const auto ci = f.interval();
    return tr("NPS %1 (95% interval %2), n = %3 — %4")
        .arg(NpsFormat::nps(f.nps(), 0, m_locale),
             NpsFormat::interval(ci->low, ci->high, 1, m_locale),
             m_locale.toString(f.n()),
             npsBandName(npsBand(*f.nps())));
}

QString ReportRenderer::changeSentence(const Period &against,
                                       const std::optional<NpsComparison> &change,
                                       const NpsFigures &other) const
{
    if (!change || other.isEmpty())
        return tr("No responses in %1 to compare with.").arg(periodLabel(against));
    return tr("Against %1 (NPS %2, n = %3): %4 %5, %6 (%7).")
        .arg(periodLabel(against),
             NpsFormat::nps(other.nps(), 0, m_locale),
             m_locale.toString(other.n()),
             NpsFormat::nps(change->delta, 1, m_locale),
             tr("points"),
             change->inWords(),
             NpsFormat::pClause(change->p, m_locale));
}

QStringList ReportRenderer::segmentCells(const QuarterlyReport::SegmentRow &row) const
{
    const auto ci = row.figures.interval();
    const auto &vs = row.versusPrevious;
    return {row.value + (row.figures.isSmallSample() ? QStringLiteral(" *") : QString()),
            m_locale.toString(row.figures.n()),
            NpsFormat::nps(row.figures.nps(), 1, m_locale),
            NpsFormat::interval(ci->low, ci->high, 1, m_locale),
            vs ? NpsFormat::nps(vs->delta, 1, m_locale) : QStringLiteral("–"),
            vs ? (vs->significant ? tr("significant") : tr("no")) : QStringLiteral("–")};
}

QString ReportRenderer::passivesSentence() const
{
    const auto now = m_report.current.passiveShare();
    const auto before = m_report.previous.passiveShare();
    QString text = tr("Passives are %1 of respondents: satisfied but not loyal, the silent leak.")
                       .arg(NpsFormat::percent(now, 0, m_locale));
    if (before)
        text += u' '
                + tr("In %1 they were %2.")
                      .arg(periodLabel(m_report.previousQuarter),
                           NpsFormat::percent(before, 0, m_locale));
    return text;
}

QString ReportRenderer::methodText() const
{
    return tr(
        "NPS is the share of promoters (scores 9–10) minus the share of detractors (0–6), "
        "from −100 to +100; passives (7–8) count in the total only. The 95% interval uses the "
        "adjusted Wald method (Rocks 2016): 0.75 detractors, 1.5 passives and 0.75 promoters are "
        "added before the standard error is computed. Two periods or segments differ significantly "
        "when the two-sided p-value of their difference is below 0.05. Figures based on fewer than "
        "30 responses are marked with *. %n response(s) of this quarter had no score and are left "
        "out of the NPS; their answers are kept.",
        nullptr,
        int(m_report.withoutScore));
}

void ReportRenderer::drawTrend(QPainter &p, const QRectF &bounds, const QFont &font) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QList<PeriodFigures> &trend = m_report.trend;
    const QFontMetricsF m(font, p.device());
    const QRectF plot = bounds.adjusted(34, 8, -8, -m.height() - 8);
    double lo = -20, hi = 20;
    for (const PeriodFigures &pf : trend) {
        if (const auto ci = pf.figures.interval()) {
            lo = std::min(lo, ci->low);
            hi = std::max(hi, ci->high);
        }
    }
    lo = std::max(-100.0, std::floor(lo / 20) * 20);
    hi = std::min(100.0, std::ceil(hi / 20) * 20);
    auto yOf = [&](double v) {
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
    };
    const double slot = plot.width() / std::max<qsizetype>(1, trend.size());
    auto xOf = [&](int i) {
        return plot.left() + slot * (i + 0.5);
    };
    p.setFont(font);
    for (double v = lo; v <= hi + 0.1; v += 20) {
        p.setPen(QPen(QColor(0xe3, 0xe5, 0xe8), 0.6));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(QColor(0x6b, 0x70, 0x76));
        p.drawText(QRectF(bounds.left(), yOf(v) - 7, 30, 14),
                   Qt::AlignRight | Qt::AlignVCenter,
                   NpsFormat::nps(v, 0, m_locale));
    }
    QPainterPath band, line;
    bool started = false;
    QList<QPointF> upper, lower;
    for (int i = 0; i < trend.size(); ++i) {
        const NpsFigures &f = trend.at(i).figures;
        p.setPen(QColor(0x20, 0x22, 0x25));
        p.drawText(QRectF(xOf(i) - slot / 2, plot.bottom() + 4, slot, m.height()),
                   Qt::AlignCenter,
                   periodLabel(trend.at(i).period));
        if (f.isEmpty())
            continue;
        upper << QPointF(xOf(i), yOf(f.interval()->high));
        lower.prepend(QPointF(xOf(i), yOf(f.interval()->low)));
        const QPointF point(xOf(i), yOf(*f.nps()));
        if (started)
            line.lineTo(point);
        else
            line.moveTo(point);
        started = true;
    }
    if (!upper.isEmpty()) {
        band.addPolygon(QPolygonF(upper + lower));
        band.closeSubpath();
        QColor bandColour = GroupColors::of(ScoreGroup::Promoter);
        bandColour.setAlpha(50);
        p.fillPath(band, bandColour);
        p.strokePath(line, QPen(GroupColors::of(ScoreGroup::Promoter), 2));
        for (int i = 0; i < trend.size(); ++i) {
            const NpsFigures &f = trend.at(i).figures;
            if (f.isEmpty())
                continue;
            p.setPen(Qt::NoPen);
            p.setBrush(f.isSmallSample() ? QColor(0xb0, 0xb4, 0xb9)
                                         : GroupColors::of(ScoreGroup::Promoter));
            p.drawEllipse(QPointF(xOf(i), yOf(*f.nps())), 3.2, 3.2);
            p.setPen(QColor(0x20, 0x22, 0x25));
            p.drawText(QRectF(xOf(i) - slot / 2, yOf(*f.nps()) - m.height() - 5, slot, m.height()),
                       Qt::AlignCenter,
                       NpsFormat::nps(f.nps(), 0, m_locale));
        }
    }
    p.restore();
}

Status ReportRenderer::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("Cannot start printing."));
    ReportPages pages(painter, device, *this);
    const QuarterlyReport &r = m_report;
    const QColor ink(0x20, 0x22, 0x25), grey(0x6b, 0x70, 0x76);
    const QPalette palette = printPalette();

    // 1. Cover block.
    pages.text(m_title, reportFont(22, true), ink);
    pages.text(
        tr("Quarterly NPS report · %1").arg(periodLabel(r.options.quarter)), reportFont(14), ink);
    pages.text(
        tr("Selection: %1 · generated on %2")
            .arg(r.filterDescription, m_locale.toString(QDate::currentDate(), QLocale::LongFormat)),
        reportFont(9),
        grey);
    pages.y += 8;

    // 2. Headline with the gauge.
    const double gaugeHeight = 170;
    pages.heading(tr("Headline"), gaugeHeight);
    NpsGauge::draw(painter,
                   QRectF(pages.left(), pages.y, 230, gaugeHeight),
                   reportFont(9),
                   palette,
                   r.current,
                   r.change,
                   periodLabel(r.previousQuarter));
    const double top = pages.y;
    const double textLeft = 245;
    pages.y = top + 14;
    pages.text(headline(), reportFont(11, true), ink, textLeft);
    pages.text(
        changeSentence(r.previousQuarter, r.change, r.previous), reportFont(10), ink, textLeft);
    pages.text(changeSentence(r.lastYearQuarter, r.changeOnLastYear, r.lastYear),
               reportFont(10),
               ink,
               textLeft);
    pages.text(tr("The trend matters more than the number: compare with your own past first."),
               reportFont(9),
               grey,
               textLeft);
    pages.y = std::max(pages.y, top + gaugeHeight) + 6;

    // 3. Group mix.
    pages.heading(tr("Promoters, passives and detractors"));
    pages.ensure(40);
    double x = pages.left();
    const ScoreGroup order[] = {ScoreGroup::Promoter, ScoreGroup::Passive, ScoreGroup::Detractor};
    const qint64 counts[] = {r.current.promoters, r.current.passives, r.current.detractors};
    const QString names[] = {tr("Promoters"), tr("Passives"), tr("Detractors")};
    for (int g = 0; g < 3; ++g) {
        const double w = pages.contentWidth() * double(counts[g]) / double(r.current.n());
        painter.fillRect(QRectF(x, pages.y, w, 22), GroupColors::of(order[g]));
        painter.setPen(GroupColors::textOn(order[g]));
        painter.setFont(reportFont(9, true));
        if (w > 70)
            painter.drawText(
                QRectF(x, pages.y, w, 22),
                Qt::AlignCenter,
                QStringLiteral("%1 %2 (%3)")
                    .arg(names[g],
                         NpsFormat::percent(
                             100.0 * double(counts[g]) / double(r.current.n()), 0, m_locale),
                         m_locale.toString(counts[g])));
        x += w;
    }
    pages.y += 28;
    pages.text(passivesSentence(), reportFont(10), ink);

    if (m_sections & Trend) {
        // 4. Trend.
        pages.heading(tr("NPS per quarter, with its 95% interval"), 180);
        drawTrend(painter, QRectF(pages.left(), pages.y, pages.contentWidth(), 170), reportFont(8));
        pages.y += 178;
    }

    if (m_sections & Segments) {
        // 5. Segments.
        for (const QuarterlyReport::SegmentTable &table : r.segments) {
            pages.heading(tr("By %1").arg(table.dimension));
            QList<QStringList> rows;
            QList<bool> grey;
            for (const QuarterlyReport::SegmentRow &row : table.rows) {
                rows.append(segmentCells(row));
                grey.append(row.figures.isSmallSample());
            }
            pages.table({tr("Value"),
                         tr("n"),
                         tr("NPS"),
                         tr("95% interval"),
                         tr("vs. %1").arg(periodLabel(r.previousQuarter)),
                         tr("Significant")},
                        rows,
                        {0.3, 0.09, 0.11, 0.22, 0.14, 0.14},
                        grey);
        }
        pages.text(tr("* fewer than 30 responses: too few to rely on."), reportFont(8), grey);
    }

    if (m_sections & Distribution) {
        // 6. Distribution.
        pages.heading(tr("Scores from 0 to 10"), 140);
        DistributionChart::draw(painter,
                                QRectF(pages.left(), pages.y, pages.contentWidth(), 130),
                                reportFont(8),
                                palette,
                                r.distribution);
        pages.y += 136;
    }

    if (m_sections & Voices) {
        // 7. Voices.
        pages.heading(tr("In their own words"));
        auto themes =
            [&](const QString &title, const QList<QuarterlyReport::Theme> &list, ScoreGroup group) {
                pages.text(title, reportFont(11, true), GroupColors::of(group).darker(110));
                if (list.isEmpty())
                    pages.text(
                        tr("No recurring words in this group's answers."), reportFont(9), grey, 10);
                for (const QuarterlyReport::Theme &t : list) {
                    pages.text(tr("“%1” — in %n answer(s)", nullptr, int(t.answers)).arg(t.word),
                               reportFont(10, true),
                               ink,
                               10);
                    for (const QString &quote : t.quotes)
                        pages.text(QStringLiteral("“%1”").arg(quote), reportFont(9), grey, 22);
                }
            };
        themes(tr("What detractors mention most"), r.detractorThemes, ScoreGroup::Detractor);
        themes(tr("What promoters mention most"), r.promoterThemes, ScoreGroup::Promoter);
        pages.text(tr("Newest detractor comments to follow up"), reportFont(11, true), ink);
        for (const QuarterlyReport::Quote &q : r.newestDetractors)
            pages.text(QStringLiteral("%1 · %2 · %3 — “%4”")
                           .arg(m_locale.toString(q.date, QLocale::ShortFormat))
                           .arg(q.score)
                           .arg(q.segments.join(QStringLiteral(", ")), q.text),
                       reportFont(9),
                       ink,
                       10);
    }

    if (m_sections & Method) {
        // 8. Method.
        pages.heading(tr("Method and sources"));
        pages.text(methodText(), reportFont(9), ink);
        QList<QStringList> sources;
        for (const QuarterlyReport::Source &s : r.sources)
            sources.append(
                {s.import.fileName,
                 m_locale.toString(s.import.importedAt.toLocalTime().date(), QLocale::ShortFormat),
                 s.firstDay.isValid() ? m_locale.toString(s.firstDay, QLocale::ShortFormat)
                                      : QStringLiteral("–"),
                 s.lastDay.isValid() ? m_locale.toString(s.lastDay, QLocale::ShortFormat)
                                     : QStringLiteral("–"),
                 m_locale.toString(s.import.rowsImported),
                 m_locale.toString(s.import.rowsSkipped)});
        pages.table({tr("Source"),
                     tr("Imported"),
                     tr("First answer"),
                     tr("Last answer"),
                     tr("Responses"),
                     tr("Skipped")},
                    sources,
                    {0.32, 0.13, 0.14, 0.14, 0.14, 0.13});
    }

    pages.finish();
    painter.end();
    return Done{};
}

QString ReportRenderer::html() const
{
    const QuarterlyReport &r = m_report;
    auto svg = [&](const std::function<void(QPainter &)> &draw, QSize size) {
        QBuffer buffer;
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setResolution(72);
        QPainter painter(&generator);
        draw(painter);
        painter.end();
        QString text = QString::fromUtf8(buffer.data());
        return text.mid(text.indexOf(QStringLiteral("<svg")));
    };
    const QPalette palette = printPalette();
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
             "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:52em;margin:2em "
             "auto;color:#202225}"
             "h2{color:#005580}td,th{padding:2px "
             "8px;text-align:right}td:first-child,th:first-child{text-align:left}"
             ".grey{color:#80848a}blockquote{color:#555;margin:0 0 0 1.5em}</style></head><body>\n")
             .arg(m_dutch ? QStringLiteral("nl") : QStringLiteral("en"), m_title.toHtmlEscaped());
    h += QStringLiteral("<h1>%1</h1><p><b>%2</b><br><span class=grey>%3</span></p>\n")
             .arg(m_title.toHtmlEscaped(),
                  tr("Quarterly NPS report · %1")
                      .arg(periodLabel(r.options.quarter))
                      .toHtmlEscaped(),
                  tr("Selection: %1 · generated on %2")
                      .arg(r.filterDescription,
                           m_locale.toString(QDate::currentDate(), QLocale::LongFormat))
                      .toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Headline").toHtmlEscaped());
    h += svg(
        [&](QPainter &p) {
            NpsGauge::draw(p,
                           QRectF(0, 0, 300, 210),
                           reportFont(11),
                           palette,
                           r.current,
                           r.change,
                           periodLabel(r.previousQuarter));
        },
        QSize(300, 210));
    h += QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>\n")
             .arg(
                 headline().toHtmlEscaped(),
                 changeSentence(r.previousQuarter, r.change, r.previous).toHtmlEscaped(),
                 changeSentence(r.lastYearQuarter, r.changeOnLastYear, r.lastYear).toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2><p>%2 %3 · %4 %5 · %6 %7</p><p>%8</p>\n")
             .arg(tr("Promoters, passives and detractors").toHtmlEscaped(),
                  tr("Promoters"),
                  NpsFormat::percent(r.current.promoterShare(), 1, m_locale),
                  tr("Passives"),
                  NpsFormat::percent(r.current.passiveShare(), 1, m_locale),
                  tr("Detractors"),
                  NpsFormat::percent(r.current.detractorShare(), 1, m_locale),
                  passivesSentence().toHtmlEscaped());
    h += QStringLiteral("<h2>%1</h2>")
             .arg(tr("NPS per quarter, with its 95% interval").toHtmlEscaped());
    h += svg([&](QPainter &p) { drawTrend(p, QRectF(0, 0, 640, 200), reportFont(10)); },
             QSize(640, 200));
    h += QStringLiteral("<h2>%1</h2>").arg(tr("Scores from 0 to 10").toHtmlEscaped());
    h += svg(
        [&](QPainter &p) {
            DistributionChart::draw(
                p, QRectF(0, 0, 640, 160), reportFont(10), palette, r.distribution);
        },
        QSize(640, 160));
    for (const QuarterlyReport::SegmentTable &table : r.segments) {
        h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>n</th><th>NPS</th><th>%3</"
                            "th><th>%4</th><th>%5</th></tr>\n")
                 .arg(tr("By %1").arg(table.dimension).toHtmlEscaped(),
                      tr("Value"),
                      tr("95% interval"),
                      tr("vs. %1").arg(periodLabel(r.previousQuarter)),
                      tr("Significant"));
        for (const QuarterlyReport::SegmentRow &row : table.rows) {
            QStringList cells = segmentCells(row);
            for (QString &cell : cells)
                cell = QStringLiteral("<td>%1</td>").arg(cell.toHtmlEscaped());
            h += QStringLiteral("<tr%1>%2</tr>\n")
                     .arg(row.figures.isSmallSample() ? QStringLiteral(" class=grey") : QString(),
                          cells.join(QString()));
        }
        h += QStringLiteral("</table>\n");
    }
    h += QStringLiteral("<h2>%1</h2>").arg(tr("In their own words").toHtmlEscaped());
    auto themes = [&](const QString &title, const QList<QuarterlyReport::Theme> &list) {
        h += QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped());
        for (const QuarterlyReport::Theme &t : list) {
            h += QStringLiteral("<p><b>%1</b></p>")
                     .arg(tr("“%1” — in %n answer(s)", nullptr, int(t.answers))
                              .arg(t.word)
                              .toHtmlEscaped());
            for (const QString &quote : t.quotes)
                h += QStringLiteral("<blockquote>“%1”</blockquote>").arg(quote.toHtmlEscaped());
        }
    };
    themes(tr("What detractors mention most"), r.detractorThemes);
    themes(tr("What promoters mention most"), r.promoterThemes);
    h += QStringLiteral("<h3>%1</h3><ul>")
             .arg(tr("Newest detractor comments to follow up").toHtmlEscaped());
    for (const QuarterlyReport::Quote &q : r.newestDetractors)
        h += QStringLiteral("<li>%1 · %2 · %3 — “%4”</li>")
                 .arg(m_locale.toString(q.date, QLocale::ShortFormat))
                 .arg(q.score)
                 .arg(q.segments.join(QStringLiteral(", ")).toHtmlEscaped(),
                      q.text.toHtmlEscaped());
    h += QStringLiteral("</ul><h2>%1</h2><p>%2</p><ul>")
             .arg(tr("Method and sources").toHtmlEscaped(), methodText().toHtmlEscaped());
    for (const QuarterlyReport::Source &s : r.sources)
        h += QStringLiteral("<li>%1: %2 %3</li>")
                 .arg(s.import.fileName.toHtmlEscaped(),
                      m_locale.toString(s.import.rowsImported),
                      tr("Responses").toLower());
    h += QStringLiteral("</ul></body></html>\n");
    return h;
}

Status ReportRenderer::writeOdt(const QString &path) const
{
    // ODF text has no SVG: the charts go in as images, the rest stays editable text.
    QString page = html();
    QTextDocument document;
    int chart = 0;
    qsizetype at = 0;
    while ((at = page.indexOf(QStringLiteral("<svg"), at)) >= 0) {
        const qsizetype end = page.indexOf(QStringLiteral("</svg>"), at) + 6;
        const QByteArray svgData = page.mid(at, end - at).toUtf8();
        QImage image(QSize(1280, 420), QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QSvgRenderer(svgData).render(&painter);
        }
        const QString name = QStringLiteral("chart%1.png").arg(++chart);
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        page.replace(at, end - at, QStringLiteral("<img src=\"%1\" width=\"600\">").arg(name));
    }
    document.setHtml(page);
    QTextDocumentWriter writer(path, "ODF");
    if (!writer.write(&document))
        return Status::failure(
            tr("Cannot write “%1”: %2")
                .arg(path, writer.device() ? writer.device()->errorString() : QString()));
    return Done{};
}

Status ReportRenderer::write(const QString &path, bool letter) const
{
    QElapsedTimer timer;
    timer.start();
    Status written = writeAs(path, letter);
    qCDebug(lcReport) << "wrote" << path << "in" << timer.elapsed() << "ms";
    return written;
}

Status ReportRenderer::writeAs(const QString &path, bool letter) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf") {
        QPdfWriter pdf(path);
        pdf.setPageSize(letter ? QPageSize(QPageSize::Letter) : QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        pdf.setTitle(m_title);
        pdf.setCreator(QStringLiteral("NPS Studio"));
        return print(&pdf);
    }
    if (suffix == u"html" || suffix == u"htm") {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(html().toUtf8()) < 0)
            return Status::failure(tr("Cannot write “%1”: %2").arg(path, file.errorString()));
        return Done{};
    }
    if (suffix == u"odt")
        return writeOdt(path);
    return Status::failure(
        tr("Cannot write a report as “.%1”; use .pdf, .html or .odt.").arg(suffix));
}

ReportLanguage::ReportLanguage(const QString &language)
    : m_translator(new QTranslator)
{
    if (m_translator->load(
            QStringLiteral(":/i18n/npsstudio_%1.qm")
                .arg(language == u"nl" ? QStringLiteral("nl") : QStringLiteral("en"))))
        QCoreApplication::installTranslator(m_translator);
}

ReportLanguage::~ReportLanguage()
{
    QCoreApplication::removeTranslator(m_translator);
    delete m_translator;
}
