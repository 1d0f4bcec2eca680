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
// 200 ms says so (slow()) so that the window can show its progress. A job that can say how far
// it is (an import) reports through a Progress; stop() ends it early but still delivers its
// result (e.g. the report of a cancelled import).
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

    // What a job started with startWithProgress() tells the window, from its worker thread:
    // progress() and waiting() arrive on the GUI thread while the job is the current one.
    class Progress
    {
    public:
        void operator()(qint64 done, qint64 total) const;
        void waiting(int seconds) const; // the job waits for another one (a lock)

    private:
        friend class JobTracker;
        Progress(JobTracker *tracker, quint64 id)
            : m_tracker(tracker)
            , m_id(id)
        {}
        JobTracker *m_tracker;
        quint64 m_id;
    };

    // work(const std::atomic_bool &cancelled, const Progress &progress) → result.
    template<typename Work, typename Done>
    void startWithProgress(Work work, Done done)
    {
        const Progress progress(this, m_current + 1); // the id start() gives this job
        start([progress, work = std::move(work)](
                  const std::atomic_bool &cancelled) mutable { return work(cancelled, progress); },
              std::move(done));
    }

    bool isRunning() const { return m_running; }
    // Drops the running job: it is asked to stop and its result never arrives.
    void cancel();
    // Asks the running job to stop early; its result (saying it stopped) still arrives.
    void stop();
    // For tests and shutdown: waits until no job runs (results still arrive as events).
    void wait();

signals:
    void runningChanged(bool running);
    void slow(); // the job has run for SlowAfterMs and is still running
    void progress(qint64 done, qint64 total);
    void waiting(int seconds);

private:
    quint64 begin();
    bool finish(quint64 id);
    bool isCurrent(quint64 id) const { return m_running && id == m_current; }

    QPointer<QObject> m_receiver;
    QThreadPool m_pool;
    QTimer m_slow;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    quint64 m_current = 0;
    bool m_running = false;
};
