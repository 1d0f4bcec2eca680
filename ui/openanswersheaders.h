#pragma once

#include <QIdentityProxyModel>
#include <QStringList>

// The open answers as the table shows them: segment columns headed by their short labels,
// the full question as the header's tooltip; the data itself passes through unchanged.
class OpenAnswersHeaders : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    // One short label per dimension; the first segment column of the source is given.
    void setLabels(const QStringList &labels, int firstDimensionColumn);
    // The answer column headed by the chosen question's short label (the question as tooltip);
    // an empty label leaves the source's header.
    void setAnswerLabel(int column, const QString &label, const QString &question);

    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_labels;
    int m_first = 0;
    int m_answerColumn = -1;
    QString m_answerLabel;
    QString m_question;
};
