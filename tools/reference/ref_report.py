"""The reference's output tables, built in full before anything is written (a refused ranking
writes nothing): indicators, rankings, provinces, units, the at-risk outlook, the trend, the
reconciliation with the published file and the focus province's standing."""

import os
from fractions import Fraction

from ref_metrics import (GROUPS, INTERNAL_FIELDS, TALLY_FIELDS, if_at_risk_overdue,
                         new_tally, period_bounds, period_name, period_of, period_shift, score,
                         tally_add, round_half_away)
from ref_ranking import entries, percentile, points_to_target, quantile, rank, refusal_message
from ref_registry import NAMES
from ref_units import UNIT_COLUMNS, describe, unit_key, unit_tables

GUARD = True


class Refused(Exception):
    """The reported period cannot be ranked on one basis (exit 65)."""


def guard(text):
    """CWE-1236: a text cell starting with = + - @ TAB CR gets a leading '."""
    if GUARD and text and text[0] in "=+-@\t\r":
        return "'" + text
    return text


def fmt(value, places):
    return "" if value is None else round_half_away(value, places)


def tallies(kept, focus, start, end_p, calendar_end):
    """Per-province and per-unit (focus province) tallies of one period."""
    provinces, units = {}, {}
    for did in sorted(kept):
        d = kept[did]
        tally_add(provinces.setdefault(d["province"], new_tally()), d, start, end_p, calendar_end)
        if d["province"] == focus:
            tally_add(units.setdefault(unit_key(d), new_tally()), d, start, end_p, calendar_end)
    return provinces, units


def score_period(provinces, published, methodology):
    """(scores of the computed provinces, entries to be ranked) of one period."""
    computed = sorted(code for code, t in provinces.items() if t["in_scope"] > 0)
    scores = {c: score(provinces[c], methodology, published.get(c)) for c in computed}
    return scores, entries(scores, published, methodology)


def ranking_cells(e):
    groups = [fmt(e["groups"].get(g), 2) for g in GROUPS]
    return ([e["code"], guard(NAMES[e["code"]]), e["source"], fmt(e["total"], 2)] + groups
            + [fmt(e["basis"], 2), fmt(e["published_points"], 2)])


RANKING_COLUMNS = ["province_code", "province_name", "source", "total"] + GROUPS + [
    "basis", "published_points"]


def build(kept, period, as_of, focus, top, methodology, published_file):
    """{file name: (header, rows)}; raises Refused."""
    start, calendar_end = period_bounds(period)
    end_p = calendar_end if as_of is None else min(calendar_end, as_of)
    cut = calendar_end if end_p < calendar_end else None
    published_p = published_file.for_period(period) if published_file else {}

    provinces, units = tallies(kept, focus, start, end_p, cut)
    scores, to_rank = score_period(provinces, published_p, methodology)
    ranked, refused = rank(to_rank, methodology)
    if ranked is None:
        raise Refused(refusal_message(refused, methodology))
    out = {}

    ind_rows = []
    for code in sorted(scores):
        for r in scores[code]["rows"]:
            points = r["points"] if r["points"] is not None else Fraction(0)
            ind_rows.append([code, r["indicator"], r["group"], r["source"], r["numerator"],
                             r["denominator"], fmt(r["rate"], 4), fmt(points, 2),
                             fmt(r["max"], 2), r["status"]])
    out["indicators.csv"] = (["province_code", "indicator", "group", "source", "numerator",
                              "denominator", "rate", "points", "max", "status"], ind_rows)

    out["rankings.csv"] = (["rank"] + RANKING_COLUMNS + ["percentile"],
                           [[e["rank"]] + ranking_cells(e) + [fmt(e["percentile"], 2)]
                            for e in ranked])

    prov_fields = [f for f in TALLY_FIELDS if f not in INTERNAL_FIELDS]
    out["provinces.csv"] = (["province_code"] + prov_fields,
                            [[code] + [provinces[code][f] for f in prov_fields]
                             for code in sorted(scores)])

    unit_rows, level_rows = unit_tables(units, describe(kept, focus), methodology)
    out["units.csv"] = (UNIT_COLUMNS, [[guard(row[0])] + row[1:] for row in unit_rows])
    out["unit_levels.csv"] = (["level", "ranked", "median", "p75"], level_rows)

    # What is still to play for: the focus province's total if every at-risk dossier turned
    # overdue (written only when as-of ended the period early).
    at_risk_rows = []
    if cut is not None and focus in scores:
        worse = score(if_at_risk_overdue(provinces[focus]), methodology, published_p.get(focus))
        at_risk_rows.append([provinces[focus]["at_risk"], fmt(scores[focus]["total"], 2),
                             fmt(worse["total"], 2)])
    out["focus_at_risk.csv"] = (["at_risk", "total", "total_if_overdue"], at_risk_rows)

    trend = trend_periods(kept, period, focus, methodology, published_file)
    trend.append((sum(t["received"] for t in provinces.values()),
                  [[period_name(period), e["rank"]] + ranking_cells(e) for e in ranked]))
    out["trend.csv"] = (["period", "rank"] + RANKING_COLUMNS + ["coverage"], with_coverage(trend))

    out["published_reconciliation.csv"] = reconciliation(scores, published_p, methodology)
    out["focus_total.csv"] = focus_total(ranked, focus, top)
    return out


