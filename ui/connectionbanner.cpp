#include "connectionbanner.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(tr("Connection to the team database lost — reconnecting…")))
    , m_detail(new QLabel)
    , m_retry(new QPushButton(tr("Try Now")))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("connectionBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warning's amber, readable in light and dark palettes alike.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xe6, 0x8a));
    p.setColor(QPalette::WindowText, QColor(0x3d, 0x2c, 0x00));
    setPalette(p);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_detail->setWordWrap(true);
    m_retry->setAutoDefault(false);
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &ConnectionBanner::updateCountdown);
    hide();
}

void ConnectionBanner::showLost(const QString &reason, int nextAttemptMs)
{
    m_nextAttempt = QDateTime::currentMSecsSinceEpoch() + nextAttemptMs;
    setToolTip(reason);
    updateCountdown();
    m_countdown->start();
    show();
}

void ConnectionBanner::showRestored()
{
    m_countdown->stop();
    hide();
}

QString ConnectionBanner::text() const
{
    return m_title->text() + u'\n' + m_detail->text();
}

void ConnectionBanner::updateCountdown()
{
    const qint64 left = std::max<qint64>(0, m_nextAttempt - QDateTime::currentMSecsSinceEpoch());
    const int seconds = int((left + 999) / 1000);
    const QString attempt
        = seconds > 0 ? tr("Next attempt in %n s.", nullptr, seconds) : tr("Trying to reconnect…");
    m_detail->setText(attempt + u' '
                      + tr("The figures shown are as they were; what you are typing stays "
                           "where it is."));
}
