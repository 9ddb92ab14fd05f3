"""Unit tests of the value forms and of row validation, on hand-computed inputs: datetimes (the
date-only forms too), words and codes, service_level and unit_level, the column order of the
checks, and the duplicates' precedence of the new columns.

    python3 -m unittest discover -s tools/reference
"""

import os
import sys
import unittest
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import reference  # noqa: E402
from ref_metrics import new_tally, quarter_bounds, tally_add  # noqa: E402
from ref_values import (BadValue, COLUMN_NAMES, HEADER_KEYS, parse_channel,  # noqa: E402
                        parse_datetime, parse_days, parse_flag, parse_paid, parse_rating,
                        parse_service_level, parse_status, parse_unit_level, normalize_text)
from test_reference import dossier, ts  # noqa: E402


class ValueTests(unittest.TestCase):
    def test_datetime_forms(self):
        t = ts(2025, 7, 1, 8, 5, 9)
        for text in ["20250701080509", "2025-07-01 08:05:09", "2025-07-01T08:05:09",
                     "2025-07-01T08:05:09.123", "2025-07-01T01:05:09Z",
                     "2025-07-01T03:05:09.5+02:00", "01/07/2025 08:05:09", "1/7/2025 8:05:09"]:
            self.assertEqual(parse_datetime(text), t, text)
        self.assertEqual(parse_datetime("2025-07-01 08:05"), ts(2025, 7, 1, 8, 5))
        self.assertEqual(parse_datetime("5/7/2025"), ts(2025, 7, 5))
        self.assertEqual(parse_datetime("5/7/2025", True), ts(2025, 7, 5, 23, 59, 59))

    def test_bad_datetimes(self):
        for text in ["31/02/2025", "2025-02-29 10:00", "2025-07-01 24:00", "20251301000000",
                     "2025-07-01 8:00", "2025-07-01 08:00:00.5",
                     "2025-07-01T08:00", "2025-07-01T08:00:00+0700", "07/01/25", "x"]:
            with self.assertRaises(BadValue, msg=text):
                parse_datetime(text)

    def test_words(self):
        self.assertEqual([parse_flag(v) for v in ["1", "0", "TRUE", "no", "Có", "KHÔNG"]],
                         [True, False, True, False, True, False])
        self.assertEqual([parse_paid(v) for v in ["0", "1", "2", "3", "03", "yes", "không"]],
                         [0, 1, 2, 3, 3, 1, 0])
        self.assertEqual([parse_channel(v) for v in ["1", "2", "3", "Trực tuyến", "BCCI",
                                                     "bưu chính", "direct", "Postal"]],
                         [1, 2, 3, 2, 3, 3, 1, 3])
        self.assertEqual([parse_status(v) for v in ["1", "10", "Result returned",
                                                    "not accepted", "Stopped"]],
                         [1, 10, 10, 3, 8])
        self.assertEqual([parse_rating(v) for v in ["1", "3", "Không hài lòng",
                                                    "hài lòng", "RẤT HÀI LÒNG"]],
                         [1, 3, 1, 2, 3])
        for parser, bad in [(parse_flag, "2"), (parse_flag, "-1"), (parse_flag, "1.0"),
                            (parse_paid, "4"), (parse_channel, "0"), (parse_status, "11"),
                            (parse_status, "done"), (parse_rating, "0")]:
            with self.assertRaises(BadValue, msg=bad):
                parser(bad)

    def test_days_and_text(self):
        self.assertEqual(parse_days("1,5"), Fraction(3, 2))
        self.assertEqual(parse_days("0.25"), Fraction(1, 4))
        self.assertEqual(parse_days(".5"), Fraction(1, 2))
        for bad in ["-1", "1e3", "1.2.3", "abc"]:
            with self.assertRaises(BadValue):
                parse_days(bad)
        self.assertEqual(normalize_text("  Phòng\r\n  một\tcửa "), "Phòng một cửa")
        self.assertEqual(normalize_text("Pho\u0300ng"), "Phòng")


