"""Claims: sentence → claims case tables (seeds and sentences in their style), negative table."""

from __future__ import annotations

import pytest
from helpers import claims

# (text, doc_date, expected claims as (subject, metric, value, qualifier, status, start, end))
SEEDS = [
    (
        "Tỷ lệ dịch vụ công trực tuyến mức 4 được cung cấp trên cả nước mới đạt 37,43%.",
        "2021-07-21",
        [("Việt Nam", "dvc_level4_rate", 37.43, "exact", "achieved", None, "2021-07-21")],
    ),
    (
        "Trong năm 2020, các bộ, ngành, địa phương đã làm được là nâng tỷ lệ DVCTT mức 4 từ 10,86% trong năm 2019 lên đạt 31%, vượt mục tiêu Chính phủ đề ra tại Nghị quyết 17.",
        "2021-07-21",
        [
            ("Việt Nam", "dvc_level4_rate", 10.86, "exact", "achieved", "2019-01-01", "2019-12-31"),
            ("Việt Nam", "dvc_level4_rate", 31.0, "exact", "achieved", "2020-01-01", "2020-12-31"),
        ],
    ),
    (
        "Nghị quyết phiên họp thường kỳ tháng 9 yêu cầu các bộ, ngành, địa phương chủ trì, phối hợp với Văn phòng Chính phủ phấn đấu hoàn thành mục tiêu tích hợp, cung cấp tối thiểu 30% dịch vụ công trực tuyến mức độ 3, 4 thuộc thẩm quyền giải quyết lên Cổng dịch vụ công quốc gia trước ngày 30/11/2020.",
        "2020-10-11",
        [("Việt Nam", "dvc_level34_portal_rate", 30.0, "at_least", "target", None, "2020-11-30")],
    ),
    (
        "Khẩn trương cung cấp dịch vụ công trực tuyến mức độ 4, ít nhất đạt mục tiêu 30% trong năm 2020;",
        "2020-10-11",
        [("Việt Nam", "dvc_level4_rate", 30.0, "at_least", "target", None, "2020-12-31")],
    ),
    (
        "Số liệu thống kê của Bộ TT&TT từ ngày 1/1 đến hết ngày 30/4 cho thấy, Top 5 địa phương có tỷ lệ DVCTT phát sinh nhiều hồ sơ trực tuyến là Quảng Ninh, TP.HCM, Lai Châu, Hòa Bình và Bắc Ninh, với tỷ lệ đạt được từ 55,25% đến 86,80%.",
        "2022-04-30",
        [
            (name, "dvc_with_online_dossiers_rate", (55.25, 86.8), "range", "achieved", "2022-01-01", "2022-04-30")
            for name in ("Quảng Ninh", "Hồ Chí Minh", "Lai Châu", "Hòa Bình", "Bắc Ninh")
        ],
    ),
    (
        "Tính đến tháng 4/2022, tỷ lệ hồ sơ trực tuyến trung bình của cả nước mới chỉ đạt 24,89%.",
        "2022-04-30",
        [("Việt Nam", "online_dossier_rate", 24.89, "exact", "achieved", None, "2022-04-30")],
    ),
    (
        "Cụ thể, để khuyến khích người dân, trong năm ngoái, TP.HCM đã áp dụng giảm 50% lệ phí sử dụng DVCTT mức cao với 6 loại lệ phí dịch vụ.",
        "2022-04-30",
        [("Hồ Chí Minh", "fee_reduction_rate", 50.0, "exact", "achieved", "2021-01-01", "2021-12-31")],
    ),
    (
        "Theo đó, trong năm 2022, cả 17 sở, ban, ngành và 10 UBND các huyện, thành phố của Hòa Bình cần đưa tỷ lệ hồ sơ được xử lý trực tuyến đạt 55%.",
        "2022-04-30",
        [("Hòa Bình", "online_dossier_rate", 55.0, "exact", "target", None, "2022-12-31")],
    ),
    (
        "Trong 1.678 dịch vụ công mức 3, 4 đã được cung cấp trên Cổng dịch vụ công tỉnh Quảng Ninh, số dịch vụ công mức 4 là 643, đạt tỷ lệ 35%.",
        "2021-06-10",
        [("Quảng Ninh", "dvc_level4_rate", 35.0, "exact", "achieved", None, "2021-06-10")],
    ),
    (
        "Với danh mục này, từ đầu tháng 6/2021, tổng số dịch vụ công tỉnh Quảng Ninh cung cấp trực tuyến mức 4 sẽ đạt 1.424, chiếm tỷ lệ 76%.",
        "2021-06-10",
        [("Quảng Ninh", "dvc_level4_rate", 76.0, "exact", "projected", "2021-06-01", None)],
    ),
    (
        "Tuy nhiên, đến tháng 8/2020, tỉ lệ dịch vụ công trực tuyến mức độ 4 vẫn còn rất thấp. Tỉ lệ dịch vụ công trực tuyến mức độ 4 trung bình cả nước đạt 17,97%; đặc biệt 05 bộ, 22 tỉnh đạt tỉ lệ còn ít hơn 10%.",
        "2020-09-10",
        [
            ("Việt Nam", "dvc_level4_rate", 17.97, "exact", "achieved", None, "2020-08-31"),
            ("05 bộ, 22 tỉnh", "dvc_level4_rate", 10.0, "less_than", "achieved", None, "2020-08-31"),
        ],
    ),
]

