#include "profile/Identifiers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sharewise;
using namespace sharewise::profile;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2025, 6, 1);

// --- independent definitions, not the product's code -----------------------------------

// A 10-digit number is a valid NHS number when its digits, weighted 10, 9, ..., 2, 1,
// sum to a multiple of 11. (The check digit has weight 1: check = 11 - (sum of the
// first nine mod 11), 11 written as 0; a needed 10 cannot be written, so no number.)
bool nhsByDefinition(const QByteArray& digits)
{
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += (digits[i] - '0') * (10 - i);
    return sum % 11 == 0;
}

// The UPN check letter: each of the 12 characters after it times its position (2-13),
// summed, mod 23, as a letter of A-Z without I, O, S. A final letter (temporary UPN)
// counts as its place in that alphabet.
char upnByDefinition(const QByteArray& twelve)
{
    const QByteArray letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const char c = twelve[i];
        const int v = (c >= '0' && c <= '9') ? c - '0' : int(letters.indexOf(c));
        sum += v * (i + 2);
    }
    return letters[sum % 23];
}

QByteArray digits(QRandomGenerator& g, int n)
{
    QByteArray s;
    for (int i = 0; i < n; ++i)
        s.append(char('0' + g.bounded(10)));
    return s;
}

QByteArray makeNhs(QRandomGenerator& g, const QByteArray& prefix = {})
{
    for (;;) {
        const QByteArray nine = prefix + digits(g, 9 - int(prefix.size()));
        if (prefix.isEmpty() && nine.startsWith("999"))
            continue; // test numbers only when asked for
        for (char d = '0'; d <= '9'; ++d) {
            if (nhsByDefinition(nine + d))
                return nine + d;
        }
    }
}

QByteArray spaced334(const QByteArray& d)
{
    return d.left(3) + ' ' + d.mid(3, 3) + ' ' + d.mid(6);
}

QByteArray makeUpn(QRandomGenerator& g)
{
    const QByteArray twelve = digits(g, 12);
    return upnByDefinition(twelve) + twelve;
}

QByteArray makeNi(QRandomGenerator& g)
{
    const QByteArray first = "ABCEGHJKLMNOPRSTWXY";
    const QByteArray second = "ABCEGHJKLMNPRSTWXY";
    for (;;) {
        QByteArray p;
        p.append(first[g.bounded(int(first.size()))]);
        p.append(second[g.bounded(int(second.size()))]);
        if (p == "BG" || p == "GB" || p == "KN" || p == "NK" || p == "NT" || p == "TN")
            continue;
        return p + digits(g, 6) + char('A' + g.bounded(4));
    }
}

QByteArray makePostcode(QRandomGenerator& g)
{
    static const char* const outward[] = {"CF10", "CF24", "SA1", "LL57", "NP20", "SW1A", "M1",
                                          "B33",  "EC1A", "W1A", "CR2",  "DN55", "LS6",  "BS8",
                                          "SY23", "LD3",  "CH5", "G2",   "EH1",  "BT7"};
    const QByteArray letters = "ABDEFGHJLNPQRSTUWXYZ";
    QByteArray p = outward[g.bounded(int(std::size(outward)))];
    p += ' ';
    p += char('0' + g.bounded(10));
    p += letters[g.bounded(int(letters.size()))];
    p += letters[g.bounded(int(letters.size()))];
    return p;
}

QByteArray pick(QRandomGenerator& g, const QList<QByteArray>& from)
{
    return from.at(g.bounded(int(from.size())));
}

QByteArray ukDate(QDate d)
{
    return d.toString(u"dd/MM/yyyy").toUtf8();
}

QDate randomDate(QRandomGenerator& g, QDate from, QDate to)
{
    return from.addDays(g.bounded(int(from.daysTo(to)) + 1));
}

const QList<QByteArray> kForenames = {
    "Olivia",   "Amelia", "Isla",     "Ava",   "Mia",    "Ivy",   "Lily",        "Oliver",
    "George",   "Noah",   "Arthur",   "Leo",   "Dafydd", "Rhys",  "Cerys",       "Seren",
    "Ffion",    "Priya",  "Mohammed", "Zofia", "Kwame",  "Aoife", "Si\xC3\xA2n", "Gethin",
    "Margaret", "Susan",  "David",    "Paul",  "Bethan", "Tegan", "Osian",       "Elin"};
const QList<QByteArray> kSurnames = {
    "Smith", "Jones",     "Williams", "Taylor",    "Davies",  "Evans",  "Brown",
    "Khan",  "Patel",     "Roberts",  "Hughes",    "Nowak",   "Okafor", "Ferreira",
    "Lloyd", "Pritchard", "Thomas",   "Lewis",     "Morgan",  "Price",  "Griffiths",
    "Rees",  "Owen",      "Jenkins",  "Kowalczyk", "Adeyemi", "Murphy", "Begum"};

QList<IdentifierFinding> detect(const QString& header, const QByteArrayList& values)
{
    return IdentifierDetector(kToday).detect(header, values);
}

double confidenceOf(const QList<IdentifierFinding>& findings, IdentifierKind kind,
                    SpecialCategory category = SpecialCategory::None)
{
    for (const auto& f : findings) {
        if (f.kind == kind && (category == SpecialCategory::None || f.category == category))
            return f.confidence;
    }
    return 0;
}

QString reasonOf(const QList<IdentifierFinding>& findings, IdentifierKind kind,
                 SpecialCategory category = SpecialCategory::None)
{
    for (const auto& f : findings) {
        if (f.kind == kind && (category == SpecialCategory::None || f.category == category))
            return f.reason;
    }
    return {};
}

QString describe(const QList<IdentifierFinding>& findings)
{
    QStringList out;
    for (const auto& f : findings)
        out << identifierKindName(f.kind) + u' ' + specialCategoryName(f.category) + u' ' +
                   QString::number(f.confidence) + u": " + f.reason;
    return out.join(u'\n');
}

template <typename Make>
QByteArrayList column(int n, Make make)
{
    QByteArrayList values;
    for (int i = 0; i < n; ++i)
        values << make(i);
    return values;
}

} // namespace

#define EXPECT_FINDING(findings, kind, minimum)                                                    \
    QVERIFY2(confidenceOf(findings, kind) >= (minimum), qPrintable(describe(findings)))
#define EXPECT_NO_FINDING(findings, kind)                                                          \
    QVERIFY2(confidenceOf(findings, kind) == 0, qPrintable(describe(findings)))

