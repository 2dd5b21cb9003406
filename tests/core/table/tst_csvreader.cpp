// The streaming CSV reader: RFC 4180, line ends, chunk boundaries, delimiter and
// encoding detection, and precise refusals of what is not a CSV file.
#include "TableTestUtil.h"
#include "table/CsvReader.h"
#include "table/TextDecoding.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sharewise;
using namespace Qt::StringLiterals;
using namespace sharewise::table;
using tabletest::readAll;
using tabletest::writeFile;
constexpr auto openOk = [](const QString& path, const TableOptions& options = {}) {
    return tabletest::openOk<CsvReader>(path, options);
};

namespace {

// A whole-buffer reference parser (RFC 4180, lenient like the reader), for comparing
// against the streaming one on random input.
QList<QStringList> referenceParse(const QByteArray& data, char d)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray field;
    bool inQuotes = false, afterQuote = false, rowOpen = false;
    qsizetype i = 0;
    auto endField = [&] {
        row << QString::fromUtf8(field);
        field.clear();
    };
    while (i < data.size()) {
        const char c = data[i];
        rowOpen = true;
        if (inQuotes) {
            if (c == '"') {
                inQuotes = false;
                afterQuote = true;
            } else {
                field += c;
            }
            ++i;
            continue;
        }
        if (afterQuote && c == '"') {
            field += '"';
            inQuotes = true;
            afterQuote = false;
            ++i;
            continue;
        }
        afterQuote = false;
        if (c == '"' && field.isEmpty() &&
            (i == 0 || data[i - 1] == d || data[i - 1] == '\n' || data[i - 1] == '\r')) {
            inQuotes = true;
        } else if (c == d) {
            endField();
        } else if (c == '\n' || c == '\r') {
            endField();
            rows << row;
            row.clear();
            rowOpen = false;
            if (c == '\r' && i + 1 < data.size() && data[i + 1] == '\n')
                ++i;
        } else {
            field += c;
        }
        ++i;
    }
    if (rowOpen) {
        endField();
        rows << row;
    }
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void physicalLinesOfRows();
    void streamingMatchesReferenceAcrossChunkBoundaries();
    void smallBlocksGiveTheSameRows();
    void delimiterIsSniffed_data();
    void delimiterIsSniffed();
    void excelSepLine();
    void delimiterChosenByUser();
    void windows1252Table();
    void windows1252File();
    void utf8ByteOrderMark();
    void utf16WithByteOrderMark_data();
    void utf16WithByteOrderMark();
    void utf8Validation_data();
    void utf8Validation();
    void oneBadByteDeepInsideSwitchesToWindows1252();
    void strayByteInRealUtf8IsReadAloneAsWindows1252();
    void badByteInChosenUtf8IsAnErrorWithLineAndColumn();
    void refusals_data();
    void refusals();
    void unclosedQuoteNamesWhereItOpened();
    void overlongFieldIsRefused();
    void rewindReadsAgain();
};

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QStringList>>("expected");
    using L = QList<QStringList>;
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << L{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << L{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r") << L{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,2") << L{{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
    QTest::newRow("quoted delimiter") << QByteArray("a,\"b,c\"\n") << L{{u"a"_s, u"b,c"_s}};
    QTest::newRow("doubled quotes")
        << QByteArray("\"say \"\"hi\"\"\",x\n") << L{{u"say \"hi\""_s, u"x"_s}};
    QTest::newRow("newline in quotes")
        << QByteArray("\"line1\nline2\",x\n") << L{{u"line1\nline2"_s, u"x"_s}};
    QTest::newRow("CRLF in quotes") << QByteArray("\"a\r\nb\",x\r\n") << L{{u"a\r\nb"_s, u"x"_s}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << L{{u""_s, u""_s, u""_s}};
    QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << L{{u""_s, u"x"_s}};
    QTest::newRow("trailing delimiter at EOF") << QByteArray("a,") << L{{u"a"_s, u""_s}};
    QTest::newRow("blank line kept as a row")
        << QByteArray("a\n\nb\n") << L{{u"a"_s}, {u""_s}, {u"b"_s}};
    QTest::newRow("quote mid-field is text")
        << QByteArray("5\" disk,x\n") << L{{u"5\" disk"_s, u"x"_s}};
    QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << L{{u"ab"_s, u"c"_s}};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << L{{u" a "_s, u" b "_s}};
    QTest::newRow("Welsh UTF-8") << QByteArray("enw,tŷ\nDŵr,â\n")
                                 << L{{u"enw"_s, QString::fromUtf8("tŷ")},
                                      {QString::fromUtf8("Dŵr"), QString::fromUtf8("â")}};
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QStringList>, expected);
    QTemporaryDir dir;
    TableOptions options;
    options.delimiter = ',';
    auto reader = openOk(writeFile(dir, QStringLiteral("t.csv"), bytes), options);
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().fullMessage()));
    QCOMPARE(rows->rows, expected);
}

