#include "filterpanel.h"

#include "dashboardcontroller.h"
#include "filtersection.h"
#include "flowlayout.h"
#include "groupcolors.h"
#include "themefiltersection.h"
#include "valuelist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
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

constexpr int CodeRole = Qt::UserRole;

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
    m_search->setToolTip(tr("Only responses whose open answer contains this text (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterPanel::applyFromWidgets);
    layout->addWidget(m_search);

    auto *period = new QGroupBox(tr("Period"));
    auto *periodLayout = new QFormLayout(period);
    periodLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_granularity = new QComboBox;
    m_granularity->addItem(tr("Month"), int(Granularity::Month));
    m_granularity->addItem(tr("Quarter"), int(Granularity::Quarter));
    m_granularity->addItem(tr("Year"), int(Granularity::Year));
    m_from = new QComboBox;
    m_to = new QComboBox;
    for (QComboBox *c : {m_granularity, m_from, m_to}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    periodLayout->addRow(tr("Trend per"), m_granularity);
    periodLayout->addRow(tr("From"), m_from);
    periodLayout->addRow(tr("To"), m_to);
    auto *picksBox = new QWidget;
    auto *picks = new FlowLayout(picksBox, 6);
    const std::pair<QString, int> quickPicks[]
        = {{tr("Last quarter"), 1}, {tr("Last 4 quarters"), 4}, {tr("All"), 0}};
    for (const auto &pick : quickPicks) {
        const int count = pick.second;
        auto *button = new QPushButton(pick.first);
        button->setAutoDefault(false);
        picks->addWidget(button);
        m_picks.append(button);
        connect(button, &QPushButton::clicked, this, [this, count] { pickQuarters(count); });
    }
    periodLayout->addRow(picksBox);
    m_noDates = new QLabel(tr("This export has no dates: the period and the trend need a date "
                              "column (its role “Date” when you import)."));
    m_noDates->setWordWrap(true);
    m_noDates->setForegroundRole(QPalette::PlaceholderText);
    m_noDates->hide();
    periodLayout->addRow(m_noDates);
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

    auto *segments = new QGroupBox(tr("Segments"));
    auto *segmentsLayout = new QVBoxLayout(segments);
    m_dimensionSearch = new QLineEdit;
    m_dimensionSearch->setPlaceholderText(tr("Find a question or value…"));
    m_dimensionSearch->setToolTip(
        tr("Shows the segment questions and values that contain this text"));
    m_dimensionSearch->setClearButtonEnabled(true);
    connect(m_dimensionSearch, &QLineEdit::textChanged, this, &FilterPanel::applyDimensionSearch);
    segmentsLayout->addWidget(m_dimensionSearch);
    m_noMatch = new QLabel;
    m_noMatch->setWordWrap(true);
    m_noMatch->setForegroundRole(QPalette::PlaceholderText);
    m_noMatch->hide();
    segmentsLayout->addWidget(m_noMatch);
    // The themes of the open answers first: a dimension of every survey with open answers.
    m_themes = new ThemeFilterSection(controller);
    segmentsLayout->addWidget(m_themes);
    m_dimensionsLayout = new QVBoxLayout;
    m_dimensionsLayout->setSpacing(2);
    segmentsLayout->addLayout(m_dimensionsLayout);
    layout->addWidget(segments);
    layout->addStretch();

    for (QComboBox *c : {m_granularity, m_from, m_to})
        connect(c, &QComboBox::activated, this, &FilterPanel::applyFromWidgets);
    connect(controller, &DashboardController::cacheChanged, this, &FilterPanel::rebuildDimensions);
    connect(controller, &DashboardController::resultChanged, this, &FilterPanel::refresh);
    setMinimumWidth(220);
    rebuildDimensions();
}

QList<FilterSection *> FilterPanel::sections() const
{
    QList<FilterSection *> list;
    for (const Section &s : m_sections)
        list << s.section;
    return list;
}

int FilterPanel::dimensionOf(const FilterSection *section) const
{
    for (const Section &s : m_sections) {
        if (s.section == section)
            return s.dimension;
    }
    return -1;
}

QListWidget *FilterPanel::valueList(int dimension) const
{
    for (const Section &s : m_sections) {
        if (s.dimension == dimension)
            return s.list;
    }
    return nullptr;
}

FilterSection *FilterPanel::section(int dimension) const
{
    for (const Section &s : m_sections) {
        if (s.dimension == dimension)
            return s.section;
    }
    return nullptr;
}

void FilterPanel::changeEvent(QEvent *event)
{
    // Colours set on items follow a new appearance (a light palette's grey is unreadable on a
    // dark one, and the other way round).
    if (event->type() == QEvent::PaletteChange && !m_updating)
        refresh();
    QWidget::changeEvent(event);
}

void FilterPanel::rebuildDimensions()
{
    while (QLayoutItem *item = m_dimensionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sections.clear();
    m_moreDimensions.clear();
    m_more = nullptr;
    m_periodState = {}; // the period choices of another project
    const auto cache = m_controller->cache();
    updatePeriodControls();
    // On a 1–10 scale (no 0) detractors are 1–6, and the label says so.
    m_groups[2]->setText(cache && cache->scoreScaleMin() == 1 ? tr("Detractors (1–6)")
                                                              : tr("Detractors (0–6)"));
    if (!cache)
        return;
    QList<int> top;
    for (int d : cache->dimensionsByRelevance()) {
        const bool shown = cache->dimensions().at(d).shownByDefault && top.size() < ShownDimensions;
        (shown ? top : m_moreDimensions).append(d);
    }
    for (int i = 0; i < top.size(); ++i)
        m_dimensionsLayout->addWidget(makeSection(top.at(i), i < OpenDimensions));
    if (!m_moreDimensions.isEmpty()) {
        m_more = new FilterSection(
            tr("More dimensions… (%1)").arg(m_moreDimensions.size()),
            tr("The other segment questions of this survey, the most relevant first"));
        m_more->setContentFactory([this] { return makeMoreContent(); });
        m_dimensionsLayout->addWidget(m_more);
        // A dimension with a filter is never hidden away.
        for (int d : std::as_const(m_moreDimensions)) {
            if (m_controller->filter().segments.contains(d))
                m_more->setExpanded(true);
        }
    }
    refresh();
}

FilterSection *FilterPanel::makeSection(int dimension, bool open)
{
    const ResponseCache::Dimension &dim = m_controller->cache()->dimensions().at(dimension);
    QString toolTip = dim.name;
    if (dim.kind == ResponseCache::Dimension::Kind::Multi)
        toolTip += u'\n' + tr("Several answers per respondent: each option counts on its own.");
    auto *section = new FilterSection(m_controller->label(dimension), toolTip);
    const qsizetype index = m_sections.size();
    m_sections.append({dimension, section, nullptr});
    section->setContentFactory([this, index, dimension] {
        QListWidget *list = makeList(dimension);
        m_sections[index].list = list;
        refreshList(m_sections.at(index));
        return list;
    });
    if (open || m_controller->filter().segments.contains(dimension))
        section->setExpanded(true);
    return section;
}

QWidget *FilterPanel::makeMoreContent()
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(2);
    for (int d : std::as_const(m_moreDimensions))
        layout->addWidget(makeSection(d, false));
    return box;
}

QListWidget *FilterPanel::makeList(int dimension)
{
    const ResponseCache::Dimension &dim = m_controller->cache()->dimensions().at(dimension);
    auto *list = new ValueList;
    list->setToolTip(tr("Tick values to look at them only; counts show what each value adds "
                        "under the rest of the filter."));
    list->setAccessibleName(m_controller->label(dimension));
    for (int code : m_controller->valueOrder(dimension)) {
        auto *item = new QListWidgetItem(dim.values.at(code), list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(CodeRole, code);
        item->setToolTip(dim.values.at(code));
    }
    list->fitHeight();
    connect(list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            applyFromWidgets();
    });
    return list;
}

void FilterPanel::updatePeriodControls()
{
    const bool dated = m_controller->hasDates();
    const QString why = tr("This export has no dates, so there are no periods to choose.");
    for (QWidget *w : std::initializer_list<QWidget *>{m_granularity, m_from, m_to}) {
        w->setEnabled(dated);
        w->setToolTip(dated ? QString() : why);
    }
    m_granularity->setToolTip(dated ? tr("The periods of the trend chart") : why);
    for (QPushButton *b : std::as_const(m_picks)) {
        b->setEnabled(dated);
        b->setToolTip(dated ? QString() : why);
    }
    m_noDates->setVisible(m_controller->cache() && !dated);
}

void FilterPanel::refreshList(const Section &s)
{
    if (!s.list)
        return;
    const Filter &f = m_controller->filter();
    const DashboardResult &r = m_controller->result();
    const auto cache = m_controller->cache();
    const QSignalBlocker blocker(s.list);
    const QSet<quint16> chosen = f.segments.value(s.dimension);
    const QColor grey = s.list->palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < s.list->count(); ++i) {
        QListWidgetItem *item = s.list->item(i);
        const int code = item->data(CodeRole).toInt();
        item->setCheckState(chosen.contains(quint16(code)) ? Qt::Checked : Qt::Unchecked);
        const qint64 count = s.dimension < r.facets.size() && code < r.facets.at(s.dimension).size()
                                 ? r.facets.at(s.dimension).at(code)
                                 : 0;
        item->setText(QStringLiteral("%1  (%2)")
                          .arg(cache->dimensions().at(s.dimension).values.at(code),
                               QLocale().toString(count)));
        // The list's own text colour unless the value adds nothing under the filter.
        item->setData(Qt::ForegroundRole, count == 0 ? QVariant(grey) : QVariant());
    }
}

void FilterPanel::refresh()
{
    m_updating = true;
    const Filter &f = m_controller->filter();
    const auto cache = m_controller->cache();

    m_granularity->setCurrentIndex(m_granularity->findData(int(f.granularity)));
    // Period choices: every period of the data, by the chosen granularity (filled again only
    // when those or the chosen bounds change, not on every filter change).
    const auto periodState = std::make_tuple(cache.get(), f.granularity, f.from, f.to);
    const bool periodsChanged = periodState != m_periodState;
    m_periodState = periodState;
    for (QComboBox *c : {m_from, m_to}) {
        if (!periodsChanged)
            break;
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
    int chosenUnderMore = 0;
    for (const Section &s : std::as_const(m_sections)) {
        const qsizetype chosen = f.segments.value(s.dimension).size();
        s.section->setBadge(chosen > 0 ? QLocale().toString(chosen) : QString());
        if (chosen > 0 && !s.section->isExpanded())
            s.section->setExpanded(true);
        refreshList(s);
    }
    for (int d : std::as_const(m_moreDimensions))
        chosenUnderMore += f.segments.contains(d) ? 1 : 0;
    if (m_more) {
        m_more->setBadge(chosenUnderMore > 0 ? QLocale().toString(chosenUnderMore) : QString());
        if (chosenUnderMore > 0 && !m_more->isExpanded())
            m_more->setExpanded(true);
    }
    m_updating = false;
}

void FilterPanel::applyDimensionSearch()
{
    const auto cache = m_controller->cache();
    if (!cache)
        return;
    const QString text = m_dimensionSearch->text().trimmed();
    // Dimensions under "More dimensions…" are searched too: opening it builds them.
    bool moreMatches = false;
    for (int d : std::as_const(m_moreDimensions)) {
        const ResponseCache::Dimension &dim = cache->dimensions().at(d);
        if (!text.isEmpty()
            && (m_controller->label(d).contains(text, Qt::CaseInsensitive)
                || dim.name.contains(text, Qt::CaseInsensitive)
                || std::any_of(dim.values.cbegin(), dim.values.cend(), [&text](const QString &v) {
                       return v.contains(text, Qt::CaseInsensitive);
                   })))
            moreMatches = true;
    }
    if (m_more && moreMatches)
        m_more->setExpanded(true);
    int visible = 0;
    for (const Section &s : std::as_const(m_sections)) {
        const ResponseCache::Dimension &dim = cache->dimensions().at(s.dimension);
        const bool byName = m_controller->label(s.dimension).contains(text, Qt::CaseInsensitive)
                            || dim.name.contains(text, Qt::CaseInsensitive);
        const bool byValue
            = !byName
              && std::any_of(dim.values.cbegin(), dim.values.cend(), [&text](const QString &v) {
                     return v.contains(text, Qt::CaseInsensitive);
                 });
        const bool show = text.isEmpty() || byName || byValue;
        s.section->setVisible(show);
        visible += show;
        if (!text.isEmpty() && byValue)
            s.section->setExpanded(true);
        if (QListWidget *list = valueList(s.dimension)) {
            for (int i = 0; i < list->count(); ++i) {
                const QString value = dim.values.at(list->item(i)->data(CodeRole).toInt());
                list->item(i)->setHidden(byValue && !value.contains(text, Qt::CaseInsensitive));
            }
            static_cast<ValueList *>(list)->fitHeight();
        }
    }
    if (m_more)
        m_more->setVisible(text.isEmpty() || moreMatches);
    m_noMatch->setText(tr("No question or value contains “%1”.").arg(text));
    m_noMatch->setVisible(!text.isEmpty() && visible == 0);
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
    // Lists not built yet keep what the filter already says of their dimension.
    for (const Section &s : std::as_const(m_sections)) {
        if (!s.list)
            continue;
        QSet<quint16> chosen;
        for (int i = 0; i < s.list->count(); ++i) {
            if (s.list->item(i)->checkState() == Qt::Checked)
                chosen.insert(quint16(s.list->item(i)->data(CodeRole).toInt()));
        }
        if (chosen.isEmpty())
            f.segments.remove(s.dimension);
        else
            f.segments.insert(s.dimension, chosen);
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
