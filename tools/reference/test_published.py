"""Unit tests of published scores, one-basis ranking, reconciliation, dossier satisfaction and
the focus province's standing, on hand-computed inputs (testdata/basic/NOTES.md has the
exports' figures: 66 from input/a.csv scores 51.58 of 62 points, 01 from input/b.csv 29.78 of
44).

    python3 -m unittest discover -s tools/reference
"""

import os
import subprocess
import sys
import tempfile
import unittest
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from ref_csv import FileError  # noqa: E402
from ref_metrics import (QD766, if_at_risk_overdue, load_methodology, new_tally,  # noqa: E402
                         quarter_bounds, score, tally_add)
from ref_metrics import GROUPS  # noqa: E402
from ref_published import published_province, read_published  # noqa: E402
from ref_ranking import percentile, points_to_target, quantile  # noqa: E402
from test_reference import dossier, ts  # noqa: E402

BASIC = os.path.join(HERE, "testdata", "basic")
P = ("quarter", 2025, 3)
SCRIPT = os.path.join(HERE, "reference.py")

# 66's published-only indicators: 6 + 4 + 2 + 2 + 1.5 + 4 + 2 + 2 + 1 + 6 + 5 = 35.5 points
PUBLISHED_66 = """province,indicator,points
Đắk Lắk,ckmb.publish_on_time,6
66,PUBLIC_UPDATE_ON_TIME,4
66,ckmb.content_full,2.00
66,tttt.procedures_paid,2
66,tttt.procedures_fee,1.5
H15,mdsh.personal_storage,4
66,CITIZEN_DATA_CONNECTED_DOSSIER,2
66,mdsh.citizen_data_procedure,2
66,mdsh.certified_copy,1
66,mdhl.petition_on_time,6
66,mdhl.petition_satisfaction,5
"""


def run_cli(args):
    return subprocess.run([sys.executable, SCRIPT, "--quarter", "2025-Q3", "--max-reject-rate", "1"]
                          + args, cwd=BASIC, capture_output=True, text=True)


def run_plain(args, cwd):
    return subprocess.run([sys.executable, SCRIPT] + args, cwd=cwd, capture_output=True, text=True)


