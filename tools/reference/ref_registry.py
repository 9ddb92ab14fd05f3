"""Province registry (docs/methodology.md, Province registry) and the
text-folding rule used for names, header matching and value words."""

import unicodedata

# code, unit name, DVCQG code, [(old name, old code), ...]
REGISTRY = [
    ("01", "Hà Nội", "H26", []),
    ("04", "Cao Bằng", "H14", []),
    ("08", "Tuyên Quang", "H60", [("Hà Giang", "02")]),
    ("11", "Điện Biên", "H18", []),
    ("12", "Lai Châu", "H35", []),
    ("14", "Sơn La", "H52", []),
    ("15", "Lào Cai", "H38", [("Lào Cai", "10"), ("Yên Bái", "15")]),
    ("19", "Thái Nguyên", "H55", [("Bắc Kạn", "06")]),
    ("20", "Lạng Sơn", "H37", []),
    ("22", "Quảng Ninh", "H49", []),
    ("24", "Bắc Ninh", "H05", [("Bắc Giang", "24"), ("Bắc Ninh", "27")]),
    ("25", "Phú Thọ", "H44", [("Vĩnh Phúc", "26"), ("Hòa Bình", "17")]),
    ("31", "Hải Phòng", "H24", [("Hải Dương", "30")]),
    ("33", "Hưng Yên", "H31", [("Thái Bình", "34")]),
    ("37", "Ninh Bình", "H42", [("Hà Nam", "35"), ("Nam Định", "36")]),
    ("38", "Thanh Hóa", "H56", []),
    ("40", "Nghệ An", "H41", []),
    ("42", "Hà Tĩnh", "H27", []),
    ("44", "Quảng Trị", "H50", [("Quảng Bình", "44"), ("Quảng Trị", "45")]),
    ("46", "Huế", "H57", [("Thừa Thiên Huế", "46")]),
    ("48", "Đà Nẵng", "H17", [("Quảng Nam", "49")]),
    ("51", "Quảng Ngãi", "H48", [("Kon Tum", "62")]),
    ("52", "Gia Lai", "H21", [("Bình Định", "52"), ("Gia Lai", "64")]),
    ("56", "Khánh Hòa", "H32", [("Ninh Thuận", "58")]),
    ("66", "Đắk Lắk", "H15", [("Phú Yên", "54")]),
    ("68", "Lâm Đồng", "H36", [("Đắk Nông", "67"), ("Bình Thuận", "60")]),
    ("75", "Đồng Nai", "H19", [("Bình Phước", "70")]),
    ("79", "Hồ Chí Minh", "H29", [("Bình Dương", "74"), ("Bà Rịa – Vũng Tàu", "77")]),
    ("80", "Tây Ninh", "H53", [("Long An", "80"), ("Tây Ninh", "72")]),
    ("82", "Đồng Tháp", "H20", [("Tiền Giang", "82"), ("Đồng Tháp", "87")]),
    ("86", "Vĩnh Long", "H61", [("Bến Tre", "83"), ("Trà Vinh", "84")]),
    ("91", "An Giang", "H01", [("Kiên Giang", "91"), ("An Giang", "89")]),
    ("92", "Cần Thơ", "H13", [("Sóc Trăng", "94"), ("Hậu Giang", "93")]),
    ("96", "Cà Mau", "H12", [("Bạc Liêu", "95")]),
]

NAMES = {code: name for code, name, _, _ in REGISTRY}


def fold(text):
    """Lower-case, strip diacritics (NFD, drop combining marks), đ -> d, keep
    letters and digits only."""
    text = unicodedata.normalize("NFD", text.lower())
    out = []
    for ch in text:
        if unicodedata.combining(ch):
            continue
        if ch == "đ":
            ch = "d"
        if ch.isalnum():
            out.append(ch)
    return "".join(out)


def fold_name(text):
    """fold() then drop one leading "tinh", "thanhpho" or "tp"."""
    key = fold(text)
    for prefix in ("thanhpho", "tinh", "tp"):
        if key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix):]
    return key


def _build():
    by_code, by_old_code, by_dvcqg, by_name = {}, {}, {}, {}
    for code, name, dvcqg, olds in REGISTRY:
        by_code[code] = code
        by_dvcqg[dvcqg.lower()] = code
        by_name[fold_name(name)] = code
        for old_name, old_code in olds:
            by_old_code.setdefault(old_code, code)
            by_name.setdefault(fold_name(old_name), code)
    return by_code, by_old_code, by_dvcqg, by_name


_BY_CODE, _BY_OLD_CODE, _BY_DVCQG, _BY_NAME = _build()


def resolve_province(value):
    """Return the current 2-digit code for a registry value, or None."""
    value = value.strip()
    if not value:
        return None
    if value.isascii() and value.isdigit():
        if len(value) == 1:
            value = "0" + value
        if len(value) != 2:
            return None
        # A current code wins over an old code with the same number.
        return _BY_CODE.get(value) or _BY_OLD_CODE.get(value)
    low = value.lower()
    if low in _BY_DVCQG:
        return _BY_DVCQG[low]
    key = fold_name(value)
    return _BY_NAME.get(key) if key else None
