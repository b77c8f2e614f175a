"""Gold for Kế hoạch 144/KH-UBND (UBND tỉnh Bắc Ninh, 24/11/2025): phát triển kinh tế số và xã hội số 2026-2030.
Targets "đến năm 2030" in Mục II are repeated, with the body in charge, in the Phụ lục table."""
import re

from gold_lib import *
from draft import draft

STEM = "kh-144-kh-ubnd-2025-11-24-bac-ninh-kinh-te-so-xa-hoi-so"
DOC_DATE = "2025-11-24"
P = "Bắc Ninh"
UB = "Ủy ban nhân dân tỉnh Bắc Ninh"

# (text of the indicator as written in Mục II, without the value; value; qualifier; metric key)
TARGETS = [
    ("Kinh tế số chiếm 45% GRDP tỉnh", "Kinh tế số chiếm ... GRDP tỉnh", 45, "exact", "other"),
    ("Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%",
     "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", 60, "exact", "other"),
    ("Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt tối thiểu 40%",
     "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", 40, "at_least", "other"),
    ("Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%",
     "Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP", 2, "at_least", "other"),
    ("Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s đạt 100%",
     "Tỷ lệ người sử dụng có khả năng truy cập băng rộng cố định với tốc độ 01 Gb/s", 100, "exact", "other"),
    ("Tỷ lệ phủ sóng 5G trên địa bàn đạt 100% dân số", "Tỷ lệ phủ sóng 5G trên địa bàn (dân số)", 100, "exact", "other"),
    ("Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản đạt 80%",
     "Tỷ lệ người dân kết nối mạng được bảo vệ ở mức cơ bản", 80, "exact", "other"),
    ("Tỷ lệ người dân có tài khoản định danh điện tử (VNeID) đạt 80%",
     "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)", 80, "exact", "other"),
    ("Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác đạt 95%",
     "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác", 95, "exact", "other"),
    ("Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân đạt 80%",
     "Tỷ lệ người dân trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân", 80, "exact", "other"),
    ("Đào tạo, bồi dưỡng, tập huấn kỹ năng số cơ bản cho người dân trong độ tuổi lao động đạt 70%",
     "Đào tạo, bồi dưỡng, tập huấn kỹ năng số cơ bản cho người dân trong độ tuổi lao động", 70, "exact", "other"),
    ("Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 80%", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình", 80,
     "exact", "online_dossier_rate"),
    ("Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông đạt 90%",
     "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông", 90, "exact", "other"),
    ("Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%", "Tỷ lệ người dân có Sổ sức khỏe điện tử", 95, "exact", "other"),
    ("Tỉ lệ giao dịch không dùng tiền mặt đạt 80%", "Tỉ lệ giao dịch không dùng tiền mặt", 80, "exact", "other"),
    ("Tỷ lệ người dân được định danh số đạt 100%", "Tỷ lệ người dân được định danh số", 100, "exact", "other"),
    ("Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D) đạt trên 60%",
     "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)", 60, "more_than", "other"),
]


