// sharewise-cli inspect, run as a real process: text and JSON output, warnings on
// stderr with exit 0 for ragged rows, exit 2 with file/line/column for bad input, and
// options that override what is detected.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(SHAREWISE_CLI_PATH), args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString fixture(const QString& name)
{
    return qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/table/csv/"_s + name;
}

QJsonObject column(const QJsonObject& o, const QString& name)
{
    for (const QJsonValue& v : o.value(u"columns"_s).toArray())
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    return {};
}

QStringList kinds(const QJsonObject& col)
{
    QStringList out;
    for (const QJsonValue& v : col.value(u"identifiers"_s).toArray())
        out << v.toObject().value(u"kind"_s).toString();
    return out;
}

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT
private slots:
    void jsonDescribesTheFile();
    void textForPeople();
    void raggedRowsWarnButSucceed();
    void optionsOverrideDetection();
    void badInputExitsTwoWithWhere();
    void usageErrors();

private:
    QTemporaryDir m_dir;
};

void TestCliInspect::jsonDescribesTheFile()
{
    QFile f(m_dir.filePath(u"cases.csv"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Extract for the DfE\n\n"
            "NHS No,Forename,Date of birth,Postcode,Amount,Ethnicity\n"
            "9434765919,Si\xC3\xA2n,03/04/1985,CF10 1AA,\"1,234.50\",White British\n"
            "4010232137,Dafydd,11/12/1990,LL57 2PW,12.00,Asian or Asian British\n"
            "9434765870,Mary,01/01/1970,SA1 1AA,(5.00),Black British\n"
            "4010232129,Rhys,28/02/2001,NP20 1AA,7,Mixed\n"
            "Total,,,,\"1,248.50\",\n");
    f.close();
    const Run r = run({u"inspect"_s, f.fileName(), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"format"_s).toString(), u"csv"_s);
    QCOMPARE(o.value(u"encoding"_s).toString(), u"utf-8"_s);
    QCOMPARE(o.value(u"delimiter"_s).toString(), u","_s);
    QCOMPARE(o.value(u"headerRow"_s).toInt(), 3);
    QCOMPARE(o.value(u"rowsAboveHeader"_s).toInt(), 1);
    QCOMPARE(o.value(u"rowCount"_s).toInt(), 4);
    QCOMPARE(o.value(u"totalsRow"_s).toInt(), 8);
    QCOMPARE(o.value(u"columns"_s).toArray().size(), 6);
    QVERIFY(kinds(column(o, u"NHS No"_s)).contains(u"nhs_number"_s));
    QVERIFY(kinds(column(o, u"Postcode"_s)).contains(u"postcode"_s));
    QVERIFY(kinds(column(o, u"Date of birth"_s)).contains(u"date_of_birth"_s));
    QVERIFY(kinds(column(o, u"Ethnicity"_s)).contains(u"special_category"_s));
    QVERIFY(kinds(column(o, u"Amount"_s)).isEmpty());
    const QJsonObject nhs =
        column(o, u"NHS No"_s).value(u"identifiers"_s).toArray().first().toObject();
    QVERIFY(nhs.value(u"confidence"_s).toDouble() > 0.5);
    QVERIFY(nhs.value(u"confidence"_s).toDouble() <= 1.0);
    QVERIFY(!nhs.value(u"reason"_s).toString().isEmpty());
    QCOMPARE(column(o, u"Amount"_s).value(u"type"_s).toString(), u"decimal"_s);
    QCOMPARE(column(o, u"Date of birth"_s).value(u"type"_s).toString(), u"date"_s);
    QVERIFY(column(o, u"Date of birth"_s).value(u"min"_s).isNull()); // personal: no range
    QCOMPARE(column(o, u"Amount"_s).value(u"min"_s).toDouble(), -5.0);
    QCOMPARE(column(o, u"Amount"_s).value(u"max"_s).toDouble(), 1234.5);
    // No value from the file itself appears in the JSON (only ranges).
    QVERIFY(!r.out.contains(u"Dafydd"_s));
    QVERIFY(!r.out.contains(u"9434765919"_s));
}

void TestCliInspect::textForPeople()
{
    const Run r = run({u"inspect"_s, fixture(u"cp1252_pound_quotes.csv"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"windows-1252"_s));
    QVERIFY(r.out.contains(u"Case Ref"_s));
    QVERIFY(r.out.contains(u"5 rows of data"_s));
    QVERIFY(r.err.isEmpty());
}

void TestCliInspect::raggedRowsWarnButSucceed()
{
    const Run r = run({u"inspect"_s, fixture(u"ragged_rows.csv"_s), u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"4 rows"_s), qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject ragged = o.value(u"raggedRows"_s).toObject();
    QCOMPARE(ragged.value(u"count"_s).toInt(), 4);
    QCOMPARE(ragged.value(u"short"_s).toInt(), 2);
    QCOMPARE(ragged.value(u"long"_s).toInt(), 2);
    QCOMPARE(ragged.value(u"lines"_s).toArray(), (QJsonArray{3, 4, 6, 7}));
    QCOMPARE(o.value(u"warnings"_s).toArray().first().toObject().value(u"code"_s).toString(),
             u"ragged_rows"_s);
}

void TestCliInspect::optionsOverrideDetection()
{
    const Run r = run({u"inspect"_s, fixture(u"semicolon_delimited.csv"_s), u"--json"_s,
                       u"--delimiter"_s, u"comma"_s, u"--encoding"_s, u"windows-1252"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(u"delimiter"_s).toString(), u","_s);
    QCOMPARE(o.value(u"delimiterDetected"_s).toBool(), false);
    QCOMPARE(o.value(u"encoding"_s).toString(), u"windows-1252"_s);
    QCOMPARE(o.value(u"encodingDetected"_s).toBool(), false);
    const Run header =
        run({u"inspect"_s, fixture(u"title_rows.csv"_s), u"--json"_s, u"--header-row"_s, u"2"_s});
    QCOMPARE(header.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(header.out.toUtf8()).object().value(u"headerRow"_s).toInt(),
             2);
}

void TestCliInspect::badInputExitsTwoWithWhere()
{
    const Run quote = run({u"inspect"_s, fixture(u"unclosed_quote.csv"_s)});
    QCOMPARE(quote.exitCode, 2);
    QVERIFY2(quote.err.contains(u"line 3, column 3"_s), qPrintable(quote.err));
    QVERIFY(quote.out.isEmpty());
    const Run page = run({u"inspect"_s, fixture(u"web_page.csv"_s)});
    QCOMPARE(page.exitCode, 2);
    QVERIFY(page.err.contains(u"web page"_s));
    const Run missing = run({u"inspect"_s, m_dir.filePath(u"nope.csv"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"does not exist"_s));
}

void TestCliInspect::usageErrors()
{
    QCOMPARE(run({u"inspect"_s}).exitCode, 1);
    QCOMPARE(run({u"inspect"_s, fixture(u"utf8_bom.csv"_s), u"--encoding"_s, u"ebcdic"_s}).exitCode,
             1);
    QCOMPARE(run({u"inspect"_s, fixture(u"utf8_bom.csv"_s), u"--delimiter"_s, u"x"_s}).exitCode, 1);
    QCOMPARE(run({u"inspect"_s, fixture(u"utf8_bom.csv"_s), u"--header-row"_s, u"0"_s}).exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"
