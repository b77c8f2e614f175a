"""QUANTITY: case tables (seeds, dev corpus, a real report, forms) and a negative table.

Rows marked ``real`` quote the draft review report of the Ministry of Industry and Trade on
e-commerce (``shared/corpus/pdf/bc-bct-2025-06-du-thao-tong-ket-tmdt-textlayer-table.pdf``,
text layer, 2025); ``dev`` rows quote the dev corpus (``tests/data/dev/raw``).
"""

from __future__ import annotations

import pytest
from helpers import ents, subset

# (text, expected span, expected value subset)
SEEDS = [
    ("Theo thống kê, vẫn còn 25 Bộ, tỉnh chưa ban hành kế hoạch", "25 Bộ, tỉnh", {"value": 25.0, "unit": "Bộ, tỉnh"}),
    ("Top 5 địa phương có tỷ lệ DVCTT phát sinh hồ sơ", "5 địa phương", {"value": 5.0, "unit": "địa phương"}),
    ("Bắc Kạn, Đắc Nông là 5 tỉnh, thành phố có tỷ lệ", "5 tỉnh, thành phố", {"unit": "tỉnh, thành phố"}),
    ("giảm 50% lệ phí sử dụng DVCTT mức cao với 6 loại lệ phí dịch vụ", "6 loại lệ phí", {"value": 6.0}),
    ("giảm 50% mức thu với 8 loại phí, 5 loại lệ phí cho", "8 loại phí", {"value": 8.0, "unit": "loại phí"}),
    ("giảm 50% mức thu với 8 loại phí, 5 loại lệ phí cho", "5 loại lệ phí", {"value": 5.0, "unit": "loại lệ phí"}),
    ("giải quyết thủ tục hành chính cho 27 sở, ban, ngành và UBND", "27 sở, ban, ngành", {"value": 27.0}),
    ("trung bình cả nước đạt 17,97%; đặc biệt 05 bộ, 22 tỉnh đạt tỉ lệ", "05 bộ", {"value": 5.0, "unit": "bộ"}),
    ("trung bình cả nước đạt 17,97%; đặc biệt 05 bộ, 22 tỉnh đạt tỉ lệ", "22 tỉnh", {"value": 22.0, "unit": "tỉnh"}),
    (
        "Cổng dịch vụ công tỉnh Quảng Ninh đã tích hợp 1.865 thủ tục hành chính.",
        "1.865 thủ tục hành chính",
        {"value": 1865.0, "unit": "thủ tục hành chính", "qualifier": "exact"},
    ),
    ("Trong 1.678 dịch vụ công mức 3, 4 đã được", "1.678 dịch vụ công", {"value": 1678.0}),
    (
        "tỉnh Quảng Ninh cung cấp là hơn 1.600 dịch vụ (Ảnh",
        "hơn 1.600 dịch vụ",
        {"value": 1600.0, "qualifier": "more_than"},
    ),
    ("sẽ cung cấp thêm 781 dịch vụ công mức 4, gồm 749 dịch vụ cấp sở", "781 dịch vụ công", {"value": 781.0}),
    ("Đặc biệt, có 3 cơ quan bộ, ngành là Bộ TT&TT", "3 cơ quan", {"value": 3.0, "unit": "cơ quan"}),
    ("Bảo hiểm xã hội Việt Nam cùng 2 tỉnh, thành phố gồm Bến Tre", "2 tỉnh, thành phố", {"value": 2.0}),
]

DEV = [
    ("Thời gian thi đua chia thành\n02 đợt:", "02 đợt", {"value": 2.0, "unit": "đợt"}),
    ("trung trong 10 ngày làm việc (từ ngày 20 tháng 11", "10 ngày làm việc", {"value": 10.0, "unit": "ngày làm việc"}),
    (
        "Nếu\ncó từ 02 địa phương trở lên có tổng số điểm bằng nhau",
        "từ 02 địa phương trở lên",
        {"value": 2.0, "unit": "địa phương", "qualifier": "at_least"},
    ),
    ("sẽ kiểm tra thực tế, ngẫu nhiên 50 người đang nhận trợ cấp", "50 người", {"value": 50.0, "unit": "người"}),
    ("từ ngân sách nhà nước thì chấm 0,4 điểm,", "0,4 điểm", {"value": 0.4, "unit": "điểm"}),
    ("một năm tiết kiệm cho xã hội ~\n100 tỷ đồng; giảm được", "100 tỷ đồng", {"value": 1e11, "unit": "đồng"}),
    ("giảm được khoảng 6 lần đi lại cho công dân", "khoảng 6 lần", {"value": 6.0, "qualifier": "approx"}),
    ("thuộc nhóm 10 địa\nphương có số thu cao nhất", "10 địa\nphương", {"value": 10.0, "unit": "địa phương"}),
    ("được bố trí hợp lý (trung bình 64\nngười/xã)", "64\nngười", {"value": 64.0, "unit": "người"}),
    ("(khoảng 1.500 tỷ đồng) từ nguồn vốn", "khoảng 1.500 tỷ đồng", {"value": 1.5e12, "qualifier": "approx"}),
    (
        "thu ngân sách 10 tháng ước đạt 47,5 nghìn tỷ đồng, bằng",
        "47,5 nghìn tỷ đồng",
        {"value": 4.75e13, "unit": "đồng"},
    ),
    ("vốn đầu tư FDI đạt 1.219,11 triệu USD, tăng", "1.219,11 triệu USD", {"value": 1219110000.0, "unit": "USD"}),
    ("sau hơn 04 tháng hoạt động cơ bản", "hơn 04 tháng", {"value": 4.0, "unit": "tháng", "qualifier": "more_than"}),
    ("Giấy phép lái xe từ 07 ngày làm việc xuống còn 4,5 ngày làm việc", "4,5 ngày làm việc", {"value": 4.5}),
]

