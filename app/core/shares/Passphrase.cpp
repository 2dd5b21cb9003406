#include "shares/Passphrase.h"

#include "crypto/Sodium.h"

#include <QFile>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>

namespace sharewise::shares {

namespace {

constexpr int kMinWords = 4;
constexpr int kMaxWords = 16;
constexpr char kSeparator = '-';

QList<QByteArray> loadWords()
{
    QFile file(QStringLiteral(":/wordlist/words.txt"));
    QList<QByteArray> words;
    if (!file.open(QIODevice::ReadOnly))
        return words;
    const QByteArray all = file.readAll();
    for (const QByteArray& line : all.split('\n')) {
        const QByteArray word = line.trimmed();
        if (!word.isEmpty() && !words.contains(word))
            words.append(word);
    }
    return words;
}

} // namespace

const QList<QByteArray>& passphraseWords()
{
    static const QList<QByteArray> words = loadWords();
    return words;
}

double passphraseBits(int words)
{
    const qsizetype n = passphraseWords().size();
    return n > 1 ? words * std::log2(double(n)) : 0.0;
}

crypto::SecureBytes generatePassphrase(int words)
{
    crypto::initialise();
    const QList<QByteArray>& list = passphraseWords();
    words = std::clamp(words, kMinWords, kMaxWords);
    if (list.size() < 2)
        return {};
    // The choices are the secret: they stay on the stack and are wiped after use.
    std::array<quint32, kMaxWords> chosen{};
    std::size_t length = std::size_t(words - 1); // separators
    for (int i = 0; i < words; ++i) {
        chosen[std::size_t(i)] = randombytes_uniform(quint32(list.size()));
        length += std::size_t(list.at(chosen[std::size_t(i)]).size());
    }
    crypto::SecureBytes out(length);
    std::size_t at = 0;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            out.data()[at++] = static_cast<unsigned char>(kSeparator);
        const QByteArray& word = list.at(chosen[std::size_t(i)]);
        std::memcpy(out.data() + at, word.constData(), std::size_t(word.size()));
        at += std::size_t(word.size());
    }
    sodium_memzero(chosen.data(), sizeof(chosen));
    return out;
}

} // namespace sharewise::shares
