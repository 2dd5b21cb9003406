#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace sharewise {
class Database;
}

// Outputs returned: what a recipient promised back under an agreement (the agreement's
// "outputs", with due dates) and what came back (schema 5: returned_outputs), recorded
// against the shares that fed it.
namespace sharewise::shares {

struct ReturnedOutput
{
    qint64 id = 0;
    QString agreementReference;
    QString outputTitle; // the promised output it answers (its title in the agreement)
    QString description;
    QString fileName;    // a file kept with it: its name (the file stays where it is)
    QByteArray fileHash; // BLAKE2b-256 of the file when one was attached
    QString link;        // or a link to where it is published
    QDate receivedOn;
    QList<qint64> shareIds; // the shares that fed it
    QString recordedBy;
    qint64 recordedUs = 0;
};

// One promised output of an agreement and whether it came back.
struct OutputDue
{
    QString agreementReference;
    QString agreementTitle;
    QString title;
    QString description;
    QDate due;
    bool returned = false;
    QDate returnedOn;
    [[nodiscard]] bool isOverdue(const QDate& today) const { return !returned && due < today; }
    // Due within `days` of today and not returned.
    [[nodiscard]] bool isDueSoon(const QDate& today, int days = 30) const
    {
        return !returned && due >= today && due <= today.addDays(days);
    }
};

class OutputsRegister
{
public:
    explicit OutputsRegister(Database& db);

    // Records what came back. The agreement must be in the register and, when
    // outputTitle is given, promise an output of that title; every share must be one
    // sent under that agreement. With a file: its name and hash are kept, not its
    // content.
    Result<ReturnedOutput> record(const ReturnedOutput& output, const QString& filePath = {});

    // Every promised output of every agreement (current versions, not ended), with
    // whether something came back for it: overdue first, then by due date.
    Result<QList<OutputDue>> due(const QDate& today) const;
    Result<QList<ReturnedOutput>> returned(const QString& agreementReference = {}) const;

private:
    Database& m_db;
};

} // namespace sharewise::shares
