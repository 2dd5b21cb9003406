#pragma once

#include "shares/ShareRecord.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace sharewise::redact {
class RedactionKeys;
}

namespace sharewise::ui {

// The first rows of a share as they will be sent, for a reviewer: read again from the
// preparer's file and redacted with the share's profile (the register keeps no row
// values). Only when the file is still there, unchanged since it was submitted.
struct RedactedRows
{
    enum class Problem : quint8
    {
        None,
        NoFile,   // no file on this computer (a share imported for review), or it is gone
        Changed,  // the file's size or time differs from the submitted one
        NeedsKey, // the profile pseudonymises and the agreement's key is not unlocked
        Failed,   // read or redaction failed: see message
    };
    Problem problem = Problem::None;
    QString message; // one plain sentence when there is a problem
    QStringList columns;
    QList<QStringList> rows;
};

// Whether the file of `share` is there as it was submitted (no reading of its rows).
[[nodiscard]] RedactedRows::Problem checkShareFile(const shares::ShareRecord& share);
[[nodiscard]] QString previewProblemText(RedactedRows::Problem problem);

// Reads and redacts the first `maxRows` rows (blocking: call it on a pool thread).
// `keys` may be null (then a profile that needs a key gives NeedsKey).
[[nodiscard]] RedactedRows redactedPreview(const shares::ShareRecord& share,
                                           const redact::RedactionKeys* keys, int maxRows = 50);

// Runs redactedPreview on a pool thread and reports back on the GUI thread; a newer
// start (or destruction) lets go of the older run, so its answer reaches no one.
class RedactedPreviewJob : public QObject
{
    Q_OBJECT
public:
    explicit RedactedPreviewJob(QObject* parent = nullptr);
    ~RedactedPreviewJob() override;

    void start(const shares::ShareRecord& share, std::shared_ptr<const redact::RedactionKeys> keys,
               int maxRows = 50);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_run != nullptr; }

    struct Run;

signals:
    void finished(const sharewise::ui::RedactedRows& rows);

private:
    std::shared_ptr<Run> m_run;
};

} // namespace sharewise::ui
