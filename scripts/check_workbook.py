#!/usr/bin/env python3
"""Checks a report directory's report.xlsx against the CSV files beside it.

Every CSV table has its sheet (named as in the workbook's English labels, or its file name),
and every cell of the sheet holds the CSV's value: a number cell exactly the CSV's number, a
text cell the CSV's text without the formula guard (never a formula), an empty cell an empty
field. Rates are shown as percentages. A sheet lists at most 100,000 rows and then says how
many there were. The summary sheet comes first and the ranking chart is there, with one bar in
its own colour. The document's times are the end of the period, never the clock.

usage: check_workbook.py REPORT_DIR [--lang en|vi]
Exits 1 with one line per difference.
"""
import csv
import json
import re
import sys
import zipfile
from datetime import datetime, timezone
from pathlib import Path

try:
    import openpyxl
except ImportError:
    sys.exit("openpyxl is missing: python3 -m pip install openpyxl (make test installs it)")

SHEETS = {
    "en": {
        "rankings": "Rankings", "focus": "Gap analysis", "indicators": "Indicators", "provinces": "Provinces",
        "units": "Units", "procedures": "Procedures", "trend": "Trend", "rejects": "Rejected rows",
        "reconciliation": "Portal reconciliation",
    },
    "vi": {
        "rankings": "Xếp hạng", "focus": "Phân tích khoảng cách", "indicators": "Chỉ tiêu",
        "provinces": "Số liệu tỉnh", "units": "Đơn vị", "procedures": "Thủ tục", "trend": "Xu hướng",
        "rejects": "Dòng bị loại", "reconciliation": "Đối soát với Cổng",
    },
}
SUMMARY = {"en": "Summary", "vi": "Tổng quan"}
ROW_LIMIT = 100_000
GUARDS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# A control character in a cell is stored as _xHHHH_, which a spreadsheet reads back as the
# character (openpyxl leaves it as stored).
ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def stored(text):
    return ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)


def unguarded(field):
    if len(field) >= 2 and field[0] == "'" and field[1] in GUARDS:
        return field[1:]
    return field


def check_table(sheet, xml, rows, name, problems):
    header, data = rows[0], rows[1:]
    cells = [tuple(row) for row in sheet.iter_rows(values_only=False)]
    if len(cells[0]) < len(header) or any(c.value in (None, "") for c in cells[0][: len(header)]):
        problems.append(f"{name}: header row has {len(cells[0])} labels for {len(header)} columns")
    shown = data[:ROW_LIMIT]
    for index, row in enumerate(shown, start=1):
        sheet_row = cells[index] if index < len(cells) else ()
        for column, field in enumerate(row):
            cell = sheet_row[column] if column < len(sheet_row) else None
            value = cell.value if cell is not None else None
            where = f"{name} row {index + 1} {header[column]}"
            if field == "":
                if value not in (None, ""):
                    problems.append(f"{where}: expected an empty cell, found {value!r}")
            elif isinstance(value, str):
                if cell.data_type == "f":
                    problems.append(f"{where}: a formula {value!r}")
                elif stored(value) != unguarded(field):
                    problems.append(f"{where}: text {value!r}, the CSV has {field!r}")
                elif NUMBER.fullmatch(field) and header[column] not in TEXT_COLUMNS:
                    problems.append(f"{where}: the number {field} is stored as text")
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                if not NUMBER.fullmatch(field) or float(field) != value:
                    problems.append(f"{where}: number {value!r}, the CSV has {field!r}")
                elif is_rate(header[column]) and "%" not in cell.number_format:
                    problems.append(f"{where}: a rate shown as {cell.number_format!r}, not a percentage")
            else:
                problems.append(f"{where}: {value!r} for the CSV's {field!r}")
    rest = [r for r in cells[len(shown) + 1 :] if any(c.value not in (None, "") for c in r)]
    if len(data) > ROW_LIMIT:
        note = " ".join(str(c.value) for r in rest for c in r if c.value is not None)
        if f"{len(data)}" not in note:
            problems.append(f"{name}: {len(data)} rows, {len(shown)} shown, and no line saying {len(data)}")
    elif name == "rejects":
        if len(rest) != 1:
            problems.append(f"{name}: expected one line after the table, found {len(rest)}")
    elif rest:
        problems.append(f"{name}: {len(rest)} rows more than the CSV's {len(data)}")
    if not re.search(r'<pane [^>]*topLeftCell="A2"[^>]*state="frozen"', xml):
        problems.append(f"{name}: header not frozen")
    if not re.search(r'<autoFilter ref="A1:', xml):
        problems.append(f"{name}: no filter on the header")


