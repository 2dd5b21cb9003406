#include "share/ShareJobs.h"

#include "store/Database.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace sharewise::ui {

namespace {
std::function<void(const QString&, qint64, qint64)>& progressHook()
{
    static std::function<void(const QString&, qint64, qint64)> hook;
    return hook;
}
} // namespace

void ShareJobs::setProgressHookForTesting(
    std::function<void(const QString& step, qint64 done, qint64 total)> hook)
{
    progressHook() = std::move(hook);
}

struct ShareJobs::Run
{
    std::atomic_bool cancel{false};
    std::mutex mutex;
    QPointer<ShareJobs> target;
    QString lastStep;
    int lastPercent = -1;
    // A seal reports its end even when cancelled (the page says nothing was written).
    bool reportAfterCancel = false;

    void post(std::function<void(ShareJobs*)> call)
    {
        std::lock_guard lock(mutex);
        if (ShareJobs* j = target.data())
            QMetaObject::invokeMethod(
                j, [j, call = std::move(call)] { call(j); }, Qt::QueuedConnection);
    }

    std::function<void(const QString&, qint64, qint64)>
    progressFor(const std::shared_ptr<Run>& self)
    {
        return [self, hook = progressHook()](const QString& step, qint64 done, qint64 total) {
            if (hook)
                hook(step, done, total);
            const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
            if (percent == self->lastPercent && step == self->lastStep)
                return;
            self->lastPercent = percent;
            self->lastStep = step;
            self->post([self, step, percent](ShareJobs* j) {
                if (j->m_run == self)
                    emit j->progress(step, percent);
            });
        };
    }
};

ShareJobs::ShareJobs(QObject* parent)
    : QObject(parent)
{}

ShareJobs::~ShareJobs()
{
    if (m_run) {
        std::lock_guard lock(m_run->mutex);
        m_run->target = nullptr;
    }
    if (m_run)
        m_run->cancel = true;
}

void ShareJobs::cancel()
{
    if (!m_run)
        return;
    m_run->cancel = true;
    if (m_run->reportAfterCancel)
        return; // the seal ends by itself, and says so
    {
        std::lock_guard lock(m_run->mutex);
        m_run->target = nullptr;
    }
    m_run.reset();
}

void ShareJobs::prepare(shares::PrepareParams params, std::shared_ptr<const void> keepAlive)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->target = this;
    m_run = run;
    m_sealing = false;
    params.progress = run->progressFor(run);
    params.cancel = &run->cancel;
    QThreadPool::globalInstance()->start([run, params = std::move(params), keepAlive] {
        Result<shares::PreparedShare> result = shares::prepareShare(params);
        if (run->cancel.load())
            return;
        if (!result) {
            run->post([run, error = result.error()](ShareJobs* j) {
                if (j->m_run != run)
                    return;
                j->m_run.reset();
                emit j->failed(error);
            });
            return;
        }
        auto shared = std::make_shared<const shares::PreparedShare>(std::move(result).value());
        run->post([run, shared](ShareJobs* j) {
            if (j->m_run != run)
                return;
            j->m_run.reset();
            emit j->prepared(shared);
        });
    });
}

void ShareJobs::seal(const Database::Options& history, shares::SealShareParams params,
                     std::shared_ptr<const void> keepAlive)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->target = this;
    run->reportAfterCancel = true;
    m_run = run;
    m_sealing = true;
    params.progress = run->progressFor(run);
    params.cancel = &run->cancel;
    QThreadPool::globalInstance()->start(
        [run, history, params = std::move(params), keepAlive]() mutable {
            Result<shares::SealedShare> result = [&]() -> Result<shares::SealedShare> {
                // The same history the window opened (and checked) already.
                Result<std::unique_ptr<Database>> db = Database::open(history);
                if (!db)
                    return db.error();
                db.value()->setSigner(params.sender);
                return shares::sealShare(*db.value(), params);
            }();
            if (!result) {
                run->post([run, error = result.error()](ShareJobs* j) {
                    if (j->m_run != run)
                        return;
                    j->m_run.reset();
                    emit j->failed(error);
                });
                return;
            }
            auto shared = std::make_shared<const shares::SealedShare>(std::move(result).value());
            run->post([run, shared](ShareJobs* j) {
                if (j->m_run != run)
                    return;
                j->m_run.reset();
                emit j->sealed(shared);
            });
        });
}

} // namespace sharewise::ui
