#pragma once

#include <QHash>
#include <QStyledItemDelegate>

#include <functional>

class ThemesModel;

// Paints a row of the Themes view: the label with a promoter quote beneath it, the mentions as
// a bar split into promoters, passives and detractors, the theme's NPS as a dot with its 95%
// interval on a −100…100 axis, the impact as a bar, and the trend as a sparkline of the share
// of answers that mention it with its direction in words.
class ThemesDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int RowHeight = 46;

    explicit ThemesDelegate(const ThemesModel *model, QObject *parent = nullptr);

    // A masked promoter quote of a theme (index in the membership), asked for only when its
    // row is painted.
    void setQuoteSource(std::function<QString(int theme)> source) { m_quotes = std::move(source); }
    // Open actions per theme id, shown beside the label.
    void setOpenActions(const QHash<qint64, int> &counts) { m_openActions = counts; }

    void paint(QPainter *painter,
               const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintLabel(QPainter *p, const QStyleOptionViewItem &o, int row) const;
    void paintMentions(QPainter *p, const QStyleOptionViewItem &o, int row) const;
    void paintNps(QPainter *p, const QStyleOptionViewItem &o, int row) const;
    void paintImpact(QPainter *p, const QStyleOptionViewItem &o, int row) const;
    void paintTrend(QPainter *p, const QStyleOptionViewItem &o, int row) const;
    qint64 maxMentions() const;
    double maxImpact() const;

    const ThemesModel *m_model;
    std::function<QString(int)> m_quotes;
    QHash<qint64, int> m_openActions;
};