class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    // validators
    void nhsKnownExamples();
    void nhsAgreesWithDefinition();
    void nhsChanceRateIsOneInEleven();
    void niNumbers();
    void postcodes();
    void postcodeRulesByPosition();
    void upns();
    void emails();
    void phones();
    void uprns();
    void names();

    // detection
    void nhsColumn();
    void nhsTestNumbersSaySo();
    void invoiceNumbersAreNotNhsNumbers();
    void amountsAndCodesHaveNoIdentifiers();
    void niColumn();
    void postcodeColumn();
    void emailAndPhoneColumns();
    void phoneLostLeadingZero();
    void uprnNeedsItsHeader();
    void upnColumn();
    void datesOfBirth();
    void plainDatesAreNotBirthDates();
    void personNames();
    void namesNotOfPeople();
    void labelColumnsAreNotPeopleOrNotes();
    void addresses();
    void freeText();
    void specialCategories();
    void criminalOffences();
    void welshHeaders();
    void headerAloneIsMedium();
    void findingsAreSortedAndDeterministic();
};

void TestIdentifiers::nhsKnownExamples()
{
    // 943 476 5919: 9x10 + 4x9 + 3x8 + 4x7 + 7x6 + 6x5 + 5x4 + 9x3 + 1x2 = 299;
    // 299 mod 11 = 2; 11 - 2 = 9, the last digit.
    QVERIFY(isValidNhsNumber("9434765919"));
    QVERIFY(isValidNhsNumber("943 476 5919"));
    QVERIFY(isValidNhsNumber("943-476-5919"));
    QVERIFY(isValidNhsNumber(" 943 476 5919 "));
    QCOMPARE(nhsCheckDigit("943476591"), 9);
    QCOMPARE(normaliseNhsNumber("943 476 5919"), std::optional<QByteArray>("9434765919"));
    QVERIFY(!isValidNhsNumber("9434765918"));
    QVERIFY(!isValidNhsNumber("943476591"));
    QVERIFY(!isValidNhsNumber("94347659190"));
    QVERIFY(!isValidNhsNumber("943476591A"));
    QVERIFY(!isValidNhsNumber(""));
    // Remainder 1 needs a check digit of 10: no valid number has these nine digits.
    // 100000007: 1x10 + 7x2 = 24, 24 mod 11 = 2 -> check 9. 100000002: 10 + 4 = 14, mod 11
    // = 3 -> 8. 100000000: 10 mod 11 = 10 -> check 1. 000000005: 5x2 = 10 -> check 1.
    // 000000006: 12 mod 11 = 1 -> check 10: impossible.
    QCOMPARE(nhsCheckDigit("000000006"), -1);
    for (char d = '0'; d <= '9'; ++d)
        QVERIFY(!isValidNhsNumber(QByteArray(QByteArray("000000006") + d)));
    QCOMPARE(nhsCheckDigit("100000000"), 1);
    QVERIFY(!isTestNhsNumber("9434765919"));
}

void TestIdentifiers::nhsAgreesWithDefinition()
{
    QRandomGenerator g(11);
    for (int i = 0; i < 20000; ++i) {
        const QByteArray d = digits(g, 10);
        QCOMPARE(isValidNhsNumber(d), nhsByDefinition(d));
    }
    QRandomGenerator g2(12);
    const QByteArray test = makeNhs(g2, "999");
    QVERIFY(isValidNhsNumber(test));
    QVERIFY(isTestNhsNumber(spaced334(test)));
}

void TestIdentifiers::nhsChanceRateIsOneInEleven()
{
    // The detector's threshold rests on this: random 10-digit numbers pass 1 time in 11.
    QRandomGenerator g(13);
    int valid = 0;
    const int n = 110000;
    for (int i = 0; i < n; ++i)
        valid += isValidNhsNumber(digits(g, 10));
    const double rate = double(valid) / n;
    QVERIFY2(rate > 0.085 && rate < 0.097, qPrintable(QString::number(rate)));
}

void TestIdentifiers::niNumbers()
{
    for (const char* good :
         {"AB123456C", "ab 12 34 56 c", "JG103759A", "CE123456D", "TW 99 88 77 B"})
        QVERIFY2(isValidNiNumber(good), good);
    for (const char* bad :
         {"DA123456A", "FA123456A", "IA123456A", "QA123456A", "UA123456A",  "VA123456A",
          "AD123456A", "AF123456A", "AI123456A", "AO123456A", "AQ123456A",  "AU123456A",
          "AV123456A", "BG123456A", "GB123456A", "KN123456A", "NK123456A",  "NT123456A",
          "TN123456A", "ZZ123456A", "AB123456E", "AB12345C",  "AB1234567C", "AB123456",
          "A1123456C", "QQ123456C", ""})
        QVERIFY2(!isValidNiNumber(bad), bad);
    QVERIFY(isNiNumberPlaceholder("QQ 12 34 56 C"));
    QVERIFY(isNiNumberPlaceholder("qq123456a"));
    QVERIFY(!isNiNumberPlaceholder("AB123456C"));
    QCOMPARE(normaliseNiNumber("qq 12 34 56 c"), std::optional<QByteArray>("QQ123456C"));
    QCOMPARE(normaliseNiNumber("ab 12 34 56 c"), std::optional<QByteArray>("AB123456C"));
    QVERIFY(!normaliseNiNumber("DA123456A").has_value());
}

void TestIdentifiers::postcodes()
{
    for (const char* good :
         {"SW1A 1AA", "sw1a1aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB",
          "CF10 1EP", "LL57 2DG", " SA1  1NW ", "GIR 0AA", "ZZ99 3VZ", "ZZ99 3WZ", "zz99 3vz"})
        QVERIFY2(isValidPostcode(good), good);
    for (const char* bad :
         {"QA1 1AA",  "VA1 1AA",  "XA1 1AA",  "AI1 1AA",  "AJ1 1AA",  "AZ1 1AA",
          "A1I 1AA",  "A1L 1AA",  "AA1I 1AA", "AA1C 1AA", "SW1A 1AC", "SW1A 1IA",
          "SW1A 1KA", "SW1A 1MA", "SW1A 1OA", "SW1A 1VA", "SW1A 11A", "SW1A",
          "SW1A 1A",  "12345",    "",         "ZZ99 3V",  "ZZ1 1AA",  "SW1A 1AA X"})
        QVERIFY2(!isValidPostcode(bad), bad);
    QVERIFY(isNhsPseudoPostcode("ZZ99 3VZ"));
    QVERIFY(isNhsPseudoPostcode("ZZ99 3WZ"));
    QVERIFY(!isNhsPseudoPostcode("SW1A 1AA"));
    QCOMPARE(normalisePostcode("sw1a1aa"), std::optional<QByteArray>("SW1A 1AA"));
    QCOMPARE(normalisePostcode(" m1   1ae "), std::optional<QByteArray>("M1 1AE"));
    QCOMPARE(normalisePostcode("zz993wz"), std::optional<QByteArray>("ZZ99 3WZ"));
    QCOMPARE(postcodeDistrict("cf10 1ep"), QByteArray("CF10"));
    QCOMPARE(postcodeSector("cf10 1ep"), QByteArray("CF10 1"));
    QCOMPARE(postcodeDistrict("not one"), QByteArray());
    QVERIFY(isValidPostcodeDistrict("SW1A"));
    QVERIFY(isValidPostcodeDistrict("m1"));
    QVERIFY(!isValidPostcodeDistrict("Q1"));
    QVERIFY(!isValidPostcodeDistrict("SW1A 1AA"));
}

