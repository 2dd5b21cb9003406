// DPIA screening: each ICO trigger makes a DPIA required when answered yes and not when
// answered no; "not sure" or unanswered questions make it likely, naming them; every
// question answered no means not required; the agreement's record follows.
#include "agreements/Dpia.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sharewise::agreements;

namespace {

QHash<QString, Answer> allAnswered(Answer answer)
{
    QHash<QString, Answer> answers;
    for (const DpiaTrigger& t : dpiaTriggers())
        answers.insert(t.id, answer);
    return answers;
}

} // namespace

class TestDpia : public QObject
{
    Q_OBJECT

private slots:
    void triggersAreTheIcoList();
    void eachTriggerYesRequiresADpia_data();
    void eachTriggerYesRequiresADpia();
    void everyAnswerNoNeedsNone();
    void notSureOrUnansweredIsLikely();
    void yesOutweighsNotSure();
    void headlines();
    void recordScreening();
};

void TestDpia::triggersAreTheIcoList()
{
    const QList<DpiaTrigger> triggers = dpiaTriggers();
    QSet<QString> ids;
    for (const DpiaTrigger& t : triggers) {
        QVERIFY(!ids.contains(t.id));
        ids.insert(t.id);
        QVERIFY2(t.question.endsWith(u'?'), qPrintable(t.id));
        QVERIFY2(!t.explanation.isEmpty(), qPrintable(t.id));
    }
    const QSet<QString> expected{u"matching"_s,        u"invisible_processing"_s,
                                 u"risk_of_harm"_s,    u"large_scale_sensitive"_s,
                                 u"profiling"_s,       u"new_technology"_s,
                                 u"tracking"_s,        u"children_profiling"_s,
                                 u"national_linking"_s};
    QCOMPARE(ids, expected);
}

void TestDpia::eachTriggerYesRequiresADpia_data()
{
    QTest::addColumn<QString>("id");
    for (const DpiaTrigger& t : dpiaTriggers())
        QTest::newRow(qPrintable(t.id)) << t.id;
}

void TestDpia::eachTriggerYesRequiresADpia()
{
    QFETCH(QString, id);
    QHash<QString, Answer> answers = allAnswered(Answer::No);
    answers.insert(id, Answer::Yes);
    const DpiaScreening yes = screenDpia(answers);
    QCOMPARE(yes.outcome, DpiaOutcome::Required);
    QCOMPARE(yes.triggers, QStringList{id});
    QCOMPARE(yes.reasons.size(), 1);
    QVERIFY(!yes.reasons.first().isEmpty());
    QVERIFY(yes.reasons.first() != id); // a sentence, not the id

    // The other way: the same question answered no.
    answers.insert(id, Answer::No);
    const DpiaScreening no = screenDpia(answers);
    QCOMPARE(no.outcome, DpiaOutcome::NotRequired);
    QVERIFY(no.triggers.isEmpty());
}

void TestDpia::everyAnswerNoNeedsNone()
{
    const DpiaScreening s = screenDpia(allAnswered(Answer::No));
    QCOMPARE(s.outcome, DpiaOutcome::NotRequired);
    QVERIFY(s.triggers.isEmpty());
    QCOMPARE(s.reasons.size(), 1);
}

void TestDpia::notSureOrUnansweredIsLikely()
{
    const QList<DpiaTrigger> triggers = dpiaTriggers();
    QHash<QString, Answer> answers = allAnswered(Answer::No);
    answers.insert(u"risk_of_harm"_s, Answer::NotSure);
    DpiaScreening s = screenDpia(answers);
    QCOMPARE(s.outcome, DpiaOutcome::LikelyNeeded);
    QVERIFY(s.triggers.isEmpty());
    QCOMPARE(s.reasons.size(), 1);
    const auto harm = std::find_if(triggers.cbegin(), triggers.cend(),
                                   [](const DpiaTrigger& t) { return t.id == u"risk_of_harm"_s; });
    QVERIFY(s.reasons.first().contains(harm->question)); // says which to find out

    // One left unanswered is the same.
    answers = allAnswered(Answer::No);
    answers.remove(u"tracking"_s);
    s = screenDpia(answers);
    QCOMPARE(s.outcome, DpiaOutcome::LikelyNeeded);
    QCOMPARE(s.reasons.size(), 1);

    // Nothing answered at all: every question is open.
    s = screenDpia({});
    QCOMPARE(s.outcome, DpiaOutcome::LikelyNeeded);
    QCOMPARE(s.reasons.size(), triggers.size());
}

void TestDpia::yesOutweighsNotSure()
{
    QHash<QString, Answer> answers;
    answers.insert(u"matching"_s, Answer::Yes);
    answers.insert(u"tracking"_s, Answer::NotSure);
    const DpiaScreening s = screenDpia(answers);
    QCOMPARE(s.outcome, DpiaOutcome::Required);
    QCOMPARE(s.triggers, QStringList{u"matching"_s});
}

void TestDpia::headlines()
{
    DpiaScreening s;
    QSet<QString> seen;
    for (const DpiaOutcome o :
         {DpiaOutcome::Required, DpiaOutcome::LikelyNeeded, DpiaOutcome::NotRequired}) {
        s.outcome = o;
        QVERIFY(!s.headline().isEmpty());
        seen.insert(s.headline());
    }
    QCOMPARE(seen.size(), 3);
}

void TestDpia::recordScreening()
{
    QHash<QString, Answer> answers = allAnswered(Answer::No);
    answers.insert(u"matching"_s, Answer::Yes);
    const DpiaScreening required = screenDpia(answers);

    Dpia record = sharewise::agreements::recordScreening(Dpia{}, required);
    QCOMPARE(record.status, DpiaStatus::Required);
    QCOMPARE(record.triggers, QStringList{u"matching"_s});
    QVERIFY(record.note.contains(required.headline()));
    QVERIFY(record.note.contains(required.reasons.first()));

    const DpiaScreening none = screenDpia(allAnswered(Answer::No));
    record = sharewise::agreements::recordScreening(record, none);
    QCOMPARE(record.status, DpiaStatus::NotRequired);
    QVERIFY(record.triggers.isEmpty());

    // Likely needed is held as required until the open questions are answered.
    record = sharewise::agreements::recordScreening(Dpia{}, screenDpia({}));
    QCOMPARE(record.status, DpiaStatus::Required);

    // A completed DPIA keeps its status and reference.
    Dpia completed;
    completed.status = DpiaStatus::Completed;
    completed.reference = u"DPIA-2026-03"_s;
    record = sharewise::agreements::recordScreening(completed, required);
    QCOMPARE(record.status, DpiaStatus::Completed);
    QCOMPARE(record.reference, u"DPIA-2026-03"_s);
    QCOMPARE(record.triggers, QStringList{u"matching"_s});
}

QTEST_GUILESS_MAIN(TestDpia)
#include "tst_dpia.moc"
