#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;
class QVBoxLayout;

// A collapsible section of the filter panel: a header with an arrow, a title that wraps
// (the short label; the full question as its tooltip) and a badge with how many values are
// chosen; the content is built on first opening, so that sixty dimensions cost nothing until
// they are looked at.
class FilterSection : public QWidget
{
    Q_OBJECT
public:
    FilterSection(const QString &title, const QString &toolTip, QWidget *parent = nullptr);

    void setContentFactory(std::function<QWidget *()> factory);
    QWidget *content() const { return m_content; } // null until first opened
    bool isExpanded() const { return m_expanded; }
    void setExpanded(bool expanded);
    void setBadge(const QString &text);
    QString title() const;
    void setTitle(const QString &title);

signals:
    void expandedChanged(bool expanded);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolButton *m_arrow;
    QLabel *m_title;
    QLabel *m_badge;
    QVBoxLayout *m_layout;
    QWidget *m_content = nullptr;
    std::function<QWidget *()> m_factory;
    bool m_expanded = false;
};
