#include "profile/DistinctCounter.h"
#include "profile/Profiler.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace sharewise;
using namespace sharewise::profile;
using namespace Qt::StringLiterals;
using table::CellKind;
using table::RowBlock;

namespace {

const QDate kToday(2025, 6, 1);

struct Cell
{
    Cell(const char* t)
        : text(t)
    {}
    Cell(QByteArray t)
        : text(std::move(t))
    {}
    Cell(QByteArray t, CellKind k)
        : text(std::move(t))
        , kind(k)
        , typed(true)
    {}
    QByteArray text;
    CellKind kind = CellKind::Text;
    bool typed = false;
};

RowBlock block(const QList<QList<Cell>>& rows, qint64 firstLine = 2)
{
    RowBlock b;
    qint64 line = firstLine;
    for (const auto& row : rows) {
        b.beginRow(line++);
        for (const Cell& c : row) {
            if (c.typed)
                b.addField(c.text, c.kind);
            else
                b.addField(c.text);
        }
    }
    return b;
}

// One column of values.
RowBlock columnBlock(const QByteArrayList& values)
{
    RowBlock b;
    qint64 line = 2;
    for (const QByteArray& v : values) {
        b.beginRow(line++);
        b.addField(v);
    }
    return b;
}

ColumnProfile profileOne(const QString& header, const QByteArrayList& values)
{
    Profiler p({header}, {.today = kToday});
    p.add(columnBlock(values));
    return p.finish().columns.first();
}

ProfilerOptions options()
{
    ProfilerOptions o;
    o.today = kToday;
    return o;
}

} // namespace

class TestProfiler : public QObject
{
    Q_OBJECT

private slots:
    void inferredTypes_data();
    void inferredTypes();
    void typeThreshold();
    void zeroOneIsBooleanOnlyWhenTheColumnSaysSo();
    void leadingZerosKeepTextType();
    void excelSerialsOnlyUnderADateHeader();
    void mixedDateFormatsAreReported();
    void emptyAbsentAndPlaceholders();
    void workbookCells();
    void sameTextOfDifferentKinds();
    void ranges();
    void lengthsInCharacters();
    void examples();
    void distinctCounts();
    void distinctCounterAccuracy();
    void sampleIsBounded();
    void mergeEqualsOnePass();
    void identifiersAreDetected();
};

void TestProfiler::inferredTypes_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QByteArrayList>("values");
    QTest::addColumn<QString>("type");

    QTest::newRow("integer") << u"Count"_s << QByteArrayList{"1", "22", "-3", "4,000"}
                             << u"integer"_s;
    QTest::newRow("decimal") << u"Amount"_s
                             << QByteArrayList{"1.50", "(2.25)",
                                               "\xC2\xA3"
                                               "3",
                                               "4"}
                             << u"decimal"_s;
    QTest::newRow("date") << u"Seen"_s << QByteArrayList{"03/04/2024", "2024-04-05", "5 Mar 2021"}
                          << u"date"_s;
    QTest::newRow("date_time") << u"When"_s
                               << QByteArrayList{"2024-04-03T10:00:00", "03/04/2024 11:00",
                                                 "2024-04-03"}
                               << u"date_time"_s;
    QTest::newRow("boolean") << u"Active"_s << QByteArrayList{"Yes", "no", "Y", "N", "TRUE"}
                             << u"boolean"_s;
    QTest::newRow("text") << u"Name"_s << QByteArrayList{"Ann", "Bob", "1"} << u"text"_s;
    QTest::newRow("empty") << u"Nothing"_s << QByteArrayList{"", " ", "NULL"} << u"empty"_s;
}

void TestProfiler::inferredTypes()
{
    QFETCH(QString, header);
    QFETCH(QByteArrayList, values);
    QFETCH(QString, type);
    const ColumnProfile p = profileOne(header, values);
    QCOMPARE(p.typeName(), type);
    QCOMPARE(p.name, header);
    QCOMPARE(p.rowCount, values.size());
}

void TestProfiler::typeThreshold()
{
    QByteArrayList values;
    for (int i = 0; i < 9; ++i)
        values << QByteArray::number(i + 10);
    values << "unknown";
    ColumnProfile p = profileOne(u"Age"_s, values);
    QCOMPARE(p.type, ValueType::Integer);
    QCOMPARE(p.typeShare, 0.9);
    QCOMPARE(p.integerCount, 9);
    QCOMPARE(p.textCount, 1);
    values << "not known";
    p = profileOne(u"Age"_s, values);
    QCOMPARE(p.type, ValueType::Text); // 9 of 11
    QCOMPARE(p.typeShare, 1.0);
    QCOMPARE(p.integerCount, 9);
}

