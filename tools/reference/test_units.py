"""Unit tests of the units by level and of the trend's coverage, on hand-computed inputs, and the
fixtures/unit-levels figures of its NOTES.md.

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

from ref_metrics import QD766, Indicator, new_tally  # noqa: E402
import ref_report  # noqa: E402
from ref_units import describe, level_of_name, unit_tables  # noqa: E402
from test_reference import dossier, ts  # noqa: E402

SCRIPT = os.path.join(HERE, "reference.py")
UNIT_LEVELS = os.path.join(HERE, "..", "..", "fixtures", "unit-levels")

# One indicator of 100 points at threshold 1: a unit's total is 100 x on_time / with_due.
ONE = [Indicator("tdgq.on_time", "tdgq", "timeliness_rate", Fraction(100), Fraction(1), "exports",
                 None)]


def tally(on_time, with_due, received):
    t = new_tally()
    t.update(in_scope=with_due, with_due=with_due, on_time=on_time, received=received)
    return t


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


class LevelNameTests(unittest.TestCase):
    def test_name_rule(self):
        communes = ["UBND xã Ea Kao", "UBND Phường 1", "UBND phường Tân Lập", "UBND đặc khu Côn Đảo",
                    "ubnd xa hoa binh", "UBND XÃ HÒA BÌNH", "Ubnd Phuong Tan An", "UBND Đặc Khu Phú Quốc",
                    "  UBND   xã\tX ", "UBND xã", "UBND - xã Hòa Thắng", "UBND xã, Ea Kao"]
        departments = ["Văn phòng UBND tỉnh", "UBND tỉnh", "UBND tỉnh Đắk Lắk", "Sở Tư pháp",
                       "Ủy ban nhân dân xã Ea Kao", "UBNDxã Ea Kao", "UBND xãEa", "UBND đặc",
                       "UBND khu đặc biệt", "Xã Ea Kao", "Phòng Tư pháp UBND xã", "UBND huyện Krông Pắc",
                       "UBND thị trấn Phước An", "(unknown)", ""]
        for name in communes:
            self.assertEqual(level_of_name(name), "commune", name)
        for name in departments:
            self.assertEqual(level_of_name(name), "department", name)

    def test_levels_and_names_of_the_focus_province_units(self):
        rows = [
            # a coded unit's most frequent name, ties the smallest (U < X), decides its level
            ("U1", "Xã X", None, 4), ("U1", "UBND xã X", None, 4),
            ("U2", "Sở A", None, 4), ("U2", "Sở A", None, 4), ("U2", "UBND xã A", None, 4),
            # the column overrides the name, the most frequent stated level wins, ties department
            ("", "UBND phường 3", "department", 4),
            ("", "Sở B", "commune", 4), ("", "Sở B", "commune", 10), ("", "Sở B", "department", 4),
            ("", "Sở B", None, 4),
            ("", "UBND xã D", "commune", 4), ("", "UBND xã D", "department", 4),
            # any status: a status-1 dossier's level counts
            ("", "Phòng E", "commune", 1),
            ("", "", None, 3), ("U9", "", None, 4)]
        kept = {"D%d" % i: dossier(unit_code=c, unit_name=n, unit_level=lv, status=st)
                for i, (c, n, lv, st) in enumerate(rows)}
        kept["other"] = dossier(province="01", unit_name="UBND xã F")
        self.assertEqual(describe(kept, "66"), {
            "U1": ("U1", "UBND xã X", "commune"), "U2": ("U2", "Sở A", "department"),
            "UBND phường 3": ("", "UBND phường 3", "department"),
            "Sở B": ("", "Sở B", "commune"), "UBND xã D": ("", "UBND xã D", "department"),
            "Phòng E": ("", "Phòng E", "commune"), "(unknown)": ("", "(unknown)", "department"),
            "U9": ("U9", "", "department")})


class UnitRankingTests(unittest.TestCase):
    def rank(self, units, levels):
        described = {key: (key if key.startswith("A") else "", key, levels[key]) for key in units}
        return unit_tables(units, described, ONE)

    def test_ranks_percentiles_ties_median_and_p75_within_each_level(self):
        # departments: 80 (named "Zeta", code empty), 80 (A1), 70, 60, and one with nothing in
        # scope; communes: one unit (N = 1). Received 1, 100, 1000, ... keep every unit peerless.
        units = {"Zeta": tally(4, 5, 1), "A1": tally(8, 10, 100), "A2": tally(7, 10, 1000),
                 "A3": tally(6, 10, 10000), "Beta": new_tally(), "A0": new_tally(),
                 "Xa": tally(1, 2, 3)}
        levels = dict.fromkeys(units, "department") | {"Xa": "commune"}
        rows, level_rows = self.rank(units, levels)
        self.assertEqual([r[:2] + r[4:5] + r[6:11] for r in rows], [
            ["Zeta", "department", "80.00", 1, "100.00", 0, "", 1],   # empty code first
            ["A1", "department", "80.00", 1, "100.00", 0, "", 1],
            ["A2", "department", "70.00", 3, "33.33", 0, "", 1],
            ["A3", "department", "60.00", 4, "0.00", 0, "", 1],
            ["Beta", "department", "", None, "", None, "", None],    # unranked, after, empty code first
            ["A0", "department", "", None, "", None, "", None],
            ["Xa", "commune", "50.00", 1, "100.00", 0, "", 1]])      # N = 1: 100
        # 60, 70, 80, 80: median at 1.5 = 75, P75 at 2.25 = 80; one value: itself
        self.assertEqual(level_rows, [["department", 4, "75.00", "80.00"],
                                      ["commune", 1, "50.00", "50.00"]])

    def test_ties_are_on_the_rounded_total(self):
        units = {"A1": tally(2, 3, 1), "A2": tally(6667, 10000, 100), "A3": tally(6666, 10000, 1000)}
        rows, level_rows = self.rank(units, dict.fromkeys(units, "commune"))
        # 66.666.. and 66.67 both round to 66.67: rank 1 twice; 66.66 is third
        self.assertEqual([(r[0], r[4], r[6], r[7]) for r in rows],
                         [("A1", "66.67", 1, "100.00"), ("A2", "66.67", 1, "100.00"),
                          ("A3", "66.66", 3, "0.00")])
        self.assertEqual(level_rows[0], ["department", 0, "", ""])
        self.assertEqual(level_rows[1][:2], ["commune", 3])

    def test_peer_window_at_its_bounds(self):
        # received 10, 8, 12, 7, 13: 8 and 12 are within 80-120 % of 10, 7 and 13 are not
        units = {"A10": tally(9, 10, 10), "A08": tally(8, 10, 8), "A12": tally(5, 10, 12),
                 "A07": tally(10, 10, 7), "A13": tally(10, 10, 13),
                 # communes received 0 and in scope: each the other's peer (0 <= 0 <= 0)
                 "A00": tally(1, 2, 0), "A01": tally(1, 4, 0)}
        levels = dict.fromkeys(units, "department") | {"A00": "commune", "A01": "commune"}
        rows, _ = self.rank(units, levels)
        peers = {r[0]: (r[8], r[9], r[10]) for r in rows}
        self.assertEqual(peers["A10"], (2, "65.00", 1))    # A08 80, A12 50; 90 ranks first
        self.assertEqual(peers["A08"], (1, "100.00", 2))   # 6.4-9.6: A07 100; not A10 (50 > 48)
        self.assertEqual(peers["A12"], (2, "95.00", 3))    # 9.6-14.4: A10 90, A13 100
        self.assertEqual(peers["A07"], (1, "80.00", 1))    # 5.6-8.4: A08
        self.assertEqual(peers["A13"], (1, "50.00", 1))    # 10.4-15.6: A12
        self.assertEqual(peers["A00"], (1, "25.00", 1))
        self.assertEqual(peers["A01"], (1, "50.00", 2))


class FixtureTests(unittest.TestCase):
    """fixtures/unit-levels, figures of its NOTES.md."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        r = subprocess.run([sys.executable, SCRIPT, "--period", "2026-Q2", "--out", cls.tmp.name,
                            UNIT_LEVELS], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def output(self, name):
        return read(os.path.join(self.tmp.name, name))

    def test_units(self):
        self.assertEqual(self.output("units.csv"), [
            "unit_key,level,in_scope,overdue,total,at_risk,rank,percentile,peers,peer_median_total,"
            "peer_rank,received,full_online,service_level_known",
            "D01,department,10,0,26.00,0,1,100.00,2,23.00,1,10,10,10",
            "D02,department,8,0,26.00,0,1,100.00,1,22.86,1,8,0,0",
            "D05,department,13,1,24.46,0,3,60.00,1,20.00,1,13,0,0",
            "D04,department,7,1,22.86,0,4,40.00,1,26.00,2,7,0,0",
            "D03,department,12,3,20.00,0,5,20.00,2,25.23,3,12,0,0",
            "T07,department,2,1,13.33,0,6,0.00,0,,1,2,0,0",
            "(unknown),department,0,0,,0,,,,,,0,0,0",
            "UBND tỉnh,department,0,0,,0,,,,,,0,0,0",
            "Văn phòng UBND tỉnh,department,0,0,,0,,,,,,0,0,0",
            "UBND Phường 1,commune,5,0,26.00,0,1,100.00,3,20.00,1,5,2,5",
            "UBND ĐẶC KHU CÔN ĐẢO,commune,5,0,26.00,0,1,100.00,3,20.00,1,5,0,0",
            "C05,commune,3,0,26.00,0,1,100.00,0,,1,3,0,0",
            "C02,commune,4,1,20.00,0,4,25.00,1,13.33,1,4,0,0",
            "ubnd xa hoa binh,commune,4,2,13.33,0,5,0.00,1,20.00,2,4,1,3",
            "Phòng Kinh tế,commune,0,0,,0,,,,,,0,0,0",
            "UBND - phường Tân An,commune,0,0,,0,,,,,,0,0,0"])
        self.assertEqual(self.output("unit_levels.csv"), [
            "level,ranked,median,p75", "department,6,23.66,25.62", "commune,5,26.00,26.00"])

    def test_province_and_trend(self):
        provinces = [r.split(",") for r in self.output("provinces.csv")]
        h, p66 = provinces[0], provinces[2]
        self.assertEqual([p66[h.index(c)] for c in ("received", "with_due", "on_time",
                                                    "full_online", "service_level_known")],
                         ["73", "73", "64", "13", "18"])
        # period, rank, province, total, basis, coverage
        trend = [r.split(",") for r in self.output("trend.csv")[1:]]
        self.assertEqual([r[:3] + [r[5], r[12], r[14]] for r in trend], [
            ["2026-Q1", "1", "01", "26.00", "38.00", "partial"],
            ["2026-Q2", "1", "01", "26.00", "26.00", "full"],
            ["2026-Q2", "2", "66", "23.38", "38.00", "full"]])


