"""PERCENT: case tables (seeds, real documents, spec examples) and a negative table."""

from __future__ import annotations

import pytest
from helpers import ents, subset

# (text, expected span, expected value subset)
SEEDS = [
    (
        "Tỷ lệ dịch vụ công trực tuyến mức 4 được cung cấp trên cả nước mới đạt 37,43%.",
        "37,43%",
        {"value": 37.43, "qualifier": "exact"},
    ),
    (
        "Đưa tối thiểu 30% dịch vụ công trực tuyến mức độ 3, 4 lên Cổng",
        "tối thiểu 30%",
        {"value": 30.0, "qualifier": "at_least"},
    ),
    ("đặc biệt là hơn 97% dịch vụ công đủ điều kiện", "hơn 97%", {"value": 97.0, "qualifier": "more_than"}),
    (
        "với tỷ lệ đạt được từ 55,25% đến 86,80%.",
        "từ 55,25% đến 86,80%",
        {"low": 55.25, "high": 86.8, "qualifier": "range", "value": None},
    ),
    ("rất thấp, chỉ từ 2,72% đến 5,76%.", "từ 2,72% đến 5,76%", {"low": 2.72, "high": 5.76, "qualifier": "range"}),
    ("mới đạt gần 25%", "gần 25%", {"value": 25.0, "qualifier": "approx"}),
    ("đạt tối thiểu 45% - 50%;", "tối thiểu 45% - 50%", {"low": 45.0, "high": 50.0, "qualifier": "range"}),
    ("tối thiểu đạt 25% - 30%.", "25% - 30%", {"low": 25.0, "high": 30.0, "qualifier": "range"}),
    ("phải đạt từ 55% trở lên.", "từ 55% trở lên", {"value": 55.0, "qualifier": "at_least"}),
    ("05 bộ, 22 tỉnh đạt tỉ lệ còn ít hơn 10%", "ít hơn 10%", {"value": 10.0, "qualifier": "less_than"}),
    ("14 | Bộ Nông nghiệp và Phát triển nông thôn | 8,0% |", "8,0%", {"value": 8.0}),
    ("63 | Cao Bằng | 0,87% |", "0,87%", {"value": 0.87}),
    ("chiếm gần 5%;", "gần 5%", {"value": 5.0, "qualifier": "approx"}),
    ("từ 10,86% trong năm 2019 lên đạt 31%", "10,86%", {"value": 10.86, "qualifier": "exact"}),
    ("áp dụng giảm 50% lệ phí", "50%", {"value": 50.0}),
]

REAL = [
    ("(2) Ít nhất 85% người hưởng trợ cấp", "Ít nhất 85%", {"value": 85.0, "qualifier": "at_least"}),
    ("khen thưởng (tỷ lệ không quá 10% tập thể", "không quá 10%", {"value": 10.0, "qualifier": "at_most"}),
    ("không dùng tiền mặt từ 88% trở lên.", "từ 88% trở lên", {"value": 88.0, "qualifier": "at_least"}),
    ("Từ 88 - 90% cộng 02 điểm", "Từ 88 - 90%", {"low": 88.0, "high": 90.0, "qualifier": "range"}),
    ("từ 90-95% cộng 03 điểm", "từ 90-95%", {"low": 90.0, "high": 95.0, "qualifier": "range"}),
    ("Tăng trưởng kinh tế 9 tháng của Tỉnh ước đạt 8,19%,", "8,19%", {"value": 8.19}),
    ("kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2,0 %", "2,0 %", {"value": 2.0}),
    ("thu ngân sách bằng 117,6% dự toán", "117,6%", {"value": 117.6}),
    ("đảm bảo tối thiểu 80% hồ sơ giải quyết TTHC", "tối thiểu 80%", {"value": 80.0, "qualifier": "at_least"}),
    ("Giảm 30% phí, lệ phí đăng ký xe", "30%", {"value": 30.0}),
]

