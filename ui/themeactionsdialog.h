#pragma once

#include "metrics/filter.h"
#include "store/themerecords.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class ThemeAnalysis;

// Closing the loop on one theme: the actions taken on it (what, owner, due date, status), each
// stored in the project as it is edited; for a finished one, the theme's share of the answers
// and its NPS before and after the day it was done, with their intervals and whether the
// change is significant — did it work?
class ThemeActionsDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { WhatColumn, OwnerColumn, DueColumn, StatusColumn, DoneColumn, ColumnCount };

    ThemeActionsDialog(const QString &projectPath,
                       const ThemeAnalysis &analysis,
                       int theme, // index in the codebook
                       const Filter &filter,
                       QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *effect() const { return m_effect; }
    const QList<ThemeAction> &actions() const { return m_actions; }
    // Adds an action and stores it; false (with the message shown) when it cannot be stored.
    bool addAction(const ThemeAction &action);
    bool setStatus(int row, ThemeAction::Status status, const QDate &done = {});

private:
    void reload();
    void fillRow(int row);
    void storeRow(int row);
    void showEffect();

    QString m_path;
    const ThemeAnalysis &m_analysis;
    int m_theme;
    Filter m_filter;
    QList<ThemeAction> m_actions;
    QTableWidget *m_table;
    QLabel *m_effect;
    QLabel *m_message;
    bool m_filling = false;
};
