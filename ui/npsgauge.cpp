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
    setToolTip(
        tr("Net Promoter Score: % promoters (9–10) minus % detractors (0–6), from −100 to "
           "+100.\nThe purple band outside the dial is the 95% interval (adjusted Wald): the "
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

std::array<QColor, 4> NpsGauge::bandColours(const QPalette &pal)
{
    // On a dark window the group colours stay bright (a darkened band melts into the
    // background); on a light one they are soft, so that the needle and the score stand out.
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    auto band = [dark](QColor c) {
        return dark ? QColor::fromHsv(c.hsvHue(), int(c.hsvSaturation() * 0.8), 235)
                    : QColor::fromHsv(c.hsvHue(), int(c.hsvSaturation() * 0.45), 245);
    };
    return {band(GroupColors::of(ScoreGroup::Detractor)),
            band(GroupColors::of(ScoreGroup::Passive)),
            band(QColor(0x56, 0xB4, 0xE9)),
            band(GroupColors::of(ScoreGroup::Promoter))};
}

QColor NpsGauge::intervalColour(const QPalette &pal)
{
    // Okabe–Ito's reddish purple: apart from the needle's ink and from every band.
    const QColor purple(0xCC, 0x79, 0xA7);
    return pal.color(QPalette::Window).lightness() < 128 ? purple.lighter(115) : purple.darker(135);
}

NpsGauge::Layout NpsGauge::layout(const QRectF &bounds,
                                  const QFont &font,
                                  QPaintDevice *device,
                                  const GaugeReading &reading)
{
    Layout l;
    const NpsFigures &figures = reading.figures;
    const auto nps = figures.nps();
    const QRectF area = bounds.adjusted(8, 6, -8, -6);
    const QFontMetricsF metrics(font, device);
    // The lines under the score, wrapped to the width (never cut off).
    l.captions = captions(reading);
    double textBlock = metrics.height() * 0.3;
    for (Caption &c : l.captions) {
        c.box = metrics.boundingRect(QRectF(area.left(), 0, area.width(), 1e6),
                                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                                     c.text);
        c.box.setLeft(area.left());
        c.box.setWidth(area.width());
        textBlock += c.box.height() + 1;
    }
    QFont small = font;
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(small.pixelSize() * 0.8)));
    else
        small.setPointSizeF(small.pointSizeF() * 0.8);
    const QFontMetricsF smallMetrics(small, device);
    const double tickRoom = smallMetrics.horizontalAdvance(QStringLiteral("+100")) + 8;
    // Ring, a gap, the interval band, then the tick labels.
    const double guess = std::min(area.width() / 2.0, area.height());
    const double arcWidth = std::max(2.5, guess * 0.025);
    const double gap = std::max(3.0, guess * 0.02);
    const double outside = gap + arcWidth + 6;
    const double labelHeight = smallMetrics.height();
    const double radius = std::min((area.width() / 2.0 - tickRoom - outside) / 1.085,
                                   (area.height() - textBlock - labelHeight - outside - 4) / 1.085);
    if (radius < 20)
        return l;
    l.radius = radius;
    l.thickness = std::max(10.0, radius * 0.17);
    l.centre = QPointF(area.center().x(),
                       area.top() + labelHeight + outside + l.thickness / 2 + radius + 2);
    l.ringOuter = radius + l.thickness / 2;
    l.intervalInner = l.ringOuter + gap;
    double y = l.centre.y() + 6;
    for (Caption &c : l.captions) {
        c.box.moveTop(y);
        y += c.box.height() + 1;
    }
    l.intervalOuter = l.intervalInner + arcWidth;

    const std::array<double, 3> &limits = reading.bands;
    const double labelRadius = l.intervalOuter + 6;
    for (double tick : {-100.0, limits[0], limits[1], limits[2], 100.0}) {
        const double angle = qDegreesToRadians(angleOf(tick));
        const QString label = NpsFormat::nps(tick, 0);
        const QSizeF size(smallMetrics.horizontalAdvance(label) + 2, smallMetrics.height());
        // The label's box touches the circle with its nearest corner or edge: outside the
        // interval and the needle, so never under them.
        const QPointF at(
            l.centre.x()
                + std::cos(angle) * (labelRadius + size.width() / 2 * std::abs(std::cos(angle))),
            l.centre.y()
                - std::sin(angle) * (labelRadius + size.height() / 2 * std::abs(std::sin(angle))));
        l.tickLabels.append(
            {label, QRectF(QPointF(at.x() - size.width() / 2, at.y() - size.height() / 2), size)});
    }

    // The score, large, as wide as fits inside the ring.
    QFont big = font;
    if (big.pixelSize() > 0)
        big.setPixelSize(int(std::clamp(radius * 0.42, 16.0, 60.0)));
    else
        big.setPointSizeF(std::clamp(radius * 0.32, 14.0, 44.0));
    big.setBold(true);
    const QString text = nps ? NpsFormat::nps(nps, 0) : QStringLiteral("–");
    const double room = 2 * (radius - l.thickness / 2) * 0.8;
    for (int i = 0; i < 8 && QFontMetricsF(big, device).horizontalAdvance(text) > room; ++i) {
        if (big.pixelSize() > 0)
            big.setPixelSize(std::max(8, int(big.pixelSize() * 0.9)));
        else
            big.setPointSizeF(std::max(7.0, big.pointSizeF() * 0.9));
    }
    l.scoreFont = big;
    const QFontMetricsF bigMetrics(big, device);
    const double w = bigMetrics.horizontalAdvance(text) + 4;
    l.score = QRectF(
        l.centre.x() - w / 2, l.centre.y() - bigMetrics.height() * 1.05, w, bigMetrics.height());
    if (nps) {
        // The needle: from clear of the score to the ring's outer edge.
        const double a = qDegreesToRadians(angleOf(*nps));
        const double c = std::abs(std::cos(a)), sn = std::sin(a);
        const double exitX = c > 1e-6 ? (w / 2) / c : 1e9;
        const double exitY = sn > 1e-6 ? (l.centre.y() - l.score.top()) / sn : 1e9;
        const double inner = std::clamp(std::min(exitX, exitY) + 3, radius * 0.5, radius * 0.9);
        l.needle = QLineF(onCircle(l.centre, inner, angleOf(*nps)),
                          onCircle(l.centre, l.ringOuter, angleOf(*nps)));
    }
    return l;
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
    const Layout l = layout(bounds, font, p.device(), reading);
    if (l.radius <= 0) {
        p.restore();
        return;
    }
    const QPointF centre = l.centre;
    const double radius = l.radius;
    const double thickness = l.thickness;
    const double ringOuter = l.ringOuter;

    // Bands: needs attention, acceptable, strong, excellent (the project's own limits).
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    const std::array<double, 3> &limits = reading.bands;
    const double edges[] = {-100, limits[0], limits[1], limits[2], 100};
    const std::array<QColor, 4> colours = bandColours(pal);
    const QRectF ring(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    for (int b = 0; b < 4; ++b) {
        const double from = std::clamp(edges[b], -100.0, 100.0);
        const double to = std::clamp(edges[b + 1], -100.0, 100.0);
        if (to <= from)
            continue;
        p.setPen(QPen(colours[size_t(b)], thickness, Qt::SolidLine, Qt::FlatCap));
        const double start = angleOf(to);
        p.drawArc(ring, int(start * 16), int((angleOf(from) - start) * 16));
    }

    // Tick labels at the band edges, outside the interval band.
    QFont small = font;
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(small.pixelSize() * 0.8)));
    else
        small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (const auto &[label, box] : l.tickLabels)
        p.drawText(box, Qt::AlignCenter, label);

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
    const QColor intervalInk = intervalColour(pal);
    if (nps) {
        // The 95% interval as a thin band of its own colour outside the ring, apart from the
        // needle's tip.
        if (const auto ci = figures.interval(); ci && !partial) {
            const double width = l.intervalOuter - l.intervalInner;
            const double mid = (l.intervalInner + l.intervalOuter) / 2;
            p.setPen(QPen(intervalInk, width, Qt::SolidLine, Qt::FlatCap));
            const QRectF r(centre.x() - mid, centre.y() - mid, 2 * mid, 2 * mid);
            const double start = angleOf(ci->high);
            const double span = std::max(0.8, angleOf(ci->low) - start);
            p.drawArc(r, int(start * 16), int(span * 16));
            // Its ends as small ticks outwards, so that a narrow interval still reads as a range.
            p.setPen(QPen(intervalInk, 1.2, Qt::SolidLine, Qt::FlatCap));
            for (double end : {start, start + span})
                p.drawLine(onCircle(centre, l.intervalInner, end),
                           onCircle(centre, l.intervalOuter + 2, end));
        }
        const QColor needle
            = figures.isSmallSample() || partial ? pal.color(QPalette::PlaceholderText) : ink;
        p.setPen(QPen(needle, std::max(3.0, thickness * 0.22), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(l.needle);
    }

    // The score, large, with its sign, inside the arc; then n, the interval and the change.
    p.setFont(l.scoreFont);
    p.setPen(figures.isSmallSample() || partial ? pal.color(QPalette::PlaceholderText) : ink);
    p.drawText(l.score,
               Qt::AlignHCenter | Qt::AlignBottom,
               nps ? NpsFormat::nps(nps, 0) : QStringLiteral("–"));

    const QColor grey = pal.color(QPalette::PlaceholderText);
    auto emphasis = [dark](ScoreGroup group) {
        const QColor c = GroupColors::of(group);
        return dark ? c.lighter(150) : c.darker(115);
    };
    p.setFont(font);
    for (const Caption &c : l.captions) {
        p.setPen(c.tone == Caption::Grey       ? grey
                 : c.tone == Caption::Interval ? intervalInk
                 : c.tone == Caption::Better   ? emphasis(ScoreGroup::Promoter)
                 : c.tone == Caption::Worse    ? emphasis(ScoreGroup::Detractor)
                                               : ink);
        p.drawText(c.box, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, c.text);
    }
    p.restore();
}

QList<NpsGauge::Caption> NpsGauge::captions(const GaugeReading &reading)
{
    const NpsFigures &figures = reading.figures;
    const auto nps = figures.nps();
    if (!nps)
        return {{tr("No responses with a score in this selection"), Caption::Grey, {}}};
    if (!reading.partialSelection.isEmpty())
        return {{tr("%1: not an NPS of all respondents").arg(reading.partialSelection),
                 Caption::Grey,
                 {}}};
    QList<Caption> lines;
    if (figures.isSmallSample())
        lines.append(
            {tr("n = %1: too few responses to rely on").arg(figures.n()), Caption::Grey, {}});
    else
        lines.append({tr("%1 · n = %2")
                          .arg(npsBandName(npsBand(*nps, reading.bands)),
                               reading.locale.toString(figures.n())),
                      Caption::Ink,
                      {}});
    const auto ci = figures.interval();
    // In the interval band's colour: the legend of the band.
    lines.append({tr("95% interval %1").arg(NpsFormat::roundedInterval(ci->low, ci->high)),
                  Caption::Interval,
                  {}});
    if (reading.change) {
        const NpsComparison &change = *reading.change;
        const QChar arrow = change.delta > 0.05    ? QChar(0x25B2)
                            : change.delta < -0.05 ? QChar(0x25BC)
                                                   : QChar(0x25B6);
        const QString text = QStringLiteral("%1 %2 %3 · %4")
                                 .arg(arrow)
                                 .arg(NpsFormat::nps(change.delta, 0))
                                 .arg(tr("vs. %1").arg(reading.previousLabel), change.inWords());
        lines.append({text,
                      !change.significant ? Caption::Grey
                      : change.delta > 0  ? Caption::Better
                                          : Caption::Worse,
                      {}});
    }
    if (const auto verdict
        = reading.target ? TargetVerdict::judge(figures, *reading.target) : std::nullopt) {
        QString text = verdict->inWords(reading.locale);
        text[0] = text.at(0).toUpper();
        lines.append({text,
                      verdict->kind == TargetVerdict::Above   ? Caption::Better
                      : verdict->kind == TargetVerdict::Below ? Caption::Worse
                                                              : Caption::Ink,
                      {}});
    }
    return lines;
}
