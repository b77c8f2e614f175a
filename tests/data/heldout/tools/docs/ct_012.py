"""Gold for Chỉ thị 012/CT-UBND (UBND tỉnh Đắk Lắk, 26/11/2025)."""
from gold_lib import *
from draft import draft

STEM = "ct-012-ct-ubnd-2025-11-26-dak-lak-cai-cach-tthc"
DOC_DATE = "2025-11-26"
P = "Đắk Lắk"


def build():
    t = Text(f"raw/{STEM}.txt")
    ents = localize(t, draft(t.text, 2025), P)
    nt = t.find("Nơi nhận")[0]
    uy = "Ủy ban nhân dân tỉnh Đắk Lắk"
    add = [
        ent(t, "AGENCY", "ỦY BAN NHÂN DÂN **\nTỈNH ĐẮK LẮK", agency(uy, "people_committee", P)),
        ent(t, "DOC_NUMBER", "012/CT-UBND", docnum("012", None, "CT-UBND", "Chỉ thị", uy)),
        ent(t, "DOC_NUMBER", "766/QĐ-TTg", docnum("766", None, "QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ")),
        ent(t, "DOC_NUMBER", "Bộ chỉ số 766", docnum("766", None, "QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ"), n=1),
        ent(t, "DOC_NUMBER", "Bộ chỉ số 766", docnum("766", None, "QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ"), n=2),
        ent(t, "DOC_NUMBER", "66/NQ-CP", docnum("66", None, "NQ-CP", "Nghị quyết", "Chính phủ")),
        ent(t, "DOC_NUMBER", "118/2025/NĐ-CP", docnum("118", 2025, "NĐ-CP", "Nghị định", "Chính phủ")),
        ent(t, "DATE", "2026", year(2026), after=t.find("năm 2025 và 2026")[0]),
        ent(t, "AGENCY", "Văn phòng UBND tỉnh", agency("Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk", "agency", P), n=1),
        ent(t, "AGENCY", "Văn phòng UBND tỉnh", agency("Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk", "agency", P), n=2),
        ent(t, "AGENCY", "Văn phòng UBND tỉnh", agency("Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk", "agency", P), n=3),
        ent(t, "AGENCY", "Văn phòng UBND tỉnh", agency("Văn phòng Ủy ban nhân dân tỉnh Đắk Lắk", "agency", P), n=4),
        ent(t, "AGENCY", "Tỉnh ủy", agency("Tỉnh ủy Đắk Lắk", "party", P), after=nt),
        ent(t, "AGENCY", "Báo và PTTH Đắk Lắk", agency("Báo và Phát thanh, Truyền hình Đắk Lắk", "agency", P)),
        ent(t, "AGENCY", "Trung tâm CN và Cổng TTĐT tỉnh",
            agency("Trung tâm Công nghệ và Cổng thông tin điện tử tỉnh Đắk Lắk", "agency", P)),
    ]
    drop = [t.find("Việt Nam tỉnh (b/c)")[0]]  # inside "UB MTTQ Việt Nam tỉnh" (an organization's name)
    ents = merge(ents, drop=drop, add=add)
    claims = [
        claim(t, "đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện TTHC",
              subj(P, "province", None, "các sở, ban, ngành tỉnh; UBND các xã, phường"),
              ("thời gian thực hiện TTHC", "other"), pct(30.0, "at_least"),
              per("năm 2025 và 2026", "2025-01-01", "2026-12-31"), "target", direction="decrease"),
    ]
    write(STEM, ents, [], claims, DOC_DATE,
          ent_notes="'Chủ tịch UBND tỉnh': only 'UBND tỉnh' is an AGENCY. 'UB MTTQ Việt Nam tỉnh' (Mặt trận Tổ quốc, "
                    "not a state body) is not annotated, nor the 'Việt Nam' inside it. 'Bộ chỉ số 766' is a short "
                    "reference to QĐ 766/QĐ-TTg, annotated as DOC_NUMBER.",
          claim_notes="The cut of processing time required by NQ 66/NQ-CP is a target for the province's departments "
                      "and communes over the programme years 2025-2026 (direction decrease).")


if __name__ == "__main__":
    build()
