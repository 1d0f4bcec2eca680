#pragma once

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <type_traits>

// Runs long work (reading a project, building a report, copying a project) off the GUI
// thread, the way KDAB hotspot's JobTracker does: every job gets an id and a newer job makes the
// older one stale (its result is dropped and it is asked to stop), the result is delivered on
// the GUI thread only while the receiver lives (QPointer), and a job that takes longer than
// 200 ms says so (slow()) so that the window can show its progress.
class JobTracker : public QObject
{
    Q_OBJECT
public:
    static constexpr int SlowAfterMs = 200;

    explicit JobTracker(QObject *receiver);
    ~JobTracker() override; // asks the running job to stop and waits for it

    // work(const std::atomic_bool &cancelled) runs on a worker thread and returns its result;
    // done(result) runs on the GUI thread unless a newer job started or the receiver is gone.
    template<typename Work, typename Done>
    void start(Work work, Done done)
    {
        using Output = std::invoke_result_t<Work &, const std::atomic_bool &>;
        const quint64 id = begin();
        auto cancel = m_cancel;
        m_pool.start([this, id, cancel, work = std::move(work), done = std::move(done)]() mutable {
            auto output = std::make_shared<Output>(work(*cancel));
            if (cancel->load())
                return;
            // The tracker outlives its jobs (its destructor waits), so it can take the result.
            QMetaObject::invokeMethod(
                this,
                [this, id, output, done]() mutable {
                    if (finish(id))
                        done(std::move(*output));
                },
                Qt::QueuedConnection);
        });
    }

    bool isRunning() const { return m_running; }
    void cancel();
    // For tests and shutdown: waits until no job runs (results still arrive as events).
    void wait();

signals:
    void runningChanged(bool running);
    void slow(); // the job has run for SlowAfterMs and is still running

private:
    quint64 begin();
    bool finish(quint64 id);

    QPointer<QObject> m_receiver;
    QThreadPool m_pool;
    QTimer m_slow;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    quint64 m_current = 0;
    bool m_running = false;
};
