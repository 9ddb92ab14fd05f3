#!/usr/bin/env python3
"""The Polars side of `make bench`, in two forms.

By default: per-province received / on-time / online counts for one quarter of a generated export
(DVCQG or canonical layout) with the same rules as service-index and as scripts/bench_duckdb.py
(docs/methodology.md): every column read as text, rows service-index would reject left out,
pre-merger codes mapped, duplicate dossier ids keeping their most advanced record. Prints CSV:
province_code,received,on_time,online, to be checked against the DuckDB query.

With --plain: a plain per-province aggregate (received and online in the quarter, no validation,
no duplicate rule), the kind of query an analyst types first.

Usage: bench_polars.py [--plain] EXPORT.csv QUARTER_START QUARTER_END REGISTRY.csv [THREADS] [LAYOUT]
"""
import os
import sys
from datetime import datetime

ARGS = sys.argv[1:]
PLAIN = ARGS[:1] == ["--plain"]
ARGS = ARGS[1:] if PLAIN else ARGS
os.environ.setdefault("POLARS_MAX_THREADS", ARGS[4] if len(ARGS) > 4 else "2")
import polars as pl  # noqa: E402

from bench_duckdb import LAYOUTS, province_map  # noqa: E402


def column(spec, key):
    """The trimmed text of a column; null when the layout has no such column."""
    name = spec["columns"][key]
    return pl.col(name).str.strip_chars(" ") if name else pl.lit(None, dtype=pl.Utf8)


def same_rules(path, start, end, registry, spec):
    """The per-province counts of service-index, computed with Polars' lazy engine."""
    text = lambda key: column(spec, key).fill_null("")  # noqa: E731
    stamp = lambda key: column(spec, key).str.strptime(pl.Datetime("us"), spec["time"], strict=False)  # noqa: E731
    flags = ["has_fee", "digitized", "reused", "e_result", "synced", "complaint"]
    provinces = pl.LazyFrame(
        sorted(province_map(registry).items()), schema={"old": pl.Int32, "province": pl.Int32}, orient="row")
    raw = pl.scan_csv(path, separator=spec["delim"], infer_schema=False, quote_char='"')
    parsed = raw.select(
        text("id").alias("id"),
        column(spec, "province").alias("province_text"),
        text("channel").alias("channel"),
        text("status").alias("status_text"),
        stamp("received").alias("received"),
        *[text(key).alias(f"{key}_text") for key in ["due", "finished", "returned", "refused", "requested"]],
        *[stamp(key).alias(key) for key in ["due", "finished", "returned", "refused", "requested"]],
        text("supp").alias("supp_text"),
        text("days").alias("days_text"),
        *[text(key).alias(f"flag_{key}") for key in flags],
        text("paid").alias("paid"),
        text("rating").alias("rating"),
    ).with_columns(
        pl.when(pl.col("province_text").str.len_chars() <= 2)
        .then(pl.col("province_text").cast(pl.Int32, strict=False)).alias("old"),
        pl.col("status_text").cast(pl.Int32, strict=False).alias("status"),
        pl.col("supp_text").cast(pl.Int64, strict=False).fill_null(0).alias("supp"),
        pl.col("days_text").cast(pl.Float64, strict=False).fill_null(0.0).alias("days"),
    ).join(provinces, on="old", how="inner")

    def empty_or(key, valid):
        return (pl.col(f"{key}_text") == "") | valid

    valid = parsed.filter(
        (pl.col("id") != "") & pl.col("channel").is_in(["", "1", "2", "3"])
        & pl.col("status").is_between(1, 10) & pl.col("status_text").str.contains(r"^[0-9]+$")
        & pl.col("received").is_not_null()
        & empty_or("due", pl.col("due").is_not_null() & (pl.col("due") >= pl.col("received")))
        & empty_or("finished", pl.col("finished").is_not_null() & (pl.col("finished") >= pl.col("received")))
        & empty_or("returned", pl.col("returned").is_not_null())
        & empty_or("refused", pl.col("refused").is_not_null())
        & ((pl.col("supp_text") == "") | pl.col("supp_text").str.contains(r"^[0-9]+$"))
        & ((pl.col("days_text") == "") | pl.col("days_text").str.contains(r"^[0-9]*[.,]?[0-9]*$"))
        & pl.all_horizontal([pl.col(f"flag_{key}").is_in(["", "0", "1"]) for key in flags])
        & pl.col("paid").is_in(["", "0", "1", "2"]) & pl.col("rating").is_in(["", "1", "2", "3"])
        & empty_or("requested", pl.col("requested").is_not_null())
    )
    end_time = pl.coalesce(
        pl.col("finished"),
        pl.when(pl.col("status").is_in([3, 8])).then(pl.col("refused"))
        .when(pl.col("status").is_in([7, 10])).then(pl.col("returned")),
    )
    kept = (
        valid.with_columns(end_time.alias("end_time"))
        .with_columns(
            pl.coalesce(pl.col("end_time"), pl.when(pl.col("status") == 5).then(pl.col("requested")))
            .alias("timeliness_end"),
            pl.col("end_time").is_not_null().alias("has_end"),
        )
        .sort(["id", "has_end", "end_time", "received", "status"],
              descending=[False, True, True, True, True], nulls_last=True)
        .unique(subset="id", keep="first")
    )
    counted = pl.col("status").is_in([1, 3]).not_()
    in_period = (pl.col("received") >= start) & (pl.col("received") < end)
    due = pl.col("due") + pl.duration(seconds=(pl.col("days") * 86400).floor().cast(pl.Int64))
    on_time = (
        counted & (pl.col("received") < end) & (pl.col("timeliness_end") >= start)
        & (pl.col("timeliness_end") < end) & pl.col("due").is_not_null() & (pl.col("supp") <= 1)
        & (pl.col("timeliness_end") <= due)
    )
    return kept.group_by("province").agg(
        (counted & in_period).sum().alias("received"),
        on_time.sum().alias("on_time"),
        (counted & in_period & (pl.col("channel") == "2")).sum().alias("online"),
    )


def plain(path, start, end, spec):
    """What an analyst types first: received and online per province code, as written."""
    columns = spec["columns"]
    return (
        pl.scan_csv(path, separator=spec["delim"], infer_schema=False, quote_char='"')
        .with_columns(pl.col(columns["received"]).str.strptime(pl.Datetime, spec["time"], strict=False)
                      .alias("received_time"))
        .filter((pl.col("received_time") >= start) & (pl.col("received_time") < end))
        .group_by(pl.col(columns["province"]).alias("province"))
        .agg(pl.len().alias("received"), pl.lit(None).alias("on_time"),
             (pl.col(columns["channel"]) == "2").sum().alias("online"))
    )


def main():
    path, start, end, registry = ARGS[:4]
    spec = LAYOUTS[ARGS[5] if len(ARGS) > 5 else "dvcqg"]
    start, end = datetime.fromisoformat(start), datetime.fromisoformat(end)
    frame = (plain(path, start, end, spec) if PLAIN else same_rules(path, start, end, registry, spec))
    frame = frame.sort("province").collect()
    print("province_code,received,on_time,online")
    for province, received, on_time, online in frame.iter_rows():
        code = f"{int(province):02d}" if province is not None and not PLAIN else (province or "")
        print(f"{code},{received},{'' if on_time is None else on_time},{online}")


if __name__ == "__main__":
    main()
