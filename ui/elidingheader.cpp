#include "elidingheader.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyleOptionHeaderV2>
#include <QToolTip>

ElidingHeader::ElidingHeader(Qt::Orientation orientation, QWidget *parent)
    : QHeaderView(orientation, parent)
{
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setTextElideMode(Qt::ElideRight);
}

QString ElidingHeader::elidedLabel(int logicalIndex, int width) const
{
    const QString text
        = model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
    return fontMetrics().elidedText(text, Qt::ElideRight, width);
}

void ElidingHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeaderV2 option;
    initStyleOption(&option);
    initStyleOptionForIndex(&option, logicalIndex);
    option.rect = rect;
    const QString text = option.text;
    option.text.clear();
    // The section and its sort indicator as the style draws them; the label elided here.
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    const QRect label = style()->subElementRect(QStyle::SE_HeaderLabel, &option, this);
    painter->save();
    painter->setClipRect(rect);
    style()->drawItemText(painter,
                          label,
                          int(option.textAlignment),
                          option.palette,
                          isEnabled(),
                          fontMetrics().elidedText(text, Qt::ElideRight, label.width()),
                          QPalette::ButtonText);
    painter->restore();
}

bool ElidingHeader::event(QEvent *event)
{
    // The whole label (or the model's tooltip, the full question) when a section is hovered.
    if (event->type() == QEvent::ToolTip && model()) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = logicalIndexAt(help->pos());
        if (section >= 0) {
            QString tip = model()->headerData(section, orientation(), Qt::ToolTipRole).toString();
            if (tip.isEmpty())
                tip = model()->headerData(section, orientation()).toString();
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
    }
    return QHeaderView::event(event);
}
