#!/usr/bin/env python3
"""The redaction benchmark's work done with Python's csv module + hmac, or with pandas,
for bench/redact_vs_peers.sh. Same profile as tests/data/redact/case-profile.json:
6 columns dropped, NHS and NI numbers pseudonymised with keyed BLAKE2b (hashlib, the
same construction as Sharewise: 16 bytes, base32), date of birth to 5-year age bands on
2026-03-31, postcode to district, referral date to month; risk: the size of each group
of (age band, postcode district, sex, ethnicity), unique records and records in groups
under 5.

    redact_peers.py csv|pandas IN.csv OUT.csv
"""
import base64
import csv
import hashlib
import sys
from collections import Counter
from datetime import date

KEY = bytes(range(32))
DROP = ["Forename", "Surname", "Address Line 1", "Address Line 2", "Phone", "Email"]
REF = date(2026, 3, 31)


def token(kind, value):
    v = "".join(value.split()).upper()
    if kind == "nhs_number":
        v = "".join(c for c in v if c.isdigit())
    if not v:
        return ""
    d = hashlib.blake2b(v.encode(), digest_size=16, key=KEY,
                        salt=kind.encode().ljust(16, b"\0"),
                        person=b"SW-pseudonym-v1\0").digest()
    return "p" + base64.b32encode(d).decode().rstrip("=").lower()


def parse_date(text):
    t = text.strip()
    try:
        if len(t) == 10 and t[4] == "-":
            return date(int(t[:4]), int(t[5:7]), int(t[8:10]))
        if len(t) == 10 and t[2] == "/":
            return date(int(t[6:]), int(t[3:5]), int(t[:2]))
    except ValueError:
        return None
    return None


def age_band(text):
    d = parse_date(text)
    if d is None or d > REF:
        return ""
    age = REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))
    if age >= 90:
        return "90+"
    low = age // 5 * 5
    return f"{low}-{low + 4}"


def month(text):
    d = parse_date(text)
    return f"{d.year:04d}-{d.month:02d}" if d else ""


def district(text):
    t = text.strip().upper()
    return t.split(" ")[0] if " " in t else ""


def risk(groups):
    sizes = groups.values()
    unique = sum(1 for n in sizes if n == 1)
    below = sum(n for n in sizes if n < 5)
    print(f"groups {len(groups)} unique {unique} below5 {below}", file=sys.stderr)


def with_csv(src, dst):
    groups = Counter()
    with open(src, newline="", encoding="utf-8") as f, open(dst, "w", newline="",
                                                             encoding="utf-8") as o:
        r = csv.reader(f)
        w = csv.writer(o)
        header = next(r)
        keep = [i for i, c in enumerate(header) if c not in DROP]
        ix = {c: i for i, c in enumerate(header)}
        nhs, ni = ix["NHS Number"], ix["NI Number"]
        dob, pc, ref = ix["Date of Birth"], ix["Postcode"], ix["Referral Date"]
        sex, eth = ix["Sex"], ix["Ethnicity"]
        w.writerow([header[i] for i in keep])
        for row in r:
            row[nhs] = token("nhs_number", row[nhs])
            row[ni] = token("ni_number", row[ni])
            row[dob] = age_band(row[dob])
            row[pc] = district(row[pc])
            row[ref] = month(row[ref])
            groups[(row[dob], row[pc], row[sex], row[eth])] += 1
            w.writerow([row[i] for i in keep])
    risk(groups)


def with_pandas(src, dst):
    import pandas as pd
    df = pd.read_csv(src, dtype=str, keep_default_na=False)
    df = df.drop(columns=DROP)
    df["NHS Number"] = df["NHS Number"].map(lambda v: token("nhs_number", v))
    df["NI Number"] = df["NI Number"].map(lambda v: token("ni_number", v))
    # Dates as written in council files (dd/mm/yyyy and ISO mixed): the same parser as
    # the csv variant, applied per value.
    df["Date of Birth"] = df["Date of Birth"].map(age_band)
    df["Postcode"] = df["Postcode"].map(district)
    df["Referral Date"] = df["Referral Date"].map(month)
    sizes = df.groupby(["Date of Birth", "Postcode", "Sex", "Ethnicity"]).size()
    risk(dict(sizes))
    df.to_csv(dst, index=False)


if __name__ == "__main__":
    {"csv": with_csv, "pandas": with_pandas}[sys.argv[1]](sys.argv[2], sys.argv[3])
