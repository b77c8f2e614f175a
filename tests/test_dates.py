"""DATE: case tables with resolved intervals, and a negative table."""

from __future__ import annotations

import pytest
from helpers import ents, subset

# (text, doc_date, expected span, expected value subset)
SEEDS = [
    (
        "Ngày 21/7/2021, Bộ TT&TT vừa ban hành",
        None,
        "Ngày 21/7/2021",
        {"start": "2021-07-21", "end": "2021-07-21", "grain": "day"},
    ),
    ("ĐỖ HUYỀN 11/10/2020 18:49", None, "11/10/2020", {"start": "2020-10-11", "grain": "day"}),
    ("lên Cổng dịch vụ công Quốc gia trước 30/11", "2020-10-11", "30/11", {"start": "2020-11-30", "end": "2020-11-30"}),
    (
        "Nghị quyết phiên họp Chính phủ thường kỳ tháng 9/2020.",
        None,
        "tháng 9/2020",
        {"start": "2020-09-01", "end": "2020-09-30", "grain": "month"},
    ),
    (
        "Nghị quyết phiên họp thường kỳ tháng 9 yêu cầu",
        "2020-10-11",
        "tháng 9",
        {"start": "2020-09-01", "end": "2020-09-30"},
    ),
    (
        "hoàn thành trong tháng 10 năm 2020 và kết nối",
        None,
        "tháng 10 năm 2020",
        {"start": "2020-10-01", "end": "2020-10-31", "grain": "month"},
    ),
    ("Hà Nội, ngày 10 tháng 9 năm 2020", None, "ngày 10 tháng 9 năm 2020", {"start": "2020-09-10", "grain": "day"}),
    ("Ngày ban hành: | 10/09/2020 |", None, "10/09/2020", {"start": "2020-09-10"}),
    (
        "giai đoạn 2019 - 2020, định hướng",
        None,
        "giai đoạn 2019 - 2020",
        {"start": "2019-01-01", "end": "2020-12-31", "grain": "period"},
    ),
    (
        "trung bình 4 tháng đầu năm mới đạt",
        "2022-04-30",
        "4 tháng đầu năm",
        {"start": "2022-01-01", "end": "2022-04-30", "grain": "period"},
    ),
    ("Trong 4 tháng đầu năm 2021, tổng số", None, "4 tháng đầu năm 2021", {"start": "2021-01-01", "end": "2021-04-30"}),
    ("từ ngày 1/1 đến hết ngày 30/4 cho thấy", "2022-04-30", "ngày 1/1", {"start": "2022-01-01"}),
    ("từ ngày 1/1 đến hết ngày 30/4 cho thấy", "2022-04-30", "ngày 30/4", {"start": "2022-04-30"}),
    (
        "trong năm ngoái, TP.HCM đã áp dụng",
        "2022-04-30",
        "năm ngoái",
        {"start": "2021-01-01", "end": "2021-12-31", "grain": "year"},
    ),
    ("trong năm nay, Quảng Nam áp dụng", "2022-04-30", "năm nay", {"start": "2022-01-01", "end": "2022-12-31"}),
    (
        "vào trung tuần tháng 2, UBND tỉnh này",
        "2022-04-30",
        "trung tuần tháng 2",
        {"start": "2022-02-11", "end": "2022-02-20", "grain": "period"},
    ),
    ("Gần đây nhất, ngày 15/4, UBND tỉnh", "2022-04-30", "ngày 15/4", {"start": "2022-04-15"}),
    (
        "từ đầu tháng 6/2021, tổng số",
        None,
        "đầu tháng 6/2021",
        {"start": "2021-06-01", "end": "2021-06-10", "grain": "period"},
    ),
    ("đi vào hoạt động từ tháng 7/2016", None, "tháng 7/2016", {"start": "2016-07-01", "end": "2016-07-31"}),
    ("Cụ thể, năm 2017 - thời điểm", None, "năm 2017", {"start": "2017-01-01", "end": "2017-12-31", "grain": "year"}),
    ("Công văn 3485/BTTTT-THH 2020 đẩy nhanh", None, "2020", {"start": "2020-01-01", "end": "2020-12-31"}),
    ("đến năm 2025, định hướng đến năm 2030", None, "năm 2030", {"start": "2030-01-01"}),
]

