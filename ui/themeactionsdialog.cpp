#include "themeactionsdialog.h"

#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"
#include "models/npsformat.h"
#include "store/surveystore.h"
#include "store/themestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr ThemeAction::Status Statuses[]
    = {ThemeAction::Status::Open, ThemeAction::Status::InProgress, ThemeAction::Status::Done};

QDate parsedDate(const QString &text)
{
    QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!d.isValid())
        d = QLocale().toDate(text.trimmed(), QLocale::ShortFormat);
    return d;
}

} // namespace

ThemeActionsDialog::ThemeActionsDialog(const QString &projectPath,
                                       const ThemeAnalysis &analysis,
                                       int theme,
                                       const Filter &filter,
                                       QWidget *parent)
    : QDialog(parent)
    , m_path(projectPath)
    , m_analysis(analysis)
    , m_theme(theme)
    , m_filter(filter)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_effect(new QLabel)
    , m_message(new QLabel)
{
    const QString label = m_analysis.codebook().themes().value(theme).label;
    setWindowTitle(tr("Actions on “%1”").arg(label));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("What is being done about “%1”: edit a cell to change it, it is stored in the project "
           "at once. For a finished action, the theme before and after its day shows whether it "
           "worked.")
            .arg(label.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setHorizontalHeaderLabels(
        {tr("What"), tr("Owner"), tr("Due"), tr("Status"), tr("Done on")});
    m_table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    m_effect->setWordWrap(true);
    m_effect->setTextFormat(Qt::RichText);
    layout->addWidget(m_effect);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *add = buttons->addButton(tr("Add Action"), QDialogButtonBox::ActionRole);
    QPushButton *remove = buttons->addButton(tr("Remove"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        ThemeAction a;
        a.description = tr("New action");
        a.due = QDate::currentDate().addMonths(1);
        if (addAction(a))
            m_table->editItem(m_table->item(m_table->rowCount() - 1, WhatColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_actions.size())
            return;
        SurveyStore store;
        Status s = store.open(m_path);
        if (s)
            s = ThemeStore(store).removeAction(m_actions.at(row).id);
        m_message->setText(s ? QString() : s.error());
        reload();
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int) {
        if (!m_filling)
            storeRow(row);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ThemeActionsDialog::showEffect);
    resize(760, 420);
    reload();
}

void ThemeActionsDialog::reload()
{
    m_actions.clear();
    SurveyStore store;
    if (Status s = store.open(m_path, SurveyStore::OpenMode::ReadOnly); !s) {
        m_message->setText(s.error());
        return;
    }
    const qint64 id = m_analysis.codebook().themes().value(m_theme).id;
    if (Result<QList<ThemeAction>> actions = ThemeStore(store).actions(id); actions)
        m_actions = actions.value();
    else
        m_message->setText(actions.error());
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_actions.size()));
    for (int row = 0; row < m_actions.size(); ++row)
        fillRow(row);
    m_filling = false;
    showEffect();
}

void ThemeActionsDialog::fillRow(int row)
{
    const ThemeAction &a = m_actions.at(row);
    const QLocale locale;
    m_table->setItem(row, WhatColumn, new QTableWidgetItem(a.description));
    m_table->setItem(row, OwnerColumn, new QTableWidgetItem(a.owner));
    m_table->setItem(
        row,
        DueColumn,
        new QTableWidgetItem(a.due ? locale.toString(*a.due, QLocale::ShortFormat) : QString()));
    m_table->setItem(
        row,
        DoneColumn,
        new QTableWidgetItem(a.done ? locale.toString(*a.done, QLocale::ShortFormat) : QString()));
    auto *status = new QComboBox;
    for (ThemeAction::Status s : Statuses)
        status->addItem(ThemeAction::statusName(s), int(s));
    status->setCurrentIndex(status->findData(int(a.status)));
    connect(status, &QComboBox::activated, this, [this, row, status] {
        setStatus(row, ThemeAction::Status(status->currentData().toInt()));
    });
    m_table->setCellWidget(row, StatusColumn, status);
}

bool ThemeActionsDialog::addAction(const ThemeAction &action)
{
    ThemeAction a = action;
    a.themeId = m_analysis.codebook().themes().value(m_theme).id;
    SurveyStore store;
    Status s = store.open(m_path);
    if (s) {
        const Result<qint64> id = ThemeStore(store).addAction(a);
        s = id ? Status(Done{}) : Status::failure(id.error());
    }
    m_message->setText(s ? QString() : s.error());
    reload();
    return s.ok();
}

bool ThemeActionsDialog::setStatus(int row, ThemeAction::Status status, const QDate &done)
{
    if (row < 0 || row >= m_actions.size())
        return false;
    ThemeAction &a = m_actions[row];
    a.status = status;
    if (status == ThemeAction::Status::Done && !a.done)
        a.done = done.isValid() ? done : QDate::currentDate();
    if (status != ThemeAction::Status::Done)
        a.done.reset();
    SurveyStore store;
    Status s = store.open(m_path);
    if (s)
        s = ThemeStore(store).updateAction(a);
    m_message->setText(s ? QString() : s.error());
    // In place: the status list that asked stays where it is.
    m_filling = true;
    m_table->item(row, DoneColumn)
        ->setText(a.done ? QLocale().toString(*a.done, QLocale::ShortFormat) : QString());
    m_filling = false;
    m_table->setCurrentCell(row, WhatColumn);
    showEffect();
    return s.ok();
}

void ThemeActionsDialog::storeRow(int row)
{
    if (row < 0 || row >= m_actions.size())
        return;
    ThemeAction &a = m_actions[row];
    const auto text = [this, row](int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    a.description = text(WhatColumn);
    a.owner = text(OwnerColumn);
    const QDate due = parsedDate(text(DueColumn));
    a.due = due.isValid() ? std::optional<QDate>(due) : std::nullopt;
    const QDate done = parsedDate(text(DoneColumn));
    if (done.isValid())
        a.done = done;
    SurveyStore store;
    Status s = store.open(m_path);
    if (s)
        s = ThemeStore(store).updateAction(a);
    m_message->setText(s ? QString() : s.error());
    showEffect();
}

void ThemeActionsDialog::showEffect()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_actions.size() || !m_actions.at(row).done) {
        m_effect->setText(tr("<i>Mark an action done to see the theme before and after it.</i>"));
        return;
    }
    const QDate day = *m_actions.at(row).done;
    ThemeReport report(m_analysis.cache(), m_analysis.membership());
    const ThemeBeforeAfter ba = report.beforeAndAfter(m_filter, m_theme, day);
    const QLocale locale;
    const auto side = [&locale](const ThemePeriod &p) -> QString {
        const auto ci = p.figures.interval();
        return tr("%1 of the answers (%2), NPS %3%4")
            .arg(NpsFormat::percent(p.share(), 1, locale),
                 locale.toString(p.mentions),
                 NpsFormat::nps(p.figures.nps(), 0, locale),
                 ci ? QStringLiteral(" [%1]").arg(NpsFormat::interval(ci->low, ci->high, 0, locale))
                    : QString());
    };
    const auto points = [&locale](double delta) -> QString {
        return (delta < 0 ? QStringLiteral("−") : QStringLiteral("+"))
               + locale.toString(std::abs(delta), 'f', 1);
    };
    QString verdict;
    if (ba.shareChange)
        verdict = ba.shareChange->significant
                      ? tr("The share of answers that mention it changed significantly (%1 "
                           "points).")
                            .arg(points(ba.shareChange->delta))
                      : tr("The change in its share (%1 points) is within the margin of error.")
                            .arg(points(ba.shareChange->delta));
    m_effect->setText(tr("<b>Before %1:</b> %2<br><b>From %1 on:</b> %3<br>%4")
                          .arg(locale.toString(day, QLocale::ShortFormat),
                               side(ba.before),
                               side(ba.after),
                               verdict));
}