void TestCsvReader::physicalLinesOfRows()
{
    QTemporaryDir dir;
    const QByteArray bytes = "h1,h2\r\n\"two\r\nlines\",x\r\nnext,y\n\"a\rb\",z\rlast,w\n";
    auto reader = openOk(writeFile(dir, QStringLiteral("l.csv"), bytes));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->lines, (QList<qint64>{1, 2, 4, 5, 7}));
}

void TestCsvReader::streamingMatchesReferenceAcrossChunkBoundaries()
{
    // Random records with quotes, doubled quotes, delimiters and every line end,
    // several MiB so that each construct straddles the 1 MiB read boundary somewhere.
    QRandomGenerator rng(4180);
    QByteArray data;
    const char* pieces[] = {"abc",  "\"q,uo\"\"ted\"", "\"multi\r\nline\"", "", "12.5", "\"\"",
                            "x\"y", "\"cr\rin\"",      "\xC5\xB5"};
    while (data.size() < 3 * 1024 * 1024 + 777) {
        const int fields = 1 + int(rng.bounded(6));
        for (int f = 0; f < fields; ++f) {
            if (f)
                data += ',';
            data += pieces[rng.bounded(int(std::size(pieces)))];
        }
        const char* ends[] = {"\n", "\r\n", "\r"};
        data += ends[rng.bounded(3)];
    }
    QTemporaryDir dir;
    TableOptions options;
    options.delimiter = ',';
    options.encoding = TextEncoding::Utf8;
    auto reader = openOk(writeFile(dir, QStringLiteral("big.csv"), data), options);
    QVERIFY(reader);
    auto rows = readAll(*reader, 777);
    QVERIFY(rows.ok());
    const auto expected = referenceParse(data, ',');
    QCOMPARE(rows->rows.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QCOMPARE(rows->rows[i], expected[i]);
}

void TestCsvReader::smallBlocksGiveTheSameRows()
{
    QTemporaryDir dir;
    const QByteArray bytes = "a,b\r\n1,\"2\r\n3\"\r\n4,5\r\n6,7";
    const QString path = writeFile(dir, QStringLiteral("s.csv"), bytes);
    auto one = openOk(path);
    auto many = openOk(path);
    QVERIFY(one && many);
    auto a = readAll(*one, 1);
    auto b = readAll(*many, 100);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a->rows, b->rows);
    QCOMPARE(a->lines, b->lines);
    QCOMPARE(a->rows.size(), 4);
}

void TestCsvReader::delimiterIsSniffed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << ',';
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("name;amount;date\nAnn;1,5;01/02/2024\nBob;2,25;03/02/2024\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2,5|3\n4|5|6\n") << '|';
    QTest::newRow("title rows above")
        << QByteArray("Spending over 500\n\na;b;c\n1;2;3\n4;5;6\n") << ';';
    QTest::newRow("commas inside quotes do not count")
        << QByteArray("\"a,b,c\";d\n\"1,2,3\";4\n\"x,y\";5\n") << ';';
    QTest::newRow("single column") << QByteArray("name\nAnn\nBob\n") << ',';
}

void TestCsvReader::delimiterIsSniffed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("d.csv"), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->info().delimiter, delimiter);
    QVERIFY(reader->info().delimiterDetected);
}

