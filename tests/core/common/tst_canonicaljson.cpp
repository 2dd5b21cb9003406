#include "common/CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sharewise;

class TestCanonicalJson : public QObject
{
    Q_OBJECT
private slots:
    void serialises_data();
    void serialises();
    void keyOrderDoesNotMatter();
};

void TestCanonicalJson::serialises_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("{}");
    QTest::newRow("sorted keys, no spaces")
        << QByteArray(R"({ "b" : 1, "a" : [ 1, 2 ], "c": {"y": null, "x": true} })")
        << QByteArray(R"({"a":[1,2],"b":1,"c":{"x":true,"y":null}})");
    QTest::newRow("escapes")
        << QByteArray(R"({"s":"quote \" back \\ nl \n tab \t bell \u0007 slash /"})")
        << QByteArray(R"({"s":"quote \" back \\ nl \n tab \t bell \u0007 slash /"})");
    QTest::newRow("non-ASCII raw UTF-8")
        << QByteArray(R"({"w":"Caerdydd \u00e2 \u20ac"})")
        << QByteArray("{\"w\":\"Caerdydd \xc3\xa2 \xe2\x82\xac\"}");
    QTest::newRow("integers and fractions")
        << QByteArray(R"({"i":12,"n":-3,"f":0.5,"big":9007199254740993,"e":1e21})")
        << QByteArray(R"({"big":9007199254740993,"e":1e+21,"f":0.5,"i":12,"n":-3})");
    QTest::newRow("keys by UTF-16 code units")
        << QByteArray(R"({"b":1,"B":2,"\u00e9":3,"a":4})")
        << QByteArray("{\"B\":2,\"a\":4,\"b\":1,\"\xc3\xa9\":3}");
}

void TestCanonicalJson::serialises()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(CanonicalJson::serialise(doc.object()), expected);
}

void TestCanonicalJson::keyOrderDoesNotMatter()
{
    QJsonObject a{{QStringLiteral("x"), 1}, {QStringLiteral("y"), QStringLiteral("z")}};
    QJsonObject b;
    b.insert(QStringLiteral("y"), QStringLiteral("z"));
    b.insert(QStringLiteral("x"), 1);
    QCOMPARE(CanonicalJson::serialise(a), CanonicalJson::serialise(b));
    QVERIFY(CanonicalJson::serialise(a) !=
            CanonicalJson::serialise(QJsonObject{{QStringLiteral("x"), 2}}));
}

QTEST_GUILESS_MAIN(TestCanonicalJson)
#include "tst_canonicaljson.moc"
