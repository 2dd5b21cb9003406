#include "redact/Pseudonym.h"

#include "crypto/Base32.h"
#include "profile/ValueParsing.h"
#include "table/RowBlock.h"

#include <QString>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

namespace sharewise::redact {
namespace {

constexpr char kPseudonymContext[crypto_kdf_CONTEXTBYTES + 1] = "SWpsdnym";
constexpr char kDateShiftContext[crypto_kdf_CONTEXTBYTES + 1] = "SWdshift";
constexpr quint64 kSubkeyId = 1;
constexpr int kTokenBytes = 16;

crypto::SecureBytes subkey(const crypto::SecureBytes& key, const char* context)
{
    static_assert(crypto_kdf_KEYBYTES == 32);
    crypto::SecureBytes out(32);
    if (key.size() != crypto_kdf_KEYBYTES ||
        crypto_kdf_derive_from_key(out.data(), out.size(), kSubkeyId, context, key.data()) != 0)
        return {};
    return out;
}

// The 16-byte salt: the kind's machine name, zero-padded ("nhs_number\0\0\0\0\0\0").
void saltFor(const PseudonymKind& kind, unsigned char salt[16])
{
    std::memset(salt, 0, 16);
    const QByteArray name = kind.name().toLatin1();
    std::memcpy(salt, name.constData(), size_t(std::min<qsizetype>(name.size(), 16)));
}

int saltIndex(const PseudonymKind& kind)
{
    return kind.identifier ? 1 + int(*kind.identifier) : 0;
}

void personalFor(const char* text, unsigned char out[16])
{
    std::memset(out, 0, 16);
    std::memcpy(out, text, std::strlen(text));
}

void keyedHash(const crypto::SecureBytes& key, const unsigned char salt[16], const char* personal,
               QByteArrayView input, unsigned char* out, size_t outLength)
{
    unsigned char pers[16];
    personalFor(personal, pers);
    crypto_generichash_blake2b_salt_personal(
        out, outLength, reinterpret_cast<const unsigned char*>(input.data()),
        static_cast<unsigned long long>(input.size()), key.data(), key.size(), salt, pers);
}

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

char upperAscii(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - 32) : c;
}
char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

bool isZeroWidth(char16_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF ||
           c == 0x00AD; // soft hyphen: invisible too
}

// Trimmed, spaces made plain and single, into `out`. ASCII takes the fast path;
// anything else goes through NFKC (which also maps no-break and typographic spaces to
// U+0020). Returns whether the value was all ASCII.
bool cleanText(QByteArrayView value, QByteArray& out)
{
    bool allAscii = true;
    for (const char c : value) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            allAscii = false;
            break;
        }
    }
    auto fold = [&out](QByteArrayView text) {
        out.resize(text.size());
        char* o = out.data();
        char* const begin = o;
        bool pendingSpace = false;
        for (const char c : text) {
            if (isAsciiSpace(c)) {
                pendingSpace = o != begin;
                continue;
            }
            if (pendingSpace)
                *o++ = ' ';
            pendingSpace = false;
            *o++ = c;
        }
        out.resize(o - begin);
    };
    if (allAscii) {
        fold(value);
        return true;
    }
    const QString text = QString::fromUtf8(value).normalized(QString::NormalizationForm_KC);
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : text) {
        if (!isZeroWidth(c.unicode()))
            kept.append(c);
    }
    fold(kept.toUtf8());
    return false;
}

bool isBlankWord(QByteArrayView s)
{
    if (s.isEmpty() || profile::isPlaceholder(s))
        return true;
    auto equals = [s](QByteArrayView word) {
        if (s.size() != word.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (lowerAscii(s[i]) != word[i])
                return false;
        }
        return true;
    };
    return equals("unknown") || equals("not known");
}

// In-place transforms of the cleaned value (through data(): QByteArray's operator[]
// checks for sharing on every byte).
void keepDigits(QByteArray& s)
{
    char* d = s.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (d[i] >= '0' && d[i] <= '9')
            d[n++] = d[i];
    }
    s.resize(n);
}

