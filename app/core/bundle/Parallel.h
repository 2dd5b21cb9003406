#pragma once

#include <functional>

namespace sharewise::bundle {

// Runs work(i) for every i in [0, count) on the global thread pool and the calling
// thread, and returns when all are done. Chunks of a bundle are independent, so
// sealing, opening and hashing use both cores.
void parallelFor(int count, const std::function<void(int)>& work);

} // namespace sharewise::bundle
