#pragma once

#include "metrics/npsfigures.h"

#include <QWidget>

// Promoters, passives and detractors side by side as one bar, each with its share and count;
// passives as visible as the others. A click on a group shows its respondents.
class GroupMixBar : public QWidget
{
    Q_OBJECT
public:
    explicit GroupMixBar(QWidget *parent = nullptr);
    void setFigures(const NpsFigures &figures);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {220, 90}; }

signals:
    void groupClicked(ScoreGroup group);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    struct Segment
    {
        ScoreGroup group;
        QRectF bar;
        QRectF legend;
    };
    QList<Segment> layoutSegments() const;

    NpsFigures m_figures;
};