void TestProfiler::zeroOneIsBooleanOnlyWhenTheColumnSaysSo()
{
    const QByteArrayList values{"0", "1", "1", "0", "1"};
    QCOMPARE(profileOne(u"Children"_s, values).type, ValueType::Integer);
    QCOMPARE(profileOne(u"Children"_s, values).zeroOneCount, 5);
    QCOMPARE(profileOne(u"Is active"_s, values).type, ValueType::Boolean);
    QCOMPARE(profileOne(u"Carer flag"_s, values).type, ValueType::Boolean);
    QCOMPARE(profileOne(u"Disabled (Y/N)"_s, values).type, ValueType::Boolean);
    QCOMPARE(profileOne(u"Eligible?"_s, values).type, ValueType::Boolean);
    // With yes/no words in the column, its 1s and 0s are booleans too.
    QCOMPARE(profileOne(u"Consent"_s, {"Yes", "No", "1", "0", "Yes"}).type, ValueType::Boolean);
}

void TestProfiler::leadingZerosKeepTextType()
{
    QByteArrayList values;
    for (int i = 0; i < 95; ++i)
        values << QByteArray::number(1000 + i);
    for (int i = 0; i < 5; ++i)
        values << "0" + QByteArray::number(100 + i);
    const ColumnProfile p = profileOne(u"Account"_s, values);
    QCOMPARE(p.leadingZeroCount, 5);
    QCOMPARE(p.type, ValueType::Text); // shown as 007, never as 7
    const ColumnProfile phones = profileOne(u"Phone"_s, {"07700900123", "07700900456"});
    QCOMPARE(phones.type, ValueType::Text);
    QCOMPARE(phones.integerCount, 0);
}

void TestProfiler::excelSerialsOnlyUnderADateHeader()
{
    const QByteArrayList serials{"45385", "45386", "44197", "45400"};
    const ColumnProfile dated = profileOne(u"Start date"_s, serials);
    QCOMPARE(dated.type, ValueType::Date);
    QVERIFY(dated.dateFormats.testFlag(DateFormat::ExcelSerial));
    QCOMPARE(dated.minDate, QDate(2021, 1, 1));
    QCOMPARE(dated.maxDate, QDate(2024, 4, 18));
    QCOMPARE(dateFormatNames(dated.dateFormats), QStringList{u"excel_serial"_s});
    // A column of 5-digit numbers is not dates by default.
    const ColumnProfile numbers = profileOne(u"Reference"_s, serials);
    QCOMPARE(numbers.type, ValueType::Integer);
    QCOMPARE(numbers.dateFormats, DateFormats());
    QVERIFY(!numbers.minDate.isValid());
    // Fractions under a date header are date-times.
    const ColumnProfile times = profileOne(u"Created date"_s, {"45385.5", "45386.25"});
    QCOMPARE(times.type, ValueType::DateTime);
    QCOMPARE(times.minDateTime, QDateTime(QDate(2024, 4, 3), QTime(12, 0), Qt::UTC));
    QCOMPARE(times.maxDateTime, QDateTime(QDate(2024, 4, 4), QTime(6, 0), Qt::UTC));
}

void TestProfiler::mixedDateFormatsAreReported()
{
    const ColumnProfile p =
        profileOne(u"Seen"_s, {"03/04/2024", "2024-04-05", "05-Mar-2021", "5/3/21", "04/23/2024"});
    QCOMPARE(p.type, ValueType::Date);
    QCOMPARE(p.dateFormats, DateFormat::IsoDate | DateFormat::DayMonthYear |
                                DateFormat::DayMonthShortYear | DateFormat::DayMonthNameYear |
                                DateFormat::MonthDayYear);
    QCOMPARE(dateFormatNames(p.dateFormats),
             (QStringList{u"iso_date"_s, u"dd/mm/yyyy"_s, u"dd/mm/yy"_s, u"dd-mon-yyyy"_s,
                          u"mm/dd/yyyy"_s}));
    QCOMPARE(p.minDate, QDate(2021, 3, 5));
    QCOMPARE(p.maxDate, QDate(2024, 4, 23));
}

