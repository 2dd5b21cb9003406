// DatasetReader: the header found below title rows, blank and padding rows skipped
// and counted, names made unique, ragged rows counted and passed on untouched, a
// totals row held back.
#include "TableTestUtil.h"

#include <QTest>

using namespace sharewise;
using namespace Qt::StringLiterals;
using namespace sharewise::table;
using tabletest::readAll;
using tabletest::writeFile;
constexpr auto openOk = [](const QString& path, const TableOptions& options = {}) {
    return tabletest::openOk<DatasetReader>(path, options);
};

class TestDatasetReader : public QObject
{
    Q_OBJECT

private slots:
    void headerBelowTitleRows();
    void blankAndPaddingRowsAreSkippedAndCounted();
    void trailingEmptyColumnsAreDropped();
    void emptyAndDuplicateNamesAreMadeUnique();
    void raggedRowsAreCountedAndNotAltered();
    void trailingEmptyFieldsAreNotRagged();
    void totalsRowAtTheEndIsHeldBack();
    void totalsLikeRowFollowedByDataIsData();
    void headerRowChosenByUser();
    void headerRowThatIsEmptyIsRefused();
    void allEmptyIsRefused();
    void encodingSwitchStartsAgain();
    void rewindGivesTheSameRows();
    void workbooksThroughOpenTable();
    void largeBlocksReadAsSmallOnes();
};

void TestDatasetReader::headerBelowTitleRows()
{
    QTemporaryDir dir;
    const QByteArray bytes = "Spending over \xC2\xA3"
                             "500 - April 2024\n"
                             "Published under the Open Government Licence\n"
                             ",,,\n"
                             "Date,Supplier,Amount,Ref\n"
                             "01/04/2024,Acme,\"1,234.56\",A1\n"
                             "02/04/2024,Bodlon,99.00,A2\n";
    auto reader = openOk(writeFile(dir, QStringLiteral("t.csv"), bytes));
    QVERIFY(reader);
    QCOMPARE(reader->info().headerLine, 4);
    QVERIFY(reader->info().headerDetected);
    QCOMPARE(reader->info().rowsAboveHeader, 2);
    QCOMPARE(reader->info().columns,
             (QStringList{u"Date"_s, u"Supplier"_s, u"Amount"_s, u"Ref"_s}));
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(rows->rows[0], (QStringList{u"01/04/2024"_s, u"Acme"_s, u"1,234.56"_s, u"A1"_s}));
    QCOMPARE(rows->lines, (QList<qint64>{5, 6}));
    QCOMPARE(reader->counts().dataRows, 2);
}

void TestDatasetReader::blankAndPaddingRowsAreSkippedAndCounted()
{
    QTemporaryDir dir;
    auto reader = openOk(
        writeFile(dir, QStringLiteral("b.csv"), "a,b,c\n1,2,3\n\n,,\n4,5,6\n  \n, ,\n7,8,9\n"));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows.size(), 3);
    QCOMPARE(reader->counts().blankRows, 2);
    QCOMPARE(reader->counts().paddingRows, 2);
    QCOMPARE(reader->counts().skippedRows(), 4);
    QCOMPARE(reader->counts().raggedRows(), 0);
}

void TestDatasetReader::trailingEmptyColumnsAreDropped()
{
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("e.csv"), "a,b,,,\n1,2,,,\n3,4,,,\n"));
    QVERIFY(reader);
    QCOMPARE(reader->info().columns, (QStringList{u"a"_s, u"b"_s}));
    QCOMPARE(reader->info().trailingEmptyColumns, 3);
    auto rows = readAll(*reader);
    QCOMPARE(rows->rows, (QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}));
    QCOMPARE(reader->counts().raggedRows(), 0);
}

void TestDatasetReader::emptyAndDuplicateNamesAreMadeUnique()
{
    QTemporaryDir dir;
    auto reader =
        openOk(writeFile(dir, QStringLiteral("n.csv"), " Name ,name,,Date,NAME\n1,2,3,4,5\n"));
    QVERIFY(reader);
    QCOMPARE(reader->info().columns,
             (QStringList{u"Name"_s, u"name (2)"_s, u"Column 3"_s, u"Date"_s, u"NAME (3)"_s}));
    const auto notes = reader->info().headerNotes;
    QCOMPARE(notes.size(), 3);
    QCOMPARE(notes[0].kind, HeaderNote::Kind::Duplicate);
    QCOMPARE(notes[0].column, 2);
    QCOMPARE(notes[1].kind, HeaderNote::Kind::Empty);
    QCOMPARE(notes[1].column, 3);
    QCOMPARE(notes[2].original, QStringLiteral("NAME"));
}

