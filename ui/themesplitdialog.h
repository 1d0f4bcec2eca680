#pragma once

#include "text/theme.h"

#include <QDialog>
#include <QList>

#include <functional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

// Splitting a theme: the analyst ticks the keywords that leave it and names the new theme they
// make; the live count says how many responses those keywords find (countOf).
class ThemeSplitDialog : public QDialog
{
    Q_OBJECT
public:
    ThemeSplitDialog(const Theme &theme,
                     std::function<qint64(const QList<ThemeKeyword> &)> countOf,
                     QWidget *parent = nullptr);

    QList<ThemeKeyword> moved() const;
    QString label() const;
    QListWidget *keywordList() const { return m_keywords; }
    QLineEdit *labelField() const { return m_label; }

private:
    void update();

    Theme m_theme;
    std::function<qint64(const QList<ThemeKeyword> &)> m_countOf;
    QListWidget *m_keywords;
    QLineEdit *m_label;
    QLabel *m_count;
    QPushButton *m_ok;
    bool m_labelEdited = false;
};