REAL = [
    ("quy mô TMĐT bán lẻ ước đạt\n25 tỷ USD vào năm 2024.", "25 tỷ USD", {"value": 2.5e10, "unit": "USD"}),
    ("doanh thu từ TMĐT bán lẻ đạt hơn 25\ntỷ USD, chiếm 10%", "hơn 25\ntỷ USD", {"qualifier": "more_than"}),
    ("17\nBộ và 49 tỉnh, thành phố trực thuộc trung ương", "49 tỉnh, thành phố", {"value": 49.0}),
    (
        "với sự tham dự của hơn 100 doanh nghiệp có ý kiến",
        "hơn 100 doanh nghiệp",
        {"value": 100.0, "unit": "doanh nghiệp"},
    ),
    ("Bộ Công Thương đã đăng tải công khai 5 bộ tài liệu\nliên quan", "5 bộ tài liệu", {"unit": "bộ tài liệu"}),
    ("doanh thu TMĐT B2C chỉ xấp xỉ 2 tỷ\nUSD).", "xấp xỉ 2 tỷ\nUSD", {"value": 2e9, "qualifier": "approx"}),
    ("ước tính đạt 49 triệu người, với giá trị mua sắm", "49 triệu người", {"value": 49e6, "unit": "người"}),
    ("ngăn chặn vi phạm pháp luật trong\nvòng 24 giờ khi có yêu cầu", "24 giờ", {"value": 24.0, "unit": "giờ"}),
    ("hoặc có trên\n100.000 lượt giao dịch từ Việt Nam", "trên\n100.000 lượt giao dịch", {"qualifier": "more_than"}),
    (
        "chi phối từ 01 doanh nghiệp trở lên thuộc nhóm",
        "từ 01 doanh nghiệp trở lên",
        {"value": 1.0, "qualifier": "at_least"},
    ),
    ("đào tạo cho cán bộ quản lý nhà nước tại 63 tỉnh/thành phố", "63 tỉnh/thành phố", {"value": 63.0}),
    ("thiết lập đường dây\nnóng, với 10 cán bộ trực tiếp trả lời", "10 cán bộ", {"value": 10.0, "unit": "cán bộ"}),
    ("23 lớp cho khoảng 7.500 người.", "khoảng 7.500 người", {"value": 7500.0, "qualifier": "approx"}),
    ("từ\n7.286 tài khoản lên tới 89.548 tài khoản", "89.548 tài khoản", {"value": 89548.0, "unit": "tài khoản"}),
    ("đã tăng từ 3.470 nền tảng vào năm 2014", "3.470 nền tảng", {"value": 3470.0, "unit": "nền tảng"}),
    ("tiếp nhận và xử lý khoảng hơn 200 kiến nghị, các nội dung", "hơn 200 kiến nghị", {"value": 200.0}),
]

FORMS = [
    ("đã tiếp nhận 1,5 triệu hồ sơ trực tuyến", "1,5 triệu hồ sơ trực tuyến", {"value": 1.5e6}),
    ("có gần 300 thủ tục hành chính", "gần 300 thủ tục hành chính", {"qualifier": "approx"}),
    ("tối thiểu 20 hồ sơ mỗi ngày", "tối thiểu 20 hồ sơ", {"qualifier": "at_least"}),
    ("không quá 3 lần", "không quá 3 lần", {"value": 3.0, "qualifier": "at_most"}),
    ("cắt giảm 253.000 TTHC", "253.000 TTHC", {"value": 253000.0, "unit": "TTHC"}),
]


@pytest.mark.parametrize(
    "text,span,value",
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEEDS)]
    + [pytest.param(*c, id=f"dev-{i}") for i, c in enumerate(DEV)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL)]
    + [pytest.param(*c, id=f"form-{i}") for i, c in enumerate(FORMS)],
)
def test_quantity(text, span, value):
    found = ents(text, "QUANTITY")
    assert any(t == span and subset(v, value) for t, v in found), found


NEGATIVE = [
    pytest.param("Điều 5 của Nghị định", id="article"),
    pytest.param("năm 2020 có hiệu lực", id="year"),
    pytest.param("đạt 37,43%", id="percent"),
    pytest.param("Công văn 3485/BTTTT-THH", id="doc-number"),
    pytest.param("ngày 21/7/2021", id="date"),
    pytest.param("dịch vụ công mức 3, 4", id="levels"),
    pytest.param("2022 2023 2024\nTháng 1 163 21.703\nTháng 2 953 13.125", id="table-years-months"),
    pytest.param("(2,5 - 5,5 tỷ đồng/xã, phường)", id="range-upper-bound"),
    pytest.param("xếp thứ 5 tỉnh", id="rank"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_quantity(text):
    assert ents(text, "QUANTITY") == []


def test_year_to_date_period_is_a_date_not_a_quantity():
    text = "Tăng trưởng kinh tế 9 tháng của Tỉnh ước đạt 8,19%"
    assert ents(text, "QUANTITY", doc_date="2025-11-22") == []
    assert ents(text, "DATE", doc_date="2025-11-22")[0][0] == "9 tháng"
