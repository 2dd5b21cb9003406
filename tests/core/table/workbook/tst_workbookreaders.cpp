// The workbook readers (.xlsx, .ods, .xls) through their public functions and through
// openTable(). Fixtures: tests/data/table/workbook, written by make_fixtures.py there.

#include "table/TableReader.h"
#include "table/WorkbookReaders.h"
#include "table/workbook/WorkbookSupport.h"

#include <QTest>

using namespace sharewise;
using namespace sharewise::table;
using workbook::DateStyle;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("SHAREWISE_TEST_DATA") + QStringLiteral("/table/workbook/") + name;
}

QString kindName(CellKind k)
{
    switch (k) {
    case CellKind::Text:
        return QStringLiteral("T");
    case CellKind::Empty:
        return QStringLiteral("_");
    case CellKind::Number:
        return QStringLiteral("N");
    case CellKind::Boolean:
        return QStringLiteral("B");
    case CellKind::Date:
        return QStringLiteral("D");
    case CellKind::DateTime:
        return QStringLiteral("DT");
    case CellKind::Error:
        return QStringLiteral("E");
    }
    return {};
}

struct Sheet
{
    QList<qint64> lines;
    QList<QStringList> rows; // each field as "kind:text"
    QString error;

    [[nodiscard]] QStringList rowAt(qint64 line) const
    {
        const qsizetype i = lines.indexOf(line);
        return i < 0 ? QStringList{QStringLiteral("<no row %1>").arg(line)} : rows.at(i);
    }
};

Sheet readAll(TableReader& reader, qsizetype blockRows = 3)
{
    Sheet out;
    RowBlock block;
    for (int guard = 0; guard < 1'000'000; ++guard) {
        block.clear();
        Result<ReadStep> step = reader.read(block, blockRows);
        if (!step) {
            out.error = step.error().fullMessage();
            return out;
        }
        if (step.value() == ReadStep::End)
            return out;
        if (step.value() == ReadStep::Restarted) {
            out = Sheet{};
            continue;
        }
        if (block.rowCount() == 0 || block.rowCount() > blockRows)
            out.error = QStringLiteral("a block of %1 rows").arg(block.rowCount());
        for (qsizetype r = 0; r < block.rowCount(); ++r) {
            QStringList fields;
            for (qsizetype c = 0; c < block.fieldCount(r); ++c) {
                fields << kindName(block.kind(r, c)) + QLatin1Char(':') +
                              QString::fromUtf8(block.field(r, c));
            }
            out.rows << fields;
            out.lines << block.sourceLine(r);
        }
    }
    out.error = QStringLiteral("the reader never ended");
    return out;
}

QStringList fields(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* f : list)
        out << QString::fromUtf8(f);
    return out;
}

std::unique_ptr<TableReader> mustOpen(Result<std::unique_ptr<TableReader>> r)
{
    if (!r) {
        qWarning("%s", qPrintable(r.error().fullMessage()));
        return nullptr;
    }
    return std::move(r).value();
}

Result<std::unique_ptr<TableReader>> openXlsx(const QString& name, const QString& sheet = {})
{
    TableOptions options;
    options.sheet = sheet;
    return openOrcusWorkbook(fixture(name), FileFormat::Xlsx, options);
}

} // namespace

