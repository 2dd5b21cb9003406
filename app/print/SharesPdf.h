#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringList>

// The history's list of shares as a printable document (needs Qt Gui).
namespace sharewise::print {

// A table as the history shows it: the words are the caller's (translated), the
// cells as shown on screen; no row values of any dataset.
struct SharesReport
{
    QString title;
    QStringList notes; // lines under the title: when made, by whom, the filters
    QStringList headers;
    QList<QStringList> rows;
};

[[nodiscard]] QString sharesHtml(const SharesReport& report);

// Writes it as an A4 landscape PDF (QPdfWriter), atomically: nothing is left on failure.
Status writeSharesPdf(const SharesReport& report, const QString& path);

} // namespace sharewise::print