FORMS = [
    ("quý I/2024", None, "quý I/2024", {"start": "2024-01-01", "end": "2024-03-31", "grain": "quarter"}),
    ("quý 3 năm 2022", None, "quý 3 năm 2022", {"start": "2022-07-01", "end": "2022-09-30"}),
    ("quý IV năm 2023", None, "quý IV năm 2023", {"start": "2023-10-01", "end": "2023-12-31"}),
    ("6 tháng cuối năm", "2021-03-01", "6 tháng cuối năm", {"start": "2021-07-01", "end": "2021-12-31"}),
    ("9 tháng năm 2025", None, "9 tháng năm 2025", {"start": "2025-01-01", "end": "2025-09-30"}),
    ("cuối năm 2020", None, "cuối năm 2020", {"start": "2020-10-01", "end": "2020-12-31", "grain": "period"}),
    ("giai đoạn 2021-2025", None, "giai đoạn 2021-2025", {"start": "2021-01-01", "end": "2025-12-31"}),
    ("từ năm 2019 đến năm 2020", None, "từ năm 2019 đến năm 2020", {"start": "2019-01-01", "end": "2020-12-31"}),
    ("năm trước", "2022-05-01", "năm trước", {"start": "2021-01-01"}),
    ("tháng trước", "2022-05-15", "tháng trước", {"start": "2022-04-01", "end": "2022-04-30"}),
    ("ngày 29/2/2024", None, "ngày 29/2/2024", {"start": "2024-02-29"}),
    ("hạ tuần tháng 2/2023", None, "hạ tuần tháng 2/2023", {"start": "2023-02-21", "end": "2023-02-28"}),
    ("ngày 31 tháng 10 năm 2025", None, "ngày 31 tháng 10 năm 2025", {"start": "2025-10-31"}),
    ("nửa đầu năm 2024", None, "nửa đầu năm 2024", {"start": "2024-01-01", "end": "2024-06-30"}),
]


# real documents (dev corpus, 2025 official letters and explainers)
REAL = [
    (
        "Từ ngày 08 đến ngày 09 tháng 11 năm 2025 tại Thanh Hóa",
        None,
        "ngày 08",
        {"start": "2025-11-08", "end": "2025-11-08", "grain": "day"},
    ),
    (
        "trong 03 ngày làm việc (từ ngày 08 đến ngày 10 tháng 12 năm 2025)",
        None,
        "ngày 10 tháng 12 năm 2025",
        {"start": "2025-12-10"},
    ),
    ("gửi Bộ Tư pháp trước ngày 25 hằng tháng để tổng hợp", "2025-02-07", "ngày 25 hằng tháng", {"start": None}),
    (
        "Tăng trưởng kinh tế 9 tháng của Tỉnh ước đạt 8,19%",
        "2025-11-22",
        "9 tháng",
        {"start": "2025-01-01", "end": "2025-09-30", "grain": "period"},
    ),
    ("sản xuất công nghiệp tăng trưởng cao, 10 tháng tăng 15,55%", "2025-11-22", "10 tháng", {"end": "2025-10-31"}),
    ("lũy kế 10 tháng tổng mức bán lẻ hàng hóa", "2025-11-24", "10 tháng", {"start": "2025-01-01"}),
    ("Tình hình kinh tế - xã hội 10 tháng cơ bản ổn định", "2025-11-24", "10 tháng", {"end": "2025-10-31"}),
    (
        "02\ntháng cuối năm 2025 và những tháng đầu năm 2026 theo",
        None,
        "những tháng đầu năm 2026",
        {"start": "2026-01-01", "grain": "period"},
    ),
    ("02\ntháng cuối năm 2025 và", None, "02\ntháng cuối năm 2025", {"start": "2025-11-01", "end": "2025-12-31"}),
    (
        "Chính phủ, Thủ tướng Chính phủ trong tháng 12 năm 2025.\n\n2. Về dự án",
        None,
        "tháng 12 năm 2025",
        {"start": "2025-12-01", "end": "2025-12-31", "grain": "month"},
    ),
    ("Quý I năm 2026", None, "Quý I năm 2026", {"start": "2026-01-01", "end": "2026-03-31", "grain": "quarter"}),
    ("nhiệm kỳ 2021-2025", None, "nhiệm kỳ 2021-2025", {"start": "2021-01-01", "end": "2025-12-31"}),
    ("ngày\n12/6/2025", None, "ngày\n12/6/2025", {"start": "2025-06-12"}),
    ("ngày 18 tháng 01\nnăm 2024", None, "ngày 18 tháng 01\nnăm 2024", {"start": "2024-01-18"}),
]