class RowTests(unittest.TestCase):
    HEADER = [b"MaHoSo", b"MaTinh", b"TrangThaiHoSo", b"NgayTiepNhan", b"NgayHenTra",
              b"SoLanBoSung"]

    def parse(self, *fields, default_province=None):
        cols = reference.map_header("t.csv", 1, self.HEADER)
        return reference.parse_row([f.encode() for f in fields], cols, default_province)

    def test_first_problem_in_column_order(self):
        with self.assertRaises(reference.Reject) as cm:
            self.parse("X", "Hà Tây", "99", "bad", "", "-1")
        self.assertEqual((cm.exception.column, cm.exception.reason), ("MaTinh", "unknown_province"))
        with self.assertRaises(reference.Reject) as cm:
            self.parse(" ", "66", "99", "bad", "", "")
        self.assertEqual(cm.exception.reason, "missing_value")
        with self.assertRaises(reference.Reject) as cm:
            self.parse("X", "66", "4", "2025-07-02 10:00", "01/07/2025", "x")
        self.assertEqual((cm.exception.column, cm.exception.reason),
                         ("NgayHenTra", "due_before_received"))

    def test_province_option_fills_empty_cell_and_date_only_due(self):
        d = self.parse("X", "", "4", "2025-07-02 10:00", "02/07/2025", "", default_province="66")
        self.assertEqual(d["province"], "66")
        self.assertEqual(d["due_at"], ts(2025, 7, 2, 23, 59, 59))
        self.assertEqual(d["supplement_count"], 0)
        self.assertEqual(d["channel"], 1)
        self.assertIsNone(d["has_fee"])


class OneStopValueTests(unittest.TestCase):
    def test_date_only_forms(self):
        for text in ["2025-07-05", "20250705", "05/07/2025", "5/7/2025"]:
            self.assertEqual(parse_datetime(normalize_text(text)), ts(2025, 7, 5), text)
            self.assertEqual(parse_datetime(text, True), ts(2025, 7, 5, 23, 59, 59), text)
        self.assertEqual(parse_datetime("20240229"), ts(2024, 2, 29))
        # 8 digits are a date, 14 a date and time; anything between is bad
        self.assertEqual(parse_datetime("20250705083000"), ts(2025, 7, 5, 8, 30))
        for bad in ["2025-7-5", "2025-02-30", "20250230", "20251301", "2025705", "202507051",
                    "2025070508", "2025/07/05", "2025-07-05T", "2025-07-05 ", "０2025-07-05"]:
            with self.assertRaises(BadValue, msg=bad):
                parse_datetime(bad)
            with self.assertRaises(BadValue, msg=bad):
                parse_datetime(bad, True)

    def test_service_level_forms(self):
        cases = {"4": 4, "04": 4, "3": 3, "2": 2, "1": 1, "0001": 1, "toàn trình": 4,
                 "DVC toàn trình": 4, "Full Online": 4, "TOAN TRINH": 4, "full-online": 4,
                 "một phần": 3, "DVC Một Phần": 3, "partly online": 3, "mot phan": 3}
        for text, level in cases.items():
            self.assertEqual(parse_service_level(text), level, text)
        for bad in ["0", "5", "-4", "4.0", "+4", "DVC", "toàn", "online", "mức độ 4"]:
            with self.assertRaises(BadValue, msg=bad) as cm:
                parse_service_level(bad)
            self.assertEqual(cm.exception.reason, "bad_flag")

    def test_unit_level_forms(self):
        for text in ["department", "Department", "PROVINCE", "province", "Sở", "SỞ", "so",
                     "cấp tỉnh", "CAP TINH", "Cấp Tỉnh"]:
            self.assertEqual(parse_unit_level(text), "department", text)
        for text in ["commune", "COMMUNE", "xã", "Xã", "XA", "cấp xã", "Cap xa"]:
            self.assertEqual(parse_unit_level(text), "commune", text)
        for bad in ["1", "2", "huyện", "ward", "phường", "tỉnh", "cấp", "sở xã"]:
            with self.assertRaises(BadValue, msg=bad) as cm:
                parse_unit_level(bad)
            self.assertEqual(cm.exception.reason, "bad_flag")

    def test_columns_and_aliases(self):
        self.assertEqual(COLUMN_NAMES[-3:], ["supplement_requested_at", "service_level", "unit_level"])
        for header, canon in [("MucDo", "service_level"), ("Mức độ", "service_level"),
                              ("muc do", "service_level"), ("service_level", "service_level"),
                              ("CapDonVi", "unit_level"), ("unit_level", "unit_level"),
                              ("Mức độ hài lòng", "rating"), ("MucDoHaiLong", "rating")]:
            self.assertEqual(HEADER_KEYS[reference.fold(header)], canon, header)


