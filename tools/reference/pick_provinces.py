#!/usr/bin/env python3
"""Copies the records of some provinces out of export files, for a cross-check run on part of
the country's exports.

Usage: pick_provinces.py OUT_DIR CODES INPUT...

CODES is a comma-separated list of province codes.  Each INPUT file (or a directory's *.csv
files) is read as the reference reads it (encoding, delimiter, quoting); its header and the
records whose province cell resolves to one of CODES are written to OUT_DIR under the same
name, UTF-8, same delimiter, LF, a field quoted when it holds the delimiter, a quote, CR or LF.
Records too short to have a province cell are dropped.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import reference  # noqa: E402
from ref_csv import decode_to_utf8, read_table  # noqa: E402
from ref_registry import resolve_province  # noqa: E402


def quote(field, delimiter):
    if any(b in field for b in (delimiter, b'"', b"\r", b"\n")):
        return b'"' + field.replace(b'"', b'""') + b'"'
    return field


def main(out_dir, codes, inputs):
    wanted = set(codes.split(","))
    os.makedirs(out_dir, exist_ok=True)
    for path in reference.list_inputs(inputs):
        with open(path, "rb") as f:
            _enc, data = decode_to_utf8(f.read())
        delimiter, header_line, header, records = read_table(data)
        column = reference.map_header(path, header_line, header)["province"][0]
        kept = [header]
        for _line, fields in records:
            if column < len(fields):
                code = resolve_province(fields[column].decode("utf-8", "replace"))
                if code in wanted:
                    kept.append(fields)
        with open(os.path.join(out_dir, os.path.basename(path)), "wb") as f:
            for fields in kept:
                f.write(delimiter.join(quote(x, delimiter) for x in fields) + b"\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
