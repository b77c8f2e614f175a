"""Draft entity candidates for hand review (annotation tooling, not the library under test).

Regular expressions and a small gazetteer propose DOC_NUMBER, DATE, PERCENT, AGENCY and LOCATION
spans with values; the per-document files in ``docs/`` then drop, add or fix items by hand after
reading the text. Nothing here calls ``vn_egov_extract``.
"""
from __future__ import annotations

import calendar
import re

WS = r"\s+"


def _w(s: str) -> str:
    return WS.join(re.escape(p) for p in s.split())


# ------------------------------------------------------------------ provinces (34 units after 1/7/2025 + old names met)
PROVINCES = {
    # canonical: (code, [surface forms])
    "Hà Nội": ("01", ["Hà Nội", "Thành phố Hà Nội", "thành phố Hà Nội", "TP Hà Nội", "Tp. Hà Nội", "THÀNH PHỐ HÀ NỘI"]),
    "Hồ Chí Minh": ("79", ["Thành phố Hồ Chí Minh", "thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "TP.Hồ Chí Minh",
                           "TP. Hồ Chí Minh", "THÀNH PHỐ HỒ CHÍ MINH", "TP.HCM", "Hồ Chí Minh"]),
    "Hải Phòng": ("31", ["TP Hải Phòng", "TP. Hải Phòng", "Tp Hải Phòng", "Hải Phòng"]),
    "Đà Nẵng": ("48", ["TP Đà Nẵng", "Tp Đà Nẵng", "Tp. Đà Nẵng", "Đà Nẵng"]),
    "Cần Thơ": ("92", ["TP Cần Thơ", "Tp Cần Thơ", "Cần Thơ"]),
    "Huế": ("46", ["TP Huế", "Tp Huế", "Tp. Huế"]),
    "An Giang": ("89", ["An Giang"]), "Bắc Ninh": ("27", ["tỉnh Bắc Ninh", "TỈNH BẮC NINH", "Bắc Ninh"]),
    "Gia Lai": ("64", ["Gia Lai"]), "Thái Nguyên": ("19", ["Thái Nguyên"]), "Cà Mau": ("96", ["Cà Mau"]),
    "Ninh Bình": ("37", ["Ninh Bình"]), "Quảng Ninh": ("22", ["Quảng Ninh"]), "Hưng Yên": ("33", ["Hưng Yên"]),
    "Tây Ninh": ("72", ["Tây Ninh"]), "Thanh Hóa": ("38", ["Thanh Hóa"]), "Hà Tĩnh": ("42", ["Hà Tĩnh"]),
    "Lâm Đồng": ("68", ["Lâm Đồng"]), "Vĩnh Long": ("86", ["Vĩnh Long"]), "Nghệ An": ("40", ["Nghệ An"]),
    "Điện Biên": ("11", ["Điện Biên"]), "Đồng Nai": ("75", ["Đồng Nai"]), "Tuyên Quang": ("08", ["Tuyên Quang"]),
    "Lào Cai": ("10", ["Lào Cai"]), "Quảng Ngãi": ("51", ["Quảng Ngãi"]),
    "Đồng Tháp": ("87", ["tỉnh Đồng Tháp", "TỈNH ĐỒNG THÁP", "Đồng Tháp"]), "Phú Thọ": ("25", ["Phú Thọ"]),
    "Đắk Lắk": ("66", ["tỉnh Đắk Lắk", "TỈNH ĐẮK LẮK", "Đắk Lắk", "Đắk\nLắk", "ĐẮK LẮK"]),
    "Cao Bằng": ("04", ["Cao Bằng"]), "Khánh Hòa": ("56", ["Khánh Hòa"]), "Sơn La": ("14", ["Sơn La"]),
    "Quảng Trị": ("45", ["Quảng Trị"]), "Lạng Sơn": ("20", ["Lạng Sơn"]), "Lai Châu": ("12", ["Lai Châu"]),
    "Phú Yên": ("54", ["Phú Yên"]),
}
COUNTRY_FORMS = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Việt Nam"]

