"""Gold for vinhphuc-2021-09-ttpvhcc-thang-9-quy-iii (Cổng TTĐT tỉnh Vĩnh Phúc, 29 Sep 2021)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct

SLUG = "vinhphuc-2021-09-ttpvhcc-thang-9-quy-iii"
PV = "Vĩnh Phúc"
TT = agency("Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc", "agency", PV)
SEP = ("Tháng 9/2021", "2021-09-01", "2021-09-30")
Q3 = ("Quý III/2021", "2021-07-01", "2021-09-30")
SC = "cấp tỉnh (Trung tâm Phục vụ hành chính công tỉnh)"
ONTIME = ("hồ sơ có kết quả trả trước và đúng hạn", "other")
LATE = ("hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả", "other")
BACK = ("hồ sơ các cơ quan thụ lý trả lại và người nộp đề nghị rút", "other")

ents = [
    E("DATE", "hành chính công cấp tỉnh, huyện, xã [[tháng 9]] và", date("2021-09-01", "2021-09-30", "month")),
    E("DATE", "tháng 9 và [[quý III/2021]]", date("2021-07-01", "2021-09-30", "quarter")),
    E("DATE", "\n\n[[29/09/2021]]\n\n", date("2021-09-29", "2021-09-29", "day")),
    E("AGENCY", "\n\n[[Trung tâm Phục vụ hành chính công tỉnh]] vừa ban hành", TT),
    E("DATE", "xã [[tháng 09/2021]] và", date("2021-09-01", "2021-09-30", "month")),
    E("DATE", "và [[quý III năm 2021]].", date("2021-07-01", "2021-09-30", "quarter")),
    E("DATE", "[[Tháng 9/2021]], Trung tâm", date("2021-09-01", "2021-09-30", "month")),
    E("AGENCY", "Tháng 9/2021, [[Trung tâm Phục vụ hành chính công tỉnh]] đã", TT),
    E("PERCENT", "[[99,71%]]", pct(99.71)),
    E("PERCENT", "[[0,29%]]", pct(0.29)),
    E("PERCENT", "[[2,16%]]", pct(2.16)),
    E("PERCENT", "[[18,9%]]", pct(18.9)),
    E("DATE", "[[Quý III/2021]], Trung tâm", date("2021-07-01", "2021-09-30", "quarter")),
    E("AGENCY", "Quý III/2021, [[Trung tâm Phục vụ hành chính công tỉnh]] tiếp nhận", TT),
    E("PERCENT", "[[99,74%]]", pct(99.74)),
    E("PERCENT", "[[0,26%]]", pct(0.26)),
    E("PERCENT", "[[3,3%]]", pct(3.3)),
]

claims = [
    C(
        (PV, "province", None, SC),
        ONTIME,
        V(99.71),
        "achieved",
        SEP,
        "Đã có kết quả trả trước và đúng hạn là 4.157 hồ sơ (đạt 99,71%).",
    ),
    C(
        (PV, "province", None, SC),
        LATE,
        V(0.29),
        "achieved",
        SEP,
        "Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả là 12 hồ sơ (chiếm 0,29%).",
    ),
    C(
        (PV, "province", None, SC),
        BACK,
        V(2.16),
        "achieved",
        SEP,
        "Có 90 hồ sơ (chiếm 2,16%), các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ.",
    ),
    C(
        (PV, "province", None, "các sở, ngành tiếp nhận, giải quyết (cấp tỉnh)"),
        ("Tỷ lệ hồ sơ trực tuyến trung bình", "online_dossier_rate"),
        V(18.9),
        "achieved",
        SEP,
        "Tỷ lệ hồ sơ trực tuyến trung bình đạt 18,9% trên tổng số hồ sơ giải quyết của các sở, ngành tiếp nhận, giải quyết.",
    ),
    C(
        (PV, "province", None, SC),
        ONTIME,
        V(99.74),
        "achieved",
        Q3,
        "Đã có kết quả trả trước và đúng hạn là 14.064 hồ sơ (đạt 99,74%).",
    ),
    C(
        (PV, "province", None, SC),
        LATE,
        V(0.26),
        "achieved",
        Q3,
        "Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả là 37 hồ sơ (chiếm 0,26%).",
    ),
    C(
        (PV, "province", None, SC),
        BACK,
        V(3.3),
        "achieved",
        Q3,
        "Có 461 hồ sơ (chiếm 3,3%) các cơ quan thụ lý trả lại hồ sơ và người ",
    ),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2021-09-29",
        doc_date_note="the page's date line '29/09/2021' under the headline",
        entities=ents,
        claims=claims,
        boilerplate=[],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of a news item of the Vĩnh Phúc provincial portal (vinhphuc.gov.vn, Thông báo list, ItemID 3158) as returned by the search tool's 'pages' corpus: headline, date line, body; it stops mid-sentence ('và người ').",
            "The province is never named ('Trung tâm Phục vụ hành chính công tỉnh'); Vĩnh Phúc comes from the publisher. Each 'Trung tâm Phục vụ hành chính công tỉnh' is an AGENCY of Vĩnh Phúc; 'Trung tâm Phục vụ hành chính công cấp tỉnh, huyện, xã' in the headline names the centres of three levels (level words): not an AGENCY.",
            "All figures are about the dossiers handled at the provincial centre: subject Vĩnh Phúc with a scope (cấp tỉnh), as h10's bacninhtv did for level figures.",
            "'Tỷ lệ hồ sơ trực tuyến trung bình đạt 18,9%' is online_dossier_rate ('trung bình' = average; no hedge word, qualifier exact). 'mức độ 3' / 'mức độ 4' are service levels, not dates or percentages.",
            "Periods: 'Tháng 9/2021' -> 2021-09-01..2021-09-30, 'Quý III/2021' -> 2021-07-01..2021-09-30 (calendar quarter; the text states no other window).",
        ],
    )
