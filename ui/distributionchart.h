#pragma once

#include "metrics/npsfigures.h"

#include <QWidget>

#include <array>

// The 0–10 histogram (1–10 on a scale without 0: only the scale's scores have a bar), each bar
// in its group's colour; a click shows exactly the respondents who gave that score (Ctrl+click
// adds more scores), and the chosen bars stand out.
class DistributionChart : public QWidget
{
    Q_OBJECT
public:
    explicit DistributionChart(QWidget *parent = nullptr);
    void
    setCounts(const std::array<qint64, 11> &counts, quint16 chosenScores = 0x7FF, int scaleMin = 0);
    int scaleMin() const { return m_scaleMin; }
    QSize sizeHint() const override { return {360, 170}; }
    QSize minimumSizeHint() const override { return {220, 110}; }
    static void draw(QPainter &painter,
                     const QRectF &bounds,
                     const QFont &font,
                     const QPalette &palette,
                     const std::array<qint64, 11> &counts,
                     quint16 chosenScores = 0x7FF,
                     int scaleMin = 0);
    // The score under a point of the widget, or −1.
    int scoreAt(const QPointF &position) const;

signals:
    void scoreClicked(int score, bool add);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRectF plotArea() const;
    std::array<qint64, 11> m_counts{};
    quint16 m_chosen = 0x7FF;
    int m_scaleMin = 0;
};
