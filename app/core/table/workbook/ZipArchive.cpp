#include "table/workbook/ZipArchive.h"

#include "table/workbook/WorkbookSupport.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace sharewise::table::workbook {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookReader)
};

quint16 u16(const char* p)
{
    return quint16(quint8(p[0]) | (quint16(quint8(p[1])) << 8));
}

quint32 u32(const char* p)
{
    return quint32(u16(p)) | (quint32(u16(p + 2)) << 16);
}

constexpr qint64 kEocdSize = 22;
constexpr qint64 kMaxComment = 0xFFFF;
constexpr qint64 kCentralHeader = 46;
constexpr qint64 kLocalHeader = 30;
constexpr qint64 kMaxDirectoryBytes = qint64(64) << 20;
constexpr qint64 kReadChunk = qint64(256) << 10;

QString megabytes(qint64 bytes)
{
    return QString::number((bytes + (1 << 20) - 1) >> 20);
}

} // namespace

std::string ZipArchive::normalise(std::string_view name)
{
    std::string out(name);
    for (char& c : out) {
        if (c == '\\')
            c = '/';
        else if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    const size_t start = out.find_first_not_of('/');
    return start == std::string::npos ? std::string() : out.substr(start);
}

std::string ZipArchive::resolve(std::string_view baseDir, std::string_view target)
{
    std::string joined;
    if (!target.empty() && target.front() == '/')
        joined = std::string(target.substr(1));
    else
        joined = std::string(baseDir) + (baseDir.empty() || baseDir.back() == '/' ? "" : "/") +
                 std::string(target);
    std::vector<std::string_view> parts;
    std::string_view rest(joined);
    while (!rest.empty()) {
        const size_t slash = rest.find('/');
        const std::string_view part = rest.substr(0, slash);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    std::string out;
    for (const std::string_view p : parts) {
        if (!out.empty())
            out.push_back('/');
        out.append(p);
    }
    return out;
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const QString& path, FileFormat format)
{
    std::unique_ptr<ZipArchive> zip(new ZipArchive);
    zip->m_path = path;
    zip->m_format = format;
    zip->m_file = std::make_unique<QFile>(path);
    if (!zip->m_file->open(QIODevice::ReadOnly))
        return cannotOpen(path, zip->m_file->errorString());
    const qint64 size = zip->m_file->size();
    zip->m_fileSize = size;
    if (size < kEocdSize)
        return damagedWorkbook(path, format, Tr::tr("the file is too short to be a workbook"));

    // The end-of-central-directory record: in the last 22 + 65535 bytes.
    const qint64 tailSize = std::min(size, kEocdSize + kMaxComment);
    if (!zip->m_file->seek(size - tailSize))
        return cannotOpen(path, zip->m_file->errorString());
    const QByteArray tail = zip->m_file->read(tailSize);
    if (tail.size() != tailSize)
        return cannotOpen(path, zip->m_file->errorString());
    qsizetype eocd = -1;
    for (qsizetype at = tail.size() - kEocdSize; at >= 0; --at) {
        if (std::memcmp(tail.constData() + at, "PK\x05\x06", 4) == 0) {
            eocd = at;
            break;
        }
    }
    if (eocd < 0) {
        return damagedWorkbook(path, format,
                               Tr::tr("its table of contents is missing; the file may have "
                                      "been cut short"));
    }
    const char* e = tail.constData() + eocd;
    const quint16 count = u16(e + 10);
    const quint32 dirSize = u32(e + 12);
    const quint32 dirOffset = u32(e + 16);
    if (count == 0xFFFF || dirSize == 0xFFFFFFFFu || dirOffset == 0xFFFFFFFFu)
        return tooLarge(whereFile(path), Tr::tr("the file uses the ZIP64 extension"));
    if (qint64(dirOffset) + qint64(dirSize) > size || qint64(dirSize) > kMaxDirectoryBytes)
        return damagedWorkbook(path, format, Tr::tr("its table of contents is out of place"));
    if (qint64(count) > workbookLimits().maxZipEntries)
        return tooLarge(whereFile(path),
                        Tr::tr("it holds more than %1 files").arg(workbookLimits().maxZipEntries));

    if (!zip->m_file->seek(dirOffset))
        return cannotOpen(path, zip->m_file->errorString());
    const QByteArray dir = zip->m_file->read(dirSize);
    if (dir.size() != qsizetype(dirSize))
        return cannotOpen(path, zip->m_file->errorString());
    qsizetype at = 0;
    for (int i = 0; i < count; ++i) {
        if (at + kCentralHeader > dir.size() || std::memcmp(dir.constData() + at, "PK\x01\x02", 4))
            return damagedWorkbook(path, format, Tr::tr("its table of contents is damaged"));
        const char* h = dir.constData() + at;
        Entry entry;
        entry.flags = u16(h + 8);
        entry.method = u16(h + 10);
        entry.crc = u32(h + 16);
        entry.compressedSize = u32(h + 20);
        entry.size = u32(h + 24);
        const quint16 nameLength = u16(h + 28);
        const quint16 extraLength = u16(h + 30);
        const quint16 commentLength = u16(h + 32);
        entry.localOffset = u32(h + 42);
        const qsizetype next = at + kCentralHeader + nameLength + extraLength + commentLength;
        if (next > dir.size())
            return damagedWorkbook(path, format, Tr::tr("its table of contents is damaged"));
        const std::string name =
            normalise(std::string_view(h + kCentralHeader, size_t(nameLength)));
        if (entry.compressedSize == 0xFFFFFFFFu || entry.size == 0xFFFFFFFFu ||
            entry.localOffset == 0xFFFFFFFFu)
            return tooLarge(whereFile(path), Tr::tr("the file uses the ZIP64 extension"));
        if (!name.empty())
            zip->m_entries.emplace(name, entry); // the first of duplicated names wins
        at = next;
    }
    return zip;
}

bool ZipArchive::contains(std::string_view name) const
{
    return m_entries.count(normalise(name)) != 0;
}

qint64 ZipArchive::declaredSize(std::string_view name) const
{
    const auto it = m_entries.find(normalise(name));
    return it == m_entries.end() ? -1 : qint64(it->second.size);
}

Result<std::string> ZipArchive::read(std::string_view name) const
{
    const auto it = m_entries.find(normalise(name));
    if (it == m_entries.end()) {
        return damagedWorkbook(m_path, m_format,
                               Tr::tr("the part “%1” is missing")
                                   .arg(QString::fromUtf8(name.data(), qsizetype(name.size()))));
    }
    const Entry& entry = it->second;
    const QString partName = QString::fromUtf8(name.data(), qsizetype(name.size()));
    if (entry.flags & 1)
        return passwordProtected(m_path);
    if (qint64(entry.size) > workbookLimits().maxPartBytes) {
        return tooLarge(whereFile(m_path),
                        Tr::tr("its part “%1” expands to more than %2 MB")
                            .arg(partName, megabytes(workbookLimits().maxPartBytes)));
    }
    if (entry.method != 0 && entry.method != 8) {
        return damagedWorkbook(m_path, m_format,
                               Tr::tr("the part “%1” uses an unknown compression").arg(partName));
    }
    const Error damage =
        damagedWorkbook(m_path, m_format, Tr::tr("the part “%1” is damaged").arg(partName));
    char local[kLocalHeader];
    if (qint64(entry.localOffset) + kLocalHeader > m_fileSize ||
        !m_file->seek(qint64(entry.localOffset)) ||
        m_file->read(local, kLocalHeader) != kLocalHeader || std::memcmp(local, "PK\x03\x04", 4))
        return damage;
    const qint64 dataStart =
        qint64(entry.localOffset) + kLocalHeader + u16(local + 26) + u16(local + 28);
    if (dataStart + qint64(entry.compressedSize) > m_fileSize || !m_file->seek(dataStart))
        return damage;

    std::string out;
    out.reserve(size_t(entry.size) + kTailRoom); // the XML parser's padding, without a copy
    out.resize(size_t(entry.size));
    if (entry.method == 0) {
        if (entry.compressedSize != entry.size ||
            m_file->read(out.data(), qint64(entry.size)) != qint64(entry.size))
            return damage;
    } else {
        z_stream z{};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            return makeError(ErrorKind::Failure, Tr::tr("The decompressor could not start."),
                             whereFile(m_path));
        struct Ender
        {
            z_stream* z;
            ~Ender() { inflateEnd(z); }
        } ender{&z};
        std::string input;
        qint64 remaining = qint64(entry.compressedSize);
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(entry.size);
        for (;;) {
            if (z.avail_in == 0 && remaining > 0) {
                input.resize(size_t(std::min(remaining, kReadChunk)));
                const qint64 got = m_file->read(input.data(), qint64(input.size()));
                if (got != qint64(input.size()))
                    return damage;
                remaining -= got;
                z.next_in = reinterpret_cast<Bytef*>(input.data());
                z.avail_in = uInt(got);
            }
            const int status = inflate(&z, Z_NO_FLUSH);
            if (status == Z_STREAM_END)
                break;
            // Z_BUF_ERROR: no progress, so either more output than the declared size
            // or the data ended before the stream did. Anything else is damage too.
            if (status != Z_OK)
                return damage;
        }
        if (z.total_out != entry.size)
            return damage;
    }
    const uLong crc = crc32_z(0L, reinterpret_cast<const Bytef*>(out.data()), out.size());
    if (quint32(crc) != entry.crc)
        return damage;
    return out;
}

} // namespace sharewise::table::workbook
