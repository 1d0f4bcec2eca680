#pragma once

#include <QListWidget>

// A segment dimension's values in the filter panel: ticked to filter, wrapped when long, and
// as high as its first rows (at most VisibleRows) at the width it really has, so that two
// long answers are never squeezed behind a scroll bar.
class ValueList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int VisibleRows = 8;

    explicit ValueList(QWidget *parent = nullptr);
    void fitHeight();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_fittedWidth = -1;
};