class CoverageTests(unittest.TestCase):
    def test_partial_rule(self):
        coverage = ref_report.coverage
        # a leading thin period: median of 1, 38, 40, 42 = 39
        self.assertEqual(coverage([1, 40, 42, 38]), ["partial", "full", "full", "full"])
        # a thin period in the middle: median 40
        self.assertEqual(coverage([40, 10, 42, 38, 41]), ["full", "partial", "full", "full", "full"])
        # a trend of one period is never partial, not even with nothing received
        self.assertEqual(coverage([5]), ["full"])
        self.assertEqual(coverage([0]), ["full"])
        # at the bound: 2 x 20 = 40 is not below the median 40; 2 x 19 is
        self.assertEqual(coverage([20, 40, 41]), ["full", "full", "full"])
        self.assertEqual(coverage([19, 40, 41]), ["partial", "full", "full"])
        # an even count: the mean of the two middle values (10 and 30: 20)
        self.assertEqual(coverage([10, 30]), ["full", "full"])
        self.assertEqual(coverage([9, 31]), ["partial", "full"])

    def test_trend_coverage_of_months(self):
        # received in June 1, July 4 (and one of status 3, not counted), August 1 (and one of
        # status 1), September 5: median of 1, 4, 1, 5 = 2.5; June and August are partial (2 < 2.5)
        received = ([(6, 4)] + [(7, 4)] * 4 + [(7, 3)] + [(8, 4), (8, 1)] + [(9, 4)] * 5)
        kept = {"D%d" % i: dossier(status=st, received_at=ts(2025, m, 10), due_at=ts(2025, m, 20))
                for i, (m, st) in enumerate(received)}
        tables = ref_report.build(kept, ("month", 2025, 9), None, "66", 10, QD766, None)
        header, rows = tables["trend.csv"]
        self.assertEqual(header[-1], "coverage")
        self.assertEqual([(r[0], r[-1]) for r in rows], [
            ("2025-06", "partial"), ("2025-07", "full"), ("2025-08", "partial"), ("2025-09", "full")])


if __name__ == "__main__":
    unittest.main()