class OneStopRowTests(unittest.TestCase):
    HEADER = [b"MaHoSo", b"MaTinh", b"TrangThaiHoSo", b"NgayTiepNhan", b"NgayHenTra",
              b"NgayKetThucXuLy", b"DuocThanhToanTrucTuyen", b"MucDoHaiLong",
              b"NgayYeuCauBoSung", b"MucDo", b"CapDonVi"]

    def parse(self, *fields):
        cols = reference.map_header("t.csv", 1, self.HEADER)
        return reference.parse_row([f.encode() for f in fields], cols, None)

    def reject(self, *fields):
        with self.assertRaises(reference.Reject) as cm:
            self.parse(*fields)
        return cm.exception.column, cm.exception.reason

    def test_date_only_due_is_the_end_of_its_day_other_dates_midnight(self):
        for due in ["2025-07-02", "20250702", "02/07/2025"]:
            d = self.parse("X", "66", "10", "2025-07-02 10:00", due, "20250703", "3", "", "",
                           "Toàn trình", "PROVINCE")
            self.assertEqual(d["due_at"], ts(2025, 7, 2, 23, 59, 59), due)
        self.assertEqual((d["finished_at"], d["paid_online"], d["service_level"], d["unit_level"]),
                         (ts(2025, 7, 3), 3, 4, "department"))
        d = self.parse("X", "66", "4", "2025-07-02", "", "", "", "", "", "03", "xã")
        self.assertEqual((d["received_at"], d["service_level"], d["unit_level"]),
                         (ts(2025, 7, 2), 3, "commune"))
        # a date-only finish before a same-day received time is before it
        self.assertEqual(self.reject("X", "66", "10", "2025-07-02 10:00", "", "2025-07-02", "", "",
                                     "", "", ""), ("NgayKetThucXuLy", "finished_before_received"))

    def test_checks_in_column_order(self):
        self.assertEqual(self.reject("X", "66", "4", "20250702", "", "", "4", "x", "x", "9", "x"),
                         ("DuocThanhToanTrucTuyen", "bad_flag"))
        self.assertEqual(self.reject("X", "66", "4", "20250702", "", "", "3", "x", "x", "9", "x"),
                         ("MucDoHaiLong", "bad_rating"))
        self.assertEqual(self.reject("X", "66", "4", "20250702", "", "", "", "", "x", "9", "x"),
                         ("NgayYeuCauBoSung", "bad_datetime"))
        self.assertEqual(self.reject("X", "66", "4", "20250702", "", "", "", "", "", "9", "x"),
                         ("MucDo", "bad_flag"))
        self.assertEqual(self.reject("X", "66", "4", "20250702", "", "", "", "", "", "4", "huyện"),
                         ("CapDonVi", "bad_flag"))


class OneStopMetricTests(unittest.TestCase):
    def test_full_online_and_paid_online_3(self):
        s, e = quarter_bounds(2025, 3)
        t = new_tally()
        rows = [dossier(service_level=4, has_fee=True, paid_online=3),
                dossier(service_level=4, has_fee=True, paid_online=1),
                dossier(service_level=3, has_fee=True, paid_online=0),
                dossier(service_level=1),
                dossier(),                                       # level unknown
                dossier(service_level=4, status=3),              # not accepted: no metric
                dossier(service_level=4, received_at=ts(2025, 6, 30))]  # received before P
        for d in rows:
            tally_add(t, d, s, e)
        self.assertEqual((t["received"], t["full_online"], t["service_level_known"]), (5, 2, 4))
        self.assertEqual((t["paid_online"], t["paid_online_den"], t["payment_known"]), (1, 3, 3))


class OneStopDuplicateTests(unittest.TestCase):
    def winner(self, *records):
        for order in (records, tuple(reversed(records))):
            yield reference.deduplicate([dict(r, dossier_id="D") for r in order])["D"]

    def test_new_columns_in_the_precedence_key(self):
        # unknown < 1 < 3 < 4
        for w in self.winner(dossier(), dossier(service_level=1), dossier(service_level=4),
                             dossier(service_level=3)):
            self.assertEqual(w["service_level"], 4)
        # unknown < department < commune
        for w in self.winner(dossier(), dossier(unit_level="commune"), dossier(unit_level="department")):
            self.assertEqual(w["unit_level"], "commune")
        for w in self.winner(dossier(), dossier(unit_level="department")):
            self.assertEqual(w["unit_level"], "department")
        # paid_online orders by its number: 3 beats 2
        for w in self.winner(dossier(paid_online=2), dossier(paid_online=3)):
            self.assertEqual(w["paid_online"], 3)
        # supplement_requested_at decides before service_level, service_level before unit_level
        a = dossier(supplement_requested_at=ts(2025, 7, 3), service_level=1)
        b = dossier(supplement_requested_at=ts(2025, 7, 2), service_level=4)
        for w in self.winner(a, b):
            self.assertEqual(w["service_level"], 1)
        a = dossier(service_level=3, unit_level="commune")
        b = dossier(service_level=4, unit_level="department")
        for w in self.winner(a, b):
            self.assertEqual(w["unit_level"], "department")


if __name__ == "__main__":
    unittest.main()
