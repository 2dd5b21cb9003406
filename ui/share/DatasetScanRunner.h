#pragma once

#include "dataset/DatasetScan.h"

#include <QObject>

#include <memory>

namespace sharewise::ui {

// Runs dataset::scanDataset on a pool thread and reports back on the GUI thread:
// opened() with the first rows as soon as they are read, progress(), then exactly one
// of finished() or failed() — unless cancelled or restarted, after which nothing more
// arrives from that run.
class DatasetScanRunner : public QObject
{
    Q_OBJECT
public:
    explicit DatasetScanRunner(QObject* parent = nullptr);
    ~DatasetScanRunner() override;

    void start(const QString& path, const table::TableOptions& options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }

signals:
    void opened(const sharewise::table::DatasetInfo& info,
                std::shared_ptr<const sharewise::table::RowBlock> firstRows,
                std::shared_ptr<const sharewise::table::RowBlock> preview);
    void progress(int percent);
    void finished(std::shared_ptr<const sharewise::dataset::ScanResult> result);
    void failed(const sharewise::Error& error);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
};

} // namespace sharewise::ui
