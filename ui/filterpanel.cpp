#include "filterpanel.h"

#include "dashboardcontroller.h"
#include "groupcolors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString chipStyle(const QColor &colour)
{
    return QStringLiteral(
               "QCheckBox::indicator:checked { background: %1; border: 1px solid %1; "
               "border-radius: 3px; }"
               "QCheckBox::indicator:unchecked { border: 2px solid %1; border-radius: 3px; }")
        .arg(colour.name());
}

} // namespace

FilterPanel::FilterPanel(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 10, 10, 10);
    scroll->setWidget(content);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search the open answers…"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterPanel::applyFromWidgets);
    layout->addWidget(m_search);

    auto *period = new QGroupBox(tr("Period"));
    auto *periodLayout = new QFormLayout(period);
    m_granularity = new QComboBox;
    m_granularity->addItem(tr("Month"), int(Granularity::Month));
    m_granularity->addItem(tr("Quarter"), int(Granularity::Quarter));
    m_granularity->addItem(tr("Year"), int(Granularity::Year));
    m_granularity->setToolTip(tr("The periods of the trend chart"));
    m_from = new QComboBox;
    m_to = new QComboBox;
    periodLayout->addRow(tr("Trend per"), m_granularity);
    periodLayout->addRow(tr("From"), m_from);
    periodLayout->addRow(tr("To"), m_to);
    auto *picks = new QGridLayout;
    auto *lastQuarter = new QPushButton(tr("Last quarter"));
    auto *lastYear = new QPushButton(tr("Last 4 quarters"));
    auto *all = new QPushButton(tr("All"));
    for (QPushButton *b : {lastQuarter, lastYear, all})
        b->setAutoDefault(false);
    picks->addWidget(lastQuarter, 0, 0);
    picks->addWidget(all, 0, 1);
    picks->addWidget(lastYear, 1, 0, 1, 2);
    connect(lastQuarter, &QPushButton::clicked, this, [this] { pickQuarters(1); });
    connect(lastYear, &QPushButton::clicked, this, [this] { pickQuarters(4); });
    connect(all, &QPushButton::clicked, this, [this] { pickQuarters(0); });
    periodLayout->addRow(picks);
    layout->addWidget(period);

    auto *groups = new QGroupBox(tr("Groups"));
    auto *groupsLayout = new QVBoxLayout(groups);
    const QString names[] = {tr("Promoters (9–10)"), tr("Passives (7–8)"), tr("Detractors (0–6)")};
    const ScoreGroup order[] = {ScoreGroup::Promoter, ScoreGroup::Passive, ScoreGroup::Detractor};
    for (int g = 0; g < 3; ++g) {
        m_groups[g] = new QCheckBox(names[g]);
        m_groups[g]->setStyleSheet(chipStyle(GroupColors::of(order[g])));
        groupsLayout->addWidget(m_groups[g]);
        connect(m_groups[g], &QCheckBox::toggled, this, &FilterPanel::applyFromWidgets);
    }
    m_withAnswer = new QCheckBox(tr("Only with an open answer"));
    groupsLayout->addWidget(m_withAnswer);
    connect(m_withAnswer, &QCheckBox::toggled, this, &FilterPanel::applyFromWidgets);
    layout->addWidget(groups);

    m_dimensionsLayout = new QVBoxLayout;
    layout->addLayout(m_dimensionsLayout);
    layout->addStretch();

    for (QComboBox *c : {m_granularity, m_from, m_to})
        connect(c, &QComboBox::activated, this, &FilterPanel::applyFromWidgets);
    connect(controller, &DashboardController::cacheChanged, this, &FilterPanel::rebuildDimensions);
    connect(controller, &DashboardController::resultChanged, this, &FilterPanel::refresh);
    setMinimumWidth(250);
    rebuildDimensions();
}

void FilterPanel::rebuildDimensions()
{
    while (QLayoutItem *item = m_dimensionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_dimensionLists.clear();
    const auto cache = m_controller->cache();
    if (!cache)
        return;
    for (const auto &dim : cache->dimensions()) {
        auto *box = new QGroupBox(dim.name);
        box->setToolTip(tr("Tick values to look at them only; counts show what each value adds "
                           "under the rest of the filter."));
        auto *boxLayout = new QVBoxLayout(box);
        auto *list = new QListWidget;
        list->setFrameShape(QFrame::NoFrame);
        list->setAlternatingRowColors(false);
        for (qsizetype v = 0; v < dim.values.size(); ++v) {
            auto *item = new QListWidgetItem(dim.values.at(v), list);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, int(v));
        }
        const int rows = int(std::min<qsizetype>(dim.values.size(), 8));
        list->setFixedHeight(list->sizeHintForRow(0) * std::max(1, rows) + 6);
        connect(list, &QListWidget::itemChanged, this, [this] {
            if (!m_updating)
                applyFromWidgets();
        });
        boxLayout->addWidget(list);
        m_dimensionsLayout->addWidget(box);
        m_dimensionLists.append(list);
    }
    refresh();
}