void TestIdentifiers::postcodeRulesByPosition()
{
    // Every letter in every lettered position of the six outward shapes, against the
    // rules written out here.
    const QByteArray all = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const char c : all) {
        const bool firstOk = !QByteArray("QVX").contains(c);
        const bool secondOk = !QByteArray("IJZ").contains(c);
        const bool thirdOk = QByteArray("ABCDEFGHJKSTUW").contains(c);
        const bool fourthOk = QByteArray("ABEHMNPRVWXY").contains(c);
        const bool inwardOk = !QByteArray("CIKMOV").contains(c);
        QCOMPARE(isValidPostcode(QByteArray(QByteArray() + c + "1 1AA")), firstOk);      // AN
        QCOMPARE(isValidPostcode(QByteArray(QByteArray() + c + "12 1AA")), firstOk);     // ANN
        QCOMPARE(isValidPostcode(QByteArray(QByteArray("B") + c + "1 1AA")), secondOk);  // AAN
        QCOMPARE(isValidPostcode(QByteArray(QByteArray("B") + c + "12 1AA")), secondOk); // AANN
        QCOMPARE(isValidPostcode(QByteArray(QByteArray("W1") + c + " 1AA")), thirdOk);   // ANA
        QCOMPARE(isValidPostcode(QByteArray(QByteArray("EC1") + c + " 1AA")), fourthOk); // AANA
        QCOMPARE(isValidPostcode(QByteArray(QByteArray("M1 1") + c + 'A')), inwardOk);
        QCOMPARE(isValidPostcode(QByteArray(QByteArray("M1 1A") + c)), inwardOk);
    }
}

void TestIdentifiers::upns()
{
    // B801200005001: 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93; 93 mod 23 = 1 -> B.
    QVERIFY(isValidUpn("B801200005001"));
    QCOMPARE(upnCheckLetter("801200005001"), 'B');
    QVERIFY(!isValidUpn("A801200005001"));
    QVERIFY(isValidUpn("b801200005001"));
    // 207000016049: 2x2 + 7x4 + 1x9 + 6x10 + 4x12 + 9x13 = 266; 266 mod 23 = 13 -> P.
    QCOMPARE(upnCheckLetter("207000016049"), 'P');
    QVERIFY(isValidUpn("P207000016049"));
    QVERIFY(!isValidUpn("B207000016049"));
    // Temporary UPN: a final letter counts as its place in the alphabet (A = 0).
    QCOMPARE(upnCheckLetter("80120000500A"), upnByDefinition("80120000500A"));
    QVERIFY(isValidUpn(QByteArray(upnByDefinition("80120000500A") + QByteArray("80120000500A"))));
    QVERIFY(!isValidUpn("X80120000A001")); // a letter inside
    QVERIFY(!isValidUpn("B80120000500"));
    QVERIFY(!isValidUpn("I801200005001")); // I is never a check letter
    QCOMPARE(upnCheckLetter("80120000500I"), char(0));
    QRandomGenerator g(21);
    for (int i = 0; i < 2000; ++i) {
        const QByteArray twelve = digits(g, 12);
        QCOMPARE(upnCheckLetter(twelve), upnByDefinition(twelve));
    }
    QCOMPARE(normaliseUpn(" b801200005001 "), std::optional<QByteArray>("B801200005001"));
}

void TestIdentifiers::emails()
{
    for (const char* good : {"jo.bloggs@example.org", "a+b@sub.example.co.uk",
                             "J_O'Neill@council.gov.uk", " x1@ex-ample.com "})
        QVERIFY2(isValidEmail(good), good);
    for (const char* bad :
         {"jo@", "@example.org", "jo@example", "jo@@example.org", "jo bloggs@example.org",
          "jo@example.c0m", "jo..b@example.org", ".jo@example.org", "jo.@example.org",
          "jo@-example.org", "jo@example..org", "jo@exa_mple.org", "jo@example.o", ""})
        QVERIFY2(!isValidEmail(bad), bad);
}

void TestIdentifiers::phones()
{
    for (const char* good :
         {"07700 900123", "07700900123", "+44 7700 900123", "+44 (0)7700 900123",
          "0044 7700 900123", "+447700900123", "020 7946 0000", "(020) 7946 0000", "0161 496 0000",
          "01632 960000", "029 2018 0000", "0800 123 4567", "0800 123456", "016977 4444",
          "0300-123-4567", "+44 020 7946 0000"})
        QVERIFY2(isValidUkPhone(good), good);
    for (const char* bad : {"7700900123", "077009001234", "0770090012", "06123 456789",
                            "04123 456789", "00123 456789", "+1 202 555 0100", "07700 90012a",
                            "020 7946 000", "", "+44", "9434765919"})
        QVERIFY2(!isValidUkPhone(bad), bad);
    QCOMPARE(normaliseUkPhone("+44 (0)20 7946 0000"), std::optional<QByteArray>("02079460000"));
    QCOMPARE(normaliseUkPhone("07700-900-123"), std::optional<QByteArray>("07700900123"));
}

void TestIdentifiers::uprns()
{
    QVERIFY(isPlausibleUprn("100023336956"));
    QVERIFY(isPlausibleUprn("1"));
    QVERIFY(isPlausibleUprn(" 10033544614 "));
    QVERIFY(!isPlausibleUprn("0123"));
    QVERIFY(!isPlausibleUprn("1234567890123"));
    QVERIFY(!isPlausibleUprn("12a"));
    QVERIFY(!isPlausibleUprn(""));
}