void removeSpaces(QByteArray& s)
{
    char* d = s.data();
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (d[i] != ' ')
            d[n++] = d[i];
    }
    s.resize(n);
}

void toUpper(QByteArray& s, bool ascii)
{
    if (!ascii) {
        s = QString::fromUtf8(s).toUpper().toUtf8();
        return;
    }
    for (char& c : s)
        c = upperAscii(c);
}

void toLower(QByteArray& s, bool ascii)
{
    if (!ascii) {
        s = QString::fromUtf8(s).toLower().toUtf8();
        return;
    }
    for (char& c : s)
        c = lowerAscii(c);
}

} // namespace

RedactionKeys::RedactionKeys(const crypto::SecureBytes& agreementKey)
    : m_pseudonym(subkey(agreementKey, kPseudonymContext))
    , m_dateShift(subkey(agreementKey, kDateShiftContext))
{
    static_assert(int(profile::IdentifierKind::CriminalOffence) + 2 <= 16);
    saltFor(PseudonymKind{}, m_salts[0]);
    for (int k = 0; k <= int(profile::IdentifierKind::CriminalOffence); ++k)
        saltFor(PseudonymKind{profile::IdentifierKind(k)}, m_salts[1 + k]);
}

void RedactionKeys::pseudonymInto(const PseudonymKind& kind, QByteArrayView normalised,
                                  char* out) const
{
    unsigned char digest[kTokenBytes];
    keyedHash(m_pseudonym, m_salts[saltIndex(kind)], "SW-pseudonym-v1", normalised, digest,
              sizeof digest);
    out[0] = kPseudonymPrefix;
    crypto::Base32::encodeTo(QByteArrayView(reinterpret_cast<const char*>(digest), kTokenBytes),
                             out + 1);
    sodium_memzero(digest, sizeof digest);
}

QByteArray RedactionKeys::pseudonym(const PseudonymKind& kind, QByteArrayView normalised) const
{
    QByteArray token(kPseudonymLength, Qt::Uninitialized);
    pseudonymInto(kind, normalised, token.data());
    return token;
}

int RedactionKeys::dateShiftDays(const PseudonymKind& kind, QByteArrayView normalised) const
{
    unsigned char digest[8];
    keyedHash(m_dateShift, m_salts[saltIndex(kind)], "SW-dateshift-v1", normalised, digest,
              sizeof digest);
    const quint64 v = qFromLittleEndian<quint64>(digest);
    const int r = int(v % 364);         // 0..363
    return r < 182 ? r - 182 : r - 181; // -182..-1, 1..182
}

bool normaliseForPseudonym(const PseudonymKind& kind, QByteArrayView value, QByteArray& out)
{
    const bool ascii = cleanText(value, out);
    if (isBlankWord(out))
        return false;
    if (!kind.identifier) {
        toUpper(out, ascii);
        return true;
    }
    using profile::IdentifierKind;
    switch (*kind.identifier) {
    case IdentifierKind::NhsNumber:
        keepDigits(out);
        return !out.isEmpty();
    case IdentifierKind::NiNumber:
        toUpper(out, ascii);
        removeSpaces(out);
        return true;
    case IdentifierKind::Postcode:
        toUpper(out, ascii);
        removeSpaces(out);
        if (out.size() >= 5)
            out.insert(out.size() - 3, ' ');
        return true;
    case IdentifierKind::Email:
        toLower(out, ascii);
        return true;
    case IdentifierKind::Phone:
        if (auto uk = profile::normaliseUkPhone(out)) {
            out = *uk;
            return true;
        }
        keepDigits(out);
        return !out.isEmpty();
    default:
        toUpper(out, ascii);
        return true;
    }
}

std::optional<QByteArray> normaliseForPseudonym(const PseudonymKind& kind, QByteArrayView value)
{
    QByteArray out;
    if (!normaliseForPseudonym(kind, value, out))
        return std::nullopt;
    return out;
}

} // namespace sharewise::redact
