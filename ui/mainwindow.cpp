#include "mainwindow.h"

#include "importjob.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const QString SamplePath = QStringLiteral(":/sample/nps-sample.csv");
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("NPS Studio"));
    setAcceptDrops(false);
    createActions();

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyState());

    auto *projectPage = new QWidget;
    auto *layout = new QVBoxLayout(projectPage);
    layout->setContentsMargins(24, 24, 24, 24);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counts = new QLabel;
    m_imports = new QTableWidget(0, 6);
    m_imports->setHorizontalHeaderLabels(
        {tr("File"), tr("Layout"), tr("Imported"), tr("Skipped"), tr("Already present"), tr("When")});
    m_imports->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_imports->verticalHeader()->hide();
    m_imports->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_imports->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_imports->setAlternatingRowColors(true);
    layout->addWidget(m_title);
    layout->addWidget(m_counts);
    layout->addSpacing(12);
    layout->addWidget(new QLabel(tr("Imports in this project")));
    layout->addWidget(m_imports, 1);
    m_pages->addWidget(projectPage);
    setCentralWidget(m_pages);

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    open->setShortcut(QKeySequence::Open);
    QAction *import = file->addAction(tr("&Import Exports…"), this, &MainWindow::chooseImport);
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Open the &Sample"), this, &MainWindow::openSample);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

QWidget *MainWindow::createEmptyState()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Welcome to NPS Studio"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Import the CSV export of your survey tool to see your Net Promoter "
                               "Score,\nits trend and the reasons behind it."));
    text->setAlignment(Qt::AlignCenter);
    auto *importButton = new QPushButton(tr("Import an export…"));
    importButton->setDefault(true);
    auto *sampleButton = new QPushButton(tr("Open the sample"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::chooseImport);
    connect(sampleButton, &QPushButton::clicked, this, &MainWindow::openSample);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch();
    layout->addWidget(title);
    layout->addSpacing(8);
    layout->addWidget(text);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
    return page;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (!m_store.path().isEmpty())
        settings.setValue(QStringLiteral("project/last"), m_store.path());
    event->accept();
}

void MainWindow::openLastProject()
{
    const QString last = QSettings().value(QStringLiteral("project/last")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last))
        openProject(last);
}

bool MainWindow::openProject(const QString &path)
{
    if (Status s = m_store.open(path); !s) {
        showError(s.error());
        return false;
    }
    QSettings().setValue(QStringLiteral("project/last"), path);
    refresh();
    return true;
}

void MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QStringLiteral(".npsdb"), Qt::CaseInsensitive)) {
        openProject(path);
        return;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/projects");
    QDir().mkpath(dir);
    const QString project = dir + u'/' + QFileInfo(path).completeBaseName() + QStringLiteral(".npsdb");
    startImport(path, project);
}

void MainWindow::openFileAndWait(const QString &path)
{
    openFile(path);
    if (m_job) {
        QEventLoop loop;
        connect(m_job, &QObject::destroyed, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                tr("NPS Studio projects (*.npsdb)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".npsdb")))
        path += QStringLiteral(".npsdb");
    openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("NPS Studio projects (*.npsdb)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Exports"), QDir::homePath(),
        tr("Survey exports (*.csv *.tsv *.txt);;All files (*)"));
    for (const QString &file : files) {
        if (m_store.isOpen())
            startImport(file, m_store.path());
        else
            openFile(file);
    }
}

void MainWindow::openSample()
{
    openFile(SamplePath);
}

void MainWindow::startImport(const QString &filePath, const QString &projectPath)
{
    if (m_job) {
        showError(tr("An import is already running; wait for it to finish."));
        return;
    }
    m_job = new ImportJob(projectPath, filePath, ImportOptions{}, this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    statusBar()->showMessage(tr("Importing %1…").arg(QFileInfo(filePath).fileName()));
    connect(m_job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    }, Qt::QueuedConnection);
    connect(m_job, &ImportJob::finished, this, [this, projectPath](const ImportReport &report) {
        m_job->wait();
        m_job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        if (!report.ok()) {
            statusBar()->clearMessage();
            showError(report.cancelled ? tr("The import was cancelled; nothing changed.")
                                       : report.error);
            return;
        }
        statusBar()->showMessage(tr("%1: %2 imported, %3 skipped, %4 already present")
                                     .arg(QFileInfo(report.filePath).fileName())
                                     .arg(report.imported)
                                     .arg(report.skipped)
                                     .arg(report.duplicates),
                                 10000);
        if (m_store.path() != projectPath)
            openProject(projectPath);
        else
            refresh();
    }, Qt::QueuedConnection);
    m_job->start();
}

void MainWindow::refresh()
{
    if (!m_store.isOpen()) {
        m_pages->setCurrentIndex(0);
        return;
    }
    m_pages->setCurrentIndex(1);
    const QString name = QFileInfo(m_store.path()).completeBaseName();
    setWindowTitle(tr("%1 — NPS Studio").arg(name));
    m_title->setText(name);
    const QList<ImportRecord> imports = m_store.imports();
    m_counts->setText(tr("%n responses", nullptr, int(m_store.responseCount()))
                      + QStringLiteral(" · ") + tr("%n imports", nullptr, int(imports.size())));
    m_imports->setRowCount(int(imports.size()));
    const QLocale locale;
    for (int r = 0; r < imports.size(); ++r) {
        const ImportRecord &i = imports.at(r);
        const QStringList cells = {i.fileName,
                                   i.layout,
                                   locale.toString(i.rowsImported),
                                   locale.toString(i.rowsSkipped),
                                   locale.toString(i.rowsDuplicate),
                                   locale.toString(i.importedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 2 && c <= 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_imports->setItem(r, c, item);
        }
    }
    m_imports->resizeColumnsToContents();
    m_imports->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void MainWindow::showError(const QString &message)
{
    if (QApplication::platformName() == u"offscreen") {
        qWarning("%s", qPrintable(message));
        return;
    }
    QMessageBox::warning(this, tr("NPS Studio"), message);
}
