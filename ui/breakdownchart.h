#pragma once

#include "metrics/dashboard.h"

#include <QWidget>

// NPS per value of one segment dimension as horizontal bars with interval whiskers and n,
// best first; values that differ significantly from the rest are marked, values with fewer
// than 30 responses greyed. A click on a bar shows that value's respondents.
class BreakdownChart : public QWidget
{
    Q_OBJECT
public:
    explicit BreakdownChart(QWidget *parent = nullptr);
    void setRows(const QList<BreakdownRow> &rows);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {260, 120}; }

signals:
    void valueClicked(quint16 code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowAt(const QPointF &position) const;
    double rowHeight() const;

    QList<BreakdownRow> m_rows;
};
