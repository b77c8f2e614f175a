from goldlib import E, C, V, build, pct, date

SLUG = "kontum-2023-03-quy-i-ho-so-truc-tuyen"
Q1 = ("quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023)", "2022-12-15", "2023-03-14")
M = ("tỷ lệ hồ sơ trực tuyến", "online_dossier_rate")
KT = ("Kon Tum", "province", "tỉnh")

ents = [
    E("DATE", "trong [[quý I]]\nNgày đăng", date("2023-01-01", "2023-03-31", "quarter")),
    E("DATE", "Ngày đăng: [[18/03/2023]]", date("2023-03-18", "2023-03-18", "day")),
    E("DATE", "Trong [[quý I năm 2023]] (tính", date("2023-01-01", "2023-03-31", "quarter")),
    E("DATE", "(tính [[từ ngày 15/12/2022 đến 14/3/2023]])", date("2022-12-15", "2023-03-14", "period")),
    E("PERCENT", "[[22,33%]]", pct(22.33)),
    E("PERCENT", "[[gần 98%]]", pct(98, "approx")),
    E("PERCENT", "[[28,39%]]", pct(28.39)),
    E("PERCENT", "[[37,76%]]", pct(37.76)),
    E("PERCENT", "[[13,05%]]", pct(13.05)),
    E("DATE", "của [[quý I năm 2023]] bằng", date("2023-01-01", "2023-03-31", "quarter")),
    E("PERCENT", "[[trên 90%]]", pct(90, "more_than")),
    E("DATE", "[[cả năm 2021]]", date("2021-01-01", "2021-12-31", "year")),
    E("PERCENT", "[[205,6%]]", pct(205.6)),
    E("DATE", "[[quý I năm 2022]]", date("2022-01-01", "2022-03-31", "quarter")),
]
claims = [
    C(KT, M, V(22.33), "achieved", Q1,
      "Trong đó, có 12.516 hồ sơ trực tuyến (đạt tỷ lệ 22,33%, chưa bao gồm hồ sơ trực tuyến của tỉnh tiếp nhận trên hệ thống của bộ ngành trung ương)"),
    C(KT, ("tỷ lệ hồ sơ đúng hạn và sớm hạn", "other"), V(98, "approx"), "achieved", Q1,
      "đã giải quyết 48.249 hồ sơ (tỷ lệ hồ sơ đúng hạn và sớm hạn đạt gần 98%)"),
    C(("Kon Tum", "province", "tỉnh", "các sở, ban ngành cấp tỉnh"), M, V(28.39), "achieved", Q1,
      "Các sở, ban ngành cấp tỉnh tiếp nhận 23.233 hồ sơ, với 6.596 hồ sơ trực tuyến (đạt tỷ lệ 28,39%)"),
    C(("Kon Tum", "province", "tỉnh", "cấp huyện"), M, V(37.76), "achieved", Q1,
      "cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ trực tuyến (đạt tỷ lệ 37,76%)"),
    C(("Kon Tum", "province", "tỉnh", "cấp xã"), M, V(13.05), "achieved", Q1,
      "cấp xã tiếp nhận 26.030 hồ sơ, với 3.399 hồ sơ trực tuyến (đạt tỷ lệ 13,05%)"),
    C(KT, ("số lượng hồ sơ trực tuyến quý I năm 2023 so với cả năm 2021", "other"), V(90, "more_than"), "achieved", Q1,
      "Số lượng hồ sơ trực tuyến của quý I năm 2023 bằng trên 90% số hồ sơ trực tuyến của cả năm 2021"),
    C(KT, ("số lượng hồ sơ trực tuyến quý I năm 2023 so với quý I năm 2022", "other"), V(205.6), "achieved", Q1,
      "bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022 trên địa bàn tỉnh"),
]
build(SLUG, doc_date="2023-03-18",
      doc_date_note="byline 'Ngày đăng: 18/03/2023  22:32'; the 'Thứ 4, Ngày 31/05/2023' line is the portal's date-of-visit widget (boilerplate)",
      entities=ents, claims=claims,
      boilerplate=["Thứ 4, Ngày 31/05/2023 -", "Mặc định Cỡ chữ"],
      notes=["Stored text of a page of the Kon Tum provincial portal (kontum.gov.vn) as returned by the search tool's 'pages' corpus; complete article.",
             "The province is never named in the text ('toàn tỉnh', 'của tỉnh', 'trên địa bàn tỉnh'); the subject Kon Tum comes from the publisher. A reader of the text alone can only say 'the province'.",
             "Period of the claims: the text defines quý I năm 2023 as 'tính từ ngày 15/12/2022 đến 14/3/2023', and that stated reporting window is used (2022-12-15..2023-03-14) rather than the calendar quarter.",
             "The range 'từ ngày 15/12/2022 đến 14/3/2023' is one DATE of grain 'period'.",
             "Rates by administrative level are claims about Kon Tum with a scope ('các sở, ban ngành cấp tỉnh', 'cấp huyện', 'cấp xã').",
             "'bằng trên 90%' / 'bằng 205,6%' compare counts of online dossiers between periods: metric 'other'."])
