#include "distributionchart.h"

#include "groupcolors.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

DistributionChart::DistributionChart(QWidget *parent)
    : QWidget(parent)
{
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("How many respondents gave each score. Click a bar to read the answers of "
                  "those who gave that score; Ctrl+click to add more scores."));
    setAccessibleName(tr("Score distribution"));
}

void DistributionChart::setCounts(const std::array<qint64, 11> &counts,
                                  quint16 chosenScores,
                                  int scaleMin)
{
    m_counts = counts;
    m_chosen = chosenScores;
    m_scaleMin = std::clamp(scaleMin, 0, 1);
    update();
}

QRectF DistributionChart::plotArea() const
{
    const double labels = fontMetrics().height() + 4;
    return QRectF(rect()).adjusted(6, labels + 2, -6, -labels - 2);
}

void DistributionChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    draw(p, QRectF(rect()), font(), palette(), m_counts, m_chosen, m_scaleMin);
}

void DistributionChart::draw(QPainter &p,
                             const QRectF &bounds,
                             const QFont &font,
                             const QPalette &pal,
                             const std::array<qint64, 11> &counts,
                             quint16 chosenScores,
                             int scaleMin)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF metrics(font, p.device());
    const double labels = metrics.height() + 4;
    const QRectF plot = bounds.adjusted(6, labels + 2, -6, -labels - 2);
    const qint64 most = std::max<qint64>(1, *std::max_element(counts.begin(), counts.end()));
    const int first = std::clamp(scaleMin, 0, 1);
    const double slot = plot.width() / (11 - first);
    QFont small = font;
    if (small.pixelSize() > 0)
        small.setPixelSize(std::max(1, int(small.pixelSize() * 0.85)));
    else
        small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small, p.device());
    for (int s = first; s <= 10; ++s) {
        const int slotIndex = s - first;
        const double h = plot.height() * double(counts[size_t(s)]) / double(most);
        const QRectF bar(
            plot.left() + slotIndex * slot + slot * 0.12, plot.bottom() - h, slot * 0.76, h);
        const bool chosen = chosenScores & (1u << s);
        const bool some = chosenScores != 0x7FF;
        QColor fill = GroupColors::forScore(s);
        if (some && !chosen)
            fill.setAlpha(70); // the others stay, faded, for comparison
        p.setPen(some && chosen ? QPen(pal.color(QPalette::WindowText), 1.5) : QPen(Qt::NoPen));
        p.setBrush(fill);
        p.drawRoundedRect(bar, 2, 2);
        p.setPen(pal.color(QPalette::WindowText));
        p.setFont(font);
        p.drawText(
            QRectF(plot.left() + slotIndex * slot, plot.bottom() + 2, slot, metrics.height() + 2),
            Qt::AlignCenter,
            QString::number(s));
        p.setFont(small);
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(plot.left() + slotIndex * slot - 4,
                          bar.top() - smallMetrics.height() - 2,
                          slot + 8,
                          smallMetrics.height()),
                   Qt::AlignHCenter | Qt::AlignBottom,
                   QLocale().toString(counts[size_t(s)]));
    }
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.restore();
}

int DistributionChart::scoreAt(const QPointF &position) const
{
    const QRectF plot = plotArea();
    if (position.x() < plot.left() || position.x() >= plot.right())
        return -1;
    const int score
        = m_scaleMin + int((position.x() - plot.left()) / (plot.width() / (11 - m_scaleMin)));
    return score >= m_scaleMin && score <= 10 ? score : -1;
}

void DistributionChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int score = scoreAt(event->position());
    if (event->button() == Qt::LeftButton && score >= 0)
        emit scoreClicked(score, event->modifiers() & Qt::ControlModifier);
}
