#pragma once

#include "metrics/npscomparison.h"
#include "metrics/npsfigures.h"

#include <QLineF>
#include <QList>
#include <QLocale>
#include <QWidget>

#include <array>
#include <optional>

// What the gauge shows: the figures, the change against the previous period, the project's
// target and bands, and whether the selection holds only some of the groups (then its NPS says
// little and the gauge says so instead of a band).
struct GaugeReading
{
    NpsFigures figures;
    std::optional<NpsComparison> change;
    QString previousLabel;
    std::optional<double> target;
    std::array<double, 3> bands{0, 30, 50};
    QString partialSelection; // e.g. "only detractors"; empty when every group counts
    QLocale locale = {};      // of the numbers (a report's language, else the window's)
};

// The headline: a semicircle from −100 to +100 with the bands of domain.md, a needle at the NPS,
// the 95% interval as a thin band of its own colour outside the dial, apart from the needle (the
// interval line of the text, in the same colour, is its legend), band labels outside it all,
// the target as a mark on the ring, the score large with its sign, n, and the change against
// the previous period with an arrow that says whether it is significant.
class NpsGauge : public QWidget
{
    Q_OBJECT
public:
    explicit NpsGauge(QWidget *parent = nullptr);

    void setReading(const GaugeReading &reading);
    const GaugeReading &reading() const { return m_reading; }
    QSize sizeHint() const override { return {340, 250}; }
    QSize minimumSizeHint() const override { return {200, 160}; }
    // The same drawing on any painter: the window and the printed report share it.
    static void draw(QPainter &painter,
                     const QRectF &bounds,
                     const QFont &font,
                     const QPalette &palette,
                     const GaugeReading &reading);

    // A line of text under the score, wrapped into its box.
    struct Caption
    {
        QString text;
        enum Tone { Ink, Grey, Interval, Better, Worse } tone = Ink;
        QRectF box;
    };
    // Where draw() puts the parts of the dial in bounds; empty (radius 0) when too small.
    struct Layout
    {
        QPointF centre;
        double radius = 0; // of the middle of the band ring
        double thickness = 0;
        double ringOuter = 0;
        double intervalInner = 0, intervalOuter = 0; // the interval band, outside the ring
        QList<QPair<QString, QRectF>> tickLabels;    // the band edges, outside the interval
        QLineF needle;                               // empty without a score
        QRectF score;                                // the large number
        QFont scoreFont;
        QList<Caption> captions;
    };
    static Layout layout(const QRectF &bounds,
                         const QFont &font,
                         QPaintDevice *device,
                         const GaugeReading &reading);
    // Needs attention, acceptable, strong, excellent: readable on the palette's window.
    static std::array<QColor, 4> bandColours(const QPalette &palette);
    static QColor intervalColour(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static QList<Caption> captions(const GaugeReading &reading);
    GaugeReading m_reading;
};
