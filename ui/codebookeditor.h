#pragma once

#include "text/codebook.h"
#include "text/codebookhistory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ThemeAnalysis;

// The analyst's codebook: rename, merge and delete themes and edit their keywords (comma
// separated, in any language: "factuur, invoice"), with the number of responses the typed
// keywords find as you type, and undo and redo of every edit. The caller stores the result.
class CodebookEditor : public QDialog
{
    Q_OBJECT
public:
    CodebookEditor(const ThemeAnalysis &analysis, QWidget *parent = nullptr);

    const Codebook &codebook() const { return m_codebook; }
    QListWidget *themeList() const { return m_list; }
    QLineEdit *labelField() const { return m_label; }
    QLineEdit *keywordsField() const { return m_keywords; }
    QLabel *liveCount() const { return m_count; }
    void undo();
    void redo();
    void mergeSelected();
    void removeSelected();

private:
    void perform(const Result<CodebookEdit> &edit);
    void rebuild(qint64 current);
    void showCurrent();
    void applyLabel();
    void applyKeywords();
    void updateCount();
    qint64 currentId() const;
    qint64 responsesOf(const QList<ThemeKeyword> &keywords) const;

    const ThemeAnalysis &m_analysis;
    Codebook m_codebook;
    CodebookHistory m_history;
    QListWidget *m_list;
    QLineEdit *m_label;
    QLineEdit *m_keywords;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_undo;
    QPushButton *m_redo;
};
