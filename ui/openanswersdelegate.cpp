#include "openanswersdelegate.h"

#include "groupcolors.h"
#include "models/openanswersmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextDocument>

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
    if (index.column() == answerColumn && !highlight.isEmpty()) {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QString text = o.text;
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);
        QTextDocument doc;
        doc.setDefaultFont(o.font);
        doc.setTextWidth(o.rect.width() - 6);
        const QString escaped = text.toHtmlEscaped();
        QString html;
        const QString needle = highlight.toHtmlEscaped();
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = escaped.indexOf(needle, from, Qt::CaseInsensitive);
            if (at < 0) {
                html += escaped.mid(from);
                break;
            }
            html += escaped.mid(from, at - from)
                    + QStringLiteral("<span style=\"background:#ffe066;color:#000\">")
                    + escaped.mid(at, needle.size()) + QStringLiteral("</span>");
            from = at + needle.size();
        }
        doc.setHtml(html);
        painter->save();
        painter->translate(o.rect.topLeft() + QPoint(3, 2));
        painter->setClipRect(QRect(QPoint(0, 0), o.rect.size() - QSize(3, 2)));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text,
                                 (o.state & QStyle::State_Selected)
                                     ? o.palette.color(QPalette::HighlightedText)
                                     : o.palette.color(QPalette::Text));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}
