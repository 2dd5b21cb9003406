#include "dataset/DatasetScan.h"

#include <QCoreApplication>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace sharewise::dataset {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetScan)
};

constexpr qsizetype kBlockRows = 4096;
constexpr int kBlocksInFlight = 4;

Error cancelled()
{
    return withCode(makeError(ErrorKind::Failure, Tr::tr("Reading the file was cancelled.")),
                    ScanError::Cancelled);
}

// What the reading thread hands to the profiling one.
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
    Pipe()
    {
        for (int i = 0; i < kBlocksInFlight; ++i)
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
    // Profiler side.
    Item take()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return !m_full.empty(); });
        Item item = std::move(m_full.front());
        m_full.pop_front();
        return item;
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
};

// The reading thread: parses blocks ahead while the caller profiles the last ones.
void readAhead(table::DatasetReader& reader, Pipe& pipe)
{
    for (;;) {
        auto block = pipe.takeFree();
        if (!block)
            return;
        auto step = reader.read(*block, kBlockRows);
        Item item;
        if (!step) {
            item.kind = Item::Kind::Failed;
            item.error = step.error();
            pipe.giveBack(std::move(block));
            pipe.put(std::move(item));
            return;
        }
        switch (step.value()) {
        case table::ReadStep::Restarted:
            item.kind = Item::Kind::Restarted;
            item.info = reader.info();
            item.firstRows = reader.firstRows();
            pipe.giveBack(std::move(block));
            break;
        case table::ReadStep::End:
            item.kind = Item::Kind::End;
            item.info = reader.info();
            item.counts = reader.counts();
            item.progress = item.total = reader.total();
            pipe.giveBack(std::move(block));
            pipe.put(std::move(item));
            return;
        case table::ReadStep::Rows:
            item.block = std::move(block);
            item.progress = reader.progress();
            item.total = reader.total();
            break;
        }
        pipe.put(std::move(item));
    }
}

} // namespace

Result<ScanResult> scanDataset(const ScanParams& p)
{
    auto opened = table::DatasetReader::open(p.path, p.options);
    if (!opened)
        return opened.error();
    table::DatasetReader& reader = *opened.value();
    auto isCancelled = [&] {
        return p.cancel && p.cancel->load(std::memory_order_relaxed);
    };

    // The first rows, shown at once (read again if the encoding changes meanwhile).
    table::RowBlock preview;
    for (;;) {
        auto step = reader.read(preview, p.previewRows);
        if (!step)
            return step.error();
        if (step.value() != table::ReadStep::Restarted)
            break;
        preview.clear();
    }
    if (p.opened)
        p.opened(reader.info(), reader.firstRows(), preview);
    auto profiler = std::make_unique<profile::Profiler>(reader.info().columns);
    profiler->add(preview);

    // The rest: one thread reads ahead, this one profiles.
    Pipe pipe;
    std::thread ahead([&] { readAhead(reader, pipe); });
    struct Join
    {
        Pipe& pipe;
        std::thread& thread;
        ~Join()
        {
            pipe.stop();
            thread.join();
        }
    } join{pipe, ahead};

    std::optional<table::DatasetInfo> restartedInfo;
    std::optional<table::RowBlock> restartedFirst;
    for (;;) {
        if (isCancelled())
            return cancelled();
        Item item = pipe.take();
        switch (item.kind) {
        case Item::Kind::Failed:
            return *item.error;
        case Item::Kind::Restarted:
            // Every row so far is void: profile again from the first.
            profiler = std::make_unique<profile::Profiler>(item.info->columns);
            restartedInfo = std::move(item.info);
            restartedFirst = std::move(item.firstRows);
            break;
        case Item::Kind::End: {
            if (restartedInfo && p.opened) // the preview never came again: say so now
                p.opened(*restartedInfo, *restartedFirst, table::RowBlock());
            if (p.progress)
                p.progress(item.total, item.total);
            ScanResult result;
            result.info = std::move(*item.info);
            result.counts = *item.counts;
            result.columns = profiler->finish().columns;
            return result;
        }
        case Item::Kind::Rows:
            if (restartedInfo) {
                if (p.opened)
                    p.opened(*restartedInfo, *restartedFirst, *item.block);
                restartedInfo.reset();
                restartedFirst.reset();
            }
            profiler->add(*item.block);
            if (p.progress)
                p.progress(item.progress, item.total);
            pipe.giveBack(std::move(item.block));
            break;
        }
    }
}

} // namespace sharewise::dataset
