#pragma once

#include "table/TableReader.h"

// The workbook readers behind openTable(): .xlsx and .ods through liborcus, old .xls
// through libfreexl. openTable() has already checked the file's signature.
namespace sharewise::table {

Result<std::unique_ptr<TableReader>> openOrcusWorkbook(const QString& path, FileFormat format,
                                                       const TableOptions& options);
Result<QList<SheetInfo>> listOrcusSheets(const QString& path, FileFormat format);

Result<std::unique_ptr<TableReader>> openXlsWorkbook(const QString& path,
                                                     const TableOptions& options);
Result<QList<SheetInfo>> listXlsSheets(const QString& path);

} // namespace sharewise::table
