// Every hand-made CSV fixture in tests/data/table/csv (described in its README.md)
// read through DatasetReader, and the generated "one bad byte deep inside" files.
#include "TableTestUtil.h"
#include "tools/gen_casefile.h"

#include <QTest>

using namespace sharewise;
using namespace sharewise::table;
using namespace Qt::StringLiterals;
using tabletest::readAll;

namespace {

QString fixture(const QString& name)
{
    return qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/table/csv/"_s + name;
}

} // namespace

class TestCsvFixtures : public QObject
{
    Q_OBJECT

private slots:
    void readsAsDescribed_data();
    void readsAsDescribed();
    void cp1252Values();
    void quotedFieldsAndLines();
    void refusedWithAPreciseMessage_data();
    void refusedWithAPreciseMessage();
    void unclosedQuote();
    void oneBadByteDeepInsideRealUtf8();
    void oneBadByteDeepInsideAsciiFile();
};

void TestCsvFixtures::readsAsDescribed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<qint64>("headerLine");
    QTest::addColumn<int>("columns");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("ragged");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("totalsLine");
    QTest::newRow("cp1252") << u"cp1252_pound_quotes.csv"_s << u"windows-1252"_s << u","_s
                            << qint64(1) << 5 << qint64(5) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("utf8 bom") << u"utf8_bom.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 0
                              << qint64(3) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("welsh") << u"utf8_welsh.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 4
                           << qint64(4) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("utf16le") << u"utf16le_bom.csv"_s << u"utf-16le"_s << u","_s << qint64(1) << 4
                             << qint64(3) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("utf16be") << u"utf16be_bom.csv"_s << u"utf-16be"_s << u","_s << qint64(1) << 4
                             << qint64(3) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("utf16le no bom")
        << u"utf16le_no_bom.csv"_s << u"utf-16le"_s << u","_s << qint64(1) << 4 << qint64(3)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("semicolon") << u"semicolon_delimited.csv"_s << u"utf-8"_s << u";"_s << qint64(1)
                               << 4 << qint64(4) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("tab") << u"tab_delimited.csv"_s << u"utf-8"_s << u"tab"_s << qint64(1) << 4
                         << qint64(4) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("pipe") << u"pipe_delimited.csv"_s << u"utf-8"_s << u"|"_s << qint64(1) << 4
                          << qint64(4) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("sep line") << u"sep_line_semicolon.csv"_s << u"utf-8"_s << u";"_s << qint64(2)
                              << 3 << qint64(2) << qint64(0) << qint64(0) << qint64(0);
    for (const char* f : {"line_ends_crlf.csv", "line_ends_lf.csv", "line_ends_cr.csv",
                          "line_ends_mixed.csv", "no_final_line_end.csv"})
        QTest::newRow(f) << QString::fromLatin1(f) << u"utf-8"_s << u","_s << qint64(1) << 3
                         << qint64(3) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("title rows") << u"title_rows.csv"_s << u"utf-8"_s << u","_s << qint64(5) << 5
                                << qint64(3) << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("blank and padding")
        << u"blank_padding_rows.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 0 << qint64(4)
        << qint64(0) << qint64(7) << qint64(0);
    QTest::newRow("trailing empty columns")
        << u"trailing_empty_columns.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 3 << qint64(4)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("ragged") << u"ragged_rows.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 4
                            << qint64(7) << qint64(4) << qint64(0) << qint64(0);
    QTest::newRow("totals") << u"totals_row.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 0
                            << qint64(3) << qint64(0) << qint64(0) << qint64(5);
    QTest::newRow("totals then padding")
        << u"totals_row_then_padding.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 0 << qint64(2)
        << qint64(0) << qint64(2) << qint64(4);
    QTest::newRow("duplicate headers")
        << u"duplicate_headers.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 6 << qint64(2)
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("header only") << u"header_only.csv"_s << u"utf-8"_s << u","_s << qint64(1) << 3
                                 << qint64(0) << qint64(0) << qint64(0) << qint64(0);
}

void TestCsvFixtures::readsAsDescribed()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, delimiter);
    QFETCH(qint64, headerLine);
    QFETCH(int, columns);
    QFETCH(qint64, rows);
    QFETCH(qint64, ragged);
    QFETCH(qint64, skipped);
    QFETCH(qint64, totalsLine);
    auto opened = DatasetReader::open(fixture(file));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().fullMessage()));
    DatasetReader& reader = *opened.value();
    auto all = readAll(reader);
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().fullMessage()));
    const SourceInfo& s = reader.info().source;
    QCOMPARE(encodingName(s.encoding), encoding);
    QCOMPARE(delimiterName(s.delimiter), delimiter);
    QCOMPARE(reader.info().headerLine, headerLine);
    if (columns > 0)
        QCOMPARE(reader.info().columns.size(), columns);
    QCOMPARE(reader.counts().dataRows, rows);
    QCOMPARE(qint64(all->rows.size()), rows);
    QCOMPARE(reader.counts().raggedRows(), ragged);
    QCOMPARE(reader.counts().skippedRows(), skipped);
    QCOMPARE(reader.counts().totalsLine.value_or(0), totalsLine);
    for (const QStringList& row : all->rows)
        for (const QString& field : row) {
            QVERIFY(!field.contains(QChar(0)));
            QVERIFY(!field.contains(QChar(0xFFFD)));
            QVERIFY(!field.contains(QChar(0xFEFF)));
        }
}