# real documents (dev corpus, 2025): distributed qualifiers, targets in parentheses, table cells
DEV = [
    ("khen thưởng (tỷ lệ không quá 10% tập thể, 5% cá\nnhân đối tượng", "5%", {"value": 5.0, "qualifier": "at_most"}),
    (
        "giảm ít nhất 30% thời gian giải quyết của các TTHC, 30% chi phí tuân thủ TTHC",
        "30%",
        {"value": 30.0, "qualifier": "at_least"},
    ),
    (
        "phấn đấu tăng trưởng kinh tế vượt mục tiêu Chính phủ giao (10%); tăng thu",
        "10%",
        {"value": 10.0, "qualifier": "more_than"},
    ),
    (
        "| 8 | Tỉ lệ đóng góp (TFP) | % | ≥ 55 | Bộ Tài chính |\n| 9 | Tỉ trọng | % | > 60 | Bộ KH&CN |",
        "≥ 55",
        {"value": 55.0, "qualifier": "at_least"},
    ),
    (
        "| 8 | Tỉ lệ đóng góp (TFP) | % | ≥ 55 | Bộ Tài chính |\n| 9 | Tỉ trọng | % | > 60 | Bộ KH&CN |",
        "> 60",
        {"value": 60.0, "qualifier": "more_than"},
    ),
    (
        "| 10 | Quy mô kinh tế số | % GDP | ≥ 30 | Bộ KH&CN |\n| 11 | Kinh phí R&D | % GDP | 2 | Bộ KH&CN |",
        "2",
        {"value": 2.0, "qualifier": "exact"},
    ),
    (
        "| TT | Tỉnh | Tỷ lệ (%) |\n| 1 | Hà Nội | 36,5 |\n| 2 | Huế | 54 |",
        "36,5",
        {"value": 36.5, "qualifier": "exact"},
    ),
    ("từ 95- dưới 100% cộng 04 điểm", "từ 95- dưới 100%", {"low": 95.0, "high": 100.0, "qualifier": "range"}),
    ("số hóa **100%** hồ sơ", "100%", {"value": 100.0, "qualifier": "exact"}),
]

# held-out official documents (2025), rewritten with other numbers: qualifiers broken by the line
# wrap of hard-wrapped text, a decimal comma followed by a stray space, a decimal point in a
# document that writes decimal commas elsewhere
HELDOUT = [
    ("cắt giảm tối\nthiểu 30% thời gian thực hiện", "tối\nthiểu 30%", {"value": 30.0, "qualifier": "at_least"}),
    ("ứng dụng công nghệ số đạt ít\nnhất 45%", "ít\nnhất 45%", {"value": 45.0, "qualifier": "at_least"}),
    ("chi phí không\nvượt quá 15%", "không\nvượt quá 15%", {"value": 15.0, "qualifier": "at_most"}),
    ("Quảng Trị\n(80, 68%), Lạng Sơn (76,29%)", "80, 68%", {"value": 80.68, "qualifier": "exact"}),
    ("Cao Bằng (7, 5%)", "7, 5%", {"value": 7.5, "qualifier": "exact"}),
    ("Tỷ lệ chung đạt 85,5%; Cà Mau 99.4%", "99.4%", {"value": 99.4, "qualifier": "exact"}),
]

SPEC = [
    ("tỷ lệ đạt 25 phần trăm", "25 phần trăm", {"value": 25.0}),
    ("khoảng 40%", "khoảng 40%", {"value": 40.0, "qualifier": "approx"}),
    ("xấp xỉ 12,5%", "xấp xỉ 12,5%", {"value": 12.5, "qualifier": "approx"}),
    ("vượt 70%", "vượt 70%", {"value": 70.0, "qualifier": "more_than"}),
    ("dưới 5%", "dưới 5%", {"value": 5.0, "qualifier": "less_than"}),
    ("chưa đến 3%", "chưa đến 3%", {"value": 3.0, "qualifier": "less_than"}),
    ("không dưới 60%", "không dưới 60%", {"value": 60.0, "qualifier": "at_least"}),
    ("tối đa 15%", "tối đa 15%", {"value": 15.0, "qualifier": "at_most"}),
    ("không vượt quá 20%", "không vượt quá 20%", {"value": 20.0, "qualifier": "at_most"}),
    ("45%–50%", "45%–50%", {"low": 45.0, "high": 50.0, "qualifier": "range"}),
    ("55% trở lên", "55% trở lên", {"value": 55.0, "qualifier": "at_least"}),
    ("đạt 1.234,5%", "1.234,5%", {"value": 1234.5}),
]