void TestDatasetReader::raggedRowsAreCountedAndNotAltered()
{
    QTemporaryDir dir;
    auto reader =
        openOk(writeFile(dir, QStringLiteral("r.csv"), "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n"));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows, (QList<QStringList>{{u"1"_s, u"2"_s, u"3"_s},
                                             {u"4"_s, u"5"_s},                 // not padded
                                             {u"6"_s, u"7"_s, u"8"_s, u"9"_s}, // not cut
                                             {u"10"_s, u"11"_s, u"12"_s}}));
    QCOMPARE(reader->counts().shortRows, 1);
    QCOMPARE(reader->counts().longRows, 1);
    QCOMPARE(reader->counts().raggedLines, (QList<qint64>{3, 4}));
}

void TestDatasetReader::trailingEmptyFieldsAreNotRagged()
{
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("t.csv"), "a,b\n1,2,,\n3,4,\n"));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QCOMPARE(rows->rows, (QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}));
    QCOMPARE(reader->counts().raggedRows(), 0);
}

void TestDatasetReader::totalsRowAtTheEndIsHeldBack()
{
    QTemporaryDir dir;
    auto reader = openOk(
        writeFile(dir, QStringLiteral("tot.csv"), "Area,Cases\nNorth,10\nSouth,12\nTotal,22\n\n"));
    QVERIFY(reader);
    auto rows = readAll(*reader);
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(reader->counts().totalsLine, std::optional<qint64>(4));
    QCOMPARE(reader->counts().dataRows, 2);
    QVERIFY(looksLikeTotalsLabel("Grand Total:"));
    QVERIFY(looksLikeTotalsLabel(" Cyfanswm "));
    QVERIFY(!looksLikeTotalsLabel("Totally Fun Ltd"));
}

void TestDatasetReader::totalsLikeRowFollowedByDataIsData()
{
    QTemporaryDir dir;
    auto reader =
        openOk(writeFile(dir, QStringLiteral("tot2.csv"), "Area,Cases\nTotal,22\nNorth,10\n"));
    QVERIFY(reader);
    auto rows = readAll(*reader, 1);
    QCOMPARE(rows->rows, (QList<QStringList>{{u"Total"_s, u"22"_s}, {u"North"_s, u"10"_s}}));
    QVERIFY(!reader->counts().totalsLine);
}

void TestDatasetReader::headerRowChosenByUser()
{
    QTemporaryDir dir;
    TableOptions options;
    options.headerRow = 2;
    auto reader = openOk(writeFile(dir, QStringLiteral("h.csv"), "x,y\nid,name\n1,Ann\n"), options);
    QVERIFY(reader);
    QVERIFY(!reader->info().headerDetected);
    QCOMPARE(reader->info().columns, (QStringList{u"id"_s, u"name"_s}));
    QCOMPARE(reader->firstRows().rowCount(), 3); // the rows shown for choosing
}

void TestDatasetReader::headerRowThatIsEmptyIsRefused()
{
    QTemporaryDir dir;
    TableOptions options;
    options.headerRow = 2;
    auto reader =
        DatasetReader::open(writeFile(dir, QStringLiteral("h.csv"), "a,b\n\n1,2\n"), options);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().kind, ErrorKind::Usage);
}

void TestDatasetReader::allEmptyIsRefused()
{
    QTemporaryDir dir;
    auto reader = DatasetReader::open(writeFile(dir, QStringLiteral("z.csv"), ",,,\n,,\n"));
    QVERIFY(!reader.ok());
    QVERIFY(reader.error().message.contains(QStringLiteral("no data")));
}

void TestDatasetReader::encodingSwitchStartsAgain()
{
    QByteArray data = "id,town\n";
    int row = 0;
    while (data.size() < 2 * 1024 * 1024)
        data += QByteArray::number(++row) + ",Town\n";
    data += "x,Caf\xE9\n";
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("deep.csv"), data));
    QVERIFY(reader);
    auto rows = readAll(*reader, 5000);
    QVERIFY(rows.ok());
    QCOMPARE(rows->restarts, 1);
    QCOMPARE(reader->info().source.encoding, TextEncoding::Windows1252);
    QCOMPARE(reader->counts().dataRows, row + 1); // counted once, not twice
    QCOMPARE(rows->rows.last().last(), QString::fromUtf8("Café"));
}

void TestDatasetReader::rewindGivesTheSameRows()
{
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("w.csv"), "Title\na,b\n1,2\n,\n3,4\n"));
    QVERIFY(reader);
    auto first = readAll(*reader);
    QVERIFY(reader->rewind().ok());
    QCOMPARE(reader->counts().dataRows, 0);
    auto second = readAll(*reader);
    QCOMPARE(first->rows, second->rows);
    QCOMPARE(reader->counts().paddingRows, 1);
}