void TestIdentifiers::names()
{
    QSet<QString> seen;
    for (int k = 0; k <= int(IdentifierKind::CriminalOffence); ++k) {
        const auto kind = IdentifierKind(k);
        const QString name = identifierKindName(kind);
        QVERIFY(!name.isEmpty());
        QVERIFY(!seen.contains(name));
        seen.insert(name);
        QCOMPARE(identifierKindFromName(name), std::optional<IdentifierKind>(kind));
        QVERIFY(!identifierKindLabel(kind).isEmpty());
    }
    QCOMPARE(seen, (QSet<QString>{u"nhs_number"_s, u"ni_number"_s, u"postcode"_s,
                                  u"date_of_birth"_s, u"person_name"_s, u"email"_s, u"phone"_s,
                                  u"uprn"_s, u"upn"_s, u"address"_s, u"free_text"_s,
                                  u"special_category"_s, u"criminal_offence"_s}));
    QCOMPARE(specialCategoryName(SpecialCategory::EthnicOrigin), u"ethnic_origin"_s);
    QCOMPARE(specialCategoryFromName(u"health"), std::optional(SpecialCategory::Health));
    QVERIFY(!specialCategoryFromName(u"").has_value());
}

// --- detection ---------------------------------------------------------------------------

void TestIdentifiers::nhsColumn()
{
    QRandomGenerator g(31);
    const auto values = column(2000, [&](int i) -> QByteArray {
        const QByteArray n = makeNhs(g);
        return i % 2 ? spaced334(n) : n;
    });
    const auto named = detect(u"NHS No"_s, values);
    EXPECT_FINDING(named, IdentifierKind::NhsNumber, 0.95);
    QCOMPARE(named.first().kind, IdentifierKind::NhsNumber);
    QCOMPARE(reasonOf(named, IdentifierKind::NhsNumber),
             u"100% of 2,000 sampled values are valid NHS numbers (check digit correct); header "
             "\"NHS No\"."_s);
    // A valid check digit far above chance is strong evidence under any header.
    const auto unnamed = detect(u"Col7"_s, values);
    EXPECT_FINDING(unnamed, IdentifierKind::NhsNumber, 0.9);
    // A few typing mistakes do not hide it.
    QByteArrayList mistyped = values;
    for (int i = 0; i < 200; ++i)
        mistyped[i * 10] = digits(g, 10);
    EXPECT_FINDING(detect(u"Col7"_s, mistyped), IdentifierKind::NhsNumber, 0.85);
    // Numbers from a spreadsheet (no spaces) and a handful only still count.
    EXPECT_FINDING(detect(u"Ref"_s, values.mid(0, 5)), IdentifierKind::NhsNumber, 0.5);
}

void TestIdentifiers::nhsTestNumbersSaySo()
{
    QRandomGenerator g(32);
    const auto values = column(300, [&](int) -> QByteArray { return makeNhs(g, "999"); });
    const auto findings = detect(u"NHS number"_s, values);
    EXPECT_FINDING(findings, IdentifierKind::NhsNumber, 0.9);
    QVERIFY2(reasonOf(findings, IdentifierKind::NhsNumber)
                 .contains(u"300 of them are in the range kept for test data (999 000 0000 to "
                           "999 999 9999)"_s),
             qPrintable(describe(findings)));
}

void TestIdentifiers::invoiceNumbersAreNotNhsNumbers()
{
    QRandomGenerator g(33);
    const auto random =
        column(2000, [&](int) -> QByteArray { return QByteArray("1") + digits(g, 9); });
    int valid = 0;
    for (const auto& v : random)
        valid += isValidNhsNumber(v);
    QVERIFY(valid > 100); // about 1 in 11 pass by chance...
    for (const QString& header : {u"Invoice number"_s, u"Ref"_s, u"Col3"_s}) {
        const auto findings = detect(header, random);
        EXPECT_NO_FINDING(findings, IdentifierKind::NhsNumber); // ...which is not evidence
        EXPECT_NO_FINDING(findings, IdentifierKind::Phone);
        EXPECT_NO_FINDING(findings, IdentifierKind::Uprn);
        EXPECT_NO_FINDING(findings, IdentifierKind::DateOfBirth);
    }
    // Two to three times the chance rate (a fifth real numbers among random ones) is
    // still not enough without a header.
    QByteArrayList mixed = random;
    for (int i = 0; i < 2000; i += 5)
        mixed[i] = makeNhs(g);
    EXPECT_NO_FINDING(detect(u"Col3"_s, mixed), IdentifierKind::NhsNumber);
    const auto sequential =
        column(2000, [](int i) -> QByteArray { return QByteArray::number(1000000000LL + i); });
    EXPECT_NO_FINDING(detect(u"Invoice No"_s, sequential), IdentifierKind::NhsNumber);
}

void TestIdentifiers::amountsAndCodesHaveNoIdentifiers()
{
    QRandomGenerator g(34);
    const auto amounts = column(500, [&](int) -> QByteArray {
        return QByteArray("\xC2\xA3") +
               QLocale(QLocale::English).toString(g.bounded(100000) / 100.0, 'f', 2).toUtf8();
    });
    QVERIFY2(detect(u"Amount"_s, amounts).isEmpty(),
             qPrintable(describe(detect(u"Amount"_s, amounts))));
    const auto codes = column(500, [&](int) -> QByteArray {
        return QByteArray("AB-") + digits(g, 4) + '-' + char('A' + g.bounded(26));
    });
    QVERIFY2(detect(u"Product code"_s, codes).isEmpty(),
             qPrintable(describe(detect(u"Product code"_s, codes))));
    const auto counts =
        column(500, [&](int) -> QByteArray { return QByteArray::number(g.bounded(40)); });
    QVERIFY(detect(u"Household size"_s, counts).isEmpty());
    const auto statuses = column(500, [&](int) -> QByteArray {
        return pick(g, {"Open", "Closed", "Pending", "Awaiting review"});
    });
    QVERIFY2(detect(u"Status"_s, statuses).isEmpty(),
             qPrintable(describe(detect(u"Status"_s, statuses))));
}

