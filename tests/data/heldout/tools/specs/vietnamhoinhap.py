from goldlib import E, C, V, build, pct, date, agency, loc

SLUG = "vietnamhoinhap-2025-ha-nam-dan-dau-toan-trinh"
NOP = (None, None, None)
M = ("tỷ lệ hồ sơ trực tuyến toàn trình", "online_dossier_rate")
MIN = lambda n: agency(n, "ministry")  # noqa: E731

ents = [
    E("LOCATION", "[[Hà Nam]] dẫn đầu cả nước", loc("Hà Nam", "35")),
    E("LOCATION", "[[Hà Nam]] dẫn đầu với", loc("Hà Nam", "35")),
    E("PERCENT", "[[68,54%]]", pct(68.54)),
    E("LOCATION", "vượt [[Đà Nẵng]]", loc("Đà Nẵng", "48")),
    E("PERCENT", "[[58,89%]]", pct(58.89)),
    E("LOCATION", "[[Hà Giang]] (55,76%)", loc("Hà Giang", "02")),
    E("PERCENT", "[[55,76%]]", pct(55.76)),
    E("LOCATION", "[[Nam Định]] (52,96%)", loc("Nam Định", "36")),
    E("PERCENT", "[[52,96%]]", pct(52.96)),
    E("PERCENT", "[[dưới 50%]]", pct(50, "less_than")),
    E("LOCATION", "trong khi [[TP HCM]]", loc("Hồ Chí Minh", "79")),
    E("LOCATION", "TP HCM, [[Hà Nội]] thuộc", loc("Hà Nội", "01")),
    E("PERCENT", "thấp nhất, [[dưới 10%]]", pct(10, "less_than")),
    E("AGENCY", "[[Bộ Công thương]]", MIN("Bộ Công Thương")),
    E("PERCENT", "[[83,48%]]", pct(83.48)),
    E("AGENCY", "[[Bộ Tài Chính]]", MIN("Bộ Tài chính")),
    E("AGENCY", "[[Bộ Tư pháp]]", MIN("Bộ Tư pháp")),
    E("PERCENT", "thấp [[dưới 10%]]", pct(10, "less_than")),
    E("AGENCY", "[[Bộ Y tế]]", MIN("Bộ Y tế")),
    E("AGENCY", "[[Ngân hàng Nhà nước Việt Nam]]", agency("Ngân hàng Nhà nước Việt Nam", "agency")),
    E("AGENCY", "[[Bộ Giáo dục và Đào tạo]]", MIN("Bộ Giáo dục và Đào tạo")),
    E("AGENCY", "[[Bộ Tài nguyên và Môi trường]]", MIN("Bộ Tài nguyên và Môi trường")),
    E("AGENCY", "[[Bộ Quốc phòng]]", MIN("Bộ Quốc phòng")),
    E("AGENCY", "[[Bộ Kế hoạch và Đầu tư]]", MIN("Bộ Kế hoạch và Đầu tư")),
    E("AGENCY", "[[Bộ Văn hóa, Thể thao và Du lịch]]", MIN("Bộ Văn hóa, Thể thao và Du lịch")),
    E("AGENCY", "[[Bộ Ngoại giao]]", MIN("Bộ Ngoại giao")),
    E("LOCATION", "[[Đắk Lắk]]", loc("Đắk Lắk", "66")),
    E("LOCATION", "[[Hải Dương]]", loc("Hải Dương", "30")),
    E("LOCATION", "[[TP.HCM]]", loc("Hồ Chí Minh", "79")),
    E("LOCATION", "[[Vĩnh Phúc]]", loc("Vĩnh Phúc", "26")),
    E("LOCATION", "Vĩnh Phúc, [[Hà Nội]], Bắc Ninh", loc("Hà Nội", "01")),
    E("LOCATION", "[[Bắc Ninh]]", loc("Bắc Ninh", "27")),
    E("LOCATION", "[[Đồng Tháp]]", loc("Đồng Tháp", "87")),
]
claims = [
    C(("Hà Nam", "province", "Hà Nam"), M, V(68.54), "achieved", NOP,
      "Hà Nam dẫn đầu với số hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ giải quyết TTHC là 168.746, chiếm 68,54%."),
]
EV = "Tỷ lệ này đưa tỉnh dẫn đầu cả nước, vượt Đà Nẵng (58,89%), Hà Giang (55,76%), Nam Định (52,96%)."
for n, v in [("Đà Nẵng", 58.89), ("Hà Giang", 55.76), ("Nam Định", 52.96)]:
    claims.append(C((n, "province", n), M, V(v), "achieved", NOP, EV))
