#pragma once

#include <QByteArray>

namespace sharewise::test {

// A test-only randomness hook: libsodium's random source replaced by one that can be
// switched to a fixed, seeded stream, so that a test knows the file key a seal draws
// (to forge well-formed but evil bundles) and bundles can be reproduced as vectors.
// Must be installed before crypto::initialise(). Production code has no such hook.
void installSwitchableRandom();
void setDeterministicRandom(bool on, quint64 seed = 0);

// The bytes the deterministic stream gives for draw number `draw` (0-based) of `size`.
QByteArray deterministicDraw(quint64 seed, quint64 draw, int size);

} // namespace sharewise::test
