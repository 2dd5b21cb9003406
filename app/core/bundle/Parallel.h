#pragma once

#include <functional>

namespace sharewise::bundle {

// Runs work(i) for every i in [0, count) on the global thread pool and the calling
// thread, and returns when all are done. Chunks of a bundle are independent, so
// sealing, opening and hashing use both cores. Items are handed out in index order.
void parallelFor(int count, const std::function<void(int)>& work);

// The same, but the calling thread first runs callerFirst() while the pool's threads
// start on the items, then joins them. The bundle writer and reader do their file I/O
// there (read the next batch, write the previous one): it overlaps the crypto of the
// current batch, and every device is only ever used from the thread that owns it.
void parallelFor(int count, const std::function<void(int)>& work,
                 const std::function<void()>& callerFirst);

} // namespace sharewise::bundle