void TestCsvReader::excelSepLine()
{
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("sep.csv"), "sep=;\r\na;b\r\n1,5;2\r\n"));
    QVERIFY(reader);
    QCOMPARE(reader->info().delimiter, ';');
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows, (QList<QStringList>{{u"a"_s, u"b"_s}, {u"1,5"_s, u"2"_s}}));
    QCOMPARE(rows->lines.first(), 2);
}

void TestCsvReader::delimiterChosenByUser()
{
    QTemporaryDir dir;
    TableOptions options;
    options.delimiter = '|';
    auto reader = openOk(writeFile(dir, QStringLiteral("u.csv"), "a,b|c\n"), options);
    QVERIFY(reader);
    QVERIFY(!reader->info().delimiterDetected);
    auto rows = readAll(*reader);
    QCOMPARE(rows->rows, (QList<QStringList>{{u"a,b"_s, u"c"_s}}));
}

void TestCsvReader::windows1252Table()
{
    // Where Windows-1252 differs from Latin-1, and where it agrees.
    QCOMPARE(int(windows1252ToUnicode(0x80)), 0x20AC); // €
    QCOMPARE(int(windows1252ToUnicode(0x92)), 0x2019); // ’
    QCOMPARE(int(windows1252ToUnicode(0x93)), 0x201C); // “
    QCOMPARE(int(windows1252ToUnicode(0x96)), 0x2013); // –
    QCOMPARE(int(windows1252ToUnicode(0x9F)), 0x0178); // Ÿ
    QCOMPARE(int(windows1252ToUnicode(0x81)), 0x0081); // undefined: C1 control
    QCOMPARE(int(windows1252ToUnicode(0xA3)), 0x00A3); // £
    QCOMPARE(int(windows1252ToUnicode(0xE9)), 0x00E9); // é
    QCOMPARE(int(windows1252ToUnicode(0x41)), 0x41);
    QByteArray out;
    appendWindows1252AsUtf8("\x80\xA3\x92", out);
    QCOMPARE(QString::fromUtf8(out), QString::fromUtf8("€£’"));
}

void TestCsvReader::windows1252File()
{
    QTemporaryDir dir;
    const QByteArray bytes =
        "name,amount,note\nRen\xE9\x65,\xA3\x31\x30,\x93quoted\x94 \x96 it\x92s\n";
    auto reader = openOk(writeFile(dir, QStringLiteral("w.csv"), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->info().encoding, TextEncoding::Windows1252);
    QVERIFY(reader->info().encodingDetected);
    QVERIFY(reader->info().encodingReason.contains(QStringLiteral("0xE9")));
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows[1], (QStringList{QString::fromUtf8("Renée"), QString::fromUtf8("£10"),
                                         QString::fromUtf8("“quoted” – it’s")}));
}

void TestCsvReader::utf8ByteOrderMark()
{
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("b.csv"), "\xEF\xBB\xBFid,enw\n1,Siân\n"));
    QVERIFY(reader);
    QCOMPARE(reader->info().encoding, TextEncoding::Utf8);
    QVERIFY(reader->info().hasByteOrderMark);
    auto rows = readAll(*reader);
    QCOMPARE(rows->rows[0].first(), QStringLiteral("id")); // the mark is not part of the name
    QCOMPARE(rows->rows[1][1], QString::fromUtf8("Siân"));
}

void TestCsvReader::utf16WithByteOrderMark_data()
{
    QTest::addColumn<bool>("bigEndian");
    QTest::addColumn<bool>("withMark");
    QTest::newRow("LE with mark") << false << true;
    QTest::newRow("BE with mark") << true << true;
    QTest::newRow("LE without mark") << false << false;
}

