#pragma once

#include <QHeaderView>

// A table header whose labels end in "…" when a column is too narrow ("How often do you…"),
// instead of showing the middle of a question as Qt 6.4's Fusion style does; the full text
// stays the section's tooltip.
class ElidingHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit ElidingHeader(Qt::Orientation orientation, QWidget *parent = nullptr);

    // The label as painted in a section of this width.
    QString elidedLabel(int logicalIndex, int width) const;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    bool event(QEvent *event) override;
};
