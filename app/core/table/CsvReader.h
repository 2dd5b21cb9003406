#pragma once

#include "table/TableReader.h"

#include <QFile>

#include <array>

namespace sharewise::table {

// A streaming RFC 4180 reader: quoted fields, doubled quotes, delimiters and line
// breaks inside quotes, CRLF / LF / CR line ends. Memory stays flat whatever the file
// size: it holds one read buffer and the rows the caller asks for. A quote in the
// middle of an unquoted field, or text after a closing quote, is kept as text (as
// Excel does) rather than refused.
//
// Encoding: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise UTF-8 when the
// first 64 KiB are valid UTF-8, else Windows-1252. A byte that is not UTF-8 later on
// is weighed against all that came before it: if everything so far was plain ASCII the
// file is Windows-1252 after all, and reading restarts (ReadStep::Restarted); if real
// UTF-8 was seen, the file is UTF-8 with a stray byte pasted in, and that byte alone is
// read as Windows-1252 and counted (SourceInfo::repairedBytes). Either way one stray
// byte deep in a large file neither fails the file nor garbles it. An encoding the user
// chose is held to: a byte it cannot decode is an error naming the line and column.
// Delimiter: `,` `;` tab or `|`, the one that splits the first records most
// consistently, or Excel's "sep=X" first line.
class CsvReader final : public TableReader
{
public:
    static Result<std::unique_ptr<CsvReader>> open(const QString& path,
                                                   const TableOptions& options);
    ~CsvReader() override;

    [[nodiscard]] const SourceInfo& info() const override { return m_info; }
    Result<ReadStep> read(RowBlock& block, qsizetype maxRows) override;
    Status rewind() override;
    [[nodiscard]] qint64 progress() const override;
    [[nodiscard]] qint64 total() const override { return m_info.fileSize; }

    // Caps that keep a damaged file from taking all memory.
    static constexpr qsizetype kMaxFieldBytes = 4 * 1024 * 1024;
    static constexpr qsizetype kMaxFields = 16384; // Excel's column limit

private:
    CsvReader() = default;
    Status sniff(const TableOptions& options);
    Result<bool> refill();
    void validateFrom(qsizetype pos, bool atEnd);
    Result<ReadStep> switchToWindows1252(qsizetype badOffset);
    Error badByte(qsizetype offset) const;
    Error at(qint64 line, qsizetype column, const QString& message) const;

    enum class State : quint8
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    };

    QString m_path;
    QFile m_file;
    SourceInfo m_info;
    bool m_encodingGuessed = false; // may still switch from UTF-8 to Windows-1252
    bool m_encodingChosen = false;  // by the user: no repairs, no switching
    qint64 m_dataStart = 0;         // raw offset after the byte-order mark and "sep=" line
    qint64 m_firstLine = 1;

    QByteArray m_raw;     // raw bytes read, plus an undecoded tail carried over
    QByteArray m_decoded; // UTF-8 (unused when the file is UTF-8: m_raw is parsed)
    const char* m_buf = nullptr;
    qsizetype m_len = 0;   // decoded bytes available in m_buf
    qsizetype m_pos = 0;   // parse position in m_buf
    qsizetype m_valid = 0; // UTF-8 mode: bytes of m_buf known valid; a bad byte at m_valid
    bool m_badByte = false;
    bool m_sawNonAscii = false; // valid multi-byte UTF-8 seen: the file is UTF-8
    qsizetype m_rawLen = 0;
    qsizetype m_carry = 0; // raw bytes at the end of m_raw not yet decoded
    std::array<bool, 256> m_special{};
    qint64 m_rawConsumed = 0;
    bool m_eof = false;

    State m_state = State::FieldStart;
    bool m_rowOpen = false;
    bool m_pendingCR = false;
    bool m_quotedCR = false;
    qint64 m_line = 1;
    qsizetype m_field = 0;
    qsizetype m_fieldStartText = 0;
    qint64 m_quoteLine = 0;
};

} // namespace sharewise::table
