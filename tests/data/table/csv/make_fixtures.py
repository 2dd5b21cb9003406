#!/usr/bin/env python3
"""Writes the hand-made CSV fixtures in this folder, byte for byte.

The committed files are the reference; this script is how they were made, so that a
reviewer can read the intent (every byte above 0x7F and every line end is spelled out
here) and a fixture can be remade after a deliberate change. Tests never run it.

    python3 tests/data/table/csv/make_fixtures.py      # rewrites the files beside it

Every value is made up. See README.md for what each file shows and what a reader
should make of it.
"""
import datetime
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def put(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def lines(rows, end="\r\n", final=True):
    text = end.join(rows)
    return text + end if final else text


# --- encodings ------------------------------------------------------------------------
# Windows-1252, with our own table for 0x80-0x9F (Python's cp1252 codec agrees on every
# defined byte; the five undefined ones, 81 8D 8F 90 9D, are never written).
cp1252_rows = [
    "Case Ref,Name,Town,Balance,Notes",
    "HC001,Renée O’Neill,Caerdydd,\"£1,250.00\",“Urgent” – call before 5pm",
    "HC002,Zoë Šimková,Swansea,£75.50,Paid €20 … more to follow",
    "HC003,Siân Jones,Bangor,(£12.00),Café visit — see note™",
    "HC004,Chloé ‘Coco’ Price,Leeds,0.00,Œuvre; naïve; façade",
    "HC005,Symbols Test,,0.00,€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ",
]
put("cp1252_pound_quotes.csv", lines(cp1252_rows).encode("cp1252"))

put("utf8_bom.csv", b"\xef\xbb\xbf" + lines([
    "Case Ref,Name,Town,Balance",
    "HC001,Renée Dubois,Llanelli,\"£1,250.00\"",
    "HC002,Zoë Evans,Cardiff,£75.50",
    "HC003,Siân Jones,Bangor,(£12.00)",
]).encode("utf-8"))

welsh_rows = [
    "Enw,Cyfeiriad,Tref,Nodiadau",
    "Siân Hughes,1 Ffordd Glyndŵr,Caerdydd,Siarad Cymraeg",
    "Llŷr Evans,Tŷ Coch,Llanrwst,Mae’n byw yn y tŷ",
    "Gwenllïan ap Rhys,2 Maes-y-Coed,Aberystwyth,Ŵyr i Dafydd",
    "Ŷr Athro Jones,3 Heol y Frenhines,Bangor,Âr",
]
put("utf8_welsh.csv", lines(welsh_rows, "\n"))

utf16_rows = [
    "Case Ref,Name,Town,Balance",
    "HC001,Renée Dubois,Llanelli,\"£1,250.00\"",
    "HC002,Llŷr Evans,Tŷ Coch,£75.50",
    "HC003,Siân Jones,Bangor,(£12.00)",
]
put("utf16le_bom.csv", b"\xff\xfe" + lines(utf16_rows).encode("utf-16-le"))
put("utf16be_bom.csv", b"\xfe\xff" + lines(utf16_rows).encode("utf-16-be"))
put("utf16le_no_bom.csv", lines(utf16_rows).encode("utf-16-le"))

# --- delimiters -----------------------------------------------------------------------
# Commas inside unquoted fields, in varying numbers, so that only ';' splits evenly.
put("semicolon_delimited.csv", lines([
    "Case Ref;Name;Amount;Address",
    "HC001;Jones, Mary;1,234.56;\"Flat 2; 14 High Street\"",
    "HC002;Smith;75.00;3 Church Lane",
    "HC003;Evans, Dr Rhys, OBE;2,000.00;Tŷ Gwyn, Heol Fawr",
    "HC004;Patel;0.50;9 Mill Lane",
]))
put("tab_delimited.csv", lines([
    "Case Ref\tName\tAmount\tAddress",
    "HC001\tJones, Mary\t1,234.56\tFlat 2; 14 High Street",
    "HC002\tSmith\t75.00\t3 Church Lane",
    "HC003\tEvans, Dr Rhys\t2,000.00\t\"Tŷ Gwyn\tHeol Fawr\"",
    "HC004\tPatel\t0.50\t9 Mill Lane",
]))
put("pipe_delimited.csv", lines([
    "Case Ref|Name|Amount|Address",
    "HC001|Jones, Mary|1,234.56|Flat 2, 14 High Street",
    "HC002|Smith|75.00|3 Church Lane",
    "HC003|Evans, Dr Rhys|2,000.00|\"Tŷ Gwyn|Heol Fawr\"",
    "HC004|Patel|0.50|9 Mill Lane",
]))
put("sep_line_semicolon.csv", lines([
    "sep=;",
    "Case Ref;Name;Amount",
    "HC001;Jones, Mary;1,234.56",
    "HC002;Smith;75.00",
]))

# --- quoting --------------------------------------------------------------------------
put("quoted_fields.csv",
    "id,text,other\r\n"
    "1,\"He said \"\"hello\"\"\",x\r\n"
    "2,\"a, b, c\",y\r\n"
    "3,\"line one\nline two\",z\r\n"
    "4,\"line one\r\nline two\r\nline three\",z\r\n"
    "5,\"\",empty quoted\r\n"
    "6,\"\"\"\",just a quote\r\n"
    "7,\"ends with a quote \"\"\",q\r\n"
    "8,\"comma, \"\"quote\"\", and\nnewline\",mixed\r\n"
    "9,plain,\"  spaces kept  \"\r\n"
    "10,5\" floppy,stray quote\r\n")

put("unclosed_quote.csv", lines([
    "id,name,notes",
    "1,Ann,ok",
    "2,Bob,\"starts a quote and never ends",
    "3,Cat,more",
    "4,Dan,last",
]))

# --- line ends ------------------------------------------------------------------------
le_rows = ["id,name,town", "1,Ann,Leeds", "2,Bob,\"York\"", "3,Cat,Hull"]
put("line_ends_crlf.csv", lines(le_rows, "\r\n"))
put("line_ends_lf.csv", lines(le_rows, "\n"))
put("line_ends_cr.csv", lines(le_rows, "\r"))
put("line_ends_mixed.csv", "id,name,town\r\n1,Ann,Leeds\n2,Bob,\"York\"\r3,Cat,Hull\r\n")
put("no_final_line_end.csv", lines(le_rows, "\r\n", final=False))

# --- shape ----------------------------------------------------------------------------
put("ragged_rows.csv", lines([
    "id,name,town,postcode",
    "1,Ann,Leeds,LS1 1AA",
    "2,Bob,Leeds",
    "3,Cat,Flat 2, High Street,Leeds,LS2 2BB",
    "4,Dan,York,YO1 7HH,,,",
    "5,Eve,Hull,HU1 1AA,extra",
    "6,Fay",
    "7,Gus,Bath,BA1 1AA",
]))
put("trailing_empty_columns.csv", lines([
    "id,name,amount,,,",
    "1,Ann,10.00,,,",
    "2,Bob,20.00",
    "3,Cat,30.00,,,",
    "4,Dan,40.00,,,,,",
]))
put("title_rows.csv", lines([
    "Homelessness case-level return,,,,",
    "Anytown Borough Council,,,,",
    "Period: 01/04/2025 to 31/03/2026,,,,",
    ",,,,",
    "Case Ref,Forename,Surname,Date of Birth,Postcode",
    "HC001,Ann,Jones,03/02/1988,SA1 1AA",
    "HC002,Bob,Evans,17/11/1975,CF10 3NQ",
    "HC003,Cat,Price,29/02/2000,LL57 2DG",
]))
put("blank_padding_rows.csv", lines([
    "id,name,town",
    "1,Ann,Leeds",
    "",
    "2,Bob,York",
    ",,",
    "3,Cat,Hull",
    "",
    "",
    "4,Dan,Bath",
    ",,",
    ",,",
    "",
]))
put("totals_row.csv", lines([
    "Supplier,Invoices,Amount",
    "Acme Ltd,2,\"1,000.00\"",
    "Total Fitness Ltd,1,250.50",
    "Bryn Cleaning,3,75.25",
    "Total,6,\"1,325.75\"",
]))
put("totals_row_then_padding.csv", lines([
    "Supplier,Invoices,Amount",
    "Acme Ltd,2,\"1,000.00\"",
    "Bryn Cleaning,3,75.25",
    "Grand total,,\"1,075.25\"",
    ",,",
    "",
]))
put("duplicate_headers.csv", lines([
    "Date,Name,Date,,Name, Notes ,",
    "01/04/2025,Ann,02/04/2025,x,Jones,first,",
    "03/04/2025,Bob,04/04/2025,y,Evans,second,",
]))

# --- values ---------------------------------------------------------------------------
put("numbers_as_text.csv", lines([
    "plain,thousands,padded,bracketed,pound,mixed,code",
    "1234,\"1,234.56\",\" 1,234.56 \",\"(1,234.56)\",\"£1,234.56\",12,00123",
    "-5,\"12,345,678.90\",\" 0.50 \",(0.50),-£5.00,\"1,000\",00456",
    "0,999.99,\" 12.00 \",\"(12,000.00)\",£0.00,(3.50),01000",
    "42,\"1,000\",\" 1,000 \",(7),\"£12,000\",\" 7 \",00007",
]))

excel_epoch = datetime.date(1899, 12, 30)
days = [datetime.date(2024, 3, 5), datetime.date(2025, 12, 31), datetime.date(1999, 1, 1),
        datetime.date(2000, 2, 29), datetime.date(2026, 4, 1)]
date_rows = ["dd_mm_yyyy,dd_mon_yyyy,iso,excel_serial,mixed,date_time"]
for i, d in enumerate(days):
    forms = [d.strftime("%d/%m/%Y"), d.strftime("%d-%b-%Y"), d.isoformat(),
             str((d - excel_epoch).days)]
    date_rows.append(",".join(forms + [forms[i % 4], d.strftime("%d/%m/%Y") + " 14:30"]))
put("dates_formats.csv", lines(date_rows))

# --- not CSV, or nothing in it ----------------------------------------------------------
put("empty_0_bytes.csv", b"")
put("empty_blank_lines.csv", "\r\n\r\n   \r\n\r\n")
put("empty_bom_only.csv", b"\xef\xbb\xbf")
put("header_only.csv", "Case Ref,Name,Town\r\n")


def png(width, height):
    raw = b"".join(b"\x00" + b"".join(bytes((x * 32 % 256, y * 32 % 256, 128)) for x in range(width))
                   for y in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


put("binary_png.csv", png(8, 8))

put("web_page.csv", lines([
    "<!DOCTYPE html>",
    "<html lang=\"en-GB\">",
    "<head>",
    "<meta charset=\"utf-8\">",
    "<title>Sign in - Anytown Council Case Portal</title>",
    "</head>",
    "<body>",
    "<h1>Your session has expired</h1>",
    "<p>Please sign in again, then choose Reports, Export, CSV.</p>",
    "<table><tr><td>Case Ref</td><td>Name</td></tr></table>",
    "</body>",
    "</html>",
], "\n"))
