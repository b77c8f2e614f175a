"""Gold for kh-269-kh-ubnd-2023-10-30-quang-ninh-chi-tieu-ho-so-truc-tuyen (UBND tỉnh Quảng Ninh, 30 Oct 2023)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, E, agency, build, date, docnum, prov

SLUG = "kh-269-kh-ubnd-2023-10-30-quang-ninh-chi-tieu-ho-so-truc-tuyen"
QN = "Quảng Ninh"
BTT = agency("Bộ Thông tin và Truyền thông", "ministry")
UBQG = agency("Ủy ban Quốc gia về chuyển đổi số", "agency")
TTG = "Thủ tướng Chính phủ"
Y2030 = date("2030-01-01", "2030-12-31", "year")

ents = [
    E("LOCATION", "[[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]]", VN),
    E("AGENCY", "[[ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH]]", agency("Ủy ban nhân dân tỉnh Quảng Ninh", "people_committee", QN)),
    E("DOC_NUMBER", "Số: [[269/KH-UBND]]", docnum("269", None, "KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Quảng Ninh")),
    E("LOCATION", "\n\n[[Quảng Ninh]], ngày 30", prov(QN)),
    E("DATE", "Quảng Ninh, [[ngày 30 tháng 10 năm 2023]]", date("2023-10-30", "2023-10-30", "day")),
    E("DATE", "TỶ LỆ HỒ SƠ TRỰC TUYẾN [[NĂM 2023]]", date("2023-01-01", "2023-12-31", "year")),
    E("LOCATION", "TRÊN ĐỊA BÀN [[TỈNH QUẢNG NINH]]", prov(QN)),
    E("DOC_NUMBER", "Nghị định số [[42/2022/NĐ-CP]]", docnum("42", 2022, "NĐ-CP", "Nghị định", "Chính phủ")),
    E("DATE", "42/2022/NĐ-CP [[ngày 26/4/2022]]", date("2022-04-26", "2022-04-26", "day")),
    E("AGENCY", "26/4/2022 của [[Chính phủ]]", agency("Chính phủ", "government")),
    E("AGENCY", "các Quyết định của [[Thủ tướng Chính phủ]]:", agency(TTG, "government")),
    E("DOC_NUMBER", "số [[749/QĐ-TTg]]", docnum("749", None, "QĐ-TTg", "Quyết định", TTG)),
    E("DATE", "749/QĐ-TTg [[ngày 03/6/2020]]", date("2020-06-03", "2020-06-03", "day")),
    E("DATE", "Quốc gia đến [[năm 2025]], định hướng", date("2025-01-01", "2025-12-31", "year")),
    E("DATE", "định hướng đến [[năm 2030]]”", Y2030),
    E("DOC_NUMBER", "Quyết định số [[06/QĐ-TTg]]", docnum("06", None, "QĐ-TTg", "Quyết định", TTG)),
    E("DATE", "06/QĐ-TTg [[ngày 06/01/2022]]", date("2022-01-06", "2022-01-06", "day")),
    E("DATE", "quốc gia [[giai đoạn 2022 - 2025]]", date("2022-01-01", "2025-12-31", "period")),
    E("DATE", "tầm nhìn đến [[năm 2030]];", Y2030),
    E("DOC_NUMBER", "Quyết định số [[468/QĐ-TTg]]", docnum("468", None, "QĐ-TTg", "Quyết định", TTG)),
    E("DATE", "468/QĐ-TTg [[ngày 27/3/2021]]", date("2021-03-27", "2021-03-27", "day")),
    E("DOC_NUMBER", "Quyết định số [[17/QĐ-UBQGCĐS]]", docnum("17", None, "QĐ-UBQGCĐS", "Quyết định", "Ủy ban Quốc gia về chuyển đổi số")),
    E("DATE", "17/QĐ-UBQGCĐS [[ngày 04/4/2023]]", date("2023-04-04", "2023-04-04", "day")),
    E("AGENCY", "04/4/2023 của [[Ủy ban Quốc gia về chuyển đổi số]] ban hành", UBQG),
    E("AGENCY", "Kế hoạch hoạt động của [[Ủy ban Quốc gia về chuyển đổi số]] năm 2023", UBQG),
    E("DATE", "về chuyển đổi số [[năm 2023]];", date("2023-01-01", "2023-12-31", "year")),
    E("DOC_NUMBER", "Quyết định số [[922/QĐ-BTTTT]]", docnum("922", None, "QĐ-BTTTT", "Quyết định", "Bộ Thông tin và Truyền thông")),
    E("DATE", "922/QĐ-BTTTT [[ngày 20/5/2022]]", date("2022-05-20", "2022-05-20", "day")),
    E("AGENCY", "20/5/2022 của [[Bộ Thông tin và Truyền thông]] phê duyệt", BTT),
    E("AGENCY", "các Văn bản của [[Bộ Thông tin và Truyền thông]] số", BTT),
    E("DOC_NUMBER", "số [[1284/BTTTT-CĐS]]", docnum("1284", None, "BTTTT-CĐS", "Công văn", "Bộ Thông tin và Truyền thông")),
]

NOTES = [
    "The state motto line 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' is one LOCATION (the country), as in the seed gold.",
    "Stored text (first chunk, 1,999 bytes) of Kế hoạch 269/KH-UBND of UBND tỉnh Quảng Ninh on hethongphapluat.vn returned by the search tool's 'pages' corpus: header, title and the legal bases; cut at the end inside the symbol '1284/BTTTT-CĐS...'. The plan assigns online-dossier targets for 2023 by department and district, but that table is not in the chunk.",
    "An entity-only official text (no percentage, no claim). 'Hệ thống pháp luật' (the site's name) is boilerplate; the lone-space line after the date may be a non-breaking space in the page.",
    "The header 'ỦY BAN NHÂN DÂN\\nTỈNH QUẢNG NINH' is one AGENCY across the line break (the province goes into its value).",
    "'1284/BTTTT-CĐS' is annotated as written although the chunk may cut the symbol (the page continues); doc_type Công văn ('các Văn bản ... số').",
    "'đến năm 2025', 'đến năm 2030' in titles of programmes: the DATE span is 'năm 2025' / 'năm 2030' (deadline words left out, as in the seed gold).",
    "'Chính phủ' inside 'cơ quan thuộc Chính phủ' is not an AGENCY (as in the seed gold); 'các tỉnh, thành phố trực thuộc Trung ương' is plural; 'Bộ chỉ số', 'Đề án', 'Chương trình' titles are not DOC_NUMBERs.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2023-10-30", entities=ents, claims=[], notes=NOTES,
          boilerplate=["Hệ thống pháp luật"], doc_date_note="header 'Quảng Ninh, ngày 30 tháng 10 năm 2023'")
