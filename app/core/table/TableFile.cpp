#include "table/CsvReader.h"
#include "table/TableReader.h"
#include "table/WorkbookReaders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace sharewise::table {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableFile)
};

enum class Signature
{
    Text,
    Zip,
    Ole,
};

Result<std::pair<Signature, FileFormat>> identify(const QString& path)
{
    const QString where = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorKind::BadInput, Tr::tr("The file does not exist."), where);
    if (QFileInfo(path).isDir()) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is a folder, not a file. Choose a CSV or Excel file."),
                         where);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The file cannot be read (%1). Check that it is not open in "
                                "another program and that you may read it.")
                             .arg(file.errorString()),
                         where);
    }
    const QByteArray head = file.read(128);
    if (head.startsWith("PK\x03\x04")) {
        // An OpenDocument file stores its type first, uncompressed.
        const bool ods = head.size() > 38 && head.mid(30, 8) == "mimetype" &&
                         head.mid(38).contains("opendocument.spreadsheet");
        const bool odsName = path.endsWith(QLatin1StringView(".ods"), Qt::CaseInsensitive);
        return std::pair{Signature::Zip, ods || odsName ? FileFormat::Ods : FileFormat::Xlsx};
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return std::pair{Signature::Ole, FileFormat::Xls};
    return std::pair{Signature::Text, FileFormat::Csv};
}

} // namespace

Result<std::unique_ptr<TableReader>> openTable(const QString& path, const TableOptions& options)
{
    auto kind = identify(path);
    if (!kind)
        return kind.error();
    switch (kind->first) {
    case Signature::Zip:
        return openOrcusWorkbook(path, kind->second, options);
    case Signature::Ole:
        return openXlsWorkbook(path, options);
    case Signature::Text:
        break;
    }
    auto csv = CsvReader::open(path, options);
    if (!csv)
        return csv.error();
    return std::unique_ptr<TableReader>(std::move(csv).value());
}

Result<QList<SheetInfo>> listSheets(const QString& path)
{
    auto kind = identify(path);
    if (!kind)
        return kind.error();
    switch (kind->first) {
    case Signature::Zip:
        return listOrcusSheets(path, kind->second);
    case Signature::Ole:
        return listXlsSheets(path);
    case Signature::Text:
        break;
    }
    return QList<SheetInfo>{};
}

QString formatName(FileFormat format)
{
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Xlsx:
        return QStringLiteral("xlsx");
    case FileFormat::Ods:
        return QStringLiteral("ods");
    case FileFormat::Xls:
        return QStringLiteral("xls");
    }
    return {};
}

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower().remove(QLatin1Char('_'));
    if (n == u"auto")
        return TextEncoding::Auto;
    if (n == u"utf-8" || n == u"utf8")
        return TextEncoding::Utf8;
    if (n == u"utf-16le" || n == u"utf16le" || n == u"utf-16" || n == u"utf16")
        return TextEncoding::Utf16LE;
    if (n == u"utf-16be" || n == u"utf16be")
        return TextEncoding::Utf16BE;
    // Latin-1 files are read as Windows-1252, as browsers do: the two agree except at
    // 0x80-0x9F, where Latin-1 has only invisible control codes.
    if (n == u"windows-1252" || n == u"cp1252" || n == u"1252" || n == u"latin1" ||
        n == u"latin-1" || n == u"iso-8859-1" || n == u"ansi")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return QStringLiteral("tab");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

std::optional<char> delimiterFromName(QStringView name)
{
    const QString n = name.toString().toLower();
    if (n == u"," || n == u"comma")
        return ',';
    if (n == u";" || n == u"semicolon")
        return ';';
    if (n == u"\t" || n == u"tab" || n == u"\\t")
        return '\t';
    if (n == u"|" || n == u"pipe" || n == u"bar")
        return '|';
    if (n == u"auto")
        return char(0);
    return std::nullopt;
}

} // namespace sharewise::table
