#include "groupmixbar.h"

#include "groupcolors.h"
#include "models/npsformat.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace {

QString groupName(ScoreGroup g)
{
    switch (g) {
    case ScoreGroup::Promoter:
        return GroupMixBar::tr("Promoters");
    case ScoreGroup::Passive:
        return GroupMixBar::tr("Passives");
    case ScoreGroup::Detractor:
        return GroupMixBar::tr("Detractors");
    }
    return {};
}

qint64 countOf(const NpsFigures &f, ScoreGroup g)
{
    return g == ScoreGroup::Promoter  ? f.promoters
           : g == ScoreGroup::Passive ? f.passives
                                      : f.detractors;
}

constexpr ScoreGroup Order[] = {ScoreGroup::Promoter, ScoreGroup::Passive, ScoreGroup::Detractor};

} // namespace

GroupMixBar::GroupMixBar(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setToolTip(tr("Click a group to read what its respondents said."));
    setAccessibleName(tr("Promoters, passives and detractors"));
}

void GroupMixBar::setFigures(const NpsFigures &figures)
{
    m_figures = figures;
    update();
}

QList<GroupMixBar::Segment> GroupMixBar::layoutSegments() const
{
    QList<Segment> segments;
    const QRectF area = QRectF(rect()).adjusted(8, 8, -8, -8);
    const QFontMetricsF m(font());
    const double barHeight = std::min(34.0, std::max(20.0, area.height() * 0.3));
    const QRectF bar(area.left(), area.top(), area.width(), barHeight);
    const double legendTop = bar.bottom() + 10;
    // The legend in three columns when the names fit, else one row per group.
    double widest = 0;
    for (ScoreGroup g : Order) {
        // The name, and beneath it the share and count ("77.2% · 1,386"), must both fit.
        const QString figures = QStringLiteral("%1 · %2").arg(
            NpsFormat::percent(99.9, 1), QLocale().toString(countOf(m_figures, g)));
        widest = std::max(
            {widest, m.horizontalAdvance(groupName(g)) + 18, m.horizontalAdvance(figures) + 22});
    }
    const bool columns = widest <= area.width() / 3;
    const auto n = double(m_figures.n());
    // Every group keeps a sliver so that a zero share is still visible and clickable.
    const double minimum = n > 0 ? 3.0 : bar.width() / 3;
    double x = bar.left();
    const double available = bar.width() - (n > 0 ? 3 * minimum : 0);
    for (int i = 0; i < 3; ++i) {
        const double share = n > 0 ? double(countOf(m_figures, Order[i])) / n : 0;
        const double w = n > 0 ? minimum + available * share : minimum;
        const QRectF legend
            = columns ? QRectF(
                  area.left() + i * area.width() / 3, legendTop, area.width() / 3, 2 * m.height())
                      : QRectF(
                          area.left(), legendTop + i * (m.height() + 2), area.width(), m.height());
        segments.append({Order[i], QRectF(x, bar.top(), w, bar.height()), legend});
        x += w;
    }
    return segments;
}

QSize GroupMixBar::sizeHint() const
{
    return {360, int(fontMetrics().height() * 3 + 60)};
}

void GroupMixBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    for (const Segment &s : layoutSegments()) {
        const QColor colour = GroupColors::of(s.group);
        p.setPen(Qt::NoPen);
        p.setBrush(m_figures.isEmpty() ? pal.color(QPalette::Mid) : colour);
        p.drawRect(s.bar);
        const auto share = s.group == ScoreGroup::Promoter  ? m_figures.promoterShare()
                           : s.group == ScoreGroup::Passive ? m_figures.passiveShare()
                                                            : m_figures.detractorShare();
        if (s.bar.width() > 44 && share) {
            p.setPen(GroupColors::textOn(s.group));
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            p.drawText(s.bar, Qt::AlignCenter, NpsFormat::percent(share, 0));
        }
        // Legend: a colour chip, the name, the share and the count.
        p.setFont(font());
        const QFontMetricsF m(font());
        const QRectF chip(s.legend.left(), s.legend.top() + (m.height() - 10) / 2, 10, 10);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRoundedRect(chip, 2, 2);
        p.setPen(pal.color(QPalette::WindowText));
        const QRectF text = s.legend.adjusted(16, 0, 0, 0);
        const QString figures = QStringLiteral("%1 · %2").arg(
            NpsFormat::percent(share, 1), QLocale().toString(countOf(m_figures, s.group)));
        p.drawText(text, Qt::AlignLeft | Qt::AlignTop, groupName(s.group));
        p.setPen(pal.color(QPalette::PlaceholderText));
        if (s.legend.height() > m.height() * 1.5) // columns: figures under the name
            p.drawText(text.adjusted(0, m.height(), 0, 0), Qt::AlignLeft | Qt::AlignTop, figures);
        else // rows: figures on the right
            p.drawText(text, Qt::AlignRight | Qt::AlignTop, figures);
    }
}

void GroupMixBar::mouseMoveEvent(QMouseEvent *event)
{
    for (const Segment &s : layoutSegments()) {
        if (s.bar.contains(event->position()) || s.legend.contains(event->position())) {
            setCursor(Qt::PointingHandCursor);
            return;
        }
    }
    unsetCursor();
}

void GroupMixBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_figures.isEmpty())
        return;
    for (const Segment &s : layoutSegments()) {
        if (s.bar.contains(event->position()) || s.legend.contains(event->position())) {
            emit groupClicked(s.group);
            return;
        }
    }
}
