#include "redact/Redactor.h"

#include "dataset/ReadAhead.h"
#include "redact/CsvWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace sharewise::redact {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Redaction)
};

constexpr qsizetype kWriteChunk = 1 << 20;

Error cancelled()
{
    return withCode(
        makeError(ErrorKind::Failure, Tr::tr("The redaction was cancelled. No file was written.")),
        RedactError::Cancelled);
}

// A row is ragged when it has fewer fields than columns, or non-empty fields past them.
bool isRagged(const table::RowBlock& rows, qsizetype row, qsizetype columns)
{
    const qsizetype n = rows.fieldCount(row);
    if (n < columns)
        return true;
    for (qsizetype c = columns; c < n; ++c) {
        if (!rows.field(row, c).isEmpty())
            return true;
    }
    return false;
}

class Output
{
public:
    explicit Output(const QString& path)
        : m_path(path)
    {}

    Status open()
    {
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly))
            return failed();
        m_buffer.clear();
        m_buffer.reserve(kWriteChunk + (64 << 10));
        m_bytes = 0;
        return {};
    }
    table::ByteBuffer& buffer() { return m_buffer; }
    Status flushIfFull() { return m_buffer.size() >= kWriteChunk ? flush() : Status(); }
    // Writes a finished block as it is (after what is buffered), without copying it.
    Status write(const table::ByteBuffer& block)
    {
        if (Status s = flush(); !s)
            return s;
        if (m_file->write(block.constData(), block.size()) != block.size())
            return failed();
        m_bytes += block.size();
        return {};
    }
    Status flush()
    {
        if (m_buffer.isEmpty())
            return {};
        if (m_file->write(m_buffer.constData(), m_buffer.size()) != m_buffer.size())
            return failed();
        m_bytes += m_buffer.size();
        m_buffer.clear();
        return {};
    }
    Status commit()
    {
        if (Status s = flush(); !s)
            return s;
        if (!m_file->commit())
            return failed();
        return {};
    }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

private:
    Error failed() const
    {
        return makeError(ErrorKind::Failure,
                         Tr::tr("The redacted file could not be written (%1). Check there is "
                                "space and that you may write to that folder, then try again.")
                             .arg(m_file->errorString()),
                         m_path);
    }

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    table::ByteBuffer m_buffer;
    qint64 m_bytes = 0;
};

// One block of rows, redacted by a worker: its CSV, its redacted rows (for the risk
// check), and what happened in it. Or the reader's news (restart, end, failure).
struct Done
{
    quint64 seq = 0;
    dataset::Item::Kind kind = dataset::Item::Kind::Rows;
    dataset::Item item; // Restarted, End, Failed: as the reader sent it
    table::ByteBuffer csv;
    qint64 rows = 0;                        // rows written
    table::RowBlock redacted;               // the columns the caller asked for, of those rows
    std::unique_ptr<table::RowBlock> input; // the rows as read, when the caller wants them
    QList<ColumnOutcome> outcomes;
    qint64 skipped = 0;
    qint64 padded = 0;
    qint64 progress = 0;
    qint64 total = 0;
    std::optional<Error> error; // a ragged row under RaggedRows::Refuse
};

// Finished blocks, handed to the writing thread in reading order. Workers wait while
// too many are ahead of the writer, so memory stays bounded.
class DoneQueue
{
public:
    explicit DoneQueue(int limit)
        : m_limit(limit)
    {}

    // Worker: wait until the writer is not too far behind `seq`; false once stopped.
    bool waitForRoom(quint64 seq)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_stop || seq < m_next + quint64(m_limit); });
        return !m_stop;
    }
    void put(std::unique_ptr<Done> done)
    {
        std::lock_guard lock(m_mutex);
        const quint64 seq = done->seq;
        m_done.emplace(seq, std::move(done));
        m_cv.notify_all();
    }
    // Writer: the next block in order, or null when `cancelled` turns true.
    std::unique_ptr<Done> takeNext(const std::function<bool()>& cancelled)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            auto it = m_done.find(m_next);
            if (it != m_done.end()) {
                auto done = std::move(it->second);
                m_done.erase(it);
                ++m_next;
                m_cv.notify_all();
                return done;
            }
            if (cancelled())
                return nullptr;
            m_cv.wait_for(lock, std::chrono::milliseconds(50));
        }
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_cv.notify_all();
    }

    // Written blocks come back, so that their buffers (a megabyte or two each) are
    // reused instead of being allocated, grown and faulted in again for every block.
    void recycle(std::unique_ptr<Done> done)
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(std::move(done));
    }
    std::unique_ptr<Done> fresh()
    {
        std::unique_ptr<Done> d;
        {
            std::lock_guard lock(m_mutex);
            if (!m_free.empty()) {
                d = std::move(m_free.back());
                m_free.pop_back();
            }
        }
        if (!d)
            return std::make_unique<Done>();
        d->kind = dataset::Item::Kind::Rows;
        d->item = dataset::Item{};
        d->csv.clear();
        d->redacted.clear();
        d->skipped = d->padded = d->rows = 0;
        d->error.reset();
        return d;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::vector<std::unique_ptr<Done>> m_free;
    std::map<quint64, std::unique_ptr<Done>> m_done;
    quint64 m_next = 0;
    int m_limit;
    bool m_stop = false;
};

