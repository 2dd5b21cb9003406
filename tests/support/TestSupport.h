#pragma once

#include "store/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sharewise::test {

// Opens (creating) a history in `dir`, failing the test on error.
std::unique_ptr<Database> openHistory(const QString& path,
                                      const QString& actor = QStringLiteral("tester"));

// Runs SQL on a fresh raw connection to `path`, as a person with a SQL client (and no
// Sharewise) would. Returns the error text, empty on success.
QString rawSql(const QString& path, const QStringList& statements);

} // namespace sharewise::test
