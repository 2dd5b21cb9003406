#include "profile/ValueParsing.h"

#include <QTest>

#include <cmath>

using namespace sharewise;
using namespace sharewise::profile;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(sharewise::profile::NumberStyles)
Q_DECLARE_METATYPE(sharewise::profile::DateFormat)
Q_DECLARE_METATYPE(sharewise::profile::ValueType)
Q_DECLARE_METATYPE(sharewise::table::CellKind)

class TestValueParsing : public QObject
{
    Q_OBJECT

private slots:
    void numbers_data();
    void numbers();
    void notNumbers_data();
    void notNumbers();
    void exponentOnlyWhenAllowed();
    void manyDigitsRoundCorrectly();
    void leadingZeros();
    void booleans();
    void trimming();
    void placeholders();
    void dates_data();
    void dates();
    void notDates_data();
    void notDates();
    void excelSerials();
    void dayCountsMatchQDate();
    void classify_data();
    void classify();
    void names();
};

void TestValueParsing::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<double>("value");
    QTest::addColumn<NumberStyles>("styles");

    using S = NumberStyle;
    QTest::newRow("integer") << QByteArray("1234") << true << 1234.0 << NumberStyles();
    QTest::newRow("negative") << QByteArray("-12") << true << -12.0 << NumberStyles();
    QTest::newRow("plus") << QByteArray("+7") << true << 7.0 << NumberStyles();
    QTest::newRow("zero") << QByteArray("0") << true << 0.0 << NumberStyles();
    QTest::newRow("minus zero") << QByteArray("-0") << true << 0.0 << NumberStyles();
    QTest::newRow("grouped decimal")
        << QByteArray("1,234.56") << false << 1234.56 << NumberStyles(S::Grouping);
    QTest::newRow("spaces around")
        << QByteArray(" 1,234.56 ") << false << 1234.56 << NumberStyles(S::Grouping);
    QTest::newRow("brackets negative")
        << QByteArray("(1,234.56)") << false << -1234.56 << (S::Grouping | S::Parentheses);
    QTest::newRow("pounds") << QByteArray("\xC2\xA3"
                                          "1,234")
                            << true << 1234.0 << (S::Currency | S::Grouping);
    QTest::newRow("minus pounds") << QByteArray("-\xC2\xA3"
                                                "12")
                                  << true << -12.0 << NumberStyles(S::Currency);
    QTest::newRow("pounds minus") << QByteArray("\xC2\xA3-12.50") << false << -12.5
                                  << NumberStyles(S::Currency);
    QTest::newRow("dollars") << QByteArray("$5") << true << 5.0 << NumberStyles(S::Currency);
    QTest::newRow("euros") << QByteArray("\xE2\x82\xAC"
                                         "5.5")
                           << false << 5.5 << NumberStyles(S::Currency);
    QTest::newRow("percent kept as written")
        << QByteArray("12%") << true << 12.0 << NumberStyles(S::Percent);
    QTest::newRow("decimal percent")
        << QByteArray("12.5%") << false << 12.5 << NumberStyles(S::Percent);
    QTest::newRow("fraction") << QByteArray("0.5") << false << 0.5 << NumberStyles();
    QTest::newRow("negative fraction") << QByteArray("-0.25") << false << -0.25 << NumberStyles();
    QTest::newRow("no integer part") << QByteArray(".5") << false << 0.5 << NumberStyles();
    QTest::newRow("trailing zeros are a decimal")
        << QByteArray("12.00") << false << 12.0 << NumberStyles();
    QTest::newRow("millions") << QByteArray("1,234,567") << true << 1234567.0
                              << NumberStyles(S::Grouping);
    QTest::newRow("18 digits") << QByteArray("123456789012345678") << true << 123456789012345678.0
                               << NumberStyles();
    QTest::newRow("tiny") << QByteArray("0.000001") << false << 0.000001 << NumberStyles();
}

