#include "reportrenderer.h"

#include "distributionchart.h"
#include "groupcolors.h"
#include "logging.h"
#include "metrics/themeanalysis.h"
#include "models/npsformat.h"
#include "npsgauge.h"
#include "reportpages.h"

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
    return ReportPages::font(size, bold);
}

GaugeReading gaugeReading(const QuarterlyReport &r, const ReportWording &words)
{
    GaugeReading g;
    g.figures = r.current;
    g.change = r.change;
    g.previousLabel = r.isAllResponses() ? QString() : words.period(r.previousQuarter);
    g.target = r.options.targets.target;
    g.bands = r.options.targets.bands.limits;
    g.partialSelection = words.partialSelection();
    g.locale = words.locale();
    return g;
}

} // namespace

ReportRenderer::ReportRenderer(const QuarterlyReport &report,
                               QString title,
                               bool dutch,
                               int sections)
    : m_report(report)
    , m_title(std::move(title))
    , m_sections(sections)
    , m_words(report, dutch)
    , m_themeWords(report, dutch)
{}

void ReportRenderer::drawTrend(QPainter &p, const QRectF &bounds, const QFont &font) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QLocale &locale = m_words.locale();
    const QList<PeriodFigures> &trend = m_report.trend;
    const std::optional<double> target = m_report.options.targets.target;
    const QFontMetricsF m(font, p.device());
    QFont small = font;
    small.setPixelSize(std::max(1, int(font.pixelSize() * 0.85)));
    const QFontMetricsF sm(small, p.device());
    // Room beneath for the period and its number of responses.
    const QRectF plot = bounds.adjusted(34, 8, -8, -m.height() - sm.height() - 10);
    double lo = -20, hi = 20;
    for (const PeriodFigures &pf : trend) {
        if (const auto ci = pf.figures.interval()) {
            lo = std::min(lo, ci->low);
            hi = std::max(hi, ci->high);
        }
    }
    if (target) {
        lo = std::min(lo, *target);
        hi = std::max(hi, *target);
    }
    lo = std::max(-100.0, std::floor(lo / 20) * 20);
    hi = std::min(100.0, std::ceil(hi / 20) * 20);
    auto yOf = [&](double v) {
        return plot.bottom() - (v - lo) / (hi - lo) * plot.height();
    };
    const double slot = plot.width() / double(std::max<qsizetype>(1, trend.size()));
    auto xOf = [&](int i) {
        return plot.left() + slot * (i + 0.5);
    };
    p.setFont(font);
    for (double v = lo; v <= hi + 0.1; v += 20) {
        p.setPen(QPen(QColor(0xe3, 0xe5, 0xe8), 0.6));
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        p.setPen(ReportPages::grey());
        p.drawText(QRectF(bounds.left(), yOf(v) - 7, 30, 14),
                   Qt::AlignRight | Qt::AlignVCenter,
                   NpsFormat::nps(v, 0, locale));
    }
    if (target) {
        QPen pen(ReportPages::ink(), 0.9, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(plot.left(), yOf(*target)), QPointF(plot.right(), yOf(*target)));
        p.setFont(small);
        p.drawText(
            QRectF(plot.left() + 2, yOf(*target) - sm.height() - 1, plot.width() - 4, sm.height()),
            Qt::AlignRight | Qt::AlignBottom,
            tr("target %1").arg(NpsFormat::nps(*target, 0, locale)));
        p.setFont(font);
    }
    QPainterPath band, line;
    bool started = false;
    QList<QPointF> upper, lower;
    for (int i = 0; i < trend.size(); ++i) {
        const NpsFigures &f = trend.at(i).figures;
        p.setPen(ReportPages::ink());
        p.setFont(font);
        p.drawText(QRectF(xOf(i) - slot / 2, plot.bottom() + 4, slot, m.height()),
                   Qt::AlignCenter,
                   m_words.period(trend.at(i).period));
        p.setFont(small);
        p.setPen(f.isSmallSample() ? QColor(0xa0, 0xa4, 0xa9) : ReportPages::grey());
        p.drawText(QRectF(xOf(i) - slot / 2, plot.bottom() + 4 + m.height(), slot, sm.height()),
                   Qt::AlignCenter,
                   QStringLiteral("n = %1").arg(locale.toString(f.n())));
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
    p.setFont(font);
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
            p.setPen(ReportPages::ink());
            p.drawText(QRectF(xOf(i) - slot / 2, yOf(*f.nps()) - m.height() - 5, slot, m.height()),
                       Qt::AlignCenter,
                       NpsFormat::nps(f.nps(), 0, locale));
        }
    }
    p.restore();
}

