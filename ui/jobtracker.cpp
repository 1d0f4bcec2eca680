#include "jobtracker.h"

JobTracker::JobTracker(QObject *receiver)
    : QObject(receiver)
    , m_receiver(receiver)
{
    m_pool.setMaxThreadCount(2); // a stale job may still be winding down beside the new one
    m_slow.setSingleShot(true);
    m_slow.setInterval(SlowAfterMs);
    connect(&m_slow, &QTimer::timeout, this, [this] {
        if (m_running)
            emit slow();
    });
}

JobTracker::~JobTracker()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

quint64 JobTracker::begin()
{
    // The previous job, if any, is stale from now on.
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    ++m_current;
    m_slow.start();
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
    return m_current;
}

bool JobTracker::finish(quint64 id)
{
    if (id != m_current)
        return false; // a newer job runs; this result is stale
    m_slow.stop();
    m_running = false;
    emit runningChanged(false);
    return !m_receiver.isNull();
}

void JobTracker::cancel()
{
    m_cancel->store(true);
    ++m_current; // whatever still arrives is stale
    m_slow.stop();
    if (m_running) {
        m_running = false;
        emit runningChanged(false);
    }
}

void JobTracker::wait()
{
    m_pool.waitForDone();
}

void JobTracker::stop()
{
    m_cancel->store(true);
}

void JobTracker::Progress::operator()(qint64 done, qint64 total) const
{
    JobTracker *tracker = m_tracker;
    QMetaObject::invokeMethod(
        tracker,
        [tracker, id = m_id, done, total] {
            if (tracker->isCurrent(id))
                emit tracker->progress(done, total);
        },
        Qt::QueuedConnection);
}

void JobTracker::Progress::waiting(int seconds) const
{
    JobTracker *tracker = m_tracker;
    QMetaObject::invokeMethod(
        tracker,
        [tracker, id = m_id, seconds] {
            if (tracker->isCurrent(id))
                emit tracker->waiting(seconds);
        },
        Qt::QueuedConnection);
}
