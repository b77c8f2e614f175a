"""Gold for baovinhphuc-2025-hanh-chinh-khong-giay-to (Báo Vĩnh Phúc, undated, after 2024)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct

SLUG = "baovinhphuc-2025-hanh-chinh-khong-giay-to"
VP = "Vĩnh Phúc"
UB = agency("Ủy ban nhân dân tỉnh Vĩnh Phúc", "people_committee", VP)

ents = [
    E("AGENCY", "không giấy tờ, [[UBND tỉnh]] đã ban hành", UB),
    E("AGENCY", "được ứng dụng tại [[Trung tâm Phục vụ hành chính công tỉnh]]", agency("Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc", "agency", VP)),
    E("AGENCY", "Thực hiện chỉ đạo của [[UBND tỉnh]]", UB),
    E("DATE", "[[Năm 2024]], toàn tỉnh", date("2024-01-01", "2024-12-31", "year")),
    E("PERCENT", "[[70,91%]]", pct(70.91)),
]

claims = [
    C(
        (VP, "province", "toàn tỉnh"),
        ("số hóa ... tổng số hồ sơ tiếp nhận", "other"),
        V(70.91),
        "achieved",
        ("Năm 2024", "2024-01-01", "2024-12-31"),
        "Năm 2024, toàn tỉnh đã thực hiện số hóa đối với 70,91% tổng số hồ sơ tiếp nhận",
        note="Share of received dossiers that were digitised: not one of the five keyed metrics (metric other).",
    ),
]

NOTES = [
    "Stored text (a 2,000-byte chunk) of a Báo Vĩnh Phúc page (baovinhphuc.com.vn, the provincial newspaper; not the vinhphuc.gov.vn portal used in h15) returned by the search tool's 'pages' corpus: headline missing, cut mid-word after the first figure ('cấp kết quả điện tử đ').",
    "The province is never named ('tỉnh', 'toàn tỉnh'); Vĩnh Phúc comes from the publisher.",
    "doc_date: the text states no full date; the latest year stated is 2024 and the article reports 2024 as past, so doc_date is set to 2024-12-31 (the end of that year); the page itself is probably from the first half of 2025 (before Vĩnh Phúc merged into Phú Thọ on 1/7/2025).",
    "'Trung ương' in 'hệ thống của Trung ương' is the central level in general, not a named body: no AGENCY.",
    "The photo caption and credit ('Ảnh: Trà Hương') are kept as content (no entity in them).",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2024-12-31", entities=ents, claims=claims, notes=NOTES,
          doc_date_note="no date in the text; latest year stated (2024), reported as past")
