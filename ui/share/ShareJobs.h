#pragma once

#include "shares/SharePipeline.h"
#include "store/Database.h"

#include <QObject>

#include <memory>

namespace sharewise::ui {

// The Review page's background work, each on a pool thread and reported back on the
// GUI thread: shares::prepareShare (the checks, the redaction in full, the binding and
// the summary) and shares::sealShare (over a connection of its own to the history,
// since a Database belongs to the thread that opened it). cancel() stops the run and
// lets go of it: a prepare is forgotten at once; a seal still reports its end, so the
// page can say that nothing was written.
class ShareJobs : public QObject
{
    Q_OBJECT
public:
    explicit ShareJobs(QObject* parent = nullptr);
    ~ShareJobs() override;

    // `params.progress` and `params.cancel` are the job's own. The pointers in `params`
    // (agreement, keys, dataset profile) must stay valid until prepared() or failed().
    void prepare(shares::PrepareParams params, std::shared_ptr<const void> keepAlive);
    // Seals over its own connection to the history at `databasePath`, as `actor`,
    // signing the audit entries with `params.sender`.
    void seal(const Database::Options& history, shares::SealShareParams params,
              std::shared_ptr<const void> keepAlive);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }
    [[nodiscard]] bool isSealing() const { return m_run != nullptr && m_sealing; }

    struct Run;

    // Tests: called on the job's thread with every progress report (before it is
    // passed on), so a test can hold a job at a known point.
    static void setProgressHookForTesting(
        std::function<void(const QString& step, qint64 done, qint64 total)> hook);

signals:
    void progress(const QString& step, int percent);
    void prepared(std::shared_ptr<const sharewise::shares::PreparedShare> share);
    void sealed(std::shared_ptr<const sharewise::shares::SealedShare> share);
    void failed(const sharewise::Error& error);

private:
    std::shared_ptr<Run> m_run;
    bool m_sealing = false;
};

} // namespace sharewise::ui
