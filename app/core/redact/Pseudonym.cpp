#include "redact/Pseudonym.h"

#include "crypto/Base32.h"
#include "profile/ValueParsing.h"

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

void personalFor(const char* text, unsigned char out[16])
{
    std::memset(out, 0, 16);
    std::memcpy(out, text, std::strlen(text));
}

void keyedHash(const crypto::SecureBytes& key, const PseudonymKind& kind, const char* personal,
               QByteArrayView input, unsigned char* out, size_t outLength)
{
    unsigned char salt[16];
    unsigned char pers[16];
    saltFor(kind, salt);
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

// Trimmed, spaces made plain and single. ASCII takes the fast path; anything else goes
// through NFKC (which also maps no-break and typographic spaces to U+0020).
QByteArray cleanText(QByteArrayView value, bool* ascii)
{
    bool allAscii = true;
    for (const char c : value) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            allAscii = false;
            break;
        }
    }
    *ascii = allAscii;
    QByteArray out;
    out.reserve(value.size());
    auto appendSpaced = [&out](auto begin, auto end, auto isSpace, auto put) {
        bool pendingSpace = false;
        for (auto it = begin; it != end; ++it) {
            if (isSpace(*it)) {
                pendingSpace = !out.isEmpty();
                continue;
            }
            if (pendingSpace)
                out.append(' ');
            pendingSpace = false;
            put(*it);
        }
    };
    if (allAscii) {
        appendSpaced(value.begin(), value.end(), isAsciiSpace, [&out](char c) { out.append(c); });
        return out;
    }
    QString text = QString::fromUtf8(value).normalized(QString::NormalizationForm_KC);
    QString kept;
    kept.reserve(text.size());
    for (const QChar c : std::as_const(text)) {
        if (isZeroWidth(c.unicode()))
            continue;
        kept.append(c);
    }
    const QByteArray utf8 = kept.toUtf8();
    // NFKC has made no-break, typographic and ideographic spaces U+0020.
    appendSpaced(utf8.begin(), utf8.end(), isAsciiSpace, [&out](char c) { out.append(c); });
    return out;
}

bool isBlankWord(QByteArrayView s)
{
    if (s.isEmpty() || profile::isPlaceholder(s))
        return true;
    auto equals = [s](const char* word) {
        const auto n = qsizetype(std::strlen(word));
        if (s.size() != n)
            return false;
        for (qsizetype i = 0; i < n; ++i) {
            if (lowerAscii(s[i]) != word[i])
                return false;
        }
        return true;
    };
    return equals("unknown") || equals("not known");
}

QByteArray digitsOnly(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (const char c : s) {
        if (c >= '0' && c <= '9')
            out.append(c);
    }
    return out;
}

QByteArray withoutSpaces(QByteArrayView s)
{
    QByteArray out;
    out.reserve(s.size());
    for (const char c : s) {
        if (c != ' ')
            out.append(c);
    }
    return out;
}

QByteArray upper(const QByteArray& s, bool ascii)
{
    if (!ascii)
        return QString::fromUtf8(s).toUpper().toUtf8();
    QByteArray out = s;
    for (char& c : out)
        c = upperAscii(c);
    return out;
}

QByteArray lower(const QByteArray& s, bool ascii)
{
    if (!ascii)
        return QString::fromUtf8(s).toLower().toUtf8();
    QByteArray out = s;
    for (char& c : out)
        c = lowerAscii(c);
    return out;
}

} // namespace

RedactionKeys::RedactionKeys(const crypto::SecureBytes& agreementKey)
    : m_pseudonym(subkey(agreementKey, kPseudonymContext))
    , m_dateShift(subkey(agreementKey, kDateShiftContext))
{}

QByteArray RedactionKeys::pseudonym(const PseudonymKind& kind, QByteArrayView normalised) const
{
    unsigned char digest[kTokenBytes];
    keyedHash(m_pseudonym, kind, "SW-pseudonym-v1", normalised, digest, sizeof digest);
    QByteArray token(kPseudonymLength, Qt::Uninitialized);
    token[0] = kPseudonymPrefix;
    crypto::Base32::encodeTo(QByteArrayView(reinterpret_cast<const char*>(digest), kTokenBytes),
                             token.data() + 1);
    sodium_memzero(digest, sizeof digest);
    return token;
}

int RedactionKeys::dateShiftDays(const PseudonymKind& kind, QByteArrayView normalised) const
{
    unsigned char digest[8];
    keyedHash(m_dateShift, kind, "SW-dateshift-v1", normalised, digest, sizeof digest);
    const quint64 v = qFromLittleEndian<quint64>(digest);
    const int r = int(v % 364);         // 0..363
    return r < 182 ? r - 182 : r - 181; // -182..-1, 1..182
}

std::optional<QByteArray> normaliseForPseudonym(const PseudonymKind& kind, QByteArrayView value)
{
    bool ascii = true;
    const QByteArray clean = cleanText(value, &ascii);
    if (isBlankWord(clean))
        return std::nullopt;
    if (!kind.identifier)
        return upper(clean, ascii);
    using profile::IdentifierKind;
    switch (*kind.identifier) {
    case IdentifierKind::NhsNumber: {
        QByteArray d = digitsOnly(clean);
        if (d.isEmpty())
            return std::nullopt;
        return d;
    }
    case IdentifierKind::NiNumber:
        return withoutSpaces(upper(clean, ascii));
    case IdentifierKind::Postcode: {
        QByteArray p = withoutSpaces(upper(clean, ascii));
        if (p.size() >= 5)
            p.insert(p.size() - 3, ' ');
        return p;
    }
    case IdentifierKind::Email:
        return lower(clean, ascii);
    case IdentifierKind::Phone: {
        if (auto uk = profile::normaliseUkPhone(clean))
            return *uk;
        QByteArray d = digitsOnly(clean);
        if (d.isEmpty())
            return std::nullopt;
        return d;
    }
    default:
        return upper(clean, ascii);
    }
}

} // namespace sharewise::redact
