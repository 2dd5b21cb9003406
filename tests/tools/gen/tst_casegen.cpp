// The case-file generator must write what it says: the reader's tests trust its files
// and its manifest. Checked here with a small independent CSV splitter and independent
// identifier checks, not with the product's reader.
#include "tools/gen_casefile.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace sharewise;

namespace {

struct Row
{
    qint64 line = 0;
    QList<QByteArray> fields;
    bool blank = false; // nothing on the line at all
};

// RFC 4180 with CR, LF or CRLF line ends; a line break inside quotes counts as a line.
QList<Row> split(const QByteArray& bytes, char delimiter, qsizetype start = 0)
{
    QList<Row> rows;
    qint64 line = 1;
    qsizetype i = start;
    const qsizetype n = bytes.size();
    const auto lineBreakAt = [&](qsizetype at) -> int {
        if (bytes[at] == '\r')
            return at + 1 < n && bytes[at + 1] == '\n' ? 2 : 1;
        return bytes[at] == '\n' ? 1 : 0;
    };
    while (i < n) {
        Row row;
        row.line = line;
        if (const int b = lineBreakAt(i)) {
            row.blank = true;
            rows.append(row);
            i += b;
            ++line;
            continue;
        }
        QByteArray field;
        for (;;) {
            if (i < n && bytes[i] == '"') {
                ++i;
                for (;;) {
                    if (i >= n)
                        return rows; // unclosed quote: the caller's count shows it
                    if (bytes[i] == '"') {
                        if (i + 1 < n && bytes[i + 1] == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (const int b = lineBreakAt(i)) {
                        field.append(bytes.mid(i, b));
                        i += b;
                        ++line;
                        continue;
                    }
                    field.append(bytes[i++]);
                }
            }
            while (i < n && bytes[i] != delimiter && lineBreakAt(i) == 0)
                field.append(bytes[i++]);
            row.fields.append(field);
            field.clear();
            if (i < n && bytes[i] == delimiter) {
                ++i;
                continue;
            }
            break;
        }
        rows.append(row);
        if (i < n) {
            i += lineBreakAt(i);
            ++line;
        }
    }
    return rows;
}

QByteArray generate(const casegen::Options& o, casegen::Manifest* m = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    const bool ok = casegen::write(buffer, o, m, &error);
    if (!ok)
        qWarning("generator failed: %s", qPrintable(error));
    return ok ? buffer.data() : QByteArray();
}

bool nhsValid(QByteArray s)
{
    s.replace(' ', "");
    if (s.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        if (i < 9)
            sum += (s[i] - '0') * (10 - i);
    }
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == s[9] - '0';
}

bool niValid(QByteArray s)
{
    s.replace(' ', "");
    static const QRegularExpression re(
        QStringLiteral("^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$"));
    static const QSet<QByteArray> banned = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"};
    return re.match(QString::fromLatin1(s)).hasMatch() && !banned.contains(s.left(2));
}

bool upnValid(const QByteArray& s)
{
    if (s.size() != 13)
        return false;
    int sum = 0;
    for (int i = 1; i < 13; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        sum += (s[i] - '0') * (i + 1);
    }
    return "ABCDEFGHJKLMNPQRTUVWXYZ"[sum % 23] == s[0];
}

bool postcodeValid(const QByteArray& s)
{
    static const QRegularExpression re(QStringLiteral(
        "^([A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][ABCDEFGHJKSTUW]|"
        "[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]) ?[0-9][ABD-HJLNP-UW-Z]{2}$"));
    return s == "ZZ99 3VZ" || re.match(QString::fromLatin1(s.toUpper())).hasMatch();
}

// Windows-1252, written out again here so that the generator's table is checked by an
// independent one. 0 marks the five bytes the code page leaves undefined.
QString fromWindows1252(const QByteArray& bytes)
{
    static constexpr std::array<char16_t, 32> high = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(high[b - 0x80] ? high[b - 0x80] : 0xFFFD)
                                         : QChar(char16_t(b)));
    }
    return out;
}

int column(const casegen::Manifest& m, const char* name)
{
    return int(m.columns.indexOf(QString::fromUtf8(name)));
}

} // namespace