void TestCsvReader::utf16WithByteOrderMark()
{
    QFETCH(bool, bigEndian);
    QFETCH(bool, withMark);
    const QString text = QString::fromUtf8("id;enw;nodyn\r\n1;Dŵr;\"a;b\"\r\n2;😀;x\r\n");
    QByteArray bytes;
    if (withMark)
        bytes += bigEndian ? "\xFE\xFF" : "\xFF\xFE";
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (bigEndian) {
            bytes += char(u >> 8);
            bytes += char(u & 0xFF);
        } else {
            bytes += char(u & 0xFF);
            bytes += char(u >> 8);
        }
    }
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("u16.csv"), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->info().encoding, bigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE);
    QCOMPARE(reader->info().delimiter, ';');
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows, (QList<QStringList>{{u"id"_s, u"enw"_s, u"nodyn"_s},
                                             {u"1"_s, QString::fromUtf8("Dŵr"), u"a;b"_s},
                                             {u"2"_s, QString::fromUtf8("😀"), u"x"_s}}));
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("validPrefix");
    QTest::newRow("ascii") << QByteArray("hello, world 123") << 16;
    QTest::newRow("two-byte") << QByteArray("\xC5\xB5x") << 3;
    QTest::newRow("emoji") << QByteArray("a\xF0\x9F\x98\x80") << 5;
    QTest::newRow("overlong slash") << QByteArray("ab\xC0\xAF") << 2;
    QTest::newRow("overlong three-byte") << QByteArray("\xE0\x80\xAF") << 0;
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << 1;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0;
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
    QTest::newRow("latin-1 e acute") << QByteArray("caf\xE9 ok") << 3;
    QTest::newRow("truncated at end") << QByteArray("ok\xE2\x82") << 2;
    // Long ASCII runs (read sixteen bytes at a time) ending exactly at the end, or
    // with other bytes inside and after them.
    QTest::newRow("ascii, 32 bytes") << QByteArray(32, 'a') << 32;
    QTest::newRow("ascii, 48 bytes") << QByteArray(48, 'a') << 48;
    QTest::newRow("16 ascii then bad") << QByteArray(QByteArray(16, 'a') + "\xC0") << 16;
    QTest::newRow("20 ascii then two-byte") << QByteArray(QByteArray(20, 'a') + "\xC5\xB5") << 22;
    QTest::newRow("two-byte inside 32 ascii")
        << QByteArray(QByteArray(13, 'a') + "\xC5\xB5" + QByteArray(17, 'b')) << 32;
    QTest::newRow("bad byte inside 32 ascii")
        << QByteArray(QByteArray(13, 'a') + "\xFF" + QByteArray(18, 'b')) << 13;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, validPrefix);
    QCOMPARE(int(validUtf8Prefix(bytes, true)), validPrefix);
    // Cut mid-sequence without being the end: the tail is held back, not refused.
    bool incomplete = false;
    QCOMPARE(validUtf8Prefix(QByteArrayView("ok\xE2\x82"), false, &incomplete), 2);
    QVERIFY(incomplete);
}

void TestCsvReader::oneBadByteDeepInsideSwitchesToWindows1252()
{
    // 3 MiB of ASCII, then one Windows-1252 é far past the sampled start.
    QByteArray data = "id,name,town\n";
    int row = 0;
    while (data.size() < 3 * 1024 * 1024) {
        ++row;
        data += QByteArray::number(row) + ",Person " + QByteArray::number(row) + ",Town\n";
    }
    data += "999999,Ren\xE9\x65,Caerdydd\n";
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("deep.csv"), data));
    QVERIFY(reader);
    QCOMPARE(reader->info().encoding, TextEncoding::Utf8); // the first guess
    auto rows = readAll(*reader, 10000);
    QVERIFY(rows.ok());
    QCOMPARE(rows->restarts, 1);
    QCOMPARE(reader->info().encoding, TextEncoding::Windows1252);
    QVERIFY(reader->info().encodingReason.contains(QLocale().toString(row + 2)));
    QCOMPARE(rows->rows.size(), row + 2);
    QCOMPARE(rows->rows.last()[1], QString::fromUtf8("Renée"));
    // Nothing became a replacement character.
    for (const QStringList& r : rows->rows)
        for (const QString& f : r)
            QVERIFY(!f.contains(QChar(0xFFFD)));
}

