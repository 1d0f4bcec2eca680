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
#include <QLabel>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QScatterSeries>
#include <QStackedWidget>
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
    , m_stack(new QStackedWidget(this))
    , m_npsView(new QChartView)
    , m_mixView(new QChartView)
    , m_message(new QLabel)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    auto *charts = new QWidget;
    auto *layout = new QVBoxLayout(charts);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_npsView, 3);
    layout->addWidget(m_mixView, 2);
    m_stack->addWidget(charts);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_message->setMargin(24);
    m_message->setText(tr("This export has no dates, so there is no trend over time.\n\nTo "
                          "see one, import the export again (File ▸ Import Exports…) and give "
                          "its date column the role “Date”; the figures of all responses stay "
                          "on the other cards."));
    m_stack->addWidget(m_message);
    for (QChartView *view : {m_npsView, m_mixView})
        view->setRenderHint(QPainter::Antialiasing);
    m_npsView->setMinimumHeight(140); // three labels on the NPS axis, not elided to "…"
    m_mixView->setMinimumHeight(64);
    m_npsView->setToolTip(tr("NPS per period; the band is the 95% interval (adjusted Wald). "
                             "Click a period to look at it alone."));
    rebuild();
}

void TrendChart::setResult(const DashboardResult &result, bool dutch)
{
    m_periods = result.periods;
    m_dutch = dutch;
    if (!updateInPlace())
        rebuild();
}

void TrendChart::setTarget(std::optional<double> target)
{
    if (target == m_target)
        return;
    m_target = target;
    if (!updateInPlace())
        rebuild();
}

void TrendChart::setHasDates(bool hasDates)
{
    m_hasDates = hasDates;
    m_stack->setCurrentIndex(hasDates ? 0 : 1);
}

bool TrendChart::showsMessage() const
{
    return m_stack->currentIndex() == 1;
}

QString TrendChart::message() const
{
    return m_message->text();
}

int TrendChart::labelStep() const
{
    if (m_periods.isEmpty())
        return 1;
    const QString sample
        = m_periods.size() > 6 ? QStringLiteral("00-Q0") : QStringLiteral("0000-Q0");
    const double needed = fontMetrics().horizontalAdvance(sample) + 14;
    const double slot = std::max(1, width() - 70) / double(m_periods.size());
    return std::max(1, int(std::ceil(needed / slot)));
}

int TrendChart::scaleIntervals() const
{
    // Qt Charts gives each label of a category axis the axis's height divided by its labels
    // and start value, and elides a label that is higher: on a low card "+40 … −20" in five
    // labels became "…". The axis is the chart's height less the period names and margins.
    const int line = fontMetrics().height();
    const int axis = m_npsView->height() - line - 30;
    return std::clamp(axis / (line + 6) - 2, 1, 4);
}

void TrendChart::resizeEvent(QResizeEvent *event)
{
    // On a low window the NPS line keeps its axis; the mix of the groups makes way.
    m_mixView->setVisible(height() >= 240);
    QWidget::resizeEvent(event);
    if ((labelStep() != m_labelStep || scaleIntervals() != m_scaleIntervals) && !updateInPlace())
        rebuild();
}

void TrendChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

TrendChart::Shape TrendChart::shape() const
{
    Shape d;
    for (const PeriodFigures &p : std::as_const(m_periods))
        d.labels << (m_periods.size() > 6 && p.period.granularity == Granularity::Quarter
                         ? p.period.label(m_dutch).mid(2) // "25-Q3" when space is short
                         : p.period.label(m_dutch));
    double minY = 100, maxY = -100;
    for (int i = 0; i < m_periods.size(); ++i) {
        const NpsFigures &f = m_periods.at(i).figures;
        const auto value = f.nps();
        const auto ci = f.interval();
        if (!value)
            continue;
        d.upper.append({double(i), ci->high});
        d.lower.append({double(i), ci->low});
        d.line.append({double(i), *value});
        (f.isSmallSample() ? d.smallPoints : d.points).append({double(i), *value});
        minY = std::min(minY, ci->low);
        maxY = std::max(maxY, ci->high);
    }
    if (m_target && !m_periods.isEmpty()) {
        minY = std::min(minY, *m_target);
        maxY = std::max(maxY, *m_target);
    }
    if (minY > maxY) {
        minY = -100;
        maxY = 100;
    }
    // Ticks on round numbers, as many as fit: Qt Charts elides labels that do not fit the height.
    d.intervals = scaleIntervals();
    for (double candidate : {10.0, 20.0, 25.0, 50.0, 100.0}) {
        d.step = candidate;
        const double lo = std::floor((minY - 3) / d.step) * d.step,
                     hi = std::ceil((maxY + 3) / d.step) * d.step;
        if ((hi - lo) / d.step <= d.intervals)
            break;
    }
    d.low = std::max(-100.0, std::floor((minY - 3) / d.step) * d.step);
    d.high = std::min(100.0, std::ceil((maxY + 3) / d.step) * d.step);
    d.labelStep = labelStep();
    d.target = m_target.has_value() && !m_periods.isEmpty();
    return d;
}

