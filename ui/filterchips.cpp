#include "filterchips.h"

#include "dashboardcontroller.h"

#include "flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

FilterChips::FilterChips(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_layout(new FlowLayout(this, 6))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // One style sheet for every chip: parsed once, not for each chip of every filter change.
    setStyleSheet(QStringLiteral("QToolButton#chip { border: 1px solid palette(mid); "
                                 "border-radius: 11px; padding: 2px 10px; "
                                 "background: palette(alternate-base); }"
                                 "QToolButton#chip:hover { background: palette(midlight); }"));
    connect(controller, &DashboardController::resultChanged, this, [this] {
        // The chips follow the filter, not the breakdown's dimension.
        if (!m_shown || !(*m_shown == m_controller->filter()))
            rebuild();
    });
    connect(controller, &DashboardController::cacheChanged, this, [this] { m_shown.reset(); });
    rebuild();
}

void FilterChips::addChip(const QString &text,
                          const std::function<void()> &remove,
                          const QString &detail)
{
    auto *chip = new QToolButton;
    // A long chip is cut with an ellipsis; the whole filter stays in its tooltip.
    chip->setText(fontMetrics().elidedText(text, Qt::ElideRight, 360) + QStringLiteral("  ✕"));
    chip->setToolTip(detail.isEmpty()
                         ? tr("Remove this filter")
                         : QStringLiteral("%1\n%2").arg(detail, tr("Remove this filter")));
    chip->setAutoRaise(false);
    chip->setObjectName(QStringLiteral("chip"));
    connect(chip, &QToolButton::clicked, this, remove);
    m_layout->addWidget(chip);
}

void FilterChips::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    const Filter f = m_controller->filter();
    m_shown = f;
    const auto cache = m_controller->cache();
    auto without = [this, f](const std::function<void(Filter &)> &change) {
        return [this, f, change] {
            Filter g = f;
            change(g);
            m_controller->setFilter(g);
        };
    };
    const QLocale locale;
    if (f.from || f.to) {
        QString text;
        const Period p = Period::containing(f.from.value_or(QDate()), Granularity::Quarter);
        if (f.from && f.to && p.firstDay() == *f.from && p.lastDay() == *f.to)
            text = p.label(locale.language() == QLocale::Dutch);
        else
            text = QStringLiteral("%1 – %2").arg(
                f.from ? locale.toString(*f.from, QLocale::ShortFormat) : QString(),
                f.to ? locale.toString(*f.to, QLocale::ShortFormat) : QString());
        addChip(text, without([](Filter &g) {
                    g.from.reset();
                    g.to.reset();
                }));
    }
    if (f.groups != Filter::AllGroups) {
        QStringList names;
        if (f.groups & Filter::Promoters)
            names << tr("Promoters");
        if (f.groups & Filter::Passives)
            names << tr("Passives");
        if (f.groups & Filter::Detractors)
            names << tr("Detractors");
        addChip(names.join(QStringLiteral(", ")),
                without([](Filter &g) { g.groups = Filter::AllGroups; }));
    }
    if (const QList<int> scores = f.chosenScores(); !scores.isEmpty()) {
        QStringList numbers;
        for (int s : scores)
            numbers << locale.toString(s);
        addChip(scores.size() == 1 ? tr("Score %1").arg(numbers.constFirst())
                                   : tr("Scores %1").arg(numbers.join(QStringLiteral(", "))),
                without([](Filter &g) { g.scores = Filter::AllScores; }));
    }
    if (cache) {
        for (auto it = f.segments.cbegin(); it != f.segments.cend(); ++it) {
            QStringList values;
            for (quint16 code : it.value())
                values << cache->dimensions().at(it.key()).values.at(code);
            values.sort(Qt::CaseInsensitive);
            const int d = it.key();
            addChip(QStringLiteral("%1: %2").arg(m_controller->label(d),
                                                 values.join(QStringLiteral(", "))),
                    without([d](Filter &g) { g.segments.remove(d); }),
                    cache->dimensions().at(d).name);
        }
    }
    if (f.onlyWithAnswer)
        addChip(tr("With an open answer"), without([](Filter &g) { g.onlyWithAnswer = false; }));
    if (!f.text.isEmpty())
        addChip(tr("“%1”").arg(f.text), without([](Filter &g) { g.text.clear(); }));
    if (const QList<int> themes = f.validThemes(); !themes.isEmpty()) {
        QStringList labels;
        for (int t : themes)
            labels << f.themes.value(t);
        labels.sort(Qt::CaseInsensitive);
        const QString joined = labels.join(QStringLiteral(", "));
        addChip(themes.size() == 1 ? tr("Theme: %1").arg(joined) : tr("Themes: %1").arg(joined),
                without([](Filter &g) { g = g.withoutThemes(); }),
                joined);
    }
    Filter plain;
    plain.granularity = f.granularity;
    if (!(f == plain)) {
        auto *clear = new QToolButton;
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, m_controller, &DashboardController::clearFilter);
        m_layout->addWidget(clear);
    } else {
        auto *label = new QLabel(tr("All responses"));
        label->setForegroundRole(QPalette::PlaceholderText);
        m_layout->addWidget(label);
    }
}
