#include "themefiltersection.h"

#include "dashboardcontroller.h"
#include "metrics/thememembership.h"
#include "valuelist.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>

namespace {
constexpr int ThemeRole = Qt::UserRole;
} // namespace

ThemeFilterSection::ThemeFilterSection(DashboardController *controller, QWidget *parent)
    : FilterSection(tr("Themes"),
                    tr("The themes of the open answers (the Themes view): tick themes to look at "
                       "the responses that mention any of them"),
                    parent)
    , m_controller(controller)
{
    setContentFactory([this] {
        m_list = new ValueList;
        m_list->setToolTip(tr("Tick themes to look at the responses that mention them; counts "
                              "show how many mention each under the rest of the filter."));
        m_list->setAccessibleName(tr("Themes"));
        connect(m_list, &ValueList::itemChanged, this, [this] {
            if (!m_updating)
                apply();
        });
        fillList(); // refreshed once open (expandedChanged)
        return m_list;
    });
    connect(this, &FilterSection::expandedChanged, this, [this](bool expanded) {
        if (expanded)
            refresh();
    });
    connect(controller, &DashboardController::themesChanged, this, &ThemeFilterSection::rebuild);
    connect(controller, &DashboardController::resultChanged, this, &ThemeFilterSection::refresh);
    rebuild();
}

void ThemeFilterSection::changeEvent(QEvent *event)
{
    // The grey of a theme no response mentions follows a new appearance.
    if (event->type() == QEvent::PaletteChange && !m_updating)
        refresh();
    FilterSection::changeEvent(event);
}

void ThemeFilterSection::rebuild()
{
    const auto membership = m_controller->themeMembership();
    const QStringList &labels = m_controller->themeLabels();
    m_order.clear();
    if (membership) {
        for (int t = 0; t < membership->themeCount() && t < labels.size(); ++t)
            m_order << t;
        std::stable_sort(m_order.begin(), m_order.end(), [&membership](int a, int b) {
            return membership->rows(a).size() > membership->rows(b).size();
        });
    }
    if (parentWidget() || m_order.isEmpty()) // never a window of its own
        setVisible(!m_order.isEmpty());
    setTitle(m_order.isEmpty() ? tr("Themes")
                               : tr("Themes (%1)").arg(QLocale().toString(m_order.size())));
    fillList();
    refresh();
}

void ThemeFilterSection::fillList()
{
    if (!m_list)
        return;
    const QStringList &labels = m_controller->themeLabels();
    m_updating = true;
    m_list->clear();
    for (int t : std::as_const(m_order)) {
        auto *item = new QListWidgetItem(labels.at(t), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(ThemeRole, t);
        item->setToolTip(labels.at(t));
    }
    m_updating = false;
    m_list->fitHeight();
}

void ThemeFilterSection::refresh()
{
    const Filter &f = m_controller->filter();
    const bool current = f.themeMembership && f.themeMembership == m_controller->themeMembership();
    const qsizetype chosen = current ? f.validThemes().size() : 0;
    setBadge(chosen > 0 ? QLocale().toString(chosen) : QString());
    if (chosen > 0 && !isExpanded())
        setExpanded(true); // builds the list, which refreshes
    if (!m_list || !isExpanded())
        return;
    m_updating = true;
    // Counted only while the list is open: one more pass over the responses.
    const QList<qint64> &counts = m_controller->themeCounts();
    const QStringList &labels = m_controller->themeLabels();
    const QColor grey = m_list->palette().color(QPalette::PlaceholderText);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const int theme = item->data(ThemeRole).toInt();
        item->setCheckState(current && f.themes.contains(theme) ? Qt::Checked : Qt::Unchecked);
        const qint64 count = counts.value(theme);
        item->setText(
            QStringLiteral("%1  (%2)").arg(labels.value(theme), QLocale().toString(count)));
        item->setData(Qt::ForegroundRole, count == 0 ? QVariant(grey) : QVariant());
    }
    // Themes chosen elsewhere (a theme bar, a chip, the history) are scrolled into view.
    const QList<int> chosenNow = current ? f.validThemes() : QList<int>();
    if (chosenNow != m_shownChoice) {
        m_shownChoice = chosenNow;
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->checkState() == Qt::Checked) {
                m_list->scrollToItem(m_list->item(i));
                break;
            }
        }
    }
    m_updating = false;
}

void ThemeFilterSection::apply()
{
    if (!m_list)
        return;
    Filter f = m_controller->filter().withoutThemes();
    const QStringList &labels = m_controller->themeLabels();
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked) {
            const int theme = item->data(ThemeRole).toInt();
            f.themes.insert(theme, labels.value(theme));
        }
    }
    if (!f.themes.isEmpty())
        f.themeMembership = m_controller->themeMembership();
    m_shownChoice = f.validThemes(); // ticked here: where the analyst is looking already
    m_controller->setFilter(f);
}
