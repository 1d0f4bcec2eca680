#include "openanswersview.h"

#include "csv/csvcell.h"
#include "dashboardcontroller.h"
#include "elidingheader.h"
#include "groupcolors.h"
#include "models/openanswersmodel.h"
#include "models/questionlabel.h"
#include "openanswersdelegate.h"
#include "openanswersheaders.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

OpenAnswersView::OpenAnswersView(DashboardController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new OpenAnswersModel(this))
    , m_headers(new OpenAnswersHeaders(this))
    , m_delegate(new OpenAnswersDelegate(this))
    , m_table(new QTableView)
    , m_pane(new QTextBrowser)
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_summary(new QLabel)
    , m_question(new QComboBox)
    , m_columns(new QToolButton)
    , m_maximise(new QToolButton)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Open answers"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    title->setFont(bold);
    top->addWidget(title);
    top->addSpacing(8);
    m_question->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_question->setMinimumContentsLength(12);
    m_question->setMaximumWidth(320);
    m_question->setAccessibleName(tr("Open question"));
    m_question->hide();
    connect(m_question, &QComboBox::activated, this, &OpenAnswersView::chooseQuestion);
    top->addWidget(m_question);
    top->addSpacing(12);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_summary->setWordWrap(true);
    m_summary->installEventFilter(this);
    top->addWidget(m_summary, 1);
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the segment questions shown as columns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setMenu(new QMenu(m_columns));
    top->addWidget(m_columns);
    auto *paneToggle = new QToolButton;
    paneToggle->setText(tr("Reading pane"));
    paneToggle->setCheckable(true);
    paneToggle->setChecked(true);
    paneToggle->setToolTip(tr("Show the whole answer and every segment of the current response"));
    connect(paneToggle, &QToolButton::toggled, m_pane, &QWidget::setVisible);
    top->addWidget(paneToggle);
    m_maximise->setText(tr("Maximise"));
    m_maximise->setCheckable(true);
    m_maximise->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    m_maximise->setToolTip(tr("Give the open answers the whole height (Ctrl+Shift+M)"));
    connect(m_maximise, &QToolButton::toggled, this, &OpenAnswersView::maximiseRequested);
    top->addWidget(m_maximise);
    auto *exportButton = new QPushButton(tr("Export CSV…"));
    exportButton->setToolTip(tr("Save every response of this selection as a CSV file"));
    exportButton->setAutoDefault(false);
    connect(exportButton, &QPushButton::clicked, this, &OpenAnswersView::exportCsv);
    top->addWidget(exportButton);
    layout->addLayout(top);

    m_table->setHorizontalHeader(new ElidingHeader(Qt::Horizontal, m_table));
    m_headers->setSourceModel(m_model);
    m_table->setModel(m_headers);
    m_table->setItemDelegate(m_delegate);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(OpenAnswersModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // Three lines of an answer in the table; all of it in the reading pane.
    m_table->verticalHeader()->setDefaultSectionSize(int(m_table->fontMetrics().height() * 3.3));
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        m_columns->menu()->popup(m_table->horizontalHeader()->mapToGlobal(at));
    });
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_pane->setOpenLinks(false);
    m_pane->setPlaceholderText(tr("Choose a response to read it in full."));
    m_pane->setMinimumWidth(160);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({800, 220});
    m_table->viewport()->installEventFilter(this);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    auto *copy = new QAction(tr("Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &OpenAnswersView::copySelection);
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(controller, &DashboardController::cacheChanged, this, [this] {
        m_model->setCache(m_controller->cache());
        resetQuestions();
        resetColumns();
    });
    connect(controller, &DashboardController::resultChanged, this, &OpenAnswersView::refresh);
    connect(controller, &DashboardController::themesChanged, this, &OpenAnswersView::showThemes);
    m_table->setMouseTracking(true); // a hand over a theme chip
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &OpenAnswersView::showCurrent);
    connect(m_headers, &QAbstractItemModel::modelReset, this, &OpenAnswersView::showCurrent);
}

void OpenAnswersView::resetQuestions()
{
    const QSignalBlocker blocker(m_question);
    m_question->clear();
    m_questionLabels.clear();
    const auto cache = m_controller->cache();
    const QList<ResponseCache::Question> questions
        = cache ? cache->questions() : QList<ResponseCache::Question>();
    QStringList texts;
    for (const ResponseCache::Question &q : questions)
        texts << q.text;
    const QStringList shortened = QuestionLabel::shortenAll(texts);
    for (int q = 0; q < questions.size(); ++q) {
        const QString label
            = questions.at(q).label.isEmpty() ? shortened.at(q) : questions.at(q).label;
        m_questionLabels << label;
        m_question->addItem(tr("%1 (%2)").arg(label, QLocale().toString(questions.at(q).answered)),
                            q);
        m_question->setItemData(q, questions.at(q).text, Qt::ToolTipRole);
    }
    m_question->setVisible(questions.size() > 1);
    m_question->setCurrentIndex(std::clamp(
        m_controller->filter().question, 0, int(std::max<qsizetype>(0, questions.size() - 1))));
    m_question->setToolTip(m_question->currentData(Qt::ToolTipRole).toString());
    updateAnswerHeader();
}

