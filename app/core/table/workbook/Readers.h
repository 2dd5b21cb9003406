#pragma once

#include "table/TableReader.h"

// The readers behind WorkbookReaders.h, one per format.
namespace sharewise::table::workbook {

Result<std::unique_ptr<TableReader>> openXlsx(const QString& path, const TableOptions& options);
Result<QList<SheetInfo>> listXlsx(const QString& path);

Result<std::unique_ptr<TableReader>> openOds(const QString& path, const TableOptions& options);
Result<QList<SheetInfo>> listOds(const QString& path);

Result<std::unique_ptr<TableReader>> openXls(const QString& path, const TableOptions& options);
Result<QList<SheetInfo>> listXls(const QString& path);

} // namespace sharewise::table::workbook
