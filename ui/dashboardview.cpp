#include "dashboardview.h"

#include "breakdownchart.h"
#include "dashboardcontroller.h"
#include "distributionchart.h"
#include "filterchips.h"
#include "filterpanel.h"
#include "groupmixbar.h"
#include "models/breakdownmodel.h"
#include "models/npsformat.h"
#include "npsgauge.h"
#include "openanswersview.h"
#include "trendchart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// A titled panel with a light frame, the unit the dashboard is built from.
QFrame *card(const QString &title, QWidget *content, QWidget *extra = nullptr)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("card"));
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setBackgroundRole(QPalette::Base);
    frame->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 10, 12, 10);
    auto *header = new QHBoxLayout;
    auto *label = new QLabel(title);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    header->addWidget(label);
    header->addStretch();
    if (extra)
        header->addWidget(extra);
    layout->addLayout(header);
    layout->addWidget(content, 1);
    return frame;
}

} // namespace

DashboardView::DashboardView(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_filterPanel(new FilterPanel(controller))
    , m_chips(new FilterChips(controller))
    , m_gauge(new NpsGauge)
    , m_mix(new GroupMixBar)
    , m_passives(new QLabel)
    , m_tiles(new QLabel)
    , m_distribution(new DistributionChart)
    , m_trend(new TrendChart)
    , m_dimension(new QComboBox)
    , m_breakdownStack(new QStackedWidget)
    , m_breakdownChart(new BreakdownChart)
    , m_breakdownModel(new BreakdownModel(this))
    , m_answers(new OpenAnswersView(controller))
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setChildrenCollapsible(true);
    outer->addWidget(m_mainSplitter);
    m_mainSplitter->addWidget(m_filterPanel);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 8, 8, 8);
    rightLayout->addWidget(m_chips);
    m_contentSplitter = new QSplitter(Qt::Vertical);
    rightLayout->addWidget(m_contentSplitter, 1);
    m_mainSplitter->addWidget(right);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({260, 1000});

    // Headline row and charts.
    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(8);
    grid->addWidget(card(tr("Net Promoter Score"), m_gauge), 0, 0);
    auto *mixBox = new QWidget;
    auto *mixLayout = new QVBoxLayout(mixBox);
    mixLayout->setContentsMargins(0, 0, 0, 0);
    mixLayout->addWidget(m_mix);
    m_passives->setWordWrap(true);
    m_passives->setForegroundRole(QPalette::PlaceholderText);
    mixLayout->addWidget(m_passives);
    m_tiles->setTextFormat(Qt::RichText);
    mixLayout->addWidget(m_tiles);
    mixLayout->addStretch(1);
    grid->addWidget(card(tr("Promoters, passives, detractors"), mixBox), 0, 1);
    grid->addWidget(card(tr("Scores"), m_distribution), 0, 2);
    grid->addWidget(card(tr("Trend"), m_trend), 1, 0, 1, 2);

    auto *tableView = new QTableView;
    tableView->setModel(m_breakdownModel);
    tableView->verticalHeader()->hide();
    tableView->setSortingEnabled(false);
    tableView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *scrollChart = new QScrollArea;
    scrollChart->setWidget(m_breakdownChart);
    scrollChart->setWidgetResizable(true);
    scrollChart->setFrameShape(QFrame::NoFrame);
    m_breakdownStack->addWidget(scrollChart);
    m_breakdownStack->addWidget(tableView);
    auto *toggle = new QToolButton;
    toggle->setText(tr("Table"));
    toggle->setCheckable(true);
    toggle->setToolTip(tr("Show the breakdown as a table"));
    connect(toggle, &QToolButton::toggled, this, [this, toggle](bool table) {
        m_breakdownStack->setCurrentIndex(table ? 1 : 0);
        toggle->setText(table ? tr("Chart") : tr("Table"));
    });
    auto *extra = new QWidget;
    auto *extraLayout = new QHBoxLayout(extra);
    extraLayout->setContentsMargins(0, 0, 0, 0);
    extraLayout->addWidget(m_dimension);
    extraLayout->addWidget(toggle);
    m_dimension->setToolTip(tr("The segment dimension to break the NPS down by"));
    grid->addWidget(card(tr("NPS by"), m_breakdownStack, extra), 1, 2);
    grid->setRowStretch(0, 5);
    grid->setRowStretch(1, 6);
    grid->setColumnStretch(0, 4);
    grid->setColumnStretch(1, 4);
    grid->setColumnStretch(2, 5);
    charts->setMinimumHeight(420);
    m_contentSplitter->addWidget(charts);
    m_contentSplitter->addWidget(m_answers);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 2);

    // Every chart leads to the answers behind it.
    connect(m_mix, &GroupMixBar::groupClicked, controller, &DashboardController::showGroup);
    connect(m_distribution, &DistributionChart::scoreClicked, controller, [controller](int score) {
        controller->showGroup(scoreGroup(score));
    });
    connect(m_trend, &TrendChart::periodClicked, controller, &DashboardController::showPeriod);
    connect(
        m_breakdownChart, &BreakdownChart::valueClicked, controller, [controller](quint16 code) {
            controller->showSegmentValue(controller->breakdownDimension(), code);
        });
    connect(m_dimension, &QComboBox::activated, controller, [this] {
        m_controller->setBreakdownDimension(m_dimension->currentData().toInt());
    });
    connect(controller,
            &DashboardController::cacheChanged,
            this,
            &DashboardView::rebuildDimensionChoice);
    connect(controller, &DashboardController::resultChanged, this, &DashboardView::refresh);
    rebuildDimensionChoice();
}

