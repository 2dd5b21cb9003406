#include "agreements/Summary.h"

#include "agreements/LegalCatalogue.h"
#include "common/Translations.h"

#include <QCoreApplication>

namespace sharewise::agreements {
using namespace Qt::StringLiterals;
namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(AgreementSummary)
};

// "A", "A and B", "A, B and C".
QString joinList(const QStringList& items)
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    //: Joins the items of a list: "%1" is "A, B", "%2" is "C".
    return Tr::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(u", "_s), items.last());
}

// Free text as the end of a sentence: trimmed, with a full stop unless it has one.
QString asSentenceEnd(const QString& text)
{
    QString t = text.trimmed();
    while (t.endsWith(u'.') || t.endsWith(u';') || t.endsWith(u','))
        t.chop(1);
    return t;
}

QString formatDate(const QDate& date)
{
    return Translations::locale().toString(date, u"d MMMM yyyy"_s);
}

QString frequencyPhrase(Frequency frequency)
{
    switch (frequency) {
    case Frequency::OneOff:
        return Tr::tr("The data is shared once.");
    case Frequency::Weekly:
        return Tr::tr("The data is shared every week.");
    case Frequency::Monthly:
        return Tr::tr("The data is shared every month.");
    case Frequency::Quarterly:
        return Tr::tr("The data is shared every quarter.");
    case Frequency::Annually:
        return Tr::tr("The data is shared once a year.");
    case Frequency::OnRequest:
        return Tr::tr("The data is shared when the recipient asks for it.");
    }
    return {};
}

// "UK GDPR Article 9(2)(g) – Substantial public interest, with DPA 2018 Schedule 1,
// paragraph 18 – Safeguarding children and individuals at risk".
QString describeGround(const LegalGround& ground)
{
    const LegalCatalogue& catalogue = LegalCatalogue::instance();
    const QString main = catalogue.describe(ground.code);
    if (ground.schedule1.isEmpty())
        return main;
    if (ground.code.isEmpty()) // a Schedule 1 paragraph alone (a criminal offence condition)
        return catalogue.describe(ground.schedule1);
    //: A legal condition and the Schedule 1 paragraph that goes with it.
    return Tr::tr("%1, with %2").arg(main, catalogue.describe(ground.schedule1));
}

QStringList describeGrounds(const QList<LegalGround>& grounds)
{
    QStringList out;
    for (const LegalGround& g : grounds) {
        if (!g.code.isEmpty())
            out.append(describeGround(g));
    }
    return out;
}

QString whoSentence(const Agreement& a)
{
    QStringList who;
    for (const Recipient& r : a.recipients) {
        if (!r.organisation.trimmed().isEmpty() && !who.contains(r.organisation.trimmed()))
            who.append(r.organisation.trimmed());
    }
    if (who.isEmpty()) {
        // No recipients yet: the other parties (the first is normally the sender).
        for (qsizetype i = 1; i < a.parties.size(); ++i) {
            const QString org = a.parties[i].organisation.trimmed();
            if (!org.isEmpty() && !who.contains(org))
                who.append(org);
        }
    }
    QStringList items;
    for (const DataItem& item : a.dataItems) {
        if (!item.name.trimmed().isEmpty())
            items.append(item.name.trimmed());
    }
    const QString recipients =
        who.isEmpty() ? Tr::tr("A recipient not yet recorded") : joinList(who);
    if (items.isEmpty())
        return Tr::tr("%1 will receive data items not yet recorded.").arg(recipients);
    return Tr::tr("%1 will receive %n data item(s): %2.", nullptr, int(items.size()))
        .arg(recipients, joinList(items));
}

QString lawSentence(const Agreement& a)
{
    QStringList parts;
    if (a.lawfulBasis.code.isEmpty())
        parts.append(Tr::tr("the lawful basis is not yet recorded"));
    else
        parts.append(Tr::tr("the lawful basis is %1").arg(describeGround(a.lawfulBasis)));
    const QStringList special = describeGrounds(a.specialCategoryConditions);
    if (!special.isEmpty())
        parts.append(Tr::tr("for special category data, %1").arg(joinList(special)));
    const QStringList criminal = describeGrounds(a.criminalOffenceConditions);
    if (!criminal.isEmpty())
        parts.append(Tr::tr("for criminal offence data, %1").arg(joinList(criminal)));
    const QStringList powers = describeGrounds(a.statutoryPowers);
    if (!powers.isEmpty())
        parts.append(Tr::tr("the power relied on is %1").arg(joinList(powers)));
    //: %1 is a list of clauses such as "the lawful basis is ...; the power relied on is ...".
    QString sentence = Tr::tr("Under the law, %1.").arg(parts.join(u"; "_s));
    if (!a.proposed.isEmpty())
        sentence +=
            u' ' + Tr::tr("Some of this is still a proposal the information governance lead "
                          "has not confirmed.");
    return sentence;
}

QString outputsSentence(const Agreement& a)
{
    QStringList outputs;
    for (const ExpectedOutput& o : a.outputs) {
        const QString title =
            o.title.trimmed().isEmpty() ? Tr::tr("an output without a title") : o.title.trimmed();
        if (o.due.isValid())
            outputs.append(Tr::tr("%1 (due %2)").arg(title, formatDate(o.due)));
        else
            outputs.append(Tr::tr("%1 (no due date yet)").arg(title));
    }
    if (outputs.isEmpty())
        return Tr::tr("Nothing to be returned to the council is recorded yet.");
    return Tr::tr("In return the recipient will send back %n output(s): %1.", nullptr,
                  int(outputs.size()))
        .arg(joinList(outputs));
}

} // namespace

QString agreementSummary(const Agreement& a)
{
    QStringList sentences;
    sentences.append(whoSentence(a));

    const QString purpose = asSentenceEnd(a.purpose);
    sentences.append(purpose.isEmpty() ? Tr::tr("The purpose is not yet recorded.")
                                       : Tr::tr("Why: %1.").arg(purpose));

    sentences.append(lawSentence(a));
    sentences.append(frequencyPhrase(a.frequency));

    if (a.startsOn.isValid() && a.endsOn.isValid())
        sentences.append(Tr::tr("The agreement runs from %1 to %2.")
                             .arg(formatDate(a.startsOn), formatDate(a.endsOn)));
    else if (a.startsOn.isValid())
        sentences.append(
            Tr::tr("The agreement runs from %1 with no end date.").arg(formatDate(a.startsOn)));

    const QString retention = asSentenceEnd(a.retention);
    sentences.append(retention.isEmpty()
                         ? Tr::tr("How long the recipient keeps the data is not yet recorded.")
                         : Tr::tr("How long it is kept: %1.").arg(retention));

    const QString notUsedFor = asSentenceEnd(a.notUsedFor);
    sentences.append(notUsedFor.isEmpty()
                         ? Tr::tr("What the data will not be used for is not yet recorded.")
                         : Tr::tr("It will not be used for: %1.").arg(notUsedFor));

    sentences.append(outputsSentence(a));
    return sentences.join(u' ');
}

} // namespace sharewise::agreements
