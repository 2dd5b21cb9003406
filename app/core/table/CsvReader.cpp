#include "table/CsvReader.h"

#include "table/TextDecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define SHAREWISE_CSV_SSE2 1
#endif

namespace sharewise::table {
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};

constexpr qsizetype kChunk = 1 << 20;
constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr int kSniffRecords = 100;

QString hexByte(unsigned char b)
{
    return QStringLiteral("0x") + QString::number(b, 16).rightJustified(2, u'0').toUpper();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

bool startsWithCaseless(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != prefix[i])
            return false;
    }
    return true;
}

// The delimiter that splits the first records into the same number of fields most
// often. Title rows above a header have none, so records without any are ignored.
char sniffDelimiter(QByteArrayView text, bool complete)
{
    static constexpr char kCandidates[] = {',', ';', '\t', '|'};
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> current{};
    bool inQuotes = false;
    bool any = false;
    int records = 0;
    auto endRecord = [&] {
        if (any) {
            for (size_t c = 0; c < 4; ++c)
                counts[c].push_back(current[c]);
            ++records;
        }
        current.fill(0);
        any = false;
    };
    for (qsizetype i = 0; i < text.size() && records < kSniffRecords; ++i) {
        const char ch = text[i];
        if (ch == '"') {
            inQuotes = !inQuotes;
            any = true;
        } else if (!inQuotes && (ch == '\n' || ch == '\r')) {
            endRecord();
        } else if (!inQuotes) {
            for (size_t c = 0; c < 4; ++c)
                current[c] += ch == kCandidates[c];
            any = any || (ch != ' ');
        }
    }
    if (complete && !inQuotes)
        endRecord(); // the last record, when the sample is the whole file

    char best = ',';
    int bestAgree = 0;
    int bestFields = 0;
    for (size_t c = 0; c < 4; ++c) {
        // The most common non-zero count, and how many records agree on it.
        std::vector<int> nonZero;
        for (int n : counts[c])
            if (n > 0)
                nonZero.push_back(n);
        if (nonZero.empty())
            continue;
        std::sort(nonZero.begin(), nonZero.end());
        int agree = 0;
        int mode = 0;
        for (size_t i = 0; i < nonZero.size();) {
            size_t j = i;
            while (j < nonZero.size() && nonZero[j] == nonZero[i])
                ++j;
            if (int(j - i) > agree || (int(j - i) == agree && nonZero[i] > mode)) {
                agree = int(j - i);
                mode = nonZero[i];
            }
            i = j;
        }
        if (agree > bestAgree || (agree == bestAgree && mode > bestFields)) {
            best = kCandidates[c];
            bestAgree = agree;
            bestFields = mode;
        }
    }
    return best;
}

// The first delimiter, CR or LF from `p` on (`end` when there is none): sixteen bytes
// at a time while sixteen remain, then byte by byte. Nothing past `end` is read.
const char* findSpecial(const char* p, const char* end, char delimiter,
                        const std::array<bool, 256>& special)
{
#ifdef SHAREWISE_CSV_SSE2
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i lf = _mm_set1_epi8('\n');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, d), _mm_cmpeq_epi8(x, cr)),
                                         _mm_cmpeq_epi8(x, lf));
        const auto mask = static_cast<unsigned>(_mm_movemask_epi8(hit));
        if (mask != 0)
            return p + std::countr_zero(mask);
        p += 16;
    }
#else
    Q_UNUSED(delimiter);
#endif
    while (p < end && !special[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

} // namespace

CsvReader::~CsvReader() = default;

Error CsvReader::at(qint64 line, qsizetype column, const QString& message) const
{
    QString where = QDir::toNativeSeparators(m_path);
    if (line > 0 && column > 0)
        where = Tr::tr("%1, line %2, column %3").arg(where, number(line), number(column));
    else if (line > 0)
        where = Tr::tr("%1, line %2").arg(where, number(line));
    return makeError(ErrorKind::BadInput, message, where);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, const TableOptions& options)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_path = path;
    reader->m_file.setFileName(path);
    const QString where = QDir::toNativeSeparators(path);
    if (!reader->m_file.exists())
        return makeError(ErrorKind::BadInput, Tr::tr("The file does not exist."), where);
    if (!reader->m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The file cannot be read (%1). Check that it is not open in "
                                "another program and that you may read it.")
                             .arg(reader->m_file.errorString()),
                         where);
    }
    reader->m_info.format = FileFormat::Csv;
    reader->m_info.fileSize = reader->m_file.size();
    if (Status s = reader->sniff(options); !s)
        return s.error();
    if (Status s = reader->rewind(); !s)
        return s.error();
    return reader;
}