void TestIdentifiers::niColumn()
{
    QRandomGenerator g(35);
    const auto values = column(500, [&](int i) -> QByteArray {
        const QByteArray ni = makeNi(g);
        return i % 3 ? ni
                     : ni.left(2) + ' ' + ni.mid(2, 2) + ' ' + ni.mid(4, 2) + ' ' + ni.mid(6, 2) +
                           ' ' + ni.mid(8);
    });
    EXPECT_FINDING(detect(u"NI Number"_s, values), IdentifierKind::NiNumber, 0.9);
    EXPECT_FINDING(detect(u"Field 4"_s, values), IdentifierKind::NiNumber, 0.8);
    // Placeholders still mark the column, and the reason says they are not real.
    QByteArrayList placeholders = values.mid(0, 100);
    for (int i = 0; i < 60; ++i)
        placeholders[i] = "QQ123456C";
    const auto findings = detect(u"NINO"_s, placeholders);
    EXPECT_FINDING(findings, IdentifierKind::NiNumber, 0.8);
    QVERIFY2(reasonOf(findings, IdentifierKind::NiNumber)
                 .contains(u"60 of them are the placeholder QQ 12 34 56 C, not real numbers"_s),
             qPrintable(describe(findings)));
}

void TestIdentifiers::postcodeColumn()
{
    QRandomGenerator g(36);
    auto values = column(1000, [&](int) -> QByteArray { return makePostcode(g); });
    EXPECT_FINDING(detect(u"Postcode"_s, values), IdentifierKind::Postcode, 0.9);
    EXPECT_FINDING(detect(u"X"_s, values), IdentifierKind::Postcode, 0.8);
    for (int i = 0; i < 30; ++i)
        values[i] = i % 2 ? "ZZ99 3VZ" : "ZZ99 3WZ";
    const auto withPseudo = detect(u"Client postcode"_s, values);
    QVERIFY2(
        reasonOf(withPseudo, IdentifierKind::Postcode).contains(u"30 are NHS pseudo-postcodes"_s),
        qPrintable(describe(withPseudo)));
    // Districts only: still a postcode column (a quasi-identifier), said so.
    const auto districts = column(200, [&](int) -> QByteArray {
        const QByteArray p = makePostcode(g);
        return p.left(p.indexOf(' '));
    });
    const auto partial = detect(u"Postcode district"_s, districts);
    EXPECT_FINDING(partial, IdentifierKind::Postcode, 0.6);
    QVERIFY(reasonOf(partial, IdentifierKind::Postcode).contains(u"first part of a postcode"_s));
    // Without a header, short codes like "SA1" are not taken for postcodes.
    EXPECT_NO_FINDING(detect(u"Code"_s, districts), IdentifierKind::Postcode);
}

void TestIdentifiers::emailAndPhoneColumns()
{
    QRandomGenerator g(37);
    const auto emails = column(300, [&](int) -> QByteArray {
        return pick(g, kForenames).toLower() + '.' + pick(g, kSurnames).toLower() + '@' +
               pick(g, {"example.org", "council.gov.uk", "mail.example.com"});
    });
    EXPECT_FINDING(detect(u"Email"_s, emails), IdentifierKind::Email, 0.9);
    EXPECT_FINDING(detect(u"Contact"_s, emails), IdentifierKind::Email, 0.85);
    const auto phones = column(300, [&](int i) -> QByteArray {
        const QByteArray rest = digits(g, 6);
        return i % 2 ? QByteArray("07700 ") + rest : QByteArray("+44 7700 ") + rest;
    });
    EXPECT_FINDING(detect(u"Mobile"_s, phones), IdentifierKind::Phone, 0.9);
    EXPECT_FINDING(detect(u"Contact"_s, phones), IdentifierKind::Phone, 0.75);
    // Header says email, values are Y/N: not an email column.
    const auto yn = column(100, [&](int i) -> QByteArray { return QByteArray(i % 2 ? "Y" : "N"); });
    EXPECT_NO_FINDING(detect(u"Email consent"_s, yn), IdentifierKind::Email);
}

void TestIdentifiers::phoneLostLeadingZero()
{
    QRandomGenerator g(38);
    const auto values =
        column(200, [&](int) -> QByteArray { return QByteArray("7700") + digits(g, 6); });
    const auto named = detect(u"Tel no"_s, values);
    EXPECT_FINDING(named, IdentifierKind::Phone, 0.8);
    QVERIFY2(reasonOf(named, IdentifierKind::Phone).contains(u"lost their leading 0"_s),
             qPrintable(describe(named)));
    EXPECT_NO_FINDING(detect(u"Reference"_s, values), IdentifierKind::Phone);
}

void TestIdentifiers::uprnNeedsItsHeader()
{
    QRandomGenerator g(39);
    const auto values =
        column(500, [&](int) -> QByteArray { return QByteArray("1000") + digits(g, 8); });
    const auto named = detect(u"UPRN"_s, values);
    EXPECT_FINDING(named, IdentifierKind::Uprn, 0.85);
    QVERIFY(reasonOf(named, IdentifierKind::Uprn).contains(u"whole numbers of up to 12 digits"_s));
    EXPECT_NO_FINDING(detect(u"Reference"_s, values), IdentifierKind::Uprn);
    EXPECT_FINDING(detect(u"Unique Property Reference Number"_s, values), IdentifierKind::Uprn,
                   0.85);
}

void TestIdentifiers::upnColumn()
{
    QRandomGenerator g(40);
    const auto values = column(400, [&](int) -> QByteArray { return makeUpn(g); });
    EXPECT_FINDING(detect(u"UPN"_s, values), IdentifierKind::Upn, 0.9);
    EXPECT_FINDING(detect(u"Pupil ref"_s, values), IdentifierKind::Upn, 0.85);
    // "UPN" in an IT export is a User Principal Name: an email, not a pupil number.
    const auto principal = column(100, [&](int) -> QByteArray {
        return pick(g, kForenames).toLower() + '@' + QByteArray("council.gov.uk");
    });
    const auto it = detect(u"UPN"_s, principal);
    EXPECT_NO_FINDING(it, IdentifierKind::Upn);
    EXPECT_FINDING(it, IdentifierKind::Email, 0.8);
}

