#include "openanswersheaders.h"

void OpenAnswersHeaders::setLabels(const QStringList &labels, int firstDimensionColumn)
{
    m_labels = labels;
    m_first = firstDimensionColumn;
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void OpenAnswersHeaders::setAnswerLabel(int column, const QString &label, const QString &question)
{
    const int answerColumn = label.isEmpty() ? -1 : column;
    if (answerColumn == m_answerColumn && label == m_answerLabel && question == m_question)
        return; // asked on every refresh: the header repaints only when it changes
    m_answerColumn = answerColumn;
    m_answerLabel = label;
    m_question = question;
    if (column >= 0 && column < columnCount())
        emit headerDataChanged(Qt::Horizontal, column, column);
}

QVariant OpenAnswersHeaders::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == m_answerColumn) {
        if (role == Qt::DisplayRole)
            return m_answerLabel;
        if (role == Qt::ToolTipRole)
            return m_question;
    }
    const int d = section - m_first;
    if (orientation == Qt::Horizontal && d >= 0 && d < m_labels.size()) {
        if (role == Qt::DisplayRole)
            return m_labels.at(d);
        if (role == Qt::ToolTipRole)
            return QIdentityProxyModel::headerData(section, orientation, Qt::DisplayRole);
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}
