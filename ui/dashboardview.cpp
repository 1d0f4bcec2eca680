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
#include "themesview.h"
#include "trendchart.h"

#include <QActionGroup>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
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
    , m_benchmarks(new QLabel)
    , m_distribution(new DistributionChart)
    , m_trend(new TrendChart)
    , m_dimension(new QComboBox)
    , m_breakdownOrder(new QToolButton)
    , m_breakdownStack(new QStackedWidget)
    , m_breakdownChart(new BreakdownChart)
    , m_breakdownModel(new BreakdownModel(this))
    , m_answers(new OpenAnswersView(controller))
    , m_themes(new ThemesView(controller))
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
    m_contentSplitter->setChildrenCollapsible(false);
    rightLayout->addWidget(m_contentSplitter, 1);
    // On a screen too small for every card the content scrolls, instead of the window growing
    // past the screen's edge.
    // (Sized by hand: a resizable scroll area would give it its preferred height, since the
    // chips' flow layout has a height for each width.)
    m_content = right;
    m_contentScroll = new QScrollArea;
    m_contentScroll->setWidget(right);
    m_contentScroll->setWidgetResizable(false);
    m_contentScroll->setFrameShape(QFrame::NoFrame);
    m_contentScroll->viewport()->installEventFilter(this);
    m_mainSplitter->addWidget(m_contentScroll);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({280, 1000});

    // Headline row and charts.
    m_charts = new QWidget;
    m_grid = new QGridLayout(m_charts);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    auto *gaugeBox = new QWidget;
    auto *gaugeLayout = new QVBoxLayout(gaugeBox);
    gaugeLayout->setContentsMargins(0, 0, 0, 0);
    gaugeLayout->addWidget(m_gauge, 1);
    m_benchmarks->setWordWrap(true);
    m_benchmarks->setForegroundRole(QPalette::PlaceholderText);
    m_benchmarks->setAlignment(Qt::AlignHCenter);
    m_benchmarks->setToolTip(
        tr("Benchmarks and bands are set in Project ▸ Targets and Benchmarks…"));
    gaugeLayout->addWidget(m_benchmarks);
    m_cards << card(tr("Net Promoter Score"), gaugeBox);
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
    m_cards << card(tr("Promoters, passives, detractors"), mixBox);
    m_cards << card(tr("Scores"), m_distribution);
    m_cards << card(tr("Trend"), m_trend);

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
    // How the bars are sorted: a small menu, so that the question keeps the card's width.
    m_breakdownOrder->setText(tr("Sort"));
    m_breakdownOrder->setPopupMode(QToolButton::InstantPopup);
    m_breakdownOrder->setToolTip(tr("How the bars are sorted; groups of fewer than 30 come last"));
    auto *orderMenu = new QMenu(m_breakdownOrder);
    auto *orders = new QActionGroup(orderMenu);
    const std::pair<QString, BreakdownChart::Order> orderChoices[]
        = {{tr("Largest groups first"), BreakdownChart::Order::BySize},
           {tr("Highest NPS first"), BreakdownChart::Order::ByNps},
           {tr("In the answers' own order"), BreakdownChart::Order::ByValue}};
    for (const auto &choice : orderChoices) {
        const BreakdownChart::Order order = choice.second;
        QAction *a = orderMenu->addAction(choice.first);
        a->setCheckable(true);
        a->setChecked(order == BreakdownChart::Order::BySize);
        orders->addAction(a);
        connect(a, &QAction::triggered, this, [this, order] { m_breakdownChart->setOrder(order); });
    }
    m_breakdownOrder->setMenu(orderMenu);
    auto *extra = new QWidget;
    auto *extraLayout = new QHBoxLayout(extra);
    extraLayout->setContentsMargins(0, 0, 0, 0);
    m_dimension->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_dimension->setMinimumContentsLength(14);
    m_dimension->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    extraLayout->addWidget(m_dimension, 1);
    extraLayout->addWidget(m_breakdownOrder);
    extraLayout->addWidget(toggle);
    extra->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_dimension->setToolTip(tr("The segment question to break the NPS down by"));
    m_cards << card(tr("NPS by"), m_breakdownStack, extra);
    arrangeCards(3);
    m_contentSplitter->addWidget(m_charts);
    // The themes beside the answers, as a tab: a click on a theme filters the dashboard above
    // (and the answers), a double-click shows its answers.
    m_answersTabs = new QTabWidget;
    m_answersTabs->setDocumentMode(true);
    m_answersTabs->addTab(m_answers, tr("Open answers"));
    m_answersTabs->addTab(m_themes, tr("Themes"));
    m_answersTabs->setTabToolTip(1,
                                 tr("What the answers are about, each theme's NPS and what it "
                                    "costs the score"));
    connect(m_themes, &ThemesView::answersRequested, this, [this] {
        m_answersTabs->setCurrentWidget(m_answers);
    });
    m_contentSplitter->addWidget(m_answersTabs);
    m_contentSplitter->setStretchFactor(0, 3);
    m_contentSplitter->setStretchFactor(1, 2);
    m_contentSplitter->setSizes({560, 400});

    // Every chart leads to the answers behind it.
    connect(m_mix, &GroupMixBar::groupClicked, controller, &DashboardController::showGroup);
    connect(m_distribution,
            &DistributionChart::scoreClicked,
            controller,
            [controller](int score, bool add) { controller->showScore(score, add); });
    connect(m_trend, &TrendChart::periodClicked, controller, &DashboardController::showPeriod);
    connect(m_breakdownChart,
            &BreakdownChart::valueClicked,
            controller,
            [controller](quint16 code, bool add) {
                controller->showSegmentValue(controller->breakdownDimension(), code, add);
            });
    connect(m_dimension, &QComboBox::activated, controller, [this] {
        m_controller->setBreakdownDimension(m_dimension->currentData().toInt());
    });
    connect(
        m_answers, &OpenAnswersView::maximiseRequested, this, &DashboardView::setAnswersMaximised);
    connect(controller,
            &DashboardController::cacheChanged,
            this,
            &DashboardView::rebuildDimensionChoice);
    connect(controller, &DashboardController::resultChanged, this, &DashboardView::refresh);
    connect(controller, &DashboardController::targetsChanged, this, &DashboardView::refresh);
    rebuildDimensionChoice();
}