bool TrendChart::updateInPlace()
{
    // A filter change moves the figures, and with a date filter the periods, the scale or the
    // target line: the series and axes are updated where they are (a new chart at every click
    // costs more than the query behind it). Only a new palette builds new charts.
    if (!m_line || !m_x || !m_y || !m_mixX || !m_targetLine)
        return false;
    const Shape d = shape();
    if (d.labels != m_shape.labels || d.labelStep != m_shape.labelStep) {
        for (const QString &label : m_x->categoriesLabels())
            m_x->remove(label);
        setPeriodLabels(m_x, d);
        m_mixX->setCategories(d.labels.isEmpty() ? QStringList{QString()} : d.labels);
        m_labelStep = d.labelStep;
    }
    if (d.low != m_shape.low || d.high != m_shape.high || d.step != m_shape.step) {
        for (const QString &label : m_y->categoriesLabels())
            m_y->remove(label);
        setScale(m_y, d);
    }
    m_upper->replace(d.upper);
    m_lower->replace(d.lower);
    m_line->replace(d.line);
    m_points->replace(d.points);
    m_smallPoints->replace(d.smallPoints);
    setTargetLine(d);
    for (int g = 0; g < 3; ++g) {
        QList<qreal> values;
        values.reserve(m_periods.size());
        for (const PeriodFigures &p : std::as_const(m_periods))
            values << groupCount(p.figures, g);
        if (m_sets[g]->count() == values.size()) {
            for (int i = 0; i < values.size(); ++i)
                m_sets[g]->replace(i, values.at(i));
        } else {
            m_sets[g]->remove(0, m_sets[g]->count());
            m_sets[g]->append(values);
        }
    }
    m_shape = d;
    m_scaleIntervals = d.intervals;
    return true;
}

double TrendChart::groupCount(const NpsFigures &figures, int group)
{
    return double(group == 0   ? figures.detractors
                  : group == 1 ? figures.passives
                               : figures.promoters);
}

void TrendChart::setPeriodLabels(QCategoryAxis *x, const Shape &d)
{
    // Period names on every step-th period, so that none is cut to "16-…" on a narrow card.
    x->setRange(-0.5, std::max<double>(0.5, double(d.labels.size()) - 0.5));
    x->setStartValue(-0.5);
    for (int i = 0; i < d.labels.size(); i += d.labelStep)
        x->append(d.labels.at(i), i);
}

void TrendChart::setScale(QCategoryAxis *y, const Shape &d)
{
    // Category labels at round values, so that zero is written "0" and the rest with their sign.
    y->setRange(d.low, d.high);
    y->setStartValue(d.low);
    for (double v = d.low; v <= d.high + 0.5; v += d.step)
        y->append(NpsFormat::nps(v, 0), v);
}

void TrendChart::setTargetLine(const Shape &d)
{
    // The target across the whole series, dashed; hidden while there is none.
    m_targetLine->setVisible(d.target);
    if (!d.target)
        return;
    m_targetLine->replace(
        {QPointF(-0.5, *m_target), QPointF(double(m_periods.size()) - 0.5, *m_target)});
    m_targetLine->setName(tr("target %1").arg(NpsFormat::nps(*m_target, 0)));
}

void TrendChart::rebuild()
{
    const Shape d = shape();
    m_shape = d;
    m_labelStep = d.labelStep;
    m_scaleIntervals = d.intervals;
    const QPalette pal = palette();
    const QStringList &labels = d.labels;

    // NPS with its interval band.
    auto *nps = new QChart;
    styleChart(nps, pal);
    nps->legend()->hide();
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    auto *smallPoints = new QScatterSeries;
    upper->append(d.upper);
    lower->append(d.lower);
    line->append(d.line);
    points->append(d.points);
    smallPoints->append(d.smallPoints);
    m_upper = upper;
    m_lower = lower;
    m_line = line;
    m_points = points;
    m_smallPoints = smallPoints;
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
    auto *target = new QLineSeries;
    target->setPen(QPen(pal.color(QPalette::Text), 1.4, Qt::DashLine));
    nps->addSeries(target);
    m_targetLine = target;
    setTargetLine(d);
    auto *x = new QCategoryAxis;
    m_x = x;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setPeriodLabels(x, d);
    x->setGridLineVisible(false);
    auto *y = new QCategoryAxis;
    m_y = y;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    setScale(y, d);
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
        m_sets[g] = set;
        set->setColor(GroupColors::of(order[g]));
        set->setBorderColor(GroupColors::of(order[g]));
        for (const PeriodFigures &p : std::as_const(m_periods))
            *set << groupCount(p.figures, g);
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
    m_mixX = mx;
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