void OpenAnswersView::updateAnswerHeader()
{
    const int q = m_model->question();
    const bool several = m_questionLabels.size() > 1;
    m_headers->setAnswerLabel(m_model->answerColumn(),
                              several ? m_questionLabels.value(q) : QString(),
                              m_question->itemData(q, Qt::ToolTipRole).toString());
}

void OpenAnswersView::chooseQuestion(int question)
{
    Filter f = m_controller->filter();
    if (f.question == question)
        return;
    f.question = question;
    m_controller->setFilter(f);
}

void OpenAnswersView::resetColumns()
{
    const auto cache = m_controller->cache();
    m_headers->setLabels(m_controller->labels(), OpenAnswersModel::FirstDimensionColumn);
    QHeaderView *header = m_table->horizontalHeader();
    // Date, score, group, then the answer; the segments after it.
    const int answer = m_model->answerColumn();
    header->moveSection(header->visualIndex(answer), OpenAnswersModel::FirstDimensionColumn);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const QFontMetrics m = m_table->fontMetrics();
    m_table->setColumnWidth(OpenAnswersModel::DateColumn,
                            m.horizontalAdvance(QStringLiteral("00-00-0000")) + 24);
    m_table->setColumnWidth(OpenAnswersModel::ScoreColumn, m.horizontalAdvance(tr("Score")) + 28);
    m_table->setColumnWidth(OpenAnswersModel::GroupColumn,
                            m.horizontalAdvance(tr("Detractor")) + 34);
    QStringList shown;
    if (cache) {
        const QList<int> order = cache->dimensionsByRelevance();
        for (int i = 0; i < order.size() && i < DefaultSegmentColumns; ++i)
            shown << cache->dimensions().at(order.at(i)).name;
    }
    setShownDimensions(shown);
}

void OpenAnswersView::fitAnswerColumn()
{
    // The answer takes the spare width; when the view is narrow the segment columns give way
    // first (down to MinimumSegmentWidth, their text wraps), so that no horizontal scroll bar
    // is needed at a laptop's width.
    const int answer = m_model->answerColumn();
    const int viewport = m_table->viewport()->width();
    const int answerMinimum = std::min(MinimumAnswerWidth, viewport * 7 / 20);
    int fixed = 0;
    QList<int> segments;
    int segmentWidth = 0;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (c == answer || m_table->isColumnHidden(c))
            continue;
        if (c >= OpenAnswersModel::FirstDimensionColumn) {
            segments << c;
            segmentWidth += m_segmentWidths.value(c, m_table->columnWidth(c));
        } else {
            fixed += m_table->columnWidth(c);
        }
    }
    // From each segment's own width every time, so that a column narrowed in a small view
    // widens again when the view grows.
    const int room = viewport - fixed - answerMinimum;
    const int each = segmentWidth > room && !segments.isEmpty()
                         ? std::max(MinimumSegmentWidth, room / int(segments.size()))
                         : std::numeric_limits<int>::max();
    segmentWidth = 0;
    for (int c : std::as_const(segments)) {
        m_table->setColumnWidth(c,
                                std::min(m_segmentWidths.value(c, m_table->columnWidth(c)), each));
        segmentWidth += m_table->columnWidth(c);
    }
    m_table->setColumnWidth(answer, std::max(answerMinimum, viewport - fixed - segmentWidth));
}

void OpenAnswersView::fitSummary()
{
    // Wrapped, never cut: the label grows a line when the buttons leave too little room.
    m_summary->setText(m_summaryText);
    m_summary->setToolTip(QString());
}

