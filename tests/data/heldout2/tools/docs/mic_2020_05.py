"""Gold for mic-2020-05-bo-tinh-dat-30pct-dvctt-muc-do-4 (Bộ TT&TT portal, May 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, docnum, pct, prov

SLUG = "mic-2020-05-bo-tinh-dat-30pct-dvctt-muc-do-4"
THH = agency("Cục Tin học hóa", "agency")
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
L4 = "dvc_level4_rate"
AS_OF = ("tính đến ngày 10/5/2020", None, "2020-05-10")

ents = [
    E("AGENCY", "của [[Cục Tin học hóa]], Bộ", THH),
    E("AGENCY", "Cục Tin học hóa, [[Bộ Thông tin và Truyền thông]]", MIC),
    E("DATE", "tính đến [[ngày 10/5/2020]]", date("2020-05-10", "2020-05-10", "day")),
    E("PERCENT", "chỉ tiêu [[30%]]", pct(30)),
    E("LOCATION", "tại [[tỉnh Tiền Giang]]", prov("Tiền Giang")),
    E(
        "AGENCY",
        "[[Sở TT&TT Tiền Giang]]",
        agency("Sở Thông tin và Truyền thông tỉnh Tiền Giang", "department", "Tiền Giang"),
    ),
    E("LOCATION", "Hiện [[Tiền Giang]]", prov("Tiền Giang")),
    E("PERCENT", "[[37,6%]]", pct(37.6)),
    E("LOCATION", "với [[Nam Định]], đến nay", prov("Nam Định")),
    E("PERCENT", "[[31,81%]]", pct(31.81)),
    E("LOCATION", "lãnh đạo [[tỉnh Nam Định]]", prov("Nam Định")),
    E("AGENCY", "[[UBND tỉnh Nam Định]]", agency("Ủy ban nhân dân tỉnh Nam Định", "people_committee", "Nam Định")),
    E("DOC_NUMBER", "[[Nghị quyết 36a]]", docnum("36a", None, None, "Nghị quyết", "Chính phủ")),
    E("DATE", "Nghị quyết 36a [[ngày 14/10/2015]]", date("2015-10-14", "2015-10-14", "day")),
    E("DOC_NUMBER", "[[Nghị quyết 17]] ngày", docnum("17", None, None, "Nghị quyết", "Chính phủ")),
    E("DATE", "Nghị quyết 17 [[ngày 07/3/2019]]", date("2019-03-07", "2019-03-07", "day")),
    E("AGENCY", "07/3/2019 của [[Chính phủ]]", agency("Chính phủ", "government")),
    E("AGENCY", "Đại diện [[Cục Tin học hóa]]", THH),
    E("DATE", "tính đến [[cuối tháng 4/2020]]", date("2020-04-21", "2020-04-30", "period")),
    E("PERCENT", "[[25,3%]]", pct(25.3)),
    E("DATE", "[[từ năm 2018 đến nay]]", date("2018-01-01", "2020-05-10", "period")),
    E("PERCENT", "[[4,55%]]", pct(4.55)),
]

claims = [
    C(
        ("12 Bộ, ngành, địa phương", "group", "12 Bộ, ngành, địa phương"),
        ("chỉ tiêu 30% dịch vụ công trực tuyến mức độ 4", L4),
        V(30, "at_least"),
        "achieved",
        AS_OF,
        "tính đến ngày 10/5/2020 đã có 12 Bộ, ngành, địa phương đạt được chỉ tiêu 30% dịch vụ công trực tuyến mức độ 4",
        note="'đạt được chỉ tiêu 30%' = reached the 30% target, i.e. at least 30%; group subject (not scored)",
    ),
    C(
        ("Tiền Giang", "province", "Tiền Giang"),
        ("dịch vụ công trực tuyến mức 4 ... tỷ lệ ... tổng số thủ tục hành chính", L4),
        V(37.6),
        "achieved",
        AS_OF,
        "Hiện Tiền Giang đã cung cấp 621 dịch vụ công trực tuyến mức 4, đạt tỷ lệ 37,6% tổng số thủ tục hành chính.",
    ),
    C(
        ("Nam Định", "province", "tỉnh này"),
        ("dịch vụ công trực tuyến mức 4 ... tỷ lệ ... tổng số thủ tục hành chính", L4),
        V(31.81),
        "achieved",
        ("đến nay", None, "2020-05-10"),
        "Còn với Nam Định, đến nay, tỉnh này đã cung cấp 533 dịch vụ công trực tuyến mức 4, đạt tỷ lệ 31,81% tổng số thủ tục hành chính.",
    ),
    C(
        ("Việt Nam", "country", "các Bộ, ngành, địa phương"),
        ("Tỷ lệ dịch vụ công trực tuyến mức 3, 4 có phát sinh hồ sơ trực tuyến", "dvc_with_online_dossiers_rate"),
        V(25.3),
        "achieved",
        ("tính đến cuối tháng 4/2020", None, "2020-04-30"),
        "Tỷ lệ dịch vụ công trực tuyến mức 3, 4 có phát sinh hồ sơ trực tuyến là 25,3%.",
    ),
    C(
        ("Việt Nam", "country", "các Bộ, ngành, địa phương"),
        ("tỷ lệ dịch vụ công trực tuyến mức 4 mà các Bộ, ngành, địa phương cung cấp", L4),
        V(4.55),
        "achieved",
        ("năm [2018]", "2018-01-01", "2018-12-31"),
        "từ năm 2018 đến nay, tỷ lệ dịch vụ công trực tuyến mức 4 mà các Bộ, ngành, địa phương cung cấp cho người dân, doanh nghiệp đã liên tục tăng, từ mức 4,55% năm",
        note="the chunk is cut right after 'năm'; the year is the start of 'từ năm 2018 đến nay' in the same sentence",
    ),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2020-05-10",
        doc_date_note="no byline in the stored text; the latest full date it states is 'tính đến ngày 10/5/2020' (the article is from May 2020)",
        entities=ents,
        claims=claims,
        boilerplate=[],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of a mic.gov.vn page (Bộ Thông tin và Truyền thông portal) as returned by the search tool's 'pages' corpus: it starts after the headline and stops mid-sentence ('từ mức 4,55% năm ').",
            "Pre-2022 vocabulary: 'mức độ 4' / 'mức 4' / 'mức 3, 4' (Nghị định 43/2011); 'Sở TT&TT Tiền Giang' is one AGENCY (department with its province).",
            "'Cổng dịch vụ công quốc gia' is a system, not a body: not an AGENCY (as in the earlier gold).",
            "Claim periods: the opening 'tính đến ngày 10/5/2020' dates the paragraph; 'Hiện' and 'đến nay' resolve to the document date (end 2020-05-10, start open). 'tính đến cuối tháng 4/2020' gives end 2020-04-30.",
            "'cuối tháng 4/2020' is a DATE of grain 'period' 2020-04-21..2020-04-30 (the last ten days, mirroring h10's 'đầu tháng' = days 1-10); 'từ năm 2018 đến nay' is one DATE 2018-01-01..doc date.",
            "'Nghị quyết 36a' and 'Nghị quyết 17' are short references (no symbol); their issuer 'Chính phủ' is stated in the sentence.",
            "The share of level-4 services 'tổng số thủ tục hành chính' (Tiền Giang 37,6%, Nam Định 31,81%) is keyed dvc_level4_rate.",
        ],
    )
