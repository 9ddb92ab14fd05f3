"""Column table (docs/methodology.md, Columns) and value parsers.  Every parser takes a text value
that is already normalised (NFC, trimmed, inner white space collapsed) and
non-empty, and returns the parsed value or raises BadValue(reason)."""

import datetime as _dt
import re
import unicodedata
from fractions import Fraction

from ref_registry import fold, resolve_province

LOCAL_OFFSET = 7 * 3600  # Vietnam, UTC+7, no DST

# canonical, aliases, kind, required (province: required unless --province)
COLUMNS = [
    ("dossier_id", ["MaHoSo", "ma_ho_so", "Mã hồ sơ", "dossierNo"], "text", True),
    ("province", ["MaTinh", "Tỉnh", "province_code"], "province", True),
    ("unit_code", ["MaDonVi", "MaDonViXuLy", "govAgencyCode"], "text", False),
    ("unit_name", ["DonViXuLy", "TenDonVi", "Đơn vị", "agency_name"], "text", False),
    ("procedure_code", ["MaTTHC", "Mã TTHC", "serviceCode"], "text", False),
    ("channel", ["KenhThucHien", "Kênh"], "channel", False),
    ("status", ["TrangThaiHoSo", "TrangThaiHoSoId", "Trạng thái"], "status", True),
    ("received_at", ["NgayTiepNhan", "Ngày tiếp nhận", "Ngày nhận", "receiveDate"], "datetime", True),
    ("due_at", ["NgayHenTra", "Ngày hẹn trả", "dueDate"], "due", False),
    ("finished_at", ["NgayKetThucXuLy", "Ngày kết thúc xử lý", "completed_at"], "datetime", False),
    ("returned_at", ["NgayTra", "Ngày trả kết quả"], "datetime", False),
    ("refused_at", ["NgayTuChoi", "Ngày từ chối"], "datetime", False),
    ("supplement_count", ["SoLanBoSung"], "count", False),
    ("supplement_days", ["SoNgayBoSung"], "days", False),
    ("has_fee", ["CoPhiLePhi"], "flag", False),
    ("paid_online", ["DuocThanhToanTrucTuyen"], "paid", False),
    ("digitized", ["HoSoCoThanhPhanSoHoa", "HoSoCoThanhPhanSoHo"], "flag", False),
    ("reused_data", ["DuocTaiSuDung"], "flag", False),
    ("e_result", ["CoKetQuaDienTu"], "flag", False),
    ("synced", ["DaDongBo", "TrangThaiDongBoDVC"], "flag", False),
    ("rating", ["MucDoHaiLong", "Mức độ hài lòng"], "rating", False),
    ("complaint", ["CoPhanAnhKienNghi"], "flag", False),
    ("supplement_requested_at", ["NgayYeuCauBoSung", "Ngày yêu cầu bổ sung"], "datetime", False),
    ("service_level", ["MucDo", "Mức độ"], "service_level", False),
    ("unit_level", ["CapDonVi"], "unit_level", False),
]
COLUMN_NAMES = [c[0] for c in COLUMNS]

HEADER_KEYS = {}
for _canon, _aliases, _kind, _req in COLUMNS:
    for _name in [_canon] + _aliases:
        HEADER_KEYS[fold(_name)] = _canon

MAX_FIELD_BYTES = 65536


