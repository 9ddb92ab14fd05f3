#!/usr/bin/env python3
"""The DuckDB side of `make bench`: per-province received / on-time / online counts for one
quarter of a generated export (DVCQG or canonical layout), computed with the same rules as
service-index (docs/methodology.md): rows service-index would reject are left out, pre-merger
codes are mapped, duplicate dossier ids keep their most advanced record. Prints CSV:
province_code,received,on_time,online.

With --plain it runs instead what an analyst types first: a typed read_csv and per-province
received / online / on-time counts, no validation, no duplicate rule (the counts differ).

Usage: bench_duckdb.py [--plain] EXPORT.csv QUARTER_START QUARTER_END REGISTRY.csv [THREADS] [LAYOUT]
"""
import csv
import sys

import duckdb


def province_map(registry_path):
    """code number -> today's code, from `service-index provinces` (current and pre-merger)."""
    mapping = {}
    with open(registry_path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            code = int(row["province_code"])
            for part in filter(None, row["merged_from"].split("; ")):
                mapping.setdefault(int(part.rsplit("(", 1)[1].rstrip(")")), code)
    with open(registry_path, encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            mapping[int(row["province_code"])] = int(row["province_code"])
    return mapping


# Per layout: the delimiter, the datetime format and the header of each column ('' when the
# layout has no such column).
LAYOUTS = {
    "dvcqg": {
        "delim": ";", "time": "%Y%m%d%H%M%S",
        "columns": {
            "id": "MaHoSo", "province": "MaTinh", "channel": "KenhThucHien", "status": "TrangThaiHoSo",
            "received": "NgayTiepNhan", "due": "NgayHenTra", "finished": "NgayKetThucXuLy",
            "returned": "NgayTra", "refused": "NgayTuChoi", "supp": "SoLanBoSung", "days": "SoNgayBoSung",
            "has_fee": "CoPhiLePhi", "digitized": "HoSoCoThanhPhanSoHoa", "reused": "DuocTaiSuDung",
            "e_result": "CoKetQuaDienTu", "synced": "DaDongBo", "complaint": "CoPhanAnhKienNghi",
            "paid": "DuocThanhToanTrucTuyen", "rating": "MucDoHaiLong", "requested": "NgayYeuCauBoSung",
        },
    },
    "canonical": {
        "delim": ",", "time": "%Y-%m-%d %H:%M:%S",
        "columns": {
            "id": "dossier_id", "province": "province", "channel": "channel", "status": "status",
            "received": "received_at", "due": "due_at", "finished": "finished_at",
            "returned": "returned_at", "refused": "refused_at", "supp": "supplement_count",
            "days": "supplement_days", "has_fee": "", "digitized": "", "reused": "", "e_result": "",
            "synced": "synced", "complaint": "", "paid": "paid_online", "rating": "rating",
            "requested": "supplement_requested_at",
        },
    },
}

QUERY = """
WITH raw AS (
  SELECT * FROM read_csv($path, delim='{delim}', header=true, quote='"', escape='"', all_varchar=true,
                         ignore_errors=true, null_padding=false)
), parsed AS (
  SELECT trim({c[id]}) AS id, m.new AS province, coalesce(trim({c[channel]}), '') AS channel,
         TRY_CAST(trim({c[status]}) AS INTEGER) AS status,
         coalesce(trim({c[status]}), '') AS status_text,
         try_strptime(trim({c[received]}), '{time}') AS received,
         coalesce(trim({c[due]}), '') AS due_text, try_strptime(trim({c[due]}), '{time}') AS due,
         coalesce(trim({c[finished]}), '') AS finished_text,
         try_strptime(trim({c[finished]}), '{time}') AS finished,
         coalesce(trim({c[returned]}), '') AS returned_text, try_strptime(trim({c[returned]}), '{time}') AS returned,
         coalesce(trim({c[refused]}), '') AS refused_text, try_strptime(trim({c[refused]}), '{time}') AS refused,
         coalesce(trim({c[supp]}), '') AS supp_text, coalesce(TRY_CAST(trim({c[supp]}) AS INTEGER), 0) AS supp,
         coalesce(trim({c[days]}), '') AS days_text, coalesce(TRY_CAST(trim({c[days]}) AS DOUBLE), 0) AS days,
         [coalesce(trim({c[has_fee]}), ''), coalesce(trim({c[digitized]}), ''), coalesce(trim({c[reused]}), ''),
          coalesce(trim({c[e_result]}), ''), coalesce(trim({c[synced]}), ''), coalesce(trim({c[complaint]}), '')] AS flags,
         coalesce(trim({c[paid]}), '') AS paid, coalesce(trim({c[rating]}), '') AS rating,
         coalesce(trim({c[requested]}), '') AS requested_text,
         try_strptime(trim({c[requested]}), '{time}') AS requested
  FROM raw JOIN provinces m ON m.old = TRY_CAST(trim({c[province]}) AS INTEGER) AND length(trim({c[province]})) <= 2
), valid AS (
  SELECT * FROM parsed
  WHERE id <> '' AND channel IN ('', '1', '2', '3') AND status BETWEEN 1 AND 10
    AND regexp_full_match(status_text, '[0-9]+') AND received IS NOT NULL
    AND (due_text = '' OR (due IS NOT NULL AND due >= received))
    AND (finished_text = '' OR (finished IS NOT NULL AND finished >= received))
    AND (returned_text = '' OR returned IS NOT NULL) AND (refused_text = '' OR refused IS NOT NULL)
    AND (supp_text = '' OR regexp_full_match(supp_text, '[0-9]+'))
    AND (days_text = '' OR regexp_full_match(days_text, '[0-9]*[.,]?[0-9]*'))
    AND list_bool_and(list_transform(flags, lambda f: f IN ('', '0', '1')))
    AND paid IN ('', '0', '1', '2') AND rating IN ('', '1', '2', '3')
    AND (requested_text = '' OR requested IS NOT NULL)
), ended AS (
  SELECT *, coalesce(finished, CASE WHEN status IN (3, 8) THEN refused WHEN status IN (7, 10) THEN returned END)
            AS end_time FROM valid
), settled AS (
  -- The timeliness end: the end time, or the request time of a dossier waiting for a supplement.
  SELECT *, coalesce(end_time, CASE WHEN status = 5 THEN requested END) AS timeliness_end FROM ended
), kept AS (
  SELECT * FROM settled
  QUALIFY row_number() OVER (PARTITION BY id ORDER BY end_time IS NOT NULL DESC, end_time DESC NULLS LAST,
                                                      received DESC, status DESC) = 1
)
SELECT province,
  count(*) FILTER (WHERE status NOT IN (1, 3) AND received >= $start AND received < $end) AS received,
  count(*) FILTER (WHERE status NOT IN (1, 3) AND received < $end AND timeliness_end >= $start
                   AND timeliness_end < $end AND due IS NOT NULL AND supp <= 1
                   AND timeliness_end <= due + to_seconds(floor(days * 86400)::BIGINT)) AS on_time,
  count(*) FILTER (WHERE status NOT IN (1, 3) AND received >= $start AND received < $end AND channel = '2') AS online
FROM kept GROUP BY province ORDER BY province
"""


PLAIN_QUERY = """
SELECT {province} AS province,
  count(*) FILTER (WHERE {received} >= $start AND {received} < $end) AS received,
  count(*) FILTER (WHERE {finished} >= $start AND {finished} < $end AND {finished} <= {due}) AS on_time,
  count(*) FILTER (WHERE {received} >= $start AND {received} < $end AND {channel} = 2) AS online
FROM read_csv($path, delim='{delim}', header=true, quote='"', escape='"', timestampformat='{time}', ignore_errors=true,
              types={{'{province}': 'INTEGER', '{channel}': 'INTEGER', '{received}': 'TIMESTAMP',
                      '{due}': 'TIMESTAMP', '{finished}': 'TIMESTAMP'}})
GROUP BY ALL ORDER BY 1
"""


def query(layout, plain):
    """The query text for `layout`, with its column names, delimiter and time format."""
    spec = LAYOUTS[layout]
    if plain:
        return PLAIN_QUERY.format(delim=spec["delim"], time=spec["time"], **spec["columns"])
    columns = {key: (f'"{name}"' if name else "NULL") for key, name in spec["columns"].items()}
    return QUERY.replace("{delim}", spec["delim"]).replace("{time}", spec["time"]).format(c=columns)


def main():
    args = sys.argv[1:]
    plain = args[:1] == ["--plain"]
    args = args[1:] if plain else args
    path, start, end, registry = args[:4]
    threads = int(args[4]) if len(args) > 4 else 2
    layout = args[5] if len(args) > 5 else "dvcqg"
    connection = duckdb.connect()
    connection.execute(f"SET threads = {threads}")
    connection.execute("CREATE TABLE provinces(old INTEGER, new INTEGER)")
    connection.executemany("INSERT INTO provinces VALUES (?, ?)", sorted(province_map(registry).items()))
    rows = connection.execute(
        query(layout, plain), {"path": path, "start": f"{start} 00:00:00", "end": f"{end} 00:00:00"}).fetchall()
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["province_code", "received", "on_time", "online"])
    for province, received, on_time, online in rows:
        writer.writerow([f"{province:02d}" if province is not None else "", received, on_time, online])


if __name__ == "__main__":
    main()
