from goldlib import E, C, V, build, pct, date, loc

SLUG = "cand-2020-12-viet-nam-tang-2-bac-chinh-phu-dien-tu"
NOW = ("Hiện", None, None)
VNL = loc("Việt Nam", None, "country")

ents = [
    E("LOCATION", "của [[Việt Nam]] cao hơn", VNL),
    E("LOCATION", "điện tử [[Việt Nam]] tăng", VNL),
    E("PERCENT", "Hiện [[100%]] bộ", pct(100)),
    E("PERCENT", "[[90,81%]]", pct(90.81)),
    E("PERCENT", "; [[100%]] các bộ", pct(100)),
    E("PERCENT", "[[10,76%]]", pct(10.76)),
    E("DATE", "[[năm 2019]]", date("2019-01-01", "2019-12-31", "year")),
    E("PERCENT", "[[30,1%]]", pct(30.1)),
    E("DATE", "vào [[tháng 12/2020]]", date("2020-12-01", "2020-12-31", "month")),
]
claims = [
    C(("Việt Nam", "country", "bộ, ngành địa phương"), ("bộ, ngành, địa phương kết nối, liên thông gửi, nhận văn bản điện tử với trục liên thông văn bản quốc gia", "other"),
      V(100), "achieved", NOW,
      "Hiện 100% bộ, ngành địa phương đã kết nối, liên thông gửi, nhận văn bản điện tử với trục liên thông văn bản quốc gia"),
    C(("Việt Nam", "country", "toàn quốc"), ("tỷ lệ trao đổi văn bản dưới dạng điện tử", "other"), V(90.81), "achieved", NOW,
      "tỷ lệ trao đổi văn bản dưới dạng điện tử trên toàn quốc có tỷ lệ cao, đạt 90,81%"),
    C(("Việt Nam", "country", "các bộ, ngành địa phương"), ("bộ, ngành, địa phương xây dựng nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh", "other"),
      V(100), "achieved", NOW, "100% các bộ, ngành địa phương xây dựng nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh"),
    C(("Việt Nam", "country", None), ("tỷ lệ dịch vụ công trực tuyến mức độ 4", "dvc_level4_rate"), V(10.76), "achieved",
      ("năm 2019", "2019-01-01", "2019-12-31"),
      "Tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng khoảng 3 lần, từ 10,76% năm 2019 lên 30,1% vào tháng 12/2020."),
    C(("Việt Nam", "country", None), ("tỷ lệ dịch vụ công trực tuyến mức độ 4", "dvc_level4_rate"), V(30.1), "achieved",
      ("vào tháng 12/2020", "2020-12-01", "2020-12-31"),
      "Tỷ lệ dịch vụ công trực tuyến mức độ 4 tăng khoảng 3 lần, từ 10,76% năm 2019 lên 30,1% vào tháng 12/2020."),
]
build(SLUG, doc_date="2020-12-31",
      doc_date_note="no byline in the stored text; the latest date it states is 'tháng 12/2020', so the article is from December 2020 or later; day unknown",
      entities=ents, claims=claims,
      notes=["Stored text (a chunk) of a Công an nhân dân (cand.com.vn) page as returned by the search tool's 'pages' corpus: it starts after the headline/lead, ends with the byline 'H.Thanh'.",
             "'86/193', '23/47', '6/11' are ranks (position/total), not dates or fractions to annotate.",
             "'từ 10,76% năm 2019 lên 30,1%' is a change between two levels, not a range: two PERCENT entities and two level claims; 'tăng khoảng 3 lần' is not a percentage.",
             "'Hiện' (now) claims are as of the document date, whose day is unknown: period end left null (not asserted).",
             "'100% bộ, ngành địa phương' as a whole -> subject Việt Nam (spec section 3)."])
