"""Unit tests of the reference implementation on hand-computed inputs.

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

import reference  # noqa: E402
from ref_csv import (FileError, decode_to_utf8, detect_delimiter, iter_records,  # noqa: E402
                     read_table)
from ref_metrics import (competition_rank, new_tally, parse_period, parse_quarter,  # noqa: E402
                         period_bounds, period_name, period_of, period_shift,
                         quarter_bounds, round_half_away, tally_add)
from ref_registry import resolve_province  # noqa: E402
from ref_values import COLUMNS, HEADER_KEYS, parse_status, normalize_text  # noqa: E402

BASIC = os.path.join(HERE, "testdata", "basic")
SCRIPT = os.path.join(HERE, "reference.py")


def ts(y, mo, d, h=0, mi=0, s=0, offset_hours=7):
    """Epoch seconds of a wall-clock time at the given UTC offset."""
    import datetime as dt
    tz = dt.timezone(dt.timedelta(hours=offset_hours))
    return int(dt.datetime(y, mo, d, h, mi, s, tzinfo=tz).timestamp())


def run_cli(args, cwd):
    return subprocess.run([sys.executable, SCRIPT] + args, cwd=cwd,
                          capture_output=True, text=True)


class CSVReaderTests(unittest.TestCase):
    def test_start_lines_with_quoted_newlines_and_blank_lines(self):
        data = b'id,name\n1,"a\nb"\n\n2,x\r\n\r\n3,"q""uote"\n4,last'
        _, hline, header, recs = read_table(data)
        self.assertEqual((hline, header), (1, [b"id", b"name"]))
        self.assertEqual(list(recs), [(2, [b"1", b"a\nb"]), (5, [b"2", b"x"]),
                                      (7, [b"3", b'q"uote']), (8, [b"4", b"last"])])

    def test_whitespace_line_is_a_record_and_trailing_delimiter(self):
        recs = list(iter_records(b"h\n \n1,\n", b","))
        self.assertEqual(recs, [(1, [b"h"]), (2, [b" "]), (3, [b"1", b""])])

    def test_leading_blank_lines_before_header_count(self):
        _, hline, header, recs = read_table(b"\n\nA;B\n1;2\n")
        self.assertEqual((hline, header, list(recs)), (3, [b"A", b"B"], [(4, [b"1", b"2"])]))

    def test_delimiter_detection(self):
        self.assertEqual(detect_delimiter(b'a;b;"x,y,z"\n1,2,3,4', 0), b";")
        self.assertEqual(detect_delimiter(b"a\tb\tc,d\n", 0), b"\t")
        self.assertEqual(detect_delimiter(b"a;b,c\n", 0), b",")  # tie -> comma
        self.assertEqual(detect_delimiter(b"\xef\xbb\xbfabc\n", 0), b",")

    def test_unterminated_quote_is_file_error(self):
        _, _, _, recs = read_table(b'a,b\n1,2\n3,"open\n4,5\n')
        with self.assertRaises(FileError) as cm:
            list(recs)
        self.assertEqual(cm.exception.line, 3)

    def test_bom_stripped_and_empty_file(self):
        self.assertEqual(read_table(b"\xef\xbb\xbfx,y\n")[2], [b"x", b"y"])
        with self.assertRaises(FileError):
            read_table(b"\xef\xbb\xbf")
        with self.assertRaises(FileError):
            read_table(b"\n\r\n")


class EncodingTests(unittest.TestCase):
    def test_utf16_with_bom_is_read_in_auto_and_lines_stay(self):
        text = "MaHoSo\tGhi chú\r\nH1\t\"a\nb\"\r\n"
        for bom, codec, name in [(b"\xff\xfe", "utf-16-le", "utf-16le"), (b"\xfe\xff", "utf-16-be", "utf-16be")]:
            self.assertEqual(decode_to_utf8(bom + text.encode(codec)), (name, text.encode("utf-8")))

    def test_windows_1258_tone_marks_and_bytes_that_are_not_text(self):
        # "Mã" is M, a, combining tilde (0xDE); 0x81 is undefined: it becomes 0xFF, never UTF-8.
        name, data = decode_to_utf8(b"M\x61\xde\x81,x\n", "windows-1258")
        self.assertEqual(name, "windows-1258")
        self.assertEqual(data, "Ma\u0303".encode("utf-8") + b"\xff,x\n")
        self.assertEqual(normalize_text(data[:4].decode("utf-8")), "Mã")

    def test_utf8_unchanged_and_utf16_bom_refused_when_utf8_is_asked(self):
        self.assertEqual(decode_to_utf8(b"a,b\n"), ("utf-8", b"a,b\n"))
        with self.assertRaises(FileError):
            read_table(decode_to_utf8(b"\xff\xfea\x00\n\x00", "utf-8")[1])

    def test_other_systems_aliases(self):
        for header, canon in [("dossierNo", "dossier_id"), ("govAgencyCode", "unit_code"),
                              ("serviceCode", "procedure_code"), ("TrangThaiHoSoId", "status"),
                              ("receiveDate", "received_at"), ("Ngày nhận", "received_at"),
                              ("dueDate", "due_at"), ("Ngày trả kết quả", "returned_at"),
                              ("Ngày từ chối", "refused_at"), ("HoSoCoThanhPhanSoHo", "digitized"),
                              ("TrangThaiDongBoDVC", "synced"), ("completed_at", "finished_at")]:
            self.assertEqual(HEADER_KEYS[reference.fold(header)], canon, header)

    def test_vietnamese_status_words(self):
        for text, code in [("Mới đăng ký", 1), ("Được tiếp nhận", 2), ("Không được tiếp nhận", 3),
                           ("đang xu ly", 4), ("Yêu cầu bổ sung", 5),
                           ("Yêu cầu thực hiện nghĩa vụ tài chính", 6), ("Công dân yêu cầu rút hồ sơ", 7),
                           ("DỪNG XỬ LÝ", 8), ("Đã xử lý xong", 9), ("Đã trả kết quả", 10)]:
            self.assertEqual(parse_status(normalize_text(text)), code, text)


class RegistryTests(unittest.TestCase):
    def test_forms(self):
        cases = {"66": "66", "Tỉnh Đắk Lắk": "66", "dak-lak": "66", "ĐẮK LẮK": "66",
                 "H15": "66", "h15": "66", "54": "66", "Phú Yên": "66",
                 "1": "01", "Thành phố Hà Nội": "01", "TP Hồ Chí Minh": "79",
                 "Bà Rịa - Vũng Tàu": "79", "6": "19", "2": "08", "Thừa Thiên Huế": "46",
                 "Huế": "46", "27": "24", "45": "44", "Hoà Bình": "25",
                 "Hà Tây": None, "99": None, "066": None, "": None, "H99": None}
        for value, code in cases.items():
            self.assertEqual(resolve_province(value), code, value)


def dossier(**kw):
    d = {c[0]: None for c in COLUMNS}
    d.update(channel=1, supplement_count=0, supplement_days=Fraction(0), unit_code="",
             unit_name="", procedure_code="", province="66", status=4,
             received_at=ts(2025, 7, 1))
    d.update(kw)
    return d


class DuplicateTests(unittest.TestCase):
    def winner(self, *records):
        for order in (records, tuple(reversed(records))):
            kept = reference.deduplicate([dict(r, dossier_id="D") for r in order])
            yield kept["D"]

    def test_precedence_chain(self):
        open_ = dossier(status=9)
        ended = dossier(status=4, finished_at=ts(2025, 7, 3))
        later = dossier(status=4, finished_at=ts(2025, 7, 4))
        for w in self.winner(open_, ended, later):
            self.assertIs(w["finished_at"], later["finished_at"])
        a = dossier(received_at=ts(2025, 7, 1), status=10)
        b = dossier(received_at=ts(2025, 7, 2), status=2)
        for w in self.winner(a, b):
            self.assertEqual(w["status"], 2)
        a, b = dossier(status=5), dossier(status=6)
        for w in self.winner(a, b):
            self.assertEqual(w["status"], 6)

    def test_field_by_field_unknown_sorts_first(self):
        a = dossier(unit_code="U1", has_fee=None)
        b = dossier(unit_code="U1", has_fee=False)
        for w in self.winner(a, b):
            self.assertIs(w["has_fee"], False)
        a, b = dossier(unit_name="Z"), dossier(unit_name="Ä")  # U+00C4 > 'Z'
        for w in self.winner(a, b):
            self.assertEqual(w["unit_name"], "Ä")

    def test_supplement_request_is_not_an_end_time_and_compares_last(self):
        # a request settles timeliness but is no end time: the later received_at wins
        waiting = dossier(status=5, supplement_requested_at=ts(2025, 7, 3))
        later = dossier(status=4, received_at=ts(2025, 7, 2))
        for w in self.winner(waiting, later):
            self.assertEqual(w["status"], 4)
        # all else equal, the record with the (later) request time wins, after complaint
        a = dossier(status=5, complaint=True, supplement_requested_at=ts(2025, 7, 3))
        b = dossier(status=5, complaint=True, supplement_requested_at=ts(2025, 7, 4))
        c = dossier(status=5, complaint=True)
        for w in self.winner(a, b, c):
            self.assertEqual(w["supplement_requested_at"], ts(2025, 7, 4))
        a = dossier(status=5, complaint=False, supplement_requested_at=ts(2025, 7, 4))
        b = dossier(status=5, complaint=True)
        for w in self.winner(a, b):
            self.assertIs(w["complaint"], True)


class MetricTests(unittest.TestCase):
    def test_timeliness_classes_and_supplement(self):
        s, e = quarter_bounds(2025, 3)
        self.assertEqual((s, e), (ts(2025, 7, 1), ts(2025, 10, 1)))
        t = new_tally()
        due = ts(2025, 7, 10)
        rows = [
            # ended on time only thanks to 0.5 supplement days
            dossier(due_at=due, finished_at=due + 43200, supplement_days=Fraction(1, 2)),
            # on time by date but supplemented twice -> overdue
            dossier(due_at=due, finished_at=due, supplement_count=2),
            # open, due exactly at the end of P -> open in time
            dossier(due_at=e),
            # open, due one second earlier -> overdue
            dossier(due_at=e - 1),
            # ended after P: not ended in P, due after P -> open in time
            dossier(due_at=e + 5, finished_at=e + 1),
            # no due date
            dossier(),
            # ended before P: out of scope; status 1: no metric
            dossier(received_at=ts(2025, 6, 1), finished_at=ts(2025, 6, 30)),
            dossier(status=1, due_at=due),
        ]
        for d in rows:
            tally_add(t, d, s, e)
        self.assertEqual((t["in_scope"], t["with_due"], t["no_due_date"], t["on_time"],
                          t["open_in_time"], t["overdue"], t["ended"]), (6, 5, 1, 1, 2, 2, 2))

    def test_timeliness_end_of_a_dossier_waiting_for_a_supplement(self):
        s, e = quarter_bounds(2025, 3)
        t = new_tally()
        due = ts(2025, 7, 10, 17)
        rows = [
            # status 5, requested before its due: settled on time at the request
            dossier(status=5, due_at=due, supplement_count=1,
                    supplement_requested_at=ts(2025, 7, 8, 9)),
            # requested after its due: overdue
            dossier(status=5, due_at=due, supplement_count=1,
                    supplement_requested_at=ts(2025, 7, 12, 9)),
            # two requests: overdue although requested before the due
            dossier(status=5, due_at=due, supplement_count=2,
                    supplement_requested_at=ts(2025, 7, 8, 9)),
            # requested before P: settled before P, out of scope
            dossier(status=5, received_at=ts(2025, 6, 1, 8), due_at=ts(2025, 6, 20, 17),
                    supplement_count=1, supplement_requested_at=ts(2025, 6, 5, 9)),
            # requested after the end of P: open at the end, judged against it
            dossier(status=5, received_at=ts(2025, 9, 20, 8), due_at=ts(2025, 10, 5, 17),
                    supplement_count=1, supplement_requested_at=ts(2025, 10, 2, 9)),
            dossier(status=5, received_at=ts(2025, 9, 20, 8), due_at=ts(2025, 9, 25, 17),
                    supplement_count=1, supplement_requested_at=ts(2025, 10, 2, 9)),
            # status 4 with a request time: ignored, open, past its due -> overdue
            dossier(status=4, due_at=due, supplement_count=1,
                    supplement_requested_at=ts(2025, 7, 8, 9)),
        ]
        for d in rows:
            tally_add(t, d, s, e)
        self.assertEqual((t["in_scope"], t["with_due"], t["on_time"], t["open_in_time"],
                          t["overdue"], t["ended"], t["processing_seconds_sum"]),
                         (6, 6, 1, 1, 4, 0, 0))

    def test_rounding_and_ranking(self):
        self.assertEqual(round_half_away(Fraction(2345, 1000), 2), "2.35")
        self.assertEqual(round_half_away(Fraction(1, 8), 2), "0.13")
        self.assertEqual(round_half_away(Fraction(-1, 8), 2), "-0.13")
        self.assertEqual(round_half_away(Fraction(2, 3), 4), "0.6667")
        self.assertEqual(round_half_away(0, 2), "0.00")
        ranked = competition_rank([("08", Fraction(50)), ("01", Fraction(60)),
                                   ("04", Fraction(50004, 1000)), ("02", Fraction(4999, 100))])
        self.assertEqual([(r, k) for r, k, _ in ranked], [(1, "01"), (2, "04"), (2, "08"), (4, "02")])

    def test_period_forms_bounds_and_shifts(self):
        self.assertEqual(parse_period("2025-09"), ("month", 2025, 9))
        self.assertEqual(parse_period("2025"), ("year", 2025, 1))
        self.assertEqual(parse_period("Q3/2025"), ("quarter", 2025, 3))
        self.assertEqual(period_bounds(("month", 2025, 12)), (ts(2025, 12, 1), ts(2026, 1, 1)))
        self.assertEqual(period_bounds(("year", 2025, 1)), (ts(2025, 1, 1), ts(2026, 1, 1)))
        self.assertEqual(period_name(period_shift(("month", 2025, 1), -1)), "2024-12")
        self.assertEqual(period_name(period_shift(("quarter", 2025, 1), -13)), "2021-Q4")
        self.assertEqual(period_of("month", ts(2025, 3, 1) - 1), ("month", 2025, 2))
        with self.assertRaises(ValueError):
            parse_period("2025-13")

    def test_as_of_cut_and_at_risk(self):
        # Q3 cut at 15 August: due 10 September is open in time and at risk as of as-of, and
        # overdue at the calendar end; due 1 October (the calendar end) is not at risk.
        s, e = quarter_bounds(2025, 3)
        as_of = ts(2025, 8, 15)
        rows = [dossier(due_at=ts(2025, 9, 10)), dossier(due_at=e),
                dossier(due_at=ts(2025, 8, 14)), dossier(received_at=ts(2025, 8, 20), due_at=ts(2025, 9, 1))]
        cut, whole = new_tally(), new_tally()
        for d in rows:
            tally_add(cut, d, s, as_of, e)
            tally_add(whole, d, s, e)
        self.assertEqual((cut["in_scope"], cut["open_in_time"], cut["overdue"], cut["at_risk"]), (3, 2, 1, 1))
        self.assertEqual((whole["in_scope"], whole["open_in_time"], whole["overdue"], whole["at_risk"]),
                         (4, 1, 3, 0))

    def test_quarter_forms(self):
        self.assertEqual([parse_quarter(q) for q in ["2025-Q3", "2025Q3", "Q3/2025"]],
                         [(2025, 3)] * 3)
        self.assertEqual(quarter_bounds(2025, 4)[1], ts(2026, 1, 1))


class EndToEndTests(unittest.TestCase):
    def compare(self, outdir, name, expected_name=None):
        with open(os.path.join(BASIC, "expected", expected_name or name), encoding="utf-8") as f:
            expected = f.read()
        with open(os.path.join(outdir, name), encoding="utf-8") as f:
            self.assertEqual(f.read(), expected, name)

    def test_basic(self):
        with tempfile.TemporaryDirectory() as out:
            r = run_cli(["--quarter", "2025-Q3", "--max-reject-rate", "1", "--out", out,
                         "input"], BASIC)
            self.assertEqual(r.returncode, 0, r.stderr)
            for name in ["indicators.csv", "provinces.csv", "rankings.csv", "trend.csv",
                         "reconciliation.csv", "rejects.csv", "units.csv", "focus_total.csv"]:
                self.compare(out, name)

    def test_file_order_does_not_matter_and_focus(self):
        with tempfile.TemporaryDirectory() as out:
            r = run_cli(["--quarter", "Q3/2025", "--focus", "Hà Nội", "--max-reject-rate", "1",
                         "--out", out, "input/b.csv", "input/a.csv"], BASIC)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.compare(out, "units.csv", "units_focus01.csv")
            self.compare(out, "indicators.csv")
            self.compare(out, "rejects.csv")

    def test_reject_rate_fails_and_writes_nothing(self):
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "out")
            r = run_cli(["--quarter", "2025-Q3", "--out", out, "input"], BASIC)
            self.assertEqual(r.returncode, 65)
            self.assertFalse(os.path.exists(out))

    def test_missing_required_column_is_file_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "x.csv")
            with open(path, "wb") as f:
                f.write(b"\n\nMaHoSo;MaTinh;NgayTiepNhan\n1;66;20250701080000\n")
            r = run_cli(["--out", os.path.join(tmp, "out"), path], tmp)
            self.assertEqual(r.returncode, 65)
            self.assertIn(path + ":3:1: error:", r.stderr)
            # --province does not stand in for status
            path2 = os.path.join(tmp, "y.csv")
            with open(path2, "wb") as f:
                f.write(b"MaHoSo,TrangThaiHoSo,NgayTiepNhan\n1,4,20250701080000\n")
            r = run_cli(["--province", "H15", "--out", os.path.join(tmp, "out2"), path2], tmp)
            self.assertEqual(r.returncode, 0, r.stderr)
            with open(os.path.join(tmp, "out2", "rankings.csv"), encoding="utf-8") as f:
                self.assertIn("1,66,Đắk Lắk,computed,", f.read())


if __name__ == "__main__":
    unittest.main()