void TestDatasetReader::workbooksThroughOpenTable()
{
    const QString folder = qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/table/workbook/"_s;
    // .xls: a merged title above a blank row and a short header; data rows wider.
    auto xls = DatasetReader::open(folder + u"types.xls"_s);
    QVERIFY2(xls.ok(), xls.ok() ? "" : qPrintable(xls.error().fullMessage()));
    QCOMPARE(xls.value()->info().source.format, FileFormat::Xls);
    QCOMPARE(xls.value()->info().headerLine, 3);
    QCOMPARE(xls.value()->info().columns.mid(0, 3),
             (QStringList{u"Name"_s, u"Date"_s, u"Amount"_s}));
    auto rows = readAll(*xls.value());
    QVERIFY(rows.ok());
    QCOMPARE(rows->rows.size(), 2);
    QCOMPARE(rows->rows[0][1], u"2024-03-01"_s); // a date cell, whatever its format
    // .xlsx and .ods: the format from the content; a sheet chosen by name.
    for (const QString& name : {u"types.xlsx"_s, u"types.ods"_s}) {
        auto book = DatasetReader::open(folder + name);
        QVERIFY2(book.ok(), qPrintable(name));
        QVERIFY(book.value()->info().source.sheets.size() >= 3);
        QVERIFY(!book.value()->info().columns.isEmpty());
        QVERIFY(readAll(*book.value()).ok());
    }
    TableOptions options;
    options.sheet = u"Other"_s;
    auto other = DatasetReader::open(folder + u"types.xls"_s, options);
    QVERIFY(other.ok());
    QCOMPARE(other.value()->info().source.sheet, u"Other"_s);
    // Refusals reach the caller with the file named.
    auto locked = DatasetReader::open(folder + u"encrypted.xlsx"_s);
    QVERIFY(!locked.ok());
    QVERIFY(locked.error().message.contains(u"password"_s));
}

QTEST_GUILESS_MAIN(TestDatasetReader)
// Large blocks are filtered where the source put them (no copy per row); every row
// that is skipped, held back or trimmed must come out exactly as it does through
// blocks of one row, which never take that path.
void TestDatasetReader::largeBlocksReadAsSmallOnes()
{
    QByteArray data = "Title\nid,name,amount\n";
    for (int i = 1; i <= 3000; ++i) {
        const QByteArray n = QByteArray::number(i);
        switch (i % 97) {
        case 5:
            data += "\n"; // blank
            break;
        case 11:
            data += ",,\n"; // padding
            break;
        case 17:
            data += n + ",trailing," + n + ",,\n"; // empty fields past the last column
            break;
        case 23:
            data += "Total,," + n + "\n"; // totals-like, followed by data
            break;
        case 29:
            data += n + ",short\n";
            break;
        case 31:
            data += n + ",long," + n + ",extra\n";
            break;
        case 37:
            data += ",\"quoted\nname\"," + n + "\n"; // first field blank, a line break inside
            break;
        default:
            data += n + ",name " + n + "," + n + ".5\n";
            break;
        }
    }
    data += "Total,,1234\n"; // held back: the last data row
    QTemporaryDir dir;
    auto reader = openOk(writeFile(dir, QStringLiteral("big.csv"), data));
    QVERIFY(reader);
    auto one = readAll(*reader, 1);
    QVERIFY(one.ok());
    const DatasetCounts counts = reader->counts();
    QVERIFY(counts.totalsLine.has_value());
    QVERIFY(counts.blankRows > 0 && counts.paddingRows > 0 && counts.shortRows > 0 &&
            counts.longRows > 0);
    for (const qsizetype blockRows : {qsizetype(1000), qsizetype(300), qsizetype(4096)}) {
        QVERIFY(reader->rewind().ok());
        auto big = readAll(*reader, blockRows);
        QVERIFY(big.ok());
        QCOMPARE(big->rows, one->rows);
        QCOMPARE(big->lines, one->lines);
        const DatasetCounts& c = reader->counts();
        QCOMPARE(c.dataRows, counts.dataRows);
        QCOMPARE(c.blankRows, counts.blankRows);
        QCOMPARE(c.paddingRows, counts.paddingRows);
        QCOMPARE(c.shortRows, counts.shortRows);
        QCOMPARE(c.longRows, counts.longRows);
        QCOMPARE(c.raggedLines, counts.raggedLines);
        QCOMPARE(c.totalsLine, counts.totalsLine);
    }
    // Trimmed rows lose only their empty fields past the last column.
    QVERIFY(one->rows.contains(QStringList{u"17"_s, u"trailing"_s, u"17"_s}));
}

#include "tst_datasetreader.moc"
