#!/usr/bin/env python3
"""Writes the workbook fixtures of tests/core/table/workbook (standard library only).

    python3 tests/data/table/workbook/make_fixtures.py

Every file is written by hand (zipfile + XML for .xlsx and .ods; a minimal BIFF8
workbook in a minimal OLE compound file for .xls), so that each case the readers must
handle is present exactly once and the output is the same on every run. No tool here
writes .xls (no xlwt, LibreOffice or ssconvert), hence the small BIFF8 writer.
"""

import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2024, 3, 1, 12, 0, 0)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def write_zip(name, parts, stored_first=None):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        if stored_first:
            info = zipfile.ZipInfo(stored_first[0], FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            z.writestr(info, stored_first[1])
        for part, text in parts:
            info = zipfile.ZipInfo(part, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8") if isinstance(text, str) else text)
    return path


# --- .xlsx ---------------------------------------------------------------------------

def xlsx(name, sheets, shared=None, styles=None, date1904=False, extra_parts=()):
    """sheets: list of (name, state, sheet_xml or None for a chart sheet)."""
    content_types = [
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
        "</Types>",
    ]
    rels = [f'<Relationships xmlns="{PKG_REL}">']
    wb = [f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">']
    if date1904:
        wb.append('<workbookPr date1904="1"/>')
    wb.append("<sheets>")
    parts = []
    for i, (sheet_name, state, xml) in enumerate(sheets, start=1):
        st = f' state="{state}"' if state else ""
        wb.append(f'<sheet name="{sheet_name}" sheetId="{i}"{st} r:id="rId{i}"/>')
        if xml is None:
            rels.append(f'<Relationship Id="rId{i}" Type="{REL}/chartsheet" Target="chartsheets/sheet{i}.xml"/>')
            parts.append((f"xl/chartsheets/sheet{i}.xml", XML_HEAD + f'<chartsheet xmlns="{MAIN}"/>'))
        else:
            rels.append(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>')
            head = "\ufeff" + XML_HEAD if xml.startswith("\ufeff") else XML_HEAD
            parts.append((f"xl/worksheets/sheet{i}.xml", head + xml.lstrip("\ufeff")))
    wb.append("</sheets></workbook>")
    n = len(sheets)
    if styles is not None:
        rels.append(f'<Relationship Id="rId{n + 1}" Type="{REL}/styles" Target="styles.xml"/>')
        parts.append(("xl/styles.xml", XML_HEAD + styles))
    if shared is not None:
        rels.append(f'<Relationship Id="rId{n + 2}" Type="{REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>')
        sst = [f'<sst xmlns="{MAIN}" count="{len(shared)}" uniqueCount="{len(shared)}">']
        for s in shared:
            sst.append(s if s.startswith("<si>") else f"<si><t xml:space=\"preserve\">{s}</t></si>")
        sst.append("</sst>")
        parts.append(("xl/sharedStrings.xml", XML_HEAD + "".join(sst)))
    rels.append("</Relationships>")
    root_rels = (f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
                 f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    all_parts = [("[Content_Types].xml", XML_HEAD + "".join(content_types)),
                 ("_rels/.rels", XML_HEAD + root_rels),
                 ("xl/workbook.xml", XML_HEAD + "".join(wb)),
                 ("xl/_rels/workbook.xml.rels", XML_HEAD + "".join(rels))] + parts + list(extra_parts)
    return write_zip(name, all_parts)


def worksheet(rows, merges=(), dimension=None):
    out = [f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}">']
    if dimension:
        out.append(f'<dimension ref="{dimension}"/>')
    out.append("<sheetData>")
    out.extend(rows)
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">')
        out.extend(f'<mergeCell ref="{m}"/>' for m in merges)
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


STYLES = f"""<styleSheet xmlns="{MAIN}">
<numFmts count="5">
<numFmt numFmtId="164" formatCode="dd/mm/yyyy\\ hh:mm"/>
<numFmt numFmtId="165" formatCode="[$-809]dd\\ mmmm\\ yyyy;@"/>
<numFmt numFmtId="166" formatCode="&quot;Day&quot;\\ 0.00"/>
<numFmt numFmtId="167" formatCode="[Red]#,##0.00_);[Blue]\\(#,##0.00\\)"/>
<numFmt numFmtId="168" formatCode="[h]:mm"/>
</numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="1"><fill><patternFill patternType="none"/></fill></fills>
<borders count="1"><border/></borders>
<cellStyleXfs count="1"><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="10">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>"""

# Shared strings: plain, Welsh, emoji, rich text with a phonetic guide, an escaped
# carriage return, and an empty string.
SHARED = [
    "Referrals received – Cyngor Sir ŵ ŷ",  # 0
    "Name",  # 1
    "Date of referral",  # 2
    "Reviewed at",  # 3
    "Amount",  # 4
    "Urgent",  # 5
    "Check",  # 6
    "Total",  # 7
    "Note",  # 8
    "Dafydd ap Gwilym",  # 9
    "<si><r><t>Siân </t></r><r><rPr><b/></rPr><t>Ŵyn 😀</t></r><rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh></si>",  # 10
    "Line one_x000D_\nline two",  # 11
    "",  # 12
    "&lt;tag&gt; &amp; “quotes”",  # 13
]

TYPES_ROWS = [
    # Title row (merged A1:D1), then row 2 missing, header on row 3.
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
    '<row r="3">' + "".join(f'<c r="{c}3" t="s"><v>{i}</v></c>' for c, i in
                            zip("ABCDEFGHI", [1, 2, 3, 4, 5, 6, 7, 8, 8])) + "</row>",
    # A full row of typed cells.
    '<row r="4"><c r="A4" t="s"><v>9</v></c>'
    '<c r="B4" s="1"><v>45352</v></c>'
    '<c r="C4" s="2"><v>45352.572916666664</v></c>'
    '<c r="D4"><v>1234.5</v></c>'
    '<c r="E4" t="b"><v>1</v></c>'
    '<c r="F4" t="e"><v>#REF!</v></c>'
    '<c r="G4"><f>D4*2</f><v>2469</v></c>'
    '<c r="H4" t="inlineStr"><is><t>Llanfair ŵ 😀</t></is></c>'
    '<c r="I4" t="inlineStr"><is><r><t>rich </t></r><r><t>inline</t></r></is></c></row>',
    # Gaps inside a row (B5, D5 missing); formula results of every type; a styled
    # empty cell; a formula with no cached value; an empty shared string at the end.
    '<row r="5"><c r="A5" t="s"><v>10</v></c>'
    '<c r="C5"><v>-0.25</v></c>'
    '<c r="E5" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
    '<c r="F5" t="b"><f>1=2</f><v>0</v></c>'
    '<c r="G5" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    '<c r="H5" t="e"><v>#N/A</v></c>'
    '<c r="I5" s="1"/>'
    '<c r="J5"><f>NOW()</f></c>'
    '<c r="K5" t="s"><v>12</v></c></row>',
    # Row 6 missing. Numbers and formats.
    '<row r="7"><c r="A7"><v>1E+20</v></c>'
    '<c r="B7"><v>0.1</v></c>'
    '<c r="C7" s="3"><v>1</v></c>'
    '<c r="D7" s="6"><v>0.75</v></c>'
    '<c r="E7" s="4"><v>3.14159</v></c>'
    '<c r="F7" s="5"><v>-12.5</v></c>'
    '<c r="G7" s="7"><v>61.5</v></c>'
    '<c r="H7" s="8"><v>1.5</v></c>'
    '<c r="I7" s="9"><v>1000000</v></c></row>',
    # Odd text: escaped carriage return, entities; cells without r attributes; a
    # 29 February 1900 serial that is no real date.
    '<row r="8"><c t="s"><v>11</v></c><c t="s"><v>13</v></c><c t="str"><v>  spaced  </v></c>'
    '<c s="1"><v>60</v></c><c s="1"><v>59</v></c><c s="1"><v>0</v></c></row>',
    # Row 9 has only blank cells: still a row.
    '<row r="9"><c r="A9" t="s"><v>12</v></c></row>',
    # A long stretch of empty rows, then one more cell far below.
    '<row r="2500"><c r="B2500"><v>42</v></c></row>',
]

HIDDEN_SHEET = worksheet(['<row r="1"><c r="A1" t="inlineStr"><is><t>hidden notes</t></is></c></row>'])
OTHER_SHEET = worksheet(['<row r="2"><c r="B2" t="inlineStr"><is><t>other</t></is></c></row>'])


def make_xlsx():
    xlsx("types.xlsx",
         [("Notes", "hidden", HIDDEN_SHEET),
          ("Chart", None, None),
          ("Referrals", None, worksheet(TYPES_ROWS, merges=["A1:D1", "H3:I3"], dimension="A1:K2500")),
          ("Other ŵ", None, OTHER_SHEET),
          ("Secret", "veryHidden", HIDDEN_SHEET)],
         shared=SHARED, styles=STYLES)

    # The 1904 date system: serial 0 is 1 January 1904.
    xlsx("date1904.xlsx",
         [("Dates", None, worksheet(['<row r="1"><c r="A1" s="1"><v>0</v></c>'
                                     '<c r="B1" s="1"><v>43890</v></c>'
                                     '<c r="C1" s="2"><v>1.5</v></c></row>']))],
         styles=STYLES, date1904=True)

    # Only hidden sheets: the first is read.
    xlsx("allhidden.xlsx", [("One", "hidden", OTHER_SHEET), ("Two", "hidden", HIDDEN_SHEET)])

    # No sheets at all, and only a chart sheet.
    xlsx("nosheets.xlsx", [])
    xlsx("chartonly.xlsx", [("Chart", None, None)])

    # Prefixed elements (as the .NET Open XML SDK writes them), cells out of order,
    # rows without numbers, and a byte order mark before the XML declaration.
    prefixed = ("\ufeff" + f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
                '<x:row><x:c t="inlineStr"><x:is><x:t>first</x:t></x:is></x:c></x:row>'
                '<x:row r="3"><x:c r="C3"><x:v>3</x:v></x:c><x:c r="A3"><x:v>1</x:v></x:c></x:row>'
                '<x:row r="2"><x:c r="B2"><x:v>2</x:v></x:c></x:row>'
                '</x:sheetData></x:worksheet>')
    xlsx("prefixed.xlsx", [("P", None, prefixed)])

    # One cell in the last column of the last row Excel allows.
    xlsx("farcell.xlsx", [("Far", None, worksheet(
        ['<row r="1"><c r="A1"><v>1</v></c></row>',
         '<row r="1048576"><c r="XFD1048576"><v>2</v></c></row>']))])

    # Decompression bomb: 4 MiB of spaces in the sheet that deflate to a few KiB (the
    # test lowers the part limit to 1 MiB).
    padding = " " * (4 << 20)
    xlsx("bomb.xlsx", [("Bomb", None, worksheet(
        [f'<row r="1"><c r="A1"><v>1</v></c></row>{padding}']))])

    # A shared string index past the end of the table.
    xlsx("badsst.xlsx", [("Bad", None, worksheet(['<row r="1"><c r="A1" t="s"><v>7</v></c></row>']))],
         shared=["only one"])

    # One 100 KB shared string repeated by 60 cells: a 6 MB row from a 2 KB file
    # (the test lowers the limits on what reading gives).
    long_rows = ['<row r="1">' + "".join(f'<c r="{c}1" t="s"><v>0</v></c>' for c in
                                         (list("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + ["A" + b for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + ["BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH"])) + "</row>"]
    long_rows += [f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c></row>' for r in range(2, 62)]
    xlsx("amplify.xlsx", [("Long", None, worksheet(long_rows))], shared=["ŵ" * 50000])

    # Malformed sheet XML.
    xlsx("badxml.xlsx", [("Broken", None, f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c>')])

    # Parts cut off inside a tag and inside a CDATA section (each made orcus 0.17's
    # parser read past its buffer or abort on an assert; found by fuzz_xlsx_reader).
    write_zip("cutrels.xlsx", [
        ("_rels/.rels", XML_HEAD + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1"'),
        ("xl/workbook.xml", XML_HEAD + f'<workbook xmlns="{MAIN}"/>')])
    write_zip("cdataend.xlsx", [
        ("_rels/.rels", XML_HEAD + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
         f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", XML_HEAD + f'<workbook xmlns="{MAIN}"><![CDATA[')])

    # A .docx-like package: no workbook inside.
    write_zip("notworkbook.xlsx", [
        ("[Content_Types].xml", XML_HEAD + "<Types/>"),
        ("_rels/.rels", XML_HEAD + f'<Relationships xmlns="{PKG_REL}"><Relationship Id="rId1" '
         f'Type="{REL}/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", XML_HEAD + "<document/>")])

    # Truncated: the first half of types.xlsx.
    with open(os.path.join(HERE, "types.xlsx"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) // 2])

    # Not a zip at all.
    with open(os.path.join(HERE, "notzip.xlsx"), "wb") as f:
        f.write(b"PK\x03\x04 this is not really a workbook " * 4)

    # A part whose directory entry understates its size (the inflater must stop).
    lie_in_size("types.xlsx", "lyingsize.xlsx", "xl/worksheets/sheet3.xml")
    # A part with a wrong CRC.
    corrupt_crc("types.xlsx", "badcrc.xlsx", "xl/worksheets/sheet3.xml")


def patch_central(src, dst, part, patch):
    with open(os.path.join(HERE, src), "rb") as f:
        data = bytearray(f.read())
    name = part.encode()
    at = 0
    while True:
        at = data.find(b"PK\x01\x02", at)
        if at < 0:
            raise SystemExit(f"{part} not found in {src}")
        n = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46: at + 46 + n]) == name:
            patch(data, at)
            break
        at += 4
    with open(os.path.join(HERE, dst), "wb") as f:
        f.write(data)


def lie_in_size(src, dst, part):
    def patch(data, at):
        size = struct.unpack_from("<I", data, at + 24)[0]
        struct.pack_into("<I", data, at + 24, size // 2)
    patch_central(src, dst, part, patch)


def corrupt_crc(src, dst, part):
    def patch(data, at):
        crc = struct.unpack_from("<I", data, at + 16)[0]
        struct.pack_into("<I", data, at + 16, crc ^ 0x5A5A5A5A)
    patch_central(src, dst, part, patch)


# --- OLE compound file ---------------------------------------------------------------

def compound_file(streams):
    """A version 3 compound file (512-byte sectors) holding the given streams, each
    padded to at least 4096 bytes so that none lives in the mini stream."""
    sector = 512
    free, end, fatsect, nostream = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    datas = []
    for name, data in streams:
        if len(data) < 4096:
            data = data + b"\0" * (4096 - len(data))
        datas.append((name, data))
    # Layout: sector 0 FAT, sector 1 directory, then each stream.
    starts, next_sector = [], 2
    for _, data in datas:
        starts.append(next_sector)
        next_sector += (len(data) + sector - 1) // sector
    total = next_sector
    assert total <= sector // 4, "one FAT sector is enough for these fixtures"
    fat = [free] * (sector // 4)
    fat[0], fat[1] = fatsect, end
    for (_, data), start in zip(datas, starts):
        count = (len(data) + sector - 1) // sector
        for k in range(count):
            fat[start + k] = start + k + 1 if k + 1 < count else end
    header = bytearray(512)
    header[0:8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, 1, 1, 0, 4096, end, 0, end, 0)
    difat = [0] + [free] * 108
    struct.pack_into("<109I", header, 76, *difat)

    def entry(name, kind, left, right, child, start, size):
        e = bytearray(128)
        encoded = name.encode("utf-16-le") + b"\0\0"
        e[0:len(encoded)] = encoded
        struct.pack_into("<HBB", e, 64, len(encoded), kind, 1)
        struct.pack_into("<III", e, 68, left, right, child)
        struct.pack_into("<II", e, 116, start, size)
        return bytes(e)

    # Root's child is the first stream; the others hang off its right siblings (names
    # in CFB order: shorter first, then upper-cased comparison).
    order = sorted(range(len(datas)), key=lambda i: (len(datas[i][0]), datas[i][0].upper()))
    entries = [None] * (len(datas) + 1)
    entries[0] = entry("Root Entry", 5, nostream, nostream, order[0] + 1, end, 0)
    for pos, i in enumerate(order):
        right = order[pos + 1] + 1 if pos + 1 < len(order) else nostream
        entries[i + 1] = entry(datas[i][0], 2, nostream, right, nostream, starts[i],
                               len(datas[i][1]))
    directory = b"".join(entries)
    directory += b"".join(entry("", 0, nostream, nostream, nostream, 0, 0)
                          for _ in range(4 - len(entries)))
    out = bytes(header) + struct.pack("<128I", *fat) + directory
    for _, data in datas:
        out += data + b"\0" * ((-len(data)) % sector)
    return out


def make_encrypted():
    # What Excel writes for a password-protected .xlsx: an OLE container with the
    # EncryptionInfo and EncryptedPackage streams (contents here are not real).
    blob = compound_file([("EncryptionInfo", b"\x04\x00\x04\x00\x40\x00\x00\x00" + b"\0" * 200),
                          ("EncryptedPackage", struct.pack("<Q", 1234) + bytes(range(256)) * 8)])
    with open(os.path.join(HERE, "encrypted.xlsx"), "wb") as f:
        f.write(blob)


# --- .xls (BIFF8) --------------------------------------------------------------------

def rec(kind, data=b""):
    return struct.pack("<HH", kind, len(data)) + data


def xl_string16(s):  # XLUnicodeString, always UTF-16
    return struct.pack("<HB", len(s.encode("utf-16-le")) // 2, 1) + s.encode("utf-16-le")


def xl_string8(s):  # ShortXLUnicodeString, UTF-16
    return struct.pack("<BB", len(s.encode("utf-16-le")) // 2, 1) + s.encode("utf-16-le")


def bof(dt):
    return rec(0x0809, struct.pack("<HHHHII", 0x0600, dt, 0x0DBB, 0x07CC, 0, 6))


def xf(ifmt, style=False):
    # ifnt, ifmt, type/protection flags (style XF: 0xFFF5), alignment, rest zero.
    flags = 0xFFF5 if style else 0x0001
    return rec(0x00E0, struct.pack("<HHHBBBBIIH", 0, ifmt, flags, 0x20, 0, 0, 0, 0, 0, 0x20C0))


def font():
    return rec(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + xl_string8("Arial"))


def xls_workbook(sheets, sst, password=False, date1904=False):
    """sheets: list of (name, hidden, cell records, merges)."""
    globals_ = bytearray(bof(0x0005))
    if password:
        # FILEPASS, RC4: the records that follow would be encrypted in a real file.
        globals_ += rec(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\x11" * 48)
    globals_ += rec(0x0042, struct.pack("<H", 1200))  # CODEPAGE: UTF-16
    globals_ += rec(0x0022, struct.pack("<H", 1 if date1904 else 0))  # DATEMODE
    for _ in range(5):
        globals_ += font()
    globals_ += rec(0x041E, struct.pack("<H", 164) + xl_string16("dd/mm/yyyy"))
    for _ in range(16):
        globals_ += xf(0, style=True)
    # Cell XFs 16..: general, date (14), datetime (22), custom date (164), time (20)
    for ifmt in (0, 14, 22, 164, 20):
        globals_ += xf(ifmt)
    boundsheet_at = []
    for name, hidden, _, _ in sheets:
        boundsheet_at.append(len(globals_) + 4)
        globals_ += rec(0x0085, struct.pack("<IBB", 0, 1 if hidden else 0, 0) + xl_string8(name))
    sst_data = struct.pack("<II", len(sst), len(sst))
    for s in sst:
        sst_data += xl_string16(s)
    globals_ += rec(0x00FC, sst_data)
    globals_ += rec(0x000A)
    stream = bytes(globals_)
    offsets = []
    for name, hidden, cells, merges in sheets:
        offsets.append(len(stream))
        rows = [r for r, _ in cells] or [0]
        cols = [c for _, c in cells] or [0]
        body = bof(0x0010)
        body += rec(0x0200, struct.pack("<IIHHH", 0, max(rows) + 1, 0, max(cols) + 1, 0))
        for (_, _), record in cells.items():
            body += record
        if merges:
            body += rec(0x00E5, struct.pack("<H", len(merges)) +
                        b"".join(struct.pack("<HHHH", *m) for m in merges))
        body += rec(0x000A)
        stream += body
    data = bytearray(stream)
    for at, off in zip(boundsheet_at, offsets):
        struct.pack_into("<I", data, at, off)
    return compound_file([("Workbook", bytes(data))])


def number(r, c, value, ixfe=16):
    return rec(0x0203, struct.pack("<HHHd", r, c, ixfe, value))


def labelsst(r, c, index, ixfe=16):
    return rec(0x00FD, struct.pack("<HHHI", r, c, ixfe, index))


def boolerr(r, c, value, is_error, ixfe=16):
    return rec(0x0205, struct.pack("<HHHBB", r, c, ixfe, value, 1 if is_error else 0))


def formula(r, c, kind, value, ptg):
    # FORMULA with a cached boolean (kind 1) or error (kind 2), formula =TRUE or =#N/A.
    result = struct.pack("<BBBBBBH", kind, 0, value, 0, 0, 0, 0xFFFF)
    return rec(0x0006, struct.pack("<HHH", r, c, 16) + result + struct.pack("<HI", 0, 0) +
               struct.pack("<H", 2) + bytes([ptg, value]))


def make_xls():
    sst = ["Referrals – Cyngor ŵ ŷ", "Name", "Date", "Amount", "Dafydd", "Siân 😀"]
    cells = {
        (0, 0): labelsst(0, 0, 0),
        (2, 0): labelsst(2, 0, 1), (2, 1): labelsst(2, 1, 2), (2, 2): labelsst(2, 2, 3),
        (3, 0): labelsst(3, 0, 4), (3, 1): number(3, 1, 45352, 17), (3, 2): number(3, 2, 1234.5),
        (3, 3): number(3, 3, 45352.5, 18), (3, 4): boolerr(3, 4, 1, False),
        (3, 5): boolerr(3, 5, 0x17, True), (3, 6): number(3, 6, 45000, 19),
        (3, 7): number(3, 7, 0.75, 20),
        (4, 0): labelsst(4, 0, 5), (4, 2): number(4, 2, -0.25),
        (4, 3): formula(4, 3, 1, 0, 0x1D), (4, 4): formula(4, 4, 2, 0x2A, 0x1C),
        (4, 5): boolerr(4, 5, 0x07, True),
    }
    other = {(0, 0): labelsst(0, 0, 1)}
    with open(os.path.join(HERE, "types.xls"), "wb") as f:
        f.write(xls_workbook([("Notes", True, other, []),
                              ("Referrals", False, cells, [(0, 0, 0, 2), (2, 3, 1, 2)]),
                              ("Other", False, other, [])], sst))
    with open(os.path.join(HERE, "password.xls"), "wb") as f:
        f.write(xls_workbook([("Sheet1", False, other, [])], sst, password=True))
    # A directory entry whose name length is impossible (FreeXL 1.0.6 overruns a stack
    # buffer converting it; found by fuzz_xlsx_reader): refused before FreeXL sees it.
    with open(os.path.join(HERE, "types.xls"), "rb") as f:
        data = bytearray(f.read())
    struct.pack_into("<H", data, 1024 + 128 + 64, 0x00FE)
    with open(os.path.join(HERE, "badname.xls"), "wb") as f:
        f.write(data)
    # A FORMAT string longer than its record (FreeXL 1.0.6 copies it past its heap
    # buffer; found by fuzz_xlsx_reader): refused before FreeXL sees it.
    with open(os.path.join(HERE, "types.xls"), "rb") as f:
        data = bytearray(f.read())
    at = 1536  # the Workbook stream starts at sector 2
    while struct.unpack_from("<H", data, at)[0] != 0x041E:
        at += 4 + struct.unpack_from("<H", data, at + 2)[0]
    struct.pack_into("<H", data, at + 6, 0xFA09)
    with open(os.path.join(HERE, "badformat.xls"), "wb") as f:
        f.write(data)
    # A compound file without a Workbook stream.
    with open(os.path.join(HERE, "noworkbook.xls"), "wb") as f:
        f.write(compound_file([("Something", b"not a workbook")]))


# --- .ods ----------------------------------------------------------------------------

ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
          'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"')


def ods(name, tables, manifest_extra=""):
    content = (XML_HEAD + f'<office:document-content {ODS_NS} office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
               '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
               '</office:automatic-styles><office:body><office:spreadsheet>'
               + "".join(tables) + "</office:spreadsheet></office:body></office:document-content>")
    manifest = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{manifest_extra}</manifest:file-entry>'
                '</manifest:manifest>')
    return write_zip(name, [("content.xml", content), ("META-INF/manifest.xml", manifest)],
                     stored_first=("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))


def cell(value_type=None, text=None, span=None, repeat=None, **attrs):
    a = ""
    if value_type:
        a += f' office:value-type="{value_type}"'
    for k, v in attrs.items():
        a += f' {k.replace("__", ":").replace("_", "-")}="{v}"'
    if span:
        a += f' table:number-columns-spanned="{span[0]}" table:number-rows-spanned="{span[1]}"'
    if repeat:
        a += f' table:number-columns-repeated="{repeat}"'
    inner = "" if text is None else "".join(f"<text:p>{t}</text:p>" for t in (text if isinstance(text, list) else [text]))
    return f"<table:table-cell{a}>{inner}</table:table-cell>" if inner else f"<table:table-cell{a}/>"


def row(cells, repeat=None):
    r = f' table:number-rows-repeated="{repeat}"' if repeat else ""
    return f"<table:table-row{r}>{''.join(cells)}</table:table-row>"


def make_ods():
    data = [
        row([cell("string", "Referrals – Cyngor ŵ ŷ", span=(3, 1)),
             "<table:covered-table-cell/><table:covered-table-cell/>"]),
        row([cell(repeat=5)], repeat=2),
        row([cell("string", t) for t in ["Name", "Date", "When", "Amount", "Urgent", "Check",
                                          "Share", "Fee", "Time", "Note", "Total"]]),
        row([cell("string", "Dafydd ap Gwilym"),
             cell("date", "01/03/2024", office__date_value="2024-03-01"),
             cell("date", "01/03/2024 13:45", office__date_value="2024-03-01T13:45:10.25"),
             cell("float", "1,234.50", office__value="1234.5"),
             cell("boolean", "TRUE", office__boolean_value="true"),
             cell("float", "#DIV/0!", office__value="0", table__formula="of:=1/0", calcext__value_type="error"),
             cell("percentage", "50%", office__value="0.5"),
             cell("currency", "£3.20", office__value="3.2", office__currency="GBP"),
             cell("time", "13:45", office__time_value="PT13H45M10S"),
             '<table:table-cell office:value-type="string"><office:annotation><text:p>a comment</text:p></office:annotation>'
             '<text:p>Siân<text:s text:c="2"/>😀</text:p><text:p>second<text:tab/>line</text:p></table:table-cell>',
             cell("float", "4", office__value="4", table__formula="of:=2+2")]),
        row([cell("string", "repeated", repeat=2), cell(), cell("float", "7", office__value="7")], repeat=2),
        row([cell("boolean", "FALSE", office__boolean_value="false")]),
        # LibreOffice ends a sheet with a huge run of empty rows and columns.
        row([cell(repeat=1024)], repeat=1048000),
    ]
    tables = [
        '<table:table table:name="Hidden" table:style-name="ta2">' + row([cell("string", "secret")]) + "</table:table>",
        '<table:table table:name="Referrals ŵ" table:style-name="ta1">' + "".join(data) + "</table:table>",
        '<table:table table:name="Other" table:style-name="ta1">' + row([cell(), cell("string", "other")]) + "</table:table>",
    ]
    ods("types.ods", tables)
    ods("password.ods", tables[1:2],
        manifest_extra='<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"/>')
    ods("nosheets.ods", [])
    # A row repeated past any sensible size, with content.
    ods("repeatbomb.ods", ['<table:table table:name="Bomb">' + row([cell("string", "x", repeat=1000)], repeat=1000000) + "</table:table>"])


def make_corpus():
    """Seeds for tests/fuzz/corpus/xlsx: the small valid and invalid .xlsx files."""
    corpus = os.path.join(HERE, "..", "..", "..", "fuzz", "corpus", "xlsx")
    os.makedirs(corpus, exist_ok=True)
    for name in ["types.xlsx", "date1904.xlsx", "prefixed.xlsx", "nosheets.xlsx", "badsst.xlsx",
                 "badxml.xlsx", "lyingsize.xlsx", "chartonly.xlsx", "allhidden.xlsx",
                 "cutrels.xlsx", "cdataend.xlsx", "amplify.xlsx", "farcell.xlsx"]:
        with open(os.path.join(HERE, name), "rb") as f, open(os.path.join(corpus, name), "wb") as g:
            g.write(f.read())
    # .xls seeds carry the harness's mode byte 0x03 in front.
    for name in ["types.xls", "password.xls", "noworkbook.xls"]:
        with open(os.path.join(HERE, name), "rb") as f, open(os.path.join(corpus, name + ".seed"), "wb") as g:
            g.write(b"\x03" + f.read())


if __name__ == "__main__":
    make_xlsx()
    make_encrypted()
    make_xls()
    make_ods()
    make_corpus()
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".py"):
            print(f"{os.path.getsize(os.path.join(HERE, name)):>8}  {name}")
