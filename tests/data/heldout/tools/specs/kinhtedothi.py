from goldlib import E, C, V, build, pct, date, agency, loc

SLUG = "kinhtedothi-2025-ha-nam-dan-dau-ho-so-toan-trinh"
MIC = agency("Bộ Thông tin và Truyền thông", "ministry")
Y24 = ("trong năm 2024", "2024-01-01", "2024-12-31")
M = ("tỷ lệ hồ sơ trực tuyến toàn trình", "online_dossier_rate")

ents = [
    E("PERCENT", "Với tỷ lệ [[68,54%]], tỉnh này", pct(68.54)),
    E("DATE", "trong [[năm 2024]], Hà Nam", date("2024-01-01", "2024-12-31", "year")),
    E("LOCATION", "[[Hà Nam]] đã xử lý", loc("Hà Nam", "35")),
    E("PERCENT", "toàn trình [[68,54%]] trong tổng số", pct(68.54)),
    E("LOCATION", "[[Đà Nẵng]] (58,89%)", loc("Đà Nẵng", "48")),
    E("PERCENT", "[[58,89%]]", pct(58.89)),
    E("LOCATION", "[[Hà Giang]] (55,76%)", loc("Hà Giang", "02")),
    E("PERCENT", "[[55,76%]]", pct(55.76)),
    E("LOCATION", "[[Nam Định]] (52,96%)", loc("Nam Định", "36")),
    E("PERCENT", "[[52,96%]]", pct(52.96)),
    E("PERCENT", "đều đạt tỷ lệ [[dưới 50%]]", pct(50, "less_than")),
    E("LOCATION", "trong đó [[Hà Nội]] và", loc("Hà Nội", "01")),
    E("LOCATION", "[[TP Hồ Chí Minh]]", loc("Hồ Chí Minh", "79")),
    E("PERCENT", "chỉ đạt [[dưới 10%]]", pct(10, "less_than")),
    E("AGENCY", "[[Bộ Công Thương]] dẫn đầu", agency("Bộ Công Thương", "ministry")),
    E("PERCENT", "[[83,48%]]", pct(83.48)),
    E("AGENCY", "[[Bộ Tài chính]] (78,44%)", agency("Bộ Tài chính", "ministry")),
    E("PERCENT", "[[78,44%]]", pct(78.44)),
    E("AGENCY", "[[Bộ Tư pháp]] (77,66%)", agency("Bộ Tư pháp", "ministry")),
    E("PERCENT", "[[77,66%]]", pct(77.66)),
    E("AGENCY", "Tuy nhiên, [[Bộ TT&TT]] cũng", MIC),
    E("AGENCY", "như [[Bộ Tài chính]] và", agency("Bộ Tài chính", "ministry")),
    E("AGENCY", "và [[Bộ Tư pháp]], mới", agency("Bộ Tư pháp", "ministry")),
    E("DATE", "Đến [[cuối năm 2024]]", date(None, "2024-12-31", "period")),
    E("PERCENT", "[[45,8%]]", pct(45.8)),
    E("PERCENT", "mục tiêu đề ra là [[50%]]", pct(50)),
    E("PERCENT", "[[63,47%]]", pct(63.47)),
    E("PERCENT", "(mục tiêu [[70%]])", pct(70)),
    E("PERCENT", "[[18,54%]]", pct(18.54)),
    E("PERCENT", "(mục tiêu [[30%]])", pct(30)),
    E("AGENCY", "[[Bộ TT&TT]] đánh giá", MIC),
]
END24 = ("Đến cuối năm 2024", None, "2024-12-31")
claims = [
    C(("Hà Nam", "province", "tỉnh này"), ("tỷ lệ", "online_dossier_rate"), V(68.54), "achieved", Y24,
      "Với tỷ lệ 68,54%, tỉnh này đã vượt qua nhiều địa phương lớn",
      note="'tỉnh này' is Hà Nam (named in the next sentence; the headline is not in the stored text)"),
    C(("Hà Nam", "province", "Hà Nam"), M, V(68.54), "achieved", Y24,
      "trong năm 2024, Hà Nam đã xử lý trực tuyến toàn trình 68,54% trong tổng số 168.000 hồ sơ thủ tục hành chính"),
]
EV2 = "Đà Nẵng (58,89%), Hà Giang (55,76%) và Nam Định (52,96%) là những địa phương xếp sau."
for n, v in [("Đà Nẵng", 58.89), ("Hà Giang", 55.76), ("Nam Định", 52.96)]:
    claims.append(C((n, "province", n), M, V(v), "achieved", Y24, EV2))