void TestIdentifiers::datesOfBirth()
{
    QRandomGenerator g(41);
    const auto values = column(1000, [&](int) -> QByteArray {
        return ukDate(randomDate(g, QDate(1935, 1, 1), QDate(2020, 12, 31)));
    });
    const auto dob = detect(u"DOB"_s, values);
    EXPECT_FINDING(dob, IdentifierKind::DateOfBirth, 0.85);
    QVERIFY2(reasonOf(dob, IdentifierKind::DateOfBirth).contains(u"are dates, from 19"_s),
             qPrintable(describe(dob)));
    EXPECT_FINDING(detect(u"Date of Birth"_s, values), IdentifierKind::DateOfBirth, 0.85);
    EXPECT_FINDING(detect(u"client_dob"_s, values), IdentifierKind::DateOfBirth, 0.85);
    EXPECT_FINDING(detect(u"DateOfBirth"_s, values), IdentifierKind::DateOfBirth, 0.85);
    EXPECT_FINDING(detect(u"D.O.B."_s, values), IdentifierKind::DateOfBirth, 0.85);
    // Excel serial numbers under a birth-date header.
    const auto serials = column(
        300, [&](int) -> QByteArray { return QByteArray::number(10000 + g.bounded(30000)); });
    EXPECT_FINDING(detect(u"Birth date"_s, serials), IdentifierKind::DateOfBirth, 0.85);
    // Years of birth.
    const auto years =
        column(300, [&](int) -> QByteArray { return QByteArray::number(1940 + g.bounded(80)); });
    EXPECT_FINDING(detect(u"Year of birth"_s, years), IdentifierKind::DateOfBirth, 0.8);
    // No header evidence: dates spread over decades, none in the future, are flagged at
    // low confidence, saying the header does not say.
    const auto unnamed = detect(u"Field 9"_s, values);
    const double c = confidenceOf(unnamed, IdentifierKind::DateOfBirth);
    QVERIFY2(c >= 0.3 && c < 0.6, qPrintable(describe(unnamed)));
    QVERIFY(reasonOf(unnamed, IdentifierKind::DateOfBirth).contains(u"the header does not say"_s));
    // A header that says DOB over values that are not dates: not a date of birth.
    const auto codes = column(100, [&](int) -> QByteArray { return pick(g, {"A", "B", "C"}); });
    EXPECT_NO_FINDING(detect(u"DOB"_s, codes), IdentifierKind::DateOfBirth);
}

void TestIdentifiers::plainDatesAreNotBirthDates()
{
    QRandomGenerator g(42);
    const auto recent = column(1000, [&](int) -> QByteArray {
        return ukDate(randomDate(g, QDate(2023, 1, 1), QDate(2024, 12, 31)));
    });
    for (const QString& header : {u"Invoice date"_s, u"Date"_s, u"Referral received"_s, u"Col2"_s})
        QVERIFY2(detect(header, recent).isEmpty(), qPrintable(describe(detect(header, recent))));
    // Old dates, but under a header naming another event.
    const auto tenancies = column(1000, [&](int) -> QByteArray {
        return ukDate(randomDate(g, QDate(1960, 1, 1), QDate(2024, 12, 31)));
    });
    EXPECT_NO_FINDING(detect(u"Tenancy start date"_s, tenancies), IdentifierKind::DateOfBirth);
    // Future dates are not births.
    const auto due = column(500, [&](int) -> QByteArray {
        return ukDate(randomDate(g, QDate(1980, 1, 1), QDate(2040, 12, 31)));
    });
    EXPECT_NO_FINDING(detect(u"Column"_s, due), IdentifierKind::DateOfBirth);
}

void TestIdentifiers::personNames()
{
    QRandomGenerator g(43);
    const auto forenames = column(500, [&](int) -> QByteArray { return pick(g, kForenames); });
    EXPECT_FINDING(detect(u"Forename"_s, forenames), IdentifierKind::PersonName, 0.85);
    const auto surnames = column(500, [&](int) -> QByteArray { return pick(g, kSurnames); });
    EXPECT_FINDING(detect(u"Surname"_s, surnames), IdentifierKind::PersonName, 0.85);
    EXPECT_FINDING(detect(u"Cyfenw"_s, surnames), IdentifierKind::PersonName, 0.85);
    const auto full = column(500, [&](int i) -> QByteArray {
        if (i % 4 == 0)
            return pick(g, kSurnames).toUpper() + ", " + pick(g, kForenames);
        return pick(g, kForenames) + ' ' + pick(g, kSurnames);
    });
    EXPECT_FINDING(detect(u"Client name"_s, full), IdentifierKind::PersonName, 0.85);
    // With a header that says nothing, the names themselves are the evidence.
    EXPECT_FINDING(detect(u"Field 2"_s, full), IdentifierKind::PersonName, 0.6);
}

void TestIdentifiers::namesNotOfPeople()
{
    QRandomGenerator g(44);
    const auto products = column(300, [&](int) -> QByteArray {
        return pick(g, {"Blue Mug", "Office Chair", "Laptop Stand", "Paper Box", "Stapler",
                        "Desk Lamp", "Filing Cabinet", "Whiteboard Marker"});
    });
    QVERIFY2(detect(u"Product name"_s, products).isEmpty(),
             qPrintable(describe(detect(u"Product name"_s, products))));
    QVERIFY(detect(u"Item"_s, products).isEmpty());
    const auto teams = column(300, [&](int) -> QByteArray {
        return pick(g, {"Housing Options", "Children's Services", "Revenues", "Benefits",
                        "Adult Social Care", "Waste Management"});
    });
    QVERIFY2(detect(u"Team name"_s, teams).isEmpty(),
             qPrintable(describe(detect(u"Team name"_s, teams))));
    QVERIFY(detect(u"Service"_s, teams).isEmpty());
    const auto towns = column(300, [&](int) -> QByteArray {
        return pick(g, {"Cardiff", "Swansea", "Newport", "Wrexham", "Bangor", "Aberystwyth",
                        "Merthyr Tydfil", "Llandudno"});
    });
    EXPECT_NO_FINDING(detect(u"Town"_s, towns), IdentifierKind::PersonName);
    const auto streets = column(300, [&](int) -> QByteArray {
        return pick(g, {"Victoria Road", "George Street", "High Street", "Church Lane",
                        "Elizabeth Way", "Heol y Wern"});
    });
    EXPECT_NO_FINDING(detect(u"Field 5"_s, streets), IdentifierKind::PersonName);
}

void TestIdentifiers::addresses()
{
    QRandomGenerator g(45);
    const auto lines = column(500, [&](int i) -> QByteArray {
        const QByteArray street = pick(g, {"Acacia Avenue", "High Street", "Heol y Wern",
                                           "Church Lane", "Victoria Road", "Maes y Coed"});
        if (i % 5 == 0)
            return QByteArray("Flat ") + QByteArray::number(1 + g.bounded(20)) + ", " +
                   QByteArray::number(1 + g.bounded(200)) + ' ' + street;
        return QByteArray::number(1 + g.bounded(200)) + ' ' + street;
    });
    EXPECT_FINDING(detect(u"Address line 1"_s, lines), IdentifierKind::Address, 0.9);
    EXPECT_FINDING(detect(u"Cyfeiriad"_s, lines), IdentifierKind::Address, 0.9);
    EXPECT_FINDING(detect(u"Col 4"_s, lines), IdentifierKind::Address, 0.75);
    // An address in one field, with its postcode.
    const auto whole = column(200, [&](int) -> QByteArray {
        return QByteArray::number(1 + g.bounded(99)) + " Clos Cae, Cardiff, " + makePostcode(g);
    });
    EXPECT_FINDING(detect(u"Where"_s, whole), IdentifierKind::Address, 0.75);
    // "Email address" is not an address.
    const auto emails =
        column(100, [&](int) -> QByteArray { return QByteArray("someone@example.org"); });
    EXPECT_NO_FINDING(detect(u"Email address"_s, emails), IdentifierKind::Address);
}

