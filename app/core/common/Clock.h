#pragma once

#include <QDate>
#include <QtGlobal>

#include <functional>

namespace sharewise::Clock {

// Now, as UTC microseconds since 1970. Everything that stamps a record asks here, so
// that tests can set the time.
qint64 nowUs();
QDate today();

// Test hook: replace the clock (pass an empty function to restore the real one).
void setSourceForTesting(std::function<qint64()> source);

} // namespace sharewise::Clock
