"""Gold for baothainguyen-2023-03-quy-i-dung-han-97pct (Báo Thái Nguyên, 31 Mar 2023)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, docnum, pct

SLUG = "baothainguyen-2023-03-quy-i-dung-han-97pct"
TN = "Thái Nguyên"
TT = agency("Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên", "agency", TN)
Q1 = ("quý I/2023", "2023-01-01", "2023-03-31")

ents = [
    E("PERCENT", "giải quyết đúng hạn đạt [[97%]]\n\nThu Hà", pct(97)),
    E("DATE", "16:34, [[31/03/2023]]", date("2023-03-31", "2023-03-31", "day")),
    E("DATE", "Trong [[quý I/2023]]", date("2023-01-01", "2023-03-31", "quarter")),
    E("PERCENT", "được giải quyết đúng hạn đạt [[97%]]", pct(97)),
    E("PERCENT", "[[99,7%]]", pct(99.7)),
    E("AGENCY", "giao dịch tại [[Trung tâm Phục vụ Hành chính công tỉnh]].", TT),
    E("AGENCY", "giải quyết thủ tục hành chính tại [[Trung tâm Phục vụ hành chính công]] của tỉnh.\n", TT),
    E("PERCENT", "giải quyết [[100%]] hồ sơ TTHC", pct(100)),
    E("DOC_NUMBER", "Nghị định số [[61/2018/NĐ-CP]]", docnum("61", 2018, "NĐ-CP", "Nghị định", "Chính phủ")),
    E("DATE", "61/2018/NĐ-CP [[ngày 23/4/2018]]", date("2018-04-23", "2018-04-23", "day")),
    E("AGENCY", "23/4/2018 của [[Chính phủ]]", agency("Chính phủ", "government")),
    E("DATE", "[[Từ đầu năm đến nay]]", date("2023-01-01", "2023-03-31", "period")),
    E("PERCENT", "việc đưa [[100%]] các TTHC", pct(100)),
    E("AGENCY", "ra tiếp nhận tại [[Trung tâm Phục vụ hành chính công]] của tỉnh và", TT),
]

claims = [
    C(
        (TN, "province", "toàn tỉnh"),
        ("tỷ lệ hồ sơ được giải quyết đúng hạn", "other"),
        V(97),
        "achieved",
        Q1,
        "Trong quý I/2023, toàn tỉnh có 178.661 hồ sơ yêu cầu giải quyết về thủ tục hành chính (TTHC); tỷ lệ hồ sơ được giải quyết đúng hạn đạt 97%.",
        note="The headline restates this figure; one claim, with the body sentence as evidence.",
    ),
    C(
        (TN, "province", None, "hồ sơ tiếp nhận trực tuyến"),
        ("tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn", "other"),
        V(99.7),
        "achieved",
        Q1,
        "Trong đó, số hồ sơ tiếp nhận trực tuyến là 105.970 hồ sơ, tỷ lệ hồ sơ trực tuyến được giải quyết đúng hạn đạt 99,7%.",
        note="The on-time share of online dossiers, not the share of dossiers submitted online (which the text does not state): metric other.",
    ),
    C(
        (TN, "province", "Toàn tỉnh"),
        ("hồ sơ TTHC được tiếp nhận, giải quyết trên Hệ thống phần mềm một cửa điện tử", "other"),
        V(100),
        "achieved",
        ("(as of the document date)", None, "2023-03-31"),
        "Toàn tỉnh đã triển khai thực hiện việc tiếp nhận, giải quyết 100% hồ sơ TTHC trên Hệ thống phần mềm một cửa điện tử",
    ),
    C(
        (TN, "province", None, "các cơ quan, đơn vị trên địa bàn tỉnh"),
        ("TTHC theo ngành dọc được đưa ra tiếp nhận tại Trung tâm Phục vụ hành chính công và bộ phận một cửa", "other"),
        V(100),
        "achieved",
        ("Từ đầu năm đến nay", "2023-01-01", "2023-03-31"),
        "Từ đầu năm đến nay, các cơ quan, đơn vị trên địa bàn tỉnh tiếp tục thực hiện nghiêm túc, đúng quy định việc đưa 100% các TTHC theo ngành dọc ra tiếp nhận",
    ),
]

NOTES = [
    "Stored text of a Báo Thái Nguyên page returned by the search tool's 'pages' corpus; complete short article (headline, byline, body), 1,872 bytes.",
    "The province is never named ('toàn tỉnh', 'của tỉnh'); the subject Thái Nguyên and the agencies' location come from the publisher (baothainguyen.vn).",
    "Byline 'Thu Hà 16:34, 31/03/2023': the date is a DATE entity and doc_date; the time is not annotated.",
    "'Từ đầu năm đến nay' is a DATE of grain 'period' from 1 January to doc_date.",
    "The headline's 97% restates the body's figure: one claim (body sentence as evidence); both PERCENT spans are annotated.",
    "No online-dossier share is stated (105.970 of 178.661 is not given as a percentage): no online_dossier_rate claim.",
    "The two photo captions are article content (not boilerplate); 'bộ phận một cửa cấp huyện, cấp xã' are level words, not agencies.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2023-03-31", entities=ents, claims=claims, notes=NOTES, doc_date_note="byline 'Thu Hà 16:34, 31/03/2023'")
