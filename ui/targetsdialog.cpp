#include "targetsdialog.h"

#include "dashboardcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox *npsSpin(double value)
{
    auto *spin = new QDoubleSpinBox;
    spin->setRange(-100, 100);
    spin->setDecimals(0);
    spin->setSingleStep(1);
    spin->setValue(value);
    return spin;
}

// A table's "Add" and "Remove" buttons beneath it.
QHBoxLayout *rowButtons(QTableWidget *table, const std::function<void()> &add)
{
    auto *buttons = new QHBoxLayout;
    auto *plus = new QPushButton(TargetsDialog::tr("Add"));
    auto *minus = new QPushButton(TargetsDialog::tr("Remove"));
    plus->setAutoDefault(false);
    minus->setAutoDefault(false);
    QObject::connect(plus, &QPushButton::clicked, table, add);
    QObject::connect(minus, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    buttons->addWidget(plus);
    buttons->addWidget(minus);
    buttons->addStretch();
    return buttons;
}

} // namespace

TargetsDialog::TargetsDialog(const DashboardController *controller,
                             const ProjectTargets &targets,
                             QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_hasTarget(new QCheckBox(tr("Target NPS for this project:")))
    , m_target(npsSpin(targets.target.value_or(30)))
    , m_segments(new QTableWidget(0, 3))
    , m_bandSource(new QLineEdit(targets.bands.source))
    , m_benchmarks(new QTableWidget(0, 3))
    , m_message(new QLabel)
{
    setWindowTitle(tr("Targets and Benchmarks"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A score is on target when its NPS meets the target; the window "
                                "and the report say whether the difference is within the margin "
                                "of error. Everything here is kept in the project file."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *targetBox = new QGroupBox(tr("Targets"));
    auto *targetLayout = new QVBoxLayout(targetBox);
    auto *targetRow = new QHBoxLayout;
    m_hasTarget->setChecked(targets.target.has_value());
    m_target->setEnabled(targets.target.has_value());
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    targetRow->addWidget(m_hasTarget);
    targetRow->addWidget(m_target);
    targetRow->addStretch();
    targetLayout->addLayout(targetRow);
    targetLayout->addWidget(new QLabel(tr("Targets for segment values (shown in the report):")));
    m_segments->setHorizontalHeaderLabels({tr("Question"), tr("Value"), tr("Target")});
    m_segments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_segments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_segments->verticalHeader()->hide();
    m_segments->setMinimumHeight(110);
    for (const SegmentTarget &t : targets.segmentTargets)
        addSegmentTarget(t);
    targetLayout->addWidget(m_segments);
    targetLayout->addLayout(rowButtons(m_segments, [this] { addSegmentTarget({}); }));
    layout->addWidget(targetBox);

    auto *bandBox = new QGroupBox(tr("Reference bands"));
    auto *bandLayout = new QFormLayout(bandBox);
    auto *limits = new QHBoxLayout;
    const QString names[] = {tr("needs attention below"), tr("strong from"), tr("excellent from")};
    for (int i = 0; i < 3; ++i) {
        m_limits[i] = npsSpin(targets.bands.limits[size_t(i)]);
        limits->addWidget(new QLabel(names[i]));
        limits->addWidget(m_limits[i]);
    }
    limits->addStretch();
    bandLayout->addRow(limits);
    auto *reset = new QPushButton(tr("The usual bands (0 / 30 / 50)"));
    reset->setAutoDefault(false);
    connect(reset, &QPushButton::clicked, this, [this] {
        const double usual[] = {0, 30, 50};
        for (int i = 0; i < 3; ++i)
            m_limits[i]->setValue(usual[i]);
    });
    bandLayout->addRow(reset);
    m_bandSource->setPlaceholderText(tr("e.g. the sector study the limits come from"));
    bandLayout->addRow(tr("Source:"), m_bandSource);
    layout->addWidget(bandBox);

    auto *benchmarkBox = new QGroupBox(tr("Benchmarks, shown beside the score"));
    auto *benchmarkLayout = new QVBoxLayout(benchmarkBox);
    m_benchmarks->setHorizontalHeaderLabels({tr("Name"), tr("NPS"), tr("Source")});
    m_benchmarks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_benchmarks->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_benchmarks->verticalHeader()->hide();
    m_benchmarks->setMinimumHeight(110);
    for (const NpsBenchmark &b : targets.benchmarks)
        addBenchmark(b);
    benchmarkLayout->addWidget(m_benchmarks);
    benchmarkLayout->addLayout(rowButtons(m_benchmarks, [this] {
        addBenchmark({tr("Industry average"), 30, QString()});
    }));
    layout->addWidget(benchmarkBox);

    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::Link);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 640);
}

void TargetsDialog::addSegmentTarget(const SegmentTarget &target)
{
    const int row = m_segments->rowCount();
    m_segments->insertRow(row);
    auto *question = new QComboBox;
    auto *value = new QComboBox;
    const auto cache = m_controller->cache();
    if (cache) {
        for (int d : cache->dimensionsByRelevance()) {
            question->addItem(m_controller->label(d), cache->dimensions().at(d).name);
            question->setItemData(
                question->count() - 1, cache->dimensions().at(d).name, Qt::ToolTipRole);
        }
    }
    auto fillValues = [this, question, value] {
        value->clear();
        const auto c = m_controller->cache();
        const int d = c ? c->dimensionIndex(question->currentData().toString()) : -1;
        if (d < 0)
            return;
        for (int code : m_controller->valueOrder(d))
            value->addItem(c->dimensions().at(d).values.at(code));
    };
    connect(question, &QComboBox::currentIndexChanged, value, fillValues);
    const int chosen = question->findData(target.dimension, Qt::UserRole, Qt::MatchFixedString);
    question->setCurrentIndex(std::max(0, chosen));
    fillValues();
    if (!target.value.isEmpty())
        value->setCurrentIndex(std::max(0, value->findText(target.value, Qt::MatchFixedString)));
    m_segments->setCellWidget(row, 0, question);
    m_segments->setCellWidget(row, 1, value);
    m_segments->setCellWidget(row, 2, npsSpin(target.dimension.isEmpty() ? 30 : target.nps));
}

void TargetsDialog::addBenchmark(const NpsBenchmark &benchmark)
{
    const int row = m_benchmarks->rowCount();
    m_benchmarks->insertRow(row);
    m_benchmarks->setItem(row, 0, new QTableWidgetItem(benchmark.name));
    m_benchmarks->setCellWidget(row, 1, npsSpin(benchmark.nps));
    m_benchmarks->setItem(row, 2, new QTableWidgetItem(benchmark.source));
}

ProjectTargets TargetsDialog::targets() const
{
    ProjectTargets t;
    if (m_hasTarget->isChecked())
        t.target = m_target->value();
    for (int r = 0; r < m_segments->rowCount(); ++r) {
        const auto *question = qobject_cast<QComboBox *>(m_segments->cellWidget(r, 0));
        const auto *value = qobject_cast<QComboBox *>(m_segments->cellWidget(r, 1));
        const auto *nps = qobject_cast<QDoubleSpinBox *>(m_segments->cellWidget(r, 2));
        if (question && value && nps && !value->currentText().isEmpty())
            t.segmentTargets.append(
                {question->currentData().toString(), value->currentText(), nps->value()});
    }
    for (int i = 0; i < 3; ++i)
        t.bands.limits[size_t(i)] = m_limits[i]->value();
    t.bands.source = m_bandSource->text().trimmed();
    for (int r = 0; r < m_benchmarks->rowCount(); ++r) {
        const QTableWidgetItem *name = m_benchmarks->item(r, 0);
        const auto *nps = qobject_cast<QDoubleSpinBox *>(m_benchmarks->cellWidget(r, 1));
        const QTableWidgetItem *source = m_benchmarks->item(r, 2);
        if (name && nps && !name->text().trimmed().isEmpty())
            t.benchmarks.append({name->text().trimmed(),
                                 nps->value(),
                                 source ? source->text().trimmed() : QString()});
    }
    return t;
}

void TargetsDialog::accept()
{
    const ProjectTargets t = targets();
    if (!(t.bands.limits[0] < t.bands.limits[1] && t.bands.limits[1] < t.bands.limits[2])) {
        m_message->setText(tr("The bands must rise: “needs attention below” under “strong from” "
                              "under “excellent from”."));
        return;
    }
    QDialog::accept();
}
