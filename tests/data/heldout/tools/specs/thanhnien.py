from goldlib import E, C, V, build, pct, date

SLUG = "thanhnien-2020-08-chia-se-du-lieu-chinh-quyen-dien-tu"
PLAT = ("tỷ lệ bộ, tỉnh có nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, tỉnh", "other")

ents = [
    E("DATE", " date [[2020-08]] Phát", date("2020-08-01", "2020-08-31", "month")),
    E("DATE", "trong [[6 tháng qua]]", date(None, None, "period")),
    E("DATE", "([[tháng 2]] mới", date("2020-02-01", "2020-02-29", "month")),
    E("PERCENT", "[[27%]]", pct(27)),
    E("DATE", "đến [[tháng 7]] đã", date("2020-07-01", "2020-07-31", "month")),
    E("PERCENT", "[[82,6%]]", pct(82.6)),
    E("PERCENT", "[[khoảng 15,9%]]", pct(15.9, "approx")),
    E("DATE", "[[cùng kỳ năm trước]]", date(None, None, "period")),
]
claims = [
    C(("Việt Nam", "country", "bộ, tỉnh"), PLAT, V(27), "achieved", ("tháng 2", "2020-02-01", "2020-02-29"),
      "tháng 2 mới chỉ có 25 bộ, tỉnh có nền tảng tương ứng 27%"),
    C(("Việt Nam", "country", "bộ, tỉnh"), PLAT, V(82.6), "achieved", ("đến tháng 7", None, "2020-07-31"),
      "đến tháng 7 đã có 76 bộ, tỉnh có nền tảng, tương ứng 82,6%"),
    C(("Việt Nam", "country", None), ("tỷ lệ dịch vụ công trực tuyến mức độ 4 được cung cấp", "dvc_level4_rate"),
      V(15.9, "approx"), "achieved", ("Hiện nay", None, None),
      "Hiện nay, tỷ lệ dịch vụ công trực tuyến mức độ 4 được cung cấp khoảng 15,9%, tăng gấp đôi so với cùng kỳ năm trước..."),
]
build(SLUG, doc_date="2020-08-31",
      doc_date_note="the stored text opens with ' date 2020-08' (month precision, day unknown); nothing else dates it",
      entities=ents, claims=claims,
      notes=["Stored text (a chunk) of a Thanh Niên page as returned by the search tool's 'pages' corpus: it starts mid-article (' date 2020-08' is the store's date prefix).",
             "'Thủ tướng' alone names the person speaking (the Prime Minister), not an issuing authority: not an AGENCY here. 'chính phủ điện tử' is not the Government.",
             "'tháng 2' / 'tháng 7' take the year of the document (2020). 'đến tháng 7' is a 'tính đến' period (end only).",
             "'6 tháng qua' and 'cùng kỳ năm trước' are DATEs whose exact bounds the text does not give (values null).",
             "'tăng hơn 3 lần', 'tăng gấp đôi' are not percentages. 'Hiện nay' -> as of the document date, whose day is unknown: period end null (not asserted).",
             "The share of ministries/provinces with a data-sharing platform is national: subject Việt Nam, metric 'other'."])
