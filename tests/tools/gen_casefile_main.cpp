// gen_casefile: a synthetic council case file (CSV) for tests and benchmarks.
//
// Shaped like a homelessness / children's services case-level return, 34 columns:
//   Case Ref, Forename, Surname, Date of Birth (dd/mm/yyyy), Sex, NHS Number (valid
//   modulus-11 check digit; a third written 3-3-4; one in ten in the 999 test range;
//   about 1 in 400 mistyped so the check fails, as typed data does), NI Number (valid
//   prefixes, a third written "AB 12 34 56 C"), UPN (valid check letter; children
//   only), UPRN, Address Line 1 (some "Flat 3, 12 High Street"), Address Line 2,
//   Town, Postcode (positional rules; a few without the space or in lower case, a few
//   "ZZ99 3VZ"), Phone (mobile and landline, several styles), Email (example.org/com/
//   net), Ethnicity (ONS groups, one holding commas), Disability, Religion,
//   LA Code, Referral Date (dd/mm/yyyy, ISO, dd-Mon-yyyy and Excel serial numbers
//   mixed in one column), Assessment Date (ISO), Duty Type, Reason for Loss of Home,
//   Accommodation at Application, Employment Status, Household Type, Children in
//   Household, Care Leaver (Yes/No), Offending History (Yes/No), Weekly Income (£)
//   ("1,234.56", some " 1,234.56 "), Rent Account Balance ("(1,234.56)" for arrears,
//   some with £), Outcome, Case Worker, Notes (free text, half empty; commas, doubled
//   quotes, line breaks, curly quotes, £, names, phone and NHS numbers).
// Names include Welsh and other non-ASCII letters (Siân, Llŷr, Zoë, Šimková, O’Neill).
// Every value is made up. About 380 bytes a record: 1 GiB is about 2.8 million rows.
//
//   gen_casefile [options] [-o FILE]          (default: 1000 rows to stdout)
//     --seed N               same seed and options, same bytes (default 1)
//     --rows N | --size S    N records, or records until the file holds S bytes
//                            (S like 1G, 100M, 64K; powers of 1024)
//     --encoding E           utf8 (default), utf8-bom, windows-1252, utf16le, utf16be
//                            (UTF-16 with a byte-order mark). Windows-1252 is written
//                            with our own table: £ é â are A3 E9 E2, ’ “ ” – Š are
//                            92 93 94 96 8A; what it lacks (ŵ ŷ Ł ś) becomes '?', as
//                            Excel's "CSV" export does.
//     --delimiter D          , (default) ; tab |
//     --crlf | --lf | --cr   line ends (default CRLF). Line breaks inside quoted
//                            fields are LF with --crlf and --lf (as Excel writes
//                            them), CR with --cr.
//     --title-rows N         N title and note rows above the header (the first alone,
//                            the others padded with empty fields to the full width)
//     --totals               a "Total" row after the last record (sums of children,
//                            income and balance)
//     --blank-rows           blank lines and padding rows (empty fields only) before
//                            about 1 record in 250
//     --ragged N             N records spread through the file with a field too few
//                            (Address Line 2 left out) or too many (an address with an
//                            unquoted delimiter), alternately
//     --trailing-empty-columns  three empty columns after Notes, header included
//     --duplicate-headers    Referral Date and Assessment Date both named "Date";
//                            Address Line 2 with an empty name
//     --ascii-only           every character ASCII (é → e, £ → GBP, ’ → ')
//     --bad-byte-at-row N    record N's forename is "Renée" with the é as the single
//                            byte E9 (Windows-1252): the file's only byte that is not
//                            UTF-8 (UTF-8 output only)
//     --manifest FILE        JSON of what was written: header line, record count,
//                            blank/padding/ragged/totals lines, the bad byte's offset,
//                            line and column, bytes and lines
//     -o FILE                output file; "-" or nothing for stdout
// A summary goes to stderr. Output is streamed through a 1 MiB buffer: memory stays
// flat whatever the size (1 GiB takes a few seconds).
// Layout options (blank rows, title rows, totals, trailing columns) do not change the
// records: the same seed gives the same records with or without them.
//
// Tests link the library (sharewise_casegen, tools/gen_casefile.h) and call
// casegen::writeFile() instead of running this program.
#include "tools/gen_casefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace sharewise;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gen_casefile"));
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a synthetic council case file (CSV). Every value is made up."));
    parser.addHelpOption();
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption rows(QStringLiteral("rows"), QStringLiteral("Records to write."),
                                  QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Write records until this many bytes (1G, 100M)."),
                                  QStringLiteral("BYTES"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QStringLiteral("utf8, utf8-bom, windows-1252, utf16le or utf16be."), QStringLiteral("E"),
        QStringLiteral("utf8"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       QStringLiteral("Field delimiter: , ; tab |"),
                                       QStringLiteral("D"), QStringLiteral(","));
    const QCommandLineOption crlf(QStringLiteral("crlf"),
                                  QStringLiteral("CRLF line ends (default)."));
    const QCommandLineOption lf(QStringLiteral("lf"), QStringLiteral("LF line ends."));
    const QCommandLineOption cr(QStringLiteral("cr"), QStringLiteral("CR line ends."));
    const QCommandLineOption titleRows(QStringLiteral("title-rows"),
                                       QStringLiteral("Title and note rows above the header."),
                                       QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption totals(QStringLiteral("totals"),
                                    QStringLiteral("A totals row at the end."));
    const QCommandLineOption blankRows(QStringLiteral("blank-rows"),
                                       QStringLiteral("Blank and padding rows sprinkled in."));
    const QCommandLineOption ragged(QStringLiteral("ragged"),
                                    QStringLiteral("Records with a field too few or too many."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption trailing(QStringLiteral("trailing-empty-columns"),
                                      QStringLiteral("Three empty columns after the last."));
    const QCommandLineOption duplicates(QStringLiteral("duplicate-headers"),
                                        QStringLiteral("Duplicate and empty header names."));
    const QCommandLineOption ascii(QStringLiteral("ascii-only"),
                                   QStringLiteral("Only ASCII characters."));
    const QCommandLineOption badByte(QStringLiteral("bad-byte-at-row"),
                                     QStringLiteral("Record N holds one Windows-1252 byte (E9)."),
                                     QStringLiteral("N"));
    const QCommandLineOption manifest(QStringLiteral("manifest"),
                                      QStringLiteral("Write a JSON description of the file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file (default stdout)."),
                                    QStringLiteral("FILE"), QStringLiteral("-"));
    parser.addOptions({seed, rows, size, encoding, delimiter, crlf, lf, cr, titleRows, totals,
                       blankRows, ragged, trailing, duplicates, ascii, badByte, manifest, output});
    parser.process(app);

    const auto usage = [&](const QString& message) {
        err << "gen_casefile: " << message << '\n';
        return 1;
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(
            QStringLiteral("unexpected argument %1").arg(parser.positionalArguments().first()));

    casegen::Options o;
    bool ok = false;
    o.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("--seed needs a whole number"));
    if (parser.isSet(rows) && parser.isSet(size))
        return usage(QStringLiteral("give --rows or --size, not both"));
    if (parser.isSet(rows)) {
        o.rows = parser.value(rows).toLongLong(&ok);
        if (!ok || o.rows < 0)
            return usage(QStringLiteral("--rows needs a whole number"));
    }
    if (parser.isSet(size)) {
        const std::optional<qint64> bytes = casegen::parseSize(parser.value(size));
        if (!bytes)
            return usage(QStringLiteral("--size needs a size such as 1G, 100M or 5000"));
        o.sizeBytes = *bytes;
    }
    const std::optional<casegen::Encoding> e = casegen::encodingFromName(parser.value(encoding));
    if (!e)
        return usage(QStringLiteral("unknown encoding %1").arg(parser.value(encoding)));
    o.encoding = *e;
    const QString d = parser.value(delimiter);
    if (d == u"," || d == u";" || d == u"|")
        o.delimiter = char(d.at(0).unicode());
    else if (d == u"tab" || d == u"\t" || d == u"\\t")
        o.delimiter = '\t';
    else
        return usage(QStringLiteral("the delimiter must be , ; tab or |"));
    if (int(parser.isSet(crlf)) + int(parser.isSet(lf)) + int(parser.isSet(cr)) > 1)
        return usage(QStringLiteral("give one of --crlf, --lf, --cr"));
    o.lineEnd = parser.isSet(lf)   ? casegen::LineEnd::Lf
                : parser.isSet(cr) ? casegen::LineEnd::Cr
                                   : casegen::LineEnd::CrLf;
    o.titleRows = parser.value(titleRows).toInt(&ok);
    if (!ok || o.titleRows < 0)
        return usage(QStringLiteral("--title-rows needs a whole number"));
    o.ragged = parser.value(ragged).toInt(&ok);
    if (!ok || o.ragged < 0)
        return usage(QStringLiteral("--ragged needs a whole number"));
    o.totals = parser.isSet(totals);
    o.blankRows = parser.isSet(blankRows);
    o.trailingEmptyColumns = parser.isSet(trailing);
    o.duplicateHeaders = parser.isSet(duplicates);
    o.asciiOnly = parser.isSet(ascii);
    if (parser.isSet(badByte)) {
        o.badByteAtRecord = parser.value(badByte).toLongLong(&ok);
        if (!ok || o.badByteAtRecord < 1)
            return usage(QStringLiteral("--bad-byte-at-row needs a record number from 1"));
    }

    QFile out;
    const QString path = parser.value(output);
    const bool toStdout = path == u"-";
    if (toStdout ? !out.open(stdout, QIODevice::WriteOnly)
                 : (out.setFileName(path), !out.open(QIODevice::WriteOnly | QIODevice::Truncate)))
        return usage(QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));

    casegen::Manifest m;
    QString error;
    if (!casegen::write(out, o, &m, &error) || !out.flush()) {
        err << "gen_casefile: " << (error.isEmpty() ? out.errorString() : error) << '\n';
        return 2;
    }
    out.close();
    if (parser.isSet(manifest)) {
        QFile f(parser.value(manifest));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QJsonDocument(casegen::toJson(m, o)).toJson()) < 0) {
            err << "gen_casefile: cannot write " << parser.value(manifest) << '\n';
            return 2;
        }
    }
    err << "gen_casefile: " << m.records << " records, " << m.bytes << " bytes, " << m.lines
        << " lines; header on line " << m.headerLine;
    if (!m.blankLines.isEmpty() || !m.paddingLines.isEmpty())
        err << "; " << m.blankLines.size() << " blank and " << m.paddingLines.size()
            << " padding rows";
    if (!m.ragged.isEmpty())
        err << "; " << m.ragged.size() << " ragged rows";
    if (m.totalsLine > 0)
        err << "; totals on line " << m.totalsLine;
    if (m.badByteOffset >= 0)
        err << "; byte E9 at offset " << m.badByteOffset << " (line " << m.badByteLine
            << ", record " << m.badByteRecord << ", column " << m.badByteColumn << ')';
    err << '\n';
    return 0;
}