void TestCsvFixtures::cp1252Values()
{
    auto opened = DatasetReader::open(fixture(u"cp1252_pound_quotes.csv"_s));
    QVERIFY(opened.ok());
    auto all = readAll(*opened.value());
    QVERIFY(all.ok());
    QCOMPARE(opened.value()->info().columns,
             (QStringList{u"Case Ref"_s, u"Name"_s, u"Town"_s, u"Balance"_s, u"Notes"_s}));
    QCOMPARE(all->rows[0][1], QString::fromUtf8("Renée O’Neill"));
    QCOMPARE(all->rows[0][3], QString::fromUtf8("£1,250.00"));
    QCOMPARE(all->rows[0][4], QString::fromUtf8("“Urgent” – call before 5pm"));
    QVERIFY(all->rows[4][4].contains(QString::fromUtf8("€")));
    QVERIFY(all->rows[4][4].contains(QString::fromUtf8("Ÿ")));
}

void TestCsvFixtures::quotedFieldsAndLines()
{
    auto opened = DatasetReader::open(fixture(u"quoted_fields.csv"_s));
    QVERIFY(opened.ok());
    auto all = readAll(*opened.value());
    QVERIFY(all.ok());
    QCOMPARE(all->lines, (QList<qint64>{2, 3, 4, 6, 9, 10, 11, 12, 14, 15}));
    QCOMPARE(all->rows[0][1], u"He said \"hello\""_s);
    QCOMPARE(all->rows[1][1], u"a, b, c"_s);
    QCOMPARE(all->rows[2][1], u"line one\nline two"_s);
    QCOMPARE(all->rows[3][1], u"line one\r\nline two\r\nline three"_s);
    QCOMPARE(all->rows[5][1], u"\""_s);
}

void TestCsvFixtures::refusedWithAPreciseMessage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("0 bytes") << u"empty_0_bytes.csv"_s << u"empty"_s;
    QTest::newRow("blank lines") << u"empty_blank_lines.csv"_s << u"empty"_s;
    QTest::newRow("bom only") << u"empty_bom_only.csv"_s << u"empty"_s;
    QTest::newRow("png") << u"binary_png.csv"_s << u"binary"_s;
    QTest::newRow("web page") << u"web_page.csv"_s << u"web page"_s;
}

void TestCsvFixtures::refusedWithAPreciseMessage()
{
    QFETCH(QString, file);
    QFETCH(QString, says);
    auto opened = DatasetReader::open(fixture(file));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
    QVERIFY(opened.error().where.contains(file));
}

void TestCsvFixtures::unclosedQuote()
{
    // Found while looking for the header (the first rows are read at once).
    auto opened = DatasetReader::open(fixture(u"unclosed_quote.csv"_s));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.error().where.endsWith(u"line 3, column 3"_s),
             qPrintable(opened.error().where));
    QVERIFY(opened.error().message.contains(u"never closed"_s));
}

void TestCsvFixtures::oneBadByteDeepInsideRealUtf8()
{
    QTemporaryDir dir;
    casegen::Options o;
    o.rows = 60000;
    o.badByteAtRecord = 50000;
    casegen::Manifest m;
    QString error;
    const QString path = dir.filePath(u"bad.csv"_s);
    QVERIFY2(casegen::writeFile(path, o, &m, &error), qPrintable(error));
    auto opened = DatasetReader::open(path);
    QVERIFY(opened.ok());
    auto all = readAll(*opened.value(), 4096);
    QVERIFY2(all.ok(), all.ok() ? "" : qPrintable(all.error().fullMessage()));
    const SourceInfo& s = opened.value()->info().source;
    QCOMPARE(s.encoding, TextEncoding::Utf8); // the rest is real UTF-8: it stays so
    QCOMPARE(s.repairedBytes, 1);
    QCOMPARE(s.firstRepairedLine, m.badByteLine);
    QCOMPARE(opened.value()->counts().dataRows, m.records);
    bool found = false;
    for (qsizetype i = 0; i < all->rows.size(); ++i) {
        if (all->lines[i] == m.badByteLine) {
            QCOMPARE(all->rows[i][m.badByteColumn - 1], QString::fromUtf8("Renée"));
            found = true;
        }
        for (const QString& f : all->rows[i])
            QVERIFY(!f.contains(QChar(0xFFFD)));
    }
    QVERIFY(found);
}

void TestCsvFixtures::oneBadByteDeepInsideAsciiFile()
{
    QTemporaryDir dir;
    casegen::Options o;
    o.rows = 60000;
    o.badByteAtRecord = 50000;
    o.asciiOnly = true;
    casegen::Manifest m;
    QString error;
    const QString path = dir.filePath(u"bad-ascii.csv"_s);
    QVERIFY2(casegen::writeFile(path, o, &m, &error), qPrintable(error));
    auto opened = DatasetReader::open(path);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->info().source.encoding, TextEncoding::Utf8); // first guess
    auto all = readAll(*opened.value(), 4096);
    QVERIFY(all.ok());
    QCOMPARE(all->restarts, 1); // all ASCII until then: Windows-1252 after all
    QCOMPARE(opened.value()->info().source.encoding, TextEncoding::Windows1252);
    QCOMPARE(qint64(all->rows.size()), m.records);
    QCOMPARE(opened.value()->counts().dataRows, m.records);
}

QTEST_GUILESS_MAIN(TestCsvFixtures)
#include "tst_csvfixtures.moc"