void DashboardView::rebuildDimensionChoice()
{
    const QSignalBlocker blocker(m_dimension);
    m_dimension->clear();
    if (const auto cache = m_controller->cache()) {
        for (int d = 0; d < cache->dimensions().size(); ++d)
            m_dimension->addItem(cache->dimensions().at(d).name, d);
    }
    m_dimension->setEnabled(m_dimension->count() > 0);
}

void DashboardView::refresh()
{
    const DashboardResult &r = m_controller->result();
    const bool dutch = QLocale().language() == QLocale::Dutch;
    QString previous;
    if (r.previousFrom) {
        const Period p = Period::containing(*r.previousFrom, Granularity::Quarter);
        previous = p.firstDay() == *r.previousFrom && p.lastDay() == *r.previousTo
                       ? p.label(dutch)
                       : tr("the previous period");
    }
    GaugeReading reading;
    reading.figures = r.overall;
    reading.change = r.change;
    reading.previousLabel = previous;
    m_gauge->setReading(reading);
    m_mix->setFigures(r.overall);
    if (const auto passives = r.overall.passiveShare())
        m_passives->setText(tr("Passives are %1 of respondents: satisfied, but not loyal enough to "
                               "recommend — the silent leak.")
                                .arg(NpsFormat::percent(passives, 0)));
    else
        m_passives->clear();
    QStringList tiles;
    if (r.csatCount > 0)
        tiles << tr("<b>CSAT</b> %1 <span style='color:gray'>(n = %2)</span>")
                     .arg(QLocale().toString(r.csatMean, 'f', 2), QLocale().toString(r.csatCount));
    if (r.cesCount > 0)
        tiles << tr("<b>CES</b> %1 <span style='color:gray'>(n = %2)</span>")
                     .arg(QLocale().toString(r.cesMean, 'f', 2), QLocale().toString(r.cesCount));
    m_tiles->setText(tiles.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_tiles->setVisible(!tiles.isEmpty());
    m_distribution->setCounts(r.distribution);
    m_trend->setResult(r, dutch);
    m_breakdownChart->setRows(r.breakdown);
    m_breakdownModel->setResult(r);
    const int index = m_dimension->findData(r.breakdownDimension);
    if (index >= 0 && index != m_dimension->currentIndex()) {
        const QSignalBlocker blocker(m_dimension);
        m_dimension->setCurrentIndex(index);
    }
}
