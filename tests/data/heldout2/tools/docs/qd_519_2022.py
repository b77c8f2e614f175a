"""Gold for qd-519-qd-ubnd-2022-03-08-phu-tho-xep-hang-cqdt-2021-ocr (QĐ 519/QĐ-UBND Phú Thọ, text extracted by 123docz)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, E, agency, build, date, docnum, prov

SLUG = "qd-519-qd-ubnd-2022-03-08-phu-tho-xep-hang-cqdt-2021-ocr"
PT = "Phú Thọ"
UB = agency("Ủy ban nhân dân tỉnh Phú Thọ", "people_committee", PT)
UBI = "Ủy ban nhân dân tỉnh Phú Thọ"

ents = [
    E("AGENCY", "Nội dung\n\n[[ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ]]", UB),
    E("LOCATION", "[[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]] Độc lập Tự do", VN),
    E("LOCATION", "/QĐ UBND [[Phú Thọ]], ngày tháng 3", prov(PT)),
    E("DATE", "ngày [[tháng 3 năm 2022]]", date("2022-03-01", "2022-03-31", "month")),
    E("AGENCY", "[[ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ]] Số: 519", UB),
    E("DOC_NUMBER", "Số: [[519 /QĐ-UBND]]", docnum("519", None, "QĐ-UBND", "Quyết định", UBI)),
    E("LOCATION", "/QĐ-UBND [[CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM]]", VN),
    E("LOCATION", "Hạnh phúc [[Phú Thọ]], ngày 08", prov(PT)),
    E("DATE", "[[ngày 08 tháng năm 2022]]", date("2022-03-08", "2022-03-08", "day")),
    E("LOCATION", "quan nhà nước [[tỉnh Phú Thọ]] năm 2021 ỦY BAN", prov(PT)),
    E("DATE", "tỉnh Phú Thọ [[năm 2021]] ỦY BAN", date("2021-01-01", "2021-12-31", "year")),
    E("AGENCY", "năm 2021 [[ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ]] Căn", UB),
    E("DATE", "địa phương [[ngày 19/6/2015]]", date("2015-06-19", "2015-06-19", "day")),
    E("DATE", "[[ngày 22/11/2019]]", date("2019-11-22", "2019-11-22", "day")),
    E("DOC_NUMBER", "Nghị định [[64/2007/NĐ-CP]]", docnum("64", 2007, "NĐ-CP", "Nghị định", "Chính phủ")),
    E("DATE", "[[ngày 10/4/2007]]", date("2007-04-10", "2007-04-10", "day")),
    E("AGENCY", "10/4/2007 [[Chính phủ]] ứng dụng", agency("Chính phủ", "government")),
    E(
        "DOC_NUMBER",
        "[[2392/QĐ-BTTTT]]",
        docnum("2392", None, "QĐ-BTTTT", "Quyết định", "Bộ Thông tin và Truyền thông"),
    ),
    E("DATE", "[[ngày 25/12/2017]]", date("2017-12-25", "2017-12-25", "day")),
    E("AGENCY", "[[Bộ Thông tin Truyền thông]] việc", agency("Bộ Thông tin và Truyền thông", "ministry")),
    E("DOC_NUMBER", "[[2348/QĐ-UBND]]", docnum("2348", None, "QĐ-UBND", "Quyết định", UBI)),
    E("DATE", "[[ngày 17/9/2021]]", date("2021-09-17", "2021-09-17", "day")),
    E("AGENCY", "17/9/2021 [[UBND tỉnh]] việc", UB),
    E("LOCATION", "Chính quyền số [[tỉnh Phú Thọ]] giai đoạn", prov(PT)),
    E("DATE", "[[giai đoạn 2021-2025]]", date("2021-01-01", "2025-12-31", "period")),
    E("DATE", "định hướng đến [[năm 2030]]", date("2030-01-01", "2030-12-31", "year")),
    E("DOC_NUMBER", "[[1609/QĐ-UBND]]", docnum("1609", None, "QĐ-UBND", "Quyết định", UBI)),
    E("DATE", "[[ngày 05/7/2018]]", date("2018-07-05", "2018-07-05", "day")),
    E("AGENCY", "05/7/2018 [[UBND tỉnh Phú Thọ]] việc", UB),
    E("LOCATION", "quan nhà nước [[tỉnh Phú Thọ]]; Theo", prov(PT)),
    E("AGENCY", "[[Sở Thông tin Truyền thơng]]", agency("Sở Thông tin và Truyền thông tỉnh Phú Thọ", "department", PT)),
]

BP_START = "1. Trang chủ\n  2. » Thể loại khác\n\nqd-ubnd xep hang muc do cqdt 2021-2\n\n19 2 0\n\nĐang tải... (xem toàn văn)\n\nTài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống\n\nTHÔNG TIN TÀI LIỆU\n\nThông tin cơ bản\n\nĐịnh dạng\nSố trang 19\nDung lượng 2,92 MB\n\nNội dung\n\n"

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2022-03-08",
        doc_date_note="the header reads 'ngày 08 tháng năm 2022' (month left blank) and the site's preview of the first page 'ngày tháng 3 năm 2022' (day left blank): together 8 March 2022",
        entities=ents,
        claims=[],
        boilerplate=[BP_START],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of a 123docz.net page for Quyết định 519/QĐ-UBND of UBND tỉnh Phú Thọ (công bố kết quả đánh giá, xếp hạng mức độ Chính quyền điện tử năm 2021), as returned by the search tool's 'pages' corpus. The site's navigation and file panel before 'Nội dung' are boilerplate.",
            "A kind none of the earlier sets has: text extracted from a scanned or badly encoded PDF. Words are dropped ('Căn Luật' = 'Căn cứ Luật', 'Công bố kết đánh giá', '10/4/2007 Chính phủ' without 'của'), letters are garbled ('Cơng', 'Truyền thơng'), and the header block is one run-on line. The site's preview of page 1 (up to '[.]') is kept as content: it is the document's own text in another extraction (blank number and day, month 3).",
            "'Số /QĐ UBND' in the preview has no number: not a DOC_NUMBER. '519 /QĐ-UBND' (space before '/') is one DOC_NUMBER.",
            "'ngày 08 tháng năm 2022' has a blank month; its value 2022-03-08 takes the month from the preview ('tháng 3 năm 2022'), as a reader would.",
            "'Bộ Thông tin Truyền thông' and 'Sở Thông tin Truyền thơng' (OCR losses) are AGENCY entities with their canonical names; 'UBND tỉnh' is UBND tỉnh Phú Thọ. 'Luật Tổ chức chính quyền địa phương' has no number: not a DOC_NUMBER.",
            "No percentage: no claims (the chunk stops in the preamble, before the ranking table).",
        ],
    )