void TestValueParsing::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isInteger);
    QFETCH(double, value);
    QFETCH(NumberStyles, styles);
    const auto n = parseNumber(text);
    QVERIFY2(n.has_value(), text.constData());
    QCOMPARE(n->isInteger, isInteger);
    QCOMPARE(n->value, value);
    QCOMPARE(n->styles, styles);
    if (isInteger)
        QCOMPARE(double(n->integer), value);
}

void TestValueParsing::notNumbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("spaces") << QByteArray("   ");
    QTest::newRow("minus alone") << QByteArray("-");
    QTest::newRow("point alone") << QByteArray(".");
    QTest::newRow("word") << QByteArray("abc");
    QTest::newRow("bad group 1,23") << QByteArray("1,23");
    QTest::newRow("bad group 1,2345") << QByteArray("1,2345");
    QTest::newRow("bad group 12,34") << QByteArray("12,34");
    QTest::newRow("leading comma") << QByteArray(",123");
    QTest::newRow("trailing comma") << QByteArray("123,");
    QTest::newRow("european decimal comma") << QByteArray("1.234,56");
    QTest::newRow("two points") << QByteArray("1.2.3");
    QTest::newRow("leading zero") << QByteArray("007");
    QTest::newRow("leading zeros with point") << QByteArray("00.5");
    QTest::newRow("leading zero grouped") << QByteArray("0,123");
    QTest::newRow("inner space") << QByteArray("12 34");
    QTest::newRow("trailing minus") << QByteArray("12-");
    QTest::newRow("double brackets") << QByteArray("((1))");
    QTest::newRow("brackets and minus") << QByteArray("(-1)");
    QTest::newRow("19 digits: an identifier") << QByteArray("1234567890123456789");
    QTest::newRow("exponent in text") << QByteArray("1e5");
    QTest::newRow("product code") << QByteArray("12E4");
    QTest::newRow("nan") << QByteArray("NaN");
    QTest::newRow("inf") << QByteArray("inf");
    QTest::newRow("phone") << QByteArray("07700 900123");
    QTest::newRow("plus phone") << QByteArray("+44 7700 900123");
    QTest::newRow("date") << QByteArray("03/04/2024");
}

void TestValueParsing::notNumbers()
{
    QFETCH(QByteArray, text);
    QVERIFY2(!parseNumber(text).has_value(), text.constData());
}

void TestValueParsing::exponentOnlyWhenAllowed()
{
    QVERIFY(!parseNumber("1e+20").has_value());
    const auto n = parseNumber("1e+20", true);
    QVERIFY(n.has_value());
    QVERIFY(!n->isInteger);
    QCOMPARE(n->value, 1e20);
    QVERIFY(n->styles.testFlag(NumberStyle::Exponent));
    QCOMPARE(parseNumber("-2.5E-3", true)->value, -0.0025);
    QVERIFY(!parseNumber("1e", true).has_value());
    QVERIFY(!parseNumber("e5", true).has_value());
}

void TestValueParsing::manyDigitsRoundCorrectly()
{
    // More significant digits than the fast path holds: the value is still the double
    // nearest to what is written.
    const auto pi = parseNumber("3.14159265358979323846264338327950288");
    QVERIFY(pi.has_value());
    QCOMPARE(pi->value, 3.141592653589793);
    const auto big = parseNumber("123,456,789,012,345,678.5");
    QVERIFY(big.has_value());
    QCOMPARE(big->value, 123456789012345678.5);
}

void TestValueParsing::leadingZeros()
{
    QVERIFY(hasLeadingZero("007"));
    QVERIFY(hasLeadingZero("07700900123"));
    QVERIFY(hasLeadingZero("00"));
    QVERIFY(!hasLeadingZero("0"));
    QVERIFY(!hasLeadingZero("0.5"));
    QVERIFY(!hasLeadingZero("700"));
    QVERIFY(!hasLeadingZero("0A1"));
}

