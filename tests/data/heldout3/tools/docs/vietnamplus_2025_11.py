"""Gold for vietnamplus-2025-11-tthc-khong-phu-thuoc-dia-gioi (VietnamPlus, 10 Nov 2025)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, C, E, V, agency, build, date, docnum, pct, prov

SLUG = "vietnamplus-2025-11-tthc-khong-phu-thuoc-dia-gioi"
BNV = agency("Bộ Nội vụ", "ministry")
METRIC = ("thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh", "other")
AS_OF = ("theo báo cáo của Bộ Nội vụ (as of the document date)", None, "2025-11-10")

ents = [
    E("DATE", " date [[2025-11-10]] ", date("2025-11-10", "2025-11-10", "day")),
    E("DOC_NUMBER", "Nghị quyết số [[66/NQ-CP]]", docnum("66", None, "NQ-CP", "Nghị quyết", "Chính phủ")),
    E("DATE", "66/NQ-CP [[ngày 26/3/2025]]", date("2025-03-26", "2025-03-26", "day")),
    E("AGENCY", "26/3/2025 của [[Chính phủ]]", agency("Chính phủ", "government")),
    E("PERCENT", "là [[100%]] thủ tục", pct(100)),
    E("DATE", "trong [[năm 2025]]", date("2025-01-01", "2025-12-31", "year")),
    E("AGENCY", "theo báo cáo của [[Bộ Nội vụ]]", BNV),
    E("PERCENT", "mới đạt tỷ lệ [[khoảng từ 50% đến cao nhất là 95%]]", pct(None, "range", 50, 95)),
    E("LOCATION", "trong đó [[Hà Tĩnh]]", prov("Hà Tĩnh")),
    E("PERCENT", "mới đạt [[dưới 10%]]", pct(10, "less_than")),
    E("AGENCY", "Bên cạnh đó, [[Bộ Nội vụ]] cho biết", BNV),
]

claims = [
    C(
        ("Việt Nam", "country", None),
        METRIC,
        V(100),
        "target",
        ("trong năm 2025", None, "2025-12-31"),
        "Mục tiêu tại Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ là 100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh trong năm 2025.",
        note="A nationwide target of the Government for every province: subject the country.",
    ),
    C(
        ("các tỉnh (hầu hết)", "group", "các tỉnh"),
        ("danh mục thủ tục hành chính không phụ thuộc vào địa giới hành chính ... tỷ lệ ... thủ tục hành chính đang được cung cấp", "other"),
        V(None, "range", 50, 95),
        "achieved",
        AS_OF,
        "danh mục thủ tục hành chính không phụ thuộc vào địa giới hành chính của các tỉnh hầu hết mới đạt tỷ lệ khoảng từ 50% đến cao nhất là 95% thủ tục hành chính đang được cung cấp",
        note="'hầu hết' các tỉnh: an unnamed set, subject kind group (not scored).",
    ),
    C(
        ("Hà Tĩnh", "province", "Hà Tĩnh"),
        ("danh mục thủ tục hành chính không phụ thuộc vào địa giới hành chính ... tỷ lệ ... thủ tục hành chính đang được cung cấp", "other"),
        V(10, "less_than"),
        "achieved",
        AS_OF,
        "trong đó Hà Tĩnh mới đạt dưới 10%",
    ),
]

NOTES = [
    "Stored text (a chunk of about 1,900 bytes after the store's ' date 2025-11-10' prefix) of a VietnamPlus page returned by the search tool's 'pages' corpus: headline and lead missing, cut mid-word at the end ('lĩnh v').",
    "The store's prefix date '2025-11-10' is annotated as a DATE (as h10 did for its prefixed chunks) and gives doc_date.",
    "'khoảng từ 50% đến cao nhất là 95%' is one PERCENT of qualifier 'range' (50..95); 'khoảng' and 'cao nhất là' are kept inside the span.",
    "The two achieved figures come from 'theo báo cáo của Bộ Nội vụ' with no period: as of doc_date (start null, end 2025-11-10).",
    "The target 'trong năm 2025' follows the seed convention for a deadline year: start null, end 2025-12-31.",
    "'Sổ hộ tịch', 'Hệ thống thông tin giải quyết thủ tục hành chính' are not agencies; 'cấp tỉnh' is a level, not a LOCATION.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2025-11-10", entities=ents, claims=claims, notes=NOTES,
          doc_date_note="the store's prefix ' date 2025-11-10'")