void TestCsvReader::strayByteInRealUtf8IsReadAloneAsWindows1252()
{
    // Real UTF-8 (Welsh names) from the start, then one pasted Windows-1252 byte deep
    // inside: the file stays UTF-8 and only that byte is read as Windows-1252.
    QByteArray data = "id,name,town\n";
    int row = 0;
    while (data.size() < 3 * 1024 * 1024) {
        ++row;
        data += QByteArray::number(row) + ",Si\xC3\xA2n Llŷr,Caerdydd\n";
    }
    const int badLine = row + 2;
    data += "x,Ren\xE9\x65,\"Bala\xE9\"\n\xE9\n";
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("mixed.csv"), data));
    QVERIFY(reader);
    auto rows = readAll(*reader, 10000);
    QVERIFY(rows.ok());
    QCOMPARE(rows->restarts, 0);
    QCOMPARE(reader->info().encoding, TextEncoding::Utf8);
    QCOMPARE(reader->info().repairedBytes, 3);
    QCOMPARE(reader->info().firstRepairedLine, badLine);
    QVERIFY(reader->info().encodingReason.contains(QLocale().toString(badLine)));
    QCOMPARE(rows->rows[1][1], QString::fromUtf8("Siân Llŷr"));
    QCOMPARE(rows->rows[rows->rows.size() - 2],
             (QStringList{u"x"_s, QString::fromUtf8("Renée"), QString::fromUtf8("Balaé")}));
    QCOMPARE(rows->rows.last(), QStringList{QString::fromUtf8("é")});
}

void TestCsvReader::badByteInChosenUtf8IsAnErrorWithLineAndColumn()
{
    QTemporaryDir dir;
    TableOptions options;
    options.encoding = TextEncoding::Utf8;
    auto reader =
        openOk(writeFile(dir, QStringLiteral("bad.csv"), "a,b,c\n1,2,3\n4,x\xE9y,6\n"), options);
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().kind, ErrorKind::BadInput);
    QVERIFY2(rows.error().where.endsWith(QStringLiteral("line 3, column 2")),
             qPrintable(rows.error().where));
    QVERIFY(rows.error().message.contains(QStringLiteral("0xE9")));
    QVERIFY(rows.error().message.contains(QStringLiteral("Windows-1252")));
}

void TestCsvReader::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QByteArray(" \r\n\n  ") << QStringLiteral("empty");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                            << QStringLiteral("binary");
    QTest::newRow("web page") << QByteArray("\n  <!DOCTYPE html>\n<html><body>Not found</body>")
                              << QStringLiteral("web page");
    QTest::newRow("html without doctype")
        << QByteArray("<HTML><head></head></HTML>") << QStringLiteral("web page");
    QTest::newRow("xml") << QByteArray("<?xml version=\"1.0\"?><Workbook/>")
                         << QStringLiteral("XML");
}

void TestCsvReader::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.csv"), bytes);
    auto reader = CsvReader::open(path, {});
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().kind, ErrorKind::BadInput);
    QVERIFY2(reader.error().message.contains(says), qPrintable(reader.error().message));
    QVERIFY(reader.error().where.endsWith(QStringLiteral("bad.csv")));
    // openTable gives the same answer.
    QVERIFY(!openTable(path).ok());
}

void TestCsvReader::unclosedQuoteNamesWhereItOpened()
{
    QTemporaryDir dir;
    auto reader = openOk(
        writeFile(dir, QStringLiteral("q.csv"), "a,b,c\n1,2,3\n4,\"unclosed,6\n7,8,9\n10,11,12\n"));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY(!rows.ok());
    QVERIFY2(rows.error().where.endsWith(QStringLiteral("line 3, column 2")),
             qPrintable(rows.error().where));
    QVERIFY(rows.error().message.contains(QStringLiteral("never closed")));
}

void TestCsvReader::overlongFieldIsRefused()
{
    QTemporaryDir dir;
    QByteArray data = "a,b\n1,\"";
    data += QByteArray(CsvReader::kMaxFieldBytes + 10, 'x');
    auto reader = openOk(writeFile(dir, QStringLiteral("long.csv"), data));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY(!rows.ok());
    QVERIFY(rows.error().where.endsWith(QStringLiteral("line 2, column 2")));
    QVERIFY(rows.error().message.contains(QStringLiteral("MiB")));
}

void TestCsvReader::rewindReadsAgain()
{
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("r.csv"), "\xEF\xBB\xBFsep=,\na,b\n1,2\n"));
    QVERIFY(reader);
    auto first = readAll(*reader);
    QVERIFY(reader->rewind().ok());
    auto second = readAll(*reader);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(first->rows, second->rows);
    QCOMPARE(first->rows.size(), 2);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