class TestCaseGen : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameBytes()
    {
        casegen::Options o;
        o.rows = 500;
        o.seed = 42;
        const QByteArray a = generate(o);
        QVERIFY(!a.isEmpty());
        QCOMPARE(generate(o), a);
        o.seed = 43;
        QVERIFY(generate(o) != a);
    }

    void plainFileMatchesItsManifest()
    {
        casegen::Options o;
        o.rows = 2000;
        casegen::Manifest m;
        const QByteArray bytes = generate(o, &m);
        QCOMPARE(m.bytes, bytes.size());
        QCOMPARE(m.columns.size(), casegen::kColumns);
        QCOMPARE(m.fieldsPerRow, casegen::kColumns);
        QCOMPARE(m.headerLine, 1);
        QCOMPARE(m.records, 2000);
        QVERIFY(m.embeddedLineBreaks > 0);
        const QList<Row> rows = split(bytes, ',');
        QCOMPARE(rows.size(), 2001);
        QCOMPARE(bytes.count('\n'), m.lines);
        QCOMPARE(bytes.count("\r\n"), m.lines - m.embeddedLineBreaks);
        for (int c = 0; c < casegen::kColumns; ++c)
            QCOMPARE(QString::fromUtf8(rows[0].fields.value(c)), m.columns[c]);
        for (const Row& r : rows)
            QCOMPARE(r.fields.size(), casegen::kColumns);
        QVERIFY(bytes.contains("\"\"")); // doubled quotes
        QVERIFY(bytes.contains("\"1,")); // a quoted amount with a thousands separator
    }

    void identifiersAreValid()
    {
        casegen::Options o;
        o.rows = 5000;
        o.seed = 7;
        casegen::Manifest m;
        const QList<Row> rows = split(generate(o, &m), ',');
        const int nhs = column(m, "NHS Number");
        const int ni = column(m, "NI Number");
        const int upn = column(m, "UPN");
        const int postcode = column(m, "Postcode");
        const int email = column(m, "Email");
        QVERIFY(nhs >= 0 && ni >= 0 && upn >= 0 && postcode >= 0 && email >= 0);
        int nhsSeen = 0, nhsBad = 0, nhsSpaced = 0, niSeen = 0, upnSeen = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<QByteArray>& f = rows[i].fields;
            if (!f[nhs].isEmpty()) {
                ++nhsSeen;
                nhsBad += !nhsValid(f[nhs]);
                nhsSpaced += f[nhs].contains(' ');
            }
            if (!f[ni].isEmpty()) {
                ++niSeen;
                QVERIFY2(niValid(f[ni]), f[ni].constData());
            }
            if (!f[upn].isEmpty()) {
                ++upnSeen;
                QVERIFY2(upnValid(f[upn]), f[upn].constData());
            }
            QVERIFY2(postcodeValid(f[postcode]), f[postcode].constData());
            QVERIFY(f[email].isEmpty() || f[email].contains("@example."));
        }
        QVERIFY(nhsSeen > 4000);
        QVERIFY(nhsSpaced > nhsSeen / 5 && nhsSpaced < nhsSeen / 2);
        // About 1 in 400 mistyped, as typed data is; every other one passes modulus 11.
        QVERIFY2(nhsBad > 0 && nhsBad < nhsSeen / 100, qPrintable(QString::number(nhsBad)));
        QVERIFY(niSeen > 2500);
        QVERIFY(upnSeen > 300);
    }

    void datesAndNumbersComeInEveryForm()
    {
        casegen::Options o;
        o.rows = 2000;
        casegen::Manifest m;
        const QList<Row> rows = split(generate(o, &m), ',');
        const int referral = column(m, "Referral Date");
        const int dob = column(m, "Date of Birth");
        const int income = column(m, "Weekly Income (£)");
        const int balance = column(m, "Rent Account Balance");
        QVERIFY(referral >= 0 && dob >= 0 && income >= 0 && balance >= 0);
        static const QRegularExpression ddmmyyyy(QStringLiteral("^\\d\\d/\\d\\d/\\d{4}$"));
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d$"));
        static const QRegularExpression mon(QStringLiteral("^\\d\\d-[A-Z][a-z]{2}-\\d{4}$"));
        static const QRegularExpression serial(QStringLiteral("^4[4-6]\\d{3}$"));
        int forms[4] = {};
        int padded = 0, bracketed = 0, separators = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QString r = QString::fromUtf8(rows[i].fields[referral]);
            forms[0] += ddmmyyyy.match(r).hasMatch();
            forms[1] += iso.match(r).hasMatch();
            forms[2] += mon.match(r).hasMatch();
            forms[3] += serial.match(r).hasMatch();
            QVERIFY2(ddmmyyyy.match(QString::fromUtf8(rows[i].fields[dob])).hasMatch(),
                     rows[i].fields[dob].constData());
            padded += rows[i].fields[income].startsWith(' ');
            separators += rows[i].fields[income].contains(',');
            bracketed += rows[i].fields[balance].startsWith('(');
        }
        QCOMPARE(forms[0] + forms[1] + forms[2] + forms[3], 2000);
        for (int f : forms)
            QVERIFY(f > 100);
        QVERIFY(padded > 10);
        QVERIFY(separators > 300);
        QVERIFY(bracketed > 300);
    }

    void layoutOptionsKeepTheRecords()
    {
        casegen::Options plain;
        plain.rows = 3000;
        plain.seed = 5;
        const QList<Row> expected = split(generate(plain), ',');

        casegen::Options o = plain;
        o.titleRows = 4;
        o.totals = true;
        o.blankRows = true;
        o.trailingEmptyColumns = true;
        o.duplicateHeaders = true;
        o.delimiter = ';';
        o.lineEnd = casegen::LineEnd::Lf;
        casegen::Manifest m;
        const QByteArray bytes = generate(o, &m);
        QVERIFY(!bytes.contains('\r'));
        const QList<Row> rows = split(bytes, ';');
        QCOMPARE(m.titleRows, 4);
        QCOMPARE(m.headerLine, 5);
        QCOMPARE(m.fieldsPerRow, casegen::kColumns + 3);
        QVERIFY(!m.blankLines.isEmpty());
        QVERIFY(!m.paddingLines.isEmpty());
        QCOMPARE(m.columns.count(QStringLiteral("Date")), 2);
        QCOMPARE(m.columns.count(QString()), 4); // Address Line 2 and three trailing

        QSet<qint64> blank(m.blankLines.begin(), m.blankLines.end());
        QSet<qint64> padding(m.paddingLines.begin(), m.paddingLines.end());
        QList<Row> records;
        for (const Row& r : rows) {
            if (r.line < m.headerLine) {
                QVERIFY(!r.blank);
                QVERIFY(r.fields.size() == 1 || r.fields.size() == m.fieldsPerRow);
                continue;
            }
            if (r.line == m.headerLine) {
                QCOMPARE(r.fields.size(), m.fieldsPerRow);
                QCOMPARE(r.fields[19], QByteArray("Date"));
                QCOMPARE(r.fields[20], QByteArray("Date"));
                QVERIFY(r.fields[10].isEmpty());
                continue;
            }
            if (r.line == m.totalsLine) {
                QCOMPARE(r.fields.value(0), QByteArray("Total"));
                continue;
            }
            if (r.blank) {
                QVERIFY2(blank.remove(r.line), qPrintable(QString::number(r.line)));
                continue;
            }
            if (r.fields.join().isEmpty()) {
                QVERIFY2(padding.remove(r.line), qPrintable(QString::number(r.line)));
                QCOMPARE(r.fields.size(), m.fieldsPerRow);
                continue;
            }
            QCOMPARE(r.fields.size(), m.fieldsPerRow);
            for (int t = casegen::kColumns; t < m.fieldsPerRow; ++t)
                QVERIFY(r.fields[t].isEmpty());
            records.append(r);
        }
        QVERIFY(blank.isEmpty());
        QVERIFY(padding.isEmpty());
        QVERIFY(m.totalsLine > 0 && m.totalsLine == m.lines);
        QCOMPARE(records.size(), expected.size() - 1);
        for (qsizetype i = 0; i < records.size(); ++i)
            QCOMPARE(records[i].fields.mid(0, casegen::kColumns), expected[i + 1].fields);
    }

    void raggedRowsAreWhereTheManifestSays()
    {
        casegen::Options o;
        o.rows = 1000;
        o.ragged = 6;
        o.trailingEmptyColumns = true;
        casegen::Manifest m;
        const QList<Row> rows = split(generate(o, &m), ',');
        QCOMPARE(m.ragged.size(), 6);
        QMap<qint64, casegen::RaggedRow> byLine;
        for (const casegen::RaggedRow& r : m.ragged)
            byLine.insert(r.line, r);
        int seen = 0;
        bool shortSeen = false, longSeen = false;
        for (const Row& r : rows) {
            if (!byLine.contains(r.line)) {
                QCOMPARE(r.fields.size(), m.fieldsPerRow);
                continue;
            }
            ++seen;
            const casegen::RaggedRow g = byLine.value(r.line);
            QCOMPARE(r.fields.size(), g.fields);
            QCOMPARE(r.fields.first(),
                     QByteArray("HC") + QByteArray::number(g.record).rightJustified(8, '0'));
            if (g.extraField) {
                longSeen = true;
                QCOMPARE(g.fields, m.fieldsPerRow + 1);
                // more non-empty fields than the header's 34 named columns
                QVERIFY(!r.fields[casegen::kColumns].isEmpty());
            } else {
                shortSeen = true;
                QVERIFY(g.fields < casegen::kColumns);
            }
        }
        QCOMPARE(seen, 6);
        QVERIFY(shortSeen && longSeen);
    }

    void encodingsHoldTheSameText()
    {
        casegen::Options o;
        o.rows = 1500;
        o.seed = 11;
        const QByteArray utf8 = generate(o);
        const QString text = QString::fromUtf8(utf8);
        QVERIFY(text.contains(u"Siân") && text.contains(u"Llŷr") && text.contains(u"’"));

        o.encoding = casegen::Encoding::Utf8Bom;
        QCOMPARE(generate(o), QByteArray("\xEF\xBB\xBF") + utf8);

        o.encoding = casegen::Encoding::Utf16LE;
        QByteArray le = generate(o);
        QVERIFY(le.startsWith("\xFF\xFE"));
        QCOMPARE(QStringDecoder(QStringDecoder::Utf16LE).decode(le.mid(2)).operator QString(),
                 text);

        o.encoding = casegen::Encoding::Utf16BE;
        QByteArray be = generate(o);
        QVERIFY(be.startsWith("\xFE\xFF"));
        QCOMPARE(QStringDecoder(QStringDecoder::Utf16BE).decode(be.mid(2)).operator QString(),
                 text);

        o.encoding = casegen::Encoding::Windows1252;
        const QByteArray cp = generate(o);
        QVERIFY(cp.contains('\x92')); // ’ in O’Neill: in 0x80–0x9F, where Latin-1 differs
        QVERIFY(cp.contains('\xA3')); // £
        QVERIFY(cp.contains("Si\xE2n"));
        for (const char undefinedByte : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'})
            QVERIFY(!cp.contains(undefinedByte));
        // Back through an independent table: the same text, with '?' where Windows-1252
        // has no character (ŵ ŷ Ł ś ...).
        const QString back = fromWindows1252(cp);
        QCOMPARE(back.size(), text.size());
        int lost = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (back[i] != text[i]) {
                QCOMPARE(back[i], QLatin1Char('?'));
                ++lost;
            }
        }
        QVERIFY(lost > 0);
        QVERIFY(back.contains(u"Ll?r"));
    }

    void lineEnds()
    {
        casegen::Options o;
        o.rows = 400;
        casegen::Manifest m;
        o.lineEnd = casegen::LineEnd::Cr;
        QByteArray bytes = generate(o, &m);
        QVERIFY(!bytes.contains('\n'));
        QCOMPARE(bytes.count('\r'), m.lines);
        QCOMPARE(split(bytes, ',').size(), 401);
        o.lineEnd = casegen::LineEnd::Lf;
        bytes = generate(o, &m);
        QVERIFY(!bytes.contains('\r'));
        QCOMPARE(bytes.count('\n'), m.lines);
        o.lineEnd = casegen::LineEnd::CrLf;
        bytes = generate(o, &m);
        QCOMPARE(bytes.count('\r'), m.lines - m.embeddedLineBreaks);
        QCOMPARE(bytes.count('\n'), m.lines);
    }

    void delimiters_data()
    {
        QTest::addColumn<char>("delimiter");
        QTest::newRow("semicolon") << ';';
        QTest::newRow("tab") << '\t';
        QTest::newRow("pipe") << '|';
    }
    void delimiters()
    {
        QFETCH(char, delimiter);
        casegen::Options o;
        o.rows = 800;
        const QList<Row> commas = split(generate(o), ',');
        o.delimiter = delimiter;
        const QList<Row> rows = split(generate(o), delimiter);
        QCOMPARE(rows.size(), commas.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].fields, commas[i].fields);
    }

    // The big "one bad byte deep inside" file: valid UTF-8 everywhere but one byte.
    void oneBadByteDeepInside_data()
    {
        QTest::addColumn<bool>("asciiOnly");
        QTest::newRow("utf-8 text around it") << false;
        QTest::newRow("ascii around it") << true;
    }
    void oneBadByteDeepInside()
    {
        QFETCH(bool, asciiOnly);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        casegen::Options o;
        o.rows = 60000;
        o.badByteAtRecord = 50000;
        o.asciiOnly = asciiOnly;
        casegen::Manifest m;
        QString error;
        QVERIFY2(casegen::writeFile(path, o, &m, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(m.bytes, bytes.size());
        QVERIFY(m.badByteOffset > bytes.size() * 4 / 5);
        QCOMPARE(bytes[m.badByteOffset], '\xE9');
        QCOMPARE(bytes.mid(m.badByteOffset - 3, 5), QByteArray("Ren\xE9"
                                                               "e"));
        QCOMPARE(m.badByteRecord, 50000);
        QCOMPARE(m.badByteColumn, 2);
        // The byte's line and field, found independently.
        for (const Row& r : split(bytes, ',')) {
            if (r.line == m.badByteLine) {
                QCOMPARE(r.fields[0], QByteArray("HC00050000"));
                QCOMPARE(r.fields[1], QByteArray("Ren\xE9"
                                                 "e"));
            }
        }
        // Everything else is valid UTF-8 (and ASCII when asked).
        QByteArray rest = bytes;
        rest.remove(m.badByteOffset, 1);
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString decoded = decoder.decode(rest);
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoded.contains(QChar(0xFFFD)), false);
        bool nonAscii = false;
        for (char c : rest)
            nonAscii = nonAscii || (static_cast<unsigned char>(c) >= 0x80);
        QCOMPARE(nonAscii, !asciiOnly);
        QStringDecoder whole(QStringDecoder::Utf8);
        (void)whole.decode(bytes).operator QString();
        QVERIFY(whole.hasError());
    }

    void sizeIsReached()
    {
        casegen::Options o;
        o.sizeBytes = 3 << 20;
        casegen::Manifest m;
        const QByteArray bytes = generate(o, &m);
        QVERIFY(bytes.size() >= o.sizeBytes);
        QVERIFY(bytes.size() < o.sizeBytes + 4096);
        QVERIFY(m.records > 7000 && m.records < 9000); // about 380 bytes a record
        QCOMPARE(casegen::parseSize(u"1G").value_or(0), qint64(1) << 30);
        QCOMPARE(casegen::parseSize(u"100M").value_or(0), qint64(100) << 20);
        QCOMPARE(casegen::parseSize(u"64k").value_or(0), qint64(64) << 10);
        QCOMPARE(casegen::parseSize(u"5000").value_or(0), 5000);
        QVERIFY(!casegen::parseSize(u"lots"));
    }

    void badOptionsAreRefused()
    {
        casegen::Options o;
        o.delimiter = ':';
        QString error;
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        QVERIFY(!casegen::write(b, o, nullptr, &error));
        QVERIFY(!error.isEmpty());
        o = {};
        o.encoding = casegen::Encoding::Utf16LE;
        o.badByteAtRecord = 5;
        QVERIFY(!casegen::write(b, o, nullptr, &error));
    }
};

QTEST_GUILESS_MAIN(TestCaseGen)
#include "tst_casegen.moc"
