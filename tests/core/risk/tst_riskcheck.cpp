// RiskCheck against a brute-force count (a std::map of every combination) on small
// random data from many seeds: the risk numbers, merge, the what-ifs (coarsened and
// without a column), l-diversity with its cap; then the sentences that explain them.
#include "common/Translations.h"
#include "risk/RiskCheck.h"
#include "risk/RiskExplanation.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;
using namespace sharewise;
using namespace sharewise::risk;

namespace {

struct Record
{
    QByteArrayList quasi;
    QByteArray sensitive;
};

// Values of several lengths (empty, short tails, whole 8-byte words, multi-byte UTF-8)
// so that the length-prefixed hashing is exercised; few per column, so groups repeat.
const QByteArrayList kPool = {"",         "F",       "M",        "1950",      "CF10",
                              "CF10 1",   "SA1 3AB", "12345678", "123456789", "Gŵyr",
                              "Ynys Môn", "a,b",     "ab",       "abc"};

QList<Record> randomRecords(QRandomGenerator& g, int rows, int columns, int cardinality)
{
    // Each column draws from its own slice of the pool, `cardinality` values wide.
    QList<QByteArrayList> choices;
    for (int c = 0; c < columns; ++c) {
        QByteArrayList values;
        const int start = g.bounded(int(kPool.size()));
        for (int i = 0; i < cardinality; ++i)
            values << kPool[(start + i) % kPool.size()];
        choices << values;
    }
    QList<Record> records;
    for (int r = 0; r < rows; ++r) {
        Record rec;
        for (int c = 0; c < columns; ++c)
            rec.quasi << choices[c][g.bounded(int(choices[c].size()))];
        rec.sensitive = QByteArray::number(g.bounded(1 + g.bounded(6)));
        records << rec;
    }
    return records;
}

QStringList namesFor(int columns)
{
    QStringList names;
    for (int c = 0; c < columns; ++c)
        names << u"column %1"_s.arg(c + 1);
    return names;
}

// The definition, counted the slow way.
RiskResult bruteForce(const QList<Record>& records, bool withSensitive, RiskOptions o)
{
    std::map<QByteArrayList, std::pair<qint64, std::set<QByteArray>>> groups;
    for (const Record& r : records) {
        auto& g = groups[r.quasi];
        ++g.first;
        g.second.insert(r.sensitive);
    }
    RiskResult x;
    x.records = records.size();
    x.groups = qint64(groups.size());
    x.threshold = o.threshold;
    x.diversityCap = o.diversityCap;
    x.k = 0;
    int l = o.diversityCap;
    for (const auto& [key, g] : groups) {
        x.k = x.k == 0 ? g.first : std::min(x.k, g.first);
        if (g.first == 1)
            ++x.uniqueRecords;
        if (g.first < o.threshold) {
            x.recordsBelowThreshold += g.first;
            ++x.groupsBelowThreshold;
        }
        const int distinct = std::min(int(g.second.size()), o.diversityCap);
        l = std::min(l, distinct);
        if (withSensitive && g.first >= 2 && g.second.size() == 1 && o.diversityCap > 1) {
            ++x.homogeneousGroups;
            x.recordsInHomogeneousGroups += g.first;
        }
    }
    if (withSensitive && !records.isEmpty()) {
        x.l = l;
        x.lSaturated = l == o.diversityCap;
    }
    return x;
}

// Record by record through add(), or in blocks of any size through addRows().
void feed(RiskCheck& check, const QList<Record>& records, qsizetype from = 0, qsizetype to = -1,
          int block = 0)
{
    if (to < 0)
        to = records.size();
    std::vector<QByteArrayView> views;
    std::vector<QByteArrayView> sensitive;
    for (qsizetype i = from; i < to; ++i) {
        if (block == 0) {
            views.assign(records[i].quasi.cbegin(), records[i].quasi.cend());
            check.add(views.data(), records[i].sensitive);
            continue;
        }
        views.insert(views.end(), records[i].quasi.cbegin(), records[i].quasi.cend());
        sensitive.push_back(records[i].sensitive);
        if (qsizetype(sensitive.size()) == block || i + 1 == to) {
            check.addRows(views.data(), check.sensitiveName() ? sensitive.data() : nullptr,
                          qsizetype(sensitive.size()));
            views.clear();
            sensitive.clear();
        }
    }
}

QString describe(const RiskResult& r)
{
    return u"records %1 groups %2 k %3 unique %4 below %5 (%6 groups) l %7%8 homogeneous %9/%10"_s
        .arg(r.records)
        .arg(r.groups)
        .arg(r.k)
        .arg(r.uniqueRecords)
        .arg(r.recordsBelowThreshold)
        .arg(r.groupsBelowThreshold)
        .arg(r.l ? QString::number(*r.l) : u"-"_s, r.lSaturated ? u"+"_s : QString())
        .arg(r.homogeneousGroups)
        .arg(r.recordsInHomogeneousGroups);
}

#define COMPARE_RESULT(actual, expected)                                                           \
    do {                                                                                           \
        const RiskResult a_ = (actual);                                                            \
        const RiskResult e_ = (expected);                                                          \
        QVERIFY2(a_ == e_, qPrintable(u"\n  got      "_s + describe(a_) + u"\n  expected "_s +     \
                                      describe(e_)));                                              \
    } while (false)

struct Case
{
    QList<Record> records;
    int columns = 0;
    bool withSensitive = false;
    RiskOptions options;
};

Case randomCase(quint32 seed)
{
    QRandomGenerator g(seed);
    Case c;
    c.columns = g.bounded(5); // 0 to 4 quasi-identifiers
    const int rows = seed % 17 == 0 ? 0 : g.bounded(1, 400);
    c.records = randomRecords(g, rows, c.columns, 1 + g.bounded(5));
    c.withSensitive = g.bounded(3) != 0;
    c.options.threshold = 1 + g.bounded(7);
    c.options.diversityCap = 1 + g.bounded(6);
    return c;
}

RiskCheck checkFor(const Case& c)
{
    return RiskCheck(namesFor(c.columns),
                     c.withSensitive ? std::optional<QString>(u"need"_s) : std::nullopt, c.options);
}

// The coarser functions the what-if tests use: a prefix, everything to one value, and
// something that makes values longer (so a coarser function may lengthen them).
QByteArray firstByte(QByteArrayView v)
{
    return v.first(std::min<qsizetype>(v.size(), 1)).toByteArray();
}

QByteArray lengthBand(QByteArrayView v)
{
    return "length " + QByteArray::number(v.size() / 3);
}

} // namespace

