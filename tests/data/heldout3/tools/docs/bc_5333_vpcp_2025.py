"""Gold for bc-5333-bc-vpcp-2025-06-14-cong-dvcqg-mot-cua-so (Văn phòng Chính phủ, 14 Jun 2025)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, E, agency, build, date, docnum, prov

SLUG = "bc-5333-bc-vpcp-2025-06-14-cong-dvcqg-mot-cua-so"
VPCP = agency("Văn phòng Chính phủ", "agency")
BCD = agency("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "party")
BCD_LONG = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
DN = docnum("5333", None, "BC-VPCP", "Báo cáo", "Văn phòng Chính phủ")
D1406 = date("2025-06-14", "2025-06-14", "day")

ents = [
    E("LOCATION", "[[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]]", VN),
    E("DOC_NUMBER", "Công văn [[5333/BC-VPCP]] ngày", DN),
    E("DATE", "5333/BC-VPCP [[ngày 14/06/2025]]", D1406),
    E("AGENCY", "[[VĂN PHÒNG CHÍNH PHỦ]]\n____", VPCP),
    E("DOC_NUMBER", "Số: [[5333/BC-VPCP]]", DN),
    E("LOCATION", "[[Hà Nội]], ngày 14", prov("Hà Nội")),
    E("DATE", "Hà Nội, [[ngày 14 tháng 6 năm 2025]]", D1406),
    E("AGENCY", "[[Văn phòng Trung ương Đảng]] - Cơ quan", agency("Văn phòng Trung ương Đảng", "party")),
    E("AGENCY", f"Cơ quan Thường trực [[{BCD_LONG}]].", BCD),
    E("AGENCY", f"Thực hiện chỉ đạo của Lãnh đạo [[{BCD_LONG}]] (Thông báo", BCD),
    E("DOC_NUMBER", "Thông báo kết luận số [[27- TB/TGV]]", docnum("27", None, "TB/TGV", "Thông báo", None)),
    E("DATE", "27- TB/TGV [[ngày 08 tháng 6 năm 2025]]", date("2025-06-08", "2025-06-08", "day")),
    E("AGENCY", "2025), [[Văn phòng Chính phủ]] xin báo cáo", VPCP),
    E("AGENCY", f"Tổng Bí thư Tô Lâm và Lãnh đạo [[{BCD_LONG}]] (sau đây", BCD),
    E("AGENCY", "Ban Chỉ đạo Trung ương), [[Chính phủ]], Thủ tướng", agency("Chính phủ", "government")),
    E("AGENCY", "), Chính phủ, [[Thủ tướng Chính phủ]] đã chỉ đạo", agency("Thủ tướng Chính phủ", "government")),
]

NOTES = [
    "The state motto line 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is one LOCATION (the country), as in the seed gold.",
    "Stored text (first chunk, 1,999 bytes) of Báo cáo 5333/BC-VPCP as reposted on a public knowledge-base page (vbpl.freshdesk.com) returned by the search tool's 'pages' corpus: the page title, the report's header, the addressee and the start of Part I; cut mid-word ('thô').",
    "An entity-only official text (no percentage, no claim). 'Open navigation' is page chrome (boilerplate); the page title line ('Công văn 5333/BC-VPCP ngày 14/06/2025 ...') is kept as content and annotated.",
    "The page title calls the document a 'Công văn' but its symbol (BC-VPCP) and heading (BÁO CÁO) make it a report: DOC_NUMBER value doc_type 'Báo cáo' for both mentions.",
    "'27- TB/TGV' (with a stray space) is a DOC_NUMBER: number '27', symbol 'TB/TGV'; the issuer abbreviation TGV is not expanded in the text (issuer null).",
    "'Ban Chỉ đạo Trung ương ...' is annotated in full where written in full; the short form inside '(sau đây gọi tắt là Ban Chỉ đạo Trung ương)' is an abbreviation definition and not annotated (h15 convention). 'Cơ quan Thường trực' and 'Lãnh đạo' are roles, left outside the span.",
    "'Tổng Bí thư Tô Lâm', 'Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ' are persons/posts; 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương' is plural: not AGENCY. 'Cổng Dịch vụ công quốc gia' is a system.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2025-06-14", entities=ents, claims=[], notes=NOTES,
          boilerplate=["Open navigation"], doc_date_note="header 'Hà Nội, ngày 14 tháng 6 năm 2025'")