void TestProfiler::emptyAbsentAndPlaceholders()
{
    Profiler p({u"A"_s, u"B"_s, u"C"_s}, options());
    p.add(block({
        {"1", "x", "a"},
        {"2", "", "b"},
        {"3", "  "},                   // short row: C is absent, not empty
        {"NULL", "N/A", "c", "extra"}, // long row: the extra field is ignored
        {"4"},
    }));
    const DatasetProfile d = p.finish();
    QCOMPARE(d.rowCount, 5);
    QCOMPARE(d.shortRowCount, 2);
    QCOMPARE(d.longRowCount, 1);
    QCOMPARE(d.columns.size(), 3);
    const ColumnProfile& a = d.columns[0];
    QCOMPARE(a.placeholderCount, 1);
    QCOMPARE(a.emptyCount, 0);
    QCOMPARE(a.valueCount, 4);
    QCOMPARE(a.type, ValueType::Integer);
    QCOMPARE(a.typeShare, 1.0);
    const ColumnProfile& b = d.columns[1];
    QCOMPARE(b.absentCount, 1);
    QCOMPARE(b.emptyCount, 2);
    QCOMPARE(b.placeholderCount, 1);
    QCOMPARE(b.valueCount, 1);
    QCOMPARE(b.emptyShare, 0.5);
    const ColumnProfile& c = d.columns[2];
    QCOMPARE(c.absentCount, 2);
    QCOMPARE(c.emptyCount, 0);
    QCOMPARE(c.valueCount, 3);
    QCOMPARE(c.emptyShare, 0.0);
    QCOMPARE(c.index, 2);
}

void TestProfiler::workbookCells()
{
    Profiler p({u"N"_s, u"D"_s, u"B"_s, u"E"_s}, options());
    p.add(block({
        {Cell("1e+20", CellKind::Number), Cell("2024-04-03", CellKind::Date),
         Cell("TRUE", CellKind::Boolean), Cell("#REF!", CellKind::Error)},
        {Cell("2.5", CellKind::Number), Cell("2024-04-04", CellKind::Date),
         Cell("FALSE", CellKind::Boolean), Cell("#DIV/0!", CellKind::Error)},
        {Cell("", CellKind::Empty), Cell("", CellKind::Empty), Cell("", CellKind::Empty),
         Cell("7", CellKind::Number)},
    }));
    const DatasetProfile d = p.finish();
    QCOMPARE(d.columns[0].type, ValueType::Decimal);
    QCOMPARE(d.columns[0].maxNumber, std::optional<double>(1e20));
    QVERIFY(d.columns[0].numberStyles.testFlag(NumberStyle::Exponent));
    QCOMPARE(d.columns[0].emptyCount, 1);
    QCOMPARE(d.columns[1].type, ValueType::Date);
    QCOMPARE(dateFormatNames(d.columns[1].dateFormats), QStringList{u"workbook"_s});
    QCOMPARE(d.columns[2].type, ValueType::Boolean);
    QCOMPARE(d.columns[3].errorCount, 2);
    QCOMPARE(d.columns[3].valueCount, 1);
    QCOMPARE(d.columns[3].type, ValueType::Integer);
}

void TestProfiler::sameTextOfDifferentKinds()
{
    // The profiler remembers how it read a repeated value; a value whose reading depends on
    // its cell kind must not be remembered across kinds.
    Profiler p({u"V"_s}, options());
    QList<QList<Cell>> rows;
    for (int i = 0; i < 50; ++i) {
        rows.append({Cell("1e+20", CellKind::Number)});
        rows.append({Cell("1e+20")});
        rows.append({Cell("#N/A", CellKind::Error)});
        rows.append({Cell("#N/A")});
        rows.append({Cell("2024-04-03", CellKind::Date)});
        rows.append({Cell("2024-04-03")});
    }
    p.add(block(rows));
    const ColumnProfile c = p.finish().columns.first();
    QCOMPARE(c.decimalCount, 50);
    QCOMPARE(c.textCount, 50);
    QCOMPARE(c.errorCount, 50);
    QCOMPARE(c.placeholderCount, 50);
    QCOMPARE(c.dateCount, 100);
    QCOMPARE(c.dateFormats, DateFormat::Workbook | DateFormat::IsoDate);
}

