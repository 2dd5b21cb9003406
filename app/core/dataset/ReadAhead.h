#pragma once

#include "table/DatasetReader.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

// Reading a dataset on one thread while another works through its rows: the reading
// thread parses blocks ahead into a bounded queue, and the worker hands the emptied
// blocks back. Used by the dataset scan and by redaction.
namespace sharewise::dataset {

inline constexpr qsizetype kBlockRows = 4096;
inline constexpr int kBlocksInFlight = 4;

// What the reading thread hands to the worker.
struct Item
{
    enum class Kind
    {
        Rows,
        Restarted, // the source changed its encoding: every row so far is void
        End,
        Failed,
    };
    Kind kind = Kind::Rows;
    std::unique_ptr<table::RowBlock> block;
    qint64 progress = 0;
    qint64 total = 0;
    // For Restarted and End: what the reader knows by then.
    std::optional<table::DatasetInfo> info;
    std::optional<table::RowBlock> firstRows;
    std::optional<table::DatasetCounts> counts;
    std::optional<Error> error;
};

// A bounded queue of blocks between the two threads, with the empty blocks coming back.
class Pipe
{
public:
    explicit Pipe(int blocks = kBlocksInFlight)
    {
        for (int i = 0; i < blocks; ++i)
            m_free.push_back(std::make_unique<table::RowBlock>());
    }

    // Reader side: an empty block to fill, or null once stopped.
    std::unique_ptr<table::RowBlock> takeFree()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_stop || !m_free.empty(); });
        if (m_stop)
            return nullptr;
        auto b = std::move(m_free.back());
        m_free.pop_back();
        b->clear();
        return b;
    }
    void put(Item item)
    {
        std::lock_guard lock(m_mutex);
        m_full.push_back(std::move(item));
        m_cv.notify_all();
    }
    // Worker side.
    Item take()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return !m_full.empty(); });
        Item item = std::move(m_full.front());
        m_full.pop_front();
        return item;
    }
    // For several workers: the next item and its place in the reading order (0, 1, ...),
    // or nothing once stopped. Taking and numbering happen under one lock, so the
    // numbers follow the file.
    std::optional<std::pair<quint64, Item>> takeNumbered()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_stop || !m_full.empty(); });
        if (m_full.empty())
            return std::nullopt;
        Item item = std::move(m_full.front());
        m_full.pop_front();
        return std::make_pair(m_taken++, std::move(item));
    }
    void giveBack(std::unique_ptr<table::RowBlock> block)
    {
        if (!block)
            return;
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(block));
        m_cv.notify_all();
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cv.notify_all();
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stop;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Item> m_full;
    std::vector<std::unique_ptr<table::RowBlock>> m_free;
    bool m_stop = false;
    quint64 m_taken = 0;
};

// The reading thread: reads blocks of rows until the end, a failure, or the pipe is
// stopped. Restarted (the encoding changed) is passed on with what the reader knows.
void readAhead(table::DatasetReader& reader, Pipe& pipe);

// Runs readAhead on its own thread for as long as it lives; stops and joins it when
// destroyed, whatever the worker's way out (an error, a cancel).
class ReadAheadThread
{
public:
    ReadAheadThread(table::DatasetReader& reader, Pipe& pipe)
        : m_pipe(pipe)
        , m_thread([&reader, &pipe] { readAhead(reader, pipe); })
    {}
    ~ReadAheadThread()
    {
        m_pipe.stop();
        m_thread.join();
    }
    ReadAheadThread(const ReadAheadThread&) = delete;
    ReadAheadThread& operator=(const ReadAheadThread&) = delete;

private:
    Pipe& m_pipe;
    std::thread m_thread;
};

} // namespace sharewise::dataset
