#include "review/RedactedPreview.h"

#include "redact/Pseudonym.h"
#include "redact/Redactor.h"
#include "redact/RowRedactor.h"
#include "redact/Rules.h"
#include "table/DatasetReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <mutex>

namespace sharewise::ui {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RedactedPreview)
};
} // namespace

RedactedRows::Problem checkShareFile(const shares::ShareRecord& share)
{
    if (share.datasetPath.isEmpty())
        return RedactedRows::Problem::NoFile;
    const QFileInfo info(share.datasetPath);
    if (!info.exists() || !info.isFile())
        return RedactedRows::Problem::NoFile;
    if (share.datasetSize > 0 && info.size() != share.datasetSize)
        return RedactedRows::Problem::Changed;
    if (share.datasetModifiedUs > 0) {
        const qint64 us = info.lastModified().toMSecsSinceEpoch() * 1000;
        // The time as the preparer's computer recorded it, to the second.
        if (qAbs(us - share.datasetModifiedUs) >= 1000 * 1000)
            return RedactedRows::Problem::Changed;
    }
    return RedactedRows::Problem::None;
}

QString previewProblemText(RedactedRows::Problem problem)
{
    switch (problem) {
    case RedactedRows::Problem::None:
        return {};
    case RedactedRows::Problem::NoFile:
        return Tr::tr("The file is no longer available on this computer, so its rows "
                      "cannot be shown. The summary above is what the preparer submitted.");
    case RedactedRows::Problem::Changed:
        return Tr::tr("The file has changed since the share was submitted, so its rows "
                      "are not shown. Ask the preparer to submit the share again.");
    case RedactedRows::Problem::NeedsKey:
        return Tr::tr("These rows need the agreement's key, which you do not hold or "
                      "have not unlocked. Ask the agreement's key holder to give it to "
                      "you, or review the summary above.");
    case RedactedRows::Problem::Failed:
        break;
    }
    return Tr::tr("The rows could not be read.");
}

RedactedRows redactedPreview(const shares::ShareRecord& share, const redact::RedactionKeys* keys,
                             int maxRows)
{
    RedactedRows out;
    auto fail = [&out](RedactedRows::Problem problem, const QString& message = {}) {
        out.problem = problem;
        out.message = message.isEmpty() ? previewProblemText(problem) : message;
        out.columns.clear();
        out.rows.clear();
        return out;
    };
    if (const RedactedRows::Problem p = checkShareFile(share); p != RedactedRows::Problem::None)
        return fail(p);
    Result<redact::RedactionProfile> profile =
        redact::RedactionProfile::fromBytes(share.profileJson, share.datasetName);
    if (!profile)
        return fail(RedactedRows::Problem::Failed, profile.error().fullMessage());
    if (profile->needsKey() && (keys == nullptr || !keys->isValid()))
        return fail(RedactedRows::Problem::NeedsKey);

    auto opened = table::DatasetReader::open(share.datasetPath, share.readOptions);
    if (!opened)
        return fail(RedactedRows::Problem::Failed, opened.error().fullMessage());
    table::DatasetReader& reader = *opened.value();
    auto created = redact::RowRedactor::create(profile.value(), reader.info().columns, keys);
    if (!created)
        return fail(RedactedRows::Problem::Failed, created.error().fullMessage());
    redact::RowRedactor& redactor = *created.value();
    // Rare values are hidden as the redaction hides them: counted over the whole file.
    const QHash<int, int> rareColumns = redactor.rareColumns();
    if (!rareColumns.isEmpty()) {
        auto rare = redact::countRareValues(reader, rareColumns);
        if (!rare)
            return fail(RedactedRows::Problem::Failed, rare.error().fullMessage());
        redactor.setRareValues(rare.value());
        if (Status s = reader.rewind(); !s)
            return fail(RedactedRows::Problem::Failed, s.error().fullMessage());
    }

    table::RowBlock block;
    while (block.rowCount() < maxRows) {
        auto step = reader.read(block, maxRows - block.rowCount());
        if (!step)
            return fail(RedactedRows::Problem::Failed, step.error().fullMessage());
        if (step.value() == table::ReadStep::End)
            break;
        if (step.value() == table::ReadStep::Restarted)
            block.clear();
    }
    out.columns = redactor.outputColumns();
    table::RowBlock redacted;
    for (qsizetype r = 0; r < block.rowCount(); ++r) {
        redacted.clear();
        redactor.redactRow(block, r, redacted);
        QStringList row;
        row.reserve(out.columns.size());
        for (qsizetype c = 0; c < out.columns.size(); ++c)
            row.append(QString::fromUtf8(redacted.fieldOrEmpty(0, c)));
        out.rows.append(row);
    }
    return out;
}

struct RedactedPreviewJob::Run
{
    std::mutex mutex;
    QPointer<RedactedPreviewJob> target;
};

RedactedPreviewJob::RedactedPreviewJob(QObject* parent)
    : QObject(parent)
{}

RedactedPreviewJob::~RedactedPreviewJob()
{
    cancel();
}

void RedactedPreviewJob::cancel()
{
    if (m_run) {
        std::lock_guard lock(m_run->mutex);
        m_run->target = nullptr;
    }
    m_run.reset();
}

void RedactedPreviewJob::start(const shares::ShareRecord& share,
                               std::shared_ptr<const redact::RedactionKeys> keys, int maxRows)
{
    cancel();
    auto run = std::make_shared<Run>();
    run->target = this;
    m_run = run;
    QThreadPool::globalInstance()->start([run, share, keys, maxRows] {
        RedactedRows rows = redactedPreview(share, keys.get(), maxRows);
        std::lock_guard lock(run->mutex);
        if (RedactedPreviewJob* job = run->target.data()) {
            QMetaObject::invokeMethod(
                job,
                [job, run, rows = std::move(rows)] {
                    if (job->m_run != run)
                        return;
                    job->m_run.reset();
                    emit job->finished(rows);
                },
                Qt::QueuedConnection);
        }
    });
}

} // namespace sharewise::ui
