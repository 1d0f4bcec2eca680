#include "themesview.h"

#include "codebookeditor.h"
#include "dashboardcontroller.h"
#include "jobtracker.h"
#include "metrics/passivegap.h"
#include "metrics/promoterquoteindex.h"
#include "metrics/themeanalysis.h"
#include "metrics/themereport.h"
#include "models/npsformat.h"
#include "models/themesmodel.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "themeactionsdialog.h"
#include "themesdelegate.h"
#include "themesloader.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

ThemesView::ThemesView(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_loader(new JobTracker(this))
    , m_model(new ThemesModel(this))
    , m_delegate(new ThemesDelegate(m_model, this))
    , m_table(new QTableView)
    , m_summary(new QLabel)
    , m_passives(new QLabel)
    , m_empty(new QLabel)
    , m_progress(new QProgressBar)
    , m_edit(new QPushButton(tr("Edit Themes…")))
    , m_actions(new QPushButton(tr("Actions…")))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    m_edit->setToolTip(tr("Rename, merge or delete themes and edit their keywords"));
    m_edit->setEnabled(false);
    connect(m_edit, &QPushButton::clicked, this, &ThemesView::editCodebook);
    m_actions->setToolTip(tr("What is being done about the chosen theme, and whether it worked"));
    m_actions->setEnabled(false);
    connect(m_actions, &QPushButton::clicked, this, [this] {
        showActions(m_table->currentIndex().row());
    });
    top->addWidget(m_actions);
    top->addWidget(m_edit);
    layout->addLayout(top);
    m_progress->setMaximumWidth(360);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    layout->addWidget(m_empty, 1);

    m_table->setModel(m_model);
    m_table->setItemDelegate(m_delegate);
    m_delegate->setQuoteSource([this](int theme) { return quoteOf(theme); });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ThemesDelegate::RowHeight);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ThemesModel::ImpactColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setHighlightSections(false);
    for (int c = 0; c < ThemesModel::ColumnCount; ++c) {
        const bool shown = c == ThemesModel::LabelColumn || c == ThemesModel::MentionsColumn
                           || c == ThemesModel::NpsColumn || c == ThemesModel::ImpactColumn
                           || c == ThemesModel::TrendColumn;
        m_table->setColumnHidden(c, !shown);
    }
    // Impact first after the label: the order of the rows.
    m_table->horizontalHeader()->moveSection(ThemesModel::ImpactColumn, 1);
    m_table->horizontalHeader()->setSectionResizeMode(ThemesModel::LabelColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->resizeSection(ThemesModel::ImpactColumn, 110);
    m_table->horizontalHeader()->resizeSection(ThemesModel::MentionsColumn, 160);
    m_table->horizontalHeader()->resizeSection(ThemesModel::NpsColumn, 170);
    m_table->horizontalHeader()->resizeSection(ThemesModel::TrendColumn, 250);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setToolTip(
        tr("Impact: the NPS points the score would gain if the theme's detractors were "
           "passives. Click a theme to filter the dashboard to the responses that mention it; "
           "double-click to read their answers."));
    layout->addWidget(m_table, 1);
    m_passives->setWordWrap(true);
    m_passives->setTextFormat(Qt::RichText);
    layout->addWidget(m_passives);

    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        showTheme(index.row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_actions->setEnabled(m_analysis && m_table->currentIndex().isValid());
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // The first click chose the theme (or lifted it): a double-click keeps it chosen.
        if (!m_controller->filter().themes.contains(m_model->figuresAt(index.row()).theme))
            showTheme(index.row());
        emit answersRequested();
    });
    connect(m_controller, &DashboardController::resultChanged, this, &ThemesView::refresh);
    connect(m_controller, &DashboardController::cacheChanged, this, [this] {
        // The themes of the previous cache are not this one's.
        m_quoteIndex.reset();
        m_report.reset();
        m_analysis.reset();
        m_cache.reset();
        m_edit->setEnabled(false);
        m_model->setResult({}, {});
        // (The controller lifts a filter on the previous cache's themes.)
    });
    connect(m_loader, &JobTracker::slow, this, [this] { m_progress->show(); });
    setBusy(false);
}

ThemesView::~ThemesView() = default; // the tracker waits for its job

std::shared_ptr<const ThemeMembership> ThemesView::membership() const
{
    if (!m_analysis)
        return {};
    return {m_analysis, &m_analysis->membership()};
}

bool ThemesView::isLoading() const
{
    return m_loader->isRunning();
}

void ThemesView::setBusy(bool busy, const QString &text)
{
    if (!busy)
        m_progress->hide();
    m_progress->setRange(0, 0);
    m_empty->setVisible(busy || !text.isEmpty());
    m_empty->setText(text);
    m_table->setVisible(!busy && text.isEmpty());
    m_passives->setVisible(!busy && text.isEmpty());
}