def lines(out, name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return f.read().splitlines()


class PublishedRunTests(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.out = os.path.join(self.tmp.name, "out")

    def tearDown(self):
        self.tmp.cleanup()

    def published(self, text, name="published.csv"):
        path = os.path.join(self.tmp.name, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_blended_total_and_a_published_province(self):
        # dvctt group row 9 replaces the exports' 12; the ckmb group row and the total row do
        # not score a computed province.  51.5833 - 12 + 9 + 35.5 = 84.0833.
        path = self.published(PUBLISHED_66 + "66,dvctt,9\n66,ckmb,10\n66,total,50\n"
                              "Hà Nội,total,90\n")
        r = run_cli(["--published", path, "--top", "1", "--out", self.out, "input/a.csv"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(lines(self.out, "rankings.csv")[1:], [
            "1,01,Hà Nội,published,90.00,,,,,,,100.00,,100.00",
            "2,66,Đắk Lắk,computed,84.08,16.50,16.00,9.00,9.50,16.75,16.33,100.00,44.50,0.00"])
        ind = {row.split(",")[1]: row for row in lines(self.out, "indicators.csv")[1:]}
        self.assertEqual(ind["dvctt.online"], "66,dvctt.online,dvctt,published,,,,9.00,12.00,published")
        self.assertEqual(ind["tttt.procedures_fee"],
                         "66,tttt.procedures_fee,tttt,published,,,,1.50,2.00,published")
        self.assertEqual(ind["tdgq.on_time"], "66,tdgq.on_time,tdgq,exports,4,5,0.8000,16.00,20.00,ok")
        # rank 2 of 2, target rank 1: 90.00 + 0.01 - 84.08; median and P75 of 90 and 84.0833
        self.assertEqual(lines(self.out, "focus_total.csv")[1:], ["2,100.00,5.93,87.04,88.52,0.00"])
        r = run_cli(["--published", path, "--top", "1", "--focus", "01", "--out", self.out + "2",
                     "input/a.csv"])
        self.assertEqual(lines(self.out + "2", "focus_total.csv")[1:],
                         ["1,100.00,5.92,87.04,88.52,100.00"])  # its lead over 66

    def test_refusal_names_each_province_and_writes_nothing(self):
        path = self.published(PUBLISHED_66)
        r = run_cli(["--published", path, "--out", self.out, "input"])
        self.assertEqual(r.returncode, 65)
        self.assertFalse(os.path.exists(self.out))
        self.assertIn("Hà Nội (01) is scored on 44 of 100 points", r.stderr)
        self.assertIn("for ckmb.publish_on_time, ckmb.update_on_time, ckmb.content_full, ckmb.sync,",
                      r.stderr)
        self.assertIn("mdsh.e_result, mdsh.digitized, mdsh.reuse,", r.stderr)
        self.assertNotIn("(66)", r.stderr)

    def test_no_full_basis_ranks_each_on_its_own(self):
        path = self.published("province,indicator,points\n66,ckmb.publish_on_time,5\n")
        r = run_cli(["--published", path, "--out", self.out, "input"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual([row.split(",")[:5] + row.split(",")[-3:]
                          for row in lines(self.out, "rankings.csv")[1:]],
                         [["1", "66", "Đắk Lắk", "computed", "56.58", "68.00", "5.00", "100.00"],
                          ["2", "01", "Hà Nội", "computed", "29.78", "44.00", "0.00", "0.00"]])

    def test_period_column_naming_another_period_feeds_the_trend(self):
        # 2025-Q2: 66's exports give 12 of 56 points (e-result not measured: nothing ended);
        # the file gives the 11 published-only indicators at their maximum (38) and e-result 3:
        # 53 of 100.  In P ckmb.publish_on_time
        # (2025-Q3) and ckmb.content_full (no period: P), not the month row: 51.5833 + 6 of 70.
        rows = ["province,indicator,points,numerator,denominator,period"]
        rows += ["66,%s,%s,,,2025-Q2" % (ind.id, ind.max) for ind in QD766
                 if ind.source == "published"]
        rows += ["66,mdsh.e_result,3,,,Q2/2025", "66,ckmb.publish_on_time,5,,,2025-Q3",
                 "66,ckmb.update_on_time,4,,,2025-08", "66,ckmb.content_full,1,,,"]
        path = self.published("\n".join(rows) + "\n")
        r = run_cli(["--published", path, "--out", self.out, "input/a.csv"])
        self.assertEqual(r.returncode, 0, r.stderr)
        # received: Q2 1 (A4), Q3 4; median 2.5, so Q2 is partial (2 < 2.5)
        self.assertEqual(lines(self.out, "trend.csv")[1:], [
            "2025-Q2,1,66,Đắk Lắk,computed,53.00,18.00,0.00,0.00,4.00,19.00,12.00,100.00,41.00,"
            "partial",
            "2025-Q3,1,66,Đắk Lắk,computed,57.58,10.50,16.00,12.00,6.00,7.75,5.33,70.00,6.00,full"])
        ind = {row.split(",")[1]: row.split(",")[-1] for row in lines(self.out, "indicators.csv")[1:]}
        self.assertEqual((ind["ckmb.publish_on_time"], ind["ckmb.update_on_time"],
                          ind["ckmb.content_full"], ind["mdsh.e_result"]),
                         ("published", "missing", "published", "ok"))

    def test_trend_period_refused_lists_computed_provinces_unranked(self):
        rows = ["province,indicator,points,period"]
        rows += ["66,%s,1,2025-Q2" % ind.id for ind in QD766 if ind.source == "published"]
        rows += ["66,mdsh.e_result,3,2025-Q2", "01,total,70,2025-Q2"]
        path = self.published("\n".join(rows) + "\n")
        # 01 computed in 2025-Q2 without full basis (its total row does not score it): one
        # dossier received in June, open and overdue: timeliness, online and 5.4, 38 points.
        extra = os.path.join(self.tmp.name, "c.csv")
        with open(extra, "w", encoding="utf-8") as f:
            f.write("MaHoSo,MaTinh,TrangThaiHoSo,NgayTiepNhan,NgayHenTra\nC1,01,4,20250610080000,"
                    "20250615170000\n")
        r = run_cli(["--published", path, "--out", self.out, "input/a.csv", extra])
        self.assertEqual(r.returncode, 0, r.stderr)
        q2 = [row for row in lines(self.out, "trend.csv") if row.startswith("2025-Q2")]
        # received: Q2 2 (A4, C1), Q3 4; median 3, so Q2 is full (4 >= 3)
        self.assertEqual([row.split(",")[:5] + row.split(",")[-3:] for row in q2],
                         [["2025-Q2", "", "01", "Hà Nội", "computed", "38.00", "0.00", "full"],
                          ["2025-Q2", "", "66", "Đắk Lắk", "computed", "100.00", "14.00", "full"]])

    def test_reconciliation_differences(self):
        # 66: timeliness 4/5 = 16 points against the published 3/5 (points from the counts:
        # 12); satisfaction 5.33 against 5; DVCTT (published first) 12 against 10.
        # 01: sync not measured, so the file's 3 points score it and the computed side is empty.
        path = self.published("province,indicator,points,numerator,denominator\n"
                              "66,ON_TIME_RATE,,3,5\n66,mdhl.dossier,5,,\n66,dvctt.online,10,,\n"
                              "66,ckmb.publish_on_time,6,,\n01,ckmb.sync,3,,\n")
        r = run_cli(["--published", path, "--out", self.out, "input"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(lines(self.out, "published_reconciliation.csv")[1:], [
            "01,ckmb.sync,,,,,,3.00,,,",
            "66,tdgq.on_time,4,5,16.00,3,5,12.00,4.00,1,0",
            "66,dvctt.online,2,4,12.00,,,10.00,2.00,,",
            "66,mdhl.dossier,4,5,5.33,,,5.00,0.33,,"])
        ind = {tuple(row.split(",")[:2]): row for row in lines(self.out, "indicators.csv")[1:]}
        self.assertEqual(ind[("01", "ckmb.sync")], "01,ckmb.sync,ckmb,published,,,,3.00,6.00,published")
        self.assertEqual(ind[("66", "tdgq.on_time")], "66,tdgq.on_time,tdgq,exports,4,5,0.8000,16.00,20.00,ok")

    def test_file_errors_exit_65_with_the_line(self):
        path = self.published("province,indicator,points\n66,tdgq.on_time,20\n66,tdgq,21\n")
        r = run_cli(["--published", path, "--out", self.out, "input"])
        self.assertEqual(r.returncode, 65)
        self.assertIn(path + ":3:3: error: points 21 above the maximum 20 of tdgq.on_time", r.stderr)
        self.assertFalse(os.path.exists(self.out))


class PublishedFileTests(unittest.TestCase):
    def read(self, text):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
            f.write(text)
        try:
            return read_published(f.name, QD766, P)
        finally:
            os.unlink(f.name)

    def error(self, text):
        with self.assertRaises(FileError) as cm:
            self.read(text)
        return cm.exception.line, cm.exception.column, cm.exception.message

    def test_each_file_level_error(self):
        head = "province,indicator,points,numerator,denominator\n"
        ok = "66,tdgq.on_time,10,,\n"
        cases = [
            ("Hà Tây,tdgq.on_time,1,,\n", (3, 1, "unknown province 'Hà Tây'")),
            ("66,tdgq.late,1,,\n", (3, 2, "unknown indicator 'tdgq.late'")),
            ("66,mdsh.reuse,abc,,\n", (3, 3, "bad number 'abc'")),
            ("66,mdsh.reuse,-1,,\n", (3, 3, "bad number '-1'")),
            ("66,mdsh.reuse,1,1.5,2\n", (3, 4, "bad number '1.5'")),
            ("66,mdsh.reuse,,3,\n", (3, 3, "bad number '': points need a value, or a numerator "
                                           "and a denominator")),
            ("66,mdsh.reuse,2.01,,\n", (3, 3, "points 2.01 above the maximum 2 of mdsh.reuse")),
            ("66,mdsh,22.5,,\n", (3, 3, "points 22.5 above the maximum 22 of mdsh")),
            ("66,total,100.01,,\n", (3, 3, "points 100.01 above the maximum 100 of total")),
            ("66,ON_TIME_RATE,11,,\n", (3, 3, "66 tdgq.on_time 2025-Q3 given twice with different values "
                                              "(first on line 2)")),
            ("66,tdgq,10,5,\n", (3, 3, "66 tdgq.on_time 2025-Q3 given twice with different values "
                                       "(first on line 2)")),
        ]
        for row, expected in cases:
            self.assertEqual(self.error(head + ok + row), expected, row)
        self.assertEqual(self.error("province,indicator,points,period\n66,tdgq,1,2025-Q5\n"),
                         (2, 4, "bad period '2025-Q5'"))
        self.assertEqual(self.error("province,total,ckmb\n66,80,19\n"),
                         (2, 3, "points 19 above the maximum 18 of ckmb"))
        # the same values twice are one row; another period is another row
        self.assertEqual(len(self.read(head + ok + "H15,TDGQ,10.00,,\n").rows), 1)
        f = self.read("province,indicator,points,period\n66,tdgq,10,2025-Q3\n66,tdgq,11,2025-Q2\n")
        self.assertEqual(len(f.rows), 2)
        # an empty period cell is the reported period's row
        self.assertEqual(self.error("province,indicator,points,period\n66,tdgq,10,2025-Q3\n"
                                    "66,tdgq,11,\n"),
                         (3, 3, "66 tdgq.on_time 2025-Q3 given twice with different values "
                                "(first on line 2)"))

    def test_rows_that_give_nothing_are_skipped(self):
        f = self.read("province,indicator,points,numerator,denominator,period,total\n"
                      "66,tdgq,10,,,,\nHà Tây,,,,,,\n66,bogus,,,,2025-Q5,\n,,,,,,\n01,,,,,,80\n")
        self.assertEqual(list(f.rows), [("66", "tdgq.on_time", P)])  # total: not the long form's

    def test_points_from_counts_and_header_aliases(self):
        f = self.read("Tỉnh,Indicator,Points,Numerator,Denominator\n"
                      "66,ON_TIME_RATE,,3,4\n66,mdhl.dossier,,9,10\n66,mdsh.reuse,,0,0\n"
                      "66,mdsh.digitized,1,1,2\n")
        values = f.for_period(P)["66"]
        self.assertEqual(values["tdgq.on_time"].points, 15)
        self.assertEqual(values["mdhl.dossier"].points, 6)  # 0.9 reaches T
        self.assertEqual(values["mdsh.reuse"].points, 0)
        self.assertEqual(values["mdsh.digitized"][:3], (1, 1, 2))  # points as given

    def test_wide_form(self):
        f = self.read("MaTinh,tong_diem,ckmb,tdgq,dvctt,tttt,mdsh,mdhl\n"
                      "Hà Nội,80.5,6,18,12,10,10,5.5\n04,61.25,,,,,,\n")
        values = f.for_period(P)
        self.assertEqual(values["01"]["total"].points, Fraction(161, 2))
        self.assertEqual(values["01"]["tdgq.on_time"].points, 18)  # the row of its one indicator
        self.assertEqual(values["01"]["group:ckmb"].points, 6)
        self.assertEqual(set(values["04"]), {"total"})
        self.assertEqual(self.error("province,total,ckmb\nH18,,1\n"), (2, 2, "bad number ''"))
        self.assertEqual(self.error("province,ckmb\nH18,1\n"),
                         (1, 1, "required column total missing"))
        self.assertEqual(self.error("province,total\nH18,\"80,5\"\n"), (2, 2, "bad number '80,5'"))
        # a long-form province given by its six groups
        f = self.read("province,indicator,points\n" + "".join(
            "H18,%s,%d\n" % (g, n) for n, g in enumerate(GROUPS, 1)))
        self.assertEqual(published_province(f.for_period(P)["11"], QD766)[0], 21)


class DossierSatisfactionTests(unittest.TestCase):
    def test_complaints_and_the_at_risk_outlook(self):
        s, e = quarter_bounds(2025, 3)
        as_of = ts(2025, 8, 15)
        due, late = ts(2025, 7, 10), ts(2025, 9, 10)
        rows = [
            dossier(due_at=due, finished_at=due),                      # on time: in
            dossier(due_at=due, finished_at=due, complaint=True),      # on time, complained
            dossier(due_at=due, finished_at=due, rating=1),            # rating 1 is a complaint
            dossier(due_at=due, finished_at=due, rating=2, complaint=False),  # in
            dossier(due_at=e + 5),                                     # open in time: in
            dossier(due_at=e + 5, complaint=True),                     # open in time, complained
            dossier(due_at=late),                                      # at risk: in
            dossier(due_at=late, complaint=True),                      # at risk, complained
            dossier(due_at=ts(2025, 8, 1)),                            # overdue
            dossier(),                                                 # no due date: outside
        ]
        t = new_tally()
        for d in rows:
            tally_add(t, d, s, as_of, e)
        self.assertEqual((t["with_due"], t["satisfied"], t["at_risk"], t["at_risk_satisfied"]),
                         (9, 4, 2, 1))
        row = {r["indicator"]: r for r in score(t)["rows"]}["mdhl.dossier"]
        self.assertEqual((row["numerator"], row["denominator"], row["status"]), (4, 9, "ok"))
        self.assertEqual(row["points"], 6 * Fraction(4, 9) / Fraction(9, 10))
        worse = if_at_risk_overdue(t)
        self.assertEqual((worse["open_in_time"], worse["overdue"], worse["satisfied"]), (2, 3, 3))
        rows = {r["indicator"]: r for r in score(worse)["rows"]}
        self.assertEqual(rows["tdgq.on_time"]["numerator"], 6)
        self.assertEqual(rows["mdhl.dossier"]["numerator"], 3)

    def test_empty_scores_zero_and_stays_in_the_basis(self):
        s, e = quarter_bounds(2025, 3)
        t = new_tally()
        tally_add(t, dossier(has_fee=False, due_at=e + 5), s, e)
        rows = {r["indicator"]: r for r in score(t)["rows"]}
        self.assertEqual((rows["tttt.payment"]["status"], rows["tttt.payment"]["points"]),
                         ("empty", 0))
        self.assertEqual(score(t)["basis"], 20 + 12 + 6 + 6)  # timeliness, online, payment, 5.4
        self.assertEqual(score(t)["total"], 20 + 0 + 0 + 6)


    def test_empty_not_measured_missing_and_points(self):
        s, e = quarter_bounds(2025, 3)
        t = new_tally()
        tally_add(t, dossier(has_fee=False, synced=True, digitized=None), s, e)
        rows = {r["indicator"]: r for r in score(t)["rows"]}
        # an empty denominator scores 0 but stays in the basis
        self.assertEqual(rows["tttt.payment"]["status"], "empty")
        self.assertEqual(rows["tttt.payment"]["points"], 0)
        self.assertEqual((rows["tttt.payment"]["numerator"], rows["tttt.payment"]["denominator"]),
                         (0, 0))
        self.assertEqual(rows["mdsh.digitized"]["status"], "not_measured")
        self.assertEqual(rows["tdgq.on_time"]["status"], "not_measured")
        self.assertEqual(rows["mdhl.dossier"]["status"], "not_measured")
        self.assertEqual(rows["ckmb.publish_on_time"]["status"], "missing")
        self.assertEqual(rows["ckmb.sync"]["points"], 6)
        self.assertEqual(score(t)["total"], 6)  # sync; one direct dossier: online 0
        self.assertEqual(score(t)["basis"], 6 + 12 + 6)



class StandingTests(unittest.TestCase):
    def test_median_p75_and_percentile(self):
        totals = [Fraction(t) for t in (40, 10, 30, 20)]
        self.assertEqual(quantile(totals, Fraction(1, 2)), 25)
        self.assertEqual(quantile(totals, Fraction(3, 4)), Fraction(65, 2))
        self.assertEqual(quantile([Fraction(7)], Fraction(3, 4)), 7)
        self.assertEqual(percentile(2, 4), Fraction(200, 3))  # 66.67
        self.assertEqual(percentile(1, 1), 100)
        self.assertEqual(percentile(4, 4), 0)

    def test_points_to_target(self):
        ranked = [{"code": c, "rank": r, "total": Fraction(t)} for c, r, t in
                  [("01", 1, 40), ("04", 2, 30), ("08", 2, 30), ("11", 4, 10)]]
        self.assertEqual(points_to_target(ranked, "11", 2), Fraction(2001, 100))  # 30 + 0.01 - 10
        self.assertEqual(points_to_target(ranked, "04", 2), 20)  # lead over 11, the first outside
        self.assertIsNone(points_to_target(ranked, "04", 4))


class MethodologyFileTests(unittest.TestCase):
    def test_previous_methodology_file_gives_the_previous_scores(self):
        path = os.path.join(HERE, "..", "..", "methodologies", "qd766-2025.csv")
        with tempfile.TemporaryDirectory() as out:
            r = run_plain(["--quarter", "2025-Q3", "--max-reject-rate", "1", "--methodology", path,
                           "--out", out, "input"], cwd=BASIC)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(out, "rankings.csv"), encoding="utf-8") as f:
                rows = f.read().splitlines()
        # payment 10 points, digitisation to 80 %, satisfaction 4/5 (NOTES.md); no province
        # reaches 100, so each is ranked on its own basis
        self.assertEqual(rows[1:], [
            "1,66,Đắk Lắk,computed,56.08,4.50,16.00,12.00,10.00,8.25,5.33,66.00,0.00,100.00",
            "2,01,Hà Nội,computed,29.78,0.00,13.33,12.00,0.00,0.00,4.44,48.00,0.00,0.00"])

    def test_a_published_province_beside_a_methodology_of_other_points_is_refused(self):
        path = os.path.join(HERE, "..", "..", "methodologies", "qd766-2025.csv")
        with tempfile.TemporaryDirectory() as tmp:
            published = os.path.join(tmp, "p.csv")
            with open(published, "w", encoding="utf-8") as f:
                f.write("province,indicator,points\n04,total,50\n")
            out = os.path.join(tmp, "out")
            r = run_plain(["--quarter", "2025-Q3", "--max-reject-rate", "1", "--methodology", path,
                           "--published", published, "--out", out, "input"], cwd=BASIC)
            self.assertEqual(r.returncode, 65)
            self.assertIn("Hà Nội (01) is scored on 48 of 100 points; the published scores are out "
                          "of 100. Give its published points for ckmb.sync, mdsh.e_result, "
                          "mdsh.digitized, mdsh.reuse", r.stderr)
            self.assertIn("Đắk Lắk (66) is scored on 66 of 100 points; the methodology's "
                          "indicators add up to 66, not 100", r.stderr)
            self.assertFalse(os.path.exists(out))

    def test_sources_and_defaults(self):
        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
            f.write("indicator,group,metric,max,threshold,source,portal_code\n"
                    "a.on_time,tdgq,timeliness_rate,50,1,,ON_TIME_RATE\n"
                    "b.online,dvctt,online_rate,30,0.5,published_first,\n"
                    "c.storage,mdsh,,20,1,,\n")
        try:
            m = load_methodology(f.name)
        finally:
            os.unlink(f.name)
        self.assertEqual(set(score(new_tally(), m)["groups"]), {"tdgq", "dvctt", "mdsh"})
        self.assertEqual([(i.id, i.source, i.portal_code) for i in m],
                         [("a.on_time", "exports", "ON_TIME_RATE"),
                          ("b.online", "published_first", None), ("c.storage", "published", None)])
        old = load_methodology(os.path.join(HERE, "..", "..", "methodologies", "qd766-2025.csv"))
        self.assertEqual((len(old), sum(i.max for i in old)), (8, 66))
        self.assertTrue(all(i.source == "exports" for i in old))


if __name__ == "__main__":
    unittest.main()
