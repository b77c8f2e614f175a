"""Gold for baobariavungtau-2020-09-cai-cach-tthc-2015-2020 (Báo Bà Rịa - Vũng Tàu, Sep 2020)."""

import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))
from goldlib import C, E, V, agency, build, date, pct

SLUG = "baobariavungtau-2020-09-cai-cach-tthc-2015-2020"
BR = "Bà Rịa - Vũng Tàu"
Y2015 = date("2015-01-01", "2015-12-31", "year")

ents = [
    E("DATE", " date [[2020-09]] ", date("2020-09-01", "2020-09-30", "month")),
    E("DATE", "[[Từ năm 2015-2020]]", date("2015-01-01", "2020-12-31", "period")),
    E("AGENCY", "2015-2020, [[UBND tỉnh]] đã ban hành", agency("Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", "people_committee", BR)),
    E("PERCENT", "niêm yết công khai [[100%]] TTHC", pct(100)),
    E("AGENCY", "Phối hợp với [[Bưu điện tỉnh]]", agency("Bưu điện tỉnh Bà Rịa - Vũng Tàu", "state_enterprise", BR)),
    E("PERCENT", "trung bình đạt [[99%]]", pct(99)),
    E("DATE", "PAPI) đều tăng hạng so với [[năm 2015]]:", Y2015),
    E("DATE", "(tăng 26 bậc so với [[năm 2015]])", Y2015),
    E("DATE", "(tăng 34 bậc so với [[năm 2015]])", Y2015),
    E("DATE", "(tăng 2 bậc so với [[năm 2015]])", Y2015),
]

claims = [
    C(
        (BR, "province", "tỉnh", "Bộ phận Một cửa các cấp"),
        ("TTHC thuộc thẩm quyền tiếp nhận được niêm yết công khai", "other"),
        V(100),
        "achieved",
        ("(as of the document date)", None, "2020-09-30"),
        "Bộ phận Một cửa các cấp đã thực hiện niêm yết công khai 100% TTHC thuộc thẩm quyền tiếp nhận bằng bản giấy hoặc trên hệ thống máy tính",
    ),
    C(
        (BR, "province", "tỉnh"),
        ("Tỷ lệ giải quyết hồ sơ TTHC đúng hạn (trung bình)", "other"),
        V(99),
        "achieved",
        ("Từ năm 2015-2020", "2015-01-01", "2020-12-31"),
        "Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt tỷ lệ cao, trung bình đạt 99%.",
        note="An average over the review period named at the head of the paragraph ('Từ năm 2015-2020').",
    ),
]

NOTES = [
    "Stored text of a Báo Bà Rịa - Vũng Tàu page (baobariavungtau.com.vn) returned by the search tool's 'pages' corpus, with the store's ' date 2020-09' prefix; headline and lead missing (the passage starts mid-article), ends at the end of a paragraph.",
    "The prefix '2020-09' is a DATE of grain month; doc_date is its last day (2020-09-30), as h10 did for ' date 2020-08'.",
    "The province is never named ('tỉnh'); Bà Rịa - Vũng Tàu comes from the publisher.",
    "'Từ năm 2015-2020' is one DATE (grain period, 2015-01-01..2020-12-31), lead word included.",
    "'trung bình' is not a value qualifier (exact 99%); 'Bưu điện tỉnh' (the provincial VNPost branch) is annotated as an AGENCY of kind state_enterprise, as h10 did for Tổng công ty Bưu điện Việt Nam.",
    "No percentage is stated for the level-3/4 services (1.089 and 450 of 2.268 thủ tục): no claim from those counts. Ranks ('9/63', '10/63', '16/63') are not percentages.",
    "PAR INDEX, PCI, PAPI are indices, not entities.",
]

if __name__ == "__main__":
    build(SLUG, doc_date="2020-09-30", entities=ents, claims=claims, notes=NOTES,
          doc_date_note="the stored text opens with ' date 2020-09' (month precision); nothing else dates it")
