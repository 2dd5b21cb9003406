// Redaction: pseudonyms and date shifts against independently computed vectors, every
// action's known answers, formula neutralising, profiles, and the streaming pass.
#include "crypto/Sodium.h"
#include "profile/Identifiers.h"
#include "profile/ValueParsing.h"
#include "redact/CsvWriter.h"
#include "redact/Pseudonym.h"
#include "redact/Redactor.h"
#include "redact/RiskPass.h"
#include "redact/Suggest.h"
#include "table/DatasetReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::redact;
using profile::IdentifierKind;
using table::CellKind;

namespace {

crypto::SecureBytes vectorKey()
{
    QByteArray k;
    for (int i = 0; i < 32; ++i)
        k.append(char(i));
    return crypto::SecureBytes::copyOf(k);
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString& path, QByteArrayView bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes.data(), bytes.size()) == bytes.size();
}

ColumnRule rule(const QString& column, Action action)
{
    ColumnRule r;
    r.column = column;
    r.action = action;
    return r;
}

QByteArray csv(std::initializer_list<QByteArrayView> fields)
{
    table::ByteBuffer out;
    std::vector<QByteArrayView> v(fields);
    Csv::appendRow(out, v.data(), qsizetype(v.size()));
    return out.view().toByteArray();
}

} // namespace

