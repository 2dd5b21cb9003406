// .xls (Excel 97–2003, BIFF in an OLE compound file) through libfreexl. FreeXL decides
// dates from the cell formats itself and reads text in the workbook's code page as
// UTF-8. What it does not report (hidden sheets, merged cells, booleans and errors,
// which it gives as numbers) is read from the BIFF8 records by BiffFacts.

#include "table/workbook/BiffFacts.h"
#include "table/workbook/Readers.h"
#include "table/workbook/SheetData.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <freexl.h>

namespace sharewise::table::workbook {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

struct Handle
{
    const void* h = nullptr;
    Handle() = default;
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle()
    {
        if (h)
            freexl_close(h);
    }
};

Status openHandle(const QString& path, Handle& handle)
{
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return cannotOpen(path, file.errorString());
        if (!isCompoundFile(file.peek(8)))
            return damagedWorkbook(path, FileFormat::Xls);
    }
    if (isEncryptedOfficePackage(path))
        return passwordProtected(path);
    if (QFileInfo(path).size() > qint64(512) << 20)
        return tooLarge(whereFile(path), Tr::tr("the file is larger than 512 MB"));
    if (!compoundFileIsSound(path))
        return damagedWorkbook(path, FileFormat::Xls, Tr::tr("its structure is damaged"));
    const int rc = freexl_open(QFile::encodeName(path).constData(), &handle.h);
    if (rc != FREEXL_OK) {
        handle.h = nullptr; // FreeXL frees what it allocated when opening fails
        switch (rc) {
        case FREEXL_FILE_NOT_FOUND:
            return cannotOpen(path, Tr::tr("it was not found"));
        case FREEXL_INSUFFICIENT_MEMORY:
            return outOfMemory(whereFile(path));
        case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
            return damagedWorkbook(path, FileFormat::Xls, Tr::tr("it has no workbook inside"));
        default:
            return damagedWorkbook(path, FileFormat::Xls);
        }
    }
    unsigned int info = 0;
    if (freexl_get_info(handle.h, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return passwordProtected(path);
    return {};
}

Result<QList<SheetInfo>> sheetsOf(const QString& path, const Handle& handle)
{
    unsigned int count = 0;
    if (freexl_get_info(handle.h, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK)
        return damagedWorkbook(path, FileFormat::Xls);
    QList<SheetInfo> sheets;
    for (unsigned int i = 0; i < count && i < 0xFFFF; ++i) {
        const char* name = nullptr;
        if (freexl_get_worksheet_name(handle.h, static_cast<unsigned short>(i), &name) != FREEXL_OK)
            return damagedWorkbook(path, FileFormat::Xls);
        SheetInfo info;
        info.name = name ? QString::fromUtf8(name) : QString();
        if (info.name.isEmpty())
            info.name = Tr::tr("Sheet %1").arg(i + 1);
        sheets.append(info);
    }
    if (sheets.isEmpty())
        return noSheets(path);
    // Hidden sheets, which FreeXL does not report, from the BOUNDSHEET records.
    if (const std::optional<BiffFacts> facts = readBiffFacts(path, QString())) {
        for (SheetInfo& sheet : sheets) {
            for (const BiffFacts::Sheet& s : facts->sheets) {
                if (s.name == sheet.name) {
                    sheet.hidden = s.hidden;
                    break;
                }
            }
        }
    }
    return sheets;
}

std::string_view textOf(const FreeXL_CellValue& v)
{
    return v.value.text_value ? std::string_view(v.value.text_value) : std::string_view();
}

} // namespace

Result<QList<SheetInfo>> listXls(const QString& path)
{
    Handle handle;
    if (const Status s = openHandle(path, handle); !s)
        return s.error();
    return sheetsOf(path, handle);
}

Result<std::unique_ptr<TableReader>> openXls(const QString& path, const TableOptions& options)
{
    Handle handle;
    if (const Status s = openHandle(path, handle); !s)
        return s.error();
    Result<QList<SheetInfo>> sheets = sheetsOf(path, handle);
    if (!sheets)
        return sheets.error();
    Result<int> chosen = chooseSheet(path, sheets.value(), options.sheet);
    if (!chosen)
        return chosen.error();
    const QString name = sheets->at(chosen.value()).name;
    const QString where = whereSheet(path, name);
    if (freexl_select_active_worksheet(handle.h, static_cast<unsigned short>(chosen.value())) !=
        FREEXL_OK)
        return damagedWorkbook(path, FileFormat::Xls,
                               Tr::tr("the sheet “%1” is damaged").arg(name));
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_worksheet_dimensions(handle.h, &rows, &columns) != FREEXL_OK)
        return damagedWorkbook(path, FileFormat::Xls,
                               Tr::tr("the sheet “%1” is damaged").arg(name));

    // An .xls sheet has at most 65,536 rows and 256 columns; FreeXL takes the size from
    // the sheet's DIMENSIONS record, which a damaged file can make anything.
    if (qint64(rows) * qint64(columns) > qint64(65536) * 256) {
        return tooLarge(
            where, Tr::tr("the sheet says it has %L1 rows and %L2 columns").arg(rows).arg(columns));
    }
    const WorkbookLimits& limits = workbookLimits();
    auto data = std::make_shared<SheetData>(where, limits);
    const BiffFacts facts = readBiffFacts(path, name).value_or(BiffFacts{});
    try {
        if (rows > 0)
            data->checkPosition(qint64(rows) - 1, columns > 0 ? columns - 1 : 0);
        for (unsigned int r = 0; r < rows; ++r) {
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue v{};
                if (!facts.values.empty()) {
                    // Booleans and errors, which FreeXL gives as numbers.
                    const auto it = facts.values.find(BiffFacts::key(r, c));
                    if (it != facts.values.end()) {
                        if (it->second.kind == CellKind::Boolean)
                            data->addNumber(r, c, CellKind::Boolean, it->second.text == "TRUE");
                        else
                            data->addText(r, c, CellKind::Error,
                                          std::string_view(it->second.text.constData(),
                                                           size_t(it->second.text.size())));
                        continue;
                    }
                }
                if (freexl_get_cell_value(handle.h, r, c, &v) != FREEXL_OK)
                    continue;
                switch (v.type) {
                case FREEXL_CELL_INT:
                    data->addNumber(r, c, CellKind::Number, double(v.value.int_value));
                    break;
                case FREEXL_CELL_DOUBLE:
                    data->addNumber(r, c, CellKind::Number, v.value.double_value);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                    data->addText(r, c, CellKind::Text, textOf(v));
                    break;
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME: {
                    QByteArray iso;
                    CellKind kind = CellKind::Text;
                    if (isoDateTime(textOf(v), iso, kind))
                        data->addText(r, c, kind,
                                      std::string_view(iso.constData(), size_t(iso.size())));
                    else
                        data->addText(r, c, CellKind::Text, textOf(v));
                    break;
                }
                case FREEXL_CELL_TIME: {
                    // A time of day alone: on day 0 (1899-12-31), as for .xlsx.
                    const std::string iso = "1899-12-31T" + std::string(textOf(v));
                    QByteArray out;
                    CellKind kind = CellKind::Text;
                    if (isoDateTime(iso, out, kind))
                        data->addText(r, c, kind,
                                      std::string_view(out.constData(), size_t(out.size())));
                    else
                        data->addText(r, c, CellKind::Text, textOf(v));
                    break;
                }
                default:
                    break;
                }
            }
        }
    } catch (const ParseStop& stop) {
        return stop.error;
    } catch (const std::bad_alloc&) {
        return outOfMemory(where);
    }
    data->finish();

    SourceInfo info;
    info.format = FileFormat::Xls;
    info.fileSize = QFileInfo(path).size();
    info.sheets = sheets.value();
    info.sheet = name;
    info.merged = facts.merged;
    return std::unique_ptr<TableReader>(new StoredSheetReader(std::move(info), std::move(data)));
}

} // namespace sharewise::table::workbook
