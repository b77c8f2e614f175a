"""Gold for cv-4975-vpcp-kstt-2025-06-05-dvctt-toan-trinh (Văn phòng Chính phủ, 5 Jun 2025)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, E, agency, build, date, docnum, prov

SLUG = "cv-4975-vpcp-kstt-2025-06-05-dvctt-toan-trinh"
VPCP = agency("Văn phòng Chính phủ", "agency")
BCD = agency("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "party")
UBT = agency("Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", "people_committee")
D0506 = date("2025-06-05", "2025-06-05", "day")

ents = [
    E("LOCATION", "[[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]]", VN),
    E("AGENCY", "[[VĂN PHÒNG CHÍNH PHỦ]]\n-------", VPCP),
    E("DOC_NUMBER", "Số: [[4975/VPCP-KSTT]]", docnum("4975", None, "VPCP-KSTT", "Công văn", "Văn phòng Chính phủ")),
    E("LOCATION", "[[Hà Nội]], ngày 05", prov("Hà Nội")),
    E("DATE", "Hà Nội, [[ngày 05 tháng 6 năm 2025]]", D0506),
    E("AGENCY", "Trưởng [[Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số]] (Thông báo", BCD),
    E("DOC_NUMBER", "Thông báo số [[04-TB/BCĐTW]]", docnum("04", None, "TB/BCĐTW", "Thông báo", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số")),
    E("DATE", "04-TB/BCĐTW [[ngày 30 tháng 5 năm 2025]]", date("2025-05-30", "2025-05-30", "day")),
    E("AGENCY", "2025 của [[Ban Chỉ đạo Trung ương]]);", BCD),
    E("AGENCY", "chỉ đạo của [[Chính phủ]], Thủ tướng", agency("Chính phủ", "government")),
    E("AGENCY", "Chính phủ, [[Thủ tướng Chính phủ]][1]", agency("Thủ tướng Chính phủ", "government")),
    E("DATE", "Cổng Dịch vụ công quốc gia đến [[ngày 05 tháng 6 năm 2025]]", D0506),
    E("AGENCY", "2025, [[Văn phòng Chính phủ]] xin trân trọng", VPCP),
    E("AGENCY", "Thủ trưởng cơ quan ngang bộ, Chủ tịch [[Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương]] về kết quả", UBT),
    E("AGENCY", "\n\n[[Văn phòng Chính phủ]] trân trọng đề nghị", VPCP),
    E("AGENCY", "Thủ trưởng cơ quan ngang bộ, Chủ tịch [[Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương]] quan tâm", UBT),
]

NOTES = [
    "The state motto line 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is one LOCATION (the country), as in the seed gold.",
    "Stored text (first chunk, 1,998 bytes) of Công văn 4975/VPCP-KSTT on hethongphapluat.com returned by the search tool's 'pages' corpus: header, addressees and the first paragraphs; cut mid-word ('rà so'). The appendix with the per-ministry/per-province results ('Phụ lục kèm theo') is not in the chunk.",
    "An entity-only official text (no percentage, no claim).",
    "'Hệ thống pháp luật' (the site's name) is page chrome: boilerplate. The lone-space line after the date may be a non-breaking space in the page (the tool's answer cannot tell).",
    "'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương' (plural) is not an AGENCY; 'Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương' names the body in the singular (standing for each province's committee): AGENCY, location null, as the h11 gold does.",
    "'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số' is a Party steering committee (kind 'party', as in h11); 'Tổng Bí thư Tô Lâm', 'Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ' are persons/posts, not agencies.",
    "'04-TB/BCĐTW' (a Party notice number with a hyphen) is a DOC_NUMBER: number '04', symbol 'TB/BCĐTW'. The footnote marker '[1]' is not annotated.",
    "'Cổng Dịch vụ công quốc gia' is a system, not an agency.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2025-06-05", entities=ents, claims=[], notes=NOTES,
          boilerplate=["Hệ thống pháp luật"], doc_date_note="header 'Hà Nội, ngày 05 tháng 6 năm 2025'")
