#pragma once

#include "text/codebook.h"
#include "text/codebookhistory.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class ThemeAnalysis;

// The analyst's codebook: rename, merge, split and delete themes, edit their keywords (comma
// separated, in any language: "factuur, invoice") and make a theme from a search, with the
// number of responses the typed keywords or search find as you type, and undo and redo of
// every edit. The caller stores the result.
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
    // Asks which keywords of the current theme leave it for a new theme (ThemeSplitDialog).
    void splitCurrent();
    void splitTheme(qint64 id, const QList<ThemeKeyword> &moved, const QString &label);
    // A theme of the answers that contain the search field's text.
    void createFromSearch();
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchCount() const { return m_searchCount; }

private:
    void perform(const Result<CodebookEdit> &edit);
    void rebuild(qint64 current);
    void showCurrent();
    void applyLabel();
    void applyKeywords();
    void updateCount();
    void updateSearchCount();
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
    QLineEdit *m_search;
    QLabel *m_searchCount;
    QPushButton *m_create;
    QPushButton *m_undo;
    QPushButton *m_redo;
};
