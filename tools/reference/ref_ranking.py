"""Ranking on one basis, the percentile, median and P75 of the ranked totals, and the focus
province's points to the target rank (docs/methodology.md, Ranking, Gap analysis).

* Provinces to be ranked: the computed ones (at least one in-scope dossier in the period) and
  the published ones (none) whose total the published file gives (total, else its six groups,
  else all its indicators).  A published province's basis is 100, the points the portal's
  totals are out of.
* When any of them has a basis of 100, every computed one must have it too; otherwise the
  ranking is refused and names each computed province lacking, with the indicators that have
  no points (or that its methodology's indicators add up to less than 100).  When none has it,
  all are ranked each on its own basis (exports alone, or a methodology file of other
  points).
* Ranks: total rounded to 2 decimals, descending, competition ranks, ties by province code.
  Percentile = (N - rank) / (N - 1) x 100 (100 when N = 1).
"""

import math
from fractions import Fraction

from ref_metrics import PORTAL_POINTS, competition_rank, full_max, round_half_away
from ref_published import published_province
from ref_registry import NAMES


def entries(scores, published, methodology):
    """The provinces to be ranked: {code: entry}.  scores: {code: score()} of the computed
    provinces; published: {code: {key: Published}} of the period."""
    out = {}
    for code, s in scores.items():
        out[code] = {"code": code, "source": "computed", "total": s["total"],
                     "groups": s["groups"], "basis": s["basis"],
                     "published_points": s["published_points"], "score": s}
    for code, values in published.items():
        if code in scores:
            continue
        total, groups = published_province(values, methodology)
        if total is not None:
            out[code] = {"code": code, "source": "published", "total": total, "groups": groups,
                         "basis": PORTAL_POINTS, "published_points": None, "score": None}
    return out


def rank(entries_by_code, methodology):
    """(ranked entries with "rank" and "percentile", refused) where refused lists (code, basis,
    [indicator ids without points]) of the computed provinces lacking full basis, and ranked is
    None when the ranking is refused."""
    full = PORTAL_POINTS
    if any(e["basis"] == full for e in entries_by_code.values()):
        refused = []
        for code in sorted(entries_by_code):
            e = entries_by_code[code]
            if e["source"] == "computed" and e["basis"] != full:
                lacking = [r["indicator"] for r in e["score"]["rows"]
                           if r["status"] in ("not_measured", "missing")]
                refused.append((code, e["basis"], lacking))
        if refused:
            return None, refused
    ranked = []
    items = [(code, e["total"]) for code, e in entries_by_code.items()]
    n = len(items)
    for position, code, _total in competition_rank(sorted(items)):
        e = dict(entries_by_code[code])
        e["rank"] = position
        e["percentile"] = percentile(position, n)
        ranked.append(e)
    return ranked, []


def refusal_message(refused, methodology):
    full = PORTAL_POINTS
    lines = ["error: the provinces cannot be ranked on one basis:"]
    for code, basis, lacking in refused:
        head = "  %s (%s) is scored on %s of %s points" % (NAMES[code], code, _plain(basis),
                                                         _plain(full))
        if lacking:
            lines.append("%s; the published scores are out of %s. Give its published points "
                         "for %s" % (head, _plain(full), ", ".join(lacking)))
        else:
            lines.append("%s; the methodology's indicators add up to %s, not %s" % (
                head, _plain(full_max(methodology)), _plain(full)))
    return "\n".join(lines)


def _plain(value):
    value = Fraction(value)
    return str(value.numerator) if value.denominator == 1 else round_half_away(value, 2)


def percentile(position, n):
    if n <= 1:
        return Fraction(100)
    return Fraction(n - position, n - 1) * 100


def quantile(values, q):
    """Linear interpolation at position (n - 1) x q of the ascending values; None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * Fraction(q)
    lower = math.floor(position)
    upper = min(lower + 1, len(ordered) - 1)
    return ordered[lower] + (ordered[upper] - ordered[lower]) * (position - lower)


def cents(value):
    return int(Fraction(round_half_away(value, 2)) * 100)


def points_to_target(ranked, focus, top):
    """The points the focus province needs to reach rank `top` (the total of the province now at
    that position among the others, plus 0.01), or the lead it holds over the first province
    ranked outside it; None when the focus province is unranked or nothing is to compare."""
    mine = next((e for e in ranked if e["code"] == focus), None)
    if mine is None:
        return None
    others = [e for e in ranked if e["code"] != focus]
    if mine["rank"] <= top:
        outside = next((e for e in others if e["rank"] > top), None)
        if outside is None:
            return None
        return Fraction(cents(mine["total"]) - cents(outside["total"]), 100)
    return Fraction(cents(others[top - 1]["total"]) + 1 - cents(mine["total"]), 100)
