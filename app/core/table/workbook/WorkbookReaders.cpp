#include "table/WorkbookReaders.h"

#include "table/workbook/Readers.h"
#include "table/workbook/WorkbookSupport.h"

#include <new>

namespace sharewise::table {

// Every path out of the readers is an Error value: an exception that escaped a
// parser (there should be none) still becomes one rather than reaching the caller.
namespace {

template <typename F>
auto guarded(const QString& path, FileFormat format, F&& f) -> decltype(f())
{
    try {
        return f();
    } catch (const std::bad_alloc&) {
        return workbook::outOfMemory(workbook::whereFile(path));
    } catch (...) {
        return workbook::damagedWorkbook(path, format);
    }
}

} // namespace

Result<std::unique_ptr<TableReader>> openOrcusWorkbook(const QString& path, FileFormat format,
                                                       const TableOptions& options)
{
    return guarded(path, format, [&]() -> Result<std::unique_ptr<TableReader>> {
        if (format == FileFormat::Ods)
            return workbook::openOds(path, options);
        return workbook::openXlsx(path, options);
    });
}

Result<QList<SheetInfo>> listOrcusSheets(const QString& path, FileFormat format)
{
    return guarded(path, format, [&]() -> Result<QList<SheetInfo>> {
        if (format == FileFormat::Ods)
            return workbook::listOds(path);
        return workbook::listXlsx(path);
    });
}

Result<std::unique_ptr<TableReader>> openXlsWorkbook(const QString& path,
                                                     const TableOptions& options)
{
    return guarded(path, FileFormat::Xls, [&]() -> Result<std::unique_ptr<TableReader>> {
        return workbook::openXls(path, options);
    });
}

Result<QList<SheetInfo>> listXlsSheets(const QString& path)
{
    return guarded(path, FileFormat::Xls,
                   [&]() -> Result<QList<SheetInfo>> { return workbook::listXls(path); });
}

} // namespace sharewise::table
