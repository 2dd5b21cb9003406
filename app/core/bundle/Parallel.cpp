#include "bundle/Parallel.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

namespace sharewise::bundle {
namespace {

void run(int count, const std::function<void(int)>& work, const std::function<void()>* callerFirst)
{
    std::atomic<int> next{0};
    auto drain = [&] {
        for (int i = next.fetch_add(1); i < count; i = next.fetch_add(1))
            work(i);
    };
    // Helpers: one fewer than the pool's threads (the caller works too), and no more
    // than there are items for them (all of them when the caller starts elsewhere).
    QThreadPool* pool = QThreadPool::globalInstance();
    const int others = callerFirst ? count : count - 1;
    const int helpers = std::min(others, std::max(1, pool->maxThreadCount() - 1));
    QSemaphore done;
    int started = 0;
    for (int h = 0; h < helpers; ++h) {
        if (pool->tryStart([&] {
                drain();
                done.release();
            }))
            ++started;
    }
    if (callerFirst)
        (*callerFirst)();
    drain(); // the calling thread works too
    done.acquire(started);
}

} // namespace

void parallelFor(int count, const std::function<void(int)>& work)
{
    if (count <= 0)
        return;
    if (count == 1) {
        work(0);
        return;
    }
    run(count, work, nullptr);
}

void parallelFor(int count, const std::function<void(int)>& work,
                 const std::function<void()>& callerFirst)
{
    if (count <= 0) {
        callerFirst();
        return;
    }
    run(count, work, &callerFirst);
}

} // namespace sharewise::bundle