void TestIdentifiers::freeText()
{
    QRandomGenerator g(46);
    const QList<QByteArray> sentences = {
        "Spoke to Mr Jones on the phone, he will call back on 07700 900123 next week",
        "Tenant says the boiler has been broken since March and the landlord has not replied",
        "Email sent to jo.bloggs@example.org about the arrears and the payment plan",
        "Visited the property at CF10 1EP, no answer, card left through the door",
        "Client reported ongoing mental health concerns and was referred back to the GP",
        "Agreed to review the case again at the end of the month with the support worker",
    };
    const auto notes = column(300, [&](int) -> QByteArray { return pick(g, sentences); });
    const auto findings = detect(u"Notes"_s, notes);
    EXPECT_FINDING(findings, IdentifierKind::FreeText, 0.9);
    const QString reason = reasonOf(findings, IdentifierKind::FreeText);
    QVERIFY2(reason.contains(u"the long values mention"_s) &&
                 reason.contains(u"an email address"_s) && reason.contains(u"a phone number"_s) &&
                 reason.contains(u"a postcode"_s) && reason.contains(u"a person with a title"_s),
             qPrintable(reason));
    EXPECT_FINDING(detect(u"Col12"_s, notes), IdentifierKind::FreeText, 0.7);
    // Health mentioned in notes is flagged as special category data, at lower confidence.
    const double health =
        confidenceOf(findings, IdentifierKind::SpecialCategory, SpecialCategory::Health);
    QVERIFY2(health >= 0.3 && health < 0.8, qPrintable(describe(findings)));
    // A "Reason" column of short codes is not free text.
    const auto codes = column(300, [&](int) -> QByteArray {
        return pick(g, {"R1", "R2", "R3", "R10"});
    });
    QVERIFY2(detect(u"Reason"_s, codes).isEmpty(),
             qPrintable(describe(detect(u"Reason"_s, codes))));
    // An empty "Notes" column may still hold anything later: the header alone is medium.
    const double empty = confidenceOf(detect(u"Notes"_s, {}), IdentifierKind::FreeText);
    QVERIFY(empty >= 0.4 && empty <= 0.6);
}

void TestIdentifiers::specialCategories()
{
    QRandomGenerator g(47);
    const auto codes = column(500, [&](int) -> QByteArray {
        return pick(g, {"WBRI", "WBRI", "WBRI", "WIRI", "WOTH", "MWBC", "AIND", "APKN", "ABAN",
                        "BCRB", "BAFR", "CHNE", "OOTH", "REFU", "NOBT"});
    });
    const auto ethnicity = detect(u"Ethnicity"_s, codes);
    EXPECT_FINDING(ethnicity, IdentifierKind::SpecialCategory, 0.9);
    QCOMPARE(ethnicity.first().category, SpecialCategory::EthnicOrigin);
    QVERIFY(ethnicity.first().reason.contains(u"racial or ethnic origin"_s));
    // The codes are evidence without a header.
    QVERIFY(confidenceOf(detect(u"Code"_s, codes), IdentifierKind::SpecialCategory,
                         SpecialCategory::EthnicOrigin) >= 0.7);
    const auto ons = column(500, [&](int) -> QByteArray {
        return pick(g, {"White - British", "White - Irish", "Asian or Asian British - Pakistani",
                        "Black or Black British - African", "Mixed - White and Black Caribbean",
                        "Not known", "Prefer not to say"});
    });
    QVERIFY(confidenceOf(detect(u"Q3"_s, ons), IdentifierKind::SpecialCategory,
                         SpecialCategory::EthnicOrigin) >= 0.7);
    const auto religion = column(300, [&](int) -> QByteArray {
        return pick(g, {"Christian", "Muslim", "No religion", "Hindu", "Sikh", "Jewish", "Buddhist",
                        "Prefer not to say"});
    });
    QVERIFY(confidenceOf(detect(u"Q7"_s, religion), IdentifierKind::SpecialCategory,
                         SpecialCategory::Religion) >= 0.7);
    QVERIFY(confidenceOf(detect(u"Religion or belief"_s, religion), IdentifierKind::SpecialCategory,
                         SpecialCategory::Religion) >= 0.9);
    const auto orientation = column(300, [&](int) -> QByteArray {
        return pick(g,
                    {"Heterosexual/Straight", "Gay or Lesbian", "Bisexual", "Prefer not to say"});
    });
    QVERIFY(confidenceOf(detect(u"Sexual orientation"_s, orientation),
                         IdentifierKind::SpecialCategory,
                         SpecialCategory::SexualOrientation) >= 0.9);
    // A yes/no column under a health header: the header is the evidence.
    const auto yn =
        column(300, [&](int i) -> QByteArray { return QByteArray(i % 3 ? "No" : "Yes"); });
    const auto disabled = detect(u"Disability"_s, yn);
    QVERIFY2(confidenceOf(disabled, IdentifierKind::SpecialCategory, SpecialCategory::Health) >=
                 0.6,
             qPrintable(describe(disabled)));
    QVERIFY(reasonOf(disabled, IdentifierKind::SpecialCategory).contains(u"health"_s));
    // Surnames that happen to include White and Black are not ethnicity.
    const auto surnames = column(500, [&](int i) -> QByteArray {
        return i % 25 == 0 ? QByteArray(i % 50 ? "White" : "Black") : pick(g, kSurnames);
    });
    EXPECT_NO_FINDING(detect(u"Surname"_s, surnames), IdentifierKind::SpecialCategory);
    // Property condition is not a health condition.
    const auto condition = column(100, [&](int) -> QByteArray {
        return pick(g, {"Good", "Fair", "Poor"});
    });
    QVERIFY(detect(u"Property condition"_s, condition).isEmpty());
    QVERIFY(detect(u"Tenancy conditions"_s, condition).isEmpty());
}

