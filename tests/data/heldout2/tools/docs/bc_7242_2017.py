"""Gold for bc-7242-bc-vpcp-2017-07-12-nq-36a-chinh-phu-dien-tu-quy-ii (Báo cáo 7242/BC-VPCP, 12 Jul 2017)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, E, agency, build, date, docnum, prov

SLUG = "bc-7242-bc-vpcp-2017-07-12-nq-36a-chinh-phu-dien-tu-quy-ii"
VPCP = agency("Văn phòng Chính phủ", "agency")
GOV = agency("Chính phủ", "government")
NQ36 = docnum("36a", None, "NQ-CP", "Nghị quyết", "Chính phủ")
NQ36S = docnum("36a", None, None, "Nghị quyết", "Chính phủ")

ents = [
    E("AGENCY", "[[VĂN PHÒNG CHÍNH\nPHỦ]]", VPCP),
    E("LOCATION", "[[CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM]]", VN),
    E("DOC_NUMBER", "[[7242/BC-VPCP]]", docnum("7242", None, "BC-VPCP", "Báo cáo", "Văn phòng Chính phủ")),
    E("LOCATION", "[[Hà Nội]], ngày 12", prov("Hà Nội")),
    E("DATE", "[[ngày 12\ntháng 07 năm 2017]]", date("2017-07-12", "2017-07-12", "day")),
    E("DOC_NUMBER", "SỐ [[36A/NQ-CP]]", NQ36),
    E("DATE", "ĐIỆN TỬ [[QUÝ II NĂM 2017]]", date("2017-04-01", "2017-06-30", "quarter")),
    E("DOC_NUMBER", "[[36a/NQ-CP]] ngày 14", NQ36),
    E("DATE", "[[ngày 14 tháng 10 năm 2015]]", date("2015-10-14", "2015-10-14", "day")),
    E("AGENCY", "năm 2015 của [[Chính phủ]] về", GOV),
    E("DOC_NUMBER", "là [[Nghị quyết 36a]])", NQ36S),
    E("AGENCY", "36a), [[Văn phòng Chính phủ]] trình", VPCP),
    E("DOC_NUMBER", "chủ yếu của [[Nghị quyết 36a]] tại", NQ36S),
    E("AGENCY", "Phiên họp [[Chính phủ]] thường kỳ", GOV),
    E("DATE", "thường kỳ\n[[tháng 6]] ngày 3", date("2017-06-01", "2017-06-30", "month")),
    E("DATE", "tháng 6 [[ngày 3 tháng 7 năm 2017]]", date("2017-07-03", "2017-07-03", "day")),
    E("DATE", "về đến [[ngày 12 tháng 6 năm 2017]]", date("2017-06-12", "2017-06-12", "day")),
    E("AGENCY", "2017, [[Văn phòng Chính phủ]] báo cáo", VPCP),
    E("DOC_NUMBER", "Nghị quyết [[36a/NQ-CP]] của Quý II", NQ36),
    E("DATE", "của [[Quý II năm 2017]]", date("2017-04-01", "2017-06-30", "quarter")),
    E("DOC_NUMBER", "triển\nkhai [[Nghị quyết 36a]]\n", NQ36S),
    E("DOC_NUMBER", "tại [[Nghị\nquyết 36a]]\n", NQ36S),
    E("DOC_NUMBER", "giao tại [[Nghị quyết 36a]]\n", NQ36S),
    E("DOC_NUMBER", "trong [[Nghị quyết 36a]], nhưng", NQ36S),
    E(
        "AGENCY",
        "[[Học\nviện Chính trị Quốc gia Hồ Chí Minh]]",
        agency("Học viện Chính trị quốc gia Hồ Chí Minh", "agency"),
    ),
    E("AGENCY", "[[Bộ Nội vụ]] và", agency("Bộ Nội vụ", "ministry")),
    E("AGENCY", "[[Thanh tra Chính phủ]].", agency("Thanh tra Chính phủ", "ministry")),
    E("AGENCY", "\n[[Văn phòng chính phủ]]\n", VPCP),
    E("AGENCY", "\n[[Bộ Thông tin và Truyền thông]]\n", agency("Bộ Thông tin và Truyền thông", "ministry")),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2017-07-12",
        doc_date_note="header date 'Hà Nội, ngày 12 tháng 07 năm 2017'",
        entities=ents,
        claims=[],
        boilerplate=[],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of the thuvienphapluat.vn page of Báo cáo 7242/BC-VPCP (Văn phòng Chính phủ, report on Nghị quyết 36a/NQ-CP on e-government, Q2/2017) as returned by the search tool's 'pages' corpus. The header block and the start of the per-agency task table are flattened with '|' cell separators (as the dev set's thuvienphapluat texts); it stops after the second table row's agency cell.",
            "Older than the brief's 2019-2023 window (2017), kept for the official report with a per-agency table in pre-2019 vocabulary (Nghị quyết 36a, Chính quyền điện tử).",
            "No percentage anywhere: no PERCENT and no claim. The fractions '29/30', '63/63' and '2/23' are counts of bodies, not dates or percentages (negative test).",
            "'36A/NQ-CP' (heading, upper case) and '36a/NQ-CP' are the same resolution; the value number is '36a' for all. 'Nghị quyết 36a' (with or without a line break) is a short reference.",
            "'Chính phủ' is an AGENCY where it is the body ('của Chính phủ', 'Phiên họp Chính phủ'), not in 'Chính phủ điện tử' (a concept) and not in 'cơ quan thuộc Chính phủ' (a category of bodies; the seed gold leaves it out). 'Thanh tra Chính phủ' is one AGENCY (ministry-level).",
            "'Học viện Chính trị Quốc gia Hồ Chí Minh' is one AGENCY; its 'Hồ Chí Minh' is not the city.",
            "'tháng 6' in 'Phiên họp Chính phủ thường kỳ tháng 6' takes the year of the document (2017).",
        ],
    )
