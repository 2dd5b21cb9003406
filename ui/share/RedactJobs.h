#pragma once

#include "redact/RiskPass.h"
#include "redact/RowRedactor.h"
#include "table/DatasetReader.h"

#include <QObject>

#include <memory>

namespace sharewise::ui {

// The risk check of a redaction, worked out on a pool thread: the figures and the
// sentences for the Redact page's risk panel (counts and column names only).
struct RiskOutcome
{
    risk::RiskResult result;
    QStringList quasiNames;
    QString explanation;
    QString suggestion; // empty when nothing would lower the risk
    qint64 raggedSkipped = 0;
};

// The Redact page's background work, each on a pool thread and reported back on the
// GUI thread: the first rows of the file (for the before/after preview), the rare
// values of suppress-rare columns (so the preview hides them as the redaction will),
// and the risk check. Starting a job again, or cancel(), lets go of the last run of
// that job, so its late answers reach no one.
class RedactJobs : public QObject
{
    Q_OBJECT
public:
    explicit RedactJobs(QObject* parent = nullptr);
    ~RedactJobs() override;

    void loadRows(const QString& path, const table::TableOptions& options, qsizetype rows);
    // `keys` may be null (then the profile must need none).
    void assess(const QString& path, const table::TableOptions& options,
                const redact::RedactionProfile& profile,
                std::shared_ptr<const redact::RedactionKeys> keys);
    void cancelAssess();
    void cancelAll();
    [[nodiscard]] bool isAssessing() const { return m_assess != nullptr; }
    [[nodiscard]] bool isLoading() const { return m_load != nullptr; }

    struct Run;

signals:
    void rowsLoaded(const QStringList& columns, std::shared_ptr<const table::RowBlock> rows);
    void rowsFailed(const sharewise::Error& error);
    // The rare values of `profile`'s suppress-rare columns (source column indexes).
    void rareCounted(std::shared_ptr<const redact::RareValues> rare);
    void assessProgress(int percent);
    void assessed(std::shared_ptr<const sharewise::ui::RiskOutcome> outcome);
    void assessFailed(const sharewise::Error& error);

private:
    std::shared_ptr<Run> m_load;
    std::shared_ptr<Run> m_assess;
};

} // namespace sharewise::ui