Status CsvReader::sniff(const TableOptions& options)
{
    const QString where = QDir::toNativeSeparators(m_path);
    const QString emptyMessage = Tr::tr(
        "The file is empty. Export it again from the system it came from, and choose the new "
        "file.");
    if (m_info.fileSize == 0)
        return makeError(ErrorKind::BadInput, emptyMessage, where);

    const QByteArray head = m_file.read(kSniffBytes);
    if (head.isEmpty() && m_info.fileSize > 0) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("The file cannot be read (%1).").arg(m_file.errorString()), where);
    }
    const bool whole = head.size() >= m_info.fileSize;

    // Byte-order marks.
    int bomLength = 0;
    TextEncoding bomEncoding = TextEncoding::Utf8;
    if (head.startsWith("\xEF\xBB\xBF")) {
        bomLength = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        bomLength = 2;
        bomEncoding = TextEncoding::Utf16LE;
    } else if (head.startsWith("\xFE\xFF")) {
        bomLength = 2;
        bomEncoding = TextEncoding::Utf16BE;
    }

    // UTF-16 without a mark: plain-text characters leave every other byte zero.
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < head.size(); ++i) {
        if (head[i] == 0)
            (i % 2 == 0 ? zeroEven : zeroOdd)++;
    }
    const qsizetype pairs = head.size() / 2;
    std::optional<TextEncoding> utf16Guess;
    if (bomLength == 0 && pairs >= 2) {
        if (zeroOdd * 10 >= pairs * 7 && zeroEven * 10 <= pairs)
            utf16Guess = TextEncoding::Utf16LE;
        else if (zeroEven * 10 >= pairs * 7 && zeroOdd * 10 <= pairs)
            utf16Guess = TextEncoding::Utf16BE;
    }

    TextEncoding encoding;
    QString reason;
    m_encodingGuessed = false;
    m_encodingChosen = options.encoding != TextEncoding::Auto;
    if (options.encoding != TextEncoding::Auto) {
        encoding = options.encoding;
        reason = Tr::tr("chosen by you");
    } else if (bomLength > 0) {
        encoding = bomEncoding;
        reason = Tr::tr("the file starts with a byte-order mark that says so");
    } else if (utf16Guess) {
        encoding = *utf16Guess;
        reason = Tr::tr("every other byte is zero, as in UTF-16 text");
    } else {
        bool incomplete = false;
        const qsizetype valid = validUtf8Prefix(head, whole, &incomplete);
        if (valid == head.size() || incomplete) {
            encoding = TextEncoding::Utf8;
            m_encodingGuessed = true;
            bool ascii = true;
            for (char c : head)
                ascii = ascii && static_cast<unsigned char>(c) < 0x80;
            reason = ascii ? Tr::tr("the start of the file is plain ASCII, which reads the same "
                                    "in every encoding")
                           : Tr::tr("the start of the file is valid UTF-8");
        } else {
            encoding = TextEncoding::Windows1252;
            const qint64 line = 1 + head.first(valid).count('\n');
            reason = Tr::tr("line %1 holds a byte (%2) that is not valid UTF-8; Excel on "
                            "Windows saves CSV files in Windows-1252")
                         .arg(number(line), hexByte(static_cast<unsigned char>(head[valid])));
        }
    }
    const bool utf16 = encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
    m_info.encoding = encoding;
    m_info.encodingDetected = options.encoding == TextEncoding::Auto;
    m_info.encodingReason = reason;
    m_info.hasByteOrderMark = bomLength > 0;
    // A mark that matches the encoding in use is not text.
    const int skip = bomLength > 0 && bomEncoding == encoding ? bomLength : 0;

    if (!utf16 && head.contains('\0')) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This is not a text file: it holds binary data, so it cannot be "
                                "a CSV file. Choose the CSV or Excel file you meant to share."),
                         where);
    }

    // Decode the sample to UTF-8 for the checks below.
    QByteArray text;
    const QByteArrayView body = QByteArrayView(head).sliced(skip);
    switch (encoding) {
    case TextEncoding::Windows1252:
        appendWindows1252AsUtf8(body, text);
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE:
        appendUtf16AsUtf8(body, encoding == TextEncoding::Utf16BE, whole, text);
        break;
    default:
        text = body.toByteArray();
        break;
    }

    qsizetype firstNonSpace = 0;
    while (firstNonSpace < text.size() &&
           (text[firstNonSpace] == ' ' || text[firstNonSpace] == '\t' ||
            text[firstNonSpace] == '\r' || text[firstNonSpace] == '\n'))
        ++firstNonSpace;
    if (firstNonSpace == text.size() && whole)
        return makeError(ErrorKind::BadInput, emptyMessage, where);
    const QByteArrayView start = QByteArrayView(text).sliced(firstNonSpace);
    for (const char* page : {"<!doctype html", "<html", "<head", "<body", "<table", "<!--"}) {
        if (startsWithCaseless(start, page)) {
            return makeError(
                ErrorKind::BadInput,
                Tr::tr("This file is a web page (HTML), not a CSV file, although its name may "
                       "end in .csv. This happens when a link saves the page instead of the "
                       "data: download the file again, or export it as CSV from the system it "
                       "came from."),
                where);
        }
    }
    if (startsWithCaseless(start, "<?xml")) {
        return makeError(ErrorKind::BadInput,
                         Tr::tr("This file holds XML (perhaps an Excel 2003 XML spreadsheet), "
                                "not CSV. Open it in Excel and save it as CSV or as an Excel "
                                "workbook (.xlsx)."),
                         where);
    }

    // Excel's "sep=;" first line names the delimiter.
    qsizetype sepLength = 0;
    char sepDelimiter = 0;
    if (text.size() >= 5 && text.startsWith("sep=") &&
        (text.size() == 5 || text[5] == '\r' || text[5] == '\n')) {
        sepDelimiter = text[4];
        sepLength = 5;
        if (sepLength < text.size() && text[sepLength] == '\r')
            ++sepLength;
        if (sepLength < text.size() && text[sepLength] == '\n')
            ++sepLength;
    }
    m_dataStart = skip + sepLength * (utf16 ? 2 : 1);
    m_firstLine = sepLength > 0 ? 2 : 1;

    if (options.delimiter != 0) {
        m_info.delimiter = options.delimiter;
        m_info.delimiterDetected = false;
    } else if (sepDelimiter != 0) {
        m_info.delimiter = sepDelimiter;
        m_info.delimiterDetected = true;
    } else {
        m_info.delimiter = sniffDelimiter(QByteArrayView(text).sliced(sepLength), whole);
        m_info.delimiterDetected = true;
    }
    const char d = m_info.delimiter;
    if (d == '"' || d == '\r' || d == '\n' || static_cast<unsigned char>(d) >= 0x80) {
        return makeError(ErrorKind::Usage,
                         Tr::tr("A quote, a line break or a non-ASCII character cannot be the "
                                "delimiter. Choose a comma, semicolon, tab or vertical bar."),
                         where);
    }
    m_special.fill(false);
    m_special[static_cast<unsigned char>(d)] = true;
    m_special['\r'] = true;
    m_special['\n'] = true;
    return {};
}

