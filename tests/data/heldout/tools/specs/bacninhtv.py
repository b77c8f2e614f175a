from goldlib import E, C, V, build, pct, date, agency, docnum

SLUG = "bacninhtv-thang-10-so-hoa-thanh-toan-truc-tuyen"
T10 = ("tháng 10", None, None)
BN = ("Bắc Ninh", "province", "toàn tỉnh")
PAY = ("tỷ lệ hồ sơ thanh toán trực tuyến", "other")
DIG = ("tỷ lệ số hóa thành phần hồ sơ", "other")
M = ("tỷ lệ hồ sơ tiếp nhận trực tuyến", "online_dossier_rate")
MONTH = date(None, None, "month")

ents = [
    E("DATE", "(BTV) [[Tháng 10]], Trung tâm", MONTH),
    E("AGENCY", "[[Trung tâm Hành chính công tỉnh]]", agency("Trung tâm Hành chính công tỉnh Bắc Ninh", "agency", "Bắc Ninh")),
    E("PERCENT", "toàn tỉnh đạt trung bình [[98%]]; chỉ tiêu", pct(98)),
    E("PERCENT", "thành phần hồ sơ đạt [[100%]].\n", pct(100)),
    E("DATE", "thành phần hồ sơ [[tháng 10]] toàn tỉnh", MONTH),
    E("PERCENT", "tháng 10 toàn tỉnh đạt [[100%]]\n", pct(100)),
    E("DATE", "Trong [[tháng 10]], các Sở", MONTH),
    E("PERCENT", "[[90%]]", pct(90)),
    E("PERCENT", "[[99%]]", pct(99)),
    E("PERCENT", "lệ phí toàn tỉnh đạt trung bình [[98%]]", pct(98)),
    E("PERCENT", "tăng [[94%]]", pct(94)),
    E("DOC_NUMBER", "[[Chỉ thị 10]]", docnum("10", doc_type="Chỉ thị")),
    E("PERCENT", "Cấp tỉnh đạt [[100%]]", pct(100)),
    E("PERCENT", "[[97%]]", pct(97)),
    E("PERCENT", "dẫn đầu với tỷ lệ [[100%]]", pct(100)),
    E("PERCENT", "hồ sơ trên toàn tỉnh đạt [[100%]]", pct(100)),
    E("PERCENT", "tăng [[87%]]", pct(87)),
    E("DATE", "thực hiện. [[Tháng 10]], toàn tỉnh", MONTH),
]
claims = [
    C(BN, PAY, V(98), "achieved", T10, "tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt trung bình 98%"),
    C(BN, DIG, V(100), "achieved", T10, "chỉ tiêu số hóa thành phần hồ sơ đạt 100%"),
    C(BN, DIG, V(100), "achieved", T10, "Tỷ lệ số hóa thành phần hồ sơ tháng 10 toàn tỉnh đạt 100%"),
    C(("Bắc Ninh", "province", None, "các Sở, ban, ngành"), M, V(90), "achieved", T10,
      "Trong tháng 10, các Sở, ban, ngành tiếp nhận gần 8.500 hồ sơ, trong đó 7.660 hồ sơ tiếp nhận trực tuyến, đạt tỷ lệ 90%"),
    C(("Bắc Ninh", "province", None, "các huyện, thị xã, thành phố"), M, V(99), "achieved", T10,
      "Các huyện, thị xã, thành phố tiếp nhận hơn 13.000 hồ sơ, trong đó tiếp nhận trực tuyến gần 13.000 hồ sơ, đạt tỷ lệ 99%"),
    C(BN, PAY, V(98), "achieved", T10,
      "Tỷ lệ hồ sơ thanh toán trực tuyến trên tổng số hồ sơ phát sinh thanh toán lệ phí toàn tỉnh đạt trung bình 98%"),
    C(BN, PAY, V(94, direction="increase"), "achieved", T10, "tăng 94% so với trước khi có Chỉ thị 10"),
    C(("Bắc Ninh", "province", None, "cấp tỉnh"), PAY, V(100), "achieved", T10, "Cấp tỉnh đạt 100%"),
    C(("Bắc Ninh", "province", None, "cấp huyện"), PAY, V(97), "achieved", T10, "cấp huyện đạt 97%"),
    C(("Gia Bình", "district", "Huyện Gia Bình"), PAY, V(100), "achieved", T10,
      "Huyện Gia Bình và Tiên Du là hai địa phương dẫn đầu với tỷ lệ 100%"),
    C(("Tiên Du", "district", "Tiên Du"), PAY, V(100), "achieved", T10,
      "Huyện Gia Bình và Tiên Du là hai địa phương dẫn đầu với tỷ lệ 100%"),
    C(BN, DIG, V(100), "achieved", T10, "tỷ lệ số hoá thành phần hồ sơ trên toàn tỉnh đạt 100%"),
    C(BN, DIG, V(87, direction="increase"), "achieved", T10, "tăng 87% so với trước khi có Chỉ thị"),
]
build(SLUG, doc_date=None,
      doc_date_note="the stored text states no year ('Tháng 10' only) and the URL carries none",
      entities=ents, claims=claims,
      notes=["Stored text of a Bắc Ninh Radio & Television (bacninhtv.vn) page as returned by the search tool's 'pages' corpus; complete article. The second line is the article's headline repeated inside the body.",
             "The province is never named: 'toàn tỉnh', '(BTV)' = Bắc Ninh TV; the subject Bắc Ninh comes from the publisher.",
             "No year anywhere: the DATE values of 'Tháng 10' are null and so are the claim periods.",
             "'đạt trung bình 98%' is an average; the qualifier is 'exact' (no hedge word), the span is the percent alone.",
             "Districts (Huyện Gia Bình, Tiên Du) are not LOCATION entities (province/country only); as claim subjects they get kind 'district' (the spec is silent).",
             "'tăng 94%/87% so với trước khi có Chỉ thị' are changes (direction increase) of the same indicators."])
