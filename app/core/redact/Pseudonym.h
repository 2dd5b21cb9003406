#pragma once

#include "crypto/SecureBytes.h"
#include "redact/Rules.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Keyed pseudonyms and date shifts, version 1 (docs/profiles.md, "Pseudonyms"). Frozen
// by known-answer tests: any change to the normalisation, the derivation or the
// encoding breaks linkage between shares made under one agreement.
namespace sharewise::redact {

// The two subkeys of an agreement's key, in guarded memory. Derived with libsodium's
// crypto_kdf (BLAKE2b): subkey 1 of context "SWpsdnym" for pseudonyms, subkey 1 of
// "SWdshift" for date shifts.
class RedactionKeys
{
public:
    RedactionKeys() = default;
    explicit RedactionKeys(const crypto::SecureBytes& agreementKey);

    [[nodiscard]] bool isValid() const { return !m_pseudonym.isEmpty(); }

    // "p" and 26 lower-case base32 characters (128 bits): a letter first, so Excel
    // takes it for neither a number nor a formula. Blank for a blank value (see
    // normaliseForPseudonym). `normalised` must come from normaliseForPseudonym.
    [[nodiscard]] QByteArray pseudonym(const PseudonymKind& kind, QByteArrayView normalised) const;
    // The same into `out` (kPseudonymLength characters), allocating nothing.
    void pseudonymInto(const PseudonymKind& kind, QByteArrayView normalised, char* out) const;

    // Days to move a person's dates: -182..-1 or 1..182, never 0, the same for every
    // date of that person under this key.
    [[nodiscard]] int dateShiftDays(const PseudonymKind& kind, QByteArrayView normalised) const;

private:
    crypto::SecureBytes m_pseudonym;
    crypto::SecureBytes m_dateShift;
    // The salt of each kind (its name, zero-padded): index 0 "text", then the
    // identifier kinds in order.
    unsigned char m_salts[16][16] = {};
};

inline constexpr char kPseudonymPrefix = 'p';
inline constexpr int kPseudonymLength = 27;

// The value as it is keyed: Unicode NFKC, zero-width characters removed, no-break and
// other spaces made plain, trimmed, runs of spaces made one; then by kind: NHS number
// digits only; NI number upper case without spaces; postcode upper case with one space
// before the inward code; e-mail lower case; telephone digits only with +44 as 0;
// anything else upper case. nullopt for a value that stays blank: empty, "N/A",
// "unknown", "not known", NULL and the other placeholders.
[[nodiscard]] std::optional<QByteArray> normaliseForPseudonym(const PseudonymKind& kind,
                                                              QByteArrayView value);
// The same into `out` (reused: no allocation once it has grown); false for a blank.
bool normaliseForPseudonym(const PseudonymKind& kind, QByteArrayView value, QByteArray& out);

} // namespace sharewise::redact