# held-out documents (tests/data/heldout) and their neighbours, written after them
HELDOUT = [
    # a deadline column's span of years (qd-2629) is the whole span
    ("|\nNăm 2025-2030\n|", None, "Năm 2025-2030", {"start": "2025-01-01", "end": "2030-12-31", "grain": "period"}),
    ("hoàn thành trong năm 2026 - 2027", None, "năm 2026 - 2027", {"start": "2026-01-01", "end": "2027-12-31"}),
    ("Kế hoạch đầu tư công trung hạn 2026-2030:", None, "2026-2030", {"start": "2026-01-01", "end": "2030-12-31"}),
    # "Quí" spelling and a hyphen before the year (kh-617)
    ("|\nQuí IV-2025\n|", None, "Quí IV-2025", {"start": "2025-10-01", "end": "2025-12-31", "grain": "quarter"}),
    ("trong quý II-2024 sẽ", None, "quý II-2024", {"start": "2024-04-01", "end": "2024-06-30"}),
    ("quí 3/2023", None, "quí 3/2023", {"start": "2023-07-01", "end": "2023-09-30"}),
    # bare years coordinated after a year, or after a horizon word (cd-220, ct-012, kh-144)
    (
        "kinh doanh năm 2025 và 2026, các bộ",
        None,
        "2026",
        {"start": "2026-01-01", "end": "2026-12-31", "grain": "year"},
    ),
    ("trong các năm 2021, 2022 và 2023", None, "2022", {"start": "2022-01-01", "end": "2022-12-31"}),
    ("trong các năm 2021, 2022 và 2023", None, "2023", {"start": "2023-01-01", "end": "2023-12-31"}),
    ("công nghiệp công nghệ số Việt Nam đến 2030, tầm nhìn 2035 theo", None, "2030", {"start": "2030-01-01"}),
    ("công nghiệp công nghệ số Việt Nam đến 2030, tầm nhìn 2035 theo", None, "2035", {"end": "2035-12-31"}),
    ("Chiến lược phát triển định hướng 2045", None, "2045", {"start": "2045-01-01"}),
    # "từ A đến B" as one period (baodanang, kontum) and its neighbours
    (
        "tính từ đầu năm đến đầu tháng 11-2022, Đà Nẵng (67%)",
        None,
        "từ đầu năm đến đầu tháng 11-2022",
        {"start": "2022-01-01", "end": "2022-11-10", "grain": "period"},
    ),
    (
        "Trong quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023), các cơ quan",
        None,
        "từ ngày 15/12/2022 đến 14/3/2023",
        {"start": "2022-12-15", "end": "2023-03-14", "grain": "period"},
    ),
    ("từ đầu năm đến cuối tháng 9/2023, Lào Cai", None, "từ đầu năm đến cuối tháng 9/2023", {"end": "2023-09-30"}),
    ("từ ngày 01/3/2024 đến 30/6/2024", None, "từ ngày 01/3/2024 đến 30/6/2024", {"start": "2024-03-01"}),
    # two dates with their own lead words stay two; the first takes the second's year
    ("từ tháng 3 đến tháng 6/2024", "2025-12-01", "tháng 3", {"start": "2024-03-01", "end": "2024-03-31"}),
    ("từ tháng 11 đến tháng 2/2025", "2025-12-01", "tháng 11", {"start": "2024-11-01"}),
    # ISO dates of a web store's date line (thanhnien, vietnamnet)
    (
        " date 2020-08 Phát biểu kết luận",
        None,
        "2020-08",
        {"start": "2020-08-01", "end": "2020-08-31", "grain": "month"},
    ),
    (" date 2025-11-07 Cung cấp dịch vụ", None, "2025-11-07", {"start": "2025-11-07", "grain": "day"}),
    # days that come back every year (kh-617)
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm", "2025-12-01", "15/11", {"start": None, "end": None}),
    ("định kỳ trước ngày 01/6 và 15/11 hằng năm", "2025-12-01", "ngày 01/6", {"start": None, "end": None}),
    ("báo cáo trước ngày 15/6, 15/12 gửi Bộ", "2025-12-01", "15/12", {"start": "2025-12-15"}),
    # the next N years after the document's (qd-2629)
    (
        "tối thiểu 02% GDP trong 05 năm tiếp theo.",
        "2025-12-01",
        "05 năm tiếp theo",
        {"start": "2026-01-01", "end": "2030-12-31"},
    ),
    ("trong 3 năm tới, tỉnh", "2024-05-01", "3 năm tới", {"start": "2025-01-01", "end": "2027-12-31"}),
    # "năm qua" in a year-end report is the year ending (vneconomy, report of 22/12/2021)
    ("Trong năm qua, tỷ lệ đạt 68%", "2021-12-22", "năm qua", {"start": "2021-01-01", "end": "2021-12-31"}),
    ("Trong năm qua, tỷ lệ đạt 68%", "2022-01-15", "năm qua", {"start": "2021-01-01"}),
    ("Trong năm qua, tỷ lệ đạt 68%", "2022-06-15", "năm qua", {"start": "2021-01-01"}),
]

