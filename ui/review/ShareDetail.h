#pragma once

#include "shares/ShareRecord.h"

#include <QIcon>
#include <QString>

class QWidget;

namespace sharewise {
class Database;
}

// Words and pictures for a share, shared by the review queue, the history and the
// outputs: the same summary wherever a share is shown.
namespace sharewise::ui::shareview {

// "households.csv under DSA-2026-031"
[[nodiscard]] QString shareName(const QString& datasetName, const QString& agreementReference);
[[nodiscard]] QString shareName(const shares::ShareRecord& share);
// A time from the register (UTC microseconds) in local time, or "—".
[[nodiscard]] QString formatTime(qint64 us);
// The short reference people quote: the uid's first 8 digits.
[[nodiscard]] QString shortUid(const QString& uid);

struct FindingCounts
{
    int blocking = 0;
    int warnings = 0;
};
[[nodiscard]] FindingCounts countFindings(const QJsonObject& summary);
// "1 blocks, 2 warnings" / "None".
[[nodiscard]] QString findingCountsText(const FindingCounts& counts);

// The state as an icon that carries its meaning with the words beside it (never colour
// alone): a tick for done, a clock for waiting, a cross for stopped.
[[nodiscard]] QIcon stateIcon(const QWidget* widget, shares::ShareState state);

// The review summary as HTML: who, what, when; what leaves the building
// (shares::describeSummary); the findings with their next steps; the agreement's
// summary and lawful basis; the decisions so far. Escaped; no row values.
[[nodiscard]] QString summaryHtml(Database& db, const shares::ShareRecord& share);

} // namespace sharewise::ui::shareview
