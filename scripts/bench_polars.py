#!/usr/bin/env python3
"""Polars in `make bench`, for reference only: a plain per-province aggregate (received and
online in Q3 2025, no validation, no duplicate rule), the kind of query the issue's figures
were measured with. Usage: bench_polars.py EXPORT.csv THREADS"""
import os
import sys

os.environ.setdefault("POLARS_MAX_THREADS", sys.argv[2] if len(sys.argv) > 2 else "2")
import polars as pl  # noqa: E402

frame = (
    pl.scan_csv(sys.argv[1], separator=";", infer_schema=False, quote_char='"')
    .with_columns(pl.col("NgayTiepNhan").str.strptime(pl.Datetime, "%Y%m%d%H%M%S", strict=False).alias("received"))
    .filter((pl.col("received") >= pl.datetime(2025, 7, 1)) & (pl.col("received") < pl.datetime(2025, 10, 1)))
    .group_by("MaTinh")
    .agg(pl.len().alias("received"), (pl.col("KenhThucHien") == "2").sum().alias("online"))
    .sort("MaTinh")
    .collect()
)
print(frame.write_csv())