# heldout2 kinds (2017–2023 news, OCR'd letters) and their neighbours
HELDOUT2 = [
    # day.month in news (daibieunhandan: "diễn ra ngày 6.7.")
    (
        "nhiệm vụ 6 tháng cuối năm 2020 diễn ra ngày 6.7.",
        "2020-07-10",
        "ngày 6.7",
        {"start": "2020-07-06", "grain": "day"},
    ),
    ("Hội nghị khai mạc ngày 15.3 tại Hà Nội", "2021-03-20", "ngày 15.3", {"start": "2021-03-15"}),
    # a period from a date to the document's date
    ("từ năm 2018 đến nay, tỷ lệ", "2020-05-10", "từ năm 2018 đến nay", {"start": "2018-01-01", "end": "2020-05-10"}),
    (
        "Từ đầu năm đến nay, tỉnh Bắc Ninh đã",
        "2023-06-30",
        "Từ đầu năm đến nay",
        {"start": "2023-01-01", "end": "2023-06-30"},
    ),
    (
        "từ tháng 3/2019 đến hiện nay",
        "2021-01-05",
        "từ tháng 3/2019 đến hiện nay",
        {"start": "2019-03-01", "end": "2021-01-05"},
    ),
    ("từ năm 2018 đến nay", None, "từ năm 2018 đến nay", {"start": "2018-01-01", "end": None, "grain": "period"}),
    # a connective glued to the first date of a range
    (
        "từ ngày 21/7đến 20/8/2021 (tháng 8/2021)",
        None,
        "từ ngày 21/7đến 20/8/2021",
        {"start": "2021-07-21", "end": "2021-08-20"},
    ),
    ("từ ngày 01/01/2021đến ngày 30/6/2021", None, "ngày 01/01/2021", {"start": "2021-01-01"}),
    # a month lost by OCR: the day and year are certain, the month only from the document's date
    (
        "Phú Thọ, ngày 08 tháng năm 2022 QUYẾT ĐỊNH",
        None,
        "ngày 08 tháng năm 2022",
        {"start": "2022-01-01", "end": "2022-12-31", "grain": "year"},
    ),
    (
        "Lào Cai, ngày 15 tháng năm 2021",
        "2021-04-15",
        "ngày 15 tháng năm 2021",
        {"start": "2021-04-15", "grain": "day"},
    ),
    # bare years the context makes dates: a comparison, a yearly index, a person's life
    (
        "DTI cấp tỉnh năm 2021 là 0,4014, tăng 32,7% so với 2020;",
        None,
        "2020",
        {"start": "2020-01-01", "end": "2020-12-31"},
    ),
    ("có giá trị DTI 2021 đạt từ mức 0,5 trở lên", None, "2021", {"start": "2021-01-01", "grain": "year"}),
    ("Chỉ số PAR INDEX 2019 của tỉnh", None, "2019", {"start": "2019-01-01"}),
    # day-month with a hyphen (the press's style) and a bare year to the document's date
    ("Sáng ngày 6-7, Bộ TT&TT tổ chức hội nghị", "2020-07-10", "ngày 6-7", {"start": "2020-07-06", "grain": "day"}),
    ("từ 2018 đến nay, tỷ lệ tăng", "2020-05-10", "từ 2018 đến nay", {"start": "2018-01-01", "end": "2020-05-10"}),
    ("ngày 6-7 tháng 12", "2020-05-10", "ngày 6", {"start": "2020-12-06"}),
    ("kết quả trong tháng 7.2020 cho thấy", None, "tháng 7.2020", {"start": "2020-07-01", "end": "2020-07-31"}),
    ("Quý III.2020, tỷ lệ đạt", None, "Quý III.2020", {"start": "2020-07-01", "grain": "quarter"}),
    # bare years after a preposition of time, and a part of a year before a bare year
    ("từ 2016 đến 2020 tỷ lệ tăng", None, "từ 2016 đến 2020", {"start": "2016-01-01", "end": "2020-12-31"}),
    ("trước 2025 phải hoàn thành", None, "2025", {"start": "2025-01-01", "grain": "year"}),
    ("kể từ 2019, tỉnh đã", None, "2019", {"start": "2019-01-01"}),
    ("đến cuối 2020 đạt 30%", None, "cuối 2020", {"start": "2020-10-01", "end": "2020-12-31"}),
    ("nửa đầu 2022, tỉnh", None, "nửa đầu 2022", {"start": "2022-01-01", "end": "2022-06-30"}),
    ("Nhà ngoại giao Nguyễn Cơ Thạch (1921 - 1998)", None, "1921 - 1998", {"start": "1921-01-01", "end": "1998-12-31"}),
]


