#!/usr/bin/env python3
"""Polars in `make bench`, for reference only: a plain per-province aggregate (received and
online in Q3 2025, no validation, no duplicate rule), the kind of query an analyst types first.
Usage: bench_polars.py EXPORT.csv THREADS [LAYOUT]   (LAYOUT: dvcqg (default) or canonical)"""
import os
import sys

os.environ.setdefault("POLARS_MAX_THREADS", sys.argv[2] if len(sys.argv) > 2 else "2")
import polars as pl  # noqa: E402

LAYOUTS = {
    "dvcqg": (";", "%Y%m%d%H%M%S", "MaTinh", "KenhThucHien", "NgayTiepNhan"),
    "canonical": (",", "%Y-%m-%d %H:%M:%S", "province", "channel", "received_at"),
}
separator, time_format, province, channel, received = LAYOUTS[sys.argv[3] if len(sys.argv) > 3 else "dvcqg"]

frame = (
    pl.scan_csv(sys.argv[1], separator=separator, infer_schema=False, quote_char='"')
    .with_columns(pl.col(received).str.strptime(pl.Datetime, time_format, strict=False).alias("received"))
    .filter((pl.col("received") >= pl.datetime(2025, 7, 1)) & (pl.col("received") < pl.datetime(2025, 10, 1)))
    .group_by(province)
    .agg(pl.len().alias("received"), (pl.col(channel) == "2").sum().alias("online"))
    .sort(province)
    .collect()
)
print(frame.write_csv())
