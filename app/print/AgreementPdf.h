#pragma once

#include "agreements/Agreement.h"
#include "common/Error.h"

#include <QString>

// Printable documents (needs Qt Gui: a QGuiApplication must exist).
namespace sharewise::print {

// The agreement as a clean, printable document with a sign-off block, as HTML for
// QTextDocument (also the on-screen preview). Translated headings; the agreement's own
// texts as written.
[[nodiscard]] QString agreementHtml(const agreements::Agreement& agreement);

// Writes it as an A4 PDF (QPdfWriter), atomically: nothing is left on failure.
Status writeAgreementPdf(const agreements::Agreement& agreement, const QString& path);

} // namespace sharewise::print