Status ReportRenderer::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("Cannot start printing."));
    ReportPages pages(painter, device, m_words.footer(m_title));
    const QuarterlyReport &r = m_report;
    const QLocale &locale = m_words.locale();
    const QColor ink = ReportPages::ink(), grey = ReportPages::grey();
    const QPalette palette = printPalette();

    // 1. Title, and the executive summary.
    pages.text(m_title, reportFont(22, true), ink);
    pages.text(m_words.scope(), reportFont(14), ink);
    pages.text(m_words.selection(), reportFont(9), grey);
    pages.y += 4;
    pages.heading(tr("In brief"), 40);
    pages.text(m_words.summary(), reportFont(10.5), ink);

    // 2. Headline with the gauge.
    const double gaugeHeight = 150;
    pages.heading(tr("Headline"), gaugeHeight + 20);
    pages.text(m_words.headline(), reportFont(11, true), ink);
    NpsGauge::draw(painter,
                   QRectF(pages.left(), pages.y, 236, gaugeHeight),
                   reportFont(9),
                   palette,
                   gaugeReading(r, m_words));
    const double top = pages.y;
    const double textLeft = 262;
    pages.y = top + 10;
    if (!r.isAllResponses()) {
        pages.text(m_words.changeSentence(r.previousQuarter, r.change, r.previous),
                   reportFont(9.5),
                   ink,
                   textLeft);
        pages.text(m_words.changeSentence(r.lastYearQuarter, r.changeOnLastYear, r.lastYear),
                   reportFont(9.5),
                   ink,
                   textLeft);
    }
    for (const QString &line : m_words.besideTheScore())
        pages.text(line, reportFont(9.5), ink, textLeft);
    pages.text(tr("The trend matters more than the number: compare with your own past first."),
               reportFont(8.5),
               grey,
               textLeft);
    pages.y = std::max(pages.y, top + gaugeHeight) + 4;

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
        const QString label
            = QStringLiteral("%1 %2 (%3)")
                  .arg(names[g],
                       NpsFormat::percent(
                           100.0 * double(counts[g]) / double(r.current.n()), 0, locale),
                       locale.toString(counts[g]));
        if (QFontMetricsF(reportFont(9, true), device).horizontalAdvance(label) + 8 < w)
            painter.drawText(QRectF(x, pages.y, w, 22), Qt::AlignCenter, label);
        x += w;
    }
    pages.y += 28;
    // Every group in words too: a narrow part of the bar has no room for its label.
    QStringList shares;
    for (int g = 0; g < 3; ++g)
        shares << QStringLiteral("%1 %2 (%3)")
                      .arg(names[g],
                           NpsFormat::percent(
                               100.0 * double(counts[g]) / double(r.current.n()), 1, locale),
                           locale.toString(counts[g]));
    pages.text(shares.join(QStringLiteral(" · ")), reportFont(9), ink);
    if (const QString passives = m_words.passivesSentence(); !passives.isEmpty())
        pages.text(passives, reportFont(10), ink);

    if ((m_sections & Trend) && !r.trend.isEmpty()) {
        // 4. Trend.
        pages.heading(m_words.trendTitle(), 190);
        drawTrend(painter, QRectF(pages.left(), pages.y, pages.contentWidth(), 180), reportFont(8));
        pages.y += 188;
    } else if ((m_sections & Trend) && !r.hasDates()) {
        pages.heading(tr("Trend"), 20);
        pages.text(tr("The export has no dates, so there is no trend. Give its date column the "
                      "role “Date” when you import it to see one."),
                   reportFont(9.5),
                   grey);
    }

    if (m_sections & Segments) {
        // 5. Segments: the chosen dimensions, groups with enough responses.
        for (const QuarterlyReport::SegmentTable &table : r.segments) {
            pages.heading(m_words.tableTitle(table), 70);
            if (table.question != table.label)
                pages.text(table.question, reportFont(8.5), grey);
            QList<QStringList> rows;
            for (const QuarterlyReport::SegmentRow &row : table.rows)
                rows.append(m_words.tableCells(table, row));
            QList<ReportPages::Column> columns;
            const QStringList header = m_words.tableHeader(table);
            for (qsizetype c = 0; c < header.size(); ++c)
                columns.append({header.at(c), c == 0});
            if (!rows.isEmpty())
                pages.table(columns, rows);
            if (const QString smaller = m_words.smallerGroups(table); !smaller.isEmpty())
                pages.text(smaller, reportFont(8.5), grey);
        }
    }

    if (m_sections & Distribution) {
        // 6. Distribution.
        pages.heading(tr("Scores from %1 to 10").arg(r.scoreScaleMin), 140);
        DistributionChart::draw(painter,
                                QRectF(pages.left(), pages.y, pages.contentWidth(), 130),
                                reportFont(8),
                                palette,
                                r.distribution,
                                0x7FF,
                                r.scoreScaleMin);
        pages.y += 136;
    }

    if ((m_sections & Voices) && r.writeIns) {
        pages.heading(tr("In their own words"));
        pages.text(writeInsNote(), reportFont(9.5), ink);
    } else if (m_sections & Voices) {
        // 7. Voices. The heading stays with the first list's title and its first theme.
        // A theme's lines stay on one page, and a title with its first theme.
        using Lines = QList<ReportPages::Line>;
        const auto titleWith = [&](const QString &title, const QColor &colour, const Lines &first) {
            pages.block({{title, reportFont(11, true), colour}}, pages.measure(first));
        };
        const auto wordLines = [&](const QuarterlyReport::Theme &t) {
            Lines lines{{tr("“%1” — in %2 answers").arg(t.word, locale.toString(t.answers)),
                         reportFont(10, true),
                         ink,
                         10}};
            for (const QString &quote : t.quotes)
                lines.append({QStringLiteral("“%1”").arg(quote), reportFont(9), grey, 22});
            return lines;
        };
        auto themes =
            [&](const QString &title, const QList<QuarterlyReport::Theme> &list, ScoreGroup group) {
                const QColor colour = GroupColors::of(group).darker(110);
                if (list.isEmpty()) {
                    titleWith(title, colour, {});
                    pages.text(
                        tr("No recurring words in this group's answers."), reportFont(9), grey, 10);
                    return;
                }
                titleWith(title, colour, wordLines(list.constFirst()));
                for (const QuarterlyReport::Theme &t : list)
                    pages.block(wordLines(t));
            };
        // The section's heading, kept on the page of the first list's title and `first` theme.
        const auto heading = [&](const Lines &first) {
            constexpr double ListTitle = 30; // a list's title above its first theme
            pages.heading(tr("In their own words"),
                          ListTitle + (first.isEmpty() ? 20 : pages.measure(first)));
        };
        if (r.voices.isEmpty()) {
            heading(r.detractorThemes.isEmpty() ? Lines{}
                                                : wordLines(r.detractorThemes.constFirst()));
            themes(tr("What detractors mention most"), r.detractorThemes, ScoreGroup::Detractor);
            themes(tr("What promoters mention most"), r.promoterThemes, ScoreGroup::Promoter);
        } else {
            // The themes, the largest impact first: what each costs the score, how it moved,
            // two answers that say it and what is being done about it.
            const auto themeLines = [&](const ThemeVoice &v) {
                Lines lines{{v.label, reportFont(10, true), ink, 10},
                            {m_themeWords.themeLine(v), reportFont(9), ink, 22}};
                if (const QString moved = m_themeWords.changeLine(v); !moved.isEmpty())
                    lines.append({moved, reportFont(9), grey, 22});
                for (const QString &quote : v.quotes)
                    lines.append({QStringLiteral("“%1”").arg(quote), reportFont(9), grey, 22});
                for (const ThemeAction &a : v.openActions)
                    lines.append({m_themeWords.actionLine(a), reportFont(9), ink, 22});
                return lines;
            };
            const Lines first
                = r.voices.themes.isEmpty() ? Lines{} : themeLines(r.voices.themes.constFirst());
            heading(first);
            titleWith(
                m_themeWords.themesTitle(),
                GroupColors::of(r.voices.praise ? ScoreGroup::Promoter : ScoreGroup::Detractor)
                    .darker(110),
                first);
            for (const ThemeVoice &v : r.voices.themes)
                pages.block(themeLines(v));
            if (const QString note = m_themeWords.smallSampleNote(); !note.isEmpty())
                pages.text(note, reportFont(8.5), grey, 10);
            if (const QString rising = m_themeWords.risingLine(); !rising.isEmpty())
                pages.text(rising, reportFont(9.5), ink, 10);
            pages.text(tr("Passives, the silent middle"),
                       reportFont(11, true),
                       GroupColors::of(ScoreGroup::Passive).darker(140));
            pages.text(m_themeWords.passivesLine(), reportFont(9.5), ink, 10);
        }
        pages.text(followUpTitle(r), reportFont(11, true), ink);
        if (r.newestDetractors.isEmpty())
            pages.text(
                tr("No detractor left a comment in this selection."), reportFont(9), grey, 10);
        for (const QuarterlyReport::Quote &q : r.newestDetractors)
            pages.text(m_words.quote(q), reportFont(9), ink, 10);
    }

    if (m_sections & Method) {
        // 8. Method.
        // The method stays with the table's header and its first sources.
        const double method = pages.measure(m_words.methodText(), reportFont(9)) + 4;
        pages.heading(tr("Method and sources"), method + (r.sources.isEmpty() ? 0 : 60));
        pages.text(m_words.methodText(), reportFont(9), ink);
        QList<QStringList> sources;
        for (const QuarterlyReport::Source &s : r.sources)
            sources.append(
                {s.import.fileName,
                 locale.toString(s.import.importedAt.toLocalTime().date(), QLocale::ShortFormat),
                 s.firstDay.isValid() ? locale.toString(s.firstDay, QLocale::ShortFormat)
                                      : QStringLiteral("–"),
                 s.lastDay.isValid() ? locale.toString(s.lastDay, QLocale::ShortFormat)
                                     : QStringLiteral("–"),
                 locale.toString(s.import.rowsImported),
                 locale.toString(s.import.rowsSkipped)});
        if (!sources.isEmpty())
            pages.table({{tr("Source"), true},
                         {tr("Imported"), false},
                         {tr("First answer"), false},
                         {tr("Last answer"), false},
                         {tr("Responses"), false},
                         {tr("Skipped"), false}},
                        sources);
    }

    pages.finish();
    painter.end();
    return Done{};
}

