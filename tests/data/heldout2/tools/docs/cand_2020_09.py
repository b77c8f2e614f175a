"""Gold for cand-2020-09-viet-nam-86-193-dvctt-muc-do-4 (Công an nhân dân, 17 Sep 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, C, E, V, agency, build, date, pct, prov

SLUG = "cand-2020-09-viet-nam-86-193-dvctt-muc-do-4"
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
GOV = agency("Chính phủ", "government")
L4 = ("dịch vụ công trực tuyến mức độ 4", "dvc_level4_rate")
SEP = ("tính đến tháng 9 năm 2020", None, "2020-09-30")
EV = "tính đến tháng 9 năm 2020, toàn quốc có 19,10% dịch vụ công trực tuyến mức độ 4 (mục tiêu Chính phủ đặt ra năm 2020 tối thiểu 30%), trong đó, 9 bộ, ngành trung ương và 15 tỉnh, thành phố đã cung cấp trên 30% dịch vụ công trực tuyến mức độ 4."

ents = [
    E("DATE", "[[Ngày 17/9]], Cục", date("2020-09-17", "2020-09-17", "day")),
    E("AGENCY", "Ngày 17/9, [[Cục Tin học hóa]]", agency("Cục Tin học hóa", "agency")),
    E("AGENCY", "Cục Tin học hóa, [[Bộ Thông tin và Truyền thông]] cho biết", MIC),
    E("LOCATION", "[[Việt Nam]] tăng hạng 13 bậc", VN),
    E("DATE", "từ [[năm 2016]]", date("2016-01-01", "2016-12-31", "year")),
    E("DATE", "Đặc biệt, [[năm 2020]] Việt Nam", date("2020-01-01", "2020-12-31", "year")),
    E("LOCATION", "năm 2020 [[Việt Nam]] tăng hạng 2 bậc", VN),
    E("LOCATION", "[[Việt Nam]] có thành phố", VN),
    E("LOCATION", "có [[thành phố Hồ Chí Minh]]", prov("Hồ Chí Minh")),
    E("DATE", "tính đến [[tháng 9 năm 2020]]", date("2020-09-01", "2020-09-30", "month")),
    E("PERCENT", "[[19,10%]]", pct(19.10)),
    E("AGENCY", "(mục tiêu [[Chính phủ]] đặt ra", GOV),
    E("DATE", "đặt ra [[năm 2020]] tối thiểu", date("2020-01-01", "2020-12-31", "year")),
    E("PERCENT", "[[tối thiểu 30%]]", pct(30, "at_least")),
    E("PERCENT", "[[trên 30%]]", pct(30, "more_than")),
    E("AGENCY", "đạt mục tiêu [[Chính phủ]] đặt ra", GOV),
    E("AGENCY", "hiện [[Bộ Thông tin và Truyền thông]] đang", MIC),
]

claims = [
    C(("Việt Nam", "country", "toàn quốc"), L4, V(19.10), "achieved", SEP, EV),
    C(
        ("Việt Nam", "country", None),
        L4,
        V(30, "at_least"),
        "target",
        ("năm 2020", "2020-01-01", "2020-12-31"),
        EV,
        note="the Government's target for 2020 ('mục tiêu Chính phủ đặt ra năm 2020'), country-wide",
    ),
    C(("9 bộ, ngành trung ương", "group", "9 bộ, ngành trung ương"), L4, V(30, "more_than"), "achieved", SEP, EV),
    C(("15 tỉnh, thành phố", "group", "15 tỉnh, thành phố"), L4, V(30, "more_than"), "achieved", SEP, EV),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2020-09-17",
        doc_date_note="the text opens with 'Ngày 17/9' (the day of the announcement it reports) and dates its figures 'tháng 9 năm 2020'; the year 2020 is taken from the text, so 2020-09-17",
        entities=ents,
        claims=claims,
        boilerplate=[],
        notes=[
            "Stored text of a Công an nhân dân (cand.com.vn) page as returned by the search tool's 'pages' corpus: a complete short item after the headline; ends with the byline 'H.Thanh'. Different article from h10's cand-2020-12 (URL id 612046, September 2020).",
            "'86/193', '23/47', '6/11', '42/100' are ranks, '13 bậc', '31 bậc', '22 bậc' rank changes: no PERCENT, no claim.",
            "'Liên Hiệp Quốc' is an international organization, not a Vietnamese state body: not an AGENCY. 'Châu Á', 'ASEAN' are regions: not LOCATION. 'Chính phủ điện tử' is a concept, not the Government.",
            "'mục tiêu Chính phủ đặt ra năm 2020 tối thiểu 30%' is a country-wide target claim (status target, qualifier at_least, period năm 2020).",
            "'9 bộ, ngành trung ương và 15 tỉnh, thành phố đã cung cấp trên 30%' gives two group claims (unnamed sets; not scored).",
            "'từ năm 2016' is annotated as the bare year 'năm 2016' (start of a rank change, no percentage attached).",
        ],
    )
