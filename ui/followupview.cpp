#include "followupview.h"

#include "dashboardcontroller.h"
#include "jobtracker.h"
#include "metrics/themeanalysis.h"
#include "models/followupmodel.h"
#include "store/surveystore.h"
#include "store/themestore.h"
#include "themesview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The status column is edited with a list of the three statuses.
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *
    createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *box = new QComboBox(parent);
        for (FollowUp::Status s :
             {FollowUp::Status::Open, FollowUp::Status::Contacted, FollowUp::Status::Resolved})
            box->addItem(FollowUp::statusName(s), FollowUp::statusKey(s));
        // A choice is stored at once, without leaving the cell first.
        connect(box, &QComboBox::activated, box, [this, box] {
            auto *self = const_cast<StatusDelegate *>(this);
            emit self->commitData(box);
            emit self->closeEditor(box);
        });
        return box;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *box = static_cast<QComboBox *>(editor);
        box->setCurrentIndex(std::max(0, box->findData(index.data(Qt::EditRole))));
    }
    void setModelData(QWidget *editor,
                      QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

struct LoadedFollowUps
{
    std::vector<qint64> keys;
    std::vector<QString> respondents;
    std::vector<QString> contacts;
    QHash<qint64, FollowUp> followUps;
    QString error;
};

constexpr int ShownSegments = 3;
constexpr int RetryMs = 5000;

} // namespace

