#pragma once

#include "agreements/Agreement.h"
#include "profile/Profiler.h"
#include "redact/Rules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The checks the Share wizard (and `sharewise-cli check`) runs before a share: an
// agreement against what the file really holds (its column profile) and how it will be
// redacted (its redaction profile). Each finding says what is wrong and what to do.
namespace sharewise::agreements {

enum class Severity : quint8
{
    Block, // the share cannot go ahead until this is put right
    Warn,  // it may go ahead; someone should know
};

struct Finding
{
    QString code; // stable: "agreement.not_active", "column.not_allowed", ...
    Severity severity = Severity::Block;
    QString column;   // the column it is about, if any
    QString message;  // what is wrong, one plain sentence (translated)
    QString nextStep; // what to do, one plain sentence (translated)
};

struct ShareCheckInput
{
    const Agreement* agreement = nullptr;
    const profile::DatasetProfile* dataset = nullptr;    // the file's columns
    const redact::RedactionProfile* redaction = nullptr; // how it will be redacted
    QStringList recipientFingerprints;                   // who the share will be sealed to
    QDate today = QDate::currentDate();
};

[[nodiscard]] QList<Finding> checkShare(const ShareCheckInput& input);
[[nodiscard]] bool anyBlocks(const QList<Finding>& findings);

} // namespace sharewise::agreements
