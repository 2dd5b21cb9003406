#pragma once

#include "redact/RowRedactor.h"
#include "table/DatasetReader.h"

#include <atomic>
#include <functional>

namespace sharewise::redact {

struct RedactParams
{
    QString input;
    table::TableOptions options;
    RedactionProfile profile;
    const RedactionKeys* keys = nullptr; // needed when profile.needsKey()
    QString output;                      // the CSV to write (replaced only on success)

    // Called now and then on the calling thread: done of total in the current pass;
    // `pass` counts from 1 to `passes` (2 when rare values are counted first).
    std::function<void(qint64 done, qint64 total, int pass, int passes)> progress;
    const std::atomic_bool* cancel = nullptr;
    // Called once per block of redacted rows, in the file's order, on the calling thread
    // (the risk check). The block holds the output columns named in callerColumns, in
    // that order (every output column when it is empty).
    std::function<void(const table::RowBlock& redacted)> redactedRows;
    QStringList callerColumns;
    // Called once per block of the file's rows as read (before redaction, every column),
    // in the file's order, on the calling thread: to profile the file in the same pass.
    // inputRestarted says the rows so far are void (the encoding changed under a first
    // guess), with what the reader now knows.
    std::function<void(const table::RowBlock& rows)> inputRows;
    std::function<void(const table::DatasetInfo& info)> inputRestarted;
};

struct RedactResult
{
    table::DatasetInfo info;
    table::DatasetCounts counts;
    ProfileMatch match;
    QStringList outputColumns;
    QList<ColumnOutcome> outcomes;
    qint64 rowsWritten = 0;
    qint64 raggedSkipped = 0; // RaggedRows::Skip
    qint64 raggedPadded = 0;  // RaggedRows::Pad
    qint64 outputBytes = 0;
    qint64 rareDistinct = 0; // distinct values counted for suppress-rare columns
};

namespace RedactError {
inline constexpr char Cancelled[] = "redact.cancelled";
inline constexpr char Ragged[] = "redact.ragged";
} // namespace RedactError

// Redacts a whole dataset in one streaming pass (two when rare values must be counted
// first): one thread reads and parses ahead, the calling thread redacts and writes.
// The output is RFC 4180 CSV in UTF-8 (see Csv), written to a temporary file renamed
// into place only when complete: a failed or cancelled run leaves nothing. Memory stays
// flat for any file size (blocks of rows), plus the rare-value counts when asked.
Result<RedactResult> redactFile(const RedactParams& params);

// The counting pass for suppress-rare columns (source column index → minimum count):
// reads the whole file, then rewinds it for the redaction pass.
Result<std::shared_ptr<RareValues>>
countRareValues(table::DatasetReader& reader, const QHash<int, int>& columns,
                const std::atomic_bool* cancel = nullptr,
                const std::function<void(qint64 done, qint64 total)>& progress = {});

} // namespace sharewise::redact
