#pragma once

#include "common/Error.h"
#include "table/TableReader.h"

#include <QFile>
#include <QString>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace sharewise::table::workbook {

// The files ("parts") inside an .xlsx or .ods: a ZIP central directory read with every
// size checked against the file and the limits before anything is allocated, and
// parts inflated with zlib (stored or deflated only; no ZIP64, no encrypted entries).
// A part that inflates to more than it declared, or fails its CRC, is damage.
class ZipArchive
{
public:
    static Result<std::unique_ptr<ZipArchive>> open(const QString& path, FileFormat format);

    // Part names compare without case and without a leading '/', as OPC wants.
    [[nodiscard]] bool contains(std::string_view name) const;
    // The uncompressed size the directory declares, or -1.
    [[nodiscard]] qint64 declaredSize(std::string_view name) const;
    // The part's bytes, with kTailRoom bytes of spare capacity after them.
    Result<std::string> read(std::string_view name) const;
    static constexpr size_t kTailRoom = 64;

    // "xl/worksheets/../sharedStrings.xml" relative to "xl/" → "xl/sharedStrings.xml";
    // "/xl/styles.xml" is absolute.
    static std::string resolve(std::string_view baseDir, std::string_view target);

private:
    struct Entry
    {
        quint64 localOffset = 0;
        quint64 compressedSize = 0;
        quint64 size = 0;
        quint32 crc = 0;
        quint16 method = 0;
        quint16 flags = 0;
    };

    ZipArchive() = default;
    static std::string normalise(std::string_view name);

    QString m_path;
    FileFormat m_format = FileFormat::Xlsx;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileSize = 0;
    std::unordered_map<std::string, Entry> m_entries;
};

} // namespace sharewise::table::workbook
