#include "reportdialog.h"

#include "dashboardcontroller.h"
#include "jobtracker.h"
#include "metrics/responsecache.h"
#include "metrics/themeanalysis.h"
#include "report/reporttitle.h"
#include "reportrenderer.h"
#include "store/projectsettings.h"
#include "store/surveystore.h"
#include "store/themestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

constexpr int AllResponses = -1;
const QString DimensionsKey = QStringLiteral("report/dimensions");

} // namespace

struct ReportDialog::Filled
{
    QList<std::pair<int, qint64>> quarters; // index, responses; newest first
    QList<QuarterlyReport::Source> sources;
};

ReportDialog::ReportDialog(DashboardController *controller,
                           const SurveyStore *store,
                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_store(store)
    , m_title(new QLineEdit)
    , m_period(new QComboBox)
    , m_language(new QComboBox)
    , m_pageSize(new QComboBox)
    , m_dimensions(new QListWidget)
    , m_mask(new QCheckBox(tr("Hide e-mail addresses and phone numbers in quotes")))
    , m_message(new QLabel)
    , m_busy(new QProgressBar)
    , m_filler(new JobTracker(this))
    , m_builder(new JobTracker(this))
{
    setWindowTitle(tr("Report"));
    const auto cache = controller->cache();
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const bool dutchUi = QLocale().language() == QLocale::Dutch;

    // The title: the one chosen before for this project, else the survey's readable name.
    QString stored;
    if (m_store && m_store->isOpen()) {
        m_suggestedTitle = ReportTitle::suggest(m_store->path(), m_store->imports());
        stored = ProjectSettings(*m_store).reportTitle();
    } else {
        m_suggestedTitle = tr("NPS report");
    }
    m_title->setText(stored.isEmpty() ? m_suggestedTitle : stored);
    m_title->setPlaceholderText(m_suggestedTitle);
    m_title->setToolTip(tr("The title on the cover and in the footer; kept for this project"));
    form->addRow(tr("Title:"), m_title);

    // The period: all responses at once, or a quarter (listed as soon as they are counted).
    m_period->addItem(tr("All responses"), AllResponses);
    if (controller->hasDates()) {
        m_period->addItem(tr("Reading the quarters…"));
        m_period->setItemData(1, 0, Qt::UserRole - 1); // not selectable
    }
    m_period->setToolTip(tr("A quarter is compared with the quarter before and the same quarter "
                            "a year earlier; all responses are reported without a period."));
    form->addRow(tr("Period:"), m_period);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->setCurrentIndex(dutchUi ? 1 : 0);
    m_pageSize->addItem(QStringLiteral("A4"), false);
    m_pageSize->addItem(QStringLiteral("Letter"), true);
    m_mask->setChecked(true);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Page size:"), m_pageSize);
    auto *selection = new QLabel(
        tr("Selection: %1")
            .arg(cache ? controller->filter().describe(*cache, false, controller->labels())
                       : QString()));
    selection->setWordWrap(true);
    selection->setToolTip(
        tr("The report follows the dashboard's segments and groups; the period is chosen here."));
    form->addRow(selection);
    layout->addLayout(form);

    auto *columns = new QHBoxLayout;
    auto *present = new QGroupBox(tr("Segments to present"));
    auto *presentLayout = new QVBoxLayout(present);
    auto *presentNote = new QLabel(tr("One table each, with the groups of at least 30 responses."));
    presentNote->setWordWrap(true);
    presentNote->setForegroundRole(QPalette::PlaceholderText);
    presentLayout->addWidget(presentNote);
    QStringList chosenNames;
    if (m_store && m_store->isOpen()) {
        const Result<QString> remembered = ProjectSettings(*m_store).value(DimensionsKey);
        if (remembered && !remembered->isEmpty())
            chosenNames = remembered->split(u'\n');
    }
    if (cache) {
        const QList<int> defaults = QuarterlyReport::defaultDimensions(*cache);
        for (int d : cache->dimensionsByRelevance()) {
            auto *item = new QListWidgetItem(controller->label(d), m_dimensions);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setData(Qt::UserRole, d);
            item->setToolTip(cache->dimensions().at(d).name);
            const bool chosen = chosenNames.isEmpty()
                                    ? defaults.contains(d)
                                    : chosenNames.contains(cache->dimensions().at(d).name);
            item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_dimensions->setMinimumHeight(160);
    presentLayout->addWidget(m_dimensions);
    columns->addWidget(present, 3);

    auto *include = new QGroupBox(tr("Include"));
    auto *includeLayout = new QVBoxLayout(include);
    const std::pair<QString, int> parts[]
        = {{tr("Trend over the last 8 quarters"), ReportRenderer::Trend},
           {tr("Tables per segment"), ReportRenderer::Segments},
           {tr("Score distribution"), ReportRenderer::Distribution},
           {tr("Voices: recurring words and quotes"), ReportRenderer::Voices},
           {tr("Method and sources"), ReportRenderer::Method}};
    for (const auto &[label, section] : parts) {
        auto *box = new QCheckBox(label);
        box->setChecked(true);
        includeLayout->addWidget(box);
        m_sections.append({box, section});
    }
    includeLayout->addWidget(m_mask);
    includeLayout->addStretch();
    columns->addWidget(include, 2);
    layout->addLayout(columns, 1);

    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::Link);
    layout->addWidget(m_message);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    m_actions = {previewButton, printButton, saveButton};
    previewButton->setDefault(true);
    printButton->setShortcut(QKeySequence::Print);
    saveButton->setShortcut(QKeySequence::Save);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_builder, &JobTracker::slow, m_busy, &QWidget::show);
    connect(m_filler, &JobTracker::slow, m_busy, &QWidget::show);
    resize(640, 560);

    // The quarters with their number of responses, and the imports behind them.
    const QString path = m_store && m_store->isOpen() ? m_store->path() : QString();
    m_filler->start(
        [cache, path](const std::atomic_bool &cancelled) {
            Filled filled;
            if (cache && cache->firstDay() != ResponseCache::NoDay) {
                const int first
                    = Period::containingJulianDay(cache->firstDay(), Granularity::Quarter).index;
                const int last
                    = Period::containingJulianDay(cache->lastDay(), Granularity::Quarter).index;
                std::vector<qint64> counts(size_t(last - first) + 1, 0);
                for (qint32 day : cache->days()) {
                    if (day != ResponseCache::NoDay)
                        ++counts[size_t(Period::containingJulianDay(day, Granularity::Quarter).index
                                        - first)];
                }
                for (int q = last; q >= first; --q)
                    filled.quarters.append({q, counts[size_t(q - first)]});
            }
            if (!path.isEmpty() && !cancelled) {
                SurveyStore store;
                if (store.open(path)) {
                    const auto ranges = store.importDateRanges();
                    for (const ImportRecord &record : store.imports())
                        filled.sources.append({record,
                                               ranges.value(record.id).first,
                                               ranges.value(record.id).second});
                }
            }
            return filled;
        },
        [this](const Filled &filled) { fill(filled); });
}

ReportDialog::~ReportDialog() = default;

bool ReportDialog::isFilling() const
{
    return m_filler->isRunning();
}

void ReportDialog::fill(const Filled &filled)
{
    m_sources = filled.sources;
    const bool dutchUi = QLocale().language() == QLocale::Dutch;
    const int keep = m_period->currentData().toInt();
    while (m_period->count() > 1)
        m_period->removeItem(1);
    for (const auto &[quarter, responses] : filled.quarters) {
        if (responses == 0)
            continue;
        m_period->addItem(tr("%1 · %2 responses")
                              .arg(Period{Granularity::Quarter, quarter}.label(dutchUi),
                                   QLocale().toString(responses)),
                          quarter);
    }
    // The newest quarter unless the analyst already chose; all responses without dates.
    const int index = m_period->findData(keep);
    m_period->setCurrentIndex(keep != AllResponses && index > 0 ? index
                              : m_period->count() > 1           ? 1
                                                                : 0);
    if (!m_builder->isRunning())
        m_busy->hide();
}

bool ReportDialog::dutch() const
{
    return m_language->currentData().toString() == u"nl";
}

QString ReportDialog::title() const
{
    const QString text = m_title->text().trimmed();
    return text.isEmpty() ? m_suggestedTitle : text;
}

int ReportDialog::sections() const
{
    int result = 0;
    for (const auto &[box, section] : m_sections)
        result |= box->isChecked() ? section : 0;
    return result;
}

QuarterlyReport::Options ReportDialog::options() const
{
    QuarterlyReport::Options options;
    if (m_store && m_store->isOpen())
        options.openQuestion = ThemeStore::openQuestion(*m_store);
    const QVariant period = m_period->currentData();
    options.allResponses = !period.isValid() || period.toInt() == AllResponses;
    if (!options.allResponses)
        options.quarter = Period{Granularity::Quarter, period.toInt()};
    options.filter = m_controller->filter();
    options.filter.from.reset();
    options.filter.to.reset();
    options.maskPersonalData = m_mask->isChecked();
    options.targets = m_controller->targets();
    QList<int> dimensions;
    for (int i = 0; i < m_dimensions->count(); ++i) {
        if (m_dimensions->item(i)->checkState() == Qt::Checked)
            dimensions.append(m_dimensions->item(i)->data(Qt::UserRole).toInt());
    }
    options.dimensions = dimensions;
    if (m_themes && &m_themes->cache() == m_controller->cache().get()) {
        options.themes = m_themes;
        options.actions = m_themeActions;
    }
    return options;
}

void ReportDialog::setThemes(std::shared_ptr<const ThemeAnalysis> themes,
                             const QList<ThemeAction> &actions)
{
    m_themes = std::move(themes);
    m_themeActions = actions;
}

void ReportDialog::remember()
{
    if (!m_store || !m_store->isOpen())
        return;
    ProjectSettings settings(*m_store);
    const QString text = m_title->text().trimmed();
    Status titled = settings.setReportTitle(text == m_suggestedTitle ? QString() : text);
    QStringList names;
    const auto cache = m_controller->cache();
    for (int d : options().dimensions.value_or(QList<int>()))
        names << cache->dimensions().at(d).name;
    Status chosen = settings.setValue(DimensionsKey, names.join(u'\n'));
    if (!titled || !chosen)
        m_message->setText(tr("The title and segments could not be kept in the project: %1")
                               .arg(titled ? chosen.error() : titled.error()));
}

void ReportDialog::setBusy(bool busy)
{
    for (QPushButton *b : std::as_const(m_actions))
        b->setEnabled(!busy);
    if (!busy)
        m_busy->hide();
}

void ReportDialog::build(const std::function<void(const QuarterlyReport &)> &then)
{
    m_message->clear();
    remember();
    setBusy(true);
    const auto cache = m_controller->cache();
    const QuarterlyReport::Options chosen = options();
    const QList<QuarterlyReport::Source> sources = m_sources;
    m_builder->start(
        [cache, chosen, sources](const std::atomic_bool &) {
            return std::make_shared<Result<QuarterlyReport>>(
                QuarterlyReport::build(*cache, sources, chosen));
        },
        [this, then](const std::shared_ptr<Result<QuarterlyReport>> &report) {
            setBusy(false);
            if (!report->ok()) {
                m_message->setText(report->error());
                return;
            }
            m_built = report->value();
            then(*m_built);
        });
}

void ReportDialog::paint(QPrinter *printer)
{
    if (!m_built)
        return;
    const ReportLanguage language(m_language->currentData().toString());
    printer->setPageSize(m_pageSize->currentData().toBool() ? QPageSize(QPageSize::Letter)
                                                            : QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setFullPage(true);
    if (Status s = ReportRenderer(*m_built, title(), dutch(), sections()).print(printer); !s)
        m_message->setText(s.error());
}

void ReportDialog::preview()
{
    build([this](const QuarterlyReport &) {
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Report — Preview"));
        dialog.resize(900, 1000);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paint);
        dialog.exec();
    });
}

void ReportDialog::print()
{
    build([this](const QuarterlyReport &) {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            paint(&printer);
    });
}

void ReportDialog::save()
{
    const QString folder
        = QSettings()
              .value(QStringLiteral("report/folder"),
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString period = options().allResponses
                               ? tr("all responses")
                               : options().quarter.label(QLocale().language() == QLocale::Dutch);
    const QString name = QStringLiteral("%1 %2.pdf").arg(title(), period);
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Save Report"),
        folder + u'/' + name,
        tr("PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    build([this, path](const QuarterlyReport &report) {
        const ReportLanguage language(m_language->currentData().toString());
        if (Status s = ReportRenderer(report, title(), dutch(), sections())
                           .write(path, m_pageSize->currentData().toBool());
            !s)
            m_message->setText(s.error());
        else
            m_message->setText(tr("Saved as %1").arg(QDir::toNativeSeparators(path)));
    });
}

Status ReportDialog::saveTo(const QString &path)
{
    remember();
    const ReportLanguage language(m_language->currentData().toString());
    const Result<QuarterlyReport> report
        = QuarterlyReport::build(*m_controller->cache(), m_sources, options());
    if (!report)
        return Status::failure(report.error());
    return ReportRenderer(report.value(), title(), dutch(), sections())
        .write(path, m_pageSize->currentData().toBool());
}
