#pragma once

// What the shares suites share: an agreement recorded through the register (from
// tests/data/agreements/full.json, made current and naming one recipient's key), a
// synthetic CSV with an NHS number, name, date of birth, postcode, sex and service code,
// the redaction profile the agreement allows, and a made-up binding for the store's
// own tests.
#include "agreements/AgreementRegister.h"
#include "common/Clock.h"
#include "crypto/Identity.h"
#include "crypto/Sodium.h"
#include "redact/Rules.h"
#include "shares/ShareRecord.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>

namespace sharewise::testshares {

using namespace Qt::StringLiterals;

inline QByteArray fullAgreementBytes()
{
    QFile f(qEnvironmentVariable("SHAREWISE_TEST_DATA") + u"/agreements/full.json"_s);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline redact::ColumnRule rule(const QString& column, redact::Action action, bool quasi = false)
{
    redact::ColumnRule r;
    r.column = column;
    r.action = action;
    r.quasiIdentifier = quasi;
    return r;
}

inline redact::ColumnRule generalise(const QString& column, redact::Generalisation to,
                                     bool quasi = false)
{
    redact::ColumnRule r = rule(column, redact::Action::Generalise, quasi);
    r.to = to;
    return r;
}

inline agreements::DataItem item(const QString& name, const redact::ColumnRule& minimum)
{
    agreements::DataItem d;
    d.name = name;
    d.minimum = minimum;
    return d;
}

// An active agreement, current today, allowing date of birth (to the year), postcode
// (to the district), sex and service code, for `recipientFingerprint` alone. Its DPO
// sign-off names Mair Evans; it promises one output overdue and one due later.
inline agreements::Agreement agreementFor(const QString& reference,
                                          const QString& recipientFingerprint,
                                          bool requiresReview = true)
{
    Result<agreements::Agreement> loaded =
        agreements::Agreement::fromBytes(fullAgreementBytes(), u"full.json"_s);
    if (!loaded)
        qFatal("full.json does not load");
    agreements::Agreement a = loaded.value();
    const QDate today = Clock::today();
    a.reference = reference;
    a.status = agreements::AgreementStatus::Active;
    a.startsOn = today.addDays(-60);
    a.endsOn = today.addDays(365);
    a.reviewDueOn = today.addDays(180);
    a.dataItems = {
        item(u"Date of birth"_s, generalise({}, redact::Generalisation::DateYear)),
        item(u"Postcode"_s, generalise({}, redact::Generalisation::PostcodeDistrict)),
        item(u"Sex"_s, rule({}, redact::Action::Keep)),
        item(u"Service code"_s, rule({}, redact::Action::Keep)),
    };
    a.recipients = {
        agreements::Recipient{u"Department for Housing"_s, u"Alex Smith"_s, recipientFingerprint}};
    a.outputs = {
        agreements::ExpectedOutput{u"Quarterly statistics release"_s, u"Tables."_s,
                                   today.addDays(-10)},
        agreements::ExpectedOutput{u"Annual report"_s, u"A report."_s, today.addDays(40)},
    };
    a.requiresReview = requiresReview;
    return a;
}

// Records the agreement; fails with qFatal when the register refuses it.
inline agreements::Agreement recordAgreement(Database& db, const agreements::Agreement& a)
{
    Result<agreements::Agreement> made = agreements::AgreementRegister(db).create(a);
    if (!made)
        qFatal("the register refused the agreement: %s", qPrintable(made.error().fullMessage()));
    return made.value();
}

// The CSV's header, in the file's order.
inline QStringList csvColumns()
{
    return {u"NHS number"_s, u"Name"_s, u"Date of birth"_s,
            u"Postcode"_s,   u"Sex"_s,  u"Service code"_s};
}

// A valid NHS number (modulus 11 check digit) for row `i`.
inline QString nhsNumber(int i)
{
    for (int n = 400000000 + i * 37;; ++n) {
        const QString nine = QString::number(n);
        int sum = 0;
        for (int k = 0; k < 9; ++k)
            sum += nine.at(k).digitValue() * (10 - k);
        const int check = 11 - sum % 11;
        if (check == 10)
            continue;
        return nine + QString::number(check == 11 ? 0 : check);
    }
}

// `rows` synthetic people; the same `rows` always gives the same bytes.
inline QByteArray csvBytes(int rows = 200)
{
    static const char* const first[] = {"Alys",  "Bryn",   "Carys", "Dafydd", "Eleri",
                                        "Ffion", "Gethin", "Hywel", "Iwan",   "Lowri"};
    static const char* const last[] = {"Jones",  "Williams", "Davies", "Evans",
                                       "Thomas", "Roberts",  "Hughes"};
    static const char* const districts[] = {"CF10", "CF11", "CF14", "SA1", "LL57"};
    QByteArray out = csvColumns().join(u',').toUtf8() + "\r\n";
    for (int i = 0; i < rows; ++i) {
        const QDate dob = QDate(1950, 1, 1).addDays((i * 7919) % 20000);
        out += nhsNumber(i).toLatin1() + ',' + first[i % 10] + ' ' + last[i % 7] + ',' +
               dob.toString(Qt::ISODate).toLatin1() + ',' + districts[i % 5] + ' ' +
               QByteArray::number(i % 9 + 1) + char('A' + i % 26) + char('B' + i % 20) + ',' +
               (i % 2 ? "F" : "M") + ",S0" + QByteArray::number(i % 5 + 1) + "\r\n";
    }
    return out;
}

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Drops the name and NHS number, dates of birth to the year, postcodes to the district,
// keeps sex and the service code; year, district and sex are the quasi-identifiers.
inline redact::RedactionProfile redactionProfile(const QString& agreementReference)
{
    redact::RedactionProfile p;
    p.name = u"Housing return"_s;
    p.agreement = agreementReference;
    p.rules = {
        rule(u"NHS number"_s, redact::Action::Drop),
        rule(u"Name"_s, redact::Action::Drop),
        generalise(u"Date of birth"_s, redact::Generalisation::DateYear, true),
        generalise(u"Postcode"_s, redact::Generalisation::PostcodeDistrict, true),
        rule(u"Sex"_s, redact::Action::Keep, true),
        rule(u"Service code"_s, redact::Action::Keep),
    };
    p.riskThreshold = 3;
    return p;
}

inline QByteArray bytesOf(char c, int n = 32)
{
    return QByteArray(n, c);
}

// A binding as a submission would make it, without a file (the store's suites).
inline sharewise::shares::ShareBinding bindingFor(const agreements::Agreement& a,
                                                  const QString& preparer,
                                                  const QStringList& recipients, char data = 'd')
{
    sharewise::shares::ShareBinding b;
    b.agreementReference = a.reference;
    b.agreementVersion = a.version;
    b.agreementHash = a.contentHash;
    b.profileHash = bytesOf('p');
    b.dataHash = bytesOf(data);
    b.dataLength = 1234;
    b.rowCount = 200;
    b.recipients = recipients;
    b.recipients.sort();
    b.preparer = preparer;
    return b;
}

} // namespace sharewise::testshares