TEXT_COLUMNS = {
    "province_code", "province_name", "unit_code", "unit_name", "procedure_code", "dossier_id", "value", "column",
    "file", "message", "note", "indicator", "period",
}


def is_rate(column):
    return column == "rate" or column.endswith("_rate") or column == "dossier_satisfaction"


def read_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return list(csv.reader(handle))


def check_chart(path, rankings_sheet, problems):
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)]
        if not charts:
            problems.append("no chart in the workbook")
            return
        xml = archive.read(charts[0]).decode("utf-8")
    if "<c:barChart>" not in xml:
        problems.append("the chart is not a bar chart")
    if xml.count("<c:dPt>") != 1:
        problems.append(f"expected one bar in its own colour, found {xml.count('<c:dPt>')}")
    if rankings_sheet not in xml:
        problems.append(f"the chart does not draw from the {rankings_sheet} sheet")


def check_timestamps(directory, problems):
    """The document's times are the end the report used (the period's calendar end, or as-of),
    and every zip entry's time is fixed: nothing comes from the clock."""
    with zipfile.ZipFile(directory / "report.xlsx") as archive:
        times = {info.date_time for info in archive.infolist()}
        core = archive.read("docProps/core.xml").decode("utf-8")
    if times != {(1980, 1, 1, 0, 0, 0)}:
        problems.append(f"zip entries carry times {sorted(times)}")
    period = json.loads((directory / "run.json").read_text(encoding="utf-8")).get("period", {})
    end = period.get("end")
    if end:
        stamp = datetime.fromisoformat(end).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        for field in ("created", "modified"):
            if f'<dcterms:{field} xsi:type="dcterms:W3CDTF">{stamp}</dcterms:{field}>' not in core:
                problems.append(f"the document's {field} time is not {stamp}, the end of {period.get('name')}")
    else:
        problems.append("run.json names no period end")


def main():
    directory = Path(sys.argv[1])
    lang = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--lang" else "en"
    problems = []
    # Read-only: fast on a sheet of 100,000 rows. The frozen pane and the filter are read from
    # the sheet's XML (libxlsxwriter numbers the sheet files in sheet order).
    workbook = openpyxl.load_workbook(directory / "report.xlsx", read_only=True)
    with zipfile.ZipFile(directory / "report.xlsx") as archive:
        xml = {
            title: archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")
            for index, title in enumerate(workbook.sheetnames, start=1)
        }
    if workbook.sheetnames[0] != SUMMARY[lang]:
        problems.append(f"the first sheet is {workbook.sheetnames[0]!r}, not the summary")
    for path in sorted(directory.glob("*.csv")):
        name = path.stem
        title = SHEETS[lang].get(name, name)
        if title not in workbook.sheetnames:
            problems.append(f"{path.name}: no sheet {title!r} among {workbook.sheetnames}")
            continue
        check_table(workbook[title], xml[title], read_csv(path), name, problems)
    check_chart(directory / "report.xlsx", SHEETS[lang]["rankings"], problems)
    check_timestamps(directory, problems)
    for problem in problems[:50]:
        print(problem)
    if problems:
        print(f"{len(problems)} difference(s) between report.xlsx and the CSV files", file=sys.stderr)
        sys.exit(1)
    print(f"report.xlsx matches the {len(list(directory.glob('*.csv')))} CSV files of {directory}")


if __name__ == "__main__":
    main()
