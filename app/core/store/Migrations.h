#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sharewise {

// One numbered step of the history schema. Steps run in order, all pending steps in
// one transaction; a step once released is never edited, only followed by another.
struct Migration
{
    int version = 0;
    QString name;           // for messages and the schema_migrations table
    QStringList statements; // SQL, run one after the other
};

namespace Migrations {

// Every step this program knows, in order.
const QList<Migration>& builtIn();

// The schema version this program creates and understands.
int latestVersion();

} // namespace Migrations
} // namespace sharewise
