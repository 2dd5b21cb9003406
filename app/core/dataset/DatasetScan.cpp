#include "dataset/DatasetScan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace sharewise::dataset {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatasetScan)
};

constexpr qsizetype kBlockRows = 4096;

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
    auto isCancelled = [&] { return p.cancel && p.cancel->load(std::memory_order_relaxed); };

    table::RowBlock block;
    for (;;) {
        // The first rows, shown at once; read again if the encoding changes later.
        block.clear();
        for (;;) {
            auto step = reader.read(block, p.previewRows);
            if (!step)
                return step.error();
            if (step.value() != table::ReadStep::Restarted)
                break;
            block.clear();
        }
        if (p.opened)
            p.opened(reader.info(), reader.firstRows(), block);

        profile::Profiler profiler(reader.info().columns);
        profiler.add(block);
        bool restarted = false;
        while (!restarted) {
            if (isCancelled())
                return cancelled();
            block.clear();
            auto step = reader.read(block, kBlockRows);
            if (!step)
                return step.error();
            switch (step.value()) {
            case table::ReadStep::Restarted:
                restarted = true;
                break;
            case table::ReadStep::End: {
                if (p.progress)
                    p.progress(reader.total(), reader.total());
                ScanResult result;
                result.info = reader.info();
                result.counts = reader.counts();
                result.columns = profiler.finish().columns;
                return result;
            }
            case table::ReadStep::Rows:
                profiler.add(block);
                if (p.progress)
                    p.progress(reader.progress(), reader.total());
                break;
            }
        }
        if (Status s = reader.rewind(); !s)
            return s.error();
    }
}

} // namespace sharewise::dataset
