#pragma once

// Constants and small helpers of the bundle format, version 1 (docs/bundle-format.md).
// Shared by BundleWriter and BundleReader; one construction, no options.

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

#include <cstdint>

namespace sharewise::bundle {

inline constexpr char kMagic[6] = {'S', 'W', 'B', 'N', 'D', 'L'};
inline constexpr quint8 kVersion = 1;
inline constexpr quint8 kSuite = 1;
inline constexpr int kPreambleSize = 8;
inline constexpr int kHeaderLengthSize = 4;
inline constexpr int kMaxHeaderSize = 64 * 1024;
inline constexpr int kMaxStanzas = 32;
inline constexpr int kMacSize = 32;
inline constexpr int kFileKeySize = 32;
inline constexpr int kBundleIdSize = 16;
inline constexpr int kHeaderFixedSize = kBundleIdSize + 8 + 1 + 1; // id, time, mode, count
inline constexpr int kRecipientStanzaSize = 80;                    // crypto_box_seal of 32 bytes
inline constexpr int kSaltSize = 16;
inline constexpr int kWrapNonceSize = 12;
inline constexpr int kWrappedKeySize = kFileKeySize + 16;
inline constexpr int kPassphraseStanzaSize = kSaltSize + 8 + 8 + kWrapNonceSize + kWrappedKeySize;
inline constexpr int kChunkSize = 64 * 1024;
inline constexpr int kTagSize = 16;
inline constexpr int kSealedChunkSize = kChunkSize + kTagSize;
inline constexpr int kHashSize = 32;
inline constexpr int kSignatureSize = 64;
inline constexpr int kTrailerSize = 8 + 8 + kHashSize + kSignatureSize;
inline constexpr qint64 kMaxManifestSize = 16 * 1024 * 1024;
inline constexpr char kKdfContext[8] = {'S', 'W', 'B', 'N', 'D', 'L', '0', '1'};
inline constexpr quint64 kMacSubkeyId = 1;
inline constexpr quint64 kPayloadSubkeyId = 2;
inline constexpr char kPassphraseWrapAd[] = "SWBNDL01-passphrase";

// Argon2id limits a reader accepts; checked before any key derivation runs.
inline constexpr quint64 kMinOpsLimit = 2;
inline constexpr quint64 kMaxOpsLimit = 10;
inline constexpr quint64 kMinMemLimit = 64ull * 1024 * 1024;
inline constexpr quint64 kMaxMemLimit = 1024ull * 1024 * 1024;

enum class Mode : quint8
{
    Recipients = 1,
    Passphrase = 2
};

inline void appendU32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

inline void appendU64(QByteArray& out, quint64 v)
{
    char b[8];
    qToBigEndian(v, b);
    out.append(b, 8);
}

inline quint32 readU32(const char* p)
{
    return qFromBigEndian<quint32>(p);
}

inline quint64 readU64(const char* p)
{
    return qFromBigEndian<quint64>(p);
}

// The 12-byte STREAM nonce: 11-byte big-endian chunk index, then 1 for the final chunk.
inline void chunkNonce(unsigned char nonce[12], quint64 index, bool final)
{
    for (int i = 10; i >= 0; --i) {
        nonce[i] = static_cast<unsigned char>(index & 0xFF);
        index >>= 8;
    }
    nonce[11] = final ? 1 : 0;
}

} // namespace sharewise::bundle

#include <QList>
#include <algorithm>

namespace sharewise::bundle {

// The fixed-layout statement the sender signs (context "sharewise/v1/bundle"). The
// recipients' receiving keys are sorted, so the order they were named in is irrelevant.
inline QByteArray bundleStatement(const QByteArray& headerHash, const QByteArray& manifestHash,
                                  quint64 dataLength, quint64 rowCount, const QByteArray& dataHash,
                                  const QByteArray& senderKey, QList<QByteArray> recipientKeys)
{
    std::sort(recipientKeys.begin(), recipientKeys.end());
    QByteArray s;
    s.append(static_cast<char>(kVersion));
    s.append(static_cast<char>(kSuite));
    s.append(headerHash);
    s.append(manifestHash);
    appendU64(s, dataLength);
    appendU64(s, rowCount);
    s.append(dataHash);
    s.append(senderKey);
    s.append(static_cast<char>(recipientKeys.size()));
    for (const QByteArray& k : std::as_const(recipientKeys))
        s.append(k);
    return s;
}

} // namespace sharewise::bundle