void TestIdentifiers::criminalOffences()
{
    QRandomGenerator g(48);
    const auto offences = column(300, [&](int) -> QByteArray {
        return pick(g, {"Theft", "Burglary", "Common assault", "Criminal damage",
                        "Possession of cannabis", "Shoplifting", "Public order offence"});
    });
    EXPECT_FINDING(detect(u"Offence"_s, offences), IdentifierKind::CriminalOffence, 0.9);
    EXPECT_FINDING(detect(u"Outcome"_s, offences), IdentifierKind::CriminalOffence, 0.6);
    const auto yn = column(100, [&](int i) -> QByteArray { return QByteArray(i % 2 ? "Y" : "N"); });
    EXPECT_FINDING(detect(u"Known to youth offending team"_s, yn), IdentifierKind::CriminalOffence,
                   0.6);
    EXPECT_NO_FINDING(detect(u"Precautions"_s, yn), IdentifierKind::CriminalOffence);
}

void TestIdentifiers::welshHeaders()
{
    QRandomGenerator g(49);
    const auto nhs = column(100, [&](int) -> QByteArray { return makeNhs(g); });
    EXPECT_FINDING(detect(u"Rhif GIG"_s, nhs), IdentifierKind::NhsNumber, 0.9);
    const auto dobs = column(100, [&](int) -> QByteArray {
        return ukDate(randomDate(g, QDate(1950, 1, 1), QDate(2015, 1, 1)));
    });
    EXPECT_FINDING(detect(u"Dyddiad geni"_s, dobs), IdentifierKind::DateOfBirth, 0.85);
    const auto postcodes = column(100, [&](int) -> QByteArray { return makePostcode(g); });
    EXPECT_FINDING(detect(u"C\u00f4d post"_s, postcodes), IdentifierKind::Postcode, 0.9);
    EXPECT_FINDING(detect(u"Cod post"_s, postcodes), IdentifierKind::Postcode, 0.9);
    const auto names = column(100, [&](int) -> QByteArray { return pick(g, kForenames); });
    EXPECT_FINDING(detect(u"Enw"_s, names), IdentifierKind::PersonName, 0.8);
    EXPECT_FINDING(detect(u"Enw cyntaf"_s, names), IdentifierKind::PersonName, 0.85);
    const auto phones =
        column(100, [&](int) -> QByteArray { return QByteArray("07700 ") + digits(g, 6); });
    EXPECT_FINDING(detect(u"Rhif ff\u00f4n"_s, phones), IdentifierKind::Phone, 0.9);
    const auto yn =
        column(100, [&](int i) -> QByteArray { return QByteArray(i % 2 ? "Ie" : "Na"); });
    QVERIFY(confidenceOf(detect(u"Anabledd"_s, yn), IdentifierKind::SpecialCategory,
                         SpecialCategory::Health) >= 0.6);
    EXPECT_FINDING(detect(u"Trosedd"_s, yn), IdentifierKind::CriminalOffence, 0.6);
    EXPECT_FINDING(detect(u"Nodiadau"_s, {}), IdentifierKind::FreeText, 0.4);
}

void TestIdentifiers::headerAloneIsMedium()
{
    // No values yet: the header is all there is, and it is medium evidence.
    for (const QString& header :
         {u"NHS number"_s, u"Postcode"_s, u"Date of birth"_s, u"Email"_s, u"Surname"_s, u"UPN"_s}) {
        const auto findings = detect(header, {});
        QVERIFY2(findings.size() == 1, qPrintable(header + u'\n' + describe(findings)));
        QVERIFY(findings.first().confidence >= 0.5 && findings.first().confidence <= 0.7);
    }
    // Values of the right shape that mostly fail the test lower it, and the reason says so.
    QRandomGenerator g(50);
    const auto wrong = column(200, [&](int) -> QByteArray {
        QByteArray d;
        do
            d = QByteArray("4") + digits(g, 9);
        while (isValidNhsNumber(d));
        return d;
    });
    const auto findings = detect(u"NHS No"_s, wrong);
    const double c = confidenceOf(findings, IdentifierKind::NhsNumber);
    QVERIFY2(c >= 0.3 && c <= 0.4, qPrintable(describe(findings)));
    QVERIFY(reasonOf(findings, IdentifierKind::NhsNumber).contains(u"0% of 200"_s));
}

void TestIdentifiers::findingsAreSortedAndDeterministic()
{
    QRandomGenerator g(51);
    const QList<QByteArray> sentences = {
        "Mrs Evans rang about her son, he has autism and an EHCP, number 07700 900456",
        "Arrested last week for theft, court date set, youth offending team informed",
        "Moved to 12 Heol y Wern, SA1 1NW, new tenancy started",
    };
    const auto notes = column(200, [&](int) -> QByteArray { return pick(g, sentences); });
    const auto a = detect(u"Case notes"_s, notes);
    const auto b = detect(u"Case notes"_s, notes);
    QVERIFY(a.size() >= 3);
    QCOMPARE(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        QCOMPARE(a[i].kind, b[i].kind);
        QCOMPARE(a[i].confidence, b[i].confidence);
        QCOMPARE(a[i].reason, b[i].reason);
        if (i > 0)
            QVERIFY(a[i - 1].confidence >= a[i].confidence);
        QVERIFY(a[i].confidence >= IdentifierDetector::kReportThreshold);
        QVERIFY(a[i].reason.endsWith(u'.'));
    }
    QVERIFY(confidenceOf(a, IdentifierKind::CriminalOffence) > 0);
}

void TestIdentifiers::labelColumnsAreNotPeopleOrNotes()
{
    // Spending exports repeat the council's name on every row, under "Body name".
    QByteArrayList body;
    QByteArrayList notes;
    for (int i = 0; i < 200; ++i) {
        body << (i % 2 ? "Leeds City Council" : "Leeds City Council ");
        notes << "Payment made under the framework agreement for children's services";
    }
    QVERIFY(confidenceOf(detect(u"Body name"_s, body), IdentifierKind::PersonName) <= 0.3);
    QVERIFY(confidenceOf(detect(u"Expense area"_s, notes), IdentifierKind::FreeText) <= 0.3);
    // ... while real names under the same header are still found.
    QByteArrayList people;
    const char* names[] = {"Siân Jones",    "Dafydd Evans",  "Mary Smith",
                           "Rhys Williams", "Megan Roberts", "John Davies"};
    for (int i = 0; i < 200; ++i)
        people << names[i % 6];
    QVERIFY(confidenceOf(detect(u"Name"_s, people), IdentifierKind::PersonName) >= 0.5);
}

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
