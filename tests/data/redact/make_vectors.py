#!/usr/bin/env python3
"""Known-answer vectors for Sharewise pseudonyms and date shifts, version 1.

Computed here with Python's hashlib (not libsodium) from docs/profiles.md, so the C++
code is checked against an independent reading of the specification. The output,
pseudonym-vectors.json, is frozen: once released, a change to it breaks linkage
between shares. Run: python3 make_vectors.py > pseudonym-vectors.json
"""
import base64
import hashlib
import json
import struct
import unicodedata

KEY = bytes(range(32))  # the agreement's key for the vectors


def kdf(key, subkey_id, context):
    # libsodium crypto_kdf_derive_from_key (1.0.18): BLAKE2b, empty input,
    # salt = id (8 bytes little-endian) + 8 zero bytes, personal = context + 8 zero bytes.
    salt = struct.pack("<Q", subkey_id) + bytes(8)
    person = context.encode() + bytes(8)
    return hashlib.blake2b(b"", digest_size=32, key=key, salt=salt, person=person).digest()


def pad16(text):
    b = text.encode()
    return b + bytes(16 - len(b))


BLANK = {"", "n/a", "unknown", "not known", "null", "#n/a", "(null)", "-", "--"}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def clean(value):
    v = unicodedata.normalize("NFKC", value)
    v = "".join(c for c in v if c not in ZERO_WIDTH)
    return " ".join(v.split())


def normalise(kind, value):
    v = clean(value)
    if v.lower() in BLANK:
        return None
    if kind == "nhs_number":
        d = "".join(c for c in v if c.isdigit() and c.isascii())
        return d or None
    if kind == "ni_number":
        return v.upper().replace(" ", "")
    if kind == "postcode":
        p = v.upper().replace(" ", "")
        return p[:-3] + " " + p[-3:] if len(p) >= 5 else p
    if kind == "email":
        return v.lower()
    return v.upper()


def pseudonym(kind, normalised):
    k = kdf(KEY, 1, "SWpsdnym")
    d = hashlib.blake2b(normalised.encode(), digest_size=16, key=k, salt=pad16(kind),
                        person=pad16("SW-pseudonym-v1")).digest()
    return "p" + base64.b32encode(d).decode().rstrip("=").lower()


def shift(kind, normalised):
    k = kdf(KEY, 1, "SWdshift")
    d = hashlib.blake2b(normalised.encode(), digest_size=8, key=k, salt=pad16(kind),
                        person=pad16("SW-dateshift-v1")).digest()
    r = struct.unpack("<Q", d)[0] % 364
    return r - 182 if r < 182 else r - 181


CASES = [
    ("nhs_number", "943 476 5919"),
    ("nhs_number", "9434765919"),
    ("nhs_number", "943-476-5919"),
    ("nhs_number", " 9434765919\u00a0"),
    ("nhs_number", "N/A"),
    ("ni_number", "qq 12 34 56 c"),
    ("ni_number", "AB123456C"),
    ("postcode", "sw1a1aa"),
    ("postcode", "SW1A  1AA"),
    ("postcode", "M1 1AE"),
    ("email", "Jane.Doe@Example.ORG"),
    ("person_name", "  Siân   Evans "),
    ("person_name", "SIA\u0302N EVANS"),
    ("person_name", "Si\u200ban Evans"),
    ("text", "case-00123"),
    ("text", "\uff23\uff21\uff33\uff25-00123"),  # full-width CASE (NFKC folds it)
    ("text", "unknown"),
    ("text", ""),
]


def main():
    out = {"key_hex": KEY.hex(), "pseudonyms": [], "date_shifts": []}
    for kind, value in CASES:
        n = normalise(kind, value)
        out["pseudonyms"].append({
            "kind": kind, "value": value, "normalised": n,
            "token": pseudonym(kind, n) if n is not None else ""})
        if n is not None:
            out["date_shifts"].append({"kind": kind, "normalised": n, "days": shift(kind, n)})
    print(json.dumps(out, indent=2, ensure_ascii=False))


main()
