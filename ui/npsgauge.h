#pragma once

#include "metrics/npscomparison.h"
#include "metrics/npsfigures.h"

#include <QWidget>

// The headline: a semicircle from −100 to +100 with the bands of domain.md, a needle at the NPS,
// the 95% interval as an arc, the score large with its sign, n, and the change against the
// previous period with an arrow that says whether it is significant.
class NpsGauge : public QWidget
{
    Q_OBJECT
public:
    explicit NpsGauge(QWidget *parent = nullptr);

    void setFigures(const NpsFigures &figures,
                    const std::optional<NpsComparison> &change,
                    const QString &previousLabel);
    QSize sizeHint() const override { return {340, 250}; }
    // The same drawing on any painter: the window and the printed report share it.
    static void draw(QPainter &painter,
                     const QRectF &bounds,
                     const QFont &font,
                     const QPalette &palette,
                     const NpsFigures &figures,
                     const std::optional<NpsComparison> &change,
                     const QString &previousLabel);
    QSize minimumSizeHint() const override { return {240, 190}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    NpsFigures m_figures;
    std::optional<NpsComparison> m_change;
    QString m_previousLabel;
};
