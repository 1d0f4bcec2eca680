#include "themesdelegate.h"

#include "groupcolors.h"
#include "models/npsformat.h"
#include "models/themesmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int Pad = 6;

QColor muted(const QStyleOptionViewItem &o)
{
    return o.palette.color(QPalette::PlaceholderText);
}

QFont smaller(const QFont &font)
{
    QFont f = font;
    f.setPointSizeF(f.pointSizeF() * 0.88);
    return f;
}

} // namespace

ThemesDelegate::ThemesDelegate(const ThemesModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{}

QSize ThemesDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), RowHeight));
    switch (index.column()) {
    case ThemesModel::LabelColumn:
        s.setWidth(std::max(s.width(), 240));
        break;
    case ThemesModel::MentionsColumn:
    case ThemesModel::NpsColumn:
        s.setWidth(150);
        break;
    case ThemesModel::ImpactColumn:
        s.setWidth(110);
        break;
    case ThemesModel::TrendColumn:
        s.setWidth(150);
        break;
    default:
        break;
    }
    return s;
}

void ThemesDelegate::paint(QPainter *painter,
                           const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    // The background (selection, hover) as the style draws it, then our content.
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    o.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &o, painter, widget);
    if (o.state & QStyle::State_Selected)
        o.palette.setColor(QPalette::Text, o.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int row = index.row();
    switch (index.column()) {
    case ThemesModel::LabelColumn:
        paintLabel(painter, o, row);
        break;
    case ThemesModel::MentionsColumn:
        paintMentions(painter, o, row);
        break;
    case ThemesModel::NpsColumn:
        paintNps(painter, o, row);
        break;
    case ThemesModel::ImpactColumn:
        paintImpact(painter, o, row);
        break;
    case ThemesModel::TrendColumn:
        paintTrend(painter, o, row);
        break;
    default:
        painter->restore();
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->restore();
}

void ThemesDelegate::paintLabel(QPainter *p, const QStyleOptionViewItem &o, int row) const
{
    const QRect r = o.rect.adjusted(Pad, 4, -Pad, -4);
    QFont bold = o.font;
    bold.setBold(true);
    const int half = r.height() / 2;
    p->setFont(bold);
    p->setPen(o.palette.color(QPalette::Text));
    const QRect top(r.left(), r.top(), r.width(), half);
    // Open actions on the theme, right-aligned beside its label.
    int labelWidth = r.width();
    if (const int open = m_openActions.value(m_model->themeAt(row).id); open > 0) {
        const QString note = tr("Actions: %1 open").arg(open);
        const QFont small = smaller(o.font);
        p->setFont(small);
        p->setPen(o.state & QStyle::State_Selected ? o.palette.color(QPalette::HighlightedText)
                                                   : GroupColors::of(ScoreGroup::Promoter));
        p->drawText(top, Qt::AlignRight | Qt::AlignVCenter, note);
        labelWidth = std::max(40, r.width() - QFontMetrics(small).horizontalAdvance(note) - 8);
        p->setFont(bold);
        p->setPen(o.palette.color(QPalette::Text));
    }
    p->drawText(
        top,
        Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(m_model->themeAt(row).label, Qt::ElideRight, labelWidth));
    QString below = m_quotes ? m_quotes(m_model->figuresAt(row).theme) : QString();
    const QFont small = smaller(o.font);
    QFont quoteFont = small;
    if (!below.isEmpty()) {
        below = QStringLiteral("“%1”").arg(below.simplified());
        quoteFont.setItalic(true);
    } else {
        QStringList words;
        for (const ThemeKeyword &k : m_model->themeAt(row).keywords)
            words << k.text;
        below = words.join(QStringLiteral(", "));
    }
    p->setFont(quoteFont);
    p->setPen(o.state & QStyle::State_Selected ? o.palette.color(QPalette::HighlightedText)
                                               : muted(o));
    const QRect bottom(r.left(), r.top() + half, r.width(), r.height() - half);
    p->drawText(bottom,
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(quoteFont).elidedText(below, Qt::ElideRight, r.width()));
}

qint64 ThemesDelegate::maxMentions() const
{
    qint64 m = 1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        m = std::max(m, m_model->figuresAt(r).mentions);
    return m;
}

double ThemesDelegate::maxImpact() const
{
    double m = 0.1;
    for (int r = 0; r < m_model->rowCount(); ++r)
        m = std::max(m, m_model->figuresAt(r).impact);
    return m;
}

void ThemesDelegate::paintMentions(QPainter *p, const QStyleOptionViewItem &o, int row) const
{
    const ThemeFigures &f = m_model->figuresAt(row);
    const QRect r = o.rect.adjusted(Pad, 4, -Pad, -4);
    const QLocale locale;
    p->setFont(o.font);
    p->setPen(o.palette.color(QPalette::Text));
    const int half = r.height() / 2;
    p->drawText(QRect(r.left(), r.top(), r.width(), half),
                Qt::AlignLeft | Qt::AlignVCenter,
                QStringLiteral("%1 · %2").arg(locale.toString(f.mentions),
                                              NpsFormat::percent(f.answerShare, 0, locale)));
    // The bar: as long as the mentions (against the most mentioned theme), split by group.
    const double width = double(r.width()) * double(f.mentions) / double(maxMentions());
    const QRectF bar(r.left(), r.top() + half + 4, std::max(width, 2.0), 8);
    const qint64 n = f.figures.n();
    double x = bar.left();
    const std::pair<ScoreGroup, qint64> parts[] = {{ScoreGroup::Detractor, f.figures.detractors},
                                                   {ScoreGroup::Passive, f.figures.passives},
                                                   {ScoreGroup::Promoter, f.figures.promoters}};
    if (n == 0) {
        p->fillRect(bar, muted(o));
        return;
    }
    for (const auto &[group, count] : parts) {
        const double w = bar.width() * double(count) / double(n);
        p->fillRect(QRectF(x, bar.top(), w, bar.height()), GroupColors::of(group));
        x += w;
    }
}

void ThemesDelegate::paintNps(QPainter *p, const QStyleOptionViewItem &o, int row) const
{
    const ThemeFigures &f = m_model->figuresAt(row);
    const QRect r = o.rect.adjusted(Pad, 4, -Pad, -4);
    const QLocale locale;
    const auto nps = f.figures.nps();
    const auto ci = f.figures.interval();
    const bool small = f.figures.isSmallSample();
    const int half = r.height() / 2;
    QFont font = o.font;
    font.setBold(f.versusRest && f.versusRest->significant);
    p->setFont(font);
    p->setPen(small ? muted(o) : o.palette.color(QPalette::Text));
    p->drawText(QRect(r.left(), r.top(), r.width(), half),
                Qt::AlignLeft | Qt::AlignVCenter,
                NpsFormat::nps(nps, 0, locale)
                    + (ci ? QStringLiteral("  (%1)").arg(NpsFormat::roundedInterval(
                           ci->low, ci->high, locale)) // as everywhere: "+44 … +52", never "-0"
                          : QString()));
    // The axis −100…100 with zero marked, the interval as a line, the NPS as a dot.
    const double y = r.top() + half + 8;
    const auto xOf = [&r](double v) {
        return r.left() + (v + 100.0) / 200.0 * r.width();
    };
    p->setPen(QPen(o.palette.color(QPalette::Mid), 1));
    p->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    p->drawLine(QPointF(xOf(0), y - 4), QPointF(xOf(0), y + 4));
    if (!nps)
        return;
    const QColor colour = *nps >= 0 ? GroupColors::of(ScoreGroup::Promoter)
                                    : GroupColors::of(ScoreGroup::Detractor);
    if (ci) {
        p->setPen(QPen(small ? muted(o) : colour, 3, Qt::SolidLine, Qt::RoundCap));
        p->drawLine(QPointF(xOf(ci->low), y), QPointF(xOf(ci->high), y));
    }
    p->setPen(Qt::NoPen);
    p->setBrush(small ? muted(o) : colour);
    p->drawEllipse(QPointF(xOf(*nps), y), 4, 4);
}

void ThemesDelegate::paintImpact(QPainter *p, const QStyleOptionViewItem &o, int row) const
{
    const ThemeFigures &f = m_model->figuresAt(row);
    const QRect r = o.rect.adjusted(Pad, 4, -Pad, -4);
    const QLocale locale;
    const QString text = QStringLiteral("+%1").arg(locale.toString(f.impact, 'f', 1));
    p->setFont(o.font);
    const int textWidth = QFontMetrics(o.font).horizontalAdvance(QStringLiteral("+00,0")) + 4;
    const double width = double(r.width() - textWidth) * f.impact / maxImpact();
    const QRectF bar(r.left(), r.center().y() - 6, std::max(width, 1.0), 12);
    p->fillRect(bar, GroupColors::of(ScoreGroup::Detractor));
    p->setPen(o.palette.color(QPalette::Text));
    p->drawText(QRectF(bar.right() + 4, r.top(), textWidth, r.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                text);
}

void ThemesDelegate::paintTrend(QPainter *p, const QStyleOptionViewItem &o, int row) const
{
    const ThemeFigures &f = m_model->figuresAt(row);
    const QRect r = o.rect.adjusted(Pad, 4, -Pad, -4);
    const int half = r.height() / 2;
    // The share of answers per period as a sparkline (periods without answers left out).
    QList<QPointF> points;
    double high = 0;
    for (const ThemePeriod &period : f.periods)
        high = std::max(high, period.share().value_or(0));
    const auto count = f.periods.size();
    // At most MaxStep pixels a period: a few periods read as a short line of points, not as
    // a rule across the cell.
    constexpr double MaxStep = 28;
    const double step = count > 1 ? std::min(double(r.width()) / double(count - 1), MaxStep) : 0;
    for (qsizetype k = 0; k < count; ++k) {
        const auto share = f.periods.at(k).share();
        if (!share)
            continue;
        const double x = count > 1 ? r.left() + double(k) * step : r.left() + 3;
        const double y = r.top() + half - 3 - (high > 0 ? *share / high : 0) * (half - 6);
        points.append(QPointF(x, y));
    }
    if (points.size() > 1) {
        QPainterPath path(points.constFirst());
        for (qsizetype k = 1; k < points.size(); ++k)
            path.lineTo(points.at(k));
        p->setPen(QPen(o.palette.color(QPalette::Text), 1.4));
        p->setBrush(Qt::NoBrush);
        p->drawPath(path);
        p->setPen(Qt::NoPen);
        p->setBrush(o.palette.color(QPalette::Text));
        if (step >= 12) // room to mark every period
            for (const QPointF &point : std::as_const(points))
                p->drawEllipse(point, 1.8, 1.8);
        p->drawEllipse(points.constLast(), 2.5, 2.5);
    }
    QString words = QStringLiteral("–");
    QColor colour = muted(o);
    if (f.trend) {
        const bool rising = f.trend->direction == ThemeTrend::Direction::Rising;
        const bool falling = f.trend->direction == ThemeTrend::Direction::Falling;
        words = (rising    ? QStringLiteral("▲ ")
                 : falling ? QStringLiteral("▼ ")
                           : QString())
                + f.trend->inWords();
        // Within the margin of error reads grey: a change to watch, not to act on.
        if (f.trend->change.significant)
            colour = o.palette.color(QPalette::Text);
    }
    const QFont small = smaller(o.font);
    p->setFont(small);
    p->setPen(colour);
    p->drawText(QRect(r.left(), r.top() + half, r.width(), r.height() - half),
                Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(small).elidedText(words, Qt::ElideRight, r.width()));
}