// The follow-up list's heading: of a question of praise, the detractors' answers say what they
// like, not what went wrong, and the heading says so.
QString ReportRenderer::followUpTitle(const QuarterlyReport &r)
{
    return r.voices.praise ? tr("Newest detractors to follow up, with what they like best")
                           : tr("Newest detractor comments to follow up");
}

QString ReportRenderer::writeInsNote() const
{
    return tr("This survey asks no open question of its own: its free texts (“%1”) are what "
              "respondents wrote in when a choice question's list lacked their option. They name "
              "options, not reasons, so no themes or comments are quoted here; they are in the "
              "window's open answers.")
        .arg(m_report.options.themes ? m_report.options.themes->question()
                                     : m_report.options.openQuestion);
}

QString ReportRenderer::html() const
{
    const QuarterlyReport &r = m_report;
    const QLocale &locale = m_words.locale();
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
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped();
    };
    const QPalette palette = printPalette();
    QString h;
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
             "<style>body{font-family:'DejaVu Sans',sans-serif;max-width:52em;margin:2em "
             "auto;color:#202225}"
             "h2{color:#005580}td,th{padding:2px 8px;text-align:right;vertical-align:top}"
             "td:first-child,th:first-child{text-align:left}"
             ".grey{color:#6b7076}blockquote{color:#555;margin:0 0 0 1.5em}</style></head><body>\n")
             .arg(locale.language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en"),
                  esc(m_title));
    h += QStringLiteral("<h1>%1</h1><p><b>%2</b><br><span class=grey>%3</span></p>\n")
             .arg(esc(m_title), esc(m_words.scope()), esc(m_words.selection()));
    h += QStringLiteral("<h2>%1</h2><p>%2</p>\n").arg(esc(tr("In brief")), esc(m_words.summary()));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Headline")));
    h += svg(
        [&](QPainter &p) {
            NpsGauge::draw(
                p, QRectF(0, 0, 320, 220), reportFont(11), palette, gaugeReading(r, m_words));
        },
        QSize(320, 220));
    h += QStringLiteral("<p><b>%1</b></p>").arg(esc(m_words.headline()));
    if (!r.isAllResponses())
        h += QStringLiteral("<p>%1</p><p>%2</p>\n")
                 .arg(esc(m_words.changeSentence(r.previousQuarter, r.change, r.previous)),
                      esc(m_words.changeSentence(
                          r.lastYearQuarter, r.changeOnLastYear, r.lastYear)));
    for (const QString &line : m_words.besideTheScore())
        h += QStringLiteral("<p>%1</p>").arg(esc(line));
    h += QStringLiteral("<h2>%1</h2><p>%2 %3 · %4 %5 · %6 %7</p><p>%8</p>\n")
             .arg(esc(tr("Promoters, passives and detractors")),
                  esc(tr("Promoters")),
                  NpsFormat::percent(r.current.promoterShare(), 1, locale),
                  esc(tr("Passives")),
                  NpsFormat::percent(r.current.passiveShare(), 1, locale),
                  esc(tr("Detractors")),
                  NpsFormat::percent(r.current.detractorShare(), 1, locale),
                  esc(m_words.passivesSentence()));
    if ((m_sections & Trend) && !r.trend.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(m_words.trendTitle()));
        h += svg([&](QPainter &p) { drawTrend(p, QRectF(0, 0, 640, 220), reportFont(10)); },
                 QSize(640, 220));
    }
    if (m_sections & Segments) {
        for (const QuarterlyReport::SegmentTable &table : r.segments) {
            h += QStringLiteral("<h2>%1</h2>").arg(esc(m_words.tableTitle(table)));
            if (table.question != table.label)
                h += QStringLiteral("<p class=grey>%1</p>").arg(esc(table.question));
            h += QStringLiteral("<table><tr>");
            for (const QString &cell : m_words.tableHeader(table))
                h += QStringLiteral("<th>%1</th>").arg(esc(cell));
            h += QStringLiteral("</tr>\n");
            for (const QuarterlyReport::SegmentRow &row : table.rows) {
                h += QStringLiteral("<tr>");
                for (const QString &cell : m_words.tableCells(table, row))
                    h += QStringLiteral("<td>%1</td>").arg(esc(cell));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            if (const QString smaller = m_words.smallerGroups(table); !smaller.isEmpty())
                h += QStringLiteral("<p class=grey>%1</p>\n").arg(esc(smaller));
        }
    }
    if (m_sections & Distribution) {
        h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(tr("Scores from %1 to 10").arg(r.scoreScaleMin)));
        h += svg(
            [&](QPainter &p) {
                DistributionChart::draw(p,
                                        QRectF(0, 0, 640, 160),
                                        reportFont(10),
                                        palette,
                                        r.distribution,
                                        0x7FF,
                                        r.scoreScaleMin);
            },
            QSize(640, 160));
    }
    if ((m_sections & Voices) && r.writeIns) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p>")
                 .arg(esc(tr("In their own words")), esc(writeInsNote()));
    } else if (m_sections & Voices) {
        h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("In their own words")));
        auto themes = [&](const QString &title, const QList<QuarterlyReport::Theme> &list) {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(title));
            for (const QuarterlyReport::Theme &t : list) {
                h += QStringLiteral("<p><b>%1</b></p>")
                         .arg(esc(
                             tr("“%1” — in %2 answers").arg(t.word, locale.toString(t.answers))));
                for (const QString &quote : t.quotes)
                    h += QStringLiteral("<blockquote>“%1”</blockquote>").arg(esc(quote));
            }
        };
        if (r.voices.isEmpty()) {
            themes(tr("What detractors mention most"), r.detractorThemes);
            themes(tr("What promoters mention most"), r.promoterThemes);
        } else {
            h += QStringLiteral("<h3>%1</h3>").arg(esc(m_themeWords.themesTitle()));
            for (const ThemeVoice &v : r.voices.themes) {
                h += QStringLiteral("<p><b>%1</b><br>%2<br><span class=grey>%3</span></p>")
                         .arg(esc(v.label),
                              esc(m_themeWords.themeLine(v)),
                              esc(m_themeWords.changeLine(v)));
                for (const QString &quote : v.quotes)
                    h += QStringLiteral("<blockquote>“%1”</blockquote>").arg(esc(quote));
                for (const ThemeAction &a : v.openActions)
                    h += QStringLiteral("<p>%1</p>").arg(esc(m_themeWords.actionLine(a)));
            }
            if (const QString note = m_themeWords.smallSampleNote(); !note.isEmpty())
                h += QStringLiteral("<p class=grey>%1</p>").arg(esc(note));
            if (const QString rising = m_themeWords.risingLine(); !rising.isEmpty())
                h += QStringLiteral("<p>%1</p>").arg(esc(rising));
            h += QStringLiteral("<h3>%1</h3><p>%2</p>")
                     .arg(esc(tr("Passives, the silent middle")), esc(m_themeWords.passivesLine()));
        }
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(followUpTitle(r)));
        for (const QuarterlyReport::Quote &q : r.newestDetractors)
            h += QStringLiteral("<li>%1</li>").arg(esc(m_words.quote(q)));
        h += QStringLiteral("</ul>");
    }
    if (m_sections & Method) {
        h += QStringLiteral("<h2>%1</h2><p>%2</p><ul>")
                 .arg(esc(tr("Method and sources")), esc(m_words.methodText()));
        for (const QuarterlyReport::Source &s : r.sources)
            h += QStringLiteral("<li>%1: %2 %3</li>")
                     .arg(esc(s.import.fileName),
                          locale.toString(s.import.rowsImported),
                          esc(tr("Responses").toLower()));
        h += QStringLiteral("</ul>");
    }
    h += QStringLiteral("</body></html>\n");
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
