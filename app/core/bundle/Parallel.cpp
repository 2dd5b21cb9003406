#include "bundle/Parallel.h"

#include <QSemaphore>
#include <QThreadPool>

#include <atomic>

namespace sharewise::bundle {

void parallelFor(int count, const std::function<void(int)>& work)
{
    if (count <= 0)
        return;
    if (count == 1) {
        work(0);
        return;
    }
    std::atomic<int> next{0};
    auto drain = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    QThreadPool* pool = QThreadPool::globalInstance();
    const int helpers = std::min(count - 1, std::max(1, pool->maxThreadCount() - 1));
    QSemaphore done;
    int started = 0;
    for (int h = 0; h < helpers; ++h) {
        if (pool->tryStart([&] {
                drain();
                done.release();
            }))
            ++started;
    }
    drain(); // the calling thread works too
    done.acquire(started);
}

} // namespace sharewise::bundle
