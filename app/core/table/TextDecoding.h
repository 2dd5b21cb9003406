#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sharewise::table {

// Byte-level text decoding for CSV files, into UTF-8. Qt guarantees only UTF and
// Latin-1 codecs, and Latin-1 differs from Windows-1252 at 0x80-0x9F (where Excel on
// Windows puts the euro sign, curly quotes and dashes), so Windows-1252 has its own
// table here.

// The Unicode code point of a Windows-1252 byte. The five bytes the code page leaves
// undefined (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 controls, as browsers do.
char16_t windows1252ToUnicode(unsigned char byte);

// Appends `in`, read as Windows-1252, to `out` as UTF-8.
void appendWindows1252AsUtf8(QByteArrayView in, QByteArray& out);

// Length of the longest prefix of `in` that is valid UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF). When `atEnd` is false, an incomplete sequence
// cut by the end of `in` is not included and sets *incomplete: the caller keeps those
// bytes for the next piece. Fast on ASCII.
// *nonAscii (when given) is set if the valid prefix holds any byte above 0x7F.
qsizetype validUtf8Prefix(QByteArrayView in, bool atEnd, bool* incomplete = nullptr,
                          bool* nonAscii = nullptr);

// Decodes UTF-16 code units from `in` (little or big endian) and appends UTF-8 to
// `out`. Returns how many bytes of `in` were used: an odd last byte or a high
// surrogate without its pair is left for the next call unless `atEnd`, where they
// become U+FFFD. Unpaired surrogates in the middle become U+FFFD too.
qsizetype appendUtf16AsUtf8(QByteArrayView in, bool bigEndian, bool atEnd, QByteArray& out);

} // namespace sharewise::table
