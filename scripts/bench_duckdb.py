#!/usr/bin/env python3
"""The DuckDB side of `make bench`: per-province received / on-time / online counts for one
quarter of a DVCQG-style export, computed with the same rules as service-index (docs/methodology.md):
rows service-index would reject are left out, pre-merger codes are mapped, duplicate dossier ids
keep their most advanced record. Prints CSV: province_code,received,on_time,online.

Usage: bench_duckdb.py EXPORT.csv QUARTER_START QUARTER_END REGISTRY.csv [THREADS]
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


QUERY = """
WITH raw AS (
  SELECT * FROM read_csv($path, delim=';', header=true, quote='"', escape='"', all_varchar=true,
                         ignore_errors=true, null_padding=false)
), parsed AS (
  SELECT trim(MaHoSo) AS id, m.new AS province, coalesce(trim(KenhThucHien), '') AS channel,
         TRY_CAST(trim(TrangThaiHoSo) AS INTEGER) AS status,
         coalesce(trim(TrangThaiHoSo), '') AS status_text,
         try_strptime(trim(NgayTiepNhan), '%Y%m%d%H%M%S') AS received,
         coalesce(trim(NgayHenTra), '') AS due_text, try_strptime(trim(NgayHenTra), '%Y%m%d%H%M%S') AS due,
         coalesce(trim(NgayKetThucXuLy), '') AS finished_text,
         try_strptime(trim(NgayKetThucXuLy), '%Y%m%d%H%M%S') AS finished,
         coalesce(trim(NgayTra), '') AS returned_text, try_strptime(trim(NgayTra), '%Y%m%d%H%M%S') AS returned,
         coalesce(trim(NgayTuChoi), '') AS refused_text, try_strptime(trim(NgayTuChoi), '%Y%m%d%H%M%S') AS refused,
         coalesce(trim(SoLanBoSung), '') AS supp_text, coalesce(TRY_CAST(trim(SoLanBoSung) AS INTEGER), 0) AS supp,
         coalesce(trim(SoNgayBoSung), '') AS days_text, coalesce(TRY_CAST(trim(SoNgayBoSung) AS DOUBLE), 0) AS days,
         [coalesce(trim(CoPhiLePhi), ''), coalesce(trim(HoSoCoThanhPhanSoHoa), ''), coalesce(trim(DuocTaiSuDung), ''),
          coalesce(trim(CoKetQuaDienTu), ''), coalesce(trim(DaDongBo), ''), coalesce(trim(CoPhanAnhKienNghi), '')] AS flags,
         coalesce(trim(DuocThanhToanTrucTuyen), '') AS paid, coalesce(trim(MucDoHaiLong), '') AS rating,
         coalesce(trim(NgayYeuCauBoSung), '') AS requested_text,
         try_strptime(trim(NgayYeuCauBoSung), '%Y%m%d%H%M%S') AS requested
  FROM raw JOIN provinces m ON m.old = TRY_CAST(trim(MaTinh) AS INTEGER) AND length(trim(MaTinh)) <= 2
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


def main():
    path, start, end, registry = sys.argv[1:5]
    threads = int(sys.argv[5]) if len(sys.argv) > 5 else 2
    connection = duckdb.connect()
    connection.execute(f"SET threads = {threads}")
    connection.execute("CREATE TABLE provinces(old INTEGER, new INTEGER)")
    connection.executemany("INSERT INTO provinces VALUES (?, ?)", sorted(province_map(registry).items()))
    rows = connection.execute(
        QUERY, {"path": path, "start": f"{start} 00:00:00", "end": f"{end} 00:00:00"}).fetchall()
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["province_code", "received", "on_time", "online"])
    for province, received, on_time, online in rows:
        writer.writerow([f"{province:02d}", received, on_time, online])


if __name__ == "__main__":
    main()