def trend_periods(kept, period, focus, methodology, published_file):
    """[(dossiers received, rows)] of the earlier periods of the same kind, whole, from the first
    with a received dossier and at most 12 before, each ranked with the published rows of that
    period; a period that cannot be ranked on one basis lists its computed provinces, unranked,
    by code."""
    start = period_bounds(period)[0]
    received = [period_of(period[0], d["received_at"]) for d in kept.values()
                if d["status"] not in (1, 3)]
    earlier = []
    if received:
        first = min(received, key=lambda p: period_bounds(p)[0])
        oldest = period_shift(period, -12)
        q = first if period_bounds(first)[0] > period_bounds(oldest)[0] else oldest
        while period_bounds(q)[0] < start:
            earlier.append(q)
            q = period_shift(q, 1)
    periods = []
    for q in earlier:
        q_start, q_end = period_bounds(q)
        q_provinces, _ = tallies(kept, focus, q_start, q_end, None)
        q_published = published_file.for_period(q) if published_file else {}
        _scores, to_rank = score_period(q_provinces, q_published, methodology)
        ranked, _refused = rank(to_rank, methodology)
        if ranked is None:
            ranked = [dict(e, rank="") for code, e in sorted(to_rank.items())
                      if e["source"] == "computed"]
        periods.append((sum(t["received"] for t in q_provinces.values()),
                        [[period_name(q), e["rank"]] + ranking_cells(e) for e in ranked]))
    return periods


def coverage(counts):
    """full or partial for each count of dossiers received (all provinces, status not 1 or 3) in
    the trend's periods, P included: partial when 2 x count < their median."""
    median = quantile(counts, "1/2")
    return ["partial" if 2 * n < median else "full" for n in counts]


def with_coverage(periods):
    """The trend's rows, each with its period's coverage."""
    marks = coverage([n for n, _rows in periods])
    return [row + [mark] for mark, (_n, rows) in zip(marks, periods) for row in rows]


def reconciliation(scores, published_p, methodology):
    """One row per computed province x exports (or published-first) indicator that the file
    gives for the reported period: both sides and computed - published."""
    rows = []
    for code in sorted(scores):
        given = published_p.get(code, {})
        for ind, r in zip(methodology, scores[code]["rows"]):
            if ind.source == "published" or ind.id not in given:
                continue
            status, num, den, _rate, points = r["computed"]
            p = given[ind.id]
            rows.append([code, ind.id, num, den, fmt(points, 2), p.numerator, p.denominator,
                         fmt(p.points, 2), fmt(_minus(points, p.points), 2),
                         _minus(num, p.numerator), _minus(den, p.denominator)])
    header = ["province_code", "indicator", "computed_numerator", "computed_denominator",
              "computed_points", "published_numerator", "published_denominator",
              "published_points", "points_difference", "numerator_difference",
              "denominator_difference"]
    return header, rows


def _minus(a, b):
    return None if a is None or b is None else a - b


def focus_total(ranked, focus, top):
    totals = [e["total"] for e in ranked]
    mine = next((e for e in ranked if e["code"] == focus), None)
    rows = []
    if mine is not None:
        rows.append([mine["rank"], fmt(mine["basis"], 2),
                     fmt(points_to_target(ranked, focus, top), 2), fmt(quantile(totals, "1/2"), 2),
                     fmt(quantile(totals, "3/4"), 2), fmt(percentile(mine["rank"], len(ranked)), 2)])
    return ["rank", "basis", "points_to_target", "median", "p75", "percentile"], rows


def write_all(out_dir, tables):
    for name, (header, rows) in tables.items():
        write_csv(os.path.join(out_dir, name), header, rows)


def csv_cell(value):
    s = "" if value is None else str(value)
    if any(c in s for c in ',"\n\r'):
        s = '"' + s.replace('"', '""') + '"'
    return s


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(csv_cell(v) for v in row) + "\n")