void TestValueParsing::booleans()
{
    QCOMPARE(parseBoolean("yes"), std::optional<bool>(true));
    QCOMPARE(parseBoolean("YES"), std::optional<bool>(true));
    QCOMPARE(parseBoolean("No"), std::optional<bool>(false));
    QCOMPARE(parseBoolean("y"), std::optional<bool>(true));
    QCOMPARE(parseBoolean("N"), std::optional<bool>(false));
    QCOMPARE(parseBoolean("TRUE"), std::optional<bool>(true));
    QCOMPARE(parseBoolean("false"), std::optional<bool>(false));
    QCOMPARE(parseBoolean(" True "), std::optional<bool>(true));
    // 1/0 only when the column says so (the profiler decides), t/f never (F is a sex).
    QVERIFY(!parseBoolean("1").has_value());
    QVERIFY(!parseBoolean("0").has_value());
    QVERIFY(!parseBoolean("t").has_value());
    QVERIFY(!parseBoolean("F").has_value());
    QVERIFY(!parseBoolean("yes please").has_value());
    QVERIFY(!parseBoolean("").has_value());
}

void TestValueParsing::trimming()
{
    QCOMPARE(trimSpaces("  a b \t"), QByteArrayView("a b"));
    QCOMPARE(trimSpaces("\xC2\xA0"
                        "12\xC2\xA0"),
             QByteArrayView("12"));
    QCOMPARE(trimSpaces("\r\n"), QByteArrayView(""));
    QCOMPARE(trimSpaces("x"), QByteArrayView("x"));
    QCOMPARE(parseNumber("\xC2\xA0"
                         "1,000 ")
                 ->value,
             1000.0);
}

void TestValueParsing::placeholders()
{
    for (const char* p : {"NULL", "null", "N/A", "n/a", "#N/A", "(null)", "-", "--"})
        QVERIFY2(isPlaceholder(p), p);
    for (const char* p : {"None", "NA", "0", "Unknown", "---x", "nul"})
        QVERIFY2(!isPlaceholder(p), p);
}

