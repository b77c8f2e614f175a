"""Gold for dichvucong-thuathienhue-thong-ke-muc-do-dvctt (statistics page of the Thừa Thiên Huế public-service portal)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, build, pct

SLUG = "dichvucong-thuathienhue-thong-ke-muc-do-dvctt"
TTH = "Thừa Thiên Huế"
NOPER = (None, None, None)
R12 = "Mức 1, 2 268763 257141 11622 124907 48,6% 102770 40% 19852 7,7%"
R3 = "Mức 3 68544 61827 6717 43434 70,3% 11795 19,1% 4331 7%"
R4 = "Mức 4 1665 1611 54 952 59,1% 388 24,1% 268 16,6%"
RP = "Tỷ lệ TTHC cung cấp trực tuyến 2643 100% 2643 100% 1856 70,2% 736 27,8%"

ents = [
    E("PERCENT", "124907 [[48,6%]]", pct(48.6)),
    E("PERCENT", "102770 [[40%]]", pct(40)),
    E("PERCENT", "19852 [[7,7%]]", pct(7.7)),
    E("PERCENT", "43434 [[70,3%]]", pct(70.3)),
    E("PERCENT", "11795 [[19,1%]]", pct(19.1)),
    E("PERCENT", "4331 [[7%]]", pct(7)),
    E("PERCENT", "952 [[59,1%]]", pct(59.1)),
    E("PERCENT", "388 [[24,1%]]", pct(24.1)),
    E("PERCENT", "268 [[16,6%]]", pct(16.6)),
    E("PERCENT", "trực tuyến 2643 [[100%]] 2643", pct(100)),
    E("PERCENT", "100% 2643 [[100%]] 1856", pct(100)),
    E("PERCENT", "1856 [[70,2%]]", pct(70.2)),
    E("PERCENT", "736 [[27,8%]]", pct(27.8)),
]

claims = []
for row, scope, vals in [
    (R12, "hồ sơ mức 1, 2", (48.6, 40, 7.7)),
    (R3, "hồ sơ mức 3", (70.3, 19.1, 7)),
    (R4, "hồ sơ mức 4", (59.1, 24.1, 16.6)),
]:
    for col, v in zip(("Trước hạn", "Đúng hạn", "Trễ hạn"), vals, strict=True):
        claims.append(
            C((TTH, "province", None, scope), (f"{col} (% hồ sơ đã xử lý)", "other"), V(v), "achieved", NOPER, row)
        )
for lvl, v, key in [("1", 100, "other"), ("2", 100, "other"), ("3", 70.2, "other"), ("4", 27.8, "dvc_level4_rate")]:
    claims.append(
        C((TTH, "province", None), (f"Tỷ lệ TTHC cung cấp trực tuyến mức độ {lvl}", key), V(v), "achieved", NOPER, RP)
    )

if __name__ == "__main__":
    build(
        SLUG,
        doc_date=None,
        doc_date_note="the statistics page states no date and no year (it is a live dashboard; the stored copy's date is unknown). The 'mức độ 1-4' classification was replaced in mid-2022 (Nghị định 42/2022/NĐ-CP), so the figures are probably from 2020-2022, but nothing in the text gives a year",
        entities=ents,
        claims=claims,
        boilerplate=[],
        notes=[
            "Stored text (a chunk) of the statistics page of the Thừa Thiên Huế public-service portal (dichvucong.thuathienhue.gov.vn/thongke/ReqId/d65d4779) as returned by the search tool's 'pages' corpus: two tables flattened to one line per row (cells separated by spaces, integer counts without thousands separators), then the list of satisfaction criteria (no figures); it stops inside a word ('Tiêu ch'). A kind none of the earlier sets has: a dashboard, no sentences.",
            "The province is never named; Thừa Thiên Huế comes from the portal's address. All claims are about the province's dossiers / procedures.",
            "Table 1 'Kết quả giải quyết thủ tục hành chính': one claim per rate cell (3 rate columns x 3 rows): metric 'other' from the column header (Trước hạn / Đúng hạn / Trễ hạn, each a share of the dossiers processed, 'Đã xử lý'), the row's service level as the scope. The counts are not annotated.",
            "Table 2 'Tỷ lệ cung cấp dịch vụ công trực tuyến': the single row gives one claim per level; level 4 (27,8% of 2.643 procedures) is dvc_level4_rate, levels 1-3 are 'other'.",
            "No period and no document date can be known: every claim period is open (null).",
            "'Bộ phận Một cửa' and 'cơ quan nhà nước' in the criteria list are generic: not AGENCY entities.",
        ],
    )
