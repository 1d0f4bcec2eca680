#include "npsgauge.h"

#include "groupcolors.h"
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
                  "+100.\nThe dark arc is the 95% interval (adjusted Wald): the true NPS lies in "
                  "this range with 95% confidence."));
    setAccessibleName(tr("NPS gauge"));
}

void NpsGauge::setFigures(const NpsFigures &figures,
                          const std::optional<NpsComparison> &change,
                          const QString &previousLabel)
{
    m_figures = figures;
    m_change = change;
    m_previousLabel = previousLabel;
    const auto nps = figures.nps();
    setAccessibleDescription(nps ? tr("NPS %1, n = %2").arg(NpsFormat::nps(nps, 0)).arg(figures.n())
                                 : tr("No responses"));
    update();
}

void NpsGauge::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    draw(p, QRectF(rect()), font(), palette(), m_figures, m_change, m_previousLabel);
}

void NpsGauge::draw(QPainter &p,
                    const QRectF &bounds,
                    const QFont &baseFont,
                    const QPalette &pal,
                    const NpsFigures &m_figures,
                    const std::optional<NpsComparison> &m_change,
                    const QString &m_previousLabel)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    auto font = [&baseFont] {
        return baseFont;
    };
    const QRectF area = bounds.adjusted(8, 6, -8, -6);
    const QFontMetricsF metrics(font(), p.device());
    const double textBlock = metrics.height() * 3.3; // band and n, interval, change
    const double tickRoom = metrics.horizontalAdvance(QStringLiteral("+100")) + 6;
    const double radius
        = std::min(area.width() / 2.0 - tickRoom, area.height() - textBlock - metrics.height()) - 4;
    if (radius < 20) {
        p.restore();
        return;
    }
    const QPointF centre(area.center().x(), area.top() + metrics.height() + radius);
    const double thickness = std::max(10.0, radius * 0.17);

    // Bands: needs attention, acceptable, strong, excellent.
    struct Band
    {
        double from, to;
        QColor colour;
    };
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    auto soft = [dark](QColor c) {
        return dark ? c.darker(170)
                    : QColor::fromHsv(c.hsvHue(), int(c.hsvSaturation() * 0.45), 245);
    };
    const Band bands[] = {{-100, 0, soft(GroupColors::of(ScoreGroup::Detractor))},
                          {0, 30, soft(GroupColors::of(ScoreGroup::Passive))},
                          {30, 50, soft(QColor(0x56, 0xB4, 0xE9))},
                          {50, 100, soft(GroupColors::of(ScoreGroup::Promoter))}};
    const QRectF ring(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    for (const Band &b : bands) {
        QPen pen(b.colour, thickness, Qt::SolidLine, Qt::FlatCap);
        p.setPen(pen);
        const double start = angleOf(b.to);
        p.drawArc(ring, int(start * 16), int((angleOf(b.from) - start) * 16));
    }
    // Tick labels at the band edges.
    QFont small = font();
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(small.pixelSize() * 0.8)));
    else
        small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int tick : {-100, 0, 30, 50, 100}) {
        const QPointF at = onCircle(centre, radius + thickness / 2 + 9, angleOf(tick));
        const QString label = tick > 0 ? QStringLiteral("+%1").arg(tick)
                                       : QString::number(tick).replace(u'-', QChar(0x2212));
        const QRectF box(at.x() - 20, at.y() - 8, 40, 16);
        p.drawText(box, Qt::AlignCenter, label);
    }

    const auto nps = m_figures.nps();
    if (nps) {
        // The 95% interval as a dark arc on the inner edge of the bands.
        if (const auto ci = m_figures.interval()) {
            const QColor ink = pal.color(QPalette::WindowText);
            QPen pen(ink, std::max(3.0, thickness * 0.28), Qt::SolidLine, Qt::RoundCap);
            p.setPen(pen);
            const double inner = radius - thickness / 2 - pen.widthF();
            const QRectF r(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner);
            const double start = angleOf(ci->high);
            p.drawArc(r, int(start * 16), int(std::max(0.5, angleOf(ci->low) - start) * 16));
        }
        // The needle: a pointer across the band, clear of the score in the middle.
        const QColor needle = m_figures.isSmallSample() ? pal.color(QPalette::PlaceholderText)
                                                        : pal.color(QPalette::WindowText);
        p.setPen(QPen(needle, 4, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(onCircle(centre, radius * 0.62, angleOf(*nps)),
                   onCircle(centre, radius + thickness / 2 + 2, angleOf(*nps)));
    }

    // The score, large, with its sign, inside the arc; then n, the interval and the change.
    QFont big = font();
    if (big.pixelSize() > 0)
        big.setPixelSize(int(std::clamp(radius * 0.42, 16.0, 60.0)));
    else
        big.setPointSizeF(std::clamp(radius * 0.32, 14.0, 44.0));
    big.setBold(true);
    p.setFont(big);
    p.setPen(m_figures.isSmallSample() ? pal.color(QPalette::PlaceholderText)
                                       : pal.color(QPalette::WindowText));
    const QFontMetricsF bigMetrics(big, p.device());
    const QRectF scoreBox(centre.x() - radius,
                          centre.y() - bigMetrics.height() * 1.05,
                          2 * radius,
                          bigMetrics.height());
    p.drawText(scoreBox,
               Qt::AlignHCenter | Qt::AlignBottom,
               nps ? NpsFormat::nps(nps, 0) : QStringLiteral("–"));

    p.setFont(font());
    double y = centre.y() + 6;
    auto line = [&](const QString &text, const QColor &colour) {
        p.setPen(colour);
        p.drawText(QRectF(area.left(), y, area.width(), metrics.height()),
                   Qt::AlignHCenter,
                   metrics.elidedText(text, Qt::ElideRight, area.width()));
        y += metrics.height() + 1;
    };
    if (nps) {
        const auto ci = m_figures.interval();
        if (m_figures.isSmallSample()) {
            line(tr("n = %1: too few responses to rely on").arg(m_figures.n()),
                 pal.color(QPalette::PlaceholderText));
        } else {
            line(tr("%1 · n = %2")
                     .arg(npsBandName(npsBand(*nps)), QLocale().toString(m_figures.n())),
                 pal.color(QPalette::WindowText));
        }
        line(tr("95% interval %1").arg(NpsFormat::interval(ci->low, ci->high, 0)),
             pal.color(QPalette::PlaceholderText));
    } else {
        line(tr("No responses with a score in this selection"),
             pal.color(QPalette::PlaceholderText));
    }
    if (m_change) {
        const QChar arrow = m_change->delta > 0.05    ? QChar(0x25B2)
                            : m_change->delta < -0.05 ? QChar(0x25BC)
                                                      : QChar(0x25B6);
        const QString text = QStringLiteral("%1 %2 %3 · %4")
                                 .arg(arrow)
                                 .arg(NpsFormat::nps(m_change->delta, 0))
                                 .arg(tr("vs. %1").arg(m_previousLabel), m_change->inWords());
        QColor colour = pal.color(QPalette::PlaceholderText);
        if (m_change->significant)
            colour = m_change->delta > 0 ? GroupColors::of(ScoreGroup::Promoter)
                                         : GroupColors::of(ScoreGroup::Detractor);
        if (m_change->significant && dark)
            colour = colour.lighter(150);
        line(text, colour);
    }
    p.restore();
}
