#include "npsgauge.h"

#include "groupcolors.h"
#include "metrics/targetverdict.h"
#include "models/npsformat.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {

// −100 … +100 → 180° … 0° (Qt angles: counter-clockwise from three o'clock).
double angleOf(double nps)
{
    return 180.0 - (std::clamp(nps, -100.0, 100.0) + 100.0) / 200.0 * 180.0;
}

QPointF onCircle(const QPointF &centre, double radius, double degrees)
{
    const double rad = qDegreesToRadians(degrees);
    return {centre.x() + radius * std::cos(rad), centre.y() - radius * std::sin(rad)};
}

} // namespace

NpsGauge::NpsGauge(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(tr("Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to "
                  "+100.\nThe dark arc outside the bands is the 95% interval (adjusted Wald): the "
                  "true NPS lies in this range with 95% confidence."));
    setAccessibleName(tr("NPS gauge"));
}

void NpsGauge::setReading(const GaugeReading &reading)
{
    m_reading = reading;
    const auto nps = reading.figures.nps();
    setAccessibleDescription(
        nps ? tr("NPS %1, n = %2").arg(NpsFormat::nps(nps, 0)).arg(reading.figures.n())
            : tr("No responses"));
    update();
}

void NpsGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    draw(p, QRectF(rect()), font(), palette(), m_reading);
}

