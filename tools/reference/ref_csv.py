"""A small byte-level RFC 4180 reader that reports the physical start line of
every record (docs/methodology.md, Inputs).

Rules implemented:
* UTF-8 BOM at the start of the file is dropped.  UTF-16 (BOM) and
  Windows-1258 are decoded to UTF-8 first (decode_to_utf8); a UTF-32 BOM is a
  file-level error.
* Records end at LF or CRLF (a lone CR is data).  Line numbers count LF bytes,
  inside quoted fields too; the header and blank lines count.
* Only an empty line is blank: it is skipped and is not a record.
* A field is quoted when its first byte is '"'; "" inside is one quote.  Bytes
  after the closing quote up to the next delimiter are appended literally, and
  a '"' inside an unquoted field is literal (lenient, like libcsv's default).
* An unterminated quote is a file-level error.
Fields are returned as raw bytes; decoding is the caller's job so that invalid
UTF-8 can be reported per field.
"""

import codecs
import re

QUOTE = 0x22
LF = 0x0A
CR = 0x0D

DELIMITERS = {"comma": b",", "semicolon": b";", "tab": b"\t"}


class FileError(Exception):
    def __init__(self, line, column, message):
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def _one_unit(error):
    """A unit that is not text in its encoding becomes the byte 0xFF (never UTF-8), so the
    field holding it is rejected as invalid_utf8 where it stands."""
    unit = 2 if "16" in error.encoding else 1
    return "\udcff", min(error.start + unit, len(error.object))


codecs.register_error("ref_one_unit", _one_unit)


def decode_to_utf8(data, encoding="auto"):
    """Return (encoding name, UTF-8 bytes) for a file's bytes (docs/methodology.md, Encodings): auto reads UTF-16
    with a BOM, else leaves the bytes as UTF-8; windows-1258 and utf-16 are decoded with
    Python's own codecs (Windows-1258's tone marks stay combining characters: text is NFC'd
    later).  Line feeds stay where they were, so lines count the same."""
    utf16 = ("utf-16le" if data.startswith(b"\xff\xfe") and not data.startswith(b"\xff\xfe\0\0")
             else "utf-16be" if data.startswith(b"\xfe\xff") else None)
    if encoding in ("auto", "utf-8"):
        if utf16 and encoding == "auto":
            encoding = "utf-16"
        else:
            return "utf-8", data
    if encoding == "utf-16":
        if utf16 is None:
            utf16 = "utf-16le" if data[1:2] == b"\0" else "utf-16be"
            body = data
        else:
            body = data[2:]
        text = body.decode(utf16, "ref_one_unit")
        return utf16, text.encode("utf-8", "surrogateescape")
    text = data.decode("cp1258", "ref_one_unit")
    return "windows-1258", text.encode("utf-8", "surrogateescape")


def strip_bom(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FileError(1, 1, "encoding not UTF-8 (UTF-16/UTF-32 byte order mark)")
    return data


def detect_delimiter(data, start):
    """Most frequent of , ; TAB outside quotes on the header line; ties prefer
    comma, then semicolon, then tab."""
    counts = {b",": 0, b";": 0, b"\t": 0}
    in_quotes = False
    i, n = start, len(data)
    while i < n:
        b = data[i]
        if b == QUOTE:
            in_quotes = not in_quotes
        elif not in_quotes:
            if b == LF:
                break
            ch = data[i:i + 1]
            if ch in counts:
                counts[ch] += 1
        i += 1
    best = b","
    for cand in (b";", b"\t"):
        if counts[cand] > counts[best]:
            best = cand
    return best


def iter_records(data, delimiter, start=0):
    """Yield (line, [field bytes]) for every non-blank record of data."""
    d = delimiter[0]
    stop = re.compile(b"[" + re.escape(delimiter) + b"\n]")
    n = len(data)
    i = start
    line = 1
    while i < n:
        # Blank line: LF or CRLF right at the start of a record.
        if data[i] == LF:
            line += 1
            i += 1
            continue
        if data[i] == CR and i + 1 < n and data[i + 1] == LF:
            line += 1
            i += 2
            continue
        rec_line = line
        fields = []
        while True:
            buf = bytearray()
            if i < n and data[i] == QUOTE:
                i += 1
                while True:
                    j = data.find(b'"', i)
                    if j < 0:
                        raise FileError(rec_line, len(fields) + 1, "unterminated quote")
                    chunk = data[i:j]
                    line += chunk.count(b"\n")
                    buf += chunk
                    if j + 1 < n and data[j + 1] == QUOTE:
                        buf.append(QUOTE)
                        i = j + 2
                        continue
                    i = j + 1
                    break
            # Unquoted part (or literal tail after a closing quote).
            tail_start = len(buf)
            m = stop.search(data, i)
            j = m.start() if m else n
            buf += data[i:j]
            i = j
            if i < n and data[i] == d:
                fields.append(bytes(buf))
                i += 1
                if i >= n:
                    fields.append(b"")
                    break
                continue
            # End of record: LF or end of data.  Drop the CR of a CRLF.
            if len(buf) > tail_start and buf.endswith(b"\r"):
                del buf[-1]
            fields.append(bytes(buf))
            if i < n:  # LF
                line += 1
                i += 1
            break
        yield rec_line, fields


def read_table(data, delimiter_option="auto"):
    """Return (delimiter, header_line, header_fields, records iterator)."""
    data = strip_bom(data)
    if not data:
        raise FileError(1, 1, "empty file")
    # The header is the first non-blank record.
    i, line = 0, 1
    n = len(data)
    while i < n:
        if data[i] == LF:
            i += 1
            line += 1
        elif data[i] == CR and i + 1 < n and data[i + 1] == LF:
            i += 2
            line += 1
        else:
            break
    if i >= n:
        raise FileError(line, 1, "no header row")
    if delimiter_option == "auto":
        delimiter = detect_delimiter(data, i)
    else:
        delimiter = DELIMITERS[delimiter_option]
    it = iter_records(data, delimiter, 0)
    header_line, header = next(it)
    return delimiter, header_line, header, it
