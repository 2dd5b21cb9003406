#pragma once

// What every benchmark measures besides its own work: peak memory and CPU time.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include <sys/resource.h>

namespace sharewise::bench {

// A field of /proc/self/status in KiB (VmHWM: peak resident set; VmRSS: now); -1 when
// it cannot be read.
inline qint64 statusKiB(const char* field)
{
    // A /proc file reports size 0, so read it whole rather than testing atEnd().
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// User + system CPU time of the process so far, in nanoseconds.
inline qint64 cpuNs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (qint64(u.ru_utime.tv_sec) + qint64(u.ru_stime.tv_sec)) * 1000000000 +
           (qint64(u.ru_utime.tv_usec) + qint64(u.ru_stime.tv_usec)) * 1000;
}

} // namespace sharewise::bench
