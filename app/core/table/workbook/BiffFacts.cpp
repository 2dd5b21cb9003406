#include "table/workbook/BiffFacts.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <vector>

namespace sharewise::table::workbook {
namespace {

constexpr quint32 kEndOfChain = 0xFFFFFFFEu;
constexpr quint32 kMaxRegularSector = 0xFFFFFFFAu;
constexpr qint64 kMaxFileBytes = qint64(512) << 20;

quint16 u16(const QByteArray& b, qint64 at)
{
    return quint16(quint8(b[at]) | (quint16(quint8(b[at + 1])) << 8));
}

quint32 u32(const QByteArray& b, qint64 at)
{
    return quint32(u16(b, at)) | (quint32(u16(b, at + 2)) << 16);
}

// A version 3 or 4 compound file held in memory, every access bounds-checked.
class CompoundFile
{
public:
    bool open(QByteArray bytes)
    {
        m_bytes = std::move(bytes);
        if (m_bytes.size() < 512 ||
            std::memcmp(m_bytes.constData(), "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) != 0)
            return false;
        const quint16 shift = u16(m_bytes, 30);
        const quint16 miniShift = u16(m_bytes, 32);
        if ((shift != 9 && shift != 12) || miniShift != 6)
            return false;
        m_sector = qint64(1) << shift;
        m_sectorCount = (m_bytes.size() - m_sector + m_sector - 1) / m_sector;
        if (m_sectorCount <= 0)
            return false;
        const quint32 fatSectors = u32(m_bytes, 44);
        m_miniCutoff = u32(m_bytes, 56);

        // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
        std::vector<quint32> fatIds;
        for (int i = 0; i < 109 && fatIds.size() < fatSectors; ++i)
            fatIds.push_back(u32(m_bytes, 76 + 4 * i));
        quint32 difat = u32(m_bytes, 68);
        const qint64 perDifat = m_sector / 4 - 1;
        for (qint64 guard = 0; fatIds.size() < fatSectors && difat <= kMaxRegularSector; ++guard) {
            if (guard > m_sectorCount || !inFile(difat))
                return false;
            const qint64 base = offset(difat);
            for (qint64 i = 0; i < perDifat && fatIds.size() < fatSectors; ++i) {
                if (qint64(fatIds.size()) > m_sectorCount)
                    return false;
                fatIds.push_back(u32(m_bytes, base + 4 * i));
            }
            difat = u32(m_bytes, base + 4 * perDifat);
        }
        if (qint64(fatIds.size()) > m_sectorCount)
            return false;
        m_fat.reserve(fatIds.size() * size_t(m_sector / 4));
        for (const quint32 id : fatIds) {
            if (!inFile(id))
                return false;
            const qint64 base = offset(id);
            for (qint64 i = 0; i < m_sector / 4; ++i)
                m_fat.push_back(u32(m_bytes, base + 4 * i));
        }
        // The directory, and the mini stream (the root entry's data) with its FAT.
        if (!chain(u32(m_bytes, 48), -1, m_directory))
            return false;
        if (m_directory.size() < 128)
            return false;
        const quint32 rootStart = u32(m_directory, 116);
        const quint32 rootSize = u32(m_directory, 120);
        if (rootStart <= kMaxRegularSector && !chain(rootStart, rootSize, m_miniStream))
            return false;
        QByteArray miniFat;
        const quint32 miniFatStart = u32(m_bytes, 60);
        if (miniFatStart <= kMaxRegularSector && !chain(miniFatStart, -1, miniFat))
            return false;
        for (qint64 i = 0; i + 4 <= miniFat.size(); i += 4)
            m_miniFat.push_back(u32(miniFat, i));
        return true;
    }

    [[nodiscard]] bool directoryIsSound() const
    {
        for (qint64 at = 0; at + 128 <= m_directory.size(); at += 128) {
            const quint16 nameBytes = u16(m_directory, at + 64);
            const auto type = quint8(m_directory[at + 66]);
            if (type > 5 || nameBytes > 64 || nameBytes % 2 != 0)
                return false;
            if (type != 0 && (nameBytes < 2 || u16(m_directory, at + nameBytes - 2) != 0))
                return false;
            if (u32(m_directory, at + 124) != 0)
                return false; // a stream of 4 GB or more
            // Every stream must hold the size it declares (FreeXL copies that much).
            QByteArray data;
            const quint32 start = u32(m_directory, at + 116);
            const quint32 size = u32(m_directory, at + 120);
            if (type == 2 && size > 0 &&
                !(size < m_miniCutoff ? miniChain(start, size, data) : chain(start, size, data)))
                return false;
        }
        return true;
    }

    // The stream of that name (in the root storage or below), or false.
    bool stream(const char16_t* name, QByteArray& out) const
    {
        const QString wanted = QString::fromUtf16(name);
        for (qint64 at = 0; at + 128 <= m_directory.size(); at += 128) {
            const quint16 nameBytes = u16(m_directory, at + 64);
            const auto type = quint8(m_directory[at + 66]);
            if (type != 2 || nameBytes < 2 || nameBytes > 64)
                continue;
            const QString entryName = QString::fromUtf16(
                reinterpret_cast<const char16_t*>(m_directory.constData() + at), nameBytes / 2 - 1);
            if (entryName.compare(wanted, Qt::CaseInsensitive) != 0)
                continue;
            const quint32 start = u32(m_directory, at + 116);
            const quint32 size = u32(m_directory, at + 120);
            if (size < m_miniCutoff)
                return miniChain(start, size, out);
            return chain(start, size, out);
        }
        return false;
    }

private:
    [[nodiscard]] qint64 offset(quint32 sector) const { return (qint64(sector) + 1) * m_sector; }
    [[nodiscard]] bool inFile(quint32 sector) const
    {
        return sector <= kMaxRegularSector && offset(sector) + m_sector <= m_bytes.size();
    }

    // Follows a FAT chain; size -1: the whole chain.
    bool chain(quint32 start, qint64 size, QByteArray& out) const
    {
        out.clear();
        quint32 s = start;
        for (qint64 guard = 0; s != kEndOfChain; ++guard) {
            if (guard > m_sectorCount || !inFile(s) || s >= m_fat.size())
                return false;
            out.append(m_bytes.constData() + offset(s), m_sector);
            if (size >= 0 && out.size() >= size)
                break;
            s = m_fat[s];
        }
        if (size >= 0) {
            if (out.size() < size)
                return false;
            out.truncate(size);
        }
        return true;
    }

    bool miniChain(quint32 start, qint64 size, QByteArray& out) const
    {
        out.clear();
        quint32 s = start;
        const qint64 count = m_miniStream.size() / 64;
        for (qint64 guard = 0; out.size() < size; ++guard) {
            if (guard > count || s >= m_miniFat.size() || qint64(s) >= count)
                return false;
            out.append(m_miniStream.constData() + qint64(s) * 64, 64);
            s = m_miniFat[s];
        }
        out.truncate(size);
        return true;
    }

    QByteArray m_bytes;
    qint64 m_sector = 512;
    qint64 m_sectorCount = 0;
    quint32 m_miniCutoff = 4096;
    std::vector<quint32> m_fat;
    std::vector<quint32> m_miniFat;
    QByteArray m_directory;
    QByteArray m_miniStream;
};

QByteArray errorText(quint8 code)
{
    switch (code) {
    case 0x00:
        return "#NULL!";
    case 0x07:
        return "#DIV/0!";
    case 0x0F:
        return "#VALUE!";
    case 0x17:
        return "#REF!";
    case 0x1D:
        return "#NAME?";
    case 0x24:
        return "#NUM!";
    case 0x2A:
        return "#N/A";
    case 0x2B:
        return "#GETTING_DATA";
    default:
        return "#ERROR!";
    }
}

// ShortXLUnicodeString at `at` inside a record of `end`.
bool shortString(const QByteArray& b, qint64 at, qint64 end, QString& out)
{
    if (at + 2 > end)
        return false;
    const int count = quint8(b[at]);
    const bool wide = quint8(b[at + 1]) & 1;
    at += 2;
    if (at + qint64(count) * (wide ? 2 : 1) > end)
        return false;
    if (wide) {
        QString s;
        for (int i = 0; i < count; ++i)
            s.append(QChar(u16(b, at + 2 * i)));
        out = s;
    } else {
        out = QString::fromLatin1(b.constData() + at, count);
    }
    return true;
}

// Whether a string of `count` characters starting with its flags byte at `at` fits
// before `end` (strings in these records never continue into a CONTINUE record).
bool stringFits(const QByteArray& w, qint64 at, qint64 end, qint64 count)
{
    if (at + 1 > end)
        return false;
    const bool wide = quint8(w[at]) & 1;
    return at + 1 + count * (wide ? 2 : 1) <= end;
}

// The shared string table (SST, then its CONTINUE records) holds the strings it
// counts: each string's characters may run on into the next record, which then starts
// with a new flags byte.
bool sstFits(const QByteArray& w, qint64 sst)
{
    struct Segment
    {
        qint64 begin, end;
    };
    std::vector<Segment> segments;
    const qint64 sstEnd = sst + 4 + u16(w, sst + 2);
    if (sstEnd - (sst + 4) < 8)
        return false;
    const quint32 unique = u32(w, sst + 8);
    segments.push_back({sst + 12, sstEnd});
    for (qint64 at = sstEnd; at + 4 <= w.size() && u16(w, at) == 0x003C;) {
        const qint64 end = at + 4 + u16(w, at + 2);
        segments.push_back({at + 4, end});
        at = end;
    }
    size_t seg = 0;
    qint64 pos = segments[0].begin;
    // Takes n bytes that may span records (no flags byte between them).
    auto take = [&](qint64 n) {
        while (n > 0) {
            if (pos >= segments[seg].end) {
                if (++seg >= segments.size())
                    return false;
                pos = segments[seg].begin;
                continue;
            }
            const qint64 step = std::min(n, segments[seg].end - pos);
            pos += step;
            n -= step;
        }
        return true;
    };
    auto byteAt = [&](quint8& out) {
        if (pos >= segments[seg].end) {
            if (++seg >= segments.size())
                return false;
            pos = segments[seg].begin;
            if (pos >= segments[seg].end)
                return false;
        }
        out = quint8(w[pos++]);
        return true;
    };
    for (quint32 i = 0; i < unique; ++i) {
        quint8 lo = 0, hi = 0, flags = 0;
        if (!byteAt(lo) || !byteAt(hi) || !byteAt(flags))
            return false;
        qint64 chars = lo | (hi << 8);
        bool wide = flags & 0x01;
        qint64 extra = 0;
        if (flags & 0x08) { // rich text: run count
            quint8 a = 0, b = 0;
            if (!byteAt(a) || !byteAt(b))
                return false;
            extra += 4 * qint64(a | (b << 8));
        }
        if (flags & 0x04) { // phonetic block: its size
            quint8 b[4];
            for (quint8& x : b) {
                if (!byteAt(x))
                    return false;
            }
            extra +=
                qint64(b[0]) | (qint64(b[1]) << 8) | (qint64(b[2]) << 16) | (qint64(b[3]) << 24);
        }
        while (chars > 0) {
            const qint64 size = wide ? 2 : 1;
            const qint64 fit = (segments[seg].end - pos) / size;
            if (fit <= 0) {
                if (++seg >= segments.size())
                    return false;
                pos = segments[seg].begin;
                if (pos >= segments[seg].end)
                    return false;
                wide = quint8(w[pos++]) & 1; // characters go on after a new flags byte
                continue;
            }
            const qint64 n = std::min(chars, fit);
            pos += n * size;
            chars -= n;
        }
        if (!take(extra))
            return false;
    }
    return true;
}

// The strings FreeXL copies out of records, each checked against its record.
bool recordsSound(const QByteArray& w)
{
    bool encrypted = false; // after FILEPASS record data is encrypted: lengths only
    for (qint64 at = 0; at + 4 <= w.size();) {
        const quint16 type = u16(w, at);
        const quint16 length = u16(w, at + 2);
        const qint64 data = at + 4;
        const qint64 end = data + length;
        if (length > 8224 || end > w.size())
            return false;
        bool ok = true;
        if (type == 0x002F)
            encrypted = true;
        switch (encrypted ? 0 : type) {
        case 0x0085: // BOUNDSHEET: name with a one-byte count
            ok = length >= 8 && stringFits(w, data + 7, end, quint8(w[data + 6]));
            break;
        case 0x0031: // FONT
            ok = length >= 16 && stringFits(w, data + 15, end, quint8(w[data + 14]));
            break;
        case 0x041E: // FORMAT
            ok = length >= 5 && stringFits(w, data + 4, end, u16(w, data + 2));
            break;
        case 0x0204: // LABEL
        case 0x00D6: // RSTRING
            ok = length >= 9 && stringFits(w, data + 8, end, u16(w, data + 6));
            break;
        case 0x0207: // STRING (a formula's text)
            ok = length >= 3 && stringFits(w, data + 2, end, u16(w, data));
            break;
        case 0x00FC: // SST
            ok = sstFits(w, at);
            break;
        default:
            break;
        }
        if (!ok)
            return false;
        at = end;
    }
    return true;
}

} // namespace

bool compoundFileIsSound(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return false;
    CompoundFile cfb;
    if (!cfb.open(file.readAll()) || !cfb.directoryIsSound())
        return false;
    // The workbook stream's records: each at most 8224 bytes and inside the stream.
    QByteArray w;
    if (!cfb.stream(u"Workbook", w) && !cfb.stream(u"Book", w))
        return true; // FreeXL says what is missing
    return recordsSound(w);
}

std::optional<BiffFacts> readBiffFacts(const QString& path, const QString& sheetName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return std::nullopt;
    CompoundFile cfb;
    if (!cfb.open(file.readAll()))
        return std::nullopt;
    QByteArray w;
    if (!cfb.stream(u"Workbook", w))
        return std::nullopt;

    // Globals: BOF (BIFF8, workbook), the sheets, EOF.
    BiffFacts facts;
    std::vector<quint32> offsets;
    qint64 at = 0;
    bool first = true;
    while (at + 4 <= w.size()) {
        const quint16 type = u16(w, at);
        const quint16 length = u16(w, at + 2);
        const qint64 data = at + 4;
        const qint64 end = data + length;
        if (end > w.size())
            return std::nullopt;
        if (first) {
            if (type != 0x0809 || length < 4 || u16(w, data) != 0x0600 ||
                u16(w, data + 2) != 0x0005)
                return std::nullopt;
            first = false;
        } else if (type == 0x002F) {
            return std::nullopt; // FILEPASS: the rest is encrypted
        } else if (type == 0x0085 && length >= 8) {
            BiffFacts::Sheet sheet;
            if (!shortString(w, data + 6, end, sheet.name))
                return std::nullopt;
            sheet.hidden = (quint8(w[data + 4]) & 3) != 0;
            sheet.worksheet = quint8(w[data + 5]) == 0;
            facts.sheets.append(sheet);
            offsets.push_back(u32(w, data));
        } else if (type == 0x000A) {
            break;
        }
        at = end;
    }
    if (sheetName.isEmpty())
        return facts;

    qsizetype index = -1;
    for (qsizetype i = 0; i < facts.sheets.size(); ++i) {
        if (facts.sheets.at(i).name == sheetName) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return facts;

    // The sheet's substream: from its BOF to the matching EOF (charts inside it have
    // their own BOF/EOF pairs).
    at = offsets[size_t(index)];
    int depth = 0;
    while (at + 4 <= w.size()) {
        const quint16 type = u16(w, at);
        const quint16 length = u16(w, at + 2);
        const qint64 data = at + 4;
        const qint64 end = data + length;
        if (end > w.size())
            return std::nullopt;
        if (type == 0x0809) {
            ++depth;
        } else if (type == 0x000A) {
            if (--depth <= 0)
                break;
        } else if (depth == 1 && type == 0x00E5 && length >= 2) {
            const quint16 count = u16(w, data);
            for (qint64 i = 0; i < count && data + 2 + 8 * (i + 1) <= end; ++i) {
                const qint64 r = data + 2 + 8 * i;
                if (facts.merged.size() < 100'000) {
                    facts.merged.append(MergedRange{qint64(u16(w, r)) + 1, int(u16(w, r + 4)) + 1,
                                                    qint64(u16(w, r + 2)) + 1,
                                                    int(u16(w, r + 6)) + 1});
                }
            }
        } else if (depth == 1 && type == 0x0205 && length >= 8) {
            const quint8 value = quint8(w[data + 6]);
            const bool isError = quint8(w[data + 7]) != 0;
            BiffFacts::Value v;
            v.kind = isError ? CellKind::Error : CellKind::Boolean;
            v.text = isError ? errorText(value) : QByteArray(value ? "TRUE" : "FALSE");
            facts.values[BiffFacts::key(u16(w, data), u16(w, data + 2))] = v;
        } else if (depth == 1 && type == 0x0006 && length >= 14 && u16(w, data + 12) == 0xFFFF) {
            // A formula's cached boolean or error.
            const quint8 kind = quint8(w[data + 6]);
            if (kind == 1 || kind == 2) {
                const quint8 value = quint8(w[data + 8]);
                BiffFacts::Value v;
                v.kind = kind == 2 ? CellKind::Error : CellKind::Boolean;
                v.text = kind == 2 ? errorText(value) : QByteArray(value ? "TRUE" : "FALSE");
                facts.values[BiffFacts::key(u16(w, data), u16(w, data + 2))] = v;
            }
        }
        at = end;
    }
    return facts;
}

} // namespace sharewise::table::workbook