# ------------------------------------------------------------------ agencies: (surface, canonical, kind)
MINISTRIES = [
    "Bộ Công an", "Bộ Công Thương", "Bộ Giáo dục và Đào tạo", "Bộ Nội vụ", "Bộ Nông nghiệp và Môi trường",
    "Bộ Khoa học và Công nghệ", "Bộ Xây dựng", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Văn hoá, Thể thao và Du lịch", "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
    "Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và Truyền thông",
]
AGENCIES = [(m, m.replace("Văn hoá", "Văn hóa"), "ministry") for m in MINISTRIES] + [
    ("Bộ KH&CN", "Bộ Khoa học và Công nghệ", "ministry"),
    ("Bộ VHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "ministry"),
    ("Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước Việt Nam", "ministry"),
    ("Ngân hàng Nhà nước", "Ngân hàng Nhà nước Việt Nam", "ministry"),
    ("Thanh tra Chính phủ", "Thanh tra Chính phủ", "ministry"),
    ("Văn phòng Chính phủ", "Văn phòng Chính phủ", "agency"),
    ("VĂN PHÒNG CHÍNH PHỦ", "Văn phòng Chính phủ", "agency"),
    ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ", "government"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "Thủ tướng Chính phủ", "government"),
    ("Chính phủ", "Chính phủ", "government"),
    ("Bộ Chính trị", "Bộ Chính trị", "party"),
    ("Ban Bí thư", "Ban Bí thư", "party"),
    ("Quốc hội", "Quốc hội", "legislature"),
    ("Ban Cơ yếu Chính phủ", "Ban Cơ yếu Chính phủ", "agency"),
    ("Đài Truyền hình Việt Nam", "Đài Truyền hình Việt Nam", "agency"),
    ("Trung tâm Dữ liệu quốc gia", "Trung tâm Dữ liệu quốc gia", "agency"),
    ("Trung tâm An ninh mạng quốc gia", "Trung tâm An ninh mạng quốc gia", "agency"),
]


DEPARTMENTS = [
    "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nội vụ", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa và Thể thao", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
    "Sở Y tế", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ",
    "Sở Du lịch", "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư",
]
DEPT_ABBR = {"Sở KH&CN": "Sở Khoa học và Công nghệ", "Sở KHCN": "Sở Khoa học và Công nghệ",
             "Sở VHTTDL": "Sở Văn hóa, Thể thao và Du lịch", "Sở GD&ĐT": "Sở Giáo dục và Đào tạo",
             "Sở NN&MT": "Sở Nông nghiệp và Môi trường"}


def _month_end(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def _num(s: str) -> float:
    s = s.replace(" ", "")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    return float(s)


QUAL = [
    (r"tối\s+thiểu|ít\s+nhất|không\s+dưới|≥|>=", "at_least"),
    (r"tối\s+đa|không\s+quá|không\s+vượt\s+quá|≤|<=", "at_most"),
    (r"trên|hơn|vượt|>", "more_than"),
    (r"dưới|chưa\s+đến|chưa\s+tới|<", "less_than"),
    (r"gần|khoảng|xấp\s+xỉ", "approx"),
]
QUAL_RX = "|".join(f"(?:{q})" for q, _ in QUAL)
NUM = r"\d+(?:[.,]\s?\d+)?"
PCT_RX = re.compile(
    rf"(?:(?P<q>{QUAL_RX})\s*)?(?P<a>{NUM})(?:\s*[-–]\s*(?P<b>{NUM}))?\s*%"
)


def _qual(q: str | None) -> str:
    if not q:
        return "exact"
    for rx, name in QUAL:
        if re.fullmatch(rx, q):
            return name
    return "exact"


def percents(text: str):
    for m in PCT_RX.finditer(text):
        q = _qual(m.group("q"))
        a = m.group("a")
        if m.group("b"):
            val = {"value": None, "low": _num(a), "high": _num(m.group("b")), "qualifier": "range"}
        else:
            try:
                v = _num(a)
            except ValueError:
                continue
            val = {"value": v, "low": None, "high": None, "qualifier": q}
        yield ("PERCENT", m.start(), m.end(), val)


DATE_RXS = [
    # (regex, builder(match, doc_year) -> value)
    (rf"ngày{WS}(\d{{1,2}}){WS}tháng{WS}(\d{{1,2}}){WS}năm{WS}(\d{{4}})", "dmy"),
    (rf"[Nn]gày{WS}(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})", "dmy"),
    (r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", "dmy"),
    (rf"[Tt]háng{WS}(\d{{1,2}}){WS}năm{WS}(\d{{4}})", "my"),
    (rf"[Tt]háng{WS}(\d{{1,2}})/(\d{{4}})", "my"),
    (rf"[Qq]u[ýí]{WS}(IV|III|II|I){WS}?[/-]{WS}?(\d{{4}})", "qy"),
    (rf"[Qq]u[ýí]\s*(IV|III|II|I)[/-](\d{{4}})", "qy"),
    (rf"(?:[Gg]iai{WS}đoạn|[Nn]hiệm{WS}kỳ|[Tt]hời{WS}kỳ|[Nn]ăm){WS}(\d{{4}})\s*[-–]\s*(\d{{4}})", "yy"),
    (rf"(\d{{1,2}}){WS}tháng{WS}(?:đầu{WS})?năm{WS}(\d{{4}})", "nmy"),
    (rf"[Nn]ăm{WS}(\d{{4}})", "y"),
]


def dates(text: str, doc_year: int):
    for rx, kind in DATE_RXS:
        for m in re.finditer(rx, text):
            g = m.groups()
            try:
                if kind == "dmy":
                    d, mo, y = int(g[0]), int(g[1]), int(g[2])
                    iso = f"{y:04d}-{mo:02d}-{d:02d}"
                    val = {"start": iso, "end": iso, "grain": "day"}
                elif kind == "my":
                    mo, y = int(g[0]), int(g[1])
                    val = {"start": f"{y:04d}-{mo:02d}-01", "end": _month_end(y, mo), "grain": "month"}
                elif kind == "qy":
                    q, y = ROMAN[g[0]], int(g[1])
                    val = {"start": f"{y:04d}-{3 * q - 2:02d}-01", "end": _month_end(y, 3 * q), "grain": "quarter"}
                elif kind == "yy":
                    val = {"start": f"{int(g[0]):04d}-01-01", "end": f"{int(g[1]):04d}-12-31", "grain": "period"}
                elif kind == "nmy":
                    n, y = int(g[0]), int(g[1])
                    val = {"start": f"{y:04d}-01-01", "end": _month_end(y, n), "grain": "period"}
                else:
                    y = int(g[0])
                    val = {"start": f"{y:04d}-01-01", "end": f"{y:04d}-12-31", "grain": "year"}
            except (ValueError, KeyError):
                continue
            yield ("DATE", m.start(), m.end(), val)


DOC_TYPE_BY_CODE = {
    "QĐ": "Quyết định", "NQ": "Nghị quyết", "NĐ": "Nghị định", "TT": "Thông tư", "CT": "Chỉ thị", "KH": "Kế hoạch",
    "TB": "Thông báo", "CĐ": "Công điện", "TTr": "Tờ trình", "BC": "Báo cáo", "HD": "Hướng dẫn", "KL": "Kết luận",
    "CTr": "Chương trình", "KHHĐ": "Kế hoạch hành động", "CV": "Công văn",
}
DOCNUM_RX = re.compile(
    r"(?<![\w/])(\d+(?:\.\d+)?)(?:/(\d{4}))?/([A-ZĐ][A-Za-zĐđ0-9&]*(?:-[A-Za-zĐđ0-9&]+)*)"
    r"|(?<![\w/])(\d+)-\s?([A-ZĐ][A-Za-zĐđ]*)/([A-ZĐ][A-Za-zĐđ]*)"
)


def doc_numbers(text: str):
    for m in DOCNUM_RX.finditer(text):
        if m.group(1):
            num, year, sym = m.group(1), m.group(2), m.group(3)
            if year is None and re.fullmatch(r"\d{4}", sym or ""):
                continue
            code = sym.split("-")[0]
            dt = DOC_TYPE_BY_CODE.get(code)
            if re.fullmatch(r"QH\d+", sym):
                dt = "Luật"
            val = {"number": num, "year": int(year) if year else None, "symbol": sym, "doc_type": dt, "issuer": None}
        else:
            num, code, org = m.group(4), m.group(5), m.group(6)
            val = {"number": num, "year": None, "symbol": f"{code}/{org}", "doc_type": DOC_TYPE_BY_CODE.get(code),
                   "issuer": None}
        yield ("DOC_NUMBER", m.start(), m.end(), val)
    for m in re.finditer(rf"Đề{WS}án{WS}06", text):
        yield ("DOC_NUMBER", m.start(), m.end(),
               {"number": "06", "year": None, "symbol": None, "doc_type": "Đề án", "issuer": None})


def agencies(text: str):
    for surf, name, kind in AGENCIES:
        for m in re.finditer(rf"(?<!\w){_w(surf)}(?!\w)", text):
            yield ("AGENCY", m.start(), m.end(), {"name": name, "kind": kind, "location": None})
    # Sở X (department of a province); location filled per document
    for dep in DEPARTMENTS + list(DEPT_ABBR):
        for m in re.finditer(rf"(?<!\w){_w(dep)}(?!\w)", text):
            yield ("AGENCY", m.start(), m.end(), {"name": DEPT_ABBR.get(dep, dep).replace("Văn hoá", "Văn hóa"), "kind": "department",
                                                  "location": None})
    # Ủy ban nhân dân / UBND / HĐND + province
    for m in re.finditer(rf"(?:[ỦU][ỷy]{WS}ban{WS}nhân{WS}dân|ỦY{WS}BAN{WS}NHÂN{WS}DÂN|UBND|Hội{WS}đồng{WS}nhân{WS}dân|HỘI{WS}ĐỒNG{WS}NHÂN{WS}DÂN|HĐND)"
                         rf"(?:{WS}(?:tỉnh|Tỉnh|thành{WS}phố|Thành{WS}phố|TỈNH|THÀNH{WS}PHỐ|TP\.?))?", text):
        yield ("AGENCY", m.start(), m.end(), {"name": None, "kind": "people_committee", "location": None})


def locations(text: str):
    for canon, (code, forms) in PROVINCES.items():
        for f in forms:
            for m in re.finditer(rf"(?<!\w){_w(f)}(?!\w)", text):
                yield ("LOCATION", m.start(), m.end(), {"name": canon, "kind": "province", "code": code})
    for f in COUNTRY_FORMS:
        for m in re.finditer(rf"(?<!\w){_w(f)}(?!\w)", text):
            yield ("LOCATION", m.start(), m.end(), {"name": "Việt Nam", "kind": "country", "code": None})


PRIORITY = {"DOC_NUMBER": 0, "AGENCY": 1, "DATE": 2, "PERCENT": 3, "LOCATION": 4}


def draft(text: str, doc_year: int):
    cands = []
    for gen in (doc_numbers(text), agencies(text), percents(text), dates(text, doc_year), locations(text)):
        cands.extend(gen)
    # longest first, then priority; drop anything overlapping an accepted span
    cands.sort(key=lambda c: (-(c[2] - c[1]), PRIORITY[c[0]], c[1]))
    taken: list[tuple[int, int]] = []
    out = []
    for lab, s, e, v in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append({"label": lab, "text": text[s:e], "start": s, "end": e, "value": v})
    out.sort(key=lambda x: x["start"])
    return out
