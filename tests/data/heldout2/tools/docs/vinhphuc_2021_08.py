"""Gold for vinhphuc-2021-08-mot-cua-cap-huyen-xa-ty-le-cham-han (Cổng TTĐT tỉnh Vĩnh Phúc, 30 Aug 2021)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, docnum, pct

SLUG = "vinhphuc-2021-08-mot-cua-cap-huyen-xa-ty-le-cham-han"
PV = "Vĩnh Phúc"
TT = agency("Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc", "agency", PV)
PER = ("từ ngày 21/7đến 20/8/2021 (tháng 8/2021)", "2021-07-21", "2021-08-20")
SC = "Bộ phận một cửa cấp huyện, cấp xã"
S1 = "kết quả giải quyết thủ tục hành chính tại Bộ phận một cửa cấp huyện, cấp xã trong tháng 8/2021 đã tiếp nhận mới 19.630 hồ sơ, hồ sơ trả trước và đúng hạn là 19.255 hồ sơ (đạt 96,55%), hồ sơ đến hạn giải quyết 19.944 hồ sơ, hồ sơ quá hạn giải quyết nhưng chưa có kết quả 689 hồ sơ chiếm 3,45 %, các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ là 16 hồ sơ (chiếm 0,08%)."
S2 = "Kết quả giải quyết TTHC đúng và trước hạn tăng cao, TTHC chậm hạn tiếp tục giảm mạnh đạt 3,45%, trong đó so với các kỳ báo cáo tháng 7 giảm 3,86%."
S3 = "Đặc biệt giảm tới 49,54% so với tháng 01/2021."
S4 = "Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3% và cả 9/9 huyện, thành phố đạt tỷ lệ dưới 10%."
S5 = "Huyện Lập Thạch lần đầu tiên vươn lên đứng vị trí thứ nhất với tỷ lệ chậm, quá hạn 0,33%"
S6 = "huyện Sông Lô giảm từ 10,85% xuống còn 1,31%"
S7 = "huyện Tam Dương giảm từ 10,55% xuống còn 2,27%"
S8 = "huyện Vĩnh Tường tiếp tục là địa phương có tỷ lệ này cao nhất (9,98%)"
LATE = ("tỷ lệ chậm, quá hạn", "other")
NOPER = (None, None, None)

ents = [
    E("DATE", "[[từ ngày 21/7đến 20/8/2021]]", date("2021-07-21", "2021-08-20", "period")),
    E("DATE", "\n\n[[30/08/2021]]\n\n", date("2021-08-30", "2021-08-30", "day")),
    E(
        "DOC_NUMBER",
        "[[19/BC-TTPVHCC]]",
        docnum("19", None, "BC-TTPVHCC", "Báo cáo", "Trung tâm Phục vụ hành chính công tỉnh Vĩnh Phúc"),
    ),
    E("AGENCY", "của [[Trung tâm Phục vụ hành chính công tỉnh]], kết quả", TT),
    E("DATE", "trong [[tháng 8/2021]]", date("2021-08-01", "2021-08-31", "month")),
    E("PERCENT", "[[96,55%]]", pct(96.55)),
    E("PERCENT", "chiếm [[3,45 %]]", pct(3.45)),
    E("PERCENT", "[[0,08%]]", pct(0.08)),
    E("PERCENT", "đạt [[3,45%]]", pct(3.45)),
    E("DATE", "kỳ báo cáo [[tháng 7]]", date("2021-07-01", "2021-07-31", "month")),
    E("PERCENT", "[[3,86%]]", pct(3.86)),
    E("PERCENT", "[[49,54%]]", pct(49.54)),
    E("DATE", "so với [[tháng 01/2021]]", date("2021-01-01", "2021-01-31", "month")),
    E("PERCENT", "[[dưới 3%]]", pct(3, "less_than")),
    E("PERCENT", "[[dưới 10%]]", pct(10, "less_than")),
    E("PERCENT", "[[0,33%]]", pct(0.33)),
    E("PERCENT", "[[10,85%]]", pct(10.85)),
    E("PERCENT", "[[1,31%]]", pct(1.31)),
    E("PERCENT", "[[10,55%]]", pct(10.55)),
    E("PERCENT", "[[2,27%]]", pct(2.27)),
    E("PERCENT", "[[9,98%]]", pct(9.98)),
]

claims = [
    C((PV, "province", None, SC), ("hồ sơ trả trước và đúng hạn", "other"), V(96.55), "achieved", PER, S1),
    C(
        (PV, "province", None, SC),
        ("hồ sơ quá hạn giải quyết nhưng chưa có kết quả", "other"),
        V(3.45),
        "achieved",
        PER,
        S1,
    ),
    C(
        (PV, "province", None, SC),
        ("các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ", "other"),
        V(0.08),
        "achieved",
        PER,
        S1,
    ),
    C(
        (PV, "province", None, SC),
        ("TTHC chậm hạn", "other"),
        V(3.45),
        "achieved",
        PER,
        S2,
        note="restates the 3,45 % of the previous sentence in other words; annotated as written",
    ),
    C(
        (PV, "province", None, SC),
        ("TTHC chậm hạn (so với các kỳ báo cáo tháng 7)", "other"),
        V(3.86, direction="decrease"),
        "achieved",
        PER,
        S2,
    ),
    C(
        (PV, "province", None, SC),
        ("TTHC chậm hạn (so với tháng 01/2021)", "other"),
        V(49.54, direction="decrease"),
        "achieved",
        PER,
        S3,
        note="'giảm tới 49,54%': 'tới' stresses the size, it is not a bound; qualifier exact",
    ),
    C(
        ("5/9 huyện, thành phố", "group", "5/9 huyện, thành phố"),
        ("tỷ lệ này (chậm, quá hạn)", "other"),
        V(3, "less_than"),
        "achieved",
        PER,
        S4,
    ),
    C(
        ("9/9 huyện, thành phố", "group", "9/9 huyện, thành phố"),
        ("tỷ lệ (chậm, quá hạn)", "other"),
        V(10, "less_than"),
        "achieved",
        PER,
        S4,
    ),
    C(("Lập Thạch", "district", "Huyện Lập Thạch"), LATE, V(0.33), "achieved", PER, S5),
    C(
        ("Sông Lô", "district", "huyện Sông Lô"),
        LATE,
        V(10.85),
        "achieved",
        NOPER,
        S6,
        note="the earlier level of a fall; the text does not say which earlier period, so the period is left open",
    ),
    C(("Sông Lô", "district", "huyện Sông Lô"), LATE, V(1.31), "achieved", PER, S6),
    C(
        ("Tam Dương", "district", "huyện Tam Dương"),
        LATE,
        V(10.55),
        "achieved",
        NOPER,
        S7,
        note="the earlier level of a fall; earlier period not stated",
    ),
    C(("Tam Dương", "district", "huyện Tam Dương"), LATE, V(2.27), "achieved", PER, S7),
    C(
        ("Vĩnh Tường", "district", "huyện Vĩnh Tường"),
        ("tỷ lệ này (chậm, quá hạn)", "other"),
        V(9.98),
        "achieved",
        PER,
        S8,
    ),
]

if __name__ == "__main__":
    build(
        SLUG,
        doc_date="2021-08-30",
        doc_date_note="the page's date line '30/08/2021' under the headline",
        entities=ents,
        claims=claims,
        boilerplate=["\n\n \n\nCác tin đã đưa ngày:"],
        notes=[
            "Stored text of a news item of the Vĩnh Phúc provincial portal (vinhphuc.gov.vn, Thông báo list, ItemID 3105) as returned by the search tool's 'pages' corpus: headline, date line, body, then the portal's 'Các tin đã đưa ngày:' widget (boilerplate). It summarizes Báo cáo 19/BC-TTPVHCC of the province's Trung tâm Phục vụ hành chính công.",
            "The province is never named ('Trung tâm Phục vụ hành chính công tỉnh'); Vĩnh Phúc comes from the publisher and from the districts (Lập Thạch, Sông Lô, Tam Dương, Vĩnh Tường).",
            "District figures: districts are not LOCATION entities (province/country only); as claim subjects they get kind 'district', following h10 (bacninhtv). Province-wide figures of the one-stop desks of districts and communes are Vĩnh Phúc with scope 'Bộ phận một cửa cấp huyện, cấp xã'.",
            "Period of every claim: the reporting window stated in the headline, 'từ ngày 21/7đến 20/8/2021', which the body calls 'tháng 8/2021' (as kontum-2023-03 in h10 uses its stated window). The range is one DATE (the missing space in '21/7đến' is in the source).",
            "'3,45 %' has a space before '%'; it is one PERCENT. 'giảm 3,86%' and 'giảm tới 49,54%' are changes (direction decrease). 'giảm từ 10,85% xuống còn 1,31%' gives two level claims; the earlier level has no stated period (left open).",
            "The metric is the share of late dossiers (chậm, quá hạn) or of dossiers on time: metric 'other' throughout; no e-government key applies.",
            "'5/9 huyện, thành phố' and '9/9 huyện, thành phố' are group subjects (not scored); 'sau 01 năm' is a duration, not a DATE.",
        ],
    )