@pytest.mark.parametrize(
    "text,span,value",
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEEDS)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL)]
    + [pytest.param(*c, id=f"spec-{i}") for i, c in enumerate(SPEC)]
    + [pytest.param(*c, id=f"dev-{i}") for i, c in enumerate(DEV)]
    + [pytest.param(*c, id=f"heldout-{i}") for i, c in enumerate(HELDOUT)],
)
def test_percent(text, span, value):
    found = ents(text, "PERCENT")
    assert any(t == span and subset(v, value) for t, v in found), found


NEGATIVE = [
    pytest.param("mức độ 3, 4", id="levels"),
    pytest.param("1/2 số tỉnh", id="fraction"),
    pytest.param("năm 2020 có 1.865 thủ tục", id="counts"),
    pytest.param("Công văn 3485/BTTTT-THH", id="doc-number"),
    pytest.param("COVID-19 lan rộng", id="covid"),
    pytest.param("%%%%", id="percent-signs"),
    pytest.param("ngày 21/7/2021", id="date"),
    pytest.param("| TT | Tỉnh | Số hồ sơ |\n| 1 | Hà Nội | 36 |\n| 2 | Huế | 54 |", id="table-without-percent-unit"),
    pytest.param(
        "| TT | Tỉnh | Số hồ sơ (%) |\n| 1 | Hà Nội | 3.600 |\n| 2 | Huế | 5.400 |", id="percent-column-count"
    ),
    pytest.param(
        "| TT | Tỉnh | Tỷ lệ (%) |\n| 1 | Hà Nội | - |\n| 2 | Huế | Đang cập nhật |", id="percent-column-no-number"
    ),
    pytest.param(
        "(Đơn vị tính: tỷ đồng)\n| TT | Tỉnh | Năm 2024 |\n| 1 | Hà Nội | 36 |\n| 2 | Huế | 54 |",
        id="unit-note-not-percent",
    ),
]


# "Đơn vị tính: %" over a statistical table: the bare numbers of its value columns are percentages
# (not the order column, not the years, not a count above 1000)
UNIT_NOTE = [
    pytest.param(
        "Bảng 1. Tỷ lệ hồ sơ trực tuyến\n(Đơn vị tính: %)\nTỉnh | Năm 2023 | Năm 2024 |\nHuế | 41 | 55,5 |\nHà Nam | 38 | 60 |",
        [("41", 41.0), ("55,5", 55.5), ("38", 38.0), ("60", 60.0)],
        id="style-gso-unit-line",
    ),
    pytest.param(
        "ĐVT: %\n| STT | Bộ, ngành | 2022 | 2023 |\n| 1 | Bộ Tư pháp | 12,4 | 30 |\n| 2 | Bộ Y tế | 8 | 21,75 |",
        [("12,4", 12.4), ("30", 30.0), ("8", 8.0), ("21,75", 21.75)],
        id="style-abbreviated-unit-line",
    ),
]


# the cells of a "(%)" column that carry a qualifier word or a range (annexes of plans)
CELLS = "| TT | Tỉnh | Tỷ lệ (%) |\n| 1 | Hà Nội | Trên 90 |\n| 2 | Huế | 80 - 90 |\n| 3 | Nam Định | ≥ 75,5 |\n"
CELLS += "| 4 | Ninh Bình | Tối thiểu 70 |\n| 5 | Hà Nam | Khoảng 60 |"
UNIT_NOTE.append(
    pytest.param(
        CELLS,
        [("Trên 90", 90.0), ("80 - 90", None), ("≥ 75,5", 75.5), ("Tối thiểu 70", 70.0), ("Khoảng 60", 60.0)],
        id="style-qualified-cells",
    )
)