void TestValueParsing::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("seconds"); // -1: no time
    QTest::addColumn<DateFormat>("format");

    const QDate apr3(2024, 4, 3);
    using F = DateFormat;
    // UK order: 03/04/2024 is 3 April.
    QTest::newRow("dd/mm/yyyy") << QByteArray("03/04/2024") << apr3 << -1 << F::DayMonthYear;
    QTest::newRow("d/m/yyyy") << QByteArray("3/4/2024") << apr3 << -1 << F::DayMonthYear;
    QTest::newRow("dd-mm-yyyy") << QByteArray("03-04-2024") << apr3 << -1 << F::DayMonthYear;
    QTest::newRow("dd.mm.yyyy") << QByteArray("03.04.2024") << apr3 << -1 << F::DayMonthYear;
    QTest::newRow("d/m/yy") << QByteArray("3/4/24") << apr3 << -1 << F::DayMonthShortYear;
    QTest::newRow("yy 95 is 1995")
        << QByteArray("3/4/95") << QDate(1995, 4, 3) << -1 << F::DayMonthShortYear;
    QTest::newRow("yy 29 is 2029")
        << QByteArray("3/4/29") << QDate(2029, 4, 3) << -1 << F::DayMonthShortYear;
    QTest::newRow("yy 30 is 1930")
        << QByteArray("3/4/30") << QDate(1930, 4, 3) << -1 << F::DayMonthShortYear;
    QTest::newRow("dd-Mon-yyyy") << QByteArray("05-Mar-2021") << QDate(2021, 3, 5) << -1
                                 << F::DayMonthNameYear;
    QTest::newRow("d Month yyyy") << QByteArray("5 March 2021") << QDate(2021, 3, 5) << -1
                                  << F::DayMonthNameYear;
    QTest::newRow("ordinal") << QByteArray("5th March 2021") << QDate(2021, 3, 5) << -1
                             << F::DayMonthNameYear;
    QTest::newRow("1st") << QByteArray("1st Sept 2020") << QDate(2020, 9, 1) << -1
                         << F::DayMonthNameYear;
    QTest::newRow("short year name")
        << QByteArray("5 Mar 21") << QDate(2021, 3, 5) << -1 << F::DayMonthNameYear;
    QTest::newRow("upper case") << QByteArray("05-MAR-2021") << QDate(2021, 3, 5) << -1
                                << F::DayMonthNameYear;
    QTest::newRow("Welsh month") << QByteArray("5 Mawrth 2021") << QDate(2021, 3, 5) << -1
                                 << F::DayMonthNameYear;
    QTest::newRow("Welsh July") << QByteArray("12 Gorffennaf 1999") << QDate(1999, 7, 12) << -1
                                << F::DayMonthNameYear;
    QTest::newRow("iso") << QByteArray("2024-04-03") << apr3 << -1 << F::IsoDate;
    QTest::newRow("iso slashes") << QByteArray("2024/04/03") << apr3 << -1 << F::IsoDate;
    QTest::newRow("iso T") << QByteArray("2024-04-03T14:05:00") << apr3 << 50700 << F::IsoDateTime;
    QTest::newRow("iso space no seconds")
        << QByteArray("2024-04-03 14:05") << apr3 << 50700 << F::IsoDateTime;
    QTest::newRow("iso fraction Z")
        << QByteArray("2024-04-03T14:05:00.123Z") << apr3 << 50700 << F::IsoDateTime;
    QTest::newRow("iso offset kept as written")
        << QByteArray("2024-04-03T14:05:00+01:00") << apr3 << 50700 << F::IsoDateTime;
    QTest::newRow("sql server") << QByteArray("1984-02-01 00:00:00.000") << QDate(1984, 2, 1) << 0
                                << F::IsoDateTime;
    QTest::newRow("uk with time") << QByteArray("03/04/2024 14:05") << apr3 << 50700
                                  << F::DayMonthYearTime;
    QTest::newRow("uk with seconds")
        << QByteArray("03/04/2024 14:05:09") << apr3 << 50709 << F::DayMonthYearTime;
    QTest::newRow("pm") << QByteArray("03/04/2024 2:05 PM") << apr3 << 50700 << F::DayMonthYearTime;
    QTest::newRow("12 am") << QByteArray("03/04/2024 12:00am") << apr3 << 0 << F::DayMonthYearTime;
    QTest::newRow("month first only when day first is impossible")
        << QByteArray("04/23/2024") << QDate(2024, 4, 23) << -1 << F::MonthDayYear;
    QTest::newRow("leap day") << QByteArray("29/02/2024") << QDate(2024, 2, 29) << -1
                              << F::DayMonthYear;
    QTest::newRow("spaces around") << QByteArray("  03/04/2024 ") << apr3 << -1 << F::DayMonthYear;
    QTest::newRow("old") << QByteArray("01/01/1901") << QDate(1901, 1, 1) << -1 << F::DayMonthYear;
}

void TestValueParsing::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(QDate, date);
    QFETCH(int, seconds);
    QFETCH(DateFormat, format);
    const auto d = parseDate(text);
    QVERIFY2(d.has_value(), text.constData());
    QCOMPARE(d->date(), date);
    QCOMPARE(d->seconds, seconds);
    QCOMPARE(d->hasTime(), seconds >= 0);
    QCOMPARE(d->format, format);
    if (seconds >= 0)
        QCOMPARE(d->dateTime(),
                 QDateTime(date, QTime::fromMSecsSinceStartOfDay(seconds * 1000), Qt::UTC));
}

