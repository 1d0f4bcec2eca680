#pragma once

#include "result.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

// One thread that works through the items handed to it, at most `capacity` of them waiting (the
// producer waits for room, so memory stays bounded). A worked item goes back to a free list and
// is handed to the producer to fill again: its buffers keep their memory, and nothing is freed
// on another thread than the one that allocated it. The first error stops the work; the items
// still waiting are dropped and every later call reports it. Destroying the queue abandons what
// is still waiting (drain() first to have it all worked).
template<typename Item>
class WorkerQueue
{
public:
    // Works one item; an error, or empty. Runs on the worker thread only.
    using Work = std::function<QString(Item &)>;

    WorkerQueue(size_t capacity, Work work)
        : m_capacity(capacity)
        , m_work(std::move(work))
        , m_thread([this] { run(); })
    {}

    ~WorkerQueue()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_queue.clear();
        }
        m_wake.notify_all();
        m_thread.join();
    }

    WorkerQueue(const WorkerQueue &) = delete;
    WorkerQueue &operator=(const WorkerQueue &) = delete;

    // Hands over `item` and puts a worked one (or a new one) in its place, waiting while the
    // queue is full.
    Status enqueue(Item &item)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_queue.size() < m_capacity || !m_error.isEmpty(); });
        if (!m_error.isEmpty())
            return Status::failure(m_error);
        m_queue.push_back(std::move(item));
        item = Item();
        if (!m_free.empty()) {
            item = std::move(m_free.back());
            m_free.pop_back();
        }
        lock.unlock();
        m_wake.notify_one();
        return Done{};
    }

    // Waits until every item handed over is worked (or one failed).
    Status drain()
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return (m_queue.empty() && !m_busy) || !m_error.isEmpty(); });
        if (!m_error.isEmpty())
            return Status::failure(m_error);
        return Done{};
    }

private:
    void run()
    {
        for (;;) {
            Item item;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_queue.empty())
                    return;
                item = std::move(m_queue.front());
                m_queue.pop_front();
                m_busy = true;
            }
            const QString error = m_work(item);
            {
                std::lock_guard lock(m_mutex);
                m_busy = false;
                if (!error.isEmpty() && m_error.isEmpty())
                    m_error = error;
                if (!m_error.isEmpty()) {
                    for (Item &dropped : m_queue)
                        m_free.push_back(std::move(dropped));
                    m_queue.clear();
                }
                m_free.push_back(std::move(item));
            }
            m_room.notify_all();
        }
    }

    const size_t m_capacity;
    const Work m_work;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_room;
    std::deque<Item> m_queue;
    std::vector<Item> m_free;
    bool m_busy = false;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread; // last: started when the rest is ready
};