void ThemesView::load(const QString &projectPath)
{
    const auto cache = m_controller->cache();
    if (!cache || cache->isEmpty() || projectPath.isEmpty()) {
        m_loader->cancel();
        setBusy(false, tr("No open answers to read."));
        return;
    }
    m_projectPath = projectPath;
    setBusy(true, tr("Reading the open answers and finding their themes…"));
    m_summary->clear();
    QPointer<ThemesView> view(this);
    JobTracker *tracker = m_loader;
    m_loader->start(
        [projectPath, cache, view, tracker](const std::atomic_bool &cancelled) {
            return ThemesLoader::read(projectPath, cache, cancelled, [view, tracker](int permille) {
                // Through the tracker, which outlives the job; the view may be gone.
                QMetaObject::invokeMethod(
                    tracker,
                    [view, permille] {
                        if (view) {
                            view->m_progress->setRange(0, 1000);
                            view->m_progress->setValue(permille);
                        }
                    },
                    Qt::QueuedConnection);
            });
        },
        [this](const ThemesLoader::Loaded &loaded) {
            if (loaded.cache != m_controller->cache())
                return; // another project was read meanwhile
            // No analysis is an error even without a message (a server that went away while
            // the codebook was read can leave the driver's error text empty).
            if (!loaded.error.isEmpty() || !loaded.analysis) {
                setBusy(false,
                        loaded.error.isEmpty()
                            ? tr("The themes could not be read.")
                            : tr("The themes could not be read: %1").arg(loaded.error));
                emit themesReady();
                return;
            }
            m_quoteIndex.reset();
            m_cache = loaded.cache;
            m_analysis = loaded.analysis;
            m_report = std::make_unique<ThemeReport>(*m_cache, m_analysis->membership());
            m_fresh = true;
            // What a question of praise brings up is valued, not a cost: the most mentioned
            // first (the analyst can still sort by impact).
            m_table->sortByColumn(m_analysis->asksForPraise() ? ThemesModel::MentionsColumn
                                                              : ThemesModel::ImpactColumn,
                                  Qt::DescendingOrder);
            m_edit->setEnabled(true);
            shareThemes();
            readActions();
            refresh();
            if (m_analysis->codebook().isEmpty() && m_analysis->writeIns()) {
                m_summary->clear();
                setBusy(false,
                        tr("No themes: this survey asks no open question of its own. Its free "
                           "texts (“%1”) are write-ins to a choice question, which name options, "
                           "not reasons. Edit Themes… can still make themes of them.")
                            .arg(m_analysis->question()));
            } else if (m_analysis->codebook().isEmpty()) {
                // Say how little there was to read: the count is the reason.
                m_summary->clear();
                setBusy(false,
                        tr("No themes: %1 of %2 responses answered the open question, and their "
                           "answers have too few words in common.")
                            .arg(QLocale().toString(m_report->compute(baseFilter()).answered),
                                 QLocale().toString(m_cache->size())));
            } else {
                setBusy(false);
            }
            emit themesReady();
        });
}

Status ThemesView::setCodebook(const Codebook &codebook)
{
    if (!m_analysis)
        return Status::failure(tr("The themes are still being read."));
    SurveyStore store;
    if (Status s = store.open(m_projectPath); !s)
        return s;
    if (Status s = ThemeStore(store).saveCodebook(codebook); !s)
        return s;
    // A new analysis (and membership): a filter on a theme of the old one is lifted.
    auto next = std::make_shared<ThemeAnalysis>(*m_analysis);
    next->setCodebook(codebook);
    m_quoteIndex.reset(); // it points into the previous analysis
    m_report.reset();
    m_analysis = next;
    m_report = std::make_unique<ThemeReport>(*m_cache, m_analysis->membership());
    m_fresh = true;
    shareThemes(); // a filter on a theme moves to the new membership by label
    setBusy(false);
    refresh();
    emit themesReady();
    return Done{};
}

void ThemesView::editCodebook()
{
    if (!m_analysis)
        return;
    CodebookEditor editor(*m_analysis, this);
    if (editor.exec() != QDialog::Accepted || editor.codebook() == m_analysis->codebook())
        return;
    if (Status s = setCodebook(editor.codebook()); !s)
        QMessageBox::warning(this, tr("Edit Themes"), s.error());
}

void ThemesView::showActions(int row)
{
    if (!m_analysis || row < 0 || row >= m_model->rowCount())
        return;
    ThemeActionsDialog dialog(
        m_projectPath, *m_analysis, m_model->figuresAt(row).theme, baseFilter(), this);
    dialog.exec();
    readActions();
}

void ThemesView::readActions()
{
    QHash<qint64, int> open;
    SurveyStore store;
    if (store.open(m_projectPath, SurveyStore::OpenMode::ReadOnly).ok()) {
        if (const Result<QList<ThemeAction>> actions = ThemeStore(store).actions(); actions) {
            for (const ThemeAction &a : actions.value()) {
                if (a.status != ThemeAction::Status::Done)
                    ++open[a.themeId];
            }
        }
    }
    m_delegate->setOpenActions(open);
    m_table->viewport()->update();
}

