#include "share/RedactJobs.h"

#include "redact/Redactor.h"

#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <mutex>

namespace sharewise::ui {

// One job on a pool thread. The owner lets go of it (under the mutex) when the job
// starts again, on cancel, or when destroyed, so a late answer reaches no one.
struct RedactJobs::Run
{
    std::atomic_bool cancel{false};
    std::mutex mutex;
    QPointer<RedactJobs> target;
    int lastPercent = -1;

    void post(std::function<void(RedactJobs*)> call)
    {
        std::lock_guard lock(mutex);
        if (RedactJobs* r = target.data())
            QMetaObject::invokeMethod(
                r, [r, call = std::move(call)] { call(r); }, Qt::QueuedConnection);
    }

    void stop()
    {
        {
            std::lock_guard lock(mutex);
            target = nullptr;
        }
        cancel = true;
    }
};

namespace {

// The rare values of the profile's suppress-rare columns, counted over the whole file
// as the redaction counts them. Null when the profile has none (or on failure: the
// preview then shows the values as they are, and the redaction reports the problem).
std::shared_ptr<const redact::RareValues> countRare(const QString& path,
                                                    const table::TableOptions& options,
                                                    const redact::RedactionProfile& profile,
                                                    const redact::RedactionKeys* keys,
                                                    const std::atomic_bool& cancel)
{
    bool any = false;
    for (const redact::ColumnRule& r : profile.rules)
        any = any || r.action == redact::Action::SuppressRare;
    if (!any)
        return nullptr;
    auto opened = table::DatasetReader::open(path, options);
    if (!opened)
        return nullptr;
    table::DatasetReader& reader = *opened.value();
    auto created = redact::RowRedactor::create(profile, reader.info().columns, keys);
    if (!created)
        return nullptr;
    auto rare = redact::countRareValues(reader, created.value()->rareColumns(), &cancel);
    if (!rare)
        return nullptr;
    return rare.value();
}

} // namespace

RedactJobs::RedactJobs(QObject* parent)
    : QObject(parent)
{}

RedactJobs::~RedactJobs()
{
    cancelAll();
}

void RedactJobs::cancelAssess()
{
    if (m_assess)
        m_assess->stop();
    m_assess.reset();
}

void RedactJobs::cancelAll()
{
    cancelAssess();
    if (m_load)
        m_load->stop();
    m_load.reset();
}

void RedactJobs::loadRows(const QString& path, const table::TableOptions& options, qsizetype rows)
{
    if (m_load)
        m_load->stop();
    auto run = std::make_shared<Run>();
    run->target = this;
    m_load = run;
    QThreadPool::globalInstance()->start([run, path, options, rows] {
        auto fail = [run](const Error& error) {
            run->post([run, error](RedactJobs* r) {
                if (r->m_load != run)
                    return;
                r->m_load.reset();
                emit r->rowsFailed(error);
            });
        };
        auto opened = table::DatasetReader::open(path, options);
        if (!opened)
            return fail(opened.error());
        table::DatasetReader& reader = *opened.value();
        auto block = std::make_shared<table::RowBlock>();
        while (block->rowCount() < rows && !run->cancel.load()) {
            auto step = reader.read(*block, rows - block->rowCount());
            if (!step)
                return fail(step.error());
            if (step.value() == table::ReadStep::End)
                break;
            if (step.value() == table::ReadStep::Restarted)
                block->clear();
        }
        if (run->cancel.load())
            return;
        const QStringList columns = reader.info().columns;
        run->post([run, columns, block](RedactJobs* r) {
            if (r->m_load != run)
                return;
            r->m_load.reset();
            emit r->rowsLoaded(columns, block);
        });
    });
}

void RedactJobs::assess(const QString& path, const table::TableOptions& options,
                        const redact::RedactionProfile& profile,
                        std::shared_ptr<const redact::RedactionKeys> keys)
{
    cancelAssess();
    auto run = std::make_shared<Run>();
    run->target = this;
    m_assess = run;
    QThreadPool::globalInstance()->start([run, path, options, profile, keys] {
        std::shared_ptr<const redact::RareValues> rare =
            countRare(path, options, profile, keys.get(), run->cancel);
        if (run->cancel.load())
            return;
        if (rare) {
            run->post([run, rare](RedactJobs* r) {
                if (r->m_assess == run)
                    emit r->rareCounted(rare);
            });
        }
        auto progress = [run](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(std::min<qint64>(100, done * 100 / total)) : 0;
            if (percent == run->lastPercent)
                return;
            run->lastPercent = percent;
            run->post([run, percent](RedactJobs* r) {
                if (r->m_assess == run)
                    emit r->assessProgress(percent);
            });
        };
        Result<redact::RiskAssessment> assessed =
            redact::assessRisk(path, options, profile, keys.get(), &run->cancel, progress);
        if (run->cancel.load())
            return;
        if (!assessed) {
            run->post([run, error = assessed.error()](RedactJobs* r) {
                if (r->m_assess != run)
                    return;
                r->m_assess.reset();
                emit r->assessFailed(error);
            });
            return;
        }
        // The explanation and the what-ifs behind the suggestion are worked out here
        // too: a what-if regroups every stored group.
        const redact::RiskFeeder& feeder = *assessed.value().feeder;
        auto outcome = std::make_shared<RiskOutcome>();
        outcome->result = feeder.check().result();
        outcome->quasiNames = feeder.check().quasiNames();
        outcome->explanation = risk::explain(feeder.check());
        if (auto s = risk::suggest(feeder.check(), feeder.candidates()))
            outcome->suggestion = s->sentence;
        outcome->raggedSkipped = assessed.value().raggedSkipped;
        run->post([run, outcome = std::shared_ptr<const RiskOutcome>(outcome)](RedactJobs* r) {
            if (r->m_assess != run)
                return;
            r->m_assess.reset();
            emit r->assessed(outcome);
        });
    });
}

} // namespace sharewise::ui