class TestRiskCheck : public QObject
{
    Q_OBJECT

private:
    bool m_englishPlurals = false;
    // The exact sentence: in English once the English plural forms are in
    // translations/sharewise_en.ts, else the source text with its "(s)".
    void checkText(const QString& actual, const QString& english, const QString& source)
    {
        QCOMPARE(actual, m_englishPlurals ? english : source);
    }

private slots:
    void initTestCase()
    {
        Translations::apply(u"en"_s);
        m_englishPlurals =
            QCoreApplication::translate("RiskCheck", "%Ln person(s) could be singled out by %1.",
                                        nullptr, 1) != u"1 person(s) could be singled out by %1."_s;
        if (!m_englishPlurals)
            qInfo("English plural forms for RiskCheck are not in translations/sharewise_en.ts "
                  "yet: sentences are compared with their source text.");
    }

    void hashKeyTellsCombinationsApart()
    {
        const auto key = [](std::initializer_list<QByteArrayView> v) {
            return RiskCheck::hashKey(v.begin(), int(v.size()));
        };
        const auto same = [](RiskCheck::Key a, RiskCheck::Key b) {
            return a.lo == b.lo && a.hi == b.hi;
        };
        QVERIFY(same(key({"ab", "c"}), key({"ab", "c"})));
        QVERIFY(!same(key({"ab", "c"}), key({"a", "bc"})));
        QVERIFY(!same(key({"", "x"}), key({"x", ""})));
        QVERIFY(!same(key({""}), key({"", ""})));
        QVERIFY(!same(key({"12345678"}), key({"12345679"})));
        QVERIFY(!same(key({"123456789"}), key({"12345678", "9"})));
        QVERIFY(!same(key({QByteArrayView("a\0b", 3)}), key({QByteArrayView("a\0c", 3)})));
        // Every short value of up to 3 bytes over a small alphabet, and a word boundary.
        std::set<std::pair<quint64, quint64>> seen;
        int n = 0;
        const QByteArray alphabet("\0a\xff", 3);
        for (int len = 0; len <= 10; ++len) {
            if (len > 3 && len != 8 && len != 9 && len != 10)
                continue;
            const int combos = len <= 3 ? int(std::pow(3, len)) : 27;
            for (int i = 0; i < combos; ++i) {
                QByteArray v(len, 'x');
                for (int j = 0, x = i; j < std::min(len, 3); ++j, x /= 3)
                    v[len - 1 - j] = alphabet[x % 3];
                const RiskCheck::Key k =
                    RiskCheck::hashKey(std::array{QByteArrayView(v)}.data(), 1);
                seen.insert({k.lo, k.hi});
                ++n;
            }
        }
        QCOMPARE(qsizetype(seen.size()), qsizetype(n));
    }

