#include "common/Clock.h"

#include <QDateTime>

#include <chrono>

namespace sharewise::Clock {
namespace {
std::function<qint64()>& source()
{
    static std::function<qint64()> s;
    return s;
}
} // namespace

qint64 nowUs()
{
    if (source())
        return source()();
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QDate today()
{
    return QDateTime::fromMSecsSinceEpoch(nowUs() / 1000, Qt::UTC).toLocalTime().date();
}

void setSourceForTesting(std::function<qint64()> s)
{
    source() = std::move(s);
}

} // namespace sharewise::Clock