void NpsGauge::draw(QPainter &p,
                    const QRectF &bounds,
                    const QFont &font,
                    const QPalette &pal,
                    const GaugeReading &reading)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const NpsFigures &figures = reading.figures;
    const auto nps = figures.nps();
    const bool partial = !reading.partialSelection.isEmpty();
    const std::optional<TargetVerdict> verdict
        = reading.target && !partial ? TargetVerdict::judge(figures, *reading.target)
                                     : std::nullopt;
    const QRectF area = bounds.adjusted(8, 6, -8, -6);
    const QFontMetricsF metrics(font, p.device());
    const int lines = nps && !partial ? 2 + (reading.change ? 1 : 0) + (verdict ? 1 : 0) : 1;
    const double textBlock = metrics.height() * (lines + 0.3);
    const double tickRoom = metrics.horizontalAdvance(QStringLiteral("+100")) + 6;
    // Ring, then (outside it) the interval arc, then the tick labels.
    const double guess = std::min(area.width() / 2.0, area.height());
    const double arcWidth = std::max(2.5, guess * 0.03);
    const double outside = arcWidth + 7;
    // Above the centre: the radius, half the ring (0.085 of the radius), the interval arc and
    // a line of tick labels; beside it the same with the widest label.
    const double labelHeight = metrics.height() * 0.85;
    const double radius = std::min((area.width() / 2.0 - tickRoom - outside) / 1.085,
                                   (area.height() - textBlock - labelHeight - outside - 4) / 1.085);
    if (radius < 20) {
        p.restore();
        return;
    }
    const double thickness = std::max(10.0, radius * 0.17);
    const QPointF centre(area.center().x(),
                         area.top() + labelHeight + outside + thickness / 2 + radius + 2);
    const double ringOuter = radius + thickness / 2;
    const double arcRadius = ringOuter + 4 + arcWidth / 2;

    // Bands: needs attention, acceptable, strong, excellent (the project's own limits).
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    auto soft = [dark](QColor c) {
        return dark ? c.darker(170)
                    : QColor::fromHsv(c.hsvHue(), int(c.hsvSaturation() * 0.45), 245);
    };
    const std::array<double, 3> &limits = reading.bands;
    const double edges[] = {-100, limits[0], limits[1], limits[2], 100};
    const QColor colours[] = {soft(GroupColors::of(ScoreGroup::Detractor)),
                              soft(GroupColors::of(ScoreGroup::Passive)),
                              soft(QColor(0x56, 0xB4, 0xE9)),
                              soft(GroupColors::of(ScoreGroup::Promoter))};
    const QRectF ring(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    for (int b = 0; b < 4; ++b) {
        const double from = std::clamp(edges[b], -100.0, 100.0);
        const double to = std::clamp(edges[b + 1], -100.0, 100.0);
        if (to <= from)
            continue;
        p.setPen(QPen(colours[b], thickness, Qt::SolidLine, Qt::FlatCap));
        const double start = angleOf(to);
        p.drawArc(ring, int(start * 16), int((angleOf(from) - start) * 16));
    }

    // Tick labels at the band edges, outside the interval arc: never under the needle.
    QFont small = font;
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(small.pixelSize() * 0.8)));
    else
        small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    const QFontMetricsF smallMetrics(small, p.device());
    p.setPen(pal.color(QPalette::PlaceholderText));
    const double labelRadius = arcRadius + arcWidth / 2 + 4;
    for (double tick : edges) {
        // Never a band label where the needle and its interval are: they speak for it there.
        if (nps && !partial && std::abs(tick - *nps) < 8)
            continue;
        const double angle = qDegreesToRadians(angleOf(tick));
        const QString label = NpsFormat::nps(tick, 0);
        const QSizeF size(smallMetrics.horizontalAdvance(label) + 2, smallMetrics.height());
        // The label's box touches the circle with its nearest corner or edge.
        const QPointF at(
            centre.x()
                + std::cos(angle) * (labelRadius + size.width() / 2 * std::abs(std::cos(angle))),
            centre.y()
                - std::sin(angle) * (labelRadius + size.height() / 2 * std::abs(std::sin(angle))));
        p.drawText(
            QRectF(
                at.x() - size.width() / 2, at.y() - size.height() / 2, size.width(), size.height()),
            Qt::AlignCenter,
            label);
    }

    const QColor ink = pal.color(QPalette::WindowText);
    if (reading.target) {
        // The target: a dashed mark across the ring, clear of the needle's solid one.
        QPen pen(ink, 2.2, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({1.6, 1.2});
        p.setPen(pen);
        const double angle = angleOf(*reading.target);
        p.drawLine(onCircle(centre, radius - thickness / 2 - 2, angle),
                   onCircle(centre, ringOuter + 1, angle));
    }
    if (nps) {
        // The 95% interval as an arc just outside the bands, beside the needle's tip.
        if (const auto ci = figures.interval(); ci && !partial) {
            p.setPen(QPen(ink, arcWidth, Qt::SolidLine, Qt::FlatCap));
            const QRectF r(
                centre.x() - arcRadius, centre.y() - arcRadius, 2 * arcRadius, 2 * arcRadius);
            const double start = angleOf(ci->high);
            const double span = std::max(0.8, angleOf(ci->low) - start);
            p.drawArc(r, int(start * 16), int(span * 16));
            // Its ends as small brackets, so that a narrow interval still reads as a range.
            p.setPen(QPen(ink, 1.2, Qt::SolidLine, Qt::FlatCap));
            for (double end : {start, start + span})
                p.drawLine(onCircle(centre, arcRadius - arcWidth / 2 - 1.5, end),
                           onCircle(centre, arcRadius + arcWidth / 2 + 1.5, end));
        }
        // The needle: from clear of the score to the ring's outer edge.
        const QColor needle
            = figures.isSmallSample() || partial ? pal.color(QPalette::PlaceholderText) : ink;
        p.setPen(QPen(needle, std::max(3.0, thickness * 0.22), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(onCircle(centre, radius * 0.62, angleOf(*nps)),
                   onCircle(centre, ringOuter, angleOf(*nps)));
    }

    // The score, large, with its sign, inside the arc; then n, the interval and the change.
    QFont big = font;
    if (big.pixelSize() > 0)
        big.setPixelSize(int(std::clamp(radius * 0.42, 16.0, 60.0)));
    else
        big.setPointSizeF(std::clamp(radius * 0.32, 14.0, 44.0));
    big.setBold(true);
    p.setFont(big);
    p.setPen(figures.isSmallSample() || partial ? pal.color(QPalette::PlaceholderText) : ink);
    const QFontMetricsF bigMetrics(big, p.device());
    const QRectF scoreBox(centre.x() - radius,
                          centre.y() - bigMetrics.height() * 1.05,
                          2 * radius,
                          bigMetrics.height());
    p.drawText(scoreBox,
               Qt::AlignHCenter | Qt::AlignBottom,
               nps ? NpsFormat::nps(nps, 0) : QStringLiteral("–"));

    p.setFont(font);
    double y = centre.y() + 6;
    auto line = [&](const QString &text, const QColor &colour) {
        p.setPen(colour);
        p.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                   Qt::AlignHCenter,
                   metrics.elidedText(text, Qt::ElideRight, area.width()));
        y += metrics.height() + 1;
    };
    const QColor grey = pal.color(QPalette::PlaceholderText);
    if (!nps) {
        line(tr("No responses with a score in this selection"), grey);
        p.restore();
        return;
    }
    if (partial) {
        line(tr("%1: not an NPS of all respondents").arg(reading.partialSelection), grey);
        p.restore();
        return;
    }
    if (figures.isSmallSample())
        line(tr("n = %1: too few responses to rely on").arg(figures.n()), grey);
    else
        line(tr("%1 · n = %2")
                 .arg(npsBandName(npsBand(*nps, limits)), reading.locale.toString(figures.n())),
             ink);
    const auto ci = figures.interval();
    line(tr("95% interval %1").arg(NpsFormat::roundedInterval(ci->low, ci->high)), grey);
    auto emphasis = [dark](ScoreGroup group) {
        const QColor c = GroupColors::of(group);
        return dark ? c.lighter(150) : c.darker(115);
    };
    if (reading.change) {
        const NpsComparison &change = *reading.change;
        const QChar arrow = change.delta > 0.05    ? QChar(0x25B2)
                            : change.delta < -0.05 ? QChar(0x25BC)
                                                   : QChar(0x25B6);
        const QString text = QStringLiteral("%1 %2 %3 · %4")
                                 .arg(arrow)
                                 .arg(NpsFormat::nps(change.delta, 0))
                                 .arg(tr("vs. %1").arg(reading.previousLabel), change.inWords());
        line(text,
             !change.significant ? grey
             : change.delta > 0  ? emphasis(ScoreGroup::Promoter)
                                 : emphasis(ScoreGroup::Detractor));
    }
    if (verdict) {
        QString text = verdict->inWords(reading.locale);
        text[0] = text.at(0).toUpper();
        line(text,
             verdict->kind == TargetVerdict::Above   ? emphasis(ScoreGroup::Promoter)
             : verdict->kind == TargetVerdict::Below ? emphasis(ScoreGroup::Detractor)
                                                     : ink);
    }
    p.restore();
}
