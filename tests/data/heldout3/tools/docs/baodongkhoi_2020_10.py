"""Gold for baodongkhoi-2020-10-ttpvhcc-9-thang (Báo Đồng Khởi, Bến Tre, 11 Oct 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct

SLUG = "baodongkhoi-2020-10-ttpvhcc-9-thang"
BT = "Bến Tre"
TT = agency("Trung tâm Phục vụ hành chính công tỉnh Bến Tre", "agency", BT)


def dept(name):
    return agency(f"{name} tỉnh Bến Tre", "department", BT)


ents = [
    E("AGENCY", "[[Trung tâm Phục vụ hành chính công]] giải quyết hơn", TT),
    E("DATE", "[[11/10/2020]] - 19:22", date("2020-10-11", "2020-10-11", "day")),
    E("DATE", "Trong [[9 tháng năm 2020]]", date("2020-01-01", "2020-09-30", "period")),
    E("AGENCY", "9 tháng năm 2020, [[Trung tâm Phục vụ hành chính công]] (trung tâm) tỉnh", TT),
    E("PERCENT", "[[97,4%]]", pct(97.4)),
    E("DATE", "Thống kê trong [[quý III-2020]]", date("2020-07-01", "2020-09-30", "quarter")),
    E("DATE", "so với [[quý II-2020]]", date("2020-04-01", "2020-06-30", "quarter")),
    E("DATE", "tiếp nhận nhiều trong [[quý III]] là", date("2020-07-01", "2020-09-30", "quarter")),
    E("AGENCY", "[[Công an tỉnh]] 7,7", agency("Công an tỉnh Bến Tre", "agency", BT)),
    E("AGENCY", "[[Sở Công Thương]] 3,7", dept("Sở Công Thương")),
    E("AGENCY", "[[Sở Giao thông vận tải]] 3,01", dept("Sở Giao thông vận tải")),
    E("AGENCY", "[[Sở Tài nguyên và Môi trường]] 2,25", dept("Sở Tài nguyên và Môi trường")),
    E("AGENCY", "[[Sở Nông nghiệp và Phát triển nông thôn]] 2,14", dept("Sở Nông nghiệp và Phát triển nông thôn")),
    E("AGENCY", "[[Sở Tư pháp]] 2,12", dept("Sở Tư pháp")),
    E("AGENCY", "ít HS là [[Sở Thông tin và Truyền thông]]", dept("Sở Thông tin và Truyền thông")),
    E("AGENCY", "Truyền thông, [[Sở Khoa học và Công nghệ]], Ban", dept("Sở Khoa học và Công nghệ")),
    E("AGENCY", "[[Ban Quản lý các khu công nghiệp]], Bảo hiểm", agency("Ban Quản lý các khu công nghiệp tỉnh Bến Tre", "agency", BT)),
    E("AGENCY", "[[Bảo hiểm Xã hội]], Sở Tài chính", agency("Bảo hiểm xã hội tỉnh Bến Tre", "agency", BT)),
    E("AGENCY", "Bảo hiểm Xã hội, [[Sở Tài chính]], Sở Văn", dept("Sở Tài chính")),
    E("AGENCY", "[[Sở Văn hóa, Thể thao và Du lịch]].", dept("Sở Văn hóa, Thể thao và Du lịch")),
]

claims = [
    C(
        (BT, "province", "tỉnh", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("HS đã giải quyết trên HS tiếp nhận", "other"),
        V(97.4),
        "achieved",
        ("9 tháng năm 2020", "2020-01-01", "2020-09-30"),
        "Cơ quan chức năng đã giải quyết 59,72 ngàn HS các loại (đạt tỷ lệ (97,4%).",
    ),
]

NOTES = [
    "Stored text of a Báo Đồng Khởi (baodongkhoi.vn, Bến Tre) page returned by the search tool's 'pages' corpus; complete short article. Same outlet as baodongkhoi-2020-11 (the following month's item), different wording.",
    "The province is never named; the subject Bến Tre and the agencies' location come from the publisher.",
    "'9 tháng năm 2020' = the first nine months of 2020 (2020-01-01..2020-09-30), grain 'period'.",
    "'quý III' without a year takes 2020 from the preceding 'quý III-2020'.",
    "'(trung tâm)' is an abbreviation definition, not an entity; the AGENCY span is 'Trung tâm Phục vụ hành chính công'.",
    "The typo '(đạt tỷ lệ (97,4%)' is kept; the PERCENT span is '97,4%'.",
    "'Bảo hiểm Xã hội' here is the provincial social-insurance office (Bảo hiểm xã hội tỉnh Bến Tre).",
    "'Chia sẻ bài viết' and 'BÌNH LUẬN' are page chrome (boilerplate).",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2020-10-11", entities=ents, claims=claims, notes=NOTES,
          boilerplate=["Chia sẻ bài viết\n\nBÌNH LUẬN"], doc_date_note="dateline '11/10/2020 - 19:22'")
