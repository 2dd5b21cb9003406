#pragma once

#include "agreements/Agreement.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// DPIA screening: the ICO's triggers (docs/agreements.md) asked as plain questions.
namespace sharewise::agreements {

enum class Answer : quint8
{
    Unanswered,
    Yes,
    No,
    NotSure,
};

struct DpiaTrigger
{
    QString id;          // stable: "matching", "invisible_processing", "risk_of_harm", ...
    QString question;    // "Will you match or combine data from more than one source?"
    QString explanation; // why it matters (translated)
};

enum class DpiaOutcome : quint8
{
    Required,     // a trigger applies: a DPIA is needed before sharing
    LikelyNeeded, // none applies for certain, but some answers are "not sure" or missing
    NotRequired,  // every question answered no
};

struct DpiaScreening
{
    DpiaOutcome outcome = DpiaOutcome::LikelyNeeded;
    QStringList triggers;                   // ids of the triggers answered yes
    QStringList reasons;                    // one plain sentence per reason (translated)
    [[nodiscard]] QString headline() const; // "A DPIA is required.", ... (translated)
};

[[nodiscard]] QList<DpiaTrigger> dpiaTriggers();
[[nodiscard]] DpiaScreening screenDpia(const QHash<QString, Answer>& answers);
// The agreement's Dpia record for a screening (status, triggers, note with reasons),
// keeping an existing Completed record's reference.
[[nodiscard]] Dpia recordScreening(const Dpia& current, const DpiaScreening& screening);

} // namespace sharewise::agreements
