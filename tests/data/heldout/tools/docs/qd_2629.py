"""Gold for Quyết định 2629/QĐ-TTg (Thủ tướng Chính phủ, 01/12/2025): Chương trình phát triển Chính phủ số,
as published by TVPL. Targets in the body (Mục II.2) are repeated in the indicator table of Phụ lục I."""
import re

from gold_lib import *
from draft import draft

STEM = "qd-2629-qd-ttg-2025-12-01-chuong-trinh-chinh-phu-so"
DOC_DATE = "2025-12-01"
TTG = "Thủ tướng Chính phủ"
VN = lambda text=None: subj("Việt Nam", "country", text)
PERIODS = {"2025-2027": per("Giai đoạn 2025-2027", "2025-01-01", "2027-12-31"),
           "2028-2030": per("Giai đoạn 2028-2030", "2028-01-01", "2030-12-31")}


def key_of(metric_text):
    m = re.sub(r"\s+", " ", metric_text)
    if "dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện" in m:
        return "dvc_level4_rate"
    return "other"


def build():
    t = Text(f"raw/{STEM}.txt")
    bps = [(0, t.find("**THỦ TƯỚNG CHÍNH\nPHỦ**")[0]),
           (t.find("Quyết định 2629/QĐ-TTg năm 2025 phê duyệt")[0], len(t.text))]
    b0, b1 = bps[0][1], bps[1][0]
    ents = outside(docnum_defaults(draft(t.text, 2025)), bps)
    drop = []
    for e in ents:
        after = t.text[e["end"]:e["end"] + 12]
        if e["label"] == "AGENCY" and e["value"]["name"] is None:          # "Ủy ban nhân dân/UBND các tỉnh" (plural)
            drop.append(e["start"])
        elif e["label"] == "AGENCY" and e["value"]["name"] == "Chính phủ" and re.match(r"\s+(số|điện|thông\s+minh)", after):
            drop.append(e["start"])                                          # "Chính phủ số/điện tử": a concept
        elif e["label"] == "AGENCY" and e["value"]["name"] == "Trung tâm Dữ liệu quốc gia":
            before = t.text[max(0, e["start"] - 12):e["start"]]
            if re.search(r"cụm\s+$|Xây dựng\s+$", before):                  # the data-centre facilities themselves
                drop.append(e["start"])
        elif e["label"] == "AGENCY" and e["value"]["name"] == TTG and t.text[e["start"] - 4:e["start"]] == "Phó ":
            drop.append(e["start"])
    drop.append(t.find("Việt Nam;\n- Cơ quan trung ương")[0])                # inside "Ủy ban Trung ương MTTQ Việt Nam"
    nt = t.find("*Nơi nhận:*")[0]
    A = lambda snip, name, kind="agency", **kw: ent(t, "AGENCY", snip, agency(name, kind), **kw)
    add = [
        A("THỦ TƯỚNG CHÍNH\nPHỦ", TTG, "government"),
        A("THỦ TƯỚNG CHÍNH PHỦ", TTG, "government", after=b0 + 40),
        ent(t, "DOC_NUMBER", "2629/QĐ-TTg", docnum("2629", None, "QĐ-TTg", "Quyết định", TTG), after=b0),
        A("Bộ Khoa học và\ncông nghệ", "Bộ Khoa học và Công nghệ", "ministry"),
        A("Ban Bí thư Trung ương Đảng", "Ban Bí thư", "party", after=nt),
        A("Thủ tướng", TTG, "government", after=nt),
        A("Văn phòng Trung ương", "Văn phòng Trung ương Đảng", "party", after=nt),
        A("Văn phòng Tổng Bí thư", "Văn phòng Tổng Bí thư", "party", after=nt),
        A("Văn phòng Chủ tịch nước", "Văn phòng Chủ tịch nước", after=nt),
        A("Hội đồng Dân tộc", "Hội đồng Dân tộc", "legislature", after=nt),
        A("Văn phòng Quốc hội", "Văn phòng Quốc hội", after=nt),
        A("VPCP", "Văn phòng Chính phủ", after=nt),
        A("Cổng TTĐT", "Cổng Thông tin điện tử Chính phủ", after=nt),
        ent(t, "DATE", "ngày\n15 tháng 12", date(None, None, "day")),
        ent(t, "DATE", "NĂM 2030", year(2030), after=b0),  # h11 fix: heading "MỤC TIÊU ĐẾN NĂM 2030" was missed
        A("Chính phủ", "Chính phủ", "government", after=t.find("các Phó Thủ tướng")[0]),  # h11 fix: as dev gold
        ent(t, "DATE", "ngày 30 tháng 01", date(None, None, "day")),
        ent(t, "DATE", "05 năm tiếp theo", span(2026, 2030), n=1),
        ent(t, "DATE", "05 năm tiếp theo", span(2026, 2030), n=2),
    ]
    for k in (1, 2):
        add.append(A("Trung tâm Dữ liệu quốc gia về dân cư", "Trung tâm Dữ liệu quốc gia về dân cư", n=k))
    ents = merge(ents, drop=drop, add=add)

    claims = []
    # ---- body, Mục II.2: bullets "+ N% ..." under "- Giai đoạn ..."
    s2, s3 = t.find("2. Mục tiêu cụ thể")[0], t.find("3. Thay đổi đột phá")[0]
    stages = [(m.start(), m.group(1)) for m in re.finditer(r"- Giai đoạn (\d{4}-\d{4})", t.text[s2:s3])]
    for m in re.finditer(r"(?m)^\+ (.+?)(?=\n\+ |\n- |\nb\) |\n3\. |\n*\Z)", t.text[s2:s3], re.S):
        s = s2 + m.start(1)
        stage = [g for p, g in stages if s2 + p < s][-1]
        bullet = m.group(1)
        for pm in re.finditer(r"(\d+)%", bullet):
            v = float(pm.group(1))
            if "cấp độ 4 và" in bullet:
                metric = ("bộ, ngành, địa phương đạt cấp độ 4 mức độ trưởng thành về quản trị dữ liệu" if v == 100
                          else "bộ, ngành, địa phương đạt cấp độ 5 mức độ trưởng thành về quản trị dữ liệu")
            else:
                metric = re.sub(r"\s+", " ", bullet[pm.end():]).strip().rstrip(".")
            claims.append(claim(t, bullet, VN(), (metric, key_of(metric)), pct(v), PERIODS[stage], "target", after=s2))
    # ---- Mục III.2 and III.8 (no period of their own except the budget year / "05 năm tiếp theo")
    claims.append(claim(t, "Thực hiện số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính", VN(),
                        ("số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "other"), pct(100.0), per(None, None, None),
                        "target"))
    for k in (1, 2):   # body and Phụ lục II row VIII.1
        claims.append(claim(t, "Điều chỉnh trong dự toán ngân sách nhà nước năm 2025 để bố trí tối thiểu 03% ngân sách cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số.",
                            VN(), ("ngân sách bố trí cho phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số", "other"),
                            pct(3.0, "at_least"), per("năm 2025", None, "2025-12-31"), "target", n=k))
        claims.append(claim(t, "Tiếp tục nâng lên mức tối thiểu 02% GDP hoặc GRDP (đối với địa phương) trong 05 năm tiếp theo.",
                            VN(), ("kinh phí cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số (% GDP hoặc GRDP)", "other"),
                            pct(2.0, "at_least"), per("trong 05 năm tiếp theo", None, "2030-12-31"), "target", n=k))
    # Phụ lục II row II.2 ("Năm 2025-2030")
    pl2 = t.find("**PHỤ LỤC II**")[0]
    claims.append(claim(t, "Thực hiện số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính", VN(),
                        ("số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "other"), pct(100.0),
                        per("Năm 2025-2030", "2025-01-01", "2030-12-31"), "target", after=pl2))
    # ---- Phụ lục I: indicator rows "N | Tỉ lệ ... | % | 100% | agency"
    pl1 = t.find("**PHỤ LỤC I**")[0]
    mid = t.find("**Giai đoạn 2028-2030**", after=pl1)[0]
    for m in re.finditer(r"(?m)^(\d)\n\|\n(Tỉ lệ.+?)\n\|\n%\n\|\n(\d+)%", t.text[pl1:pl2], re.S):
        s = pl1 + m.start()
        stage = "2025-2027" if s < mid else "2028-2030"
        metric = re.sub(r"\s+", " ", m.group(2)).rstrip(".")
        claims.append(claim(t, t.text[s:pl1 + m.end()], VN(), (metric, key_of(metric)), pct(float(m.group(3))),
                            PERIODS[stage], "target", after=s, before=pl1 + m.end()))
    write(STEM, ents, bps, claims, DOC_DATE,
          ent_notes="Boilerplate: Thư viện Pháp luật chrome before the decision header (copyright notice, 'CÁC NỘI DUNG ĐƯỢC "
                    "SỬA ĐỔI', 'Đang tải văn bản...', attribute panel) and from the site's summary line after Phụ lục II to "
                    "the end. 'Chính phủ số', 'Chính phủ điện tử', 'Chính phủ thông minh' are concepts, not the Government: "
                    "no AGENCY. 'Trung tâm Dữ liệu quốc gia' is annotated where it is the body (hosting/operating, 'của "
                    "Trung tâm ...'), not where the text builds the data-centre facilities ('03 cụm Trung tâm Dữ liệu quốc "
                    "gia', 'Xây dựng Trung tâm Dữ liệu quốc gia'). In 'các Phó Thủ tướng Chính phủ' only 'Chính phủ' is an AGENCY (as dev gold does). International organisations (Liên hợp quốc, ITU, OECD, "
                    "ASEAN) are not annotated; neither is 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam' nor the 'Việt Nam' "
                    "inside it. Phụ lục I: the value cells ('100%') are PERCENT; the unit cells ('%') are not. Reporting "
                    "dates 'ngày 15 tháng 12' / 'ngày 30 tháng 01 của năm tiếp theo' recur yearly: start/end null.",
          claim_notes="All targets are national (subject Việt Nam). Period of each target: its 'Giai đoạn 2025-2027' / "
                      "'Giai đoạn 2028-2030' heading (both bounds given by the text). The body list (Mục II.2) and the "
                      "indicator table (Phụ lục I) state the same 22 targets; both are annotated (evidence differs). The "
                      "100% DVCTT toàn trình target is dvc_level4_rate (as dev gold maps NQ 71's identical indicator); all "
                      "others are 'other'. The body's '100% bộ, ngành, địa phương đạt cấp độ 4 và 90% đạt cấp độ 5' gives two "
                      "claims. Budget targets: 'dự toán ngân sách năm 2025' -> end 2025-12-31; 'trong 05 năm tiếp theo' -> "
                      "end 2030-12-31 (start open, as for deadlines in dev gold).")


if __name__ == "__main__":
    build()