FollowUpView::FollowUpView(DashboardController *controller,
                           SurveyStore *store,
                           ThemesView *themes,
                           QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_store(store)
    , m_themes(themes)
    , m_loader(new JobTracker(this))
    , m_model(new FollowUpModel(this))
    , m_table(new QTableView)
    , m_status(new QComboBox)
    , m_summary(new QLabel)
    , m_retry(new QTimer(this))
{
    setWindowTitle(tr("Follow Up Detractors"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Status:")));
    m_status->addItem(tr("All"), -1);
    for (FollowUp::Status s :
         {FollowUp::Status::Open, FollowUp::Status::Contacted, FollowUp::Status::Resolved})
        m_status->addItem(FollowUp::statusName(s), int(s));
    m_status->setToolTip(tr("Show only the detractors with this status"));
    top->addWidget(m_status);
    layout->addLayout(top);

    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(FollowUpModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::SelectedClicked);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton
        = buttons->addButton(tr("Export to CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &FollowUpView::chooseExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_status, &QComboBox::activated, this, [this] {
        const int s = m_status->currentData().toInt();
        m_model->setStatusFilter(s < 0 ? std::nullopt
                                       : std::optional<FollowUp::Status>(FollowUp::Status(s)));
        updateSummary();
    });
    connect(m_model, &FollowUpModel::followUpChanged, this, &FollowUpView::storeEdit);
    m_retry->setInterval(RetryMs);
    connect(m_retry, &QTimer::timeout, this, &FollowUpView::storeUnsaved);
    connect(m_controller, &DashboardController::resultChanged, this, [this] {
        m_model->setFilter(m_controller->filter());
        updateSummary();
    });
    connect(m_themes, &ThemesView::themesReady, this, &FollowUpView::reload);
    resize(1100, 640);
    reload();
}

FollowUpView::~FollowUpView() = default;

void FollowUpView::reload()
{
    const QString path = m_store->path();
    m_summary->setText(tr("Reading the detractors…"));
    m_loader->start(
        [path](const std::atomic_bool &) {
            LoadedFollowUps loaded;
            SurveyStore store;
            if (Status s = store.open(path, SurveyStore::OpenMode::ReadOnly); !s) {
                loaded.error = s.error();
                return loaded;
            }
            const ThemeStore themes(store);
            Result<std::vector<qint64>> keys = themes.responseKeys();
            Result<std::vector<QString>> respondents = themes.respondents();
            Result<QHash<qint64, FollowUp>> followUps = themes.followUps();
            Result<std::vector<QString>> contacts = themes.contacts();
            if (!keys || !respondents || !followUps || !contacts) {
                loaded.error = !keys          ? keys.error()
                               : !respondents ? respondents.error()
                               : !contacts    ? contacts.error()
                                              : followUps.error();
                return loaded;
            }
            loaded.contacts = std::move(contacts).value();
            loaded.keys = std::move(keys).value();
            loaded.respondents = std::move(respondents).value();
            loaded.followUps = std::move(followUps).value();
            return loaded;
        },
        [this](LoadedFollowUps loaded) {
            if (!loaded.error.isEmpty()) {
                m_summary->setText(tr("The follow-ups could not be read: %1").arg(loaded.error));
                emit this->loaded();
                return;
            }
            FollowUpModel::Source source;
            source.cache = m_controller->cache();
            const ThemeAnalysis *analysis = m_themes->analysis();
            if (analysis && m_themes->membership()) {
                // Shares the analysis' ownership through the membership's control block.
                source.themes = std::shared_ptr<const AnswerThemes>(m_themes->membership(),
                                                                    &analysis->answerThemes());
                for (const Theme &t : analysis->codebook().themes())
                    source.themeLabels << t.label;
            }
            source.responseKeys = std::move(loaded.keys);
            source.respondents = std::move(loaded.respondents);
            source.contacts = std::move(loaded.contacts);
            source.followUps = std::move(loaded.followUps);
            // What was typed and is not stored yet stays what the list shows.
            for (const FollowUp &f : std::as_const(m_unsaved))
                source.followUps.insert(f.responseKey, f);
            m_model->setSource(std::move(source));
            m_model->setFilter(m_controller->filter());
            // The answer takes the spare width; only the most relevant segments are shown.
            QHeaderView *header = m_table->horizontalHeader();
            header->setSectionResizeMode(FollowUpModel::AnswerColumn, QHeaderView::Stretch);
            header->resizeSection(FollowUpModel::NoteColumn, 200);
            header->resizeSection(FollowUpModel::ThemesColumn, 180);
            QList<int> relevant;
            if (const auto cache = m_controller->cache())
                relevant = cache->dimensionsByRelevance().mid(0, ShownSegments);
            m_table->setColumnHidden(FollowUpModel::ContactColumn, !m_model->hasContacts());
            for (int c = FollowUpModel::FirstDimensionColumn; c < m_model->columnCount(); ++c)
                m_table->setColumnHidden(
                    c, !relevant.contains(c - FollowUpModel::FirstDimensionColumn));
            m_table->resizeColumnToContents(FollowUpModel::DateColumn);
            m_table->resizeColumnToContents(FollowUpModel::ScoreColumn);
            m_table->resizeColumnToContents(FollowUpModel::StatusColumn);
            // Room for the longest status, whichever is shown now.
            m_table->setColumnWidth(FollowUpModel::StatusColumn,
                                    std::max(m_table->columnWidth(FollowUpModel::StatusColumn),
                                             m_table->fontMetrics().horizontalAdvance(
                                                 FollowUp::statusName(FollowUp::Status::Contacted))
                                                 + 32));
            updateSummary();
            emit this->loaded();
        });
}

void FollowUpView::storeEdit(const FollowUp &followUp)
{
    m_unsaved.insert(followUp.responseKey, followUp);
    storeUnsaved();
}

bool FollowUpView::storeUnsaved()
{
    // In key order, so that the order of the stores does not depend on the hash.
    QList<qint64> keys = m_unsaved.keys();
    std::sort(keys.begin(), keys.end());
    for (qint64 key : std::as_const(keys)) {
        if (Status s = ThemeStore(*m_store).setFollowUp(m_unsaved.value(key)); !s) {
            m_unsavedError = s.error();
            break;
        }
        m_unsaved.remove(key);
    }
    if (m_unsaved.isEmpty()) {
        m_retry->stop();
        m_unsavedError.clear();
    } else if (!m_retry->isActive()) {
        m_retry->start();
    }
    updateSummary();
    return m_unsaved.isEmpty();
}

void FollowUpView::reject()
{
    if (mayClose())
        QDialog::reject();
}

bool FollowUpView::mayClose()
{
    if (!m_unsaved.isEmpty() && !storeUnsaved()) {
        QMessageBox box(QMessageBox::Warning,
                        tr("Follow Up Detractors"),
                        tr("%n change(s) could not be stored in the project yet: %1",
                           nullptr,
                           int(m_unsaved.size()))
                            .arg(m_unsavedError),
                        QMessageBox::NoButton,
                        this);
        box.setInformativeText(
            tr("Keep this list open and NPS Studio stores them as soon as it can."));
        QPushButton *keep = box.addButton(tr("Keep Open"), QMessageBox::AcceptRole);
        box.addButton(tr("Discard Changes"), QMessageBox::DestructiveRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() == keep)
            return false;
        m_unsaved.clear();
        m_retry->stop();
    }
    return true;
}

void FollowUpView::updateSummary()
{
    qint64 open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->followUpAt(row).status == FollowUp::Status::Open;
    m_summary->setText(
        tr("%n detractors under the dashboard's filter (%1 still open). Double-click a status "
           "or a note to change it; changes are stored in the project at once.",
           nullptr,
           m_model->rowCount())
            .arg(QLocale().toString(open))
        + (m_unsaved.isEmpty()
               ? QString()
               : u' '
                     + tr("%n change(s) not stored yet (%1); tried again every few seconds.",
                          nullptr,
                          int(m_unsaved.size()))
                           .arg(m_unsavedError)));
}

bool FollowUpView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(this, tr("Export to CSV"), file.errorString());
        return false;
    }
    if (Status s = m_model->writeCsv(&file); !s) {
        file.cancelWriting();
        QMessageBox::warning(this, tr("Export to CSV"), s.error());
        return false;
    }
    if (!file.commit()) {
        QMessageBox::warning(this, tr("Export to CSV"), file.errorString());
        return false;
    }
    return true;
}

void FollowUpView::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this,
                                                      tr("Export to CSV"),
                                                      QDir::homePath() + u'/' + tr("follow-up")
                                                          + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}
