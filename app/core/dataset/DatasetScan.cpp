#include "dataset/DatasetScan.h"

#include "dataset/ReadAhead.h"

#include <QCoreApplication>

namespace sharewise::dataset {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetScan)
};

Error cancelled()
{
    return withCode(makeError(ErrorKind::Failure, Tr::tr("Reading the file was cancelled.")),
                    ScanError::Cancelled);
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
    ReadAheadThread ahead(reader, pipe);

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