void TestProfiler::ranges()
{
    const ColumnProfile n = profileOne(u"Amount"_s, {"10", "-2.5", "(1,000.25)", "7"});
    QCOMPARE(n.minNumber, std::optional<double>(-1000.25));
    QCOMPARE(n.maxNumber, std::optional<double>(10));
    QVERIFY(n.numberStyles.testFlag(NumberStyle::Parentheses));
    QVERIFY(n.numberStyles.testFlag(NumberStyle::Grouping));
    const ColumnProfile dt =
        profileOne(u"When"_s, {"2024-04-03T10:00:00", "2023-01-01 09:30", "03/04/2024 23:59:59"});
    QCOMPARE(dt.type, ValueType::DateTime);
    QCOMPARE(dt.minDateTime, QDateTime(QDate(2023, 1, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(dt.maxDateTime, QDateTime(QDate(2024, 4, 3), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(dt.minDate, QDate(2023, 1, 1));
    const ColumnProfile text = profileOne(u"Name"_s, {"Ann", "Bob"});
    QVERIFY(!text.minNumber.has_value());
    QVERIFY(!text.minDate.isValid());
}

void TestProfiler::lengthsInCharacters()
{
    const ColumnProfile p = profileOne(u"Name"_s, {"Si\xC3\xA2n", "Bo", "  Ann  "});
    QCOMPARE(p.maxLength, 4); // Siân: 4 characters, 5 bytes; spaces around do not count
}

void TestProfiler::examples()
{
    const ColumnProfile p = profileOne(u"Town"_s, {"Cardiff", "", "Cardiff", "Swansea", "Newport",
                                                   "Bangor", "Rhyl", "Wrexham", "Bangor"});
    QCOMPARE(p.examples,
             (QStringList{u"Cardiff"_s, u"Swansea"_s, u"Newport"_s, u"Bangor"_s, u"Rhyl"_s}));
}

void TestProfiler::distinctCounts()
{
    const ColumnProfile p = profileOne(u"Sex"_s, {"M", "F", "M", " M ", "F", "X", ""});
    QCOMPARE(p.distinctCount, 3);
    QVERIFY(p.distinctExact);

    QByteArrayList many;
    for (int i = 0; i < 50000; ++i)
        many << "id-" + QByteArray::number(i % 20000);
    const ColumnProfile big = profileOne(u"Id"_s, many);
    QVERIFY(!big.distinctExact);
    QVERIFY2(std::abs(big.distinctCount - 20000) < 20000 * 0.05,
             qPrintable(QString::number(big.distinctCount)));
}

void TestProfiler::distinctCounterAccuracy()
{
    // Exact to the limit, then within a few standard errors (1.6%) across the range.
    for (const int n : {1, 100, DistinctCounter::kExactLimit, DistinctCounter::kExactLimit + 1,
                        3000, 10000, 100000, 1000000}) {
        DistinctCounter c;
        for (int i = 0; i < n; ++i) {
            const QByteArray v = "value " + QByteArray::number(i);
            c.add(DistinctCounter::hash(v));
            c.add(DistinctCounter::hash(v)); // twice: counted once
        }
        if (n <= DistinctCounter::kExactLimit) {
            QVERIFY(c.isExact());
            QCOMPARE(c.estimate(), n);
        } else {
            QVERIFY(!c.isExact());
            const double error = std::abs(double(c.estimate()) - n) / n;
            QVERIFY2(error < 0.05, qPrintable(QStringLiteral("%1: %2").arg(n).arg(c.estimate())));
        }
    }
    // Merging two halves with an overlap counts the union.
    DistinctCounter a;
    DistinctCounter b;
    for (int i = 0; i < 60000; ++i)
        a.add(DistinctCounter::hash(QByteArray("v" + QByteArray::number(i))));
    for (int i = 40000; i < 100000; ++i)
        b.add(DistinctCounter::hash(QByteArray("v" + QByteArray::number(i))));
    a.merge(b);
    QVERIFY2(std::abs(a.estimate() - 100000) < 5000, qPrintable(QString::number(a.estimate())));
    // Small exact counters merge exactly.
    DistinctCounter x;
    DistinctCounter y;
    for (int i = 0; i < 300; ++i)
        x.add(DistinctCounter::hash(QByteArray::number(i)));
    for (int i = 200; i < 500; ++i)
        y.add(DistinctCounter::hash(QByteArray::number(i)));
    x.merge(y);
    QVERIFY(x.isExact());
    QCOMPARE(x.estimate(), 500);
    QCOMPARE(DistinctCounter().estimate(), 0);
    QVERIFY(DistinctCounter::hash("a") != DistinctCounter::hash("b"));
    QVERIFY(DistinctCounter::hash("") != DistinctCounter::hash(QByteArrayView("\0", 1)));
}

void TestProfiler::sampleIsBounded()
{
    ProfilerOptions o = options();
    o.sampleHead = 100;
    o.sampleReservoir = 50;
    Profiler p({u"V"_s}, o);
    RowBlock b;
    for (int chunk = 0; chunk < 10; ++chunk) {
        b.clear();
        for (int i = 0; i < 1000; ++i) {
            b.beginRow(i);
            b.addField(QByteArray(QByteArray::number(chunk * 1000 + i) + (i % 3 ? "" : "   ")));
        }
        p.add(b);
    }
    const QByteArrayList s = p.sample(0);
    QCOMPARE(s.size(), 150);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(s[i], QByteArray::number(i)); // the head is the first values, trimmed
    // The reservoir is spread over the rest, not stuck at its start.
    int late = 0;
    for (int i = 100; i < 150; ++i)
        late += s[i].toInt() >= 5000;
    QVERIFY2(late >= 15 && late <= 35, qPrintable(QString::number(late)));
    QVERIFY(p.sample(1).isEmpty());
    // Long values are cut at 512 bytes.
    Profiler q({u"Notes"_s}, options());
    q.add(columnBlock({QByteArray(2000, 'x')}));
    QCOMPARE(q.sample(0).first().size(), 512);
    QCOMPARE(q.finish().columns.first().maxLength, 2000);
}

void TestProfiler::mergeEqualsOnePass()
{
    QRandomGenerator g(7);
    const QStringList names{u"Id"_s, u"Amount"_s, u"Seen"_s, u"Town"_s, u"Flag"_s};
    std::vector<RowBlock> blocks;
    for (int k = 0; k < 20; ++k) {
        RowBlock b;
        for (int i = 0; i < 500; ++i) {
            b.beginRow(k * 500 + i + 2);
            b.addField(QByteArray::number(k * 500 + i));
            b.addField(QByteArray::number(g.bounded(100000) / 100.0, 'f', 2));
            b.addField(QDate(2020, 1, 1).addDays(g.bounded(1500)).toString(u"dd/MM/yyyy").toUtf8());
            b.addField(QByteArrayList{"Cardiff", "Swansea", "", "NULL"}.at(g.bounded(4)));
            if (i % 7)
                b.addField(i % 2 ? "Y" : "N");
        }
        blocks.push_back(std::move(b));
    }
    Profiler whole(names, options());
    Profiler even(names, options());
    Profiler odd(names, options());
    for (size_t k = 0; k < blocks.size(); ++k) {
        whole.add(blocks[k]);
        (k % 2 ? odd : even).add(blocks[k]);
    }
    even.merge(odd);
    QCOMPARE(even.rowCount(), whole.rowCount());
    const DatasetProfile a = whole.finish();
    const DatasetProfile b = even.finish();
    QCOMPARE(b.rowCount, a.rowCount);
    QCOMPARE(b.shortRowCount, a.shortRowCount);
    for (int c = 0; c < names.size(); ++c) {
        const ColumnProfile& x = a.columns[c];
        const ColumnProfile& y = b.columns[c];
        QCOMPARE(y.type, x.type);
        QCOMPARE(y.typeShare, x.typeShare);
        QCOMPARE(y.absentCount, x.absentCount);
        QCOMPARE(y.emptyCount, x.emptyCount);
        QCOMPARE(y.placeholderCount, x.placeholderCount);
        QCOMPARE(y.valueCount, x.valueCount);
        QCOMPARE(y.integerCount, x.integerCount);
        QCOMPARE(y.decimalCount, x.decimalCount);
        QCOMPARE(y.dateCount, x.dateCount);
        QCOMPARE(y.booleanCount, x.booleanCount);
        QCOMPARE(y.minNumber, x.minNumber);
        QCOMPARE(y.maxNumber, x.maxNumber);
        QCOMPARE(y.minDate, x.minDate);
        QCOMPARE(y.maxDate, x.maxDate);
        QCOMPARE(y.dateFormats, x.dateFormats);
        QCOMPARE(y.maxLength, x.maxLength);
        QCOMPARE(y.distinctExact, x.distinctExact);
        QCOMPARE(y.distinctCount, x.distinctCount); // the same set of registers
        QCOMPARE(even.sample(c).size(), whole.sample(c).size());
    }
    QCOMPARE(a.columns[0].distinctCount, b.columns[0].distinctCount);
    QVERIFY(!a.columns[0].distinctExact);
    QCOMPARE(a.columns[3].distinctCount, 2);
}

void TestProfiler::identifiersAreDetected()
{
    Profiler p({u"NHS Number"_s, u"Amount"_s}, options());
    p.add(block({{"943 476 5919", "12.00"}, {"9434765919", "3"}, {"943-476-5919", "4"}}));
    const DatasetProfile d = p.finish();
    QVERIFY(!d.columns[0].identifiers.isEmpty());
    QCOMPARE(d.columns[0].identifiers.first().kind, IdentifierKind::NhsNumber);
    QVERIFY(d.columns[1].identifiers.isEmpty());
    ProfilerOptions off = options();
    off.detectIdentifiers = false;
    Profiler q({u"NHS Number"_s}, off);
    q.add(columnBlock({"9434765919"}));
    QVERIFY(q.finish().columns.first().identifiers.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfiler)
#include "tst_profiler.moc"
