#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

class DashboardController;
class OpenAnswersHeaders;
class OpenAnswersModel;
class OpenAnswersDelegate;
class QComboBox;
class QLabel;
class QSplitter;
class QTableView;
class QTextBrowser;
class QToolButton;

// The verbatim answers behind the figures, for reading: the open question they answer (a picker
// when the survey has several; the filter's text search follows it); date, score, group as a
// coloured chip and the answer (wrapped, taking the spare width) first; segment questions as
// optional columns (the three most relevant shown, the others through the column chooser), headers
// by their short labels with the full question as tooltip; a reading pane with the whole answer and
// every segment of the current response (with all of the respondent's open answers); the search
// text highlighted; the themes of each answer as chips under it (a click filters the dashboard to
// the theme, Ctrl+click adds it); copy of the selected rows and export of all matching rows; the
// table can take the whole height.
class OpenAnswersView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int DefaultSegmentColumns = 3;
    static constexpr int MinimumAnswerWidth = 320; // or 35% of a narrow view
    static constexpr int MinimumSegmentWidth = 72;

    explicit OpenAnswersView(DashboardController *controller, QWidget *parent = nullptr);
    OpenAnswersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *readingPane() const { return m_pane; }
    QSplitter *splitter() const { return m_splitter; }
    // The open question shown (ResponseCache::questions()); hidden when there is at most one.
    QComboBox *questionPicker() const { return m_question; }

    // The segment columns shown, by dimension name (kept per project by the window).
    QStringList shownDimensions() const;
    void setShownDimensions(const QStringList &names);
    void setMaximised(bool maximised);

    // The theme of the chip under a viewport position (−1: none), and where the chip of a
    // theme sits in a row of the model (empty when the row has none of it shown).
    int themeChipAt(const QPoint &position) const;
    QRect themeChipRect(int row, int theme) const;

    void copySelection() const;
    void exportCsv();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void maximiseRequested(bool maximised);
    void shownDimensionsChanged();

private:
    void refresh();
    void showThemes();
    void resetColumns();
    void updateColumnMenu();
    void showDimension(int dimension, bool shown);
    void setSegmentWidth(int dimension); // its label's width, within 80–140 px
    void showCurrent();
    void resetQuestions();
    void chooseQuestion(int question);
    void updateAnswerHeader();
    void fitSummary();
    void fitAnswerColumn(); // the answer takes the spare width, at least MinimumAnswerWidth

    DashboardController *m_controller;
    OpenAnswersModel *m_model;
    OpenAnswersHeaders *m_headers;
    OpenAnswersDelegate *m_delegate;
    QTableView *m_table;
    QTextBrowser *m_pane;
    QSplitter *m_splitter;
    QLabel *m_summary;
    QString m_summaryText; // m_summary shows it wrapped to its width
    QComboBox *m_question;
    QStringList m_questionLabels; // short, one per open question
    QToolButton *m_columns;
    QToolButton *m_maximise;
    QHash<int, int> m_segmentWidths; // a shown segment column's own width, by column
};
