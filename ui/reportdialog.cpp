#include "reportdialog.h"

#include "dashboardcontroller.h"
#include "metrics/responsecache.h"
#include "reportrenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

ReportDialog::ReportDialog(DashboardController *controller,
                           QString title,
                           QList<QuarterlyReport::Source> sources,
                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_title(std::move(title))
    , m_sources(std::move(sources))
    , m_quarter(new QComboBox)
    , m_language(new QComboBox)
    , m_pageSize(new QComboBox)
    , m_mask(new QCheckBox(tr("Hide e-mail addresses and phone numbers in quotes")))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Quarterly Report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const bool dutchUi = QLocale().language() == QLocale::Dutch;
    if (const auto cache = controller->cache();
        cache && cache->firstDay() != ResponseCache::NoDay) {
        const Period first = Period::containingJulianDay(cache->firstDay(), Granularity::Quarter);
        const Period last = Period::containingJulianDay(cache->lastDay(), Granularity::Quarter);
        for (int q = last.index; q >= first.index; --q)
            m_quarter->addItem(Period{Granularity::Quarter, q}.label(dutchUi), q);
    }
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_language->setCurrentIndex(dutchUi ? 1 : 0);
    m_pageSize->addItem(QStringLiteral("A4"), false);
    m_pageSize->addItem(QStringLiteral("Letter"), true);
    m_mask->setChecked(true);
    form->addRow(tr("Quarter:"), m_quarter);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Page size:"), m_pageSize);
    auto *selection = new QLabel(tr("Selection: %1")
                                     .arg(controller->cache()
                                              ? controller->filter().describe(*controller->cache())
                                              : QString()));
    selection->setWordWrap(true);
    selection->setToolTip(
        tr("The report follows the dashboard's segments and groups; the period is the quarter."));
    form->addRow(selection);
    layout->addLayout(form);

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
    layout->addWidget(include);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #D55E00"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("Save…"), QDialogButtonBox::ActionRole);
    previewButton->setDefault(true);
    printButton->setShortcut(QKeySequence::Print);
    saveButton->setShortcut(QKeySequence::Save);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_quarter->count() == 0) {
        m_message->setText(
            tr("This project has no dated responses, so there is no quarter to report on."));
        for (QPushButton *b : {previewButton, printButton, saveButton})
            b->setEnabled(false);
    }
}

bool ReportDialog::dutch() const
{
    return m_language->currentData().toString() == u"nl";
}

int ReportDialog::sections() const
{
    int result = 0;
    for (const auto &[box, section] : m_sections)
        result |= box->isChecked() ? section : 0;
    return result;
}

Result<QuarterlyReport> ReportDialog::build() const
{
    QuarterlyReport::Options options;
    options.quarter = Period{Granularity::Quarter, m_quarter->currentData().toInt()};
    options.filter = m_controller->filter();
    options.filter.from.reset();
    options.filter.to.reset();
    options.maskPersonalData = m_mask->isChecked();
    return QuarterlyReport::build(*m_controller->cache(), m_sources, options);
}

void ReportDialog::paint(QPrinter *printer)
{
    const ReportLanguage language(m_language->currentData().toString());
    const Result<QuarterlyReport> report = build();
    if (!report) {
        m_message->setText(report.error());
        return;
    }
    printer->setPageSize(m_pageSize->currentData().toBool() ? QPageSize(QPageSize::Letter)
                                                            : QPageSize(QPageSize::A4));
    printer->setPageMargins(QMarginsF(0, 0, 0, 0));
    printer->setFullPage(true);
    if (Status s = ReportRenderer(report.value(), m_title, dutch(), sections()).print(printer); !s)
        m_message->setText(s.error());
}

void ReportDialog::preview()
{
    m_message->clear();
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Quarterly Report — Preview"));
    dialog.resize(900, 1000);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportDialog::paint);
    dialog.exec();
}

void ReportDialog::print()
{
    m_message->clear();
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer);
}

void ReportDialog::save()
{
    const QString folder
        = QSettings()
              .value(QStringLiteral("report/folder"),
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString name = QStringLiteral("%1 %2.pdf").arg(m_title, m_quarter->currentText());
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Save Report"),
        folder + u'/' + name,
        tr("PDF (*.pdf);;Web page (*.html);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("report/folder"), QFileInfo(path).absolutePath());
    if (Status s = saveTo(path); !s)
        m_message->setText(s.error());
    else
        m_message->clear();
}

Status ReportDialog::saveTo(const QString &path)
{
    const ReportLanguage language(m_language->currentData().toString());
    const Result<QuarterlyReport> report = build();
    if (!report)
        return Status::failure(report.error());
    return ReportRenderer(report.value(), m_title, dutch(), sections())
        .write(path, m_pageSize->currentData().toBool());
}