    void matchesBruteForce()
    {
        for (quint32 seed = 1; seed <= 400; ++seed) {
            const Case c = randomCase(seed);
            RiskCheck check = checkFor(c);
            feed(check, c.records);
            COMPARE_RESULT(check.result(), bruteForce(c.records, c.withSensitive, check.options()));
            if (QTest::currentTestFailed())
                qWarning() << "seed" << seed;
        }
    }

    void mergeEqualsOnePass()
    {
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const Case c = randomCase(seed);
            RiskCheck whole = checkFor(c);
            feed(whole, c.records);
            // Two parts split anywhere (either may be empty), and three parts.
            QRandomGenerator g(seed * 7919);
            const qsizetype cut = g.bounded(int(c.records.size()) + 1);
            RiskCheck first = checkFor(c);
            RiskCheck second = checkFor(c);
            feed(first, c.records, 0, cut);
            feed(second, c.records, cut);
            first.merge(second);
            COMPARE_RESULT(first.result(), whole.result());
            QCOMPARE(first.records(), qint64(c.records.size()));

            const qsizetype a = cut / 2;
            RiskCheck p1 = checkFor(c), p2 = checkFor(c), p3 = checkFor(c);
            feed(p1, c.records, 0, a);
            feed(p2, c.records, a, cut);
            feed(p3, c.records, cut);
            p3.merge(p2);
            p3.merge(p1);
            COMPARE_RESULT(p3.result(), whole.result());
            if (QTest::currentTestFailed())
                qWarning() << "seed" << seed;
        }
    }

    void coarsenedEqualsFreshPass()
    {
        const std::vector<RiskCheck::Coarser> coarsers = {
            firstByte, lengthBand, [](QByteArrayView) { return QByteArray("all"); },
            [](QByteArrayView v) {
                return v.toByteArray();
            }};
        for (quint32 seed = 1; seed <= 250; ++seed) {
            const Case c = randomCase(seed);
            if (c.columns == 0)
                continue;
            RiskCheck check = checkFor(c);
            feed(check, c.records);
            const int column = int(seed % quint32(c.columns));
            for (size_t f = 0; f < coarsers.size(); ++f) {
                QList<Record> coarse = c.records;
                for (Record& r : coarse)
                    r.quasi[column] = coarsers[f](r.quasi[column]);
                RiskCheck fresh = checkFor(c);
                feed(fresh, coarse);
                COMPARE_RESULT(check.regrouped(column, coarsers[f]), fresh.result());
                COMPARE_RESULT(check.regrouped(column, coarsers[f]),
                               bruteForce(coarse, c.withSensitive, check.options()));
                if (QTest::currentTestFailed()) {
                    qWarning() << "seed" << seed << "coarser" << f;
                    return;
                }
            }
            // Without a column: as if it had never been in the combination.
            QList<Record> fewer = c.records;
            for (Record& r : fewer)
                r.quasi.removeAt(column);
            COMPARE_RESULT(check.without(column),
                           bruteForce(fewer, c.withSensitive, check.options()));
            QCOMPARE(check.withoutColumn(column).quasiNames().size(), c.columns - 1);

            // What-ifs chain, and a coarsened check merges with a fresh coarsened pass.
            if (c.columns >= 2) {
                const int other = (column + 1) % c.columns;
                QList<Record> both = c.records;
                for (Record& r : both) {
                    r.quasi[column] = firstByte(r.quasi[column]);
                    r.quasi[other] = lengthBand(r.quasi[other]);
                }
                const RiskCheck chained =
                    check.coarsened(column, firstByte).coarsened(other, lengthBand);
                COMPARE_RESULT(chained.result(),
                               bruteForce(both, c.withSensitive, check.options()));
                RiskCheck mixed = check.coarsened(column, firstByte).coarsened(other, lengthBand);
                RiskCheck freshBoth = checkFor(c);
                feed(freshBoth, both);
                mixed.merge(freshBoth);
                QList<Record> twice = both + both;
                COMPARE_RESULT(mixed.result(), bruteForce(twice, c.withSensitive, check.options()));
            }
            if (QTest::currentTestFailed()) {
                qWarning() << "seed" << seed;
                return;
            }
        }
    }

    void lDiversityAndItsCap()
    {
        RiskCheck check({u"sex"_s}, u"need"_s, RiskOptions{2, 3});
        const auto add = [&check](const char* sex, const char* need) {
            const QByteArrayView v(sex);
            check.add(&v, need);
        };
        // F: four different needs (cap 3: saturated); M: one need, three times.
        add("F", "a");
        add("F", "b");
        add("F", "c");
        add("F", "d");
        add("F", "a");
        add("M", "x");
        add("M", "x");
        add("M", "x");
        RiskResult r = check.result();
        QCOMPARE(r.l, std::optional<int>(1));
        QVERIFY(!r.lSaturated);
        QCOMPARE(r.homogeneousGroups, 1);
        QCOMPARE(r.recordsInHomogeneousGroups, 3);
        // Generalising sex away joins M to F's saturated group: at least 3.
        r = check.without(0);
        QCOMPARE(r.l, std::optional<int>(3));
        QVERIFY(r.lSaturated);
        QCOMPARE(r.homogeneousGroups, 0);
        // Two more needs for M: every group saturated.
        add("M", "y");
        add("M", "z");
        r = check.result();
        QCOMPARE(r.l, std::optional<int>(3));
        QVERIFY(r.lSaturated);
        // The empty value is a value; without a sensitive column there is no l.
        RiskCheck plain({u"sex"_s});
        const QByteArrayView f("F");
        plain.add(&f, "ignored");
        QVERIFY(!plain.result().l.has_value());
        QCOMPARE(plain.result().homogeneousGroups, 0);
        RiskCheck empty({u"sex"_s}, u"need"_s);
        QVERIFY(!empty.result().l.has_value());
        QCOMPARE(empty.result().k, 0);
        QCOMPARE(empty.result().groups, 0);
    }

    void capOfSixtyFourAcrossMerges()
    {
        // 100 distinct needs in one group, split over two checks; 64 kept, "at least 64".
        RiskCheck a({u"area"_s}, u"need"_s), b({u"area"_s}, u"need"_s);
        const QByteArrayView area("CF10");
        for (int i = 0; i < 100; ++i)
            (i % 2 ? a : b).add(&area, QByteArray::number(i));
        QCOMPARE(a.result().l, std::optional<int>(50));
        a.merge(b);
        QCOMPARE(a.result().l, std::optional<int>(64));
        QVERIFY(a.result().lSaturated);
        QCOMPARE(a.result().records, 100);
    }

    void smallestGroupsGiveValues()
    {
        RiskCheck check({u"sex"_s, u"year"_s}, u"need"_s);
        const auto add = [&check](QByteArray sex, QByteArray year, const char* need) {
            const std::array<QByteArrayView, 2> v{sex, year};
            check.add(v.data(), need);
        };
        add("F", "1950", "a");
        add("M", "1960", "a");
        add("M", "1960", "b");
        add("F", "1970", "a");
        add("F", "1950", "c");
        const QList<RiskCheck::Group> g = check.smallestGroups(2);
        QCOMPARE(g.size(), 2);
        QCOMPARE(g[0].values, (QByteArrayList{"F", "1970"}));
        QCOMPARE(g[0].records, 1);
        QCOMPARE(g[1].values, (QByteArrayList{"F", "1950"}));
        QCOMPARE(g[1].records, 2);
        QCOMPARE(g[1].distinctSensitive, 2);
        QCOMPARE(check.smallestGroups(10).size(), 3);
        QVERIFY(check.memoryBytes() > 0);
    }

    void manyGroupsGrowTheTables()
    {
        // Enough groups and pairs to grow every table several times.
        // Five copies of the first record first, so that the table grows in the middle of a
        // batch of addRows look-ups (the 513th group is record 517, not a multiple of 16).
        QList<Record> records(5, Record{{"0", "0"}, "0"});
        for (int i = 0; i < 60000; ++i)
            records << Record{{QByteArray::number(i % 9001), QByteArray::number(i % 3)},
                              QByteArray::number(i % 11)};
        RiskCheck check({u"id"_s, u"band"_s}, u"need"_s, RiskOptions{7, 4});
        feed(check, records);
        COMPARE_RESULT(check.result(), bruteForce(records, true, check.options()));
        RiskCheck blocks({u"id"_s, u"band"_s}, u"need"_s, RiskOptions{7, 4});
        feed(blocks, records, 0, -1, 4096);
        COMPARE_RESULT(blocks.result(), check.result());
        QVERIFY(check.result().groups > 20000);
    }

    // --- sentences -----------------------------------------------------------------------

    void joinsNames()
    {
        QCOMPARE(joinNames({}), QString());
        QCOMPARE(joinNames({u"sex"_s}), u"sex"_s);
        QCOMPARE(joinNames({u"sex"_s, u"age"_s}), u"sex and age"_s);
        QCOMPARE(joinNames({u"sex"_s, u"year of birth"_s, u"postcode district"_s}),
                 u"sex, year of birth and postcode district"_s);
    }

    void explainsNoColumnsAndNoRecords()
    {
        RiskCheck none({});
        const QByteArrayView* nothing = nullptr;
        none.add(nothing);
        QCOMPARE(explain(none), u"No columns are marked as quasi-identifiers, so the chance of "
                                "singling someone out was not checked."_s);
        RiskCheck empty({u"sex"_s});
        QCOMPARE(explain(empty), u"There are no records to check."_s);
    }

    void explainsUniqueAndSmallGroups()
    {
        // 3 people unique, 4 in a group of 4 (below 5), 5 in a group of 5.
        RiskCheck check({u"sex"_s, u"year of birth"_s, u"postcode district"_s});
        const auto add = [&check](const char* a, const char* b, const char* c, int times) {
            const std::array<QByteArrayView, 3> v{a, b, c};
            for (int i = 0; i < times; ++i)
                check.add(v.data());
        };
        add("F", "1950", "CF10", 1);
        add("F", "1951", "CF10", 1);
        add("M", "1950", "CF11", 1);
        add("M", "1960", "CF14", 4);
        add("F", "1970", "CF14", 5);
        const RiskResult r = check.result();
        QCOMPARE(r.uniqueRecords, 3);
        QCOMPARE(r.recordsBelowThreshold, 7);
        QCOMPARE(r.k, 1);
        checkText(explain(check),
                  u"3 people could be singled out by sex, year of birth and postcode district. "
                  "Another 4 people share these details with fewer than 4 other people."_s,
                  u"3 person(s) could be singled out by sex, year of birth and postcode district. "
                  "Another 4 person(s) share(s) these details with fewer than 4 other people."_s);

        // One unique person, one more below: the singular forms.
        RiskCheck one({u"sex"_s}, std::nullopt, RiskOptions{3, 64});
        const QByteArrayView f("F"), m("M");
        one.add(&f);
        one.add(&m);
        one.add(&m);
        one.add(&m);
        checkText(explain(one), u"1 person could be singled out by sex."_s,
                  u"1 person(s) could be singled out by sex."_s);
    }

    void explainsSmallGroupsWithoutUniques()
    {
        RiskCheck check({u"sex"_s, u"age band"_s});
        const auto add = [&check](const char* a, const char* b, int times) {
            const std::array<QByteArrayView, 2> v{a, b};
            for (int i = 0; i < times; ++i)
                check.add(v.data());
        };
        add("F", "20-29", 2);
        add("M", "20-29", 9);
        checkText(explain(check),
                  u"No one can be singled out by sex and age band alone, but 2 people share them "
                  "with fewer than 4 other people."_s,
                  u"No one can be singled out by sex and age band alone, but 2 person(s) share(s) "
                  "them with fewer than 4 other people."_s);
    }

    void explainsEverythingFine()
    {
        RiskCheck check({u"sex"_s, u"age band"_s}, u"primary need"_s);
        const auto add = [&check](const char* a, const char* b, int times) {
            const std::array<QByteArrayView, 2> v{a, b};
            for (int i = 0; i < times; ++i)
                check.add(v.data(), QByteArray::number(i % 3));
        };
        add("F", "20-29", 6);
        add("M", "20-29", 9);
        checkText(explain(check),
                  u"Every person shares their sex and age band with at least 5 other people. "
                  "Among people with the same sex and age band, the least varied group has 3 "
                  "different values of primary need."_s,
                  u"Every person shares their sex and age band with at least 5 other person(s). "
                  "Among people with the same sex and age band, the least varied group has 3 "
                  "different value(s) of primary need."_s);

        // Saturated: "at least" the cap; and a homogeneous group named.
        RiskCheck capped({u"sex"_s}, u"need"_s, RiskOptions{2, 2});
        const QByteArrayView f("F"), m("M");
        for (int i = 0; i < 4; ++i)
            capped.add(&f, QByteArray::number(i));
        checkText(explain(capped),
                  u"Every person shares their sex with at least 3 other people. Every group of "
                  "people with the same sex has at least 2 different values of need."_s,
                  u"Every person shares their sex with at least 3 other person(s). Every group of "
                  "people with the same sex has at least 2 different value(s) of need."_s);
        capped.add(&m, "x");
        capped.add(&m, "x");
        checkText(explain(capped),
                  u"Every person shares their sex with at least 1 other person. Among people with "
                  "the same sex, the least varied group has 1 different value of need. In 1 group "
                  "of two or more people everyone has the same need, so it can be learned without "
                  "singling anyone out."_s,
                  u"Every person shares their sex with at least 1 other person(s). Among people "
                  "with the same sex, the least varied group has 1 different value(s) of need. In "
                  "1 group(s) of two or more people everyone has the same need, so it can be "
                  "learned without singling anyone out."_s);
    }

    void suggestsTheGeneralisationThatHelpsMost()
    {
        RiskCheck check({u"sex"_s, u"year of birth"_s, u"postcode district"_s});
        const auto add = [&check](const char* a, const char* b, const char* c) {
            const std::array<QByteArrayView, 3> v{a, b, c};
            check.add(v.data());
        };
        // Everyone F; six people in each of five districts of two areas (CF, SA), each
        // district's six born in one year, a decade apart; two more people born in another
        // district's year. Area puts them with that district's six; a decade does not.
        const char* districts[] = {"CF10", "CF11", "CF14", "SA1", "SA2"};
        const char* years[] = {"1950", "1961", "1972", "1983", "1994"};
        for (int d = 0; d < 5; ++d) {
            for (int i = 0; i < 6; ++i)
                add("F", years[d], districts[d]);
        }
        add("F", "1950", "CF11");
        add("F", "1961", "CF14");
        const RiskResult now = check.result();
        QCOMPARE(now.uniqueRecords, 2);
        QCOMPARE(now.recordsBelowThreshold, 2);
        checkText(
            explain(check),
            u"2 people could be singled out by sex, year of birth and postcode district."_s,
            u"2 person(s) could be singled out by sex, year of birth and postcode district."_s);

        const auto area = [](QByteArrayView v) {
            qsizetype n = 0;
            while (n < v.size() && v[n] >= 'A' && v[n] <= 'Z')
                ++n;
            return v.first(n).toByteArray();
        };
        const auto decade = [](QByteArrayView v) -> QByteArray {
            return v.first(3).toByteArray() + "0s";
        };
        const QList<Generalisation> candidates = {
            {0, u"leaving out sex"_s, {}},
            {1, u"generalising year of birth to decade"_s, decade},
            {2, u"generalising postcode to area"_s, area},
        };
        const std::optional<Suggestion> s = suggest(check, candidates);
        QVERIFY(s.has_value());
        QCOMPARE(s->candidate, 2);
        QCOMPARE(s->result, check.regrouped(2, area));
        QCOMPARE(s->result.recordsBelowThreshold, 0);
        QCOMPARE(s->result.k, 6);
        QCOMPARE(check.regrouped(1, decade).recordsBelowThreshold, 2);
        checkText(s->sentence,
                  u"Generalising postcode to area leaves 0 people in groups of fewer than 5."_s,
                  u"Generalising postcode to area leaves 0 person(s) in groups of fewer than 5."_s);

        // Leaving sex out changes nothing (everyone is F): never suggested alone.
        QVERIFY(!suggest(check, {candidates[0]}).has_value());
        // Nothing to suggest when no one is below the threshold.
        QVERIFY(!suggest(check.coarsened(2, area), candidates).has_value());
    }
};

QTEST_GUILESS_MAIN(TestRiskCheck)
#include "tst_riskcheck.moc"
