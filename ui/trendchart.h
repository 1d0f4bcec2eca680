#pragma once

#include "metrics/dashboard.h"

#include <QWidget>

class QChart;
class QChartView;

// NPS per period with its 95% interval as a band, and beneath it the shares of the three
// groups; hover for n and interval, click a period to look at it alone. Periods with fewer
// than 30 responses are drawn grey.
class TrendChart : public QWidget
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);
    void setResult(const DashboardResult &result, bool dutch);

signals:
    void periodClicked(const Period &period);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QChartView *m_npsView;
    QChartView *m_mixView;
    QList<PeriodFigures> m_periods;
    bool m_dutch = false;
};