class BadValue(Exception):
    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def normalize_text(text):
    """NFC, trim, and collapse every run of white space into one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


# ---------------------------------------------------------------- datetimes

_RE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})")
_RE_DASH = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?")
_RE_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?")
_RE_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_RE_DATE_DASH = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_RE_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")

_EPOCH = _dt.date(1970, 1, 1)


def _instant(y, mo, d, h, mi, s, offset):
    try:
        day = _dt.date(y, mo, d)
    except ValueError:
        raise BadValue("bad_datetime")
    if not (0 <= h <= 23 and 0 <= mi <= 59 and 0 <= s <= 59):
        raise BadValue("bad_datetime")
    return (day - _EPOCH).days * 86400 + h * 3600 + mi * 60 + s - offset


def parse_datetime(text, date_only_end_of_day=False):
    """Seconds since 1970-01-01T00:00:00Z.  Documented formats only."""
    if not text.isascii():
        raise BadValue("bad_datetime")
    m = _RE_COMPACT.fullmatch(text)
    if m:
        y, mo, d, h, mi, s = map(int, m.groups())
        return _instant(y, mo, d, h, mi, s, LOCAL_OFFSET)
    m = _RE_DASH.fullmatch(text)
    if m:
        y, mo, d, h, mi = map(int, m.groups()[:5])
        s = int(m.group(6) or 0)
        return _instant(y, mo, d, h, mi, s, LOCAL_OFFSET)
    m = _RE_ISO.fullmatch(text)
    if m:
        y, mo, d, h, mi, s = map(int, m.groups()[:6])
        zone = m.group(7)
        if zone is None:
            offset = LOCAL_OFFSET
        elif zone == "Z":
            offset = 0
        else:
            zh, zm = int(zone[1:3]), int(zone[4:6])
            if zh > 23 or zm > 59:
                raise BadValue("bad_datetime")
            offset = (zh * 3600 + zm * 60) * (1 if zone[0] == "+" else -1)
        return _instant(y, mo, d, h, mi, s, offset)
    m = _RE_SLASH.fullmatch(text)
    if m and m.group(4) is not None:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        h, mi = int(m.group(4)), int(m.group(5))
        s = int(m.group(6) or 0)
        return _instant(y, mo, d, h, mi, s, LOCAL_OFFSET)
    # the date-only forms dd/MM/yyyy, yyyy-MM-dd, yyyyMMdd: 23:59:59 for a due date, else 00:00
    if m:
        y, mo, d = int(m.group(3)), int(m.group(2)), int(m.group(1))
    else:
        m = _RE_DATE_DASH.fullmatch(text) or _RE_DATE_COMPACT.fullmatch(text)
        if not m:
            raise BadValue("bad_datetime")
        y, mo, d = map(int, m.groups())
    if date_only_end_of_day:
        return _instant(y, mo, d, 23, 59, 59, LOCAL_OFFSET)
    return _instant(y, mo, d, 0, 0, 0, LOCAL_OFFSET)


# ---------------------------------------------------------------- words

_FLAG_WORDS = {"1": True, "0": False, "true": True, "false": False,
               "yes": True, "no": False, "co": True, "khong": False}

_CHANNEL_WORDS = {"tructiep": 1, "direct": 1,
                  "tructuyen": 2, "online": 2,
                  "buuchinh": 3, "bcci": 3, "buuchinhcongich": 3, "postal": 3}

_STATUS_WORDS = {fold(w): i for i, w in enumerate([
    "newly registered", "accepted", "not accepted", "processing",
    "supplement requested", "financial obligation requested", "withdrawn",
    "stopped", "processing finished", "result returned"], start=1)}
_STATUS_WORDS.update({fold(w): i for i, w in enumerate([
    "Mới đăng ký", "Được tiếp nhận", "Không được tiếp nhận", "Đang xử lý",
    "Yêu cầu bổ sung", "Yêu cầu thực hiện nghĩa vụ tài chính",
    "Công dân yêu cầu rút hồ sơ", "Dừng xử lý", "Đã xử lý xong",
    "Đã trả kết quả"], start=1)})

_RATING_WORDS = {"khonghailong": 1, "hailong": 2, "rathailong": 3}

_SERVICE_LEVEL_WORDS = {fold(w): level for w, level in [
    ("toàn trình", 4), ("DVC toàn trình", 4), ("full online", 4),
    ("một phần", 3), ("DVC một phần", 3), ("partly online", 3)]}

_UNIT_LEVEL_WORDS = {fold(w): level for w, level in [
    ("department", "department"), ("province", "department"), ("sở", "department"),
    ("cấp tỉnh", "department"), ("commune", "commune"), ("xã", "commune"), ("cấp xã", "commune")]}


def _small_int(text):
    """Value of an all-ASCII-digit string, else None."""
    if text.isascii() and text.isdigit():
        return int(text)
    return None


def _word(text):
    """Words match case- and diacritics-insensitively: compare folded forms.
    Pure digit strings are handled by _small_int before this is used."""
    return fold(text)


def parse_flag(text):
    n = _small_int(text)
    if n is not None:
        if n in (0, 1):
            return bool(n)
        raise BadValue("bad_flag")
    key = _word(text)
    if key in _FLAG_WORDS and not key.isdigit():
        return _FLAG_WORDS[key]
    raise BadValue("bad_flag")


def parse_paid(text):
    n = _small_int(text)
    if n is not None:
        if n in (0, 1, 2, 3):  # 3: a fee requested, not paid yet (known, not paid online)
            return n
        raise BadValue("bad_flag")
    key = _word(text)
    if key in _FLAG_WORDS and not key.isdigit():
        return 1 if _FLAG_WORDS[key] else 0
    raise BadValue("bad_flag")


def _code_or_word(text, codes, words, reason):
    """A small number among `codes`, or a word of `words`; anything else is `reason`."""
    n = _small_int(text)
    if n is not None:
        if n in codes:
            return n
        raise BadValue(reason)
    key = _word(text)
    if key in words:
        return words[key]
    raise BadValue(reason)


def parse_channel(text):
    return _code_or_word(text, (1, 2, 3), _CHANNEL_WORDS, "bad_channel")


def parse_status(text):
    return _code_or_word(text, range(1, 11), _STATUS_WORDS, "bad_status")


def parse_rating(text):
    return _code_or_word(text, (1, 2, 3), _RATING_WORDS, "bad_rating")


def parse_service_level(text):
    """1-4 (4 full online, 3 partly online), or the words; an unknown value is bad_flag."""
    return _code_or_word(text, range(1, 5), _SERVICE_LEVEL_WORDS, "bad_flag")


def parse_unit_level(text):
    """"department" or "commune" from the words; an unknown value is bad_flag."""
    key = _word(text)
    if key in _UNIT_LEVEL_WORDS:
        return _UNIT_LEVEL_WORDS[key]
    raise BadValue("bad_flag")


def parse_count(text):
    n = _small_int(text)
    if n is None:
        raise BadValue("bad_number")
    return n


_RE_DAYS = re.compile(r"(\d+)(?:[.,](\d*))?|[.,](\d+)")


def parse_days(text):
    m = _RE_DAYS.fullmatch(text) if text.isascii() else None
    if not m:
        raise BadValue("bad_number")
    if m.group(3) is not None:
        whole, frac = "0", m.group(3)
    else:
        whole, frac = m.group(1), m.group(2) or ""
    return Fraction(int(whole + frac), 10 ** len(frac))


def parse_province(text):
    code = resolve_province(text)
    if code is None:
        raise BadValue("unknown_province")
    return code


PARSERS = {
    "text": lambda t: t,
    "province": parse_province,
    "channel": parse_channel,
    "status": parse_status,
    "datetime": parse_datetime,
    "due": lambda t: parse_datetime(t, date_only_end_of_day=True),
    "count": parse_count,
    "days": parse_days,
    "flag": parse_flag,
    "paid": parse_paid,
    "rating": parse_rating,
    "service_level": parse_service_level,
    "unit_level": parse_unit_level,
}

# Value used when a cell is empty or the column is absent.
DEFAULTS = {"channel": 1, "count": 0, "days": Fraction(0)}