QString ThemesView::quoteOf(int theme)
{
    if (!m_report || !m_analysis)
        return {};
    const auto it = m_quotes.constFind(theme);
    if (it != m_quotes.cend())
        return *it;
    if (!m_pendingQuotes.contains(theme)) {
        if (m_pendingQuotes.isEmpty())
            QTimer::singleShot(0, this, &ThemesView::computeQuotes);
        m_pendingQuotes.append(theme);
    }
    return {};
}

void ThemesView::computeQuotes()
{
    const QList<int> pending = std::exchange(m_pendingQuotes, {});
    if (!m_report || !m_analysis)
        return;
    if (!m_quoteIndex)
        m_quoteIndex = std::make_unique<PromoterQuoteIndex>(
            *m_cache, m_analysis->corpus(), m_analysis->membership());
    for (int theme : pending) {
        const QList<PromoterQuote> q = m_quoteIndex->forTheme(m_report->passing(), theme, 1);
        m_quotes.insert(theme, q.isEmpty() ? QString() : q.constFirst().text);
    }
    m_table->viewport()->update();
}

Filter ThemesView::baseFilter() const
{
    return m_controller->filter().withoutThemes();
}

void ThemesView::shareThemes()
{
    QStringList labels;
    for (const Theme &t : m_analysis->codebook().themes())
        labels << t.label;
    // Both share the analysis' ownership through the membership's control block.
    const std::shared_ptr<const ThemeMembership> themes = membership();
    m_controller->setThemes(
        themes, std::shared_ptr<const AnswerThemes>(themes, &m_analysis->answerThemes()), labels);
}

void ThemesView::showTheme(int row)
{
    if (!m_analysis || row < 0 || row >= m_model->rowCount())
        return;
    m_controller->showTheme(m_model->figuresAt(row).theme,
                            QGuiApplication::keyboardModifiers() & Qt::ControlModifier);
}

void ThemesView::refresh()
{
    if (!m_report || !m_analysis || m_cache != m_controller->cache())
        return;
    const Filter filter = baseFilter();
    if (filter != m_shown || m_fresh) {
        // The themes under the rest of the filter: the chosen theme among all the others.
        m_fresh = false;
        m_shown = filter;
        const ThemeReportResult result = m_report->compute(filter);
        m_model->setResult(result, m_analysis->codebook().themes());
        m_quotes.clear(); // the painted rows ask for theirs
        m_pendingQuotes.clear();
        const QLocale locale;
        const bool praise = m_analysis->asksForPraise();
        m_summary->setText(
            (praise
                 ? tr("%n themes in %1 of %2 answers to “%3”: what respondents value, the "
                      "most mentioned first",
                      nullptr,
                      int(m_model->rowCount()))
                       .arg(locale.toString(result.answered),
                            locale.toString(result.responses),
                            m_analysis->question())
                 : tr("%n themes in %1 of %2 answers, the largest impact first",
                      nullptr,
                      int(m_model->rowCount()))
                       .arg(locale.toString(result.answered), locale.toString(result.responses))));
        m_summary->setToolTip(
            praise ? tr("The question asks what respondents like: its themes are what they "
                        "value, even in a detractor's answer, not reasons for a low score. "
                        "Beneath each theme a promoter's answer, personal data masked.")
                   : tr("Impact: the NPS points the score would gain if the theme's detractors "
                        "were passives. Beneath each theme a promoter's answer, personal data "
                        "masked."));
        const QList<PassiveGapItem> gap = PassiveGap::themes(result);
        QStringList items;
        for (qsizetype k = 0; k < gap.size() && items.size() < 3; ++k) {
            const PassiveGapItem &item = gap.at(k);
            // Differences within the margin of error in grey.
            const int decimals
                = NpsFormat::percentDecimals(item.passiveShare, item.promoterShare, locale);
            const QString text
                = tr("<b>%1</b> %2 vs. %3")
                      .arg(m_analysis->codebook().themes().at(item.theme).label.toHtmlEscaped(),
                           NpsFormat::percent(item.passiveShare, decimals, locale),
                           NpsFormat::percent(item.promoterShare, decimals, locale));
            items << (item.comparison.significant
                          ? text
                          : QStringLiteral("<span style='color:gray'>%1</span>").arg(text));
        }
        m_passives->setText(items.isEmpty()
                                ? tr("<i>Passives mention no theme more often than promoters.</i>")
                                : tr("Passives mention more than promoters: %1")
                                      .arg(items.join(QStringLiteral(" · "))));
        m_passives->setToolTip(
            tr("What stands between a 7–8 and a 9–10: the share of passives' and of promoters' "
               "answers that mention each theme. Grey: within the margin of error."));
    }
    // The chosen themes stay marked among the others.
    const Filter &current = m_controller->filter();
    m_table->clearSelection();
    if (current.hasTheme() && current.themeMembership == membership()) {
        QItemSelection chosen;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (current.themes.contains(m_model->figuresAt(row).theme))
                chosen.select(m_model->index(row, 0),
                              m_model->index(row, m_model->columnCount() - 1));
        }
        m_table->selectionModel()->select(chosen, QItemSelectionModel::Select);
    }
    m_table->viewport()->update();
}