class TstWorkbookReaders : public QObject
{
    Q_OBJECT

private slots:
    // --- .xlsx ---------------------------------------------------------------------
    void xlsxEveryKindOfCell()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("types.xlsx")));
        QVERIFY(reader);
        const Sheet s = readAll(*reader);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));

        // Every row from 1 in order, blank ones included; the 2490 empty rows before
        // row 2500 are more than the blank-run bound, so skipped.
        QCOMPARE(s.lines, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 2500}));
        QCOMPARE(s.rowAt(1), fields({"T:Referrals received – Cyngor Sir ŵ ŷ"}));
        QCOMPARE(s.rowAt(2), QStringList());
        QCOMPARE(s.rowAt(3), fields({"T:Name", "T:Date of referral", "T:Reviewed at", "T:Amount",
                                     "T:Urgent", "T:Check", "T:Total", "T:Note", "T:Note"}));
        QCOMPARE(s.rowAt(4),
                 fields({"T:Dafydd ap Gwilym", "D:2024-03-01", "DT:2024-03-01T13:45:00", "N:1234.5",
                         "B:TRUE", "E:#REF!", "N:2469", "T:Llanfair ŵ 😀", "T:rich inline"}));
        // Missing cells inside a row are empty fields; formula results keep their type;
        // the row ends at its last non-empty cell (a styled empty cell, a formula
        // without a cached value and an empty string do not count).
        QCOMPARE(s.rowAt(5), fields({"T:Siân Ŵyn 😀", "_:", "N:-0.25", "_:", "T:ab", "B:FALSE",
                                     "E:#DIV/0!", "E:#N/A"}));
        QCOMPARE(s.rowAt(6), QStringList());
        // Numbers: shortest round trip. Formats: a custom date with a locale tag, a
        // built-in time (20) on day 0, a quoted "Day" (not a date), colours (not a
        // date), built-in 22, elapsed hours [h]:mm, #,##0.00 (not a date).
        QCOMPARE(s.rowAt(7), fields({"N:1e+20", "N:0.1", "D:1900-01-01", "DT:1899-12-31T18:00:00",
                                     "N:3.14159", "N:-12.5", "DT:1900-03-01T12:00:00",
                                     "DT:1900-01-01T12:00:00", "N:1000000"}));
        // _x000D_ undone, entities decoded, spaces kept; serial 60 is Excel's 29
        // February 1900 (no real date: the number), 59 is 28 February, 0 is day 0.
        QCOMPARE(s.rowAt(8), fields({"T:Line one\r\nline two", "T:<tag> & “quotes”", "T:  spaced  ",
                                     "N:60", "D:1900-02-28", "D:1899-12-31"}));
        QCOMPARE(s.rowAt(2500), fields({"_:", "N:42"}));

        QCOMPARE(reader->progress(), 2500);
        QCOMPARE(reader->total(), 2500);
    }

    void xlsxSourceInfo()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("types.xlsx")));
        QVERIFY(reader);
        const SourceInfo& info = reader->info();
        QCOMPARE(info.format, FileFormat::Xlsx);
        QCOMPARE(info.fileSize, QFileInfo(fixture(QStringLiteral("types.xlsx"))).size());
        // The chart sheet holds no cells and is not listed; the first visible sheet
        // (after a hidden one) is read.
        QCOMPARE(info.sheets.size(), 4);
        QCOMPARE(info.sheets.at(0).name, QStringLiteral("Notes"));
        QVERIFY(info.sheets.at(0).hidden);
        QCOMPARE(info.sheets.at(1).name, QStringLiteral("Referrals"));
        QVERIFY(!info.sheets.at(1).hidden);
        QCOMPARE(info.sheets.at(2).name, QStringLiteral("Other ŵ"));
        QVERIFY(!info.sheets.at(2).hidden);
        QCOMPARE(info.sheets.at(3).name, QStringLiteral("Secret"));
        QVERIFY(info.sheets.at(3).hidden); // veryHidden
        QCOMPARE(info.sheet, QStringLiteral("Referrals"));
        QCOMPARE(info.merged.size(), 2);
        QCOMPARE(info.merged.at(0).firstRow, 1);
        QCOMPARE(info.merged.at(0).firstColumn, 1);
        QCOMPARE(info.merged.at(0).lastRow, 1);
        QCOMPARE(info.merged.at(0).lastColumn, 4);
        QCOMPARE(info.merged.at(1).firstRow, 3);
        QCOMPARE(info.merged.at(1).firstColumn, 8);
        QCOMPARE(info.merged.at(1).lastColumn, 9);

        Result<QList<SheetInfo>> listed =
            listOrcusSheets(fixture(QStringLiteral("types.xlsx")), FileFormat::Xlsx);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 4);
        QCOMPARE(listed->at(2).name, QStringLiteral("Other ŵ"));
        QVERIFY(listed->at(3).hidden);
    }

    void xlsxSheetByName()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("types.xlsx"), QStringLiteral("Other ŵ")));
        QVERIFY(reader);
        QCOMPARE(reader->info().sheet, QStringLiteral("Other ŵ"));
        Sheet s = readAll(*reader);
        QCOMPARE(s.lines, (QList<qint64>{1, 2}));
        QCOMPARE(s.rowAt(2), fields({"_:", "T:other"}));

        // Other capitals, and a hidden sheet asked for by name.
        reader = mustOpen(openXlsx(QStringLiteral("types.xlsx"), QStringLiteral("OTHER Ŵ")));
        QVERIFY(reader);
        QCOMPARE(reader->info().sheet, QStringLiteral("Other ŵ"));
        reader = mustOpen(openXlsx(QStringLiteral("types.xlsx"), QStringLiteral("Notes")));
        QVERIFY(reader);
        s = readAll(*reader);
        QCOMPARE(s.rows, QList<QStringList>{fields({"T:hidden notes"})});
    }

    void xlsxMissingSheet()
    {
        Result<std::unique_ptr<TableReader>> r =
            openXlsx(QStringLiteral("types.xlsx"), QStringLiteral("Referals"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().code, QStringLiteral("workbook.no_such_sheet"));
        QCOMPARE(r.error().where, QStringLiteral("types.xlsx"));
        QVERIFY2(r.error().message.contains(QStringLiteral("“Referals”")),
                 qPrintable(r.error().message));
        for (const char* name : {"“Notes”", "“Referrals”", "“Other ŵ”", "“Secret”"})
            QVERIFY2(r.error().message.contains(QString::fromUtf8(name)), name);
    }

    void xlsxDate1904()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("date1904.xlsx")));
        QVERIFY(reader);
        const Sheet s = readAll(*reader);
        QCOMPARE(s.rows, QList<QStringList>{
                             fields({"D:1904-01-01", "D:2024-03-01", "DT:1904-01-02T12:00:00"})});
    }

    void xlsxAllSheetsHidden()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("allhidden.xlsx")));
        QVERIFY(reader);
        QCOMPARE(reader->info().sheet, QStringLiteral("One"));
    }

    void xlsxPrefixedAndOutOfOrder()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("prefixed.xlsx")));
        QVERIFY(reader);
        const Sheet s = readAll(*reader);
        QCOMPARE(s.lines, (QList<qint64>{1, 2, 3}));
        QCOMPARE(s.rowAt(1), fields({"T:first"}));
        QCOMPARE(s.rowAt(2), fields({"_:", "N:2"}));
        QCOMPARE(s.rowAt(3), fields({"N:1", "_:", "N:3"}));
    }

    void xlsxRewind()
    {
        auto reader = mustOpen(openXlsx(QStringLiteral("types.xlsx")));
        QVERIFY(reader);
        RowBlock block;
        QVERIFY(reader->read(block, 4));
        QCOMPARE(block.rowCount(), 4);
        QCOMPARE(reader->progress(), 4);
        QVERIFY(reader->rewind());
        QCOMPARE(reader->progress(), 0);
        const Sheet again = readAll(*reader, 1000);
        QCOMPARE(again.lines.first(), 1);
        QCOMPARE(again.lines.size(), 9);
    }

    void xlsxBlankRunBound()
    {
        workbook::WorkbookLimits limits;
        limits.maxBlankRun = 5000;
        const workbook::ScopedWorkbookLimits scope(limits);
        auto reader = mustOpen(openXlsx(QStringLiteral("types.xlsx")));
        QVERIFY(reader);
        const Sheet s = readAll(*reader, 700);
        QCOMPARE(s.lines.size(), 2500);
        for (int i = 0; i < s.lines.size(); ++i)
            QCOMPARE(s.lines.at(i), i + 1);
        QCOMPARE(s.rowAt(9), QStringList());
        QCOMPARE(s.rowAt(2499), QStringList());
    }

    void xlsxFarCell()
    {
        // A cell at XFD1048576: the rows between are skipped, the row has 16384 fields.
        auto reader = mustOpen(openXlsx(QStringLiteral("farcell.xlsx")));
        QVERIFY(reader);
        const Sheet s = readAll(*reader);
        QCOMPARE(s.lines, (QList<qint64>{1, 1048576}));
        QCOMPARE(s.rowAt(1048576).size(), 16384);
        QCOMPARE(s.rowAt(1048576).last(), QStringLiteral("N:2"));

        workbook::WorkbookLimits limits;
        limits.maxColumns = 100;
        const workbook::ScopedWorkbookLimits scope(limits);
        Result<std::unique_ptr<TableReader>> r = openXlsx(QStringLiteral("farcell.xlsx"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.too_large"));
        QVERIFY2(r.error().where.startsWith(QStringLiteral("farcell.xlsx")),
                 qPrintable(r.error().where));
    }

    void xlsxCellLimit()
    {
        workbook::WorkbookLimits limits;
        limits.maxCells = 3;
        const workbook::ScopedWorkbookLimits scope(limits);
        QVERIFY(openXlsx(QStringLiteral("date1904.xlsx"))); // 3 cells
        Result<std::unique_ptr<TableReader>> r = openXlsx(QStringLiteral("prefixed.xlsx"));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().code, QStringLiteral("workbook.too_large"));
        QVERIFY2(r.error().message.contains(QStringLiteral("cells")),
                 qPrintable(r.error().message));
    }

    void xlsxDecompressionBomb()
    {
        // 4 MiB of sheet in a 6 KB file: read under the default limit, refused under
        // a 1 MiB one before anything is inflated.
        auto reader = mustOpen(openXlsx(QStringLiteral("bomb.xlsx")));
        QVERIFY(reader);
        QCOMPARE(readAll(*reader).rows, QList<QStringList>{fields({"N:1"})});

        workbook::WorkbookLimits limits;
        limits.maxPartBytes = 1 << 20;
        const workbook::ScopedWorkbookLimits scope(limits);
        Result<std::unique_ptr<TableReader>> r = openXlsx(QStringLiteral("bomb.xlsx"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.too_large"));
        QVERIFY2(r.error().message.contains(QStringLiteral("MB")), qPrintable(r.error().message));
    }

    void xlsxRepeatedTextBound()
    {
        // 60 cells of one 100 KB string in row 1, then one each in rows 2-61: 12 MB
        // given from a 2 KB file. Read in full under the default limits; refused while
        // reading (naming the row) under lower ones.
        auto reader = mustOpen(openXlsx(QStringLiteral("amplify.xlsx")));
        QVERIFY(reader);
        Sheet s = readAll(*reader, 100);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.rows.size(), 61);
        QCOMPARE(s.rows.first().size(), 60);

        workbook::WorkbookLimits limits;
        limits.maxRowBytes = 1 << 20;
        {
            const workbook::ScopedWorkbookLimits scope(limits);
            reader = mustOpen(openXlsx(QStringLiteral("amplify.xlsx")));
            QVERIFY(reader);
            RowBlock block;
            Result<ReadStep> step = reader->read(block, 100);
            QVERIFY(!step);
            QCOMPARE(step.error().code, QStringLiteral("workbook.too_large"));
            QCOMPARE(step.error().where, QStringLiteral("amplify.xlsx, sheet “Long”, row 1"));
        }
        limits.maxRowBytes = qint64(256) << 20;
        limits.maxOutputBytes = 8 << 20;
        {
            const workbook::ScopedWorkbookLimits scope(limits);
            reader = mustOpen(openXlsx(QStringLiteral("amplify.xlsx")));
            QVERIFY(reader);
            s = readAll(*reader, 1);
            QVERIFY(!s.error.isEmpty());
            // 6 MB + 23 × 100 KB fits in 8 MiB; row 25 would pass it.
            QVERIFY2(s.error.contains(QStringLiteral("row 25")), qPrintable(s.error));
            QCOMPARE(s.rows.size(), 24);
        }
    }

    void xlsxDamaged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        const QString damaged = QStringLiteral("workbook.damaged");
        QTest::newRow("truncated zip") << "truncated.xlsx" << damaged << "truncated.xlsx";
        QTest::newRow("not a zip") << "notzip.xlsx" << damaged << "notzip.xlsx";
        QTest::newRow("no workbook inside") << "notworkbook.xlsx" << damaged << "notworkbook.xlsx";
        QTest::newRow("size understated") << "lyingsize.xlsx" << damaged << "lyingsize.xlsx";
        QTest::newRow("bad CRC") << "badcrc.xlsx" << damaged << "badcrc.xlsx";
        QTest::newRow("part cut inside a tag") << "cutrels.xlsx" << damaged << "cutrels.xlsx";
        QTest::newRow("part cut inside CDATA") << "cdataend.xlsx" << damaged << "cdataend.xlsx";
        QTest::newRow("malformed XML") << "badxml.xlsx" << damaged << "badxml.xlsx, sheet “Broken”";
        QTest::newRow("missing shared string")
            << "badsst.xlsx" << damaged << "badsst.xlsx, sheet “Bad”, A1";
        QTest::newRow("no sheets") << "nosheets.xlsx"
                                   << "workbook.no_sheets"
                                   << "nosheets.xlsx";
        QTest::newRow("chart sheet only") << "chartonly.xlsx"
                                          << "workbook.no_sheets"
                                          << "chartonly.xlsx";
        QTest::newRow("missing file") << "no-such-file.xlsx"
                                      << ""
                                      << "no-such-file.xlsx";
    }

    void xlsxDamaged()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        QFETCH(QString, where);
        Result<std::unique_ptr<TableReader>> r = openXlsx(file);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().code, code);
        QCOMPARE(r.error().where, where);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY2(r.error().message.endsWith(QLatin1Char('.')) ||
                     r.error().message.endsWith(QLatin1Char(')')),
                 qPrintable(r.error().message));
    }

    void xlsxDamagedMessage()
    {
        Result<std::unique_ptr<TableReader>> r = openXlsx(QStringLiteral("truncated.xlsx"));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("save a new copy")),
                 qPrintable(r.error().message));
        Result<QList<SheetInfo>> listed =
            listOrcusSheets(fixture(QStringLiteral("truncated.xlsx")), FileFormat::Xlsx);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, QStringLiteral("workbook.damaged"));
    }

    void passwordProtected_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("how"); // 0 as .xlsx, 1 as .xls (what openTable does), 2 openTable
        QTest::newRow("encrypted xlsx, xlsx reader") << "encrypted.xlsx" << 0;
        QTest::newRow("encrypted xlsx, xls reader") << "encrypted.xlsx" << 1;
        QTest::newRow("encrypted xlsx, openTable") << "encrypted.xlsx" << 2;
        QTest::newRow("xls with FILEPASS") << "password.xls" << 1;
        QTest::newRow("xls with FILEPASS, openTable") << "password.xls" << 2;
        QTest::newRow("encrypted ods, openTable") << "password.ods" << 2;
    }

    void passwordProtected()
    {
        QFETCH(QString, file);
        QFETCH(int, how);
        const QString path = fixture(file);
        Result<std::unique_ptr<TableReader>> r = how == 0
                                                     ? openOrcusWorkbook(path, FileFormat::Xlsx, {})
                                                 : how == 1 ? openXlsWorkbook(path, {})
                                                            : openTable(path);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().code, QStringLiteral("workbook.password"));
        QCOMPARE(r.error().message,
                 QStringLiteral("This workbook is protected by a password. Open it in Excel, save "
                                "a copy without a password, and choose that copy."));
        QCOMPARE(r.error().where, file);
        Result<QList<SheetInfo>> listed = listSheets(path);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, QStringLiteral("workbook.password"));
    }

    // --- .ods ----------------------------------------------------------------------
    void odsEveryKindOfCell()
    {
        auto reader =
            mustOpen(openOrcusWorkbook(fixture(QStringLiteral("types.ods")), FileFormat::Ods, {}));
        QVERIFY(reader);
        const SourceInfo& info = reader->info();
        QCOMPARE(info.format, FileFormat::Ods);
        QCOMPARE(info.sheets.size(), 3);
        QVERIFY(info.sheets.at(0).hidden);
        QVERIFY(!info.sheets.at(1).hidden);
        QCOMPARE(info.sheet, QStringLiteral("Referrals ŵ"));
        QCOMPARE(info.merged.size(), 1);
        QCOMPARE(info.merged.at(0).firstRow, 1);
        QCOMPARE(info.merged.at(0).lastColumn, 3);

        const Sheet s = readAll(*reader);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        // The million empty rows LibreOffice writes at the end give nothing.
        QCOMPARE(s.lines, (QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(s.rowAt(1), fields({"T:Referrals – Cyngor ŵ ŷ"}));
        QCOMPARE(s.rowAt(2), QStringList());
        QCOMPARE(s.rowAt(4).size(), 11);
        // Paragraphs joined by a line break, <text:s c="2"/> two spaces, a comment left
        // out; a time of day alone on day 0; an error cell's error, not its 0.
        QCOMPARE(s.rowAt(5), fields({"T:Dafydd ap Gwilym", "D:2024-03-01", "DT:2024-03-01T13:45:10",
                                     "N:1234.5", "B:TRUE", "E:#DIV/0!", "N:0.5", "N:3.2",
                                     "DT:1899-12-31T13:45:10", "T:Siân  😀\nsecond\tline", "N:4"}));
        // A repeated row of repeated cells.
        QCOMPARE(s.rowAt(6), fields({"T:repeated", "T:repeated", "_:", "N:7"}));
        QCOMPARE(s.rowAt(7), s.rowAt(6));
        QCOMPARE(s.rowAt(8), fields({"B:FALSE"}));
        QCOMPARE(reader->total(), 8);
    }

    void odsSheets()
    {
        const QString path = fixture(QStringLiteral("types.ods"));
        Result<QList<SheetInfo>> listed = listOrcusSheets(path, FileFormat::Ods);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(0).name, QStringLiteral("Hidden"));
        QVERIFY(listed->at(0).hidden);
        QCOMPARE(listed->at(2).name, QStringLiteral("Other"));

        TableOptions options;
        options.sheet = QStringLiteral("other");
        auto reader = mustOpen(openOrcusWorkbook(path, FileFormat::Ods, options));
        QVERIFY(reader);
        QCOMPARE(reader->info().sheet, QStringLiteral("Other"));
        QCOMPARE(readAll(*reader).rows, QList<QStringList>{fields({"_:", "T:other"})});

        options.sheet = QStringLiteral("Nowhere");
        Result<std::unique_ptr<TableReader>> r = openOrcusWorkbook(path, FileFormat::Ods, options);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.no_such_sheet"));
        QVERIFY(r.error().message.contains(QStringLiteral("“Referrals ŵ”")));
    }

    void odsBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("no sheets") << "nosheets.ods"
                                   << "workbook.no_sheets";
        QTest::newRow("repeated row bomb") << "repeatbomb.ods"
                                           << "workbook.too_large";
        QTest::newRow("an xlsx called ods") << "types.xlsx"
                                            << "workbook.damaged";
        QTest::newRow("truncated") << "truncated.xlsx"
                                   << "workbook.damaged";
    }

    void odsBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        Result<std::unique_ptr<TableReader>> r =
            openOrcusWorkbook(fixture(file), FileFormat::Ods, {});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().code, code);
        QVERIFY(r.error().where.startsWith(file));
    }

    // --- .xls ----------------------------------------------------------------------
    void xlsEveryKindOfCell()
    {
        auto reader = mustOpen(openXlsWorkbook(fixture(QStringLiteral("types.xls")), {}));
        QVERIFY(reader);
        const SourceInfo& info = reader->info();
        QCOMPARE(info.format, FileFormat::Xls);
        QCOMPARE(info.sheets.size(), 3);
        QVERIFY(info.sheets.at(0).hidden); // from the BOUNDSHEET record
        QVERIFY(!info.sheets.at(1).hidden);
        QCOMPARE(info.sheet, QStringLiteral("Referrals")); // the first visible one
        QCOMPARE(info.merged.size(), 2);
        QCOMPARE(info.merged.at(0).firstRow, 1);
        QCOMPARE(info.merged.at(0).firstColumn, 1);
        QCOMPARE(info.merged.at(0).lastRow, 1);
        QCOMPARE(info.merged.at(0).lastColumn, 3);
        QCOMPARE(info.merged.at(1).firstRow, 3);
        QCOMPARE(info.merged.at(1).firstColumn, 2);
        QCOMPARE(info.merged.at(1).lastRow, 4);
        QCOMPARE(info.merged.at(1).lastColumn, 3);
        const Sheet s = readAll(*reader);
        QCOMPARE(s.lines, (QList<qint64>{1, 2, 3, 4, 5}));
        QCOMPARE(s.rowAt(1), fields({"T:Referrals – Cyngor ŵ ŷ"}));
        QCOMPARE(s.rowAt(2), QStringList());
        QCOMPARE(s.rowAt(3), fields({"T:Name", "T:Date", "T:Amount"}));
        // Dates from FreeXL (built-in 14 and 22, a custom dd/mm/yyyy, a time); the
        // boolean and the error from the BOOLERR records (FreeXL says 1 and 1).
        QCOMPARE(s.rowAt(4),
                 fields({"T:Dafydd", "D:2024-03-01", "N:1234.5", "DT:2024-03-01T12:00:00", "B:TRUE",
                         "E:#REF!", "D:2023-03-15", "DT:1899-12-31T18:00:00"}));
        // Formulas' cached boolean and error, and another error cell.
        QCOMPARE(s.rowAt(5),
                 fields({"T:Siân 😀", "_:", "N:-0.25", "B:FALSE", "E:#N/A", "E:#DIV/0!"}));

        Result<QList<SheetInfo>> listed = listXlsSheets(fixture(QStringLiteral("types.xls")));
        QVERIFY(listed);
        QCOMPARE(listed->size(), 3);
        QCOMPARE(listed->at(0).name, QStringLiteral("Notes"));
        QVERIFY(listed->at(0).hidden);
        QCOMPARE(listed->at(2).name, QStringLiteral("Other"));

        TableOptions options;
        options.sheet = QStringLiteral("Other");
        reader = mustOpen(openXlsWorkbook(fixture(QStringLiteral("types.xls")), options));
        QVERIFY(reader);
        QCOMPARE(readAll(*reader).rows, QList<QStringList>{fields({"T:Name"})});
        options.sheet = QStringLiteral("Missing");
        Result<std::unique_ptr<TableReader>> r =
            openXlsWorkbook(fixture(QStringLiteral("types.xls")), options);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.no_such_sheet"));
    }

    void xlsBadInput()
    {
        Result<std::unique_ptr<TableReader>> r =
            openXlsWorkbook(fixture(QStringLiteral("noworkbook.xls")), {});
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QCOMPARE(r.error().code, QStringLiteral("workbook.damaged"));
        r = openXlsWorkbook(fixture(QStringLiteral("badname.xls")), {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.damaged"));
        QVERIFY(!listXlsSheets(fixture(QStringLiteral("badname.xls"))));
        r = openXlsWorkbook(fixture(QStringLiteral("badformat.xls")), {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.damaged"));
        r = openXlsWorkbook(fixture(QStringLiteral("types.xlsx")), {});
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("workbook.damaged"));
    }

    // --- openTable chooses by content ------------------------------------------------
    void openTableDispatches_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("xlsx") << "types.xlsx" << int(FileFormat::Xlsx);
        QTest::newRow("ods") << "types.ods" << int(FileFormat::Ods);
        QTest::newRow("xls") << "types.xls" << int(FileFormat::Xls);
    }

    void openTableDispatches()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        auto reader = mustOpen(openTable(fixture(file)));
        QVERIFY(reader);
        QCOMPARE(int(reader->info().format), format);
        const Sheet s = readAll(*reader);
        QVERIFY(s.rows.size() >= 5);
        QVERIFY(s.rows.first().first().contains(QStringLiteral("Cyngor")));
        Result<QList<SheetInfo>> listed = listSheets(fixture(file));
        QVERIFY(listed);
        QCOMPARE(listed->size(), reader->info().sheets.size());
    }

    // --- canonical text ----------------------------------------------------------------
    void formatCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("style");
        const int none = int(DateStyle::None), date = int(DateStyle::Date),
                  time = int(DateStyle::DateTime);
        QTest::newRow("General") << "General" << none;
        QTest::newRow("0.00") << "0.00" << none;
        QTest::newRow("scientific") << "0.00E+00" << none;
        QTest::newRow("currency") << "\"£\"#,##0.00;[Red]\\-\"£\"#,##0.00" << none;
        QTest::newRow("quoted letters") << "0 \"days\"" << none;
        QTest::newRow("escaped letters") << "0\\ \\d\\a\\y" << none;
        QTest::newRow("padding") << "_-* #,##0_-;\\-* #,##0_-" << none;
        QTest::newRow("text") << "@" << none;
        QTest::newRow("dd/mm/yyyy") << "dd/mm/yyyy" << date;
        QTest::newRow("locale tag") << "[$-809]dd mmmm yyyy;@" << date;
        QTest::newRow("mmm-yy") << "mmm-yy" << date;
        QTest::newRow("upper case") << "DD/MM/YYYY" << date;
        QTest::newRow("colour then date") << "[Blue]d-mmm" << date;
        QTest::newRow("date and time") << "dd/mm/yyyy hh:mm" << time;
        QTest::newRow("time") << "h:mm AM/PM" << time;
        QTest::newRow("minutes seconds") << "mm:ss" << time;
        QTest::newRow("elapsed") << "[h]:mm:ss" << time;
        QTest::newRow("second section ignored") << "0.00;dd/mm/yyyy" << none;
    }

    void formatCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, style);
        const QByteArray utf8 = code.toUtf8();
        QCOMPARE(
            int(workbook::formatCodeDateStyle(std::string_view(utf8.constData(), utf8.size()))),
            style);
    }

    void builtinFormats()
    {
        for (int id = 0; id < 200; ++id) {
            const DateStyle s = workbook::builtinDateStyle(id);
            if (id >= 14 && id <= 17)
                QCOMPARE(s, DateStyle::Date);
            else if ((id >= 18 && id <= 22) || (id >= 45 && id <= 47))
                QCOMPARE(s, DateStyle::DateTime);
            else
                QCOMPARE(s, DateStyle::None);
        }
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<bool>("withTime");
        QTest::addColumn<QString>("iso");
        QTest::newRow("1 = 1900-01-01") << 1.0 << false << false << "1900-01-01";
        QTest::newRow("59 = 1900-02-28") << 59.0 << false << false << "1900-02-28";
        QTest::newRow("60 is no date") << 60.0 << false << false << "";
        QTest::newRow("61 = 1900-03-01") << 61.0 << false << false << "1900-03-01";
        QTest::newRow("45352 = 2024-03-01") << 45352.0 << false << false << "2024-03-01";
        QTest::newRow("leap day 2024") << 45351.0 << false << false << "2024-02-29";
        QTest::newRow("time") << 45352.75 << false << true << "2024-03-01T18:00:00";
        QTest::newRow("rounds to the second")
            << 45352.0000057 << false << true << "2024-03-01T00:00:00";
        QTest::newRow("rounds into the next day")
            << 45352.999999999 << false << true << "2024-03-02T00:00:00";
        QTest::newRow("date style drops the time") << 45352.75 << false << false << "2024-03-01";
        QTest::newRow("1904: 0") << 0.0 << true << false << "1904-01-01";
        QTest::newRow("1904: 60") << 60.0 << true << false << "1904-03-01";
        QTest::newRow("1904: 43890") << 43890.0 << true << false << "2024-03-01";
        QTest::newRow("negative") << -1.0 << false << false << "";
        QTest::newRow("last day") << 2958465.0 << false << false << "9999-12-31";
        QTest::newRow("past 9999") << 2958466.0 << false << false << "";
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(bool, withTime);
        QFETCH(QString, iso);
        const auto out = workbook::serialToIso(serial, date1904,
                                               withTime ? DateStyle::DateTime : DateStyle::Date);
        QCOMPARE(out ? QString::fromLatin1(*out) : QString(), iso);
    }

    void numbers()
    {
        QCOMPARE(workbook::numberText(1234.5), QByteArray("1234.5"));
        QCOMPARE(workbook::numberText(-0.25), QByteArray("-0.25"));
        QCOMPARE(workbook::numberText(1e20), QByteArray("1e+20"));
        QCOMPARE(workbook::numberText(0.1 + 0.2), QByteArray("0.30000000000000004"));
        QCOMPARE(workbook::numberText(-0.0), QByteArray("0"));
        QCOMPARE(workbook::numberText(45000), QByteArray("45000"));
        QCOMPARE(workbook::numberText(1000000), QByteArray("1000000"));
        QCOMPARE(workbook::numberText(123456789012345), QByteArray("123456789012345"));
        QCOMPARE(workbook::numberText(1e15), QByteArray("1e+15"));
        QCOMPARE(workbook::numberText(0.00001), QByteArray("0.00001"));
        QCOMPARE(workbook::numberText(1.5e-7), QByteArray("1.5e-07"));
    }

    void ooxmlEscapes()
    {
        std::string s = "a_x000D__x000A_b_x005F_x000D_ _xD83D__xDE00_ _x00e9_ _x12_ _xZZZZ_";
        workbook::unescapeOoxml(s);
        QCOMPARE(QString::fromStdString(s), QStringLiteral("a\r\nb_x000D_ 😀 é _x12_ _xZZZZ_"));
    }
};

QTEST_GUILESS_MAIN(TstWorkbookReaders)
#include "tst_workbookreaders.moc"