Status CsvReader::rewind()
{
    if (!m_file.seek(m_dataStart)) {
        return makeError(ErrorKind::Failure,
                         Tr::tr("The file cannot be read (%1).").arg(m_file.errorString()),
                         QDir::toNativeSeparators(m_path));
    }
    m_rawLen = 0;
    m_carry = 0;
    m_sawNonAscii = false;
    m_info.repairedBytes = 0;
    m_info.firstRepairedLine = 0;
    m_buf = nullptr;
    m_len = 0;
    m_pos = 0;
    m_valid = 0;
    m_badByte = false;
    m_eof = false;
    m_state = State::FieldStart;
    m_rowOpen = false;
    m_pendingCR = false;
    m_quotedCR = false;
    m_line = m_firstLine;
    m_field = 0;
    return {};
}

qint64 CsvReader::progress() const
{
    return m_file.pos();
}

Result<bool> CsvReader::refill()
{
    if (m_eof)
        return false;
    const qsizetype carry = m_carry;
    if (carry > 0)
        std::memmove(m_raw.data(), m_raw.constData() + m_rawLen - carry, size_t(carry));
    if (m_raw.size() < carry + kChunk)
        m_raw.resize(carry + kChunk);
    const qint64 n = m_file.read(m_raw.data() + carry, kChunk);
    if (n < 0) {
        return makeError(
            ErrorKind::Failure,
            Tr::tr("The file could not be read to the end (%1).").arg(m_file.errorString()),
            QDir::toNativeSeparators(m_path));
    }
    m_rawLen = carry + qsizetype(n);
    const bool atEnd = n == 0 || m_file.pos() >= m_info.fileSize;
    m_eof = atEnd;
    const QByteArrayView raw(m_raw.constData(), m_rawLen);
    m_pos = 0;
    m_badByte = false;
    m_carry = 0;
    switch (m_info.encoding) {
    case TextEncoding::Windows1252:
        m_decoded.resize(0);
        appendWindows1252AsUtf8(raw, m_decoded);
        m_buf = m_decoded.constData();
        m_len = m_valid = m_decoded.size();
        break;
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        m_decoded.resize(0);
        const qsizetype used =
            appendUtf16AsUtf8(raw, m_info.encoding == TextEncoding::Utf16BE, atEnd, m_decoded);
        m_carry = m_rawLen - used;
        m_buf = m_decoded.constData();
        m_len = m_valid = m_decoded.size();
        break;
    }
    default:
        m_buf = m_raw.constData();
        validateFrom(0, atEnd);
        break;
    }
    return m_rawLen > 0 || !atEnd;
}

