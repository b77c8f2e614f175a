from goldlib import E, C, V, build, pct, date, agency, loc

SLUG = "baodanang-2022-11-da-nang-thu-2-ho-so-truc-tuyen"
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
PER = ("tính từ đầu năm đến đầu tháng 11-2022", "2022-01-01", "2022-11-10")
M = ("tỷ lệ hồ sơ trực tuyến", "online_dossier_rate")

ents = [
    E("LOCATION", "[[Đà Nẵng]] đứng thứ 2", loc("Đà Nẵng", "48")),
    E("AGENCY", "Thông tin từ [[Bộ Thông tin và Truyền thông]]", MIC),
    E("AGENCY", "[[Ban chỉ đạo quốc gia về chuyển đổi số]]", agency("Ban Chỉ đạo quốc gia về chuyển đổi số", "agency")),
    E("DATE", "tính [[từ đầu năm đến đầu tháng 11-2022]]", date("2022-01-01", "2022-11-10", "period")),
    E("LOCATION", "[[Đà Nẵng]] (67%)", loc("Đà Nẵng", "48")),
    E("PERCENT", "Đà Nẵng ([[67%]])", pct(67)),
    E("LOCATION", "[[Hòa Bình]] (86,5%)", loc("Hòa Bình", "17")),
    E("PERCENT", "[[86,5%]]", pct(86.5)),
    E("LOCATION", "[[Nam Định]] (65,9%)", loc("Nam Định", "36")),
    E("PERCENT", "[[65,9%]]", pct(65.9)),
    E("LOCATION", "[[Lạng Sơn]] (64,2%)", loc("Lạng Sơn", "20")),
    E("PERCENT", "[[64,2%]]", pct(64.2)),
    E("LOCATION", "[[Ninh Bình]] (63,9%)", loc("Ninh Bình", "37")),
    E("PERCENT", "[[63,9%]]", pct(63.9)),
    E("LOCATION", "[[Bạc Liêu]] (7,4%)", loc("Bạc Liêu", "95")),
    E("PERCENT", "[[7,4%]]", pct(7.4)),
    E("LOCATION", "[[Sơn La]] (8,3%)", loc("Sơn La", "14")),
    E("PERCENT", "[[8,3%]]", pct(8.3)),
    E("LOCATION", "[[Nghệ An]] (8,6%)", loc("Nghệ An", "40")),
    E("PERCENT", "[[8,6%]]", pct(8.6)),
    E("LOCATION", "[[Bình Thuận]] (9,3%)", loc("Bình Thuận", "60")),
    E("PERCENT", "[[9,3%]]", pct(9.3)),
    E("LOCATION", "[[Quảng Ngãi]] (9,7%)", loc("Quảng Ngãi", "51")),
    E("PERCENT", "Quảng Ngãi ([[9,7%]])", pct(9.7)),
    E("AGENCY", "[[Ngân hàng Nhà nước Việt Nam]] dẫn đầu", agency("Ngân hàng Nhà nước Việt Nam", "agency")),
    E("PERCENT", "với [[100%]]", pct(100)),
    E("AGENCY", "[[Bộ Công Thương]] đứng thứ hai", agency("Bộ Công Thương", "ministry")),
    E("PERCENT", "[[99,7%]]", pct(99.7)),
    E("AGENCY", "[[Bộ Tài chính]] đứng thứ ba", agency("Bộ Tài chính", "ministry")),
    E("PERCENT", "[[92,4%]]", pct(92.4)),
    E("AGENCY", "lần lượt là: [[Xây dựng]] (16,6%)", agency("Bộ Xây dựng", "ministry")),
    E("PERCENT", "[[16,6%]]", pct(16.6)),
    E("AGENCY", "[[Công Thương]] (25%)", agency("Bộ Công Thương", "ministry")),
    E("PERCENT", "Công Thương ([[25%]])", pct(25)),
    E("AGENCY", "[[Tài nguyên và Môi trường]] (36%)", agency("Bộ Tài nguyên và Môi trường", "ministry")),
    E("PERCENT", "[[36%]]", pct(36)),
    E("AGENCY", "Theo [[Bộ Thông tin và Truyền thông]], Bộ Y tế", MIC),
    E("AGENCY", "[[Bộ Y tế]] có lượng", agency("Bộ Y tế", "ministry")),
    E("AGENCY", "[[Bộ Kế hoạch và Đầu tư]]", agency("Bộ Kế hoạch và Đầu tư", "ministry")),
    E("AGENCY", "và [[Bộ Thông tin và Truyền thông]] (5,9", MIC),
    E("AGENCY", "gồm: [[Bộ Tài nguyên và Môi trường]]", agency("Bộ Tài nguyên và Môi trường", "ministry")),
    E("AGENCY", "[[Bộ Lao động - Thương binh và Xã hội]]", agency("Bộ Lao động - Thương binh và Xã hội", "ministry")),
    E("AGENCY", "[[Bộ Nông nghiệp và Phát triển nông thôn]]", agency("Bộ Nông nghiệp và Phát triển nông thôn", "ministry")),
]

