"""Gold for daibieunhandan-2020-07-nam-2021-dvctt-muc-do-4-100pct (Đại biểu Nhân dân, section page teaser, July 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct

SLUG = "daibieunhandan-2020-07-nam-2021-dvctt-muc-do-4-100pct"
Y21 = date("2021-01-01", "2021-12-31", "year")

ents = [
    E("DATE", "[[Năm 2021]], đưa", Y21, n=1),
    E("PERCENT", "mức độ 4 đạt [[100%]]\n", pct(100), n=1),
    E("DATE", "[[Năm 2021]], đưa", Y21, n=2),
    E("PERCENT", "mức độ 4 đạt [[100%]]\n", pct(100), n=2),
    E("DATE", "Chậm nhất [[năm 2021]]", Y21),
    E("PERCENT", "trực tuyến đạt [[100%]] mức độ 4", pct(100)),
    E(
        "AGENCY",
        "Bộ trưởng [[Bộ Thông tin và Truyền thông]] (TT&TT)",
        agency("Bộ Thông tin và Truyền thông", "ministry"),
    ),
    E(
        "AGENCY",
        "Phó Chủ tịch [[Ủy ban quốc gia về Chính phủ điện tử]]",
        agency("Ủy ban Quốc gia về Chính phủ điện tử", "agency"),
    ),
    E("DATE", "công tác thông tin và truyền thông [[6 tháng đầu năm]]", date("2020-01-01", "2020-06-30", "period")),
    E("DATE", "[[6 tháng cuối năm 2020]]", date("2020-07-01", "2020-12-31", "period")),
    E("DATE", "diễn ra [[ngày 6.7]]", date("2020-07-06", "2020-07-06", "day")),
]

claims = [
    C(
        ("Việt Nam", "country", "các bộ, ngành và địa phương"),
        ("đưa dịch vụ công lên trực tuyến ... mức độ 4", "dvc_level4_rate"),
        V(100),
        "target",
        ("Chậm nhất năm 2021", None, "2021-12-31"),
        "Chậm nhất năm 2021, các bộ, ngành và địa phương phải đưa dịch vụ công lên trực tuyến đạt 100% mức độ 4.",
        note="the headline (printed twice) states the same target ('Năm 2021, ... đạt 100%'); one claim. Its period start is left open so that a reading of the headline ('năm 2021', from 1 January) and of the body ('chậm nhất năm 2021', a deadline) both agree with it",
    ),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2020-07-06",
        doc_date_note="no byline; the text dates the conference it reports 'ngày 6.7' of the year in '6 tháng cuối năm 2020', i.e. 6 July 2020",
        entities=ents,
        claims=claims,
        boilerplate=[],
        notes=[
            "Stored text of the 'Khoa học và Công nghệ' section page of Đại biểu Nhân dân (daibieunhandan.vn/khoa-hoc-va-cong-nghe) as returned by the search tool's 'pages' corpus: the teaser of one article (headline printed twice, then the lead). Complete as stored (718 bytes).",
            "The headline 'Năm 2021, đưa dịch vụ công trực tuyến lên mức độ 4 đạt 100%' uses 'đạt' for a goal set in July 2020 for 2021: the status is target (the body says 'phải đưa ... đạt 100%'). A hard case for status cues.",
            "'các bộ, ngành và địa phương' as a whole -> subject Việt Nam (spec section 3). 'Chậm nhất năm 2021' is a deadline: period end 2021-12-31, start open; the DATE span is 'năm 2021' (value the year).",
            "'ngày 6.7' uses a dot between day and month (6 July, year 2020 from the same sentence).",
            "'(TT&TT)' only defines an abbreviation: not annotated (as '(TTTT)' in bc-btttt-2021-07-14). 'Chính phủ điện tử' inside 'Ủy ban quốc gia về Chính phủ điện tử' is part of that AGENCY name.",
        ],
    )