// UTF-8 mode: how much of the raw buffer from `pos` on can be parsed as it is.
void CsvReader::validateFrom(qsizetype pos, bool atEnd)
{
    bool incomplete = false;
    bool nonAscii = false;
    const QByteArrayView rest(m_raw.constData() + pos, m_rawLen - pos);
    const qsizetype valid = pos + validUtf8Prefix(rest, atEnd, &incomplete, &nonAscii);
    m_sawNonAscii = m_sawNonAscii || nonAscii;
    m_carry = 0;
    m_badByte = false;
    if (incomplete) {
        m_carry = m_rawLen - valid;
        m_len = m_valid = valid;
    } else {
        m_len = m_rawLen;
        m_valid = valid;
        m_badByte = valid < m_rawLen;
    }
}

Result<ReadStep> CsvReader::switchToWindows1252(qsizetype badOffset)
{
    const auto byte = static_cast<unsigned char>(m_buf[badOffset]);
    m_info.encoding = TextEncoding::Windows1252;
    m_info.encodingReason = Tr::tr("line %1 holds a byte (%2) that is not valid UTF-8, so the "
                                   "whole file is read as Windows-1252, as Excel on Windows "
                                   "saves it")
                                .arg(number(m_line), hexByte(byte));
    m_encodingGuessed = false;
    if (Status s = rewind(); !s)
        return s.error();
    return ReadStep::Restarted;
}

Error CsvReader::badByte(qsizetype offset) const
{
    const auto byte = static_cast<unsigned char>(m_buf[offset]);
    return at(m_line, m_field + 1,
              Tr::tr("This field holds a byte (%1) that is not valid %2. If the file came from "
                     "Excel on Windows, choose the Windows-1252 encoding and open it again.")
                  .arg(hexByte(byte), encodingName(m_info.encoding).toUpper()));
}

