#pragma once

#include <QStyledItemDelegate>

// Paints the open answers' group column as a coloured chip and marks the search text in the
// answers.
class OpenAnswersDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString highlight;
    int answerColumn = -1;

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};