// A worker: takes blocks from the reader in order, redacts them with its own copy of
// the compiled profile, and hands them to the writer.
void redactBlocks(RowRedactor redactor, dataset::Pipe& pipe, DoneQueue& done, qsizetype columns,
                  RedactionProfile::RaggedRows policy, const QString& input,
                  const QList<int>& forCaller, bool keepInput)
{
    std::vector<QByteArrayView> values;
    for (;;) {
        auto taken = pipe.takeNumbered();
        if (!taken)
            return;
        auto& [seq, item] = *taken;
        auto out = done.fresh();
        out->seq = seq;
        out->kind = item.kind;
        if (item.kind != dataset::Item::Kind::Rows) {
            out->item = std::move(item);
            if (!done.waitForRoom(seq))
                return;
            done.put(std::move(out));
            continue;
        }
        const table::RowBlock& rows = *item.block;
        redactor.resetOutcomes();
        for (qsizetype r = 0; r < rows.rowCount() && !out->error; ++r) {
            if (isRagged(rows, r, columns)) {
                switch (policy) {
                case RedactionProfile::RaggedRows::Refuse:
                    out->error = withCode(
                        makeError(ErrorKind::BadInput,
                                  Tr::tr("This row has %1 fields but the header has %2 "
                                         "columns, so its values may be in the wrong "
                                         "columns. Correct the file, or choose to skip "
                                         "or pad rows like it.")
                                      .arg(rows.fieldCount(r))
                                      .arg(columns),
                                  Tr::tr("%1, line %2").arg(input).arg(rows.sourceLine(r))),
                        RedactError::Ragged);
                    continue;
                case RedactionProfile::RaggedRows::Skip:
                    ++out->skipped;
                    continue;
                case RedactionProfile::RaggedRows::Pad:
                    ++out->padded;
                    break;
                }
            }
            redactor.redactRow(rows, r, values);
            Csv::appendRow(out->csv, values.data(), qsizetype(values.size()));
            ++out->rows;
            if (!forCaller.isEmpty()) {
                out->redacted.beginRow(rows.sourceLine(r));
                for (const int c : forCaller)
                    out->redacted.addField(values[size_t(c)]);
            }
        }
        out->outcomes = redactor.outcomes();
        out->progress = item.progress;
        out->total = item.total;
        if (keepInput)
            out->input = std::move(item.block); // given back by the writer once seen
        else
            pipe.giveBack(std::move(item.block));
        if (!done.waitForRoom(seq))
            return;
        done.put(std::move(out));
    }
}

} // namespace

Result<std::shared_ptr<RareValues>>
countRareValues(table::DatasetReader& reader, const QHash<int, int>& columns,
                const std::atomic_bool* cancel,
                const std::function<void(qint64 done, qint64 total)>& progress)
{
    // The encoding may change under a first guess: count again from the start then.
    for (int attempt = 0;; ++attempt) {
        auto rare = std::make_shared<RareValues>(columns);
        table::RowBlock block;
        bool restarted = false;
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return cancelled();
            block.clear();
            auto step = reader.read(block, dataset::kBlockRows);
            if (!step)
                return step.error();
            if (step.value() == table::ReadStep::End)
                break;
            if (step.value() == table::ReadStep::Restarted) {
                restarted = true;
                break;
            }
            rare->count(block);
            if (progress)
                progress(reader.progress(), reader.total());
        }
        if (Status s = reader.rewind(); !s)
            return s.error();
        if (!restarted || attempt >= 2) {
            rare->finish();
            return rare;
        }
    }
}