void FilterPanel::refresh()
{
    m_updating = true;
    const Filter &f = m_controller->filter();
    const DashboardResult &r = m_controller->result();
    const auto cache = m_controller->cache();

    m_granularity->setCurrentIndex(m_granularity->findData(int(f.granularity)));
    // Period choices: every period of the data, by the chosen granularity.
    for (QComboBox *c : {m_from, m_to}) {
        const QSignalBlocker blocker(c);
        c->clear();
        c->addItem(c == m_from ? tr("First response") : tr("Last response"));
        if (cache && cache->firstDay() != ResponseCache::NoDay) {
            const Period first = Period::containingJulianDay(cache->firstDay(), f.granularity);
            const Period last = Period::containingJulianDay(cache->lastDay(), f.granularity);
            for (int i = first.index; i <= last.index; ++i) {
                const Period p{f.granularity, i};
                c->addItem(p.label(QLocale().language() == QLocale::Dutch),
                           c == m_from ? p.firstDay() : p.lastDay());
            }
        }
        const std::optional<QDate> &bound = c == m_from ? f.from : f.to;
        int index = bound ? c->findData(*bound) : 0;
        if (index < 0) { // a date that is no period boundary
            c->addItem(QLocale().toString(*bound, QLocale::ShortFormat), *bound);
            index = c->count() - 1;
        }
        c->setCurrentIndex(index);
    }
    const quint8 bits[] = {Filter::Promoters, Filter::Passives, Filter::Detractors};
    for (int g = 0; g < 3; ++g) {
        const QSignalBlocker blocker(m_groups[g]);
        m_groups[g]->setChecked(f.groups != Filter::AllGroups && (f.groups & bits[g]));
    }
    {
        const QSignalBlocker blocker(m_withAnswer);
        m_withAnswer->setChecked(f.onlyWithAnswer);
    }
    if (m_search->text() != f.text && !m_searchDelay->isActive()) {
        const QSignalBlocker blocker(m_search);
        m_search->setText(f.text);
    }
    for (int d = 0; d < m_dimensionLists.size(); ++d) {
        QListWidget *list = m_dimensionLists.at(d);
        const QSignalBlocker blocker(list);
        const QSet<quint16> chosen = f.segments.value(d);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const int code = item->data(Qt::UserRole).toInt();
            item->setCheckState(chosen.contains(quint16(code)) ? Qt::Checked : Qt::Unchecked);
            const qint64 count
                = d < r.facets.size() && code < r.facets.at(d).size() ? r.facets.at(d).at(code) : 0;
            item->setText(
                QStringLiteral("%1  (%2)")
                    .arg(cache->dimensions().at(d).values.at(code), QLocale().toString(count)));
            item->setForeground(count == 0 ? palette().color(QPalette::PlaceholderText)
                                           : palette().color(QPalette::Text));
        }
    }
    m_updating = false;
}

void FilterPanel::applyFromWidgets()
{
    if (m_updating)
        return;
    Filter f = m_controller->filter();
    f.granularity = Granularity(m_granularity->currentData().toInt());
    f.from = m_from->currentData().isValid() ? std::optional(m_from->currentData().toDate())
                                             : std::nullopt;
    f.to = m_to->currentData().isValid() ? std::optional(m_to->currentData().toDate())
                                         : std::nullopt;
    const quint8 bits[] = {Filter::Promoters, Filter::Passives, Filter::Detractors};
    quint8 groups = 0;
    for (int g = 0; g < 3; ++g)
        groups |= m_groups[g]->isChecked() ? bits[g] : 0;
    f.groups = groups == 0 ? quint8(Filter::AllGroups) : groups;
    f.onlyWithAnswer = m_withAnswer->isChecked();
    f.text = m_search->text().trimmed();
    f.segments.clear();
    for (int d = 0; d < m_dimensionLists.size(); ++d) {
        QSet<quint16> chosen;
        QListWidget *list = m_dimensionLists.at(d);
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                chosen.insert(quint16(list->item(i)->data(Qt::UserRole).toInt()));
        }
        if (!chosen.isEmpty())
            f.segments.insert(d, chosen);
    }
    m_controller->setFilter(f);
}

void FilterPanel::pickQuarters(int count)
{
    Filter f = m_controller->filter();
    const auto cache = m_controller->cache();
    if (count == 0 || !cache || cache->lastDay() == ResponseCache::NoDay) {
        f.from.reset();
        f.to.reset();
    } else {
        const Period last = Period::containingJulianDay(cache->lastDay(), Granularity::Quarter);
        f.from = Period{Granularity::Quarter, last.index - count + 1}.firstDay();
        f.to = last.lastDay();
    }
    m_controller->setFilter(f);
}