def build():
    t = Text(f"raw/{STEM}.txt")
    ents = localize(t, draft(t.text, 2025), P)
    nt = t.find("Nơi nhận:")[0]
    pl = t.find("**PHỤ LỤC**")[0]
    A = lambda snip, name, kind="agency", **kw: ent(t, "AGENCY", snip, agency(name, kind, P), **kw)
    vp = "Văn phòng Ủy ban nhân dân tỉnh Bắc Ninh"
    add = [
        A("ỦY BAN NHÂN DÂN\n**\nTỈNH BẮC NINH", UB, "people_committee"),
        A("UBND\ntỉnh Bắc Ninh", UB, "people_committee"),
        A("Ban thường\nvụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy Bắc Ninh", "party"),
        A("Công\nan tỉnh", "Công an tỉnh Bắc Ninh"),
        A("Ngân\nhàng nhà nước khu vực XII", "Ngân hàng Nhà nước Chi nhánh Khu vực 12"),
        A("Báo và\nPhát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình Bắc Ninh"),
        A("Chi cục\nHải quan khu vực V", "Chi cục Hải quan khu vực V"),
        A("TT.TU", "Thường trực Tỉnh ủy Bắc Ninh", "party", after=nt),
        A("Báo và Phát thanh, Truyền hình tỉnh", "Báo và Phát thanh, Truyền hình Bắc Ninh", after=nt),
        A("VP UBND tỉnh", vp, after=nt),
        A("Văn phòng UBND tỉnh", vp, after=pl),
        ent(t, "AGENCY", "VPCP", agency("Văn phòng Chính phủ"), after=nt),
        ent(t, "DATE", "GIAI ĐOẠN\n2026 - 2030", span(2026, 2030)),
        ent(t, "DATE", "2030", year(2030), after=t.find("Việt Nam đến 2030")[0]),
        ent(t, "DATE", "2035", year(2035), after=t.find("Việt Nam đến 2030")[0]),
        ent(t, "DATE", "NĂM 2030", year(2030), after=pl),
        ent(t, "DATE", "ngày 15/11", date(None, None, "day"), after=t.find("VII. CHẾ ĐỘ")[0]),  # h11 fix: was matched inside "ngày 15/11/2025"
        A("Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số",
          "Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06 tỉnh Bắc Ninh"),  # h11 fix
        ent(t, "DOC_NUMBER", "07-KH/TU", docnum("07", None, "KH/TU", "Kế hoạch", "Ban Thường vụ Tỉnh ủy Bắc Ninh")),
        ent(t, "DOC_NUMBER", "133/TTr-SKHCN", docnum("133", None, "TTr-SKHCN", "Tờ trình", "Sở Khoa học và Công nghệ tỉnh Bắc Ninh")),
    ]
    for k in (1, 2):
        add.append(A("Ngân hàng nhà nước khu vực XII", "Ngân hàng Nhà nước Chi nhánh Khu vực 12", n=k, after=pl))
    for s, e in t.all_ws("Công an tỉnh", after=pl):
        add.append({"label": "AGENCY", "text": t.text[s:e], "start": s, "end": e, "value": agency("Công an tỉnh Bắc Ninh", "agency", P)})
    ents = docnum_defaults(ents, local_issuer=UB)
    ents = merge(ents, add=add)

    claims = []
    S = lambda: subj(P, "province", "tỉnh")
    p30 = lambda txt: per(txt, None, "2030-12-31")
    b1, b2 = t.find("**II. MỤC TIÊU**")[0], t.find("**III. PHÁT")[0]
    for ev, metric, v, q, key in TARGETS:
        claims.append(claim(t, ev, S(), (metric, key), pct(float(v), q), p30("đến năm 2030"), "target", after=b1, before=b2))
    claims.append(claim(t, "Phấn đấu tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học đạt tối thiểu 30%",
                        subj(P, "province", None, "các cơ sở giáo dục đại học"),
                        ("tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học", "other"), pct(30.0, "at_least"),
                        p30("giai đoạn 2026-2030 (title)"), "target"))
    # Phụ lục: one claim per row that states a percentage
    for m in re.finditer(r"(?m)^(\d+)\n\|\n(.+?)\n\|\n", t.text[pl:], re.S):
        s, cell = pl + m.start(), m.group(2)
        flat = re.sub(r"\s+", " ", cell)
        if "%" not in flat:
            continue
        e = pl + m.start(2) + len(cell)
        if "STEM" in flat:
            metric, v, q, key = ("Tỷ trọng đào tạo các ngành STEM trong các cơ sở giáo dục đại học, cao đẳng, đào tạo nghề của tỉnh",
                                 30, "at_least", "other")
        else:
            hit = [x for x in TARGETS if x[0].replace("(R&D)/GRDP", "(R&D)/GRDP") in flat or
                   re.sub(r"\s+", " ", x[0]) == flat.rstrip(".")]
            if not hit:
                hit = [x for x in TARGETS if x[1].split(" (")[0][:40] in flat]
            _, metric, v, q, key = hit[0]
        claims.append(claim(t, t.text[s:e], S(), (metric, key), pct(float(v), q), p30("ĐẾN NĂM 2030 (Phụ lục title)"),
                            "target", after=s, before=e))
    write(STEM, ents, [], claims, DOC_DATE,
          ent_notes="Socio-political and mass organisations (Tỉnh đoàn, Liên đoàn Lao động, Hội Nông dân, Liên minh Hợp tác "
                    "xã, Mặt trận Tổ quốc/UBMTTQ) are not state bodies: no AGENCY. 'UBND cấp xã', 'UBND các xã, phường', "
                    "'Các sở, ban, ngành' are level words/plurals. 'Ngân hàng nhà nước khu vực XII' is the SBV regional "
                    "branch (named like dev gold's 'Ngân hàng Nhà nước Chi nhánh Khu vực 14'). 'trước ngày 15/11 hằng năm' "
                    "recurs: start/end null. The source has two odd characters (U+01DC 'ǜ' in 'đội ngǜ', U+01F6 'Ƕ' in "
                    "'Định kǶ'), kept as published.",
          claim_notes="All targets are the province's (subject Bắc Ninh) 'đến năm 2030' (deadline: start open, end "
                      "2030-12-31). The 17 indicators of Mục II with a percentage are repeated in the Phụ lục table (plus the "
                      "STEM indicator, which in the body appears under Mục VI.19 c); both places are annotated (evidence "
                      "differs). 'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình' is online_dossier_rate; the rest are "
                      "'other'. 'Kinh tế số chiếm 45% GRDP' is a target (it is listed under Mục tiêu).")


if __name__ == "__main__":
    build()