class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(crypto::initialise()); }

    // --- pseudonyms, frozen ---------------------------------------------------------
    void pseudonymVectors()
    {
        const QByteArray json = readAll(qEnvironmentVariable("SHAREWISE_TEST_DATA") +
                                        u"/redact/pseudonym-vectors.json"_s);
        QVERIFY(!json.isEmpty());
        const QJsonObject o = QJsonDocument::fromJson(json).object();
        QCOMPARE(QByteArray::fromHex(o[u"key_hex"_s].toString().toLatin1()),
                 vectorKey().view().toByteArray());
        const RedactionKeys keys(vectorKey());
        QVERIFY(keys.isValid());
        const QJsonArray cases = o[u"pseudonyms"_s].toArray();
        QCOMPARE(cases.size(), 18);
        for (const QJsonValue& v : cases) {
            const QJsonObject c = v.toObject();
            const auto kind = PseudonymKind::fromName(c[u"kind"_s].toString());
            QVERIFY(kind);
            const QByteArray value = c[u"value"_s].toString().toUtf8();
            const auto normalised = normaliseForPseudonym(*kind, value);
            if (c[u"normalised"_s].isNull()) {
                QVERIFY2(!normalised, value.constData());
                continue;
            }
            QVERIFY2(normalised, value.constData());
            QCOMPARE(QString::fromUtf8(*normalised), c[u"normalised"_s].toString());
            QCOMPARE(QString::fromLatin1(keys.pseudonym(*kind, *normalised)),
                     c[u"token"_s].toString());
        }
        const QJsonArray shifts = o[u"date_shifts"_s].toArray();
        QVERIFY(shifts.size() >= 10);
        for (const QJsonValue& v : shifts) {
            const QJsonObject c = v.toObject();
            const auto kind = PseudonymKind::fromName(c[u"kind"_s].toString());
            QCOMPARE(keys.dateShiftDays(*kind, c[u"normalised"_s].toString().toUtf8()),
                     c[u"days"_s].toInt());
        }
    }

    void pseudonymShapeAndKeying()
    {
        const RedactionKeys keys(vectorKey());
        const PseudonymKind nhs{IdentifierKind::NhsNumber};
        const QByteArray token = keys.pseudonym(nhs, "9434765919");
        QCOMPARE(token.size(), kPseudonymLength);
        QCOMPARE(token[0], 'p');
        for (const char c : token.sliced(1))
            QVERIFY((c >= 'a' && c <= 'z') || (c >= '2' && c <= '7'));
        QVERIFY(!Csv::needsNeutralising(token));
        // Another key, another kind: other tokens.
        QByteArray other(32, '\x07');
        const RedactionKeys otherKeys(crypto::SecureBytes::copyOf(other));
        QVERIFY(otherKeys.pseudonym(nhs, "9434765919") != token);
        QVERIFY(keys.pseudonym(PseudonymKind{}, "9434765919") != token);
        // A key of the wrong size gives no keys at all.
        QVERIFY(!RedactionKeys(crypto::SecureBytes::copyOf("short")).isValid());
    }

    void normalisationByKind()
    {
        const PseudonymKind phone{IdentifierKind::Phone};
        QCOMPARE(normaliseForPseudonym(phone, "+44 (0)20 7946 0000").value(), "02079460000"_ba);
        QCOMPARE(normaliseForPseudonym(phone, "020 7946 0000").value(), "02079460000"_ba);
        QCOMPARE(normaliseForPseudonym(phone, "ext 12").value(), "12"_ba);
        QVERIFY(!normaliseForPseudonym(phone, "none given"));
        const PseudonymKind text{};
        QCOMPARE(normaliseForPseudonym(text, "a\u00a0b\tc\n d").value(), "A B C D"_ba);
        QVERIFY(!normaliseForPseudonym(text, "  Not Known "));
        QVERIFY(!normaliseForPseudonym(text, "#N/A"));
        QCOMPARE(normaliseForPseudonym(PseudonymKind{IdentifierKind::Postcode}, "m11ae").value(),
                 "M1 1AE"_ba);
    }

    void suggestions()
    {
        dataset::ScanResult scan;
        auto column = [&scan](const QString& name, std::optional<IdentifierKind> kind,
                              double confidence = 0.9) {
            profile::ColumnProfile c;
            c.name = name;
            if (kind) {
                profile::IdentifierFinding f;
                f.kind = *kind;
                f.confidence = confidence;
                c.identifiers.append(f);
            }
            scan.columns.append(c);
        };
        column(u"NHS"_s, IdentifierKind::NhsNumber);
        column(u"Name"_s, IdentifierKind::PersonName);
        column(u"DOB"_s, IdentifierKind::DateOfBirth);
        column(u"Postcode"_s, IdentifierKind::Postcode);
        column(u"Gender"_s, std::nullopt);
        column(u"Health"_s, IdentifierKind::SpecialCategory);
        column(u"Amount"_s, std::nullopt);
        column(u"Maybe NI"_s, IdentifierKind::NiNumber, 0.4);
        const QDate today(2026, 11, 25);
        SuggestedProfile s = suggestProfile(scan, today, true);
        const RedactionProfile& p = s.profile;
        QCOMPARE(p.rule(u"NHS"_s)->action, Action::Pseudonymise);
        QCOMPARE(p.rule(u"NHS"_s)->kind, PseudonymKind{IdentifierKind::NhsNumber});
        QCOMPARE(p.rule(u"Name"_s)->action, Action::Drop);
        QCOMPARE(p.rule(u"DOB"_s)->to, Generalisation::AgeBand);
        QCOMPARE(p.rule(u"DOB"_s)->referenceDate, today);
        QCOMPARE(p.rule(u"Postcode"_s)->to, Generalisation::PostcodeDistrict);
        QCOMPARE(p.rule(u"Amount"_s)->action, Action::Keep);
        QCOMPARE(p.rule(u"Maybe NI"_s)->action, Action::Drop); // not sure: not keyed
        QCOMPARE(p.sensitiveColumn, u"Health"_s);
        QCOMPARE(p.quasiIdentifiers(), (QStringList{u"DOB"_s, u"Postcode"_s, u"Gender"_s}));
        QVERIFY(p.validate());
        QCOMPARE(s.reasons.size(), 8);
        // Without a key nothing is pseudonymised.
        s = suggestProfile(scan, today, false);
        QCOMPARE(s.profile.rule(u"NHS"_s)->action, Action::Drop);
        QVERIFY(!s.profile.needsKey());
    }

    void dateShiftRange()
    {
        const RedactionKeys keys(vectorKey());
        bool earlier = false, later = false;
        for (int i = 0; i < 5000; ++i) {
            const int d = keys.dateShiftDays(PseudonymKind{}, QByteArray::number(i));
            QVERIFY(d != 0);
            QVERIFY(d >= -182 && d <= 182);
            earlier |= d < 0;
            later |= d > 0;
        }
        QVERIFY(earlier && later);
    }

    // --- value functions --------------------------------------------------------------
    void generaliseDates_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("to");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("month") << "03/04/2024"_ba << int(Generalisation::DateMonth) << "2024-04"_ba;
        QTest::newRow("quarter") << "2024-04-03"_ba << int(Generalisation::DateQuarter)
                                 << "2024-Q2"_ba;
        QTest::newRow("quarter 4")
            << "31 Dec 2023"_ba << int(Generalisation::DateQuarter) << "2023-Q4"_ba;
        QTest::newRow("year") << "3/4/24"_ba << int(Generalisation::DateYear) << "2024"_ba;
        QTest::newRow("date time")
            << "03/04/2024 14:05"_ba << int(Generalisation::DateMonth) << "2024-04"_ba;
        QTest::newRow("excel serial")
            << "45385"_ba << int(Generalisation::DateMonth) << "2024-04"_ba;
        QTest::newRow("a year is no serial")
            << "2024"_ba << int(Generalisation::DateYear) << QByteArray();
        QTest::newRow("not a date") << "soon"_ba << int(Generalisation::DateYear) << QByteArray();
    }
    void generaliseDates()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, to);
        QFETCH(QByteArray, expected);
        const auto g = Generalise::date(value, CellKind::Text, Generalisation(to));
        QCOMPARE(g.value_or(QByteArray()), expected);
        QCOMPARE(g.has_value(), !expected.isEmpty());
    }

    void ageBands()
    {
        const qint32 ref = profile::daysFromCivil(2026, 3, 31);
        auto band = [ref](const char* dob, int width = 5, int top = 90) {
            return Generalise::ageBand(dob, CellKind::Text, ref, width, top).value_or("none");
        };
        QCOMPARE(band("1990-03-31"), "35-39"_ba); // 36 on the day
        QCOMPARE(band("1990-04-01"), "35-39"_ba); // 35, birthday tomorrow
        QCOMPARE(band("1991-04-01"), "30-34"_ba); // 34
        QCOMPARE(band("01/04/1991"), "30-34"_ba); // UK order
        QCOMPARE(band("1936-03-31"), "90+"_ba);
        QCOMPARE(band("1936-04-01"), "85-89"_ba);
        QCOMPARE(band("1940-01-01", 10), "80-89"_ba);
        QCOMPARE(band("1990-01-01", 1, 0), "36"_ba);
        QCOMPARE(band("2026-03-31"), "0-4"_ba);
        QCOMPARE(band("2026-04-01"), "none"_ba); // born after the reference date
        QCOMPARE(band("not known"), "none"_ba);
        // The workbook's own date cells.
        QCOMPARE(Generalise::ageBand("1990-04-01", CellKind::Date, ref, 5, 90).value(), "35-39"_ba);
    }

    void postcodes()
    {
        QCOMPARE(Generalise::postcode("sw1a1aa", Generalisation::PostcodeSector).value(),
                 "SW1A 1"_ba);
        QCOMPARE(Generalise::postcode("SW1A 1AA", Generalisation::PostcodeDistrict).value(),
                 "SW1A"_ba);
        QCOMPARE(Generalise::postcode(" SW1A 1AA ", Generalisation::PostcodeArea).value(), "SW"_ba);
        QCOMPARE(Generalise::postcode("M1 1AE", Generalisation::PostcodeArea).value(), "M"_ba);
        QCOMPARE(Generalise::postcode("CF10 1EP", Generalisation::PostcodeSector).value(),
                 "CF10 1"_ba);
        QVERIFY(!Generalise::postcode("London", Generalisation::PostcodeDistrict));
        QVERIFY(!Generalise::postcode("SW1A", Generalisation::PostcodeDistrict)); // not whole
    }

    // The redactor cuts postcodes itself (no allocation per value): the same district
    // and sector as the identifier rules give, for every way a postcode is written.
    void postcodesAsTheIdentifierRulesCutThem()
    {
        const QList<QByteArray> values = {
            "SW1A 1AA", "sw1a1aa",  " SW1A  1AA ", "M1 1AE",   "m11ae",     "CF10 1EP",
            "B33 8TH",  "GIR 0AA",  "gir0aa",      "ZZ99 3VZ", "ZZ993WZ",   "EC1A 1BB",
            "W1A 0AX",  "\tN1 9GU", "N1 9GU\r",    "SW1A",     "SW1A 1AAA", "London",
            "",         "SW1A-1AA", "Q1 1AA",      "12345",    "SW1A 1A",   "\xC2\xA0N1 9GU"};
        for (const QByteArray& v : values) {
            const QByteArray district = profile::postcodeDistrict(v);
            const QByteArray sector = profile::postcodeSector(v);
            QCOMPARE(Generalise::postcode(v, Generalisation::PostcodeDistrict).value_or("none"),
                     district.isEmpty() ? "none"_ba : district);
            QCOMPARE(Generalise::postcode(v, Generalisation::PostcodeSector).value_or("none"),
                     sector.isEmpty() ? "none"_ba : sector);
        }
    }

    // Day-first and ISO dates are read without the general parser: the same month for
    // every such value as the parser and QDate give, the invalid ones refused alike.
    void commonDateFormsAsTheParserReadsThem()
    {
        const QList<QByteArray> values = {
            "2024-03-07", "2024/03/07", "07/03/2024", "07-03-2024", "07.03.2024", "29/02/2024",
            "29/02/2023", "31/04/2024", "00/01/2024", "01/00/2024", "01/13/2024", "12/25/2024",
            "0000-01-01", "9999-12-31", "2024-02-30", "2024-3-07",  "7/3/2024",   "2024-03-07 ",
            "2024-03-0x", "07/03-2024", "07 03 2024", "1900-02-29", "2000-02-29", "31.12.1999"};
        for (const QByteArray& v : values) {
            const auto parsed = profile::parseDate(v);
            const QByteArray expected =
                parsed ? parsed->date().toString(u"yyyy-MM"_s).toLatin1() : "none"_ba;
            QCOMPARE(
                Generalise::date(v, CellKind::Text, Generalisation::DateMonth).value_or("none"),
                expected);
        }
    }

    void numbers()
    {
        using G = Generalisation;
        QCOMPARE(Generalise::number("37", CellKind::Text, G::NumberBand, 10).value(), "30-39"_ba);
        QCOMPARE(Generalise::number("40", CellKind::Text, G::NumberBand, 10).value(), "40-49"_ba);
        QCOMPARE(Generalise::number("37.5", CellKind::Text, G::NumberBand, 10).value(),
                 "[30,40)"_ba);
        QCOMPARE(Generalise::number("1,234", CellKind::Text, G::NumberBand, 1000).value(),
                 "1000-1999"_ba);
        QCOMPARE(Generalise::number("37", CellKind::Text, G::NumberRound, 10).value(), "40"_ba);
        QCOMPARE(Generalise::number("34", CellKind::Text, G::NumberRound, 10).value(), "30"_ba);
        QCOMPARE(Generalise::number("35", CellKind::Text, G::NumberRound, 10).value(), "40"_ba);
        QCOMPARE(Generalise::number("2.26", CellKind::Text, G::NumberRound, 0.5).value(), "2.5"_ba);
        QVERIFY(!Generalise::number("lots", CellKind::Text, G::NumberRound, 10));
        QVERIFY(!Generalise::number("007", CellKind::Text, G::NumberRound, 10)); // an identifier
    }

    void masks()
    {
        QCOMPARE(Generalise::mask("07700900123", 0, 3, "*"), "********123"_ba);
        QCOMPARE(Generalise::mask("SW1A 1AA", 4, 0, "*"), "SW1A****"_ba);
        QCOMPARE(Generalise::mask("Siân", 1, 0, "*"), "S***"_ba); // code points
        QCOMPARE(Generalise::mask("Siân", 0, 2, "#"), "##ân"_ba);
        QCOMPARE(Generalise::mask("ab", 2, 2, "*"), "**"_ba);          // nothing shown
        QCOMPARE(Generalise::mask("abcd", 2, 2, "*"), "****"_ba);      // still nothing
        QCOMPARE(Generalise::mask("  abcde ", 1, 1, "*"), "a***e"_ba); // trimmed
    }

    void topBottom()
    {
        QCOMPARE(Generalise::topBottom("95", CellKind::Text, 18, 90).value(), "90+"_ba);
        QCOMPARE(Generalise::topBottom("90", CellKind::Text, 18, 90).value(), "90+"_ba);
        QCOMPARE(Generalise::topBottom("17", CellKind::Text, 18, 90).value(), "<18"_ba);
        QVERIFY(!Generalise::topBottom("18", CellKind::Text, 18, 90));
        QVERIFY(!Generalise::topBottom("n/a", CellKind::Text, 18, 90));
        QCOMPARE(Generalise::topBottom("250000", CellKind::Text, std::nullopt, 100000).value(),
                 "100000+"_ba);
    }

    void shiftDates()
    {
        QCOMPARE(Generalise::shiftDate("03/04/2024", CellKind::Text, 30).value(), "2024-05-03"_ba);
        QCOMPARE(Generalise::shiftDate("2024-03-01", CellKind::Text, -1).value(), "2024-02-29"_ba);
        QCOMPARE(Generalise::shiftDate("2024-01-01 08:30", CellKind::Text, -1).value(),
                 "2023-12-31T08:30:00"_ba);
        QVERIFY(!Generalise::shiftDate("next week", CellKind::Text, 3));
    }

    void coarsen()
    {
        ColumnRule sector = rule(u"p"_s, Action::Generalise);
        sector.to = Generalisation::PostcodeSector;
        const auto district = coarserRule(sector);
        QVERIFY(district);
        QCOMPARE(district->to, Generalisation::PostcodeDistrict);
        QCOMPARE(Generalise::coarsen("SW1A 1", sector, *district), "SW1A"_ba);
        const auto area = coarserRule(*district);
        QCOMPARE(Generalise::coarsen("SW1A", *district, *area), "SW"_ba);
        QVERIFY(!coarserRule(*area));

        ColumnRule month = rule(u"d"_s, Action::Generalise);
        month.to = Generalisation::DateMonth;
        const auto quarter = coarserRule(month);
        QCOMPARE(Generalise::coarsen("2024-11", month, *quarter), "2024-Q4"_ba);
        QCOMPARE(Generalise::coarsen("2024-Q4", *quarter, *coarserRule(*quarter)), "2024"_ba);

        ColumnRule age = rule(u"a"_s, Action::Generalise);
        age.to = Generalisation::AgeBand;
        age.referenceDate = QDate(2026, 3, 31);
        const auto wider = coarserRule(age);
        QCOMPARE(wider->bandWidth, 10);
        QCOMPARE(Generalise::coarsen("35-39", age, *wider), "30-39"_ba);
        QCOMPARE(Generalise::coarsen("85-89", age, *wider), "80-89"_ba);
        QCOMPARE(Generalise::coarsen("90+", age, *wider), "90+"_ba);
        QVERIFY(!coarserRule(rule(u"x"_s, Action::Keep)));
    }

    // --- formula neutralising and CSV -------------------------------------------------
    void neutralising_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("formula") << "=1+2"_ba
                                 << "'=1+2\r\n"_ba;
        QTest::newRow("hyperlink") << "=HYPERLINK(\"http://x\")"_ba
                                   << "\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"_ba;
        QTest::newRow("plus") << "+44 7700 900123"_ba
                              << "'+44 7700 900123\r\n"_ba;
        QTest::newRow("at") << "@SUM(A1)"_ba
                            << "'@SUM(A1)\r\n"_ba;
        QTest::newRow("tab") << "\tx"_ba
                             << "'\tx\r\n"_ba;
        QTest::newRow("cr") << "\rx"_ba
                            << "\"'\rx\"\r\n"_ba;
        QTest::newRow("minus formula") << "-1+2"_ba
                                       << "'-1+2\r\n"_ba;
        QTest::newRow("dde") << "-cmd|' /C calc'!A0"_ba
                             << "'-cmd|' /C calc'!A0\r\n"_ba;
        QTest::newRow("negative number") << "-12"_ba
                                         << "-12\r\n"_ba;
        QTest::newRow("negative decimal") << "-0.5"_ba
                                          << "-0.5\r\n"_ba;
        QTest::newRow("lone minus") << "-"_ba
                                    << "'-\r\n"_ba;
        QTest::newRow("comma") << "a,b"_ba
                               << "\"a,b\"\r\n"_ba;
        QTest::newRow("newline") << "line 1\nline 2"_ba
                                 << "\"line 1\nline 2\"\r\n"_ba;
        QTest::newRow("quote") << "say \"hi\""_ba
                               << "\"say \"\"hi\"\"\"\r\n"_ba;
        QTest::newRow("plain") << "Cardiff"_ba
                               << "Cardiff\r\n"_ba;
        QTest::newRow("empty") << QByteArray() << "\r\n"_ba;
    }
    void neutralising()
    {
        QFETCH(QByteArray, field);
        QFETCH(QByteArray, written);
        QCOMPARE(csv({field}), written);
    }

    void csvRow() { QCOMPARE(csv({"a", "", "=b", "c d"}), "a,,'=b,c d\r\n"_ba); }

    // Escaped fields among plain ones, in one buffer over many rows, against a plain
    // reference writer (the fast writer fills a reserved row and makes room again
    // after each escaped field).
    void csvRowsMatchReference()
    {
        auto reference = [](const std::vector<QByteArray>& fields) {
            QByteArray out;
            out.reserve(256);
            for (size_t i = 0; i < fields.size(); ++i) {
                if (i > 0)
                    out.append(',');
                const QByteArray& f = fields[i];
                const bool quote =
                    f.contains(',') || f.contains('"') || f.contains('\r') || f.contains('\n');
                const bool neutralise = Csv::needsNeutralising(f);
                if (quote)
                    out += '"';
                if (neutralise)
                    out += '\'';
                QByteArray body = f;
                out += body.replace("\"", "\"\"");
                if (quote)
                    out += '"';
            }
            out.append("\r\n");
            return out;
        };
        const char alphabet[] = "ab,\"\r\n=+-@\t 19";
        quint32 seed = 12345;
        auto next = [&seed](quint32 n) {
            seed = seed * 1664525u + 1013904223u;
            return (seed >> 8) % n;
        };
        table::ByteBuffer out;
        QByteArray expected;
        for (int row = 0; row < 2000; ++row) {
            std::vector<QByteArray> fields(1 + next(12));
            for (QByteArray& f : fields) {
                const quint32 length = next(4) == 0 ? next(70) : next(8);
                for (quint32 i = 0; i < length; ++i)
                    f += alphabet[next(sizeof alphabet - 1)];
            }
            std::vector<QByteArrayView> views(fields.begin(), fields.end());
            Csv::appendRow(out, views.data(), qsizetype(views.size()));
            expected += reference(fields);
        }
        QCOMPARE(out.view().toByteArray(), expected);
    }

    // --- strength -------------------------------------------------------------------
    void strengthOrder()
    {
        ColumnRule month = rule(u"d"_s, Action::Generalise);
        month.to = Generalisation::DateMonth;
        ColumnRule year = month;
        year.to = Generalisation::DateYear;
        const QList<ColumnRule> ordered = {
            rule(u"d"_s, Action::Keep),         rule(u"d"_s, Action::Mask), month, year,
            rule(u"d"_s, Action::Pseudonymise), rule(u"d"_s, Action::Drop)};
        for (qsizetype i = 1; i < ordered.size(); ++i) {
            QVERIFY(strength(ordered[i]) > strength(ordered[i - 1]));
            QVERIFY(meetsMinimum(ordered[i], ordered[i - 1]));
            QVERIFY(!meetsMinimum(ordered[i - 1], ordered[i]));
        }
        ColumnRule sector = month;
        sector.to = Generalisation::PostcodeSector;
        ColumnRule district = month;
        district.to = Generalisation::PostcodeDistrict;
        QVERIFY(meetsMinimum(district, sector));
        QVERIFY(!meetsMinimum(sector, district));
    }

    // --- profiles --------------------------------------------------------------------
    void profileRoundTrip()
    {
        RedactionProfile p;
        p.name = u"Quarterly return"_s;
        p.agreement = u"DSA-2026-014"_s;
        p.otherColumns = RedactionProfile::OtherColumns::Drop;
        ColumnRule nhs = rule(u"NHS Number"_s, Action::Pseudonymise);
        nhs.kind = PseudonymKind{IdentifierKind::NhsNumber};
        ColumnRule dob = rule(u"Date of birth"_s, Action::Generalise);
        dob.to = Generalisation::AgeBand;
        dob.referenceDate = QDate(2026, 3, 31);
        dob.quasiIdentifier = true;
        ColumnRule phone = rule(u"Phone"_s, Action::Mask);
        phone.keepLast = 3;
        ColumnRule seen = rule(u"Seen"_s, Action::ShiftDate);
        seen.personColumn = u"NHS Number"_s;
        seen.kind = nhs.kind;
        ColumnRule income = rule(u"Income"_s, Action::TopBottomCode);
        income.top = 100000;
        ColumnRule ward = rule(u"Ward"_s, Action::SuppressRare);
        ward.minCount = 5;
        p.rules = {nhs, dob, phone, seen, income, ward, rule(u"Name"_s, Action::Drop)};
        p.sensitiveColumn = u"Ward"_s;
        const auto back = RedactionProfile::fromBytes(p.toBytes(), u"p.json"_s);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().fullMessage()));
        QCOMPARE(back->toBytes(), p.toBytes());
        QCOMPARE(back->rules.size(), 7);
        QCOMPARE(back->rule(u"Date of birth"_s)->referenceDate, QDate(2026, 3, 31));
        QCOMPARE(back->rule(u"Seen"_s)->personColumn, u"NHS Number"_s);
        QCOMPARE(back->quasiIdentifiers(), QStringList{u"Date of birth"_s});
        QVERIFY(back->needsKey());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        QVERIFY(p.save(path));
        QCOMPARE(RedactionProfile::load(path)->toBytes(), p.toBytes());
    }

    void profileRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"format": "sharewise-redaction-profile", "version": 1, )";
        QTest::newRow("duplicate key")
            << head + R"("columns": [{"column": "A", "action": "drop", "action": "keep"}]})"
            << u"appears twice"_s;
        QTest::newRow("not json") << "{\"format\": "_ba << u"line 1, column"_s;
        QTest::newRow("unknown key")
            << head + R"("columns": [{"column": "A", "action": "drop", "keep_frist": 2}]})"
            << u"columns[0].keep_frist"_s;
        QTest::newRow("bad action")
            << head + R"("columns": [{"column": "A", "action": "shred"}]})" << u"must be one of"_s;
        QTest::newRow("newer")
            << R"({"format": "sharewise-redaction-profile", "version": 2, "columns": []})"_ba
            << u"newer Sharewise"_s;
        QTest::newRow("not a profile")
            << R"({"format": "other", "version": 1})"_ba << u"not a Sharewise redaction profile"_s;
        QTest::newRow("age band without date")
            << head + R"("columns": [{"column": "DOB", "action": "generalise", "to": "age_band"}]})"
            << u"reference_date"_s;
        QTest::newRow("two rules")
            << head +
                   R"("columns": [{"column": "A", "action": "drop"}, {"column": "A", "action": "keep"}]})"
            << u"two rules"_s;
        QTest::newRow("mask formula")
            << head + R"("columns": [{"column": "A", "action": "mask", "mask_char": "="}]})"
            << u"cannot start a spreadsheet formula"_s;
        QTest::newRow("shift by itself")
            << head + R"("columns": [{"column": "A", "action": "shift_date", "person": "A"}]})"
            << u"cannot be shifted by itself"_s;
        QTest::newRow("wrong type")
            << head + R"("columns": [{"column": "A", "action": "mask", "keep_last": "3"}]})"
            << u"must be a whole number"_s;
    }
    void profileRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto p = RedactionProfile::fromBytes(json, u"p.json"_s);
        QVERIFY(!p);
        QVERIFY2(p.error().fullMessage().contains(expected), qPrintable(p.error().fullMessage()));
        QVERIFY(p.error().fullMessage().startsWith(u"p.json"_s));
    }

    void matching()
    {
        RedactionProfile p;
        p.rules = {rule(u"NHS Number"_s, Action::Drop), rule(u"date_of_birth"_s, Action::Drop),
                   rule(u"Postcode"_s, Action::Drop), rule(u"Ethnicity"_s, Action::Drop)};
        const ProfileMatch m =
            matchColumns(p, {u"NHS Number"_s, u"Date of Birth"_s, u"Post code2"_s, u"Ward"_s});
        QCOMPARE(m.respelled.size(), 1);
        QCOMPARE(m.respelled[0].first, u"date_of_birth"_s);
        QCOMPARE(m.respelled[0].second, u"Date of Birth"_s);
        QCOMPARE(m.renamed.size(), 1);
        QCOMPARE(m.renamed[0].second, u"Post code2"_s);
        QCOMPARE(m.missing, QStringList{u"Ethnicity"_s});
        QCOMPARE(m.added, QStringList{u"Ward"_s});
        QCOMPARE(describeMatch(m).size(), 4);
        QVERIFY(
            matchColumns(p, {u"NHS Number"_s, u"date_of_birth"_s, u"Postcode"_s, u"Ethnicity"_s})
                .isExact());
    }

    // --- the row redactor ------------------------------------------------------------
    void redactorRefusals()
    {
        const QStringList columns{u"NHS"_s, u"Name"_s};
        RedactionProfile p;
        p.rules = {rule(u"NHS"_s, Action::Pseudonymise)};
        auto r = RowRedactor::create(p, columns, nullptr);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"agreement's key"_s));

        const RedactionKeys keys(vectorKey());
        r = RowRedactor::create(p, columns, &keys);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(u"\"Name\""_s),
                 qPrintable(r.error().message)); // other columns: refuse
        p.otherColumns = RedactionProfile::OtherColumns::Drop;
        r = RowRedactor::create(p, columns, &keys);
        QVERIFY(r);
        QCOMPARE(r.value()->outputColumns(), QStringList{u"NHS"_s});

        p.rules.append(rule(u"Address"_s, Action::Drop));
        r = RowRedactor::create(p, columns, &keys);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(u"\"Address\""_s));
        QCOMPARE(r.error().kind, ErrorKind::BadInput);

        RedactionProfile all;
        all.otherColumns = RedactionProfile::OtherColumns::Drop;
        QVERIFY(!RowRedactor::create(all, columns, nullptr));
    }

    void redactRows()
    {
        const QStringList columns{u"NHS Number"_s, u"Name"_s, u"DOB"_s,
                                  u"Postcode"_s,   u"Seen"_s, u"Notes"_s};
        RedactionProfile p;
        ColumnRule nhs = rule(u"NHS Number"_s, Action::Pseudonymise);
        nhs.kind = PseudonymKind{IdentifierKind::NhsNumber};
        ColumnRule dob = rule(u"DOB"_s, Action::Generalise);
        dob.to = Generalisation::AgeBand;
        dob.referenceDate = QDate(2026, 3, 31);
        ColumnRule pc = rule(u"Postcode"_s, Action::Generalise);
        pc.to = Generalisation::PostcodeDistrict;
        ColumnRule seen = rule(u"Seen"_s, Action::ShiftDate);
        seen.personColumn = u"NHS Number"_s;
        seen.kind = nhs.kind;
        ColumnRule notes = rule(u"Notes"_s, Action::Generalise);
        notes.to = Generalisation::TextEmpty;
        p.rules = {nhs, rule(u"Name"_s, Action::Drop), dob, pc, seen, notes};
        const RedactionKeys keys(vectorKey());
        auto created = RowRedactor::create(p, columns, &keys);
        QVERIFY(created);
        RowRedactor& r = *created.value();
        QCOMPARE(r.outputColumns(),
                 (QStringList{u"NHS Number"_s, u"DOB"_s, u"Postcode"_s, u"Seen"_s, u"Notes"_s}));

        table::RowBlock in;
        auto add = [&in](std::initializer_list<QByteArrayView> fields) {
            in.beginRow(in.rowCount() + 2);
            for (auto f : fields)
                in.addField(f);
        };
        add({"943 476 5919", "Jane", "1990-04-01", "sw1a 1aa", "2025-01-10", "lives alone"});
        add({"9434765919", "Jane", "01/04/1990", "SW1A1AA", "2025-02-10", ""});
        add({"N/A", "Bob", "soon", "nowhere", "2025-01-10", "x"});
        add({"4010232137"}); // short
        table::RowBlock out;
        for (qsizetype i = 0; i < in.rowCount(); ++i)
            r.redactRow(in, i, out);
        QCOMPARE(out.rowCount(), 4);
        const QByteArray token = keys.pseudonym(nhs.kind, "9434765919");
        QCOMPARE(out.field(0, 0).toByteArray(), token);
        QCOMPARE(out.field(1, 0).toByteArray(), token); // same person, same token
        QCOMPARE(out.field(0, 1).toByteArray(), "35-39"_ba);
        QCOMPARE(out.field(0, 2).toByteArray(), "SW1A"_ba);
        QCOMPARE(out.field(0, 4).toByteArray(), QByteArray());
        // Dates shift by the same days for one person: the 31-day interval survives.
        const int days = keys.dateShiftDays(nhs.kind, "9434765919");
        QCOMPARE(out.field(0, 3).toByteArray(),
                 Generalise::shiftDate("2025-01-10", CellKind::Text, days).value());
        QCOMPARE(out.field(1, 3).toByteArray(),
                 Generalise::shiftDate("2025-02-10", CellKind::Text, days).value());
        // Blank identifier: blank token and a date that cannot be shifted, left empty.
        QCOMPARE(out.field(2, 0).toByteArray(), QByteArray());
        QCOMPARE(out.field(2, 3).toByteArray(), QByteArray());
        QCOMPARE(out.field(2, 1).toByteArray(), QByteArray()); // "soon" is no date
        QCOMPARE(out.field(3, 1).toByteArray(), QByteArray()); // short row
        QCOMPARE(out.sourceLine(1), 3);
        const QList<ColumnOutcome> o = r.outcomes();
        QCOMPARE(o[1].unreadable, 1); // DOB "soon"
        QCOMPARE(o[2].unreadable, 1); // postcode "nowhere"
        QCOMPARE(o[3].noPerson, 1);
    }

    // --- the streaming pass ----------------------------------------------------------
    void streaming()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in.csv"_s);
        QVERIFY(writeFile(in, "Ref,Name,Postcode,Notes,Amount\n"
                              "1,\"Evans, Siân\",CF10 1EP,\"line one\nline two\",=1+2\n"
                              "2,Bob,sw1a1aa,\"said \"\"hi\"\"\",-12\n"
                              "3,Ann,M1 1AE,,+7\n"));
        RedactionProfile p;
        ColumnRule pc = rule(u"Postcode"_s, Action::Generalise);
        pc.to = Generalisation::PostcodeSector;
        p.rules = {rule(u"Ref"_s, Action::Keep), rule(u"Name"_s, Action::Drop), pc,
                   rule(u"Notes"_s, Action::Keep), rule(u"Amount"_s, Action::Keep)};
        RedactParams params;
        params.input = in;
        params.profile = p;
        params.output = dir.filePath(u"out.csv"_s);
        qint64 seenRows = 0;
        params.redactedRows = [&seenRows](const table::RowBlock& b) {
            seenRows += b.rowCount();
        };
        const auto result = redactFile(params);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().fullMessage()));
        QCOMPARE(result->rowsWritten, 3);
        QCOMPARE(seenRows, 3);
        const QByteArray expected = "Ref,Postcode,Notes,Amount\r\n"
                                    "1,CF10 1,\"line one\nline two\",'=1+2\r\n"
                                    "2,SW1A 1,\"said \"\"hi\"\"\",-12\r\n"
                                    "3,M1 1,,'+7\r\n";
        QCOMPARE(readAll(params.output), expected);
        QCOMPARE(result->outputBytes, expected.size());

        // Deterministic: a second run gives the same bytes.
        params.output = dir.filePath(u"again.csv"_s);
        QVERIFY(redactFile(params));
        QCOMPARE(readAll(params.output), expected);

        // The output reads back as the same table.
        auto back = table::DatasetReader::open(dir.filePath(u"out.csv"_s));
        QVERIFY(back);
        QCOMPARE(back.value()->info().columns,
                 (QStringList{u"Ref"_s, u"Postcode"_s, u"Notes"_s, u"Amount"_s}));
    }

    void streamingKeyedIsDeterministicAcrossBlocks()
    {
        // More rows than a block, so the read-ahead thread hands several over.
        QTemporaryDir dir;
        QByteArray data = "NHS,Seen\n";
        for (int i = 0; i < 10000; ++i)
            data += QByteArray::number(1000000000 + i % 997) + ",2025-0" +
                    QByteArray::number(1 + i % 9) + "-15\n";
        QVERIFY(writeFile(dir.filePath(u"in.csv"_s), data));
        RedactionProfile p;
        ColumnRule nhs = rule(u"NHS"_s, Action::Pseudonymise);
        nhs.kind = PseudonymKind{IdentifierKind::NhsNumber};
        ColumnRule seen = rule(u"Seen"_s, Action::ShiftDate);
        seen.personColumn = u"NHS"_s;
        seen.kind = nhs.kind;
        p.rules = {nhs, seen};
        const RedactionKeys keys(vectorKey());
        RedactParams params;
        params.input = dir.filePath(u"in.csv"_s);
        params.profile = p;
        params.keys = &keys;
        params.output = dir.filePath(u"a.csv"_s);
        const auto a = redactFile(params);
        QVERIFY(a);
        QCOMPARE(a->rowsWritten, 10000);
        params.output = dir.filePath(u"b.csv"_s);
        QVERIFY(redactFile(params));
        const QByteArray out = readAll(dir.filePath(u"a.csv"_s));
        QCOMPARE(out, readAll(dir.filePath(u"b.csv"_s)));
        QVERIFY(!out.contains("1000000000"));
        QCOMPARE(out.count("\r\n"), 10001);
    }

    void raggedRows()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in.csv"_s);
        QVERIFY(writeFile(in, "A,B,C\n1,2,3\n4,5\n6,7,8,9\n10,11,12,\n"));
        RedactionProfile p;
        p.otherColumns = RedactionProfile::OtherColumns::Keep;
        RedactParams params;
        params.input = in;
        params.profile = p;
        params.output = dir.filePath(u"out.csv"_s);
        auto r = redactFile(params);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QString::fromLatin1(RedactError::Ragged));
        QVERIFY2(r.error().where.contains(u"line 3"_s), qPrintable(r.error().where));
        QVERIFY(!QFile::exists(params.output)); // nothing half-written
        QCOMPARE(dir.path(), dir.path());

        params.profile.raggedRows = RedactionProfile::RaggedRows::Skip;
        r = redactFile(params);
        QVERIFY(r);
        QCOMPARE(r->raggedSkipped, 2);
        QCOMPARE(readAll(params.output), "A,B,C\r\n1,2,3\r\n10,11,12\r\n"_ba);

        params.profile.raggedRows = RedactionProfile::RaggedRows::Pad;
        r = redactFile(params);
        QVERIFY(r);
        QCOMPARE(r->raggedPadded, 2);
        QCOMPARE(readAll(params.output), "A,B,C\r\n1,2,3\r\n4,5,\r\n6,7,8\r\n10,11,12\r\n"_ba);
    }

    void raggedRowFoundInALaterBlock()
    {
        // Several blocks redacted in parallel: the first ragged row in the file is the
        // one reported, whichever worker met it.
        QTemporaryDir dir;
        QByteArray data = "A,B\n";
        for (int i = 0; i < 30000; ++i)
            data += (i == 17000 || i == 25000) ? "x\n"_ba : QByteArray::number(i) + ",y\n";
        QVERIFY(writeFile(dir.filePath(u"in.csv"_s), data));
        RedactParams params;
        params.input = dir.filePath(u"in.csv"_s);
        params.profile.otherColumns = RedactionProfile::OtherColumns::Keep;
        params.output = dir.filePath(u"out.csv"_s);
        for (int run = 0; run < 3; ++run) {
            const auto r = redactFile(params);
            QVERIFY(!r);
            QVERIFY2(r.error().where.endsWith(u"line 17002"_s), qPrintable(r.error().where));
            QVERIFY(!QFile::exists(params.output));
        }
    }

    void encodingRestartStartsTheOutputAgain()
    {
        // ASCII for the first 64 KiB, then a Windows-1252 byte: the reader restarts as
        // Windows-1252 and the output must hold each row once, correctly decoded.
        QTemporaryDir dir;
        QByteArray data = "Name,N\n";
        int rows = 0;
        while (data.size() < 200000) {
            data += "Row" + QByteArray::number(rows) + "," + QByteArray::number(rows + 1) + "\n";
            ++rows;
        }
        data += "Caf\xe9,1\n";
        ++rows;
        QVERIFY(writeFile(dir.filePath(u"in.csv"_s), data));
        RedactParams params;
        params.input = dir.filePath(u"in.csv"_s);
        params.profile.otherColumns = RedactionProfile::OtherColumns::Keep;
        params.output = dir.filePath(u"out.csv"_s);
        const auto r = redactFile(params);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().fullMessage()));
        QCOMPARE(r->rowsWritten, rows);
        const QByteArray out = readAll(params.output);
        QCOMPARE(out.count("\r\n"), rows + 1);
        QVERIFY(out.endsWith("Caf\xc3\xa9,1\r\n"));
        QCOMPARE(out.count("Row0,"), 1);
    }

    void failedRunKeepsOldOutput()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in.csv"_s);
        QVERIFY(writeFile(in, "A,B\n1,2\n3\n"));
        const QString out = dir.filePath(u"out.csv"_s);
        QVERIFY(writeFile(out, "previous"));
        RedactParams params;
        params.input = in;
        params.profile.otherColumns = RedactionProfile::OtherColumns::Keep;
        params.output = out;
        QVERIFY(!redactFile(params));
        QCOMPARE(readAll(out), "previous"_ba);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary left
    }

    void cancelled()
    {
        QTemporaryDir dir;
        QByteArray data = "A\n";
        for (int i = 0; i < 20000; ++i)
            data += QByteArray::number(i) + '\n';
        QVERIFY(writeFile(dir.filePath(u"in.csv"_s), data));
        std::atomic_bool cancel{false};
        RedactParams params;
        params.input = dir.filePath(u"in.csv"_s);
        params.profile.otherColumns = RedactionProfile::OtherColumns::Keep;
        params.output = dir.filePath(u"out.csv"_s);
        params.cancel = &cancel;
        params.redactedRows = [&cancel](const table::RowBlock&) {
            cancel = true;
        };
        const auto r = redactFile(params);
        QVERIFY(!r);
        QCOMPARE(r.error().code, QString::fromLatin1(RedactError::Cancelled));
        QVERIFY(!QFile::exists(params.output));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void suppressRare()
    {
        QTemporaryDir dir;
        QByteArray data = "Ward,Other\n";
        for (int i = 0; i < 12; ++i)
            data += "Butetown,x\n";
        data += "Riverside,x\nRiverside,x\n,x\n";
        QVERIFY(writeFile(dir.filePath(u"in.csv"_s), data));
        ColumnRule ward = rule(u"Ward"_s, Action::SuppressRare);
        ward.minCount = 3;
        ward.marker = u"[rare]"_s;
        RedactParams params;
        params.input = dir.filePath(u"in.csv"_s);
        params.profile.rules = {ward, rule(u"Other"_s, Action::Drop)};
        params.output = dir.filePath(u"out.csv"_s);
        QList<int> passes;
        params.progress = [&passes](qint64, qint64, int pass, int of) {
            QCOMPARE(of, 2);
            if (passes.isEmpty() || passes.last() != pass)
                passes.append(pass);
        };
        const auto r = redactFile(params);
        QVERIFY(r);
        QCOMPARE(passes, (QList<int>{1, 2}));
        QCOMPARE(r->outcomes[0].suppressed, 2);
        const QByteArray out = readAll(params.output);
        QCOMPARE(out.count("[rare]"), 2);
        QCOMPARE(out.count("Butetown"), 12);
        QVERIFY(!out.contains("Riverside"));
    }

    void riskOfAProfile()
    {
        // Ward hidden when rare (fewer than 3), postcode to district; both
        // quasi-identifiers. Groups: (Butetown, CF10) x4, (*, CF10) x2 (Riverside and
        // Canton are rare), (Butetown, CF11) x1.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"in.csv"_s), "Ward,Postcode,Name\n"
                                                     "Butetown,CF10 1AA,a\n"
                                                     "Butetown,CF10 2BB,b\n"
                                                     "Butetown,CF10 3AX,c\n"
                                                     "Butetown,CF10 4DD,d\n"
                                                     "Riverside,CF10 5EE,e\n"
                                                     "Canton,CF10 6FF,f\n"
                                                     "Butetown,CF11 1AA,g\n"));
        RedactionProfile p;
        ColumnRule ward = rule(u"Ward"_s, Action::SuppressRare);
        ward.minCount = 3;
        ward.quasiIdentifier = true;
        ColumnRule pc = rule(u"Postcode"_s, Action::Generalise);
        pc.to = Generalisation::PostcodeDistrict;
        pc.quasiIdentifier = true;
        p.rules = {ward, pc, rule(u"Name"_s, Action::Drop)};
        p.riskThreshold = 3;
        const auto a = assessRisk(dir.filePath(u"in.csv"_s), {}, p, nullptr);
        QVERIFY2(a, qPrintable(a ? QString() : a.error().fullMessage()));
        const risk::RiskResult r = a->feeder->check().result();
        QCOMPARE(r.records, 7);
        QCOMPARE(r.groups, 3);
        QCOMPARE(r.k, 1);
        QCOMPARE(r.uniqueRecords, 1);
        QCOMPARE(r.recordsBelowThreshold, 3); // the pair and the single
        // The next steps: district to area, then each left out.
        const auto candidates = a->feeder->candidates();
        QCOMPARE(candidates.size(), 3);
        QVERIFY(candidates[0].coarser);
        QCOMPARE(candidates[0].column, 1);
        // Postcode area: (Butetown, CF) x5, (*, CF) x2: the pair stays below 3.
        QCOMPARE(a->feeder->check().regrouped(1, candidates[0].coarser).recordsBelowThreshold, 2);
        // Leaving out the ward: (CF10) x6, (CF11) x1: only the single one is left.
        const auto best = risk::suggest(a->feeder->check(), candidates);
        QVERIFY(best);
        QCOMPARE(best->candidate, 1);
        QCOMPARE(best->result.recordsBelowThreshold, 1);

        // No quasi-identifier: a usage error.
        p.rules[0].quasiIdentifier = false;
        p.rules[1].quasiIdentifier = false;
        QCOMPARE(assessRisk(dir.filePath(u"in.csv"_s), {}, p, nullptr).error().kind,
                 ErrorKind::Usage);
    }

    void outputMayNotReplaceInput()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(u"in.csv"_s);
        QVERIFY(writeFile(in, "A\n1\n"));
        RedactParams params;
        params.input = in;
        params.output = in;
        params.profile.otherColumns = RedactionProfile::OtherColumns::Keep;
        const auto r = redactFile(params);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Usage);
        QCOMPARE(readAll(in), "A\n1\n"_ba);
    }
};

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