bool DashboardView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_contentScroll->viewport() && event->type() == QEvent::Resize) {
        const QSize viewport = m_contentScroll->viewport()->size();
        // Too narrow for three cards side by side (a 1024-pixel window): two columns, the
        // trend across both, instead of a dashboard to scroll sideways.
        if (m_columns == 3)
            m_threeColumnWidth = m_charts->minimumSizeHint().width();
        const int columns = viewport.width() >= m_threeColumnWidth ? 3 : 2;
        if (columns != m_columns)
            arrangeCards(columns);
        m_content->resize(viewport.expandedTo(m_content->minimumSizeHint()));
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardView::arrangeCards(int columns)
{
    for (QWidget *card : std::as_const(m_cards))
        m_grid->removeWidget(card);
    for (int i = 0; i < 3; ++i) {
        m_grid->setRowStretch(i, 0);
        m_grid->setColumnStretch(i, 0);
    }
    enum { Gauge, Mix, Scores, Trend, Breakdown };
    if (columns == 3) {
        m_grid->addWidget(m_cards[Gauge], 0, 0);
        m_grid->addWidget(m_cards[Mix], 0, 1);
        m_grid->addWidget(m_cards[Scores], 0, 2);
        m_grid->addWidget(m_cards[Trend], 1, 0, 1, 2);
        m_grid->addWidget(m_cards[Breakdown], 1, 2);
        m_grid->setRowStretch(0, 5);
        m_grid->setRowStretch(1, 6);
        m_grid->setColumnStretch(0, 4);
        m_grid->setColumnStretch(1, 4);
        m_grid->setColumnStretch(2, 5);
    } else {
        m_grid->addWidget(m_cards[Gauge], 0, 0);
        m_grid->addWidget(m_cards[Mix], 0, 1);
        m_grid->addWidget(m_cards[Scores], 1, 0);
        m_grid->addWidget(m_cards[Breakdown], 1, 1);
        m_grid->addWidget(m_cards[Trend], 2, 0, 1, 2);
        m_grid->setRowStretch(0, 5);
        m_grid->setRowStretch(1, 5);
        m_grid->setRowStretch(2, 6);
        m_grid->setColumnStretch(0, 1);
        m_grid->setColumnStretch(1, 1);
    }
    m_columns = columns;
}

void DashboardView::showThemesTab()
{
    m_answersTabs->setCurrentWidget(m_themes);
}

void DashboardView::setAnswersMaximised(bool maximised)
{
    m_charts->setVisible(!maximised);
    m_answers->setMaximised(maximised);
}

bool DashboardView::answersMaximised() const
{
    return m_charts->isHidden();
}

void DashboardView::rebuildDimensionChoice()
{
    const QSignalBlocker blocker(m_dimension);
    m_dimension->clear();
    if (const auto cache = m_controller->cache()) {
        // The most relevant questions first, by their short labels; the full one as tooltip.
        for (int d : cache->dimensionsByRelevance()) {
            m_dimension->addItem(m_controller->label(d), d);
            m_dimension->setItemData(
                m_dimension->count() - 1, cache->dimensions().at(d).name, Qt::ToolTipRole);
        }
    }
    m_dimension->setEnabled(m_dimension->count() > 0);
    m_trend->setHasDates(!m_controller->cache() || m_controller->hasDates());
}

void DashboardView::refreshBeside()
{
    const DashboardResult &r = m_controller->result();
    const ProjectTargets &t = m_controller->targets();
    QStringList lines;
    const auto nps = r.overall.nps();
    if (nps && !m_controller->filter().restrictsScores()) {
        for (const NpsBenchmark &b : t.benchmarks) {
            QString line = tr("%1: %2 (%3 points)")
                               .arg(b.name.toHtmlEscaped(),
                                    NpsFormat::nps(b.nps, 0),
                                    NpsFormat::nps(*nps - b.nps, 0));
            if (!b.source.isEmpty())
                line += QStringLiteral(" <span style='font-size:small'>— %1</span>")
                            .arg(b.source.toHtmlEscaped());
            lines << line;
        }
    }
    if (!t.bands.source.isEmpty())
        lines << tr("Bands: %1").arg(t.bands.source.toHtmlEscaped());
    m_benchmarks->setText(lines.join(QStringLiteral("<br>")));
    m_benchmarks->setVisible(!lines.isEmpty());
}

void DashboardView::refresh()
{
    const DashboardResult &r = m_controller->result();
    const Filter &filter = m_controller->filter();
    const bool dutch = QLocale().language() == QLocale::Dutch;
    QString previous;
    if (r.previousFrom) {
        const Period p = Period::containing(*r.previousFrom, Granularity::Quarter);
        previous = p.firstDay() == *r.previousFrom && p.lastDay() == *r.previousTo
                       ? p.label(dutch)
                       : tr("the previous period");
    }
    // A selection of some groups or scores has an NPS that says little: the views say so
    // instead of drawing conclusions (−100 "needs attention", "0% passives").
    QString partial;
    if (filter.restrictsScores()) {
        if (const QList<int> scores = filter.chosenScores(); !scores.isEmpty()) {
            QStringList numbers;
            for (int s : scores)
                numbers << QLocale().toString(s);
            partial = scores.size() == 1
                          ? tr("Only score %1").arg(numbers.constFirst())
                          : tr("Only scores %1").arg(numbers.join(QStringLiteral(", ")));
        } else {
            QStringList names;
            if (filter.groups & Filter::Promoters)
                names << tr("promoters");
            if (filter.groups & Filter::Passives)
                names << tr("passives");
            if (filter.groups & Filter::Detractors)
                names << tr("detractors");
            partial = tr("Only %1").arg(names.join(tr(" and ")));
        }
    }
    GaugeReading reading;
    reading.figures = r.overall;
    reading.change = partial.isEmpty() ? r.change : std::nullopt;
    reading.previousLabel = previous;
    reading.target = m_controller->targets().target;
    reading.bands = m_controller->targets().bands.limits;
    reading.partialSelection = partial;
    m_gauge->setReading(reading);
    m_mix->setFigures(r.overall);
    const auto passives = r.overall.passiveShare();
    if (passives && partial.isEmpty())
        m_passives->setText(tr("Passives are %1 of respondents: satisfied, but not loyal enough to "
                               "recommend — the silent leak.")
                                .arg(NpsFormat::percent(passives, 0)));
    else if (passives)
        m_passives->setText(tr("%1 are selected, so the shares describe that selection only. "
                               "Clear the filter to see every group.")
                                .arg(partial));
    else
        m_passives->clear();
    QStringList tiles;
    const QString grey = palette().color(QPalette::PlaceholderText).name();
    if (r.csatCount > 0)
        tiles << tr("<b>CSAT</b> %1 <span style='color:%3'>(n = %2)</span>")
                     .arg(QLocale().toString(r.csatMean, 'f', 2),
                          QLocale().toString(r.csatCount),
                          grey);
    if (r.cesCount > 0)
        tiles << tr("<b>CES</b> %1 <span style='color:%3'>(n = %2)</span>")
                     .arg(QLocale().toString(r.cesMean, 'f', 2),
                          QLocale().toString(r.cesCount),
                          grey);
    m_tiles->setText(tiles.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    m_tiles->setVisible(!tiles.isEmpty());
    refreshBeside();
    m_distribution->setCounts(r.distribution,
                              filter.scores,
                              m_controller->cache() ? m_controller->cache()->scoreScaleMin() : 0);
    m_trend->setResult(r, dutch);
    m_trend->setTarget(m_controller->targets().target);
    const int d = r.breakdownDimension;
    m_breakdownChart->setRows(
        r.breakdown, filter.segments.value(d), d >= 0 ? m_controller->valueOrder(d) : QList<int>());
    m_breakdownModel->setResult(r);
    const int index = m_dimension->findData(r.breakdownDimension);
    if (index >= 0 && index != m_dimension->currentIndex()) {
        const QSignalBlocker blocker(m_dimension);
        m_dimension->setCurrentIndex(index);
    }
    if (index >= 0)
        m_dimension->setToolTip(m_dimension->itemData(index, Qt::ToolTipRole).toString());
}