Result<RedactResult> redactFile(const RedactParams& p)
{
    if (QFileInfo(p.input).canonicalFilePath() == QFileInfo(p.output).canonicalFilePath() &&
        QFileInfo::exists(p.output))
        return makeError(ErrorKind::Usage,
                         Tr::tr("The redacted file cannot replace the file it is made from. "
                                "Choose another name for it."),
                         p.output);
    auto opened = table::DatasetReader::open(p.input, p.options);
    if (!opened)
        return opened.error();
    table::DatasetReader& reader = *opened.value();

    auto created = RowRedactor::create(p.profile, reader.info().columns, p.keys);
    if (!created) {
        Error e = created.error();
        if (e.where.isEmpty())
            e.where = p.input;
        return e;
    }
    std::shared_ptr<RowRedactor> redactor = created.value();
    RedactResult result;
    result.match = matchColumns(p.profile, reader.info().columns);
    result.outputColumns = redactor->outputColumns();
    const int passes = redactor->rareColumns().isEmpty() ? 1 : 2;

    if (passes == 2) {
        auto rare = countRareValues(reader, redactor->rareColumns(), p.cancel,
                                    [&p](qint64 done, qint64 total) {
                                        if (p.progress)
                                            p.progress(done, total, 1, 2);
                                    });
        if (!rare)
            return rare.error();
        result.rareDistinct = rare.value()->distinctValues();
        redactor->setRareValues(rare.value());
    }

    Output output(p.output);
    if (Status s = output.open(); !s)
        return s.error();
    Csv::appendHeader(output.buffer(), result.outputColumns);

    const qsizetype columns = reader.info().columns.size();
    auto isCancelled = [&p] {
        return p.cancel && p.cancel->load(std::memory_order_relaxed);
    };

    // The output columns the caller's callback gets (all of them unless it said).
    QList<int> forCaller;
    if (p.redactedRows) {
        if (!p.callerColumns.isEmpty()) {
            for (const QString& c : p.callerColumns) {
                const auto i = result.outputColumns.indexOf(c);
                if (i >= 0)
                    forCaller.append(int(i));
            }
        } else {
            for (qsizetype i = 0; i < result.outputColumns.size(); ++i)
                forCaller.append(int(i));
        }
    }
    // One thread reads ahead; `workers` redact blocks in parallel; this thread writes
    // them in the file's order and feeds the caller's risk check.
    const int workers = int(std::clamp(std::thread::hardware_concurrency(), 2u, 4u));
    const bool keepInput = bool(p.inputRows);
    // Blocks the caller sees after redaction are held until the writer reaches them.
    dataset::Pipe pipe(workers + 3 + (keepInput ? 2 * workers + 2 : 0));
    DoneQueue done(2 * workers + 2);
    std::vector<std::thread> threads;
    struct Stop
    {
        dataset::Pipe& pipe;
        DoneQueue& done;
        std::vector<std::thread>& threads;
        ~Stop()
        {
            pipe.stop();
            done.stop();
            for (std::thread& t : threads)
                t.join();
        }
    } stop{pipe, done, threads};
    dataset::ReadAheadThread ahead(reader, pipe);
    for (int i = 0; i < workers; ++i)
        threads.emplace_back(redactBlocks, *redactor, std::ref(pipe), std::ref(done), columns,
                             p.profile.raggedRows, p.input, std::cref(forCaller), keepInput);

    QList<ColumnOutcome> outcomes = redactor->outcomes();
    auto resetOutcomes = [&outcomes] {
        for (ColumnOutcome& o : outcomes)
            o = ColumnOutcome{o.column, 0, 0, 0, 0};
    };
    for (;;) {
        std::unique_ptr<Done> d = done.takeNext(isCancelled);
        if (!d || isCancelled())
            return cancelled();
        switch (d->kind) {
        case dataset::Item::Kind::Failed:
            return *d->item.error;
        case dataset::Item::Kind::Restarted:
            // Every row so far is void: start the output again.
            if (Status s = output.open(); !s)
                return s.error();
            Csv::appendHeader(output.buffer(), result.outputColumns);
            resetOutcomes();
            result.rowsWritten = result.raggedSkipped = result.raggedPadded = 0;
            if (p.inputRestarted && d->item.info)
                p.inputRestarted(*d->item.info);
            break;
        case dataset::Item::Kind::End: {
            if (Status s = output.commit(); !s)
                return s.error();
            if (p.progress)
                p.progress(d->item.total, d->item.total, passes, passes);
            result.info = std::move(*d->item.info);
            result.counts = *d->item.counts;
            result.outcomes = outcomes;
            result.outputBytes = output.bytes();
            return result;
        }
        case dataset::Item::Kind::Rows: {
            if (d->error)
                return *d->error;
            if (Status s = output.write(d->csv); !s)
                return s.error();
            result.rowsWritten += d->rows;
            result.raggedSkipped += d->skipped;
            result.raggedPadded += d->padded;
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                outcomes[i].unreadable += d->outcomes[i].unreadable;
                outcomes[i].noPerson += d->outcomes[i].noPerson;
                outcomes[i].suppressed += d->outcomes[i].suppressed;
                outcomes[i].coded += d->outcomes[i].coded;
            }
            if (d->input) {
                p.inputRows(*d->input);
                pipe.giveBack(std::move(d->input));
            }
            if (p.redactedRows)
                p.redactedRows(d->redacted);
            if (Status s = output.flushIfFull(); !s)
                return s.error();
            if (p.progress)
                p.progress(d->progress, d->total, passes, passes);
            done.recycle(std::move(d));
            break;
        }
        }
    }
}

} // namespace sharewise::redact
