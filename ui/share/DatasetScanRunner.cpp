#include "share/DatasetScanRunner.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <mutex>

namespace sharewise::ui {

// One scan on a pool thread. The runner lets go of it (under the mutex) when a new
// scan starts, on cancel, or when destroyed, so a late answer reaches no one.
struct DatasetScanRunner::Run
{
    std::atomic_bool cancel{false};
    std::mutex mutex;
    QPointer<DatasetScanRunner> target;
    int lastPercent = -1;

    void post(std::function<void(DatasetScanRunner*)> call)
    {
        std::lock_guard lock(mutex);
        if (DatasetScanRunner* r = target.data())
            QMetaObject::invokeMethod(
                r, [r, call = std::move(call)] { call(r); }, Qt::QueuedConnection);
    }
};

DatasetScanRunner::DatasetScanRunner(QObject* parent)
    : QObject(parent)
{}

DatasetScanRunner::~DatasetScanRunner()
{
    cancel();
}

void DatasetScanRunner::cancel()
{
    if (!m_run)
        return;
    {
        std::lock_guard lock(m_run->mutex);
        m_run->target = nullptr;
    }
    m_run->cancel = true;
    m_run.reset();
}

void DatasetScanRunner::start(const QString& path, const table::TableOptions& options)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->target = this;
    m_run = run;
    QThreadPool::globalInstance()->start([run, path, options] {
        dataset::ScanParams p;
        p.path = path;
        p.options = options;
        p.cancel = &run->cancel;
        p.opened = [run](const table::DatasetInfo& info, const table::RowBlock& first,
                         const table::RowBlock& preview) {
            auto firstCopy = std::make_shared<table::RowBlock>(first);
            auto previewCopy = std::make_shared<table::RowBlock>(preview);
            run->post([run, info, firstCopy, previewCopy](DatasetScanRunner* r) {
                if (r->m_run == run)
                    emit r->opened(info, firstCopy, previewCopy);
            });
        };
        p.progress = [run](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
            if (percent == run->lastPercent)
                return;
            run->lastPercent = percent;
            run->post([run, percent](DatasetScanRunner* r) {
                if (r->m_run == run)
                    emit r->progress(percent);
            });
        };
        Result<dataset::ScanResult> result = dataset::scanDataset(p);
        if (run->cancel.load())
            return;
        if (!result) {
            run->post([run, error = result.error()](DatasetScanRunner* r) {
                if (r->m_run != run)
                    return;
                r->m_run.reset();
                emit r->failed(error);
            });
            return;
        }
        auto shared = std::make_shared<const dataset::ScanResult>(std::move(result).value());
        run->post([run, shared](DatasetScanRunner* r) {
            if (r->m_run != run)
                return;
            r->m_run.reset();
            emit r->finished(shared);
        });
    });
}

} // namespace sharewise::ui