STYLE = [
    (
        "Trong 6 tháng đầu năm 2023, tỷ lệ hồ sơ nộp trực tuyến của Đà Nẵng đạt 68,5%.",
        "2023-07-15",
        [("Đà Nẵng", "online_dossier_rate", 68.5, "exact", "achieved", "2023-01-01", "2023-06-30")],
    ),
    (
        "Năm 2024, UBND tỉnh Lào Cai phấn đấu đạt tối thiểu 50% hồ sơ giải quyết trực tuyến.",
        "2024-02-01",
        [("Lào Cai", "online_dossier_rate", 50.0, "at_least", "target", None, "2024-12-31")],
    ),
    (
        "Dự kiến đến hết quý III/2024, Bộ Tư pháp sẽ đạt 90% dịch vụ công trực tuyến toàn trình.",
        "2024-05-01",
        [("Bộ Tư pháp", "dvc_level4_rate", 90.0, "exact", "projected", None, "2024-09-30")],
    ),
    (
        "Tính đến ngày 31/12/2023, tỷ lệ dịch vụ công trực tuyến mức độ 4 của Hà Nội là 72,3%.",
        "2024-01-10",
        [("Hà Nội", "dvc_level4_rate", 72.3, "exact", "achieved", None, "2023-12-31")],
    ),
    (
        "Kon Tum, Gia Lai và Đắk Lắk có tỷ lệ hồ sơ xử lý trực tuyến dưới 10% trong năm 2021.",
        "2022-01-10",
        [
            (n, "online_dossier_rate", 10.0, "less_than", "achieved", "2021-01-01", "2021-12-31")
            for n in ("Kon Tum", "Gia Lai", "Đắk Lắk")
        ],
    ),
    (
        "Tỉnh Nghệ An giảm 50% lệ phí đối với hồ sơ nộp trực tuyến trong năm 2022.",
        "2022-06-01",
        [("Nghệ An", "fee_reduction_rate", 50.0, "exact", "achieved", "2022-01-01", "2022-12-31")],
    ),
]


def _norm(rows):
    return sorted(rows, key=lambda r: (r[0], str(r[2])))


@pytest.mark.parametrize(
    "text,doc_date,expected",
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEEDS)]
    + [pytest.param(*c, id=f"style-{i}") for i, c in enumerate(STYLE)],
)
def test_sentence_claims(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


def test_table_claims_take_metric_from_header_and_period_from_note():
    text = (
        "TT | Tỉnh/Thành phố trực thuộc Trung ương | Tỉ lệ DVCTT mức 4 |\n"
        "1 | Thừa Thiên - Huế | 54,53% |\n"
        "2 | Tiền Giang | 45,12% |\n"
        "Ghi chú: Số liệu này được tổng hợp vào ngày 20/8/2020, từ các báo cáo."
    )
    got = claims(text, doc_date="2020-09-10")
    assert _norm(got) == _norm(
        [
            ("Thừa Thiên Huế", "dvc_level4_rate", 54.53, "exact", "achieved", None, "2020-08-20"),
            ("Tiền Giang", "dvc_level4_rate", 45.12, "exact", "achieved", None, "2020-08-20"),
        ]
    )


NEGATIVE = [
    pytest.param("Tỷ lệ = b/a * 100%;", id="formula"),
    pytest.param("- ·Tín dụng cho doanh nghiệp nhỏ và vừa chiếm 21,14% tổng dư nợ nền kinh tế", id="related-list"),
    pytest.param("Từ khóa: tỷ lệ 30%, dịch vụ công", id="keywords-line"),
    pytest.param("Có nên đưa 100% dịch vụ công lên mạng?", id="question"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_claim(text):
    assert claims(text, doc_date="2022-01-01") == []
