"""Gold for Công văn 6225/BVHTTDL-VP (Bộ Văn hóa, Thể thao và Du lịch, 18/11/2025), as published by TVPL."""
from gold_lib import *
from draft import draft

STEM = "cv-6225-bvhttdl-vp-2025-11-18-nhiem-vu-khcn-cds-de-an-06"
DOC_DATE = "2025-11-18"
BO = "Bộ Văn hóa, Thể thao và Du lịch"
BCD = "Ban Chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, cải cách hành chính và Đề án 06"
TT = "Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch"


def build():
    t = Text(f"raw/{STEM}.txt")
    bps = [(0, t.find("**Kính gửi:**")[0]),
           (t.find("Công văn 6225/BVHTTDL-VP năm 2025 tập trung")[0], len(t.text))]
    body0, body1 = bps[0][1], bps[1][0]
    ents = outside(docnum_defaults(draft(t.text, 2025)), bps)
    A = lambda snip, name, kind="agency", **kw: ent(t, "AGENCY", snip, agency(name, kind), **kw)
    AA = lambda snip, name, kind="agency": ents_all(t, "AGENCY", snip, agency(name, kind), after=body0, before=body1)
    add = []
    add += AA("Bộ Văn hóa, Thể thao và Du lịch", BO) + AA("Bộ Văn hoá, Thể thao và Du lịch", BO)
    add += AA("Bộ VHTTDL", BO)
    add += AA("Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch", TT) + AA("Trung tâm Chuyển đổi số VHTTDL", TT)
    add += AA("Ban Chỉ đạo 934", BCD)
    add += AA("Văn phòng Bộ", "Văn phòng Bộ Văn hóa, Thể thao và Du lịch")
    add += AA("Vụ Khoa học công nghệ, Đào tạo và Môi trường", "Vụ Khoa học công nghệ, Đào tạo và Môi trường")
    add += AA("Cục Du lịch Quốc gia Việt Nam", "Cục Du lịch Quốc gia Việt Nam")
    add += AA("Cục DLQGVN", "Cục Du lịch Quốc gia Việt Nam")
    add += AA("Cục Phát thanh truyền hình và Thông tin điện tử", "Cục Phát thanh, Truyền hình và Thông tin điện tử")
    add += [
        A("Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam", "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"),
        A("Ban Chỉ đạo\nTrung ương", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "party"),
        A("Ban Chỉ đạo Trung ương", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "party",
          after=t.find("Tổng Bí thư")[0]),
        A("Ban Chỉ đạo Trung ương", "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "party",
          after=t.find("02-KH/BCĐTW")[0]),
        A("Vụ Tổ chức cán bộ", "Vụ Tổ chức cán bộ"),
        A("Ban Chỉ đạo", BCD, after=t.find("Kế hoạch của Ban Chỉ đạo")[0]),  # h11 fix: missed
        A("Ban chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch", BCD),
        A("Ban Chỉ đạo của Bộ Văn hóa, Thể thao và Du lịch", BCD),
        A("Tổ Công tác triển khai Đề án 06", "Tổ Công tác triển khai Đề án 06"),
        ent(t, "DATE", "6 tháng cuối năm 2025", date("2025-07-01", "2025-12-31", "period")),
        # h11 fix: the lead word belongs to the span ("cuối năm 2025"); only the end is certain
        ent(t, "DATE", "CUỐI NĂM 2025", {"start": None, "end": "2025-12-31", "grain": "period"}),
        ent(t, "DATE", "cuối năm 2025", {"start": None, "end": "2025-12-31", "grain": "period"}),
    ]
    # elliptical lists of departments ("Các Cục: Di sản văn hóa, Bản quyền tác giả"; row 4)
    r1 = t.find("Cục trưởng các Cục: Di sản")[0]
    for k in (1, 2):
        add.append(A("Di sản văn hóa", "Cục Di sản văn hóa", n=k, after=r1))
        add.append(A("Bản quyền tác giả", "Cục Bản quyền tác giả", n=k, after=r1))
    r4 = t.find("Cục trưởng các Cục: Bản quyền")[0]
    for k in (1, 2):
        add += [A("Bản quyền tác giả", "Cục Bản quyền tác giả", n=k, after=r4),
                A("Phát thanh truyền hình và Thông tin điện tử", "Cục Phát thanh, Truyền hình và Thông tin điện tử", n=k, after=r4),
                A("Xuất bản, In và Phát hành", "Cục Xuất bản, In và Phát hành", n=k, after=r4),
                A("Báo chí", "Cục Báo chí", n=k, after=r4),
                A("Du lịch Quốc gia Việt Nam", "Cục Du lịch Quốc gia Việt Nam", n=k, after=r4),
                A("Vụ Kế hoạch, Tài chính", "Vụ Kế hoạch, Tài chính", n=k, after=r4)]
    fix = {}
    for e in ents:
        if e["label"] == "DOC_NUMBER":
            v = dict(e["value"])
            if v["symbol"] == "QĐ-BCĐ":
                v["issuer"] = BCD
            if v["symbol"] == "KH-TCT":
                v["issuer"] = "Tổ Công tác triển khai Đề án 06"
            if v["symbol"] == "QĐ-BVHTTDL" or v["symbol"] == "KH-BVHTTDL":
                v["issuer"] = BO
            if v["doc_type"] == "Đề án":
                v["issuer"] = "Thủ tướng Chính phủ"
            fix[e["start"]] = v
    ents = merge(ents, add=add, fix=fix)
    claims = [
        claim(t, "Tích hợp 100% DVC trực tuyến thuộc thẩm quyền giải quyết của bộ lên Cổng DVC quốc gia.",
              subj(BO, "ministry", "bộ"),
              ("DVC trực tuyến thuộc thẩm quyền giải quyết của bộ tích hợp lên Cổng DVC quốc gia", "dvc_level34_portal_rate"),
              pct(100.0), per("01/01/2026", None, "2026-01-01"), "target"),
    ]
    write(STEM, ents, bps, claims, DOC_DATE,
          ent_notes="Boilerplate: the Thư viện Pháp luật page chrome before the letter (copyright notice, 'CÁC NỘI DUNG ĐƯỢC "
                    "SỬA ĐỔI', 'Đang tải văn bản...', and the site's attribute panel: số hiệu, loại văn bản, nơi ban hành, "
                    "người ký, ngày ban hành, tình trạng) and everything after the footnote (site summary line, 'Văn bản "
                    "liên quan' list, comparison help, contact block, notices). The letter as published has no header "
                    "block (TVPL shows it in the panel); its number and date appear in the body only in the Phụ lục "
                    "caption. Elliptical lists 'các Cục: Di sản văn hóa, Bản quyền tác giả' give one AGENCY per item. "
                    "'Ban Chỉ đạo 934' is the ministry's steering committee named in footnote [1]. 'Bộ trưởng', 'Thủ "
                    "trưởng', 'Tiểu ban' are roles/plural units, not annotated. 'Việt Nam' in 'Nền tảng số du lịch Việt "
                    "Nam' is kept as LOCATION (country).",
          claim_notes="Row 7 of the task table: integrate 100% of the ministry's online public services on the National "
                      "Public Service Portal by 01/01/2026 (deadline: start null). Mapped to dvc_level34_portal_rate: the "
                      "closest key (the 'level 3-4' terms were replaced by 'toàn trình/một phần' in 2022).")


if __name__ == "__main__":
    build()
