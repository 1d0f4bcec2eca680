#include "breakdownchart.h"

#include "groupcolors.h"
#include "models/npsformat.h"

#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

BreakdownChart::BreakdownChart(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("NPS per segment value"));
}

void BreakdownChart::setRows(const QList<BreakdownRow> &rows,
                             const QSet<quint16> &selected,
                             const QList<int> &valueOrder)
{
    m_rows = rows;
    m_selected = selected;
    m_valueOrder = valueOrder;
    sortRows();
    updateGeometry();
    update();
}

void BreakdownChart::setOrder(Order order)
{
    m_order = order;
    sortRows();
    update();
}

void BreakdownChart::sortRows()
{
    QHash<int, int> position;
    for (int i = 0; i < m_valueOrder.size(); ++i)
        position.insert(m_valueOrder.at(i), i);
    const Order order = m_order;
    // Groups too small to rely on go last, whatever the order.
    std::stable_sort(
        m_rows.begin(), m_rows.end(), [&](const BreakdownRow &a, const BreakdownRow &b) {
            if (a.figures.isSmallSample() != b.figures.isSmallSample())
                return b.figures.isSmallSample();
            switch (order) {
            case Order::ByNps:
                return a.figures.nps().value_or(-1000) > b.figures.nps().value_or(-1000);
            case Order::ByValue:
                return position.value(a.code, int(a.code)) < position.value(b.code, int(b.code));
            case Order::BySize:
                break;
            }
            return a.figures.n() > b.figures.n();
        });
}

double BreakdownChart::labelWidth() const
{
    // The labels take what they need, up to 42% of the width; longer ones wrap.
    const QFontMetricsF m(font());
    double widest = 0;
    for (const BreakdownRow &r : std::as_const(m_rows))
        widest = std::max(widest, m.horizontalAdvance(r.value));
    return std::min(widest + 12, std::max(80.0, width() * 0.42));
}

int BreakdownChart::labelLines() const
{
    const QFontMetricsF m(font());
    const double room = labelWidth() - 8;
    int lines = 1;
    for (const BreakdownRow &r : std::as_const(m_rows)) {
        const QRectF need
            = m.boundingRect(QRectF(0, 0, room, 1e6), Qt::AlignRight | Qt::TextWordWrap, r.value);
        lines = std::max(lines, int(std::ceil(need.height() / m.lineSpacing() - 0.01)));
    }
    return std::min(lines, MaxLabelLines);
}

double BreakdownChart::rowHeight() const
{
    return fontMetrics().height() * std::max(1.9, labelLines() + 0.6);
}

QString BreakdownChart::legend() const
{
    return tr("● significantly different from the rest · grey: fewer than 30, last");
}

double BreakdownChart::legendHeight() const
{
    return QFontMetricsF(font())
        .boundingRect(QRectF(0, 0, std::max(1, width()), 1e6), Qt::TextWordWrap, legend())
        .height();
}

QSize BreakdownChart::sizeHint() const
{
    return {420,
            int(Top + rowHeight() * std::max<qsizetype>(3, m_rows.size()) + 14 + legendHeight())};
}

void BreakdownChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateGeometry(); // the labels and the legend wrap to the new width
}

int BreakdownChart::rowAt(const QPointF &position) const
{
    const int row = int((position.y() - Top) / rowHeight());
    return row >= 0 && row < m_rows.size() && position.y() >= Top ? row : -1;
}

std::pair<double, double> BreakdownChart::scale() const
{
    // The scale covers the intervals of the groups large enough to rely on, always including
    // zero; a group too small to rely on (its NPS of a handful of answers is often ±100) does
    // not squeeze the others' bars: its bar and whisker are cut at the edge, its number says
    // the rest. Only small groups: their intervals make the scale.
    const bool anyReliable = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const BreakdownRow &r) {
        return !r.figures.isSmallSample() && r.figures.interval();
    });
    double lo = 0, hi = 0;
    for (const BreakdownRow &r : std::as_const(m_rows)) {
        const auto ci = r.figures.interval();
        if (!ci || (anyReliable && r.figures.isSmallSample()))
            continue;
        lo = std::min(lo, ci->low);
        hi = std::max(hi, ci->high);
    }
    lo = std::max(-100.0, std::floor(lo / 10) * 10);
    hi = std::min(100.0, std::ceil(hi / 10) * 10);
    if (hi - lo < 20)
        hi = lo + 20;
    return {lo, hi};
}

void BreakdownChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetricsF m(font());
    if (m_rows.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No segment values in this selection"));
        return;
    }
    const double labelWidth = this->labelWidth();
    double numbers = 0;
    for (const BreakdownRow &r : std::as_const(m_rows))
        numbers = std::max(numbers,
                           m.horizontalAdvance(QStringLiteral("%1  n = %2 ●")
                                                   .arg(NpsFormat::nps(r.figures.nps(), 0),
                                                        QLocale().toString(r.figures.n()))));
    numbers += 12;
    const QRectF plot(labelWidth,
                      Top,
                      std::max(40.0, width() - labelWidth - numbers - 8),
                      rowHeight() * m_rows.size());
    const std::pair<double, double> range = scale();
    const double lo = range.first, hi = range.second; // captured below: no structured binding
    auto xOf = [&](double v) {
        return plot.left() + (v - lo) / (hi - lo) * plot.width();
    };

    // Zero line and grid: lines at least 28 px apart (every 10, 20, 50 or 100 points), labels as
    // far apart as the widest one needs (every line, or every second or fifth), both on
    // multiples of their step so that zero is always one of them.
    const double pxPerPoint = plot.width() / (hi - lo);
    int gridStep = 10;
    for (int step : {10, 20, 50, 100}) {
        gridStep = step;
        if (step * pxPerPoint >= 28)
            break;
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const double labelGap
        = QFontMetricsF(small).horizontalAdvance(NpsFormat::nps(std::min(lo, -hi), 0)) + 8;
    int labelStep = gridStep;
    for (int times : {1, 2, 5, 10}) {
        labelStep = gridStep * times;
        if (labelStep * pxPerPoint >= labelGap)
            break;
    }
    auto firstMultiple = [lo](int step) {
        return int(std::ceil(lo / step)) * step;
    };
    p.setPen(QPen(pal.color(QPalette::Midlight), 1));
    for (int v = firstMultiple(gridStep); v <= int(hi); v += gridStep)
        p.drawLine(QPointF(xOf(v), plot.top()), QPointF(xOf(v), plot.bottom()));
    p.setPen(QPen(pal.color(QPalette::Mid), 1.5));
    p.drawLine(QPointF(xOf(0), plot.top()), QPointF(xOf(0), plot.bottom()));
    p.setFont(small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    for (int v = firstMultiple(labelStep); v <= int(hi); v += labelStep)
        p.drawText(QRectF(xOf(v) - 20, plot.top() - 20, 40, 16),
                   Qt::AlignCenter,
                   NpsFormat::nps(double(v), 0));
    p.drawText(QRectF(0, plot.bottom() + 6, width(), legendHeight() + 2),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               legend());
    p.setFont(font());

    const QColor bar = GroupColors::of(ScoreGroup::Promoter);
    for (int i = 0; i < m_rows.size(); ++i) {
        const BreakdownRow &r = m_rows.at(i);
        const double top = plot.top() + i * rowHeight();
        const double centreY = top + rowHeight() / 2;
        const bool small = r.figures.isSmallSample();
        const bool chosen = m_selected.contains(r.code);
        if (chosen) {
            // The clicked value stands out; the others stay for comparison.
            QColor band = pal.color(QPalette::Highlight);
            band.setAlpha(48);
            p.setPen(QPen(pal.color(QPalette::Highlight), 1.2));
            p.setBrush(band);
            p.drawRoundedRect(QRectF(1, top + 1, width() - 2, rowHeight() - 2), 4, 4);
        }
        const QColor ink
            = small ? pal.color(QPalette::PlaceholderText) : pal.color(QPalette::WindowText);
        QFont labelFont = font();
        labelFont.setBold(chosen);
        p.setFont(labelFont);
        p.setPen(ink);
        p.drawText(QRectF(0, top, labelWidth - 8, rowHeight()),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   r.value);
        p.setFont(font());
        const auto value = r.figures.nps();
        if (!value)
            continue;
        QColor fill = small ? pal.color(QPalette::Mid) : bar;
        if (r.versusRest && r.versusRest->significant && !small && *value < 0)
            fill = GroupColors::of(ScoreGroup::Detractor);
        fill.setAlpha(small ? 140 : 200);
        const double barHeight = rowHeight() * 0.5;
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        const double end = xOf(std::clamp(*value, lo, hi));
        p.drawRect(QRectF(QPointF(std::min(xOf(0), end), centreY - barHeight / 2),
                          QPointF(std::max(xOf(0), end), centreY + barHeight / 2)));
        if (*value < lo || *value > hi) {
            // Cut at the edge: a chevron says the bar goes on.
            const double dx = *value > hi ? 5 : -5;
            p.setPen(QPen(ink, 1.5));
            p.drawPolyline(QList<QPointF>{QPointF(end + dx, centreY - barHeight / 2),
                                          QPointF(end + 2 * dx, centreY),
                                          QPointF(end + dx, centreY + barHeight / 2)});
            p.setPen(Qt::NoPen);
        }
        // Interval whisker.
        const auto ci = r.figures.interval();
        p.setPen(QPen(ink, 1.5));
        const double low = xOf(std::max(lo, ci->low)), high = xOf(std::min(hi, ci->high));
        p.drawLine(QPointF(low, centreY), QPointF(high, centreY));
        if (ci->low >= lo)
            p.drawLine(QPointF(low, centreY - 5), QPointF(low, centreY + 5));
        if (ci->high <= hi)
            p.drawLine(QPointF(high, centreY - 5), QPointF(high, centreY + 5));
        // Numbers.
        QString text = QStringLiteral("%1  n = %2")
                           .arg(NpsFormat::nps(value, 0), QLocale().toString(r.figures.n()));
        const bool significant = r.versusRest && r.versusRest->significant && !small;
        if (significant)
            text += QStringLiteral(" ●");
        QFont f = font();
        f.setBold(significant);
        p.setFont(f);
        p.setPen(ink);
        p.drawText(QRectF(plot.right() + 8, top, numbers, rowHeight()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   text);
        p.setFont(font());
    }
}

bool BreakdownChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            return true;
        }
        const BreakdownRow &r = m_rows.at(row);
        const auto ci = r.figures.interval();
        QString text = tr("%1: NPS %2 (95% interval %3), n = %4")
                           .arg(r.value,
                                NpsFormat::nps(r.figures.nps(), 1),
                                NpsFormat::interval(ci->low, ci->high, 1),
                                QLocale().toString(r.figures.n()));
        if (r.figures.isSmallSample())
            text += u'\n' + tr("Fewer than 30 responses: too few to rely on.");
        else if (r.versusRest)
            text += u'\n'
                    + tr("Against all other responses: %1 (%2).")
                          .arg(r.versusRest->inWords(), NpsFormat::pClause(r.versusRest->p));
        text += u'\n'
                + (m_selected.contains(r.code)
                       ? tr("Click again to show every value's respondents.")
                       : tr("Click to read these respondents' answers; Ctrl+click to add "
                            "them to those chosen."));
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void BreakdownChart::mouseMoveEvent(QMouseEvent *event)
{
    if (rowAt(event->position()) >= 0)
        setCursor(Qt::PointingHandCursor);
    else
        unsetCursor();
}

void BreakdownChart::mouseReleaseEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position());
    if (event->button() == Qt::LeftButton && row >= 0)
        emit valueClicked(m_rows.at(row).code, event->modifiers() & Qt::ControlModifier);
}
