"""Gold for baohatinh-2019-chua-den-4pct-lam-giay-to-qua-mang (Báo Hà Tĩnh, 2019)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import VN, C, E, V, build, pct, read, span

SLUG = "baohatinh-2019-chua-den-4pct-lam-giay-to-qua-mang"
AS_OF = ("Báo cáo Digital 2019 (as of the document date)", None, "2019-12-31")
VNS = ("Việt Nam", "country", "người Việt")

text = read(SLUG)
n_vn = text.count("Việt Nam")

ents = [
    E("PERCENT", "Phía sau câu chuyện [[chưa đến 4%]] người Việt biết \"làm", pct(4, "less_than")),
    E("PERCENT", "\n\n[[94%]] người dùng Internet", pct(94)),
    E("PERCENT", "là [[66%]]", pct(66)),
    E("PERCENT", "([[63%]])", pct(63)),
    E("PERCENT", "có tới [[94%]]", pct(94)),
    E("PERCENT", "([[99%]] người dùng", pct(99)),
    E("PERCENT", "TV ([[55%]])", pct(55)),
    E("PERCENT", "game ([[53%]])", pct(53)),
    E("PERCENT", "game ([[32%]])", pct(32)),
    E("PERCENT", "e-sports ([[29%]])", pct(29)),
] + [E("LOCATION", "[[Việt Nam]]", VN, n=i) for i in range(1, n_vn + 1)]


def item(evidence, v, what):
    return C(
        ("Việt Nam", "country", None, "người dùng Internet"),
        (f"người dùng Internet ưa chuộng nội dung trực tuyến: {what}", "other"),
        V(v),
        "achieved",
        AS_OF,
        evidence,
    )


claims = [
    C(
        VNS,
        ("người Việt biết \"làm giấy tờ\" qua mạng", "other"),
        V(4, "less_than"),
        "achieved",
        AS_OF,
        "Phía sau câu chuyện chưa đến 4% người Việt biết \"làm giấy tờ\" qua mạng",
        n=1,
        note="Share of people who do administrative paperwork online: a population share, not one of the keyed dossier/service rates (metric other). The headline is repeated later as an image title (boilerplate): one claim.",
    ),
    C(
        ("Việt Nam", "country", "Việt Nam", "người dùng Internet"),
        ("người dùng Internet truy cập mạng hàng ngày", "other"),
        V(94),
        "achieved",
        AS_OF,
        "94% người dùng Internet Việt Nam truy cập mạng hàng ngày.",
        n=1,
        note="Stated in the lead and again in the body: two claims, each with its own evidence (h15 convention).",
    ),
    C(
        ("Việt Nam", "country", "Việt Nam"),
        ("tỷ lệ sử dụng Internet", "other"),
        V(66),
        "achieved",
        AS_OF,
        "tỷ lệ sử dụng Internet ở Việt Nam là 66% (khoảng 64 triệu người)",
    ),
    C(
        ("Đông Nam Á", "group", "khu vực Đông Nam Á"),
        ("tỷ lệ sử dụng Internet (trung bình khu vực)", "other"),
        V(63),
        "achieved",
        AS_OF,
        "cao hơn trung bình khu vực Đông Nam Á (63%)",
        note="A regional average: subject kind group (not scored).",
    ),
    C(
        ("Việt Nam", "country", "Việt Nam", "người dùng Internet"),
        ("người dùng Internet truy cập mạng hàng ngày", "other"),
        V(94),
        "achieved",
        AS_OF,
        "Đáng chú ý, có tới 94% người dùng Internet Việt Nam truy cập mạng hàng ngày.",
        note="'có tới' stresses the size: exact (h15 convention).",
    ),
    item("video (99% người dùng Internet)", 99, "video"),
    item("TV (55%)", 55, "TV"),
    item("game (53%)", 53, "game"),
    item("livestreams của người chơi game (32%)", 32, "livestreams của người chơi game"),
    item("các giải thể thao điện tử e-sports (29%)", 29, "các giải thể thao điện tử e-sports"),
]

NOTES = [
    "Stored text (a 2,000-byte chunk) of a Báo Hà Tĩnh page (baohatinh.vn) returned by the search tool's 'pages' corpus: headline, lead and body up to a cut mid-sentence ('Số người dùng Internet ở'). The same story ran on thanhnien.vn on 04/09/2019 (not used: Thanh Niên is an h10 outlet).",
    "doc_date: the text states no full date; the latest year stated is 2019 ('Báo cáo Digital 2019 được công bố mới đây'), so doc_date is 2019-12-31 (same rule as baovinhphuc); the claims have no period of their own and are 'as of' it (start null).",
    "'Báo cáo Digital 2019' is the name of a report (We Are Social / Hootsuite): neither DATE nor DOC_NUMBER; the two firms are not agencies.",
    "The headline repeated as an image title ('Phía sau câu chuyện chưa đến 4% ...' after the first section) is a repeated title: boilerplate, as in the dev set's notes.",
    "Every 'Việt Nam' is a LOCATION (country); 'người Việt' alone is not; 'khu vực Đông Nam Á', 'khu vực châu Á', 'thế giới' are regions, not LOCATION (h15 convention).",
    "Durations ('6h42', '12 tiếng 56 phút') and ranks ('thứ 12', 'thứ 6') are not annotated. The shares of users by content type (video 99%, TV 55%, ...) are claims about Việt Nam's Internet users (scope 'người dùng Internet'), each with its parenthetical as evidence.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2019-12-31", entities=ents, claims=claims, notes=NOTES,
          boilerplate=[("Phía sau câu chuyện chưa đến 4% người Việt biết “làm giấy tờ” qua mạng", 1)],
          doc_date_note="no full date in the text; latest year stated (2019)")
