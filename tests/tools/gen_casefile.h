#pragma once

// Synthetic council case files for tests and benchmarks: the library behind the
// gen_casefile tool (tests/tools/gen_casefile_main.cpp). Tests link `sharewise_casegen`
// and call write() to make a file at test time; see gen_casefile_main.cpp for the
// options, what the data looks like and the guarantees (same seed, same file).
//
// Every value is made up. Identifiers have valid formats and check digits (NHS number
// modulus 11, NI number prefix rules, UPN check letter, postcode positional rules), so
// detection can be tested on realistic data without anyone's records.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace sharewise::casegen {

enum class Encoding
{
    Utf8,
    Utf8Bom,
    Windows1252, // characters Windows-1252 lacks (ŵ ŷ Ł ...) become '?', as Excel writes them
    Utf16LE,     // with a byte-order mark
    Utf16BE,     // with a byte-order mark
};

enum class LineEnd
{
    CrLf, // line breaks inside quoted fields are LF, as Excel writes them
    Lf,
    Cr, // line breaks inside quoted fields are CR too
};

struct Options
{
    quint64 seed = 1;
    qint64 rows = 1000;   // data records to write (ignored when sizeBytes > 0)
    qint64 sizeBytes = 0; // > 0: write records until the output holds at least this many
                          // bytes (the last record may pass it; the totals row is extra)
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
    LineEnd lineEnd = LineEnd::CrLf;
    int titleRows = 0;                 // title and note rows above the header
    bool totals = false;               // a "Total" row after the last record
    bool blankRows = false;            // blank lines and padding rows (empty fields) sprinkled in
    int ragged = 0;                    // records with one field too few or too many
    bool trailingEmptyColumns = false; // three empty columns after the last, header included
    bool duplicateHeaders = false;     // two columns named "Date", one with an empty name
    bool asciiOnly = false;            // every character ASCII (é → e, £ → GBP, ’ → ')
    qint64 badByteAtRecord = 0;        // > 0: that record's forename is "Ren\xE9e", a
                                       // Windows-1252 é: the one byte that is not UTF-8
                                       // (UTF-8 output only)
};

// A ragged record: where it is and how many fields it has. A short one leaves out
// Address Line 2 (and the trailing empty columns, if any); a long one has an address
// with an unquoted delimiter in it, which shifts every later field one to the right,
// and its last field is never empty. Either way the row differs from the header under
// the rule "fewer fields, or more non-empty fields, than the header".
struct RaggedRow
{
    qint64 line = 0;         // physical line where the row starts (1-based)
    qint64 record = 0;       // 1-based data record
    int fields = 0;          // fields on the row (the header has Manifest::fieldsPerRow)
    bool extraField = false; // true: one too many; false: one too few
};

// What was written, for tests to check a reader against. Line numbers are physical
// lines, 1-based, where a row starts; a line break inside a quoted field counts as
// one line. Records are the data rows only (not title, header, blank, padding or
// totals rows), 1-based.
struct Manifest
{
    QStringList columns;  // header names as written (the empty trailing ones included)
    int fieldsPerRow = 0; // fields on the header and on every regular row
    int titleRows = 0;
    qint64 headerLine = 0;
    qint64 records = 0;
    QList<qint64> blankLines;   // lines with nothing on them
    QList<qint64> paddingLines; // rows of empty fields only
    QList<RaggedRow> ragged;
    qint64 totalsLine = 0;     // 0: no totals row
    qint64 badByteOffset = -1; // byte offset in the file of the 0xE9, or -1
    qint64 badByteLine = 0;
    qint64 badByteRecord = 0;
    int badByteColumn = 0;         // 1-based field
    qint64 embeddedLineBreaks = 0; // line breaks inside quoted fields
    qint64 lines = 0;              // physical lines (the file ends with a line end)
    qint64 bytes = 0;
};

inline constexpr int kColumns = 34;

// Writes the file. False (with a reason in *error) on a bad option or a failed write.
bool write(QIODevice& out, const Options& options, Manifest* manifest = nullptr,
           QString* error = nullptr);
bool writeFile(const QString& path, const Options& options, Manifest* manifest = nullptr,
               QString* error = nullptr);

QJsonObject toJson(const Manifest& manifest, const Options& options);

QString encodingName(Encoding encoding); // "utf8", "utf8-bom", "windows-1252", "utf16le", "utf16be"
std::optional<Encoding> encodingFromName(QStringView name);

// "1G", "100M", "64k", "5000" (K, M, G are powers of 1024).
std::optional<qint64> parseSize(QStringView text);

// UTF-8 to Windows-1252, '?' for what it lacks (0x80–0x9F hold € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž
// ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, not the C1 controls Latin-1 has there).
QByteArray toWindows1252(QByteArrayView utf8);

} // namespace sharewise::casegen