@pytest.mark.parametrize(
    "text,doc_date,span,value",
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEEDS)]
    + [pytest.param(*c, id=f"form-{i}") for i, c in enumerate(FORMS)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL)]
    + [pytest.param(*c, id=f"heldout-{i}") for i, c in enumerate(HELDOUT)]
    + [pytest.param(*c, id=f"heldout2-{i}") for i, c in enumerate(HELDOUT2)],
)
def test_date(text, doc_date, span, value):
    found = ents(text, "DATE", doc_date=doc_date)
    assert any(t == span and subset(v, value) for t, v in found), found


NEGATIVE = [
    pytest.param("đạt 37,43%", id="percent"),
    pytest.param("1/2 số tỉnh", id="fraction"),
    pytest.param("mức 3, 4", id="levels"),
    pytest.param("ngày 31/2/2021", id="impossible-31-feb"),
    pytest.param("tháng 13/2020", id="month-13"),
    pytest.param("Nghị định 15/2020/NĐ-CP", id="year-inside-doc-number"),
    pytest.param("trong 3 tháng", id="duration"),
    pytest.param("Sau 04 tháng vận hành, tổ chức", id="duration-after"),
    pytest.param("sau hơn 04 tháng hoạt động", id="duration-more-than"),
    pytest.param("số lượng chuyển tiền trợ cấp hàng tháng qua tài khoản", id="monthly-via"),
    pytest.param("trong những năm qua", id="recent-years"),
    pytest.param("năm học 2010-11", id="school-year-not-iso-month"),
    pytest.param("từ 1.500 đến 2030 hồ sơ", id="count-after-a-count-range"),
    pytest.param("mã hồ sơ 2021-12-0034", id="iso-like-code"),
    pytest.param("tổng đài 1900-2000", id="long-span-is-no-period"),
    pytest.param("đạt 2025 hồ sơ và 2026 lượt", id="bare-numbers-without-a-year-before"),
    pytest.param("Hôm nay:\n1\nTuần này:\n1\nTháng này:\n0\nTất cả:\n184152", id="visitor-counter-labels"),
    pytest.param("Có đến 5/9 huyện, thành phố đạt", id="fraction-of-districts-after-a-cue"),
    pytest.param("đến 63/63 tỉnh", id="fraction-of-provinces-after-a-cue"),
    pytest.param("ngày 1.000 hồ sơ", id="thousands-after-ngay"),
    pytest.param("so với 2.020 hồ sơ", id="count-after-a-comparison"),
    pytest.param("(1900 - 2050)", id="span-too-long-for-a-life"),
    pytest.param("giá tháng 12.000 đồng", id="month-word-before-a-thousands-number"),
    pytest.param("sau 2.020 lượt truy cập", id="count-with-thousands-dot-after-a-cue"),
    pytest.param("trước 2025% kế hoạch", id="percent-after-a-cue"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_date(text):
    assert ents(text, "DATE") == []


def test_two_dates_with_their_own_lead_words_stay_two():
    """Seed 002 "từ ngày 1/1 đến hết ngày 30/4": two dates, as the seed gold has them."""
    found = [t for t, _ in ents("từ ngày 1/1 đến hết ngày 30/4 cho thấy", "DATE", doc_date="2022-04-30")]
    assert found == ["ngày 1/1", "ngày 30/4"]


def test_partial_date_without_doc_date_has_null_interval():
    found = ents("trước 30/11", "DATE")
    assert found and found[0][1]["start"] is None
