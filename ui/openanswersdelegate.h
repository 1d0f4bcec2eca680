#pragma once

#include <QList>
#include <QStyledItemDelegate>

// Paints the open answers' group column as a coloured chip, marks the search text in the
// answers, and puts the themes an answer carries as small rounded chips under it, which
// chipAt() finds again for a click.
class OpenAnswersDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString highlight;
    int answerColumn = -1;

    // One theme chip of an answer cell, in viewport coordinates; theme −1: the "+n" of those
    // that did not fit.
    struct Chip
    {
        QRect rect;
        int theme = -1;
        QString text;
    };
    // The chips of the answer cell at `cell`, laid out left to right on its last line.
    static QList<Chip> chips(const QRect &cell, const QFont &font, const QModelIndex &index);
    // The theme of the chip under `position` in the answer cell `index` (−1: none).
    static int
    chipAt(const QRect &cell, const QFont &font, const QModelIndex &index, const QPoint &position);

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    static constexpr int TextMargin = 3; // around the answer's text
    static constexpr int ChipGap = 2;    // between the answer and its chips
    // Where the answer's text goes: the whole cell without chips, else above them.
    static QRect textArea(const QRect &cell, const QFont &font, const QModelIndex &index);
    void paintAnswer(QPainter *painter, QStyleOptionViewItem o, const QRect &textRect) const;
    static void
    paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QList<Chip> &chips);
};