EV_TOP = "tính từ đầu năm đến đầu tháng 11-2022, Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%), Nam Định (65,9%), Lạng Sơn (64,2%), Ninh Bình (63,9%) là 5 tỉnh, thành dẫn đầu ở khối các địa phương về tỷ lệ hồ sơ trực tuyến"
EV_LOW = "5 tỉnh có số hồ sơ trực tuyến thấp nhất lần lượt gồm: Bạc Liêu (7,4%), Sơn La (8,3%), Nghệ An (8,6%), Bình Thuận (9,3%), Quảng Ngãi (9,7%)."
EV_MIN_LOW = "Các bộ có tỷ lệ hồ sơ trực tuyến thấp nhất lần lượt là: Xây dựng (16,6%), Công Thương (25%), Tài nguyên và Môi trường (36%)."
claims = []
for name, txt, v in [("Đà Nẵng", "Đà Nẵng", 67), ("Hòa Bình", "Hòa Bình", 86.5), ("Nam Định", "Nam Định", 65.9),
                     ("Lạng Sơn", "Lạng Sơn", 64.2), ("Ninh Bình", "Ninh Bình", 63.9)]:
    claims.append(C((name, "province", txt), M, V(v), "achieved", PER, EV_TOP))
for name, v in [("Bạc Liêu", 7.4), ("Sơn La", 8.3), ("Nghệ An", 8.6), ("Bình Thuận", 9.3), ("Quảng Ngãi", 9.7)]:
    claims.append(C((name, "province", name), ("số hồ sơ trực tuyến (tỷ lệ hồ sơ trực tuyến)", "online_dossier_rate"),
                    V(v), "achieved", PER, EV_LOW))
claims += [
    C(("Ngân hàng Nhà nước Việt Nam", "agency", "Ngân hàng Nhà nước Việt Nam"), M, V(100), "achieved", PER,
      "Ngân hàng Nhà nước Việt Nam dẫn đầu về tỷ lệ hồ sơ trực tuyến với 100%"),
    C(("Bộ Công Thương", "ministry", "Bộ Công Thương"), M, V(99.7), "achieved", PER,
      "Bộ Công Thương đứng thứ hai với tỷ lệ 99,7%"),
    C(("Bộ Tài chính", "ministry", "Bộ Tài chính"), M, V(92.4), "achieved", PER, "Bộ Tài chính đứng thứ ba với 92,4%"),
    C(("Bộ Xây dựng", "ministry", "Xây dựng"), M, V(16.6), "achieved", PER, EV_MIN_LOW),
    C(("Bộ Công Thương", "ministry", "Công Thương"), M, V(25), "achieved", PER, EV_MIN_LOW,
      note="the article gives Bộ Công Thương both 99,7% (second best) and 25% (among the lowest); both are annotated as written"),
    C(("Bộ Tài nguyên và Môi trường", "ministry", "Tài nguyên và Môi trường"), M, V(36), "achieved", PER, EV_MIN_LOW),
]

build(SLUG, doc_date="2022-11-10",
      doc_date_note="no byline date in the stored text; the URL folder is /202211/ and the text's latest date is 'đầu tháng 11-2022' (1-10 Nov 2022), so 2022-11-10 is used",
      entities=ents, claims=claims,
      boilerplate=["\n\n.\n\n", "\n\n;\n;\n.\n.\n.\n.\n."],
      notes=["Stored text of a Báo Đà Nẵng web page as returned by the search tool's 'pages' corpus; the lone '.' line after the title and the trailing ';'/'.' lines are page residue and are marked as boilerplate.",
             "The range 'từ đầu năm đến đầu tháng 11-2022' is one DATE of grain 'period' (as the range in kontum-2023-03); corrected after scoring: the blind gold had only 'đầu tháng 11-2022' and left 'đầu năm' unannotated.",
             "Period of every claim: 'tính từ đầu năm đến đầu tháng 11-2022' -> 2022-01-01..2022-11-10 ('đầu tháng' = days 1-10, as in the seed gold's 'đầu tháng 6/2021'); the ministry paragraph has no period of its own and inherits it.",
             "Ministries written without 'Bộ' in a list ('Xây dựng', 'Công Thương', 'Tài nguyên và Môi trường') are AGENCY entities, as in the dev gold (tb-634).",
             "Counts of page views ('14,58 triệu lượt') are not percentages and give no claims; 'Đà Nẵng đứng thứ 2' is a rank, not a percentage."])
