#pragma once

#include "metrics/dashboard.h"

#include <QWidget>

#include <QSet>

// NPS per value of one segment dimension as horizontal bars with interval whiskers and n, the
// largest groups first (or by NPS, or in the values' own order); values that differ
// significantly from the rest are marked, values with fewer than 30 responses greyed and last.
// A click on a bar shows that value's respondents and highlights it among the others.
class BreakdownChart : public QWidget
{
    Q_OBJECT
public:
    enum class Order { BySize, ByNps, ByValue };

    explicit BreakdownChart(QWidget *parent = nullptr);
    // valueOrder: the dimension's codes in their natural order (for Order::ByValue).
    void setRows(const QList<BreakdownRow> &rows,
                 const QSet<quint16> &selected = {},
                 const QList<int> &valueOrder = {});
    void setOrder(Order order);
    Order order() const { return m_order; }
    const QList<BreakdownRow> &rows() const { return m_rows; } // as drawn, top to bottom
    const QSet<quint16> &selected() const { return m_selected; }
    double rowHeight() const;  // room for the longest label, wrapped
    double labelWidth() const; // what the labels need, at most 42% of the width
    int labelLines() const;    // lines of the longest label, at most MaxLabelLines
    // The NPS range of the bars' axis: every reliable interval and zero, in tens.
    std::pair<double, double> scale() const;
    static constexpr int MaxLabelLines = 3;
    // Where the first bar's row starts: below the scale, which is drawn above the rows so that
    // it stays in sight when a long list of values scrolls.
    static constexpr double Top = 26;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {260, 120}; }

signals:
    void valueClicked(quint16 code, bool add); // add: Ctrl+click, to choose several

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowAt(const QPointF &position) const;
    QString legend() const;
    double legendHeight() const; // wrapped to the width
    void sortRows();

    QList<BreakdownRow> m_rows;
    QSet<quint16> m_selected;
    QList<int> m_valueOrder;
    Order m_order = Order::BySize;
};
