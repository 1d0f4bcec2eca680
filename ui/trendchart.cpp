#include "trendchart.h"

#include "groupcolors.h"
#include "models/npsformat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

void styleChart(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setTitleBrush(palette.color(QPalette::Text));
}

void styleAxis(QAbstractAxis *axis, const QPalette &palette)
{

    axis->setLabelsColor(palette.color(QPalette::Text));
    axis->setGridLineColor(palette.color(QPalette::Midlight));
    axis->setLinePenColor(palette.color(QPalette::Mid));
}

} // namespace

TrendChart::TrendChart(QWidget *parent)
    : QWidget(parent)
    , m_npsView(new QChartView(this))
    , m_mixView(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_npsView, 3);
    layout->addWidget(m_mixView, 2);
    for (QChartView *view : {m_npsView, m_mixView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(90);
    }
    m_npsView->setToolTip(tr("NPS per period; the band is the 95% interval (adjusted Wald). "
                             "Click a period to look at it alone."));
    rebuild();
}

void TrendChart::setResult(const DashboardResult &result, bool dutch)
{
    m_periods = result.periods;
    m_dutch = dutch;
    rebuild();
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

void TrendChart::rebuild()
{
    const QPalette pal = palette();
    QStringList labels;
    for (const PeriodFigures &p : std::as_const(m_periods))
        labels << (m_periods.size() > 6 && p.period.granularity == Granularity::Quarter
                       ? p.period.label(m_dutch).mid(2) // "25-Q3" when space is short
                       : p.period.label(m_dutch));

    // NPS with its interval band.
    auto *nps = new QChart;
    styleChart(nps, pal);
    nps->legend()->hide();
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    auto *smallPoints = new QScatterSeries;
    double minY = 100, maxY = -100;
    for (int i = 0; i < m_periods.size(); ++i) {
        const NpsFigures &f = m_periods.at(i).figures;
        const auto value = f.nps();
        const auto ci = f.interval();
        if (!value)
            continue;
        upper->append(i, ci->high);
        lower->append(i, ci->low);
        line->append(i, *value);
        (f.isSmallSample() ? smallPoints : points)->append(i, *value);
        minY = std::min(minY, ci->low);
        maxY = std::max(maxY, ci->high);
    }
    const QColor ink = GroupColors::of(ScoreGroup::Promoter);
    auto *band = new QAreaSeries(upper, lower);
    // The band does not own its edges (they are not in the chart): it deletes them with itself.
    upper->setParent(band);
    lower->setParent(band);
    QColor bandColour = ink;
    bandColour.setAlpha(45);
    band->setBrush(bandColour);
    band->setPen(Qt::NoPen);
    line->setPen(QPen(ink, 2.5));
    points->setColor(ink);
    points->setBorderColor(pal.color(QPalette::Base));
    points->setMarkerSize(9);
    smallPoints->setColor(pal.color(QPalette::Mid));
    smallPoints->setBorderColor(pal.color(QPalette::Base));
    smallPoints->setMarkerSize(9);
    for (QAbstractSeries *s :
         std::initializer_list<QAbstractSeries *>{band, line, points, smallPoints})
        nps->addSeries(s);
    auto *x = new QBarCategoryAxis;
    x->append(labels.isEmpty() ? QStringList{QString()} : labels);
    // Category labels at round values, so that zero is written "0" and the rest with their sign.
    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (minY > maxY) {
        minY = -100;
        maxY = 100;
    }
    // At most five ticks on round numbers: Qt Charts elides labels that do not fit the height.
    double step = 10;
    for (double candidate : {10.0, 20.0, 25.0, 50.0}) {
        step = candidate;
        const double lo = std::floor((minY - 3) / step) * step,
                     hi = std::ceil((maxY + 3) / step) * step;
        if ((hi - lo) / step <= 4)
            break;
    }
    const double low = std::max(-100.0, std::floor((minY - 3) / step) * step);
    const double high = std::min(100.0, std::ceil((maxY + 3) / step) * step);
    y->setRange(low, high);
    y->setStartValue(low);
    for (double v = low; v <= high + 0.5; v += step)
        y->append(NpsFormat::nps(v, 0), v);
    y->setTitleText(tr("NPS"));
    y->setTitleBrush(pal.color(QPalette::Text));
    nps->addAxis(x, Qt::AlignBottom);
    nps->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : nps->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    styleAxis(x, pal);
    styleAxis(y, pal);
    auto tooltip = [this](const QPointF &point, bool state) {
        const int i = int(std::lround(point.x()));
        if (!state || i < 0 || i >= m_periods.size()) {
            QToolTip::hideText();
            return;
        }
        const NpsFigures &f = m_periods.at(i).figures;
        const auto ci = f.interval();
        QString text = tr("%1: NPS %2\n95% interval %3\nn = %4")
                           .arg(m_periods.at(i).period.label(m_dutch),
                                NpsFormat::nps(f.nps(), 1),
                                NpsFormat::interval(ci->low, ci->high, 1),
                                QLocale().toString(f.n()));
        if (f.isSmallSample())
            text += u'\n' + tr("Fewer than 30 responses: too few to rely on.");
        QToolTip::showText(QCursor::pos(), text, m_npsView);
    };
    auto click = [this](const QPointF &point) {
        const int i = int(std::lround(point.x()));
        if (i < 0 || i >= m_periods.size())
            return;
        // A copy: the receivers change the filter, which replaces m_periods during the emit.
        const Period period = m_periods.at(i).period;
        emit periodClicked(period);
    };
    for (QScatterSeries *s : {points, smallPoints}) {
        connect(s, &QScatterSeries::hovered, this, tooltip);
        connect(s, &QScatterSeries::clicked, this, click);
    }
    QChart *oldNps = m_npsView->chart();
    m_npsView->setChart(nps);
    delete oldNps;

    // The mix of the groups per period.
    auto *mix = new QChart;
    styleChart(mix, pal);
    auto *series = new QPercentBarSeries;
    const ScoreGroup order[] = {ScoreGroup::Detractor, ScoreGroup::Passive, ScoreGroup::Promoter};
    const QString names[] = {tr("Detractors"), tr("Passives"), tr("Promoters")};
    for (int g = 0; g < 3; ++g) {
        auto *set = new QBarSet(names[g]);
        set->setColor(GroupColors::of(order[g]));
        set->setBorderColor(GroupColors::of(order[g]));
        for (const PeriodFigures &p : std::as_const(m_periods)) {
            const NpsFigures &f = p.figures;
            *set << double(g == 0 ? f.detractors : g == 1 ? f.passives : f.promoters);
        }
        series->append(set);
    }
    series->setBarWidth(0.7);
    connect(series, &QPercentBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index < 0 || index >= m_periods.size())
            return;
        const Period period = m_periods.at(index).period; // m_periods changes during the emit
        emit periodClicked(period);
    });
    mix->addSeries(series);
    auto *mx = new QBarCategoryAxis;
    mx->append(labels.isEmpty() ? QStringList{QString()} : labels);
    auto *my = new QValueAxis;
    my->setRange(0, 100);
    my->setLabelFormat(QStringLiteral("%d%%"));
    my->setTickCount(2);
    mix->addAxis(mx, Qt::AlignBottom);
    mix->addAxis(my, Qt::AlignLeft);
    series->attachAxis(mx);
    series->attachAxis(my);
    styleAxis(mx, pal);
    styleAxis(my, pal);
    mix->legend()->setAlignment(Qt::AlignBottom);
    mx->setLabelsVisible(false); // the periods are named under the NPS chart just above
    QChart *oldMix = m_mixView->chart();
    m_mixView->setChart(mix);
    delete oldMix;
    m_npsView->setBackgroundBrush(pal.color(QPalette::Base));
    m_mixView->setBackgroundBrush(pal.color(QPalette::Base));
}
