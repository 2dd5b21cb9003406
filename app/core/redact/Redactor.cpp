#include "redact/Redactor.h"

#include "dataset/ReadAhead.h"
#include "redact/CsvWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

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

// The counting pass for suppress-rare columns.
Status countRare(table::DatasetReader& reader, RareValues& rare, const RedactParams& p)
{
    table::RowBlock block;
    for (;;) {
        if (p.cancel && p.cancel->load(std::memory_order_relaxed))
            return cancelled();
        block.clear();
        auto step = reader.read(block, dataset::kBlockRows);
        if (!step)
            return step.error();
        if (step.value() == table::ReadStep::End)
            break;
        if (step.value() == table::ReadStep::Restarted) {
            rare = RareValues(QHash<int, int>()); // replaced by the caller's retry
            return makeError(ErrorKind::Failure, u"restart"_s);
        }
        rare.count(block);
        if (p.progress)
            p.progress(reader.progress(), reader.total(), 1, 2);
    }
    rare.finish();
    return reader.rewind();
}

} // namespace

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
        // The encoding may change under a first guess: count again from the start then.
        for (int attempt = 0;; ++attempt) {
            auto rare = std::make_shared<RareValues>(redactor->rareColumns());
            Status s = countRare(reader, *rare, p);
            if (s) {
                result.rareDistinct = rare->distinctValues();
                redactor->setRareValues(rare);
                break;
            }
            if (s.error().message != u"restart"_s || attempt > 2)
                return s.error();
            if (Status r = reader.rewind(); !r)
                return r.error();
        }
    }

    Output output(p.output);
    if (Status s = output.open(); !s)
        return s.error();
    Csv::appendHeader(output.buffer(), result.outputColumns);

    const qsizetype columns = reader.info().columns.size();
    const auto policy = p.profile.raggedRows;
    table::RowBlock redacted;
    std::vector<QByteArrayView> fields;

    dataset::Pipe pipe;
    dataset::ReadAheadThread ahead(reader, pipe);
    for (;;) {
        if (p.cancel && p.cancel->load(std::memory_order_relaxed))
            return cancelled();
        dataset::Item item = pipe.take();
        switch (item.kind) {
        case dataset::Item::Kind::Failed:
            return *item.error;
        case dataset::Item::Kind::Restarted:
            // Every row so far is void: start the output again.
            if (Status s = output.open(); !s)
                return s.error();
            Csv::appendHeader(output.buffer(), result.outputColumns);
            redactor->resetOutcomes();
            result.rowsWritten = result.raggedSkipped = result.raggedPadded = 0;
            break;
        case dataset::Item::Kind::End: {
            if (Status s = output.commit(); !s)
                return s.error();
            if (p.progress)
                p.progress(item.total, item.total, passes, passes);
            result.info = std::move(*item.info);
            result.counts = *item.counts;
            result.outcomes = redactor->outcomes();
            result.outputBytes = output.bytes();
            return result;
        }
        case dataset::Item::Kind::Rows: {
            const table::RowBlock& rows = *item.block;
            redacted.clear();
            for (qsizetype r = 0; r < rows.rowCount(); ++r) {
                if (isRagged(rows, r, columns)) {
                    switch (policy) {
                    case RedactionProfile::RaggedRows::Refuse:
                        return withCode(
                            makeError(ErrorKind::BadInput,
                                      Tr::tr("This row has %1 fields but the header has %2 "
                                             "columns, so its values may be in the wrong "
                                             "columns. Correct the file, or choose to skip "
                                             "or pad rows like it.")
                                          .arg(rows.fieldCount(r))
                                          .arg(columns),
                                      Tr::tr("%1, line %2").arg(p.input).arg(rows.sourceLine(r))),
                            RedactError::Ragged);
                    case RedactionProfile::RaggedRows::Skip:
                        ++result.raggedSkipped;
                        continue;
                    case RedactionProfile::RaggedRows::Pad:
                        ++result.raggedPadded;
                        break;
                    }
                }
                redactor->redactRow(rows, r, redacted);
            }
            table::ByteBuffer& out = output.buffer();
            for (qsizetype r = 0; r < redacted.rowCount(); ++r) {
                const qsizetype n = redacted.fieldCount(r);
                fields.resize(size_t(n));
                for (qsizetype c = 0; c < n; ++c)
                    fields[size_t(c)] = redacted.field(r, c);
                Csv::appendRow(out, fields.data(), n);
            }
            result.rowsWritten += redacted.rowCount();
            if (p.redactedRows)
                p.redactedRows(redacted);
            pipe.giveBack(std::move(item.block));
            if (Status s = output.flushIfFull(); !s)
                return s.error();
            if (p.progress)
                p.progress(item.progress, item.total, passes, passes);
            break;
        }
        }
    }
}

} // namespace sharewise::redact
