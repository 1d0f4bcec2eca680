#include "valuelist.h"

#include <QEvent>
#include <QResizeEvent>
#include <QScrollBar>

ValueList::ValueList(QWidget *parent)
    : QListWidget(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void ValueList::fitHeight()
{
    doItemsLayout(); // the rows' heights at the current width
    int height = 2 * frameWidth() + 4;
    int rows = 0;
    for (int i = 0; i < count() && rows < VisibleRows; ++i) {
        if (item(i)->isHidden())
            continue;
        height += std::max(visualItemRect(item(i)).height(), sizeHintForRow(i)) + 1;
        ++rows;
    }
    height = std::max(height, fontMetrics().height() + 8);
    if (height != this->height())
        setFixedHeight(height);
}

void ValueList::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    // Another appearance may pad the rows differently (the dark one's style sheet does).
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitHeight();
}

void ValueList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    if (event->size().width() != m_fittedWidth) {
        m_fittedWidth = event->size().width();
        fitHeight();
    }
}