claims += [
    C(("các tỉnh, thành còn lại", "group", "Các tỉnh, thành còn lại"), M, V(50, "less_than"), "achieved", Y24,
      "Các tỉnh, thành còn lại đều đạt tỷ lệ dưới 50%"),
    C(("Hà Nội", "province", "Hà Nội"), M, V(10, "less_than"), "achieved", Y24,
      "trong đó Hà Nội và TP Hồ Chí Minh thuộc nhóm thấp nhất, chỉ đạt dưới 10%"),
    C(("Hồ Chí Minh", "province", "TP Hồ Chí Minh"), M, V(10, "less_than"), "achieved", Y24,
      "trong đó Hà Nội và TP Hồ Chí Minh thuộc nhóm thấp nhất, chỉ đạt dưới 10%"),
    C(("Bộ Công Thương", "ministry", "Bộ Công Thương"), M, V(83.48), "achieved", Y24,
      "Trong khối bộ, ngành, Bộ Công Thương dẫn đầu với tỷ lệ 83,48%"),
    C(("Bộ Tài chính", "ministry", "Bộ Tài chính"), M, V(78.44), "achieved", Y24,
      "Bộ Tài chính (78,44%) và Bộ Tư pháp (77,66%) lần lượt giữ vị trí thứ hai và thứ ba."),
    C(("Bộ Tư pháp", "ministry", "Bộ Tư pháp"), M, V(77.66), "achieved", Y24,
      "Bộ Tài chính (78,44%) và Bộ Tư pháp (77,66%) lần lượt giữ vị trí thứ hai và thứ ba."),
    C(("Việt Nam", "country", "cả nước"), M, V(45.8), "achieved", END24,
      "Đến cuối năm 2024, tỷ lệ này chỉ đạt 45,8%"),
    C(("Việt Nam", "country", "cả nước"), M, V(50), "target", END24, "trong khi mục tiêu đề ra là 50%"),
    C(("khối bộ, ngành", "group", "Khối bộ, ngành"), M, V(63.47), "achieved", END24, "Khối bộ, ngành đạt 63,47%"),
    C(("khối bộ, ngành", "group", "Khối bộ, ngành"), M, V(70), "target", END24, "(mục tiêu 70%)"),
    C(("khối tỉnh, thành", "group", "khối tỉnh, thành"), M, V(18.54), "achieved", END24, "khối tỉnh, thành chỉ đạt 18,54%"),
    C(("khối tỉnh, thành", "group", "khối tỉnh, thành"), M, V(30), "target", END24, "(mục tiêu 30%)"),
]
build(SLUG, doc_date="2024-12-31",
      doc_date_note="the stored text has no byline or full date; its latest date is 'cuối năm 2024', so 2024-12-31 (the article itself appeared after the end of 2024)",
      entities=ents, claims=claims,
      notes=["Stored text (a chunk) of a Kinh tế & Đô thị page as returned by the search tool's 'pages' corpus: the headline is missing and the text is cut mid-word at the end.",
             "'tỷ lệ hồ sơ trực tuyến toàn trình' (share of dossiers processed fully online) is keyed online_dossier_rate.",
             "The province and ministry figures are for 'năm 2024' (stated once, inherited by the following sentences).",
             "'Khối bộ, ngành' and 'khối tỉnh, thành' are aggregates of all ministries / all provinces: annotated as subject kind 'group' (not scored), not as Việt Nam.",
             "'Đến cuối năm 2024' gives period end 2024-12-31 only; 'cuối năm' has no definite start, so the DATE value's start is null.",
             "'hệ thống giám sát, đo lường Chính phủ số (EMC)' is an IT system, not an AGENCY."])