void TestValueParsing::notDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("29 Feb not leap") << QByteArray("29/02/2023");
    QTest::newRow("31 April") << QByteArray("31/04/2024");
    QTest::newRow("day 32") << QByteArray("32/01/2024");
    QTest::newRow("both over 12") << QByteArray("13/13/2024");
    QTest::newRow("month 13 iso") << QByteArray("2024-13-01");
    QTest::newRow("three-digit year") << QByteArray("03/04/202");
    QTest::newRow("mixed separators") << QByteArray("03/04-2024");
    QTest::newRow("no year") << QByteArray("1 May");
    QTest::newRow("month and year") << QByteArray("May 2021");
    QTest::newRow("address") << QByteArray("12 Acacia Avenue");
    QTest::newRow("hour 25") << QByteArray("2024-04-03T25:00");
    QTest::newRow("compact") << QByteArray("20240403");
    QTest::newRow("misspelt month") << QByteArray("5 Marchh 2021");
    QTest::newRow("trailing words") << QByteArray("03/04/2024 approx");
    QTest::newRow("number") << QByteArray("45385");
    QTest::newRow("phone") << QByteArray("07700 900123");
    QTest::newRow("space separated digits") << QByteArray("03 04 2024");
    QTest::newRow("year zero") << QByteArray("0000-01-01");
    QTest::newRow("pm hour 13") << QByteArray("03/04/2024 13:00 PM");
}

void TestValueParsing::notDates()
{
    QFETCH(QByteArray, text);
    QVERIFY2(!parseDate(text).has_value(), text.constData());
}

void TestValueParsing::excelSerials()
{
    QCOMPARE(parseExcelSerial(1)->date(), QDate(1900, 1, 1));
    QCOMPARE(parseExcelSerial(59)->date(), QDate(1900, 2, 28));
    QVERIFY(!parseExcelSerial(60).has_value()); // Excel's 29 February 1900 never was
    QCOMPARE(parseExcelSerial(61)->date(), QDate(1900, 3, 1));
    QCOMPARE(parseExcelSerial(25569)->date(), QDate(1970, 1, 1));
    QCOMPARE(parseExcelSerial(45385)->date(), QDate(2024, 4, 3));
    QCOMPARE(parseExcelSerial(45385)->format, DateFormat::ExcelSerial);
    QVERIFY(!parseExcelSerial(45385)->hasTime());
    const auto noon = parseExcelSerial(45385.5);
    QCOMPARE(noon->seconds, 12 * 3600);
    QCOMPARE(noon->dateTime(), QDateTime(QDate(2024, 4, 3), QTime(12, 0), Qt::UTC));
    QCOMPARE(parseExcelSerial(2958465)->date(), QDate(9999, 12, 31));
    QVERIFY(!parseExcelSerial(2958466).has_value());
    QVERIFY(!parseExcelSerial(0).has_value());
    QVERIFY(!parseExcelSerial(-5).has_value());
    QVERIFY(!parseExcelSerial(std::nan("")).has_value());
}

void TestValueParsing::dayCountsMatchQDate()
{
    const QDate epoch(1970, 1, 1);
    for (QDate d(1600, 1, 1); d.year() < 2400; d = d.addDays(7)) {
        const qint32 days = daysFromCivil(d.year(), d.month(), d.day());
        QCOMPARE(qint64(days), epoch.daysTo(d));
        QCOMPARE(dateFromDays(days), d);
    }
    static_assert(daysFromCivil(1970, 1, 1) == 0);
    static_assert(daysFromCivil(2000, 3, 1) == 11017);
}

