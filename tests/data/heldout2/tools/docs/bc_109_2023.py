"""Gold for bc-109-bc-btttt-2023-09-28-chuyen-doi-so-quoc-gia-thang-9 (Báo cáo 109/BC-BTTTT reposted by a commune portal)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, E, agency, build, date, docnum, prov

SLUG = "bc-109-bc-btttt-2023-09-28-chuyen-doi-so-quoc-gia-thang-9"
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
GOV = agency("Chính phủ", "government")
SEP = date("2023-09-01", "2023-09-30", "month")

ents = [
    E("DATE", "[[tháng 9/2023]]", SEP, n=1),
    E("DATE", "[[Ngày 06/10/2023]]", date("2023-10-06", "2023-10-06", "day")),
    E("DATE", "[[tháng 9/2023]]", SEP, n=2),
    E("AGENCY", "[[BỘ THÔNG TIN TRUYỀN THÔNG]]", MIC),
    E("LOCATION", "[[CỘNG HÒAXÃ HỘI CHỦ NGHĨAVIỆT NAM]]", VN),
    E(
        "DOC_NUMBER",
        "Số: [[109 /BC-BTTTT]]",
        docnum("109", None, "BC-BTTTT", "Báo cáo", "Bộ Thông tin và Truyền thông"),
    ),
    E("LOCATION", "[[Hà Nội]], ngày 28", prov("Hà Nội")),
    E("DATE", "[[ngày 28 tháng 09 năm 2023]]", date("2023-09-28", "2023-09-28", "day")),
    E("DATE", "quốc gia [[tháng 9 năm 2023]]\n\nThực hiện", SEP),
    E("AGENCY", "của [[Thủ tướng Chính phủ]] tại", agency("Thủ tướng Chính phủ", "government")),
    E(
        "DOC_NUMBER",
        "Văn bản số [[6296/VPCP-KSTT]]",
        docnum("6296", None, "VPCP-KSTT", "Công văn", "Văn phòng Chính phủ"),
    ),
    E("DATE", "[[ngày 17/8/2023]]", date("2023-08-17", "2023-08-17", "day")),
    E("AGENCY", "được [[Chính phủ]] giao", GOV),
    E("DATE", "thường kỳ [[tháng 8]] “", date("2023-08-01", "2023-08-31", "month")),
    E("AGENCY", "trình [[Chính phủ]] Báo cáo", GOV),
    E("DOC_NUMBER", "Nghị quyết số [[17/NQ-CP]]", docnum("17", None, "NQ-CP", "Nghị quyết", "Chính phủ")),
    E("DATE", "[[ngày 07 tháng 3 năm 2019]]", date("2019-03-07", "2019-03-07", "day")),
    E("AGENCY", "năm 2019 của [[Chính phủ]] về", GOV),
    E("AGENCY", "”), [[Bộ Thông tin và Truyền thông]] đã phối hợp", MIC),
    E("AGENCY", "[[Bộ Thông tin Truyền thông]] xin báo cáo", MIC),
    E("DATE", "quốc gia [[tháng 9 năm 2023]] như sau", SEP),
    E("AGENCY", "- [[Văn phòng Chính phủ]] đã", agency("Văn phòng Chính phủ", "agency")),
    E("AGENCY", "phối hợp với [[Bộ Thông tin và Truyền thông]], Bộ Công an", MIC),
    E("AGENCY", "[[Bộ Công an]]", agency("Bộ Công an", "ministry")),
    E("AGENCY", "Lãnh đạo [[Chính phủ]] về 03", GOV),
]

BP = "Truy cập\n\nHôm nay:\n1\nHôm qua:\n0\nTuần này:\n1\nTháng này:\n0\nTất cả:\n184152\n\n"

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2023-09-28",
        doc_date_note="header date 'Hà Nội, ngày 28 tháng 09 năm 2023' of the report; the portal reposted it on 06/10/2023 (post date kept as a DATE entity)",
        entities=ents,
        claims=[],
        boilerplate=[BP],
        notes=[
            "Stored text (a chunk of 2,000 UTF-8 bytes) of a page of the Thạch Bình commune portal (thachbinh.thachthanh.thanhhoa.gov.vn) reposting Báo cáo 109/BC-BTTTT of Bộ Thông tin và Truyền thông 'Chuyển đổi số quốc gia tháng 9 năm 2023', as returned by the search tool's 'pages' corpus. The visitor counter before the headline ('Truy cập ... Tất cả: 184152') is boilerplate; its 'Tháng này' is not a DATE. The headline appears twice (kept as content). It stops mid-word ('toàn quố').",
            "Typing slips of the repost are kept and read as written: 'BỘ THÔNG TIN TRUYỀN THÔNG' and 'Bộ Thông tin Truyền thông' (no 'và') are the ministry; 'CỘNG HÒAXÃ HỘI CHỦ NGHĨAVIỆT NAM' (missing spaces) is the country; '109 /BC-BTTTT' has a space before '/'.",
            "'Văn bản số 6296/VPCP-KSTT' is a letter of Văn phòng Chính phủ: doc_type 'Công văn' (the type of a VPCP-KSTT letter), issuer Văn phòng Chính phủ.",
            "'Chính phủ' is an AGENCY where it names the body ('được Chính phủ giao', 'trình Chính phủ', 'của Chính phủ', 'Lãnh đạo Chính phủ'), not in 'Chính phủ điện tử' / 'Chính phủ số' (concepts, including the section heading '1. Chính phủ số').",
            "'tháng 8' (Phiên họp thường kỳ tháng 8) takes the year 2023. The time '14:16:47' after the post date is not annotated.",
            "No percentage in the chunk (it stops in the first section): no claims.",
        ],
    )
