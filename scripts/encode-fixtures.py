#!/usr/bin/env python3
"""Writes the fixture exports (fixtures/exports/*.csv) in the encodings spreadsheets save them
in, into fixtures/encoded/<encoding>/, with Python's own codecs (not iconv, which the tool
uses to read them back):

* windows-1258: Excel's plain "CSV" on a Vietnamese Windows. A letter Windows-1258 has whole
  (à, â, ơ, ư, đ …) is written whole; any other is its base letter plus a combining tone mark
  (ở = ơ + U+0309), as Windows writes Vietnamese (NFD text of the original is composed
  first). Same delimiter and line ends.
* utf-16le, utf-16be: Excel's "Unicode Text": a byte order mark, and TAB between fields
  (fields re-quoted where they hold a TAB, a quote or a line end). Same line ends.

A byte of the original that is not UTF-8 (the fixtures hold a few, to be rejected as
invalid_utf8) stays a unit that is not text in the target: an unpaired surrogate in UTF-16,
the byte 0x81 (undefined) in Windows-1258. So every copy has the same rows, lines, values and
rejects as its original.

Usage: scripts/encode-fixtures.py   (from the package root; rewrites fixtures/encoded/)
"""
import csv
import io
import pathlib
import unicodedata

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = ROOT / "fixtures" / "exports"
TARGET = ROOT / "fixtures" / "encoded"


def windows_1258(text):
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        if 0xDC80 <= ord(char) <= 0xDCFF:  # a byte that was not UTF-8
            out += b"\x81"
            continue
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        marks = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in marks if c not in TONES))
        tones = "".join(c for c in marks if c in TONES)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def with_tabs(text, delimiter):
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    ends = "\r\n" if "\r\n" in text else "\n"
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t", lineterminator=ends).writerows(rows)
    return out.getvalue()


def main():
    for path in sorted(SOURCE.glob("*.csv")):
        raw = path.read_bytes()
        bom = raw.startswith(b"\xef\xbb\xbf")
        text = raw[3 if bom else 0:].decode("utf-8", "surrogateescape")
        header = text.split("\n", 1)[0]
        delimiter = ";" if header.count(";") > header.count(",") else ","
        copies = {
            "windows-1258": windows_1258(text),
            "utf-16le": b"\xff\xfe" + with_tabs(text, delimiter).encode("utf-16-le", "surrogatepass"),
            "utf-16be": b"\xfe\xff" + with_tabs(text, delimiter).encode("utf-16-be", "surrogatepass"),
        }
        for encoding, data in copies.items():
            folder = TARGET / encoding
            folder.mkdir(parents=True, exist_ok=True)
            (folder / path.name).write_bytes(data)


if __name__ == "__main__":
    main()