void TestValueParsing::classify_data()
{
    using K = table::CellKind;
    using T = ValueType;
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<K>("kind");
    QTest::addColumn<T>("type");
    QTest::addColumn<bool>("placeholder");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("leadingZero");

    QTest::newRow("empty") << QByteArray("") << K::Text << T::Empty << false << false << false;
    QTest::newRow("spaces") << QByteArray("  ") << K::Text << T::Empty << false << false << false;
    QTest::newRow("integer") << QByteArray("1") << K::Text << T::Integer << false << false << false;
    QTest::newRow("decimal") << QByteArray("1.0") << K::Text << T::Decimal << false << false
                             << false;
    QTest::newRow("amount") << QByteArray("(\xC2\xA3"
                                          "12.00)")
                            << K::Text << T::Decimal << false << false << false;
    QTest::newRow("leading zero text")
        << QByteArray("007") << K::Text << T::Text << false << false << true;
    QTest::newRow("phone text") << QByteArray("07700 900123") << K::Text << T::Text << false
                                << false << false;
    QTest::newRow("NULL") << QByteArray("NULL") << K::Text << T::Empty << true << false << false;
    QTest::newRow("N/A") << QByteArray(" N/A ") << K::Text << T::Empty << true << false << false;
    QTest::newRow("#N/A text") << QByteArray("#N/A") << K::Text << T::Empty << true << false
                               << false;
    QTest::newRow("dash") << QByteArray("-") << K::Text << T::Empty << true << false << false;
    QTest::newRow("error cell") << QByteArray("#REF!") << K::Error << T::Empty << false << true
                                << false;
    QTest::newRow("#N/A error cell")
        << QByteArray("#N/A") << K::Error << T::Empty << false << true << false;
    QTest::newRow("hash text") << QByteArray("#REF!") << K::Text << T::Text << false << false
                               << false;
    QTest::newRow("workbook exponent")
        << QByteArray("1e+20") << K::Number << T::Decimal << false << false << false;
    QTest::newRow("negative workbook exponent")
        << QByteArray("-1e-05") << K::Number << T::Decimal << false << false << false;
    QTest::newRow("text exponent")
        << QByteArray("1e+20") << K::Text << T::Text << false << false << false;
    QTest::newRow("workbook boolean")
        << QByteArray("TRUE") << K::Boolean << T::Boolean << false << false << false;
    QTest::newRow("yes") << QByteArray("yes") << K::Text << T::Boolean << false << false << false;
    QTest::newRow("word") << QByteArray("Smith") << K::Text << T::Text << false << false << false;
    QTest::newRow("address") << QByteArray("12 Acacia Avenue") << K::Text << T::Text << false
                             << false << false;
    QTest::newRow("uk date") << QByteArray("03/04/2024") << K::Text << T::Date << false << false
                             << false;
    QTest::newRow("workbook date")
        << QByteArray("2024-04-03") << K::Date << T::Date << false << false << false;
    QTest::newRow("workbook date-time") << QByteArray("2024-04-03T10:00:00") << K::DateTime
                                        << T::DateTime << false << false << false;
}

void TestValueParsing::classify()
{
    QFETCH(QByteArray, text);
    QFETCH(table::CellKind, kind);
    QFETCH(ValueType, type);
    QFETCH(bool, placeholder);
    QFETCH(bool, error);
    QFETCH(bool, leadingZero);
    const ParsedValue v = parseValue(text, kind);
    QCOMPARE(v.type, type);
    QCOMPARE(v.placeholder, placeholder);
    QCOMPARE(v.error, error);
    QCOMPARE(v.leadingZero, leadingZero);
}

void TestValueParsing::names()
{
    QStringList all;
    for (ValueType t : {ValueType::Empty, ValueType::Text, ValueType::Boolean, ValueType::Integer,
                        ValueType::Decimal, ValueType::Date, ValueType::DateTime}) {
        const QString name = valueTypeName(t);
        all << name;
        QCOMPARE(valueTypeFromName(name), std::optional<ValueType>(t));
    }
    QCOMPARE(all, (QStringList{u"empty"_s, u"text"_s, u"boolean"_s, u"integer"_s, u"decimal"_s,
                               u"date"_s, u"date_time"_s}));
    QVERIFY(!valueTypeFromName(u"number").has_value());

    // Workbook dates report as "workbook", so a user is not told their spreadsheet used ISO.
    QCOMPARE(parseValue("2024-04-03", table::CellKind::Date).date.format, DateFormat::Workbook);
    QCOMPARE(parseValue("2024-04-03").date.format, DateFormat::IsoDate);

    QCOMPARE(dateFormatNames(DateFormat::DayMonthYear | DateFormat::IsoDate),
             (QStringList{u"iso_date"_s, u"dd/mm/yyyy"_s}));
    QCOMPARE(dateFormatName(DateFormat::ExcelSerial), u"excel_serial"_s);
    QCOMPARE(numberStyleNames(NumberStyle::Currency | NumberStyle::Grouping),
             (QStringList{u"grouping"_s, u"currency"_s}));
}

QTEST_GUILESS_MAIN(TestValueParsing)
#include "tst_valueparsing.moc"