UNIT_NOTE.append(
    pytest.param(  # a plan's indicator table: the unit cell "%" stands before a value per year
        "TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2030 | Cơ quan chủ trì |\n"
        "1 | Tỷ lệ hồ sơ trực tuyến toàn trình | % | 60 | 90 | Sở Nội vụ |\n"
        "2 | Số doanh nghiệp công nghệ số | Doanh nghiệp | 500 | 1.000 | Sở KH&CN |",
        [("60", 60.0), ("90", 90.0)],
        id="real-plan-unit-cell-year-columns",
    )
)


def test_qualified_and_range_cells():
    found = {t: (v["qualifier"], v["low"], v["high"]) for t, v in ents(CELLS, "PERCENT")}
    assert found["Trên 90"][0] == "more_than"
    assert found["80 - 90"] == ("range", 80.0, 90.0)
    assert found["Tối thiểu 70"][0] == "at_least"
    assert found["Khoảng 60"][0] == "approx"


def test_fullwidth_percent_sign():
    assert [(t, v["value"]) for t, v in ents("Đạt 45％ kế hoạch năm", "PERCENT")] == [("45％", 45.0)]


@pytest.mark.parametrize("text,expected", UNIT_NOTE)
def test_table_with_a_percent_unit_note(text, expected):
    assert [(t, v["value"]) for t, v in ents(text, "PERCENT")] == expected


def test_two_values_in_a_parenthesis_stay_two():
    found = ents("tỷ lệ (80%, 68%)", "PERCENT")
    assert [(t, v["value"]) for t, v in found] == [("80%", 80.0), ("68%", 68.0)]


# a Công điện's annex (cd-220 kind): the rate column is "Tỷ lệ thực hiện (%)" in the first of two
# header rows, over the seventh of eight body columns; the counts under "Số TTHC" and "Kết quả thực
# hiện" (cells spanning two sub-columns each) are no percentages; the total row lost its first cell
ANNEX = (
    "|\n**STT**\n|\n**Tỉnh**\n|\n**Số TTHC**\n|\n**Kết quả thực hiện**\n|\n**Tỷ lệ thực hiện\n(%)**\n|\n**Ghi chú**\n|\n"
    "|\n**Tổng số**\n|\n**Không phát sinh hồ sơ**\n|\n**Đã cung cấp**\n|\n**Chưa cung cấp**\n|\n"
    "|\n1.\n|\nHà Giang\n|\n120\n|\n-\n|\n96\n|\n24\n|\n80\n|\n|\n"
    "|\n2.\n|\nTP Hải Phòng\n|\n210\n|\n10\n|\n200\n|\n0\n|\n100\n|\nĐã hoàn thành\n|\n"
    "|\n3.\n|\nĐiện Biên\n|\n98\n|\n-\n|\n0\n|\n98\n|\n0\n|\n|\n"
    "|\n**Tổng số**\n|\n**428**\n|\n**10**\n|\n**296**\n|\n**122**\n|\n**69,16**\n|\n|\n"
)


def test_bare_numbers_under_a_grouped_percent_header():
    found = ents(ANNEX, "PERCENT")
    assert [(t, v["value"], v["qualifier"]) for t, v in found] == [
        ("80", 80.0, "exact"),
        ("100", 100.0, "exact"),
        ("0", 0.0, "exact"),
        ("69,16", 69.16, "exact"),
    ]


def test_decimal_point_told_apart_by_the_document():
    english = ents("tỷ lệ đạt 37.43% và 1.234%", "PERCENT")
    assert [(t, v["value"]) for t, v in english] == [("37.43%", 37.43), ("1.234%", 1.234)]
    vietnamese = ents("tỷ lệ đạt 99,5% và 1.234%", "PERCENT")
    assert [(t, v["value"]) for t, v in vietnamese] == [("99,5%", 99.5), ("1.234%", 1234.0)]


def test_coordinated_bare_percent_without_noun_stays_exact():
    found = ents("đạt gần 25% và 37,43%", "PERCENT")
    assert ("37,43%", "exact") in [(t, v["qualifier"]) for t, v in found]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_percent(text):
    assert ents(text, "PERCENT") == []