EVL = "trong khi TP HCM, Hà Nội thuộc nhóm thấp nhất, dưới 10%"
claims += [
    C(("các tỉnh thành còn lại", "group", "Các tỉnh thành còn lại"), M, V(50, "less_than"), "achieved", NOP,
      "Các tỉnh thành còn lại đạt tỷ lệ dưới 50%"),
    C(("Hồ Chí Minh", "province", "TP HCM"), M, V(10, "less_than"), "achieved", NOP, EVL),
    C(("Hà Nội", "province", "Hà Nội"), M, V(10, "less_than"), "achieved", NOP, EVL),
    C(("Bộ Công Thương", "ministry", "Bộ Công thương"), M, V(83.48), "achieved", NOP,
      "Bộ Công thương dẫn đầu với 1,488 triệu hồ sơ trực tuyến toàn trình, chiếm 83,48%"),
    C(("15 bộ, ngành và địa phương", "group", "15 bộ, ngành và địa phương"), M, V(10, "less_than"), "achieved", NOP,
      "hệ thống EMC ghi nhận 15 bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%."),
]
EV15 = ("hệ thống EMC ghi nhận 15 bộ, ngành và địa phương có tỷ lệ hồ sơ trực tuyến toàn trình thấp dưới 10%. "
        "Những đơn vị này bao gồm: Bộ Y tế, Ngân hàng Nhà nước Việt Nam, Bộ Giáo dục và Đào tạo, Bộ Tài nguyên và Môi trường, "
        "Bộ Quốc phòng, Bộ Kế hoạch và Đầu tư, Bộ Văn hóa, Thể thao và Du lịch, Bộ Ngoại giao; các tỉnh Đắk Lắk, Hải Dương, "
        "TP.HCM, Vĩnh Phúc, Hà Nội, Bắc Ninh và Đồng Tháp.")
for n, kind, txt in [("Bộ Y tế", "ministry", None), ("Ngân hàng Nhà nước Việt Nam", "agency", None),
                     ("Bộ Giáo dục và Đào tạo", "ministry", None), ("Bộ Tài nguyên và Môi trường", "ministry", None),
                     ("Bộ Quốc phòng", "ministry", None), ("Bộ Kế hoạch và Đầu tư", "ministry", None),
                     ("Bộ Văn hóa, Thể thao và Du lịch", "ministry", None), ("Bộ Ngoại giao", "ministry", None),
                     ("Đắk Lắk", "province", None), ("Hải Dương", "province", None), ("Hồ Chí Minh", "province", "TP.HCM"),
                     ("Vĩnh Phúc", "province", None), ("Hà Nội", "province", None), ("Bắc Ninh", "province", None),
                     ("Đồng Tháp", "province", None)]:
    claims.append(C((n, kind, txt or n), M, V(10, "less_than"), "achieved", NOP, EV15))
build(SLUG, doc_date=None,
      doc_date_note="the stored text states no date and no year at all (the story is about 2024 figures, published in early 2025, but nothing in the text says so)",
      entities=ents, claims=claims,
      notes=["Stored text (a chunk) of a Việt Nam Hội nhập page as returned by the search tool's 'pages' corpus; it ends mid-word.",
             "Same story as kinhtedothi-2025-ha-nam-dan-dau-ho-so-toan-trinh in other words; here no year is written, so doc_date and every period are null.",
             "The 15 units 'thấp dưới 10%' are listed in the sentence after the value: one claim per unit, evidence covering both sentences; the group itself is a 'group' claim (not scored).",
             "'Bộ Tài Chính, Bộ Tư pháp' follow Bộ Công thương without a value: no claim."])
