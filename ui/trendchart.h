#pragma once

#include "metrics/dashboard.h"

#include <QWidget>

class QChart;
class QChartView;
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
    void rebuild();
    int labelStep() const; // name every n-th period, so that the names fit

    QStackedWidget *m_stack;
    QChartView *m_npsView;
    QChartView *m_mixView;
    QLabel *m_message;
    QList<PeriodFigures> m_periods;
    std::optional<double> m_target;
    bool m_dutch = false;
    bool m_hasDates = true;
    int m_labelStep = 1;
};
