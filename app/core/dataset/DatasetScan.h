#pragma once

#include "profile/Profiler.h"
#include "table/DatasetReader.h"

#include <QJsonObject>

#include <atomic>
#include <functional>

namespace sharewise::dataset {

struct ScanParams
{
    QString path;
    table::TableOptions options;
    // Called on the scanning thread with the first rows as soon as they are read, so a
    // screen can show them at once; `firstRows` are the raw rows (header and rows above
    // it), `preview` the first data rows.
    std::function<void(const table::DatasetInfo& info, const table::RowBlock& firstRows,
                       const table::RowBlock& preview)>
        opened;
    qsizetype previewRows = 1000;
    // Called on the scanning thread now and then: bytes (or rows) done of total.
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;
};

struct ScanResult
{
    table::DatasetInfo info;
    table::DatasetCounts counts;
    QList<profile::ColumnProfile> columns;
};

namespace ScanError {
inline constexpr char Cancelled[] = "scan.cancelled";
}

// Reads the whole dataset once: every data row through the column profiler and the
// identifier detector. Memory stays flat for a CSV of any size (one block of rows at a
// time). A cancelled scan returns an error with code ScanError::Cancelled.
Result<ScanResult> scanDataset(const ScanParams& params);

// The stable JSON of `sharewise-cli inspect --json` (docs/cli.md). Holds no value from
// the file except numeric and date ranges.
QJsonObject scanToJson(const ScanResult& result, const QString& path);
// The same for a person at a terminal (translated).
QString scanToText(const ScanResult& result, const QString& path);

// "almost certainly", "very likely", "likely", "possibly" for a confidence 0..1.
QString confidenceWords(double confidence);

} // namespace sharewise::dataset
