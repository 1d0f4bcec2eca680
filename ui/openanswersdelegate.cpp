#include "openanswersdelegate.h"

#include "groupcolors.h"
#include "models/openanswersmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

void OpenAnswersDelegate::paint(QPainter *painter,
                                const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() == OpenAnswersModel::GroupColumn
        && index.data(OpenAnswersModel::GroupRole).isValid()) {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        const auto group = ScoreGroup(index.data(OpenAnswersModel::GroupRole).toInt());
        const QString text = index.data().toString();
        const QFontMetrics m(option.font);
        const QRect chip(option.rect.left() + 4,
                         option.rect.center().y() - m.height() / 2 - 1,
                         m.horizontalAdvance(text) + 14,
                         m.height() + 2);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(GroupColors::of(group));
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->setPen(GroupColors::textOn(group));
        painter->drawText(chip, Qt::AlignCenter, text);
        painter->restore();
        return;
    }
    if (index.column() == answerColumn) {
        const QList<Chip> themeChips = chips(option.rect, option.font, index);
        if (themeChips.isEmpty() && highlight.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        paintAnswer(painter, o, textArea(o.rect, o.font, index));
        paintChips(painter, o, themeChips);
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

namespace {

QFont chipFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    return small;
}

} // namespace

QList<OpenAnswersDelegate::Chip>
OpenAnswersDelegate::chips(const QRect &cell, const QFont &font, const QModelIndex &index)
{
    QList<Chip> result;
    const QStringList labels = index.data(OpenAnswersModel::ThemesRole).toStringList();
    const QVariantList themes = index.data(OpenAnswersModel::ThemeIndicesRole).toList();
    if (labels.isEmpty() || labels.size() != themes.size())
        return result;
    const QFontMetrics m(chipFont(font));
    const int height = m.height() + 4;
    const int top = textArea(cell, font, index).bottom() + 1 + ChipGap;
    const int right = cell.right() - 4;
    int x = cell.left() + 4;
    for (qsizetype k = 0; k < labels.size(); ++k) {
        const QString more = QStringLiteral("+%1").arg(labels.size() - k);
        const int moreWidth = m.horizontalAdvance(more) + 14;
        // Room for this chip, and for a "+n" after it unless it is the last.
        const bool last = k + 1 == labels.size();
        const QString text = m.elidedText(labels.at(k), Qt::ElideRight, 180);
        const int width = m.horizontalAdvance(text) + 14;
        if (x + width > right - (last ? 0 : moreWidth + 4)) {
            if (x + moreWidth <= right)
                result.append({QRect(x, top, moreWidth, height), -1, more});
            break;
        }
        result.append({QRect(x, top, width, height), themes.at(k).toInt(), text});
        x += width + 4;
    }
    return result;
}

QRect OpenAnswersDelegate::textArea(const QRect &cell, const QFont &font, const QModelIndex &index)
{
    // The answer and its chips as one block, centred in the cell like the other columns' text:
    // the chips right under the answer, however many lines it has.
    if (index.data(OpenAnswersModel::ThemesRole).toStringList().isEmpty())
        return cell;
    QTextDocument doc;
    doc.setDefaultFont(font);
    doc.setDocumentMargin(TextMargin);
    doc.setTextWidth(cell.width() - 2);
    doc.setPlainText(index.data().toString());
    const int chipHeight = QFontMetrics(chipFont(font)).height() + 4;
    const int room = std::max(0, cell.height() - 6 - ChipGap - chipHeight);
    const int text = std::min(int(std::ceil(doc.size().height())), room);
    const int top = cell.top() + (cell.height() - (text + ChipGap + chipHeight)) / 2;
    return {cell.left(), top, cell.width(), text};
}

int OpenAnswersDelegate::chipAt(const QRect &cell,
                                const QFont &font,
                                const QModelIndex &index,
                                const QPoint &position)
{
    for (const Chip &chip : chips(cell, font, index)) {
        if (chip.rect.contains(position))
            return chip.theme;
    }
    return -1;
}

void OpenAnswersDelegate::paintAnswer(QPainter *painter,
                                      QStyleOptionViewItem o,
                                      const QRect &textRect) const
{
    const QString text = o.text;
    o.text.clear();
    o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
    QTextDocument doc;
    doc.setDefaultFont(o.font);
    doc.setDocumentMargin(TextMargin);
    doc.setTextWidth(textRect.width() - 2);
    const QString escaped = text.toHtmlEscaped();
    QString html;
    const QString needle = highlight.toHtmlEscaped();
    qsizetype from = 0;
    while (!needle.isEmpty()) {
        const qsizetype at = escaped.indexOf(needle, from, Qt::CaseInsensitive);
        if (at < 0)
            break;
        html += escaped.mid(from, at - from)
                + QStringLiteral("<span style=\"background:#ffe066;color:#000\">")
                + escaped.mid(at, needle.size()) + QStringLiteral("</span>");
        from = at + needle.size();
    }
    html += escaped.mid(from);
    doc.setHtml(html);
    painter->save();
    painter->translate(textRect.topLeft() + QPoint(1, 0));
    painter->setClipRect(QRect(QPoint(0, 0), textRect.size() - QSize(2, 0)));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text,
                             (o.state & QStyle::State_Selected)
                                 ? o.palette.color(QPalette::HighlightedText)
                                 : o.palette.color(QPalette::Text));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

void OpenAnswersDelegate::paintChips(QPainter *painter,
                                     const QStyleOptionViewItem &option,
                                     const QList<Chip> &chips)
{
    if (chips.isEmpty())
        return;
    // From the palette, so that they read in a light and a dark appearance and on a selected
    // row: a tint of the highlight colour with the text colour on it.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor fill = selected ? option.palette.color(QPalette::HighlightedText)
                           : option.palette.color(QPalette::Highlight);
    fill.setAlphaF(selected ? 0.22f : 0.16f);
    QColor border = fill;
    border.setAlphaF(selected ? 0.6f : 0.55f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(chipFont(option.font));
    for (const Chip &chip : chips) {
        const QRectF r = QRectF(chip.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        painter->setPen(chip.theme < 0 ? Qt::NoPen : QPen(border, 1));
        painter->setBrush(chip.theme < 0 ? QBrush(Qt::NoBrush) : QBrush(fill));
        painter->drawRoundedRect(r, r.height() / 2.0, r.height() / 2.0);
        painter->setPen(text);
        painter->drawText(chip.rect, Qt::AlignCenter, chip.text);
    }
    painter->restore();
}
