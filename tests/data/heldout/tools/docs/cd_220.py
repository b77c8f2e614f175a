"""Gold for Công điện 220/CĐ-TTg (Thủ tướng Chính phủ, 18/11/2025), as published by TVPL.

Three appendix tables: Phụ lục I (counts of TTHC/ĐKKD cut per ministry: no percentages), Phụ lục II (share
of business-related TTHC provided as online public services, per ministry and per province, bare numbers
in a "Tỷ lệ thực hiện (%)" column) and Phụ lục III (share of TTHC published as not bound to the
administrative boundary, per province, written "99.4%" with a dot decimal)."""
import re

from gold_lib import *
from draft import draft, PROVINCES

STEM = "cd-220-cd-ttg-2025-11-18-cat-giam-tthc-dvctt"
DOC_DATE = "2025-11-18"
TTG = "Thủ tướng Chính phủ"
BCDTW = "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
ASOF = lambda: per(None, None, DOC_DATE)

PROV_NAME = {  # table spellings -> canonical
    "TP Hà Nội": "Hà Nội", "Tp. Hà Nội": "Hà Nội", "TP Đà Nẵng": "Đà Nẵng", "Tp Đà Nẵng": "Đà Nẵng",
    "TP Cần Thơ": "Cần Thơ", "Tp Cần Thơ": "Cần Thơ", "TP Huế": "Huế", "Tp Huế": "Huế",
    "TP Hồ Chí Minh": "Hồ Chí Minh", "TP.Hồ Chí Minh": "Hồ Chí Minh", "TP Hải Phòng": "Hải Phòng",
    "Tp Hải Phòng": "Hải Phòng",
}


def canon(name):
    return PROV_NAME.get(name, name)


def rows(t, start, end):
    """Yield (row_start, name, name_start, cells) for table rows "N.\n|\nName\n|\n..." in [start, end)."""
    seg = t.text[start:end]
    heads = list(re.finditer(r"(?m)^(\d+)\.\n\|\n([^\n|]+)\n", seg))
    for k, m in enumerate(heads):
        rs = start + m.start()
        re_ = start + (heads[k + 1].start() if k + 1 < len(heads) else len(seg))
        cells = []
        for c in re.finditer(r"(?m)^(?!\|$)([^\n]+)$", t.text[rs:re_]):
            cells.append((c.group(1), rs + c.start(1), rs + c.end(1)))
        yield rs, m.group(2), start + m.start(2), cells[2:]


