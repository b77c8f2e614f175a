from goldlib import E, C, V, build, pct, date, agency

SLUG = "vienkinhteso-2023-04-dvctt-toan-trinh-84"
PER = ("tính đến cuối tháng 4-2023", None, "2023-04-30")
VN = ("Việt Nam", "country", None)
EV = "các tỷ lệ về dịch vụ công trực tuyến có phát sinh hồ sơ và hồ sơ trực tuyến mới chỉ đạt lần lượt 51,3% và 54,8%, so với mục tiêu phải đạt 80% và 60%."
WD = ("tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ", "dvc_with_online_dossiers_rate")
OD = ("tỷ lệ hồ sơ trực tuyến", "online_dossier_rate")

ents = [
    E("AGENCY", "[[Bộ Thông tin và Truyền thông]]", agency("Bộ Thông tin và Truyền thông", "ministry")),
    E("DATE", "[[cuối tháng 4-2023]]", date("2023-04-21", "2023-04-30", "period")),
    E("PERCENT", "[[trên 84%]]", pct(84, "more_than")),
    E("PERCENT", "[[51,3%]]", pct(51.3)),
    E("PERCENT", "[[54,8%]]", pct(54.8)),
    E("PERCENT", "[[80%]]", pct(80)),
    E("PERCENT", "[[60%]]", pct(60)),
]
claims = [
    C(VN, ("tỷ lệ dịch vụ công trực tuyến trên tổng số dịch vụ công đủ điều kiện cung cấp toàn trình", "dvc_level4_rate"),
      V(84, "more_than"), "achieved", PER,
      "tính đến cuối tháng 4-2023, tỷ lệ dịch vụ công trực tuyến trên tổng số dịch vụ công đủ điều kiện cung cấp toàn trình đạt trên 84%."),
    C(VN, WD, V(51.3), "achieved", PER, EV),
    C(VN, OD, V(54.8), "achieved", PER, EV),
    C(VN, WD, V(80), "target", (None, None, None), EV),
    C(VN, OD, V(60), "target", (None, None, None), EV),
]
build(SLUG, doc_date="2023-04-30",
      doc_date_note="no byline; the text's only date is 'cuối tháng 4-2023', so 2023-04-30 (the page appeared at that time or later)",
      entities=ents, claims=claims,
      notes=["Text of a vienkinhteso.vn (Viện Kinh tế số) tag page as returned by the search tool's 'pages' corpus: one paragraph quoting Bộ TT&TT.",
             "National figures (no 'cả nước' is written; the source is the national report): subject Việt Nam.",
             "'lần lượt 51,3% và 54,8%' and '80% và 60%' distribute over the two indicators in order (DVCTT có phát sinh hồ sơ; hồ sơ trực tuyến).",
             "The targets carry no deadline in the text: target periods are null.",
             "'cuối tháng 4-2023' = days 21-30 (like 'đầu tháng' = 1-10 and 'trung tuần' = 11-20); 'tính đến' gives the claims an end only."])
