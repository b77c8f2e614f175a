from goldlib import E, C, V, build, pct, date, agency, loc

SLUG = "vietnamnet-2025-11-tai-su-dung-du-lieu-dvctt"
VN = ("Việt Nam", "country", "cả nước")
STRAT = ("Chiến lược ... giai đoạn 2021 - 2025", None, "2025-12-31")
OCT = ("tháng 10/2025", "2025-10-01", "2025-10-31")
TO26 = ("tính đến 26/10", None, "2025-10-26")
OD = ("tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính", "online_dossier_rate")

ents = [
    E("DATE", " date [[2025-11-07]] Cung", date("2025-11-07", "2025-11-07", "day")),
    E("LOCATION", "tại [[Việt Nam]].", loc("Việt Nam", None, "country")),
    E("DATE", "[[giai đoạn 2021 - 2025]]", date("2021-01-01", "2025-12-31", "period")),
    E("DATE", "đến [[năm 2030]]", date("2030-01-01", "2030-12-31", "year")),
    E("PERCENT", "yêu cầu: [[100%]]", pct(100)),
    E("PERCENT", "[[tối thiểu 80%]]", pct(80, "at_least")),
    E("PERCENT", "[[tối thiểu 20%]]", pct(20, "at_least")),
    E("DATE", "của cả nước [[tháng 10/2025]] đạt", date("2025-10-01", "2025-10-31", "month")),
    E("PERCENT", "tháng 10/2025 đạt [[39,98%]]", pct(39.98)),
    E("AGENCY", "[[Bộ KH&CN]]", agency("Bộ Khoa học và Công nghệ", "ministry")),
    E("DATE", "tính đến [[26/10]]", date("2025-10-26", "2025-10-26", "day")),
    E("PERCENT", "hành chính đạt [[39,98%]], trong đó", pct(39.98)),
    E("PERCENT", "[[54,46%]]", pct(54.46)),
    E("PERCENT", "[[16,94%]]", pct(16.94)),
    E("DATE", "[[cùng kỳ năm 2024]]", date("2024-10-01", "2024-10-31", "month")),
    E("DATE", "của cả nước [[tháng 10/2025]] đã tăng", date("2025-10-01", "2025-10-31", "month")),
    E("PERCENT", "[[1,72%]]", pct(1.72)),
    E("AGENCY", "[[Tổng công ty Bưu điện Việt Nam]]", agency("Tổng công ty Bưu điện Việt Nam", "state_enterprise")),
]
claims = [
    C(("Việt Nam", "country", None), ("dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng", "other"),
      V(100), "target", STRAT, "100% dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng"),
    C(("Việt Nam", "country", None), ("hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến", "online_dossier_rate"),
      V(80, "at_least"), "target", STRAT, "tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến"),
    C(("Việt Nam", "country", None), ("thủ tục hành chính của các cơ quan nhà nước được cắt giảm", "other"),
      V(20, "at_least", direction="decrease"), "target", STRAT,
      "tối thiểu 20% thủ tục hành chính của các cơ quan nhà nước được cắt giảm"),
    C(VN, OD, V(39.98), "achieved", OCT,
      "Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của cả nước tháng 10/2025 đạt 39,98%."),
    C(("Việt Nam", "country", None), OD, V(39.98), "achieved", TO26,
      "tính đến 26/10, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính đạt 39,98%"),
    C(("khối bộ", "group", "khối bộ"), OD, V(54.46), "achieved", TO26, "trong đó khối bộ đạt 54,46%"),
    C(("khối tỉnh, thành phố", "group", "khối tỉnh, thành phố"), OD, V(16.94), "achieved", TO26,
      "tỷ lệ của khối tỉnh, thành phố là 16,94%"),
    C(VN, OD, V(1.72, direction="increase"), "achieved", OCT,
      "so với cùng kỳ năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của cả nước tháng 10/2025 đã tăng 1,72%."),
]
build(SLUG, doc_date="2025-11-07",
      doc_date_note="the stored text opens with ' date 2025-11-07' (the page's date as kept by the store)",
      entities=ents, claims=claims,
      notes=["Stored text (a chunk) of a VietNamNet page as returned by the search tool's 'pages' corpus: headline missing, cut mid-sentence at the end.",
             "The strategy's requirements (100% redesigned, tối thiểu 80% xử lý hoàn toàn trực tuyến, tối thiểu 20% TTHC cắt giảm) are targets of 'giai đoạn 2021 - 2025': period end 2025-12-31.",
             "The national rate 39,98% is given twice with two periods ('tháng 10/2025'; 'tính đến 26/10'): two claims.",
             "'khối bộ' / 'khối tỉnh, thành phố' are aggregates: subject kind 'group' (not scored).",
             "'tăng 1,72% so với cùng kỳ năm 2024' is a change (direction increase) for October 2025; 'cùng kỳ năm 2024' = October 2024.",
             "'Tổng công ty Bưu điện Việt Nam' (Vietnam Post) is a state-owned corporation: annotated as AGENCY (kind 'state_enterprise', a public organization) so that the 'Việt Nam' inside its name is not a LOCATION.",
             "The strategy's title (Chiến lược ... ) has no number and is not a DOC_NUMBER."])
