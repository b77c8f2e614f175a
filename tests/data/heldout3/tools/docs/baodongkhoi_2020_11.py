"""Gold for baodongkhoi-2020-11-ttpvhcc-thang-10 (Báo Đồng Khởi, Bến Tre, 8 Nov 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct

SLUG = "baodongkhoi-2020-11-ttpvhcc-thang-10"
BT = "Bến Tre"
TT = agency("Trung tâm Phục vụ hành chính công tỉnh Bến Tre", "agency", BT)
OCT = ("tháng 10-2020", "2020-10-01", "2020-10-31")
SC = "Trung tâm Phục vụ hành chính công tỉnh"


def dept(name):
    return agency(f"{name} tỉnh Bến Tre", "department", BT)


ents = [
    E("AGENCY", "[[Trung tâm Phục vụ hành chính công tỉnh]] giải quyết trên", TT),
    E("DATE", "[[08/11/2020]] - 21:07", date("2020-11-08", "2020-11-08", "day")),
    E("DATE", "Trong [[tháng 10-2020]]", date("2020-10-01", "2020-10-31", "month")),
    E("AGENCY", "tháng 10-2020, [[Trung tâm Phục vụ hành chính công tỉnh]] đã tiếp nhận", TT),
    E("PERCENT", "[[88,2%]]", pct(88.2)),
    E("PERCENT", "[[99,8%]]", pct(99.8)),
    E("PERCENT", "[[0,2%]]", pct(0.2)),
    E("DATE", "so với [[tháng 9-2020]]", date("2020-09-01", "2020-09-30", "month")),
    E("AGENCY", "[[Công an tỉnh]] 3,8", agency("Công an tỉnh Bến Tre", "agency", BT)),
    E("AGENCY", "[[Sở Công Thương]] 1,7", dept("Sở Công Thương")),
    E("AGENCY", "[[Sở Giao thông vận tải]] 829", dept("Sở Giao thông vận tải")),
    E("AGENCY", "[[Sở Tài nguyên và Môi trường]] 803", dept("Sở Tài nguyên và Môi trường")),
    E("AGENCY", "[[Sở Khoa học và Công nghệ]], Sở Thông tin", dept("Sở Khoa học và Công nghệ")),
    E("AGENCY", "[[Sở Thông tin và Truyền thông]], Ban Quản lý", dept("Sở Thông tin và Truyền thông")),
    E("AGENCY", "[[Ban Quản lý các khu công nghiệp]], Sở Tài chính", agency("Ban Quản lý các khu công nghiệp tỉnh Bến Tre", "agency", BT)),
    E("AGENCY", "Ban Quản lý các khu công nghiệp, [[Sở Tài chính]].", dept("Sở Tài chính")),
]

claims = [
    C(
        (BT, "province", "tỉnh", SC),
        ("hồ sơ đã giải quyết trên hồ sơ tiếp nhận", "other"),
        V(88.2),
        "achieved",
        OCT,
        "Cơ quan chức năng đã giải quyết 8,98 ngàn HS các loại (đạt 88,2%).",
    ),
    C(
        (BT, "province", "tỉnh", SC),
        ("HS giải quyết đúng và trước hạn", "other"),
        V(99.8),
        "achieved",
        OCT,
        "Trong đó, có 8,96 ngàn HS giải quyết đúng và trước hạn (đạt 99,8%)",
    ),
    C(
        (BT, "province", "tỉnh", SC),
        ("HS giải quyết trễ hạn", "other"),
        V(0.2),
        "achieved",
        OCT,
        "có 17 HS giải quyết trễ hạn (tỷ lệ 0,2%)",
    ),
]

NOTES = [
    "Stored text of a Báo Đồng Khởi (baodongkhoi.vn, the Bến Tre provincial newspaper) page returned by the search tool's 'pages' corpus; complete short article.",
    "The province is never named ('tỉnh'); the subject Bến Tre and the agencies' location come from the publisher.",
    "Rates of the provincial public-service centre are claims about the province with scope 'Trung tâm Phục vụ hành chính công tỉnh' (as h15 did for Vĩnh Phúc).",
    "Dates are written with a hyphen ('tháng 10-2020', 'tháng 9-2020'): month DATEs.",
    "'Chia sẻ bài viết' and 'BÌNH LUẬN' are page chrome (boilerplate); the signature 'Đ.Chính' is content.",
    "Counts ('10,18 ngàn hồ sơ', '829 HS') are not annotated (QUANTITY is outside the five labels).",
    "'Ban Quản lý các khu công nghiệp' is one body (the province's industrial-zones authority): AGENCY; 'Cơ quan chức năng' is generic.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2020-11-08", entities=ents, claims=claims, notes=NOTES,
          boilerplate=["Chia sẻ bài viết\n\nBÌNH LUẬN"], doc_date_note="dateline '08/11/2020 - 21:07'")
