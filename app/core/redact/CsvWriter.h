#pragma once

#include "table/RowBlock.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace sharewise::redact {

// RFC 4180 CSV in UTF-8: comma-separated, CRLF line ends, a field quoted when it holds
// a comma, a quote, CR or LF (quotes doubled). A field that Excel would run as a
// formula (starting with =, +, -, @, tab or CR) is neutralised with a leading
// apostrophe, which Excel shows as text; a plain negative number ("-12", "-0.5") is
// left alone. Appends to a buffer the caller writes out.
namespace Csv {

// True when `field` would start a formula in a spreadsheet.
[[nodiscard]] bool needsNeutralising(QByteArrayView field);

void appendField(table::ByteBuffer& out, QByteArrayView field);
void appendRow(table::ByteBuffer& out, const QByteArrayView* fields, qsizetype count);
void appendHeader(table::ByteBuffer& out, const QStringList& names);

} // namespace Csv
} // namespace sharewise::redact