def build():
    t = Text(f"raw/{STEM}.txt")
    bps = [(0, t.find("**THỦ\nTƯỚNG CHÍNH PHỦ**")[0]),
           (t.find("Công điện 220/CĐ-TTg tập trung hoàn thành")[0], len(t.text))]
    b0, b1 = bps[0][1], bps[1][0]
    ents = outside(docnum_defaults(draft(t.text, 2025), extra={"NHNN": "Ngân hàng Nhà nước Việt Nam"}), bps)
    # "Chủ tịch Ủy ban nhân dân các tỉnh" (plural): drop the draft's people_committee candidates
    ents = [e for e in ents if not (e["label"] == "AGENCY" and e["value"]["name"] is None)]
    A = lambda snip, name, kind="agency", **kw: ent(t, "AGENCY", snip, agency(name, kind), **kw)
    M = lambda snip, name, **kw: ent(t, "AGENCY", snip, agency(name, "ministry"), **kw)
    nt = t.find("Nơi nhận")[0]
    pl2 = t.find("PHỤ LỤC II**")[0]
    pl3 = t.find("**PHỤ LỤC III**")[0]
    fn = t.find("[1] 07")[0]
    add = [
        A("THỦ\nTƯỚNG CHÍNH PHỦ", TTG, "government"),
        A("THỦ TƯỚNG CHÍNH PHỦ", TTG, "government", after=b0 + 30),
        ent(t, "DATE", "NĂM 2025", year(2025), after=b0),
        ent(t, "DATE", "2026", year(2026), after=t.find("năm 2025 và 2026")[0]),
        ent(t, "DOC_NUMBER", "220/CĐ-TTg", docnum("220", None, "CĐ-TTg", "Công điện", TTG), after=b0),
        ent(t, "DOC_NUMBER", "66/NQ-CP", docnum("66", None, "NQ-CP", "Nghị quyết", "Chính phủ"), after=t.find("PHỤ LỤC I**")[0]),
        ent(t, "DATE", "NGÀY\n26 THÁNG 3 NĂM 2025", date("2025-03-26")),
        ent(t, "DATE", "ngày 20 hằng\ntháng", date(None, None, "day")),
        A("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", BCDTW, "party"),
        A("Văn phòng Trung ương Đảng", "Văn phòng Trung ương Đảng", "party", after=nt),
        A("Ban Chỉ đạo Trung ương KHCN, ĐMST và CĐS", BCDTW, "party", after=nt),
        A("TTgCP", TTG, "government", after=nt),
        A("CHÍNH PHỦ", "Chính phủ", "government", after=t.find("PHỤ LỤC I**")[0]),  # h11 fix: missed
        A("TTgCP", TTG, "government", after=t.find("PHỤ LỤC I**")[0]),  # h11 fix: table header "Quyết định của TTgCP"
        A("VPCP", "Văn phòng Chính phủ", after=nt),
        A("Cổng TTĐT", "Cổng Thông tin điện tử Chính phủ", after=nt),
        # "Các Bộ: Tài chính, Y tế, Tư pháp, Nội vụ"
        M("Tài chính", "Bộ Tài chính", after=t.find("Các Bộ: Tài chính")[0]),
        M("Y tế", "Bộ Y tế", after=t.find("Các Bộ: Tài chính")[0]),
        M("Tư pháp", "Bộ Tư pháp", after=t.find("Các Bộ: Tài chính")[0]),
        M("Nội vụ", "Bộ Nội vụ", after=t.find("Các Bộ: Tài chính")[0]),
    ]
    # footnote [1]: "07 Bộ (Xây dựng, Nông nghiệp và Môi trường, Quốc phòng, Khoa học và Công nghệ, Giáo dục và
    # Đào tạo, Tài chính, Ngân hàng Nhà nước)"
    for snip, name in [("Xây dựng", "Bộ Xây dựng"), ("Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường"),
                       ("Quốc phòng", "Bộ Quốc phòng"), ("Khoa học và Công nghệ", "Bộ Khoa học và Công nghệ"),
                       ("Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo"), ("Tài chính", "Bộ Tài chính")]:
        add.append(M(snip, name, after=fn))
    # province names in the tables and footnotes
    for canon_name, (code, forms) in PROVINCES.items():
        pass
    fix = {}
    for e in ents:
        if e["label"] == "PERCENT" and e["start"] > pl3 and e["start"] < fn:
            pass  # "99.4%": dot decimal, parsed as 99.4 by the draft (no comma) - correct
    ents = merge(ents, add=add, fix=fix)

    claims = []
    C = lambda *a, **k: claims.append(claim(t, *a, **k))
    MT_DVC = "tỷ lệ TTHC liên quan đến doanh nghiệp được cung cấp dịch vụ công trực tuyến"
    MT_DG = "tỷ lệ TTHC đã công bố thực hiện không phụ thuộc địa giới hành chính"
    g14 = subj("14 Bộ, cơ quan", "group", "14 Bộ, cơ quan")
    C("Tổng số TTHC sẽ cắt giảm, đơn giản hóa là 3.071 TTHC/4.888 TTHC liên quan đến hoạt động sản xuất, kinh doanh (đạt 62,8%)",
      g14, ("TTHC liên quan đến hoạt động sản xuất, kinh doanh sẽ cắt giảm, đơn giản hóa", "other"), pct(62.8), per(None, None, None),
      "projected")
    C("Cắt giảm 2.269/6.974 ĐKKD[3] thuộc ngành, nghề đầu tư, kinh doanh có điều kiện (đạt 32,5%)", g14,
      ("ĐKKD cắt giảm", "other"), pct(32.5), per(None, None, None), "projected")
    C("còn 3.507/6.708 (chiếm 52,3%) giấy tờ kết quả giải quyết TTHC của các bộ, ngành cần chuẩn hóa",
      subj("các bộ, ngành", "group", "các bộ, ngành"), ("giấy tờ kết quả giải quyết TTHC cần chuẩn hóa", "other"),
      pct(52.3), ASOF(), "achieved")
    C("bổ sung phương án cắt giảm điều kiện kinh doanh bảo đảm đạt mục tiêu cắt giảm tối thiểu 30%",
      subj("Bộ Công Thương", "ministry", "Bộ Công Thương"), ("điều kiện kinh doanh cắt giảm", "other"),
      pct(30.0, "at_least"), per(None, None, None), "target", direction="decrease")
    all_ = subj("Việt Nam", "country", "Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố")
    C("Hoàn thành 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến, thông suốt, liền mạch, hiệu quả, giảm tối đa giấy tờ **trong năm 2025**",
      all_, ("TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến", "other"), pct(100.0),
      per("trong năm 2025", None, "2025-12-31"), "target")
    C("hoàn thành mục tiêu 100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh *(theo Phụ lục III kèm theo)* **trong năm 2025.**",
      subj("Việt Nam", "country", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"),
      ("TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh", "other"), pct(100.0),
      per("trong năm 2025", None, "2025-12-31"), "target")

    # ---- Phụ lục II: ministries then provinces; rate = last numeric cell of the row ("-" = not assessed)
    sec_loc = t.find("**II. Địa phương**")[0]
    tot1 = t.find("**Tổng số**", after=t.find("**I. Bộ, ngành**")[0])[0]
    pct_ents = []
    for lo, hi, kind in [(t.find("**I. Bộ, ngành**")[0], tot1, "ministry"), (sec_loc, pl3, "province")]:
        for rs, name, ns, cells in rows(t, lo, hi):
            nums = [c for c in cells if re.fullmatch(r"\d+(,\d+)?|-", c[0])]
            rate = nums[-1]
            if rate[0] == "-":
                continue
            v = float(rate[0].replace(",", "."))
            subj_ = subj(canon(name) if kind == "province" else name, kind, name)
            claims.append({**claim(t, t.text[rs:rate[2]], subj_, (MT_DVC, "other"), pct(v), ASOF(), "achieved",
                                   after=rs, before=rate[2])})
            pct_ents.append({"label": "PERCENT", "text": rate[0], "start": rate[1], "end": rate[2], "value": pct(v)})
            if kind == "province":
                code = PROVINCES[canon(name)][0]
                pct_ents.append({"label": "LOCATION", "text": name, "start": ns, "end": ns + len(name),
                                 "value": loc(canon(name), code)})
    # total row of the ministries
    tr = t.find("**69,87**")
    claims.append(claim(t, t.text[tot1:tr[1]], subj("Bộ, ngành (tổng số)", "group", "Tổng số"), (MT_DVC, "other"),
                        pct(69.87), ASOF(), "achieved", after=tot1, before=tr[1]))
    pct_ents.append({"label": "PERCENT", "text": "69,87", "start": tr[0] + 2, "end": tr[1] - 2, "value": pct(69.87)})
    # ---- Phụ lục III
    for rs, name, ns, cells in rows(t, pl3, fn):
        rate = [c for c in cells if c[0].endswith("%")][-1]
        v = float(rate[0][:-1])
        claims.append(claim(t, t.text[rs:rate[2]], subj(canon(name), "province", name), (MT_DG, "other"), pct(v),
                            ASOF(), "achieved", after=rs, before=rate[2]))
        pct_ents.append({"label": "LOCATION", "text": name, "start": ns, "end": ns + len(name),
                         "value": loc(canon(name), PROVINCES[canon(name)][0])})
    # ---- footnotes
    f5 = t.find("[5] Tỷ")[0]
    C("Tỷ lệ TTHC liên quan đến doanh nghiệp được cung cấp trực tuyến tại cấp bộ là 69,87%",
      subj("cấp bộ", "group", "cấp bộ"), (MT_DVC, "other"), pct(69.87), ASOF(), "achieved")
    C("các tỉnh cơ bản đạt trên 90%", subj("các tỉnh", "group", "các tỉnh"), (MT_DVC, "other"), pct(90.0, "more_than"),
      ASOF(), "achieved")
    C("còn 06/34 địa phương tỷ lệ đạt dưới 90%", subj("06/34 địa phương", "group", "06/34 địa phương"), (MT_DVC, "other"),
      pct(90.0, "less_than"), ASOF(), "achieved")
    for snip, name, v in [("TP. Hồ Chí Minh (87,73%)", "Hồ Chí Minh", 87.73), ("Sơn La (87,26%)", "Sơn La", 87.26),
                          ("TP. Hải Phòng (85,96%)", "Hải Phòng", 85.96), ("Quảng Trị (80, 68%)", "Quảng Trị", 80.68),
                          ("Lạng Sơn (76,29%)", "Lạng Sơn", 76.29), ("Lai Châu (59,42%)", "Lai Châu", 59.42)]:
        C(snip, subj(name, "province", snip.split(" (")[0]), (MT_DVC, "other"), pct(v), ASOF(), "achieved", after=f5)
    f6 = t.find("[6]")[0]
    ev6 = "Trong đó có 06 địa phương đã công bố 100% TTHC được thực hiện không phụ thuộc địa giới trong phạm vi cấp tỉnh gồm: Tp. Đà Nẵng, Tp. Huế, Hưng Yên, Lào Cai, Sơn La, Vĩnh Long."
    for txt, name in [("Tp. Đà Nẵng", "Đà Nẵng"), ("Tp. Huế", "Huế"), ("Hưng Yên", "Hưng Yên"), ("Lào Cai", "Lào Cai"),
                      ("Sơn La", "Sơn La"), ("Vĩnh Long", "Vĩnh Long")]:
        C(ev6, subj(name, "province", txt), ("TTHC được công bố thực hiện không phụ thuộc địa giới trong phạm vi cấp tỉnh", "other"),
          pct(100.0), ASOF(), "achieved", after=f6)
    f8 = t.find("[8]\nNhư")[0]
    for snip, name, kind, v in [("Ngân hàng Nhà nước Việt Nam (28,05%)", "Ngân hàng Nhà nước Việt Nam", "ministry", 28.05),
                                ("Bộ Ngoại giao (28,57%)", "Bộ Ngoại giao", "ministry", 28.57),
                                ("Lai Châu (59,42%)", "Lai Châu", "province", 59.42)]:
        C(snip, subj(name, kind, snip.split(" (")[0]), ("Tỷ lệ TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến", "other"),
          pct(v), ASOF(), "achieved", after=f8)
    f9 = t.find("[9] Một")[0]
    for snip, name, v in [("Điện Biên (13%)", "Điện Biên", 13.0), ("Khánh Hòa (22,3%)", "Khánh Hòa", 22.3),
                          ("Quảng Trị (33,8%)", "Quảng Trị", 33.8), ("Cao Bằng (39,5%)", "Cao Bằng", 39.5)]:
        C(snip, subj(name, "province", name), ("tỷ lệ TTHC thực hiện không phụ thuộc địa giới hành chính", "other"), pct(v),
          ASOF(), "achieved", after=f9)

    ents = merge(ents, add=pct_ents)
    write(STEM, ents, bps, claims, DOC_DATE,
          ent_notes="Boilerplate: Thư viện Pháp luật chrome before the document header (copyright notice, 'CÁC NỘI DUNG "
                    "ĐƯỢC SỬA ĐỔI', 'Đang tải văn bản...', attribute panel) and everything from the site's summary line "
                    "after the last footnote to the end ('Văn bản liên quan', comparison help, contact block, notices). "
                    "Phụ lục II rates are bare numbers in a 'Tỷ lệ thực hiện (%)' column: annotated as PERCENT (value from "
                    "the column's unit; 49 such spans). Phụ lục III rates are written with a dot decimal ('99.4%' = 99.4). "
                    "'(80, 68%)' in footnote [5] is a typo for 80,68%. 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố', "
                    "'Bí thư Tỉnh ủy, Thành ủy' are plural: no AGENCY. Elliptical lists ('Các Bộ: Tài chính, Y tế, ...', "
                    "'07 Bộ (Xây dựng, ...)') give one AGENCY per item. 'ngày 20 hằng tháng' recurs: start/end null.",
          claim_notes="Table rows: one claim per row, status achieved, period 'as of' the document date (the tables give "
                      "no date). Phụ lục II metric: share of business-related TTHC provided as online public services "
                      "('other': the services may be toàn trình or một phần, so not dvc_level4_rate). Row 16 (Bộ Dân tộc "
                      "và Tôn giáo, '-') gives no claim; row 15 (Thanh tra Chính phủ, 0) gives a 0% claim. Footnotes [5], "
                      "[8], [9] repeat some table values with their own evidence and give separate claims. Group subjects "
                      "(14 Bộ, cơ quan; các bộ, ngành; cấp bộ; các tỉnh; 06/34 địa phương; the ministries' total row) are "
                      "kept but not scored. The two 100% targets addressed to all ministers and provincial chairs take "
                      "subject Việt Nam (the administration as a whole, as dev gold does for NQ 27). The plan figures "
                      "62,8%/32,5% ('sẽ cắt giảm') are projected.")


if __name__ == "__main__":
    build()
