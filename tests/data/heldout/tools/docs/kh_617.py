"""Gold for Kế hoạch 617/KH-UBND (UBND tỉnh Đồng Tháp, 01/12/2025)."""
from gold_lib import *
from draft import draft

STEM = "kh-617-kh-ubnd-2025-12-01-dong-thap-cds-doanh-nghiep"
DOC_DATE = "2025-12-01"
P = "Đồng Tháp"
UY = "Ủy ban nhân dân tỉnh Đồng Tháp"


def build():
    t = Text(f"raw/{STEM}.txt")
    ents = localize(t, draft(t.text, 2025), P)
    ub = agency(UY, "people_committee", P)
    add = [
        ent(t, "AGENCY", "ỦY BAN NHÂN\nDÂN**\nTỈNH ĐỒNG THÁP", ub),
        ent(t, "DOC_NUMBER", "617/KH-UBND", docnum("617", None, "KH-UBND", "Kế hoạch", UY), n=1),
        ent(t, "DOC_NUMBER", "617/KH-UBND", docnum("617", None, "KH-UBND", "Kế hoạch", UY), n=2),
        ent(t, "DOC_NUMBER", "283/KH-UBND", docnum("283", None, "KH-UBND", "Kế hoạch", UY)),
        ent(t, "DOC_NUMBER", "71/NQ-CP", docnum("71", None, "NQ-CP", "Nghị quyết", "Chính phủ")),
        ent(t, "DOC_NUMBER", "10-CTr/TU", docnum("10", None, "CTr/TU", "Chương trình hành động",
                                                "Ban Thường vụ Tỉnh ủy Đồng Tháp")),
        ent(t, "DOC_NUMBER", "57-NQ/TW", docnum("57", None, "NQ/TW", "Nghị quyết", "Bộ Chính trị")),
        ent(t, "DOC_NUMBER", "80/2021/NĐ-CP", docnum("80", 2021, "NĐ-CP", "Nghị định", "Chính phủ"), n=1),
        ent(t, "DOC_NUMBER", "80/2021/NĐ-CP", docnum("80", 2021, "NĐ-CP", "Nghị định", "Chính phủ"), n=2),
        ent(t, "AGENCY", "Ban Thường vụ Tỉnh uỷ", agency("Ban Thường vụ Tỉnh ủy Đồng Tháp", "party", P)),
        ent(t, "AGENCY", "Ban Quản lý Khu kinh tế", agency("Ban Quản lý Khu kinh tế tỉnh Đồng Tháp", "agency", P)),
        ent(t, "AGENCY", "VPUB", agency("Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp", "agency", P)),
        ent(t, "DATE", "ngày 01/6", date(None, None, "day")),
        ent(t, "DATE", "15/11", date(None, None, "day"), after=t.find("ngày 01/6")[0]),
    ]
    ents = merge(ents, add=add)
    S = lambda: subj(P, "province", "DNNVV, HTX, HKD trên địa bàn Tỉnh", "DNNVV, HTX, HKD trên địa bàn Tỉnh")
    M = ("DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số", "other")
    claims = []
    for y, v, q, ev in [(2025, 30, "at_least", "Đến hết năm 2025: Có ≥ 30% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
                        (2030, 60, "at_least", "Đến hết năm 2030: Có ≥ 60% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
                        (2035, 85, "at_least", "Đến hết năm 2035: Có ≥ 85% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
                        (2040, 95, "at_least", "Đến hết năm 2040: Có ≥ 95% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số."),
                        (2045, 100, "exact", "Đến hết năm 2045: 100% DNNVV, HTX, HKD trên địa bàn Tỉnh ứng dụng công nghệ số.")]:
        claims.append(claim(t, ev, S(), M, pct(float(v), q), per(f"Đến hết năm {y}", None, f"{y}-12-31"), "target"))
    write(STEM, ents, [], claims, DOC_DATE,
          ent_notes="'≥' is read as an at_least cue (spec lists 'tối thiểu, ít nhất, không dưới'; the sign has the same "
                    "meaning). Reporting dates 'ngày 01/6' and '15/11 hằng năm' recur every year: start/end null. "
                    "Associations (Hiệp hội Doanh nghiệp tỉnh, Hội Nông dân tỉnh, Liên minh Hợp tác xã Tỉnh) are not "
                    "state bodies and are not annotated. 'UBND/Ủy ban nhân dân các xã, phường' (plural) is not an AGENCY.",
          claim_notes="Subject is the province (scope: its SMEs, co-operatives and household businesses); 'Đến hết năm Y' "
                      "is a deadline (start null, end Y-12-31), as dev gold treats 'Đến năm 2030'.")


if __name__ == "__main__":
    build()
