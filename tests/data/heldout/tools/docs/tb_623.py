"""Gold for Thông báo 623/TB-VPCP (Văn phòng Chính phủ, 15/11/2025): PTT Mai Văn Chính làm việc với Đắk Lắk."""
from gold_lib import *
from draft import draft

STEM = "tb-623-tb-vpcp-2025-11-15-dak-lak"
DOC_DATE = "2025-11-15"
P = "Đắk Lắk"


def build():
    t = Text(f"raw/{STEM}.txt")
    ents = localize(t, draft(t.text, 2025), P)
    nt = t.find("Nơi nhận")[0]
    M = lambda n: agency(n, "ministry")
    A_ = lambda snip, name, kind, **kw: ent(t, "AGENCY", snip, agency(name, kind), **kw)
    add = [
        ent(t, "DOC_NUMBER", "623/TB-VPCP", docnum("623", None, "TB-VPCP", "Thông báo", "Văn phòng Chính phủ")),
        ent(t, "AGENCY", "Ban Thường vụ Tỉnh ủy Đắk Lắk", agency("Ban Thường vụ Tỉnh ủy Đắk Lắk", "party", P)),
        ent(t, "AGENCY", "Hội đồng nhân dân tỉnh", agency("Hội đồng nhân dân tỉnh Đắk Lắk", "people_council", P)),
        ent(t, "DATE", "Quý III", date("2025-07-01", "2025-09-30", "quarter")),
        ent(t, "DATE", "đầu năm", {"start": "2025-01-01", "end": None, "grain": "period"}),  # h11 fix: missed relative date
        # h11 fix: dev gold annotates "Chính phủ" inside "Phó Thủ tướng Chính phủ"
        A_("CHÍNH PHỦ", "Chính phủ", "government", after=t.find("PHÓ THỦ TƯỚNG")[0]),
        A_("Chính phủ", "Chính phủ", "government", after=t.find_ws("Phó Thủ tướng Chính phủ", 1)[0] + 4),
        A_("Chính phủ", "Chính phủ", "government", after=t.find_ws("Phó Thủ tướng Chính phủ", 2)[0] + 4),
        ent(t, "DATE", "2026-2030", span(2026, 2030)),
        ent(t, "PERCENT", "từ 8,3 - 8,5%", pct(None, "range", 8.3, 8.5)),
        # elliptical list "các Bộ, cơ quan: Nông nghiệp và Môi trường, Tài chính, ..."
        ent(t, "AGENCY", "Nông nghiệp và Môi trường", M("Bộ Nông nghiệp và Môi trường")),
        ent(t, "AGENCY", "Tài chính", M("Bộ Tài chính"), after=t.find("Nông nghiệp và Môi trường")[0]),
        ent(t, "AGENCY", "Giáo dục và Đào tạo", M("Bộ Giáo dục và Đào tạo")),
        ent(t, "AGENCY", "Xây dựng", M("Bộ Xây dựng")),
        ent(t, "AGENCY", "Dân tộc và Tôn giáo", M("Bộ Dân tộc và Tôn giáo")),
        # Nơi nhận
        ent(t, "AGENCY", "TTgCP", agency("Thủ tướng Chính phủ", "government"), after=nt),
        ent(t, "AGENCY", "TC", M("Bộ Tài chính"), after=nt),
        ent(t, "AGENCY", "XD", M("Bộ Xây dựng"), after=nt),
        ent(t, "AGENCY", "NV", M("Bộ Nội vụ"), after=nt),
        ent(t, "AGENCY", "GDĐT", M("Bộ Giáo dục và Đào tạo"), after=nt),
        ent(t, "AGENCY", "NNMT", M("Bộ Nông nghiệp và Môi trường"), after=nt),
        ent(t, "AGENCY", "DTTG", M("Bộ Dân tộc và Tôn giáo"), after=nt),
        ent(t, "AGENCY", "Tỉnh ủy", agency("Tỉnh ủy Đắk Lắk", "party", P), after=nt),
        ent(t, "AGENCY", "HĐND", agency("Hội đồng nhân dân tỉnh Đắk Lắk", "people_council", P), after=nt),
        ent(t, "AGENCY", "UBND tỉnh Đắk Lắk", agency("Ủy ban nhân dân tỉnh Đắk Lắk", "people_committee", P), after=nt),
        ent(t, "AGENCY", "VPCP", agency("Văn phòng Chính phủ"), after=nt),
        ent(t, "AGENCY", "Cổng TTĐTCP", agency("Cổng Thông tin điện tử Chính phủ"), after=nt),
    ]
    drop = [
        # "Phó Thủ tướng Chính phủ (Mai Văn Chính)": a Deputy PM's title, not the Prime Minister as an authority
        t.find("THỦ TƯỚNG CHÍNH PHỦ")[0], t.find_ws("Phó Thủ tướng Chính phủ", 1)[0] + 4,
        t.find_ws("Phó Thủ tướng Chính phủ", 2)[0] + 4,
        # "Khu công nghiệp công nghệ cao Phú Yên": the name of an industrial park
        t.find("Phú Yên, Khu")[0],
    ]
    ents = merge(ents, drop=drop, add=add)
    D = "Đắk Lắk"
    S = lambda: subj(D, "province")
    p9 = per("9 tháng năm 2025", "2025-01-01", "2025-09-30")
    p10 = per("10 tháng năm 2025", "2025-01-01", "2025-10-31")
    claims = [
        claim(t, "tăng trưởng tổng sản phẩm quốc nội (GRDP) trên địa bàn tỉnh Quý III đạt 6,26%", S(),
              ("tăng trưởng tổng sản phẩm quốc nội (GRDP)", "other"), pct(6.26),
              per("Quý III", "2025-07-01", "2025-09-30"), "achieved", direction="increase"),
        claim(t, "9 tháng năm 2025 tăng 6,9%", S(), ("tăng trưởng tổng sản phẩm quốc nội (GRDP)", "other"), pct(6.9),
              p9, "achieved", direction="increase"),
        claim(t, "khu vực nông, lâm nghiệp và thủy sản ước đạt 5,39%", S(),
              ("tăng trưởng khu vực nông, lâm nghiệp và thủy sản", "other"), pct(5.39), p9, "achieved",
              direction="increase"),
        claim(t, "khu vực công nghiệp và xây dựng ước đạt 9,34%", S(),
              ("tăng trưởng khu vực công nghiệp và xây dựng", "other"), pct(9.34), p9, "achieved", direction="increase"),
        claim(t, "khu vực dịch vụ ước đạt 7,22%", S(), ("tăng trưởng khu vực dịch vụ", "other"), pct(7.22), p9,
              "achieved", direction="increase"),
        claim(t, "Tổng thu ngân sách nhà nước 10 tháng năm 2025 thực hiện 13.966 tỷ đồng, đạt 104,24% dự toán Trung ương giao",
              S(), ("tổng thu ngân sách nhà nước so với dự toán Trung ương giao", "other"), pct(104.24), p10, "achieved"),
        claim(t, "85,63% dự toán tỉnh giao", S(), ("tổng thu ngân sách nhà nước so với dự toán tỉnh giao", "other"),
              pct(85.63), p10, "achieved"),
        claim(t, "Tổng kim ngạch xuất khẩu đạt 2,6 tỷ USD, đạt 116,8% kế hoạch", S(),
              ("tổng kim ngạch xuất khẩu so với kế hoạch", "other"), pct(116.8), p10, "achieved"),
        claim(t, "tăng 42% so cùng kỳ", S(), ("tổng kim ngạch xuất khẩu", "other"), pct(42.0), p10, "achieved",
              direction="increase"),
        claim(t, "mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh", S(), ("tăng trưởng kinh tế", "other"),
              pct(8.0), per("trong năm 2025", None, "2025-12-31"), "target", direction="increase"),
        claim(t, "mục tiêu tăng trưởng kinh tế từ 8,3 - 8,5% của cả nước", subj("Việt Nam", "country", "cả nước"),
              ("tăng trưởng kinh tế", "other"), pct(None, "range", 8.3, 8.5), per("năm 2025", None, "2025-12-31"),
              "target", direction="increase"),
        claim(t, "quyết tâm giải ngân 100% kế hoạch vốn năm 2025", S(),
              ("giải ngân kế hoạch vốn đầu tư công", "other"), pct(100.0), per("năm 2025", None, "2025-12-31"),
              "target"),
    ]
    write(STEM, ents, [], claims, DOC_DATE,
          ent_notes="'Phó Thủ tướng Chính phủ' (a Deputy PM's title) is not annotated as 'Thủ tướng Chính phủ'; the 'Chính phủ' in it is an AGENCY, as in dev gold (TB 636); 'các "
                    "PTTgCP' and the VPCP departments ('các Vụ: CN, ...') are plural/internal units and not annotated. "
                    "'Khu công nghiệp công nghệ cao Phú Yên' is a facility name: no LOCATION. 'Phú Yên (cũ)' is the "
                    "former province (code 54). 'Quý III' takes the year of the surrounding '10 tháng năm 2025'. "
                    "'cả nước' is not annotated as LOCATION (as in dev gold).",
          claim_notes="The sector growth rates after 'Trong đó:' are read as the breakdown of the 9-month GRDP growth "
                      "(previous clause); 'ước đạt' is read as achieved (estimate of a past value), as in dev gold. The "
                      "export figures have no period of their own: the 10-month period of the preceding sentence. "
                      "Targets for 'năm 2025' are deadlines (start null), as dev gold does for TB 636.")


if __name__ == "__main__":
    build()
