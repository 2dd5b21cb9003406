#include "support/TestRandom.h"

#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace sharewise::test {
namespace {

bool g_deterministic = false;
quint64 g_seed = 0;
quint64 g_draw = 0;

void seedFor(unsigned char out[randombytes_SEEDBYTES], quint64 seed, quint64 draw)
{
    std::memset(out, 0, randombytes_SEEDBYTES);
    qToBigEndian(seed, out);
    qToBigEndian(draw, out + 8);
}

const char* name()
{
    return "sharewise-test";
}

uint32_t random32()
{
    uint32_t v;
    if (g_deterministic) {
        unsigned char seed[randombytes_SEEDBYTES];
        seedFor(seed, g_seed, g_draw++);
        randombytes_buf_deterministic(&v, sizeof v, seed);
        return v;
    }
    randombytes_sysrandom_implementation.buf(&v, sizeof v);
    return v;
}

void stir()
{}

void buf(void* out, size_t size)
{
    if (g_deterministic) {
        unsigned char seed[randombytes_SEEDBYTES];
        seedFor(seed, g_seed, g_draw++);
        randombytes_buf_deterministic(out, size, seed);
        return;
    }
    randombytes_sysrandom_implementation.buf(out, size);
}

randombytes_implementation g_impl = {name, random32, stir, nullptr, buf, nullptr};

} // namespace

void installSwitchableRandom()
{
    randombytes_set_implementation(&g_impl);
}

void setDeterministicRandom(bool on, quint64 seed)
{
    g_deterministic = on;
    g_seed = seed;
    g_draw = 0;
}

QByteArray deterministicDraw(quint64 seed, quint64 draw, int size)
{
    unsigned char s[randombytes_SEEDBYTES];
    seedFor(s, seed, draw);
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf_deterministic(out.data(), static_cast<size_t>(size), s);
    return out;
}

} // namespace sharewise::test
