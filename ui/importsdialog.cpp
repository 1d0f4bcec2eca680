#include "importsdialog.h"

#include "store/surveystore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportsDialog::ImportsDialog(SurveyStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_table(new QTableWidget(0, 7))
{
    setWindowTitle(tr("Imports in This Project"));
    auto *layout = new QVBoxLayout(this);
    m_table->setHorizontalHeaderLabels({tr("File"),
                                        tr("Layout"),
                                        tr("Encoding"),
                                        tr("Imported"),
                                        tr("Skipped"),
                                        tr("Already present"),
                                        tr("When")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *remove = buttons->addButton(tr("Remove Import…"), QDialogButtonBox::ActionRole);
    remove->setEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, remove, [this, remove] {
        remove->setEnabled(!m_table->selectedItems().isEmpty());
    });
    connect(remove, &QPushButton::clicked, this, &ImportsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 360);
    refresh();
}

namespace {

// The survey tool of an import by the key it is stored under, as the user knows it.
QString layoutName(const QString &key)
{
    const std::pair<const char *, QString> names[] = {
        {"generic", ImportsDialog::tr("Generic (one header row)")},
        {"surveymonkey", ImportsDialog::tr("SurveyMonkey (two header rows)")},
        {"qualtrics", ImportsDialog::tr("Qualtrics (three header rows)")},
        {"qualtrics-legacy", ImportsDialog::tr("Qualtrics legacy (two header rows)")},
        {"typeform", QStringLiteral("Typeform")},
        {"google-forms", ImportsDialog::tr("Google Forms")},
        {"microsoft-forms", QStringLiteral("Microsoft Forms")},
        {"limesurvey", QStringLiteral("LimeSurvey")},
        {"flat-export", ImportsDialog::tr("Delighted / Medallia-style flat export")},
    };
    for (const auto &[stored, name] : names) {
        if (key == QLatin1StringView(stored))
            return name;
    }
    return key;
}

} // namespace

void ImportsDialog::refresh()
{
    const QList<ImportRecord> imports = m_store->imports();
    m_table->setRowCount(int(imports.size()));
    const QLocale locale;
    for (int r = 0; r < imports.size(); ++r) {
        const ImportRecord &i = imports.at(r);
        const QStringList cells
            = {i.fileName,
               layoutName(i.layout),
               i.encoding,
               locale.toString(i.rowsImported),
               locale.toString(i.rowsSkipped),
               locale.toString(i.rowsDuplicate),
               locale.toString(i.importedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, i.id);
            if (c >= 3 && c <= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}

void ImportsDialog::removeSelected()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const int row = selected.first()->row();
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString name = m_table->item(row, 0)->text();
    const QString count = m_table->item(row, 3)->text();
    QMessageBox ask(QMessageBox::Question,
                    tr("Remove Import"),
                    tr("Remove the import of “%1” and its %2 responses from this project?\n"
                       "Other imports are not touched. This cannot be undone.")
                        .arg(name, count),
                    QMessageBox::Cancel,
                    this);
    QPushButton *removeButton = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != removeButton)
        return;
    if (Status s = m_store->removeImport(id); !s) {
        QMessageBox::warning(
            this, tr("Remove Import"), tr("The import could not be removed: %1").arg(s.error()));
        return;
    }
    m_changed = true;
    refresh();
}
