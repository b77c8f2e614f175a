"""Gold for Nghị quyết 77/2025/NQ-HĐND (HĐND thành phố Hà Nội, 27/11/2025)."""
from gold_lib import *
from draft import draft

STEM = "nq-77-2025-nq-hdnd-2025-11-27-ha-noi-khuyen-khich-dvctt"
DOC_DATE = "2025-11-27"
P = "Hà Nội"
HD = "Hội đồng nhân dân thành phố Hà Nội"
UB = "Ủy ban nhân dân thành phố Hà Nội"


def build():
    t = Text(f"raw/{STEM}.txt")
    ents = localize(t, draft(t.text, 2025), P, "thành phố")
    nt = t.find("Nơi nhận")[0]
    hd = agency(HD, "people_council", P)
    ub = agency(UB, "people_committee", P)
    ttpv = agency("Trung tâm Phục vụ hành chính công thành phố Hà Nội", "agency", P)
    QH = lambda n, y: docnum(n, y, "QH15", "Luật", "Quốc hội")
    NQ77 = docnum("77", 2025, "NQ-HĐND", "Nghị quyết", HD)
    add = [
        ent(t, "AGENCY", "HỘI ĐỒNG NHÂN\nDÂN **\nTHÀNH PHỐ HÀ NỘI", hd),
        ent(t, "AGENCY", "ỦY BAN NHÂN\nDÂN THÀNH PHỐ HÀ NỘI", ub),
        ent(t, "DOC_NUMBER", "77/2025/NQ-HĐND", NQ77, n=1),
        ent(t, "DOC_NUMBER", "77/2025/NQ-HĐND", NQ77, n=2),
        ent(t, "DOC_NUMBER", "77/2025/NQ-HĐND", NQ77, n=3),
        ent(t, "DOC_NUMBER", "72/2025/QH15", QH("72", 2025)),
        ent(t, "DOC_NUMBER", "64/2025/QH15", QH("64", 2025)),
        ent(t, "DOC_NUMBER", "87/2025/QH15", QH("87", 2025)),
        ent(t, "DOC_NUMBER", "97/2025/QH13", docnum("97", 2025, "QH13", "Luật", "Quốc hội")),
        ent(t, "DOC_NUMBER", "89/2025/QH15", QH("89", 2025)),
        ent(t, "DOC_NUMBER", "20/2023/QH15", QH("20", 2023)),
        ent(t, "DOC_NUMBER", "39/2024/QH15", QH("39", 2024)),
        ent(t, "DOC_NUMBER", "45/2020/NĐ-CP", docnum("45", 2020, "NĐ-CP", "Nghị định", "Chính phủ")),
        ent(t, "DOC_NUMBER", "23/2025/NĐ-CP", docnum("23", 2025, "NĐ-CP", "Nghị định", "Chính phủ")),
        ent(t, "DOC_NUMBER", "118/2025/NĐ-CP", docnum("118", 2025, "NĐ-CP", "Nghị định", "Chính phủ")),
        ent(t, "DOC_NUMBER", "430/TTr-UBND", docnum("430", None, "TTr-UBND", "Tờ trình", UB)),
        ent(t, "DOC_NUMBER", "443/TTr-UBND", docnum("443", None, "TTr-UBND", "Tờ trình", UB)),
        ent(t, "DOC_NUMBER", "116/BC-BPC", docnum("116", None, "BC-BPC", "Báo cáo", "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội")),
        ent(t, "DOC_NUMBER", "122/BC-BPC", docnum("122", None, "BC-BPC", "Báo cáo", "Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội")),
        ent(t, "DOC_NUMBER", "487/BC-UBND", docnum("487", None, "BC-UBND", "Báo cáo", UB)),
        ent(t, "AGENCY", "HĐND thành phố Hà Nội", hd),
        ent(t, "AGENCY", "Ban Pháp chế Hội đồng nhân dân Thành phố",
            agency("Ban Pháp chế Hội đồng nhân dân thành phố Hà Nội", "agency", P)),
        ent(t, "AGENCY", "Trung tâm Phục vụ hành chính công thành phố Hà Nội", ttpv),
        ent(t, "AGENCY", "Thường trực Hội đồng nhân dân",
            agency("Thường trực Hội đồng nhân dân thành phố Hà Nội", "people_council", P)),
        ent(t, "AGENCY", "Trung tâm phục vụ hành chính công", ttpv),
        ent(t, "AGENCY", "Trung tâm Phục vụ hành chính công", ttpv, after=t.find("người nước\nngoài")[0]),
        ent(t, "AGENCY", "Trung tâm Phục vụ hành chính công Thành phố", ttpv, n=1),
        ent(t, "AGENCY", "Trung tâm Phục vụ hành chính công Thành phố", ttpv, n=2),
        # Nơi nhận
        ent(t, "AGENCY", "Ủy ban thường vụ Quốc hội", agency("Ủy ban Thường vụ Quốc hội", "legislature"), after=nt),
        ent(t, "AGENCY", "Ủy ban Công tác đại biểu của Quốc hội",
            agency("Ủy ban Công tác đại biểu của Quốc hội", "legislature"), after=nt),
        ent(t, "AGENCY", "Văn phòng Quốc hội", agency("Văn phòng Quốc hội"), after=nt),
        ent(t, "AGENCY", "Tư pháp", agency("Bộ Tư pháp", "ministry"), after=nt),
        ent(t, "AGENCY", "Tài chính", agency("Bộ Tài chính", "ministry"), after=nt),
        ent(t, "AGENCY", "KH&CN", agency("Bộ Khoa học và Công nghệ", "ministry"), after=nt),
        ent(t, "AGENCY", "Cục KTVB và QLXLVPHC",
            agency("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"), after=nt),
        ent(t, "AGENCY", "Thường trực Thành ủy", agency("Thường trực Thành ủy Hà Nội", "party", P), after=nt),
        ent(t, "AGENCY", "Đoàn Đại biểu Quốc hội Hà Nội",
            agency("Đoàn đại biểu Quốc hội thành phố Hà Nội", "legislature", P), after=nt),
        ent(t, "AGENCY", "Thường trực HĐND", agency("Thường trực Hội đồng nhân dân thành phố Hà Nội", "people_council", P), after=nt),
        ent(t, "AGENCY", "Thành ủy", agency("Văn phòng Thành ủy Hà Nội", "party", P), after=t.find("Các VP:")[0]),
        ent(t, "AGENCY", "Thành ủy", agency("Thành ủy Hà Nội", "party", P), after=t.find("Các Ban Đảng")[0]),  # h11 fix
        ent(t, "AGENCY", "Đoàn ĐBQH và HĐND",
            agency("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân thành phố Hà Nội", "agency", P), after=nt),
        ent(t, "AGENCY", "UBND TP", agency("Văn phòng Ủy ban nhân dân thành phố Hà Nội", "agency", P), after=nt),
        ent(t, "AGENCY", "Trung tâm TTDL và CNS Thành phố",
            agency("Trung tâm Thông tin dữ liệu và Công nghệ số thành phố Hà Nội", "agency", P), after=nt),
    ]
    drop = [t.find("Việt Nam thành")[0], t.find("Việt Nam thành")[0] + 9,   # inside the name of UB MTTQ
            t.find("HĐND, UBND các xã")[0],                                   # "TT HĐND, UBND các xã, phường" (plural)
            t.find("HĐND Thành phố;\n- Lưu")[0]]                               # inside "Trang TTĐT của ..." (a website)
    ents = merge(ents, drop=drop, add=add)
    S = lambda: subj(P, "province", None, "tổ chức, cá nhân thực hiện dịch vụ công trực tuyến")
    pe = per(None, None, None)  # h11 fix: was 2026-01-01.. (Điều 6); no period in the sentence, as for other undated targets
    claims = [
        claim(t, "Hỗ trợ 100% chi phí chuyển trả kết quả, hồ sơ thủ tục hành chính cho tổ chức, cá nhân khi thực hiện dịch vụ công trực tuyến",
              S(), ("hỗ trợ chi phí chuyển trả kết quả, hồ sơ thủ tục hành chính khi thực hiện dịch vụ công trực tuyến", "other"),
              pct(100.0), pe, "target"),
        claim(t, "Hỗ trợ 100% chi phí cấp mới và gia hạn chứng thư chữ ký số đối với cá nhân thực hiện giao dịch điện tử",
              S(), ("hỗ trợ chi phí cấp mới và gia hạn chứng thư chữ ký số", "other"), pct(100.0), pe, "target"),
        claim(t, "Hỗ trợ 100% mức phí, lệ phí đối với các thủ tục hành chính có mức thu do Bộ Tài chính quy định khi tổ chức, cá nhân thực hiện dịch vụ công trực tuyến",
              S(), ("hỗ trợ mức phí, lệ phí khi thực hiện dịch vụ công trực tuyến", "fee_reduction_rate"),
              pct(100.0), pe, "target", direction="decrease"),
    ]
    write(STEM, ents, [], claims, DOC_DATE,
          ent_notes="Laws are cited by symbol ('72/2025/QH15', doc_type 'Luật'; '97/2025/QH13' kept as printed). "
                    "'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội' and 'UBMTTQTP' are not state bodies: no AGENCY, "
                    "and no LOCATION inside that name. Nơi nhận: 'Các Bộ: Tư pháp, Tài chính, KH&CN' and 'Các VP: Thành ủy, "
                    "Đoàn ĐBQH và HĐND, UBND TP' are elliptical lists, one AGENCY per item; 'TT HĐND, UBND các xã, "
                    "phường' is plural; the HĐND inside 'Trang TTĐT của Đoàn ĐBQH& HĐND Thành phố' (a website) is not "
                    "annotated. 'Thường trực Hội đồng nhân dân' is one AGENCY (the standing body).",
          claim_notes="The city pays 100% of the fee/charge for TTHC done online: read as a fee cut for online use "
                      "(fee_reduction_rate, direction decrease). The two other 100% supports (delivery of results, digital "
                      "signature certificates) are costs, not fees: metric other. Status target (a rule; Điều 6 applies it from "
                      "01/01/2026, but the Phụ lục sentences state no period, so the period is left open as for other undated targets). Item IV (fees set at 0 đồng) has no percentage.")


if __name__ == "__main__":
    build()