bool OpenAnswersView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::Resize)
        fitSummary();
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitAnswerColumn();
    if (watched == m_table->viewport()
        && (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::MouseMove)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const int theme = themeChipAt(mouse->position().toPoint());
        if (event->type() == QEvent::MouseMove) {
            if (theme >= 0)
                m_table->viewport()->setCursor(Qt::PointingHandCursor);
            else
                m_table->viewport()->unsetCursor();
        } else if (theme >= 0 && mouse->button() == Qt::LeftButton) {
            m_controller->showTheme(theme, mouse->modifiers() & Qt::ControlModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

int OpenAnswersView::themeChipAt(const QPoint &position) const
{
    const QModelIndex index = m_table->indexAt(position);
    if (!index.isValid() || m_headers->mapToSource(index).column() != m_model->answerColumn())
        return -1;
    return OpenAnswersDelegate::chipAt(
        m_table->visualRect(index), m_table->font(), index, position);
}

QRect OpenAnswersView::themeChipRect(int row, int theme) const
{
    const QModelIndex index
        = m_headers->mapFromSource(m_model->index(row, m_model->answerColumn()));
    for (const OpenAnswersDelegate::Chip &chip :
         OpenAnswersDelegate::chips(m_table->visualRect(index), m_table->font(), index)) {
        if (chip.theme == theme)
            return chip.rect;
    }
    return {};
}

void OpenAnswersView::showThemes()
{
    m_model->setThemes(m_controller->answerThemes(), m_controller->themeLabels());
    // Three lines of an answer, and a line of chips under it once there are themes.
    const double lines = m_controller->answerThemes() ? 4.4 : 3.3;
    m_table->verticalHeader()->setDefaultSectionSize(int(m_table->fontMetrics().height() * lines));
    m_table->viewport()->update();
}

QStringList OpenAnswersView::shownDimensions() const
{
    QStringList names;
    if (const auto cache = m_controller->cache()) {
        for (int d = 0; d < cache->dimensions().size(); ++d) {
            if (!m_table->isColumnHidden(m_model->dimensionColumn(d)))
                names << cache->dimensions().at(d).name;
        }
    }
    return names;
}

void OpenAnswersView::setShownDimensions(const QStringList &names)
{
    const auto cache = m_controller->cache();
    if (!cache)
        return;
    for (int d = 0; d < cache->dimensions().size(); ++d) {
        const bool shown = names.contains(cache->dimensions().at(d).name, Qt::CaseInsensitive);
        const int column = m_model->dimensionColumn(d);
        m_table->setColumnHidden(column, !shown);
        if (shown)
            setSegmentWidth(d);
    }
    updateColumnMenu();
    fitAnswerColumn();
}

void OpenAnswersView::showDimension(int dimension, bool shown)
{
    const int column = m_model->dimensionColumn(dimension);
    m_table->setColumnHidden(column, !shown);
    if (shown)
        setSegmentWidth(dimension);
    fitAnswerColumn();
    emit shownDimensionsChanged();
}

void OpenAnswersView::setSegmentWidth(int dimension)
{
    const int column = m_model->dimensionColumn(dimension);
    const int width = std::clamp(
        m_table->fontMetrics().horizontalAdvance(m_controller->label(dimension)) + 28, 80, 140);
    m_segmentWidths.insert(column, width);
    m_table->setColumnWidth(column, width);
}

void OpenAnswersView::updateColumnMenu()
{
    QMenu *menu = m_columns->menu();
    menu->clear();
    const auto cache = m_controller->cache();
    if (!cache)
        return;
    menu->addAction(tr("Only the three most relevant"), this, [this] {
        resetColumns();
        emit shownDimensionsChanged();
    });
    menu->addAction(tr("None"), this, [this] {
        setShownDimensions({});
        emit shownDimensionsChanged();
    });
    menu->addSeparator();
    for (int d : cache->dimensionsByRelevance()) {
        QAction *a = menu->addAction(m_controller->label(d));
        a->setCheckable(true);
        a->setChecked(!m_table->isColumnHidden(m_model->dimensionColumn(d)));
        a->setToolTip(cache->dimensions().at(d).name);
        connect(a, &QAction::toggled, this, [this, d](bool on) { showDimension(d, on); });
    }
    menu->setToolTipsVisible(true);
}

void OpenAnswersView::setMaximised(bool maximised)
{
    const QSignalBlocker blocker(m_maximise);
    m_maximise->setChecked(maximised);
    m_maximise->setText(maximised ? tr("Restore") : tr("Maximise"));
}

void OpenAnswersView::refresh()
{
    const Filter &filter = m_controller->filter();
    if (m_model->question() != filter.question)
        m_model->setQuestion(filter.question);
    Filter shown = m_model->filter();
    shown.question = filter.question;
    if (shown == filter) {
    } else if (m_model->cache() == m_controller->cache()
               && m_model->question() == filter.question) {
        m_model->setFilter(filter, m_controller->matchFlags()); // the query's, not a pass again
    } else {
        m_model->setFilter(filter);
    }
    updateAnswerHeader();
    if (m_question->count() > 0 && m_question->currentIndex() != m_model->question()) {
        const QSignalBlocker blocker(m_question);
        m_question->setCurrentIndex(m_model->question());
    }
    m_question->setToolTip(m_question->currentData(Qt::ToolTipRole).toString());
    m_delegate->highlight = m_controller->filter().text;
    m_delegate->answerColumn = m_model->answerColumn();
    const DashboardResult &r = m_controller->result();
    m_summaryText = tr("%1 responses · %2 with an answer")
                        .arg(QLocale().toString(qint64(m_model->matchingCount())),
                             QLocale().toString(r.withAnswer));
    fitSummary();
    m_table->viewport()->update();
    showCurrent();
}

void OpenAnswersView::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const auto cache = m_controller->cache();
    if (!current.isValid() || !cache) {
        m_pane->clear();
        return;
    }
    const QModelIndex source = m_headers->mapToSource(current);
    const auto row = qsizetype(
        m_model->index(source.row(), 0).data(OpenAnswersModel::CacheRowRole).toLongLong());
    const QColor grey = palette().color(QPalette::PlaceholderText);
    QString html;
    const int score = cache->score(row);
    QStringList head;
    if (const QDate date = cache->date(row); date.isValid())
        head << QLocale().toString(date, QLocale::LongFormat);
    if (score >= 0) {
        const ScoreGroup group = scoreGroup(score);
        head << tr("score %1").arg(score);
        head << QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                    .arg(GroupColors::of(group).name(),
                         m_model->index(source.row(), OpenAnswersModel::GroupColumn)
                             .data()
                             .toString()
                             .toHtmlEscaped());
    } else {
        head << tr("no score");
    }
    html += QStringLiteral("<p>%1</p>").arg(head.join(QStringLiteral(" · ")));
    // The chosen question's answer first, then the respondent's answers to the others.
    const int chosen = m_model->question();
    const qsizetype questions = cache->questions().size();
    QList<int> order{chosen};
    for (int q = 0; q < questions; ++q) {
        if (q != chosen)
            order << q;
    }
    for (int q : std::as_const(order)) {
        const QString answer = cache->answer(q, row).toString();
        if (answer.isEmpty() && q != chosen)
            continue;
        if (questions > 1)
            html += QStringLiteral("<p style='color:%1; margin-bottom:0'><b>%2</b></p>")
                        .arg(grey.name(), m_questionLabels.value(q).toHtmlEscaped());
        html += answer.isEmpty()
                    ? QStringLiteral("<p style='color:%1'><i>%2</i></p>")
                          .arg(grey.name(), tr("No open answer.").toHtmlEscaped())
                    : QStringLiteral("<p style='font-size:large'>%1</p>")
                          .arg(answer.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    }
    // The themes of the answer, as the chips in the table show them.
    const QStringList themes = m_model->index(source.row(), m_model->answerColumn())
                                   .data(OpenAnswersModel::ThemesRole)
                                   .toStringList();
    if (!themes.isEmpty())
        html += QStringLiteral("<p><span style='color:%1'>%2</span> %3</p>")
                    .arg(grey.name(),
                         tr("Themes:").toHtmlEscaped(),
                         themes.join(QStringLiteral(" · ")).toHtmlEscaped());
    QString segments;
    for (int d : cache->dimensionsByRelevance()) {
        const QString value = cache->segmentValue(d, row);
        if (value.isEmpty())
            continue;
        segments
            += QStringLiteral("<tr><td style='color:%1; padding-right:8px'>%2</td><td>%3</td></tr>")
                   .arg(grey.name(), m_controller->label(d).toHtmlEscaped(), value.toHtmlEscaped());
    }
    if (!segments.isEmpty())
        html += QStringLiteral("<table>%1</table>").arg(segments);
    m_pane->setHtml(html);
}

void OpenAnswersView::copySelection() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    QList<int> ordered;
    for (const QModelIndex &i : rows)
        ordered << i.row();
    std::sort(ordered.begin(), ordered.end());
    QStringList lines;
    for (int row : std::as_const(ordered)) {
        QStringList cells;
        // Pasted into a spreadsheet, no cell may run as a formula (CSV injection).
        for (int c = 0; c < m_model->columnCount(); ++c)
            cells << CsvCell::tabField(m_model->index(row, c).data().toString());
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void OpenAnswersView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Open Answers"), tr("open-answers.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    Status status = file.open(QIODevice::WriteOnly) ? m_model->writeCsv(&file)
                                                    : Status::failure(file.errorString());
    if (status && !file.commit())
        status = Status::failure(file.errorString());
    if (!status)
        QMessageBox::warning(
            this, tr("Export Open Answers"), tr("Cannot write “%1”: %2").arg(path, status.error()));
}
