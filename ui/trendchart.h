#pragma once

#include "metrics/dashboard.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QLabel;
class QStackedWidget;

// NPS per period with its 95% interval as a band and the project's target as a dashed line,
// and beneath it the shares of the three groups; hover for n and interval, click a period to
// look at it alone. Periods with fewer than 30 responses are drawn grey. An export without
// dates gets a sentence that says so, and how to get a trend, instead of empty axes.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setResult(const DashboardResult &result, bool dutch);
    void setTarget(std::optional<double> target);
    void setHasDates(bool hasDates);
    bool showsMessage() const;
    QString message() const;

signals:
    void periodClicked(const Period &period);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // What the charts show for the current periods, and the scale they need.
    struct Shape
    {
        QStringList labels;
        QList<QPointF> upper, lower, line, points, smallPoints;
        double low = 0, high = 0, step = 0;
        int labelStep = 1;
        int intervals = 4; // at most, between the NPS axis's labels
        bool target = false;
    };
    Shape shape() const;
    bool updateInPlace(); // false before the first rebuild()
    void rebuild();
    void setPeriodLabels(QCategoryAxis *x, const Shape &d);
    void setScale(QCategoryAxis *y, const Shape &d);
    void setTargetLine(const Shape &d);
    static double groupCount(const NpsFigures &figures, int group); // 0 detractors … 2 promoters
    int labelStep() const;      // name every n-th period, so that the names fit
    int scaleIntervals() const; // as many steps on the NPS axis as its labels have room for

    QStackedWidget *m_stack;
    QChartView *m_npsView;
    QChartView *m_mixView;
    QLabel *m_message;
    QList<PeriodFigures> m_periods;
    std::optional<double> m_target;
    bool m_dutch = false;
    bool m_hasDates = true;
    int m_labelStep = 1;
    int m_scaleIntervals = 4;
    Shape m_shape;
    QLineSeries *m_upper = nullptr;
    QLineSeries *m_lower = nullptr;
    QLineSeries *m_line = nullptr;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_smallPoints = nullptr;
    QBarSet *m_sets[3] = {nullptr, nullptr, nullptr};
    QLineSeries *m_targetLine = nullptr;
    QCategoryAxis *m_x = nullptr;
    QCategoryAxis *m_y = nullptr;
    QBarCategoryAxis *m_mixX = nullptr;
};
