#include "settingsdialog.h"

#include <QApplication>
#include <QColor>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <cmath>

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double l1 = luminance(a), l2 = luminance(b);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}

// Greyed text (counts of zero, notes, placeholders) readable on both backgrounds: Qt's
// default is the text colour at half opacity, about 3:1 on a light window.
QPalette legible(QPalette p)
{
    const QColor window = p.color(QPalette::Window), base = p.color(QPalette::Base);
    const bool dark = window.lightness() < 128;
    QColor grey = p.color(QPalette::PlaceholderText);
    grey.setAlpha(255);
    for (int step = 0; step < 40 && (contrast(grey, window) < 4.6 || contrast(grey, base) < 4.6);
         ++step)
        grey = dark ? grey.lighter(106) : grey.darker(106);
    p.setColor(QPalette::PlaceholderText, grey);
    return p;
}

} // namespace

QPalette SettingsDialog::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Highlight, QColor(0x1a, 0x73, 0xe8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Mid, QColor(0x5f, 0x63, 0x68));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x8f, 0x96)); // also the border of check boxes
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x12));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    return p;
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_appearance(new QComboBox)
{
    setWindowTitle(tr("Settings"));
    auto *form = new QFormLayout(this);
    m_language->addItem(tr("As the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en_GB"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl_NL"));
    m_appearance->addItem(tr("As the system"), QStringLiteral("system"));
    m_appearance->addItem(tr("Light"), QStringLiteral("light"));
    m_appearance->addItem(tr("Dark"), QStringLiteral("dark"));
    const QSettings settings;
    m_language->setCurrentIndex(
        std::max(0,
                 m_language->findData(
                     settings.value(QStringLiteral("language"), QStringLiteral("system")))));
    m_appearance->setCurrentIndex(
        std::max(0,
                 m_appearance->findData(
                     settings.value(QStringLiteral("appearance"), QStringLiteral("system")))));
    form->addRow(tr("Language:"), m_language);
    auto *note = new QLabel(
        tr("A new language applies when NPS Studio starts again; numbers and dates follow it."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), note);
    form->addRow(tr("Appearance:"), m_appearance);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::save()
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), m_language->currentData());
    settings.setValue(QStringLiteral("appearance"), m_appearance->currentData());
    applyAppearance();
}

void SettingsDialog::applyAppearance()
{
    applyAppearance(
        QSettings().value(QStringLiteral("appearance"), QStringLiteral("system")).toString());
}

void SettingsDialog::applyAppearance(const QString &appearance)
{
    if (appearance == u"system") {
        qApp->setStyleSheet(QString());
        QApplication::setPalette(legible(QApplication::style()->standardPalette()));
        return;
    }
    // Fusion draws both palettes faithfully on every platform.
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(
        legible(appearance == u"dark" ? darkPalette() : QApplication::style()->standardPalette()));
    // Fusion outlines check boxes in a darker shade of the window: invisible on a dark one.
    qApp->setStyleSheet(
        appearance != u"dark"
            ? QString()
            : QStringLiteral("QCheckBox::indicator, QListView::indicator { width: 13px; height: "
                             "13px; border: 1px solid #8a8f96;"
                             " border-radius: 3px; background: #1f2124; }"
                             "QCheckBox::indicator:checked, QListView::indicator:checked { "
                             "background: #1a73e8; border-color: #1a73e8;"
                             " image: url(:/icons/check.svg); }"
                             "QListView::item { padding: 1px 0; }"));
}