Result<ReadStep> CsvReader::read(RowBlock& block, qsizetype maxRows)
{
    qsizetype rows = 0;
    const char delimiter = m_info.delimiter;
    ByteBuffer& text = block.text();
    const char* p = m_buf + m_pos;
    const char* end = m_buf + m_valid;

    auto tooLong = [&] {
        return at(m_quoteLine > 0 && m_state == State::Quoted ? m_quoteLine : m_line, m_field + 1,
                  Tr::tr("This field is longer than %1 MiB, so the file is most likely damaged: "
                         "a quote that opens a field and is never closed reads the rest of the "
                         "file into it. Check the file in a text editor, or export it again.")
                      .arg(kMaxFieldBytes / (1024 * 1024)));
    };
    auto endRow = [&](char c) {
        block.endField();
        m_rowOpen = false;
        m_state = State::FieldStart;
        ++m_line;
        m_pendingCR = c == '\r';
        ++rows;
    };

    for (;;) {
        if (p >= end) {
            m_pos = p - m_buf;
            if (m_badByte && m_pos >= m_valid) {
                if (m_encodingChosen)
                    return badByte(m_valid);
                if (m_encodingGuessed && !m_sawNonAscii)
                    return switchToWindows1252(m_valid);
                // UTF-8 with a stray byte: that byte alone is read as Windows-1252.
                const auto byte = static_cast<unsigned char>(m_buf[m_valid]);
                if (m_info.repairedBytes++ == 0) {
                    m_info.firstRepairedLine = m_line;
                    m_info.encodingReason =
                        Tr::tr("the file is UTF-8, but line %1 holds a byte (%2) that is not; "
                               "such bytes are read as Windows-1252")
                            .arg(number(m_line), hexByte(byte));
                }
                if (m_state == State::FieldStart) {
                    if (!m_rowOpen) {
                        m_pendingCR = false;
                        if (rows >= maxRows)
                            return ReadStep::Rows;
                        block.beginRow(m_line);
                        m_rowOpen = true;
                        m_field = 0;
                    }
                    m_fieldStartText = text.size();
                    m_state = State::Unquoted;
                } else if (m_state == State::QuoteInQuoted) {
                    m_state = State::Unquoted;
                }
                QByteArray repaired;
                appendWindows1252AsUtf8(QByteArrayView(m_buf + m_valid, 1), repaired);
                text.append(repaired);
                validateFrom(m_valid + 1, m_eof);
                p = m_buf + m_pos + 1;
                end = m_buf + m_valid;
                continue;
            }
            auto more = refill();
            if (!more)
                return more.error();
            p = m_buf + m_pos;
            end = m_buf + m_valid;
            if (!more.value()) {
                // End of the file.
                if (m_state == State::Quoted) {
                    return at(m_quoteLine, m_field + 1,
                              Tr::tr("A quote opens this field and is never closed, so the "
                                     "rest of the file would be read into it. Check the file "
                                     "in a text editor: add the closing quote, or export the "
                                     "file again."));
                }
                if (m_rowOpen)
                    endRow('\n');
                return rows > 0 ? ReadStep::Rows : ReadStep::End;
            }
            continue;
        }

        switch (m_state) {
        case State::FieldStart:
            if (!m_rowOpen) {
                if (m_pendingCR) {
                    m_pendingCR = false;
                    if (*p == '\n') {
                        ++p;
                        continue;
                    }
                }
                if (rows >= maxRows) {
                    m_pos = p - m_buf;
                    return ReadStep::Rows;
                }
                block.beginRow(m_line);
                m_rowOpen = true;
                m_field = 0;
            }
            m_fieldStartText = text.size();
            if (*p == '"') {
                m_quoteLine = m_line;
                m_quotedCR = false;
                m_state = State::Quoted;
                ++p;
                break;
            }
            m_state = State::Unquoted;
            [[fallthrough]]; // p < end: straight on with the field

        case State::Unquoted:
            // Unquoted fields one after another, for as long as the next one is not
            // quoted: the common case, without going round the state machine per field.
            // The field number and where its text starts are kept in locals here (the
            // text's byte writes would otherwise make the compiler reload them).
            {
                qsizetype field = m_field;
                qsizetype fieldStart = m_fieldStartText;
                for (;;) {
                    const char* s = p;
                    p = findSpecial(p, end, delimiter, m_special);
                    text.append(s, p - s);
                    if (text.size() - fieldStart > kMaxFieldBytes) {
                        m_field = field;
                        m_fieldStartText = fieldStart;
                        return tooLong();
                    }
                    if (p == end)
                        break;
                    const char c = *p++;
                    if (c != delimiter) {
                        endRow(c);
                        break;
                    }
                    block.endField();
                    if (++field >= kMaxFields) {
                        return at(m_line, 0,
                                  Tr::tr("This line has more than %1 fields, more than Excel "
                                         "can hold; the file is probably not a CSV file, or "
                                         "the delimiter is wrong.")
                                      .arg(number(kMaxFields)));
                    }
                    if (p == end || *p == '"') {
                        m_state = State::FieldStart;
                        break;
                    }
                    fieldStart = text.size(); // the next field, unquoted too
                }
                m_field = field;
                m_fieldStartText = fieldStart;
            }
            break;

        case State::Quoted: {
            const char* s = p;
            const auto* q = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
            const char* stop = q ? q : end;
            for (const char* c = s; c < stop; ++c) {
                if (*c == '\n') {
                    if (!m_quotedCR)
                        ++m_line;
                    m_quotedCR = false;
                } else if (*c == '\r') {
                    ++m_line;
                    m_quotedCR = true;
                } else {
                    m_quotedCR = false;
                }
            }
            text.append(s, stop - s);
            if (text.size() - m_fieldStartText > kMaxFieldBytes)
                return tooLong();
            p = stop;
            if (q) {
                ++p;
                m_state = State::QuoteInQuoted;
            }
            break;
        }

        case State::QuoteInQuoted: {
            const char c = *p;
            if (c == '"') {
                text.append('"');
                ++p;
                m_state = State::Quoted;
            } else if (c == delimiter) {
                ++p;
                block.endField();
                ++m_field;
                m_state = State::FieldStart;
            } else if (c == '\r' || c == '\n') {
                ++p;
                endRow(c);
            } else {
                m_state = State::Unquoted; // text after the closing quote is kept, as Excel does
            }
            break;
        }
        }
    }
}

} // namespace sharewise::table
