"""Claims: sentence → claims case tables, split by where the case came from (seeds, real documents
of the dev corpus, sentences written in their style, changes, context), a negative table, and the
dev corpus scored against its gold.

Each expected claim is ``(subject name, metric key, value or (low, high), qualifier, status,
period start, period end)``; rows with a change add the direction, rows about subjects' kind and
scope use their own tuple shape (see each table).
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache

import pytest
from conftest import DEV
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_egov_extract import Extractor
from vn_egov_extract.evaluate import evaluate


@cache
def _ex() -> Extractor:
    return Extractor()


def _result(text: str, doc_date: str | None):
    return _ex().extract(text, doc_date=dt.date.fromisoformat(doc_date) if doc_date else None)


def claims(text: str, *, doc_date: str | None = None) -> list[tuple]:
    """(subject, metric key, value|(low, high), qualifier, status, period start, period end)."""
    out = []
    for c in _result(text, doc_date).claims:
        v = c.value.value if c.value.qualifier != "range" else (c.value.low, c.value.high)
        out.append((c.subject.name, c.metric.key, v, c.value.qualifier, c.status, c.period.start, c.period.end))
    return out


def _norm(rows):
    return sorted(rows, key=lambda r: (r[0], str(r[2]), str(r[5]), str(r[6]), r[1]))


# ------------------------------------------------------------------ seeds (shared/seeds, 2020-2022)

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
    (
        "Các Bộ ngành, địa phương cần đẩy mạnh triển khai kế hoạch cung cấp 100% DVCTT mức độ 4 trong năm 2021",
        "2021-07-21",
        [("Việt Nam", "dvc_level4_rate", 100.0, "exact", "target", None, "2021-12-31")],
    ),
    (
        "Bộ TT&TT cho biết, đến nay mới có Bộ TT&TT, Bộ Y tế, Bảo hiểm Xã hội Việt Nam cùng 2 tỉnh, thành phố gồm Bến Tre, Tây Ninh đã hoàn thành việc đưa 100% dịch vụ công đủ điều kiện lên trực tuyến mức 4.",
        "2021-06-10",
        [
            (n, "dvc_level4_rate", 100.0, "exact", "achieved", None, "2021-06-10")
            for n in ("Bộ Thông tin và Truyền thông", "Bộ Y tế", "Bảo hiểm Xã hội Việt Nam", "Bến Tre", "Tây Ninh")
        ],
    ),
    (
        "Số hồ sơ trực tuyến của Quảng Ninh năm 2019 là trên 177.000, chiếm 24%; năm 2020 là trên 253.000, chiếm 39%.",
        "2021-06-10",
        [
            ("Quảng Ninh", "online_dossier_rate", 24.0, "exact", "achieved", "2019-01-01", "2019-12-31"),
            ("Quảng Ninh", "online_dossier_rate", 39.0, "exact", "achieved", "2020-01-01", "2020-12-31"),
        ],
    ),
    (
        "Gần đây nhất, ngày 15/4, UBND tỉnh Thái Nguyên cũng đã giao chỉ tiêu hồ sơ giải quyết trực tuyến mức 4 cho các sở, ban, ngành, địa phương trên địa bàn. Theo đó, tỷ lệ hồ sơ giải quyết trực tuyến mức 4 đối với các thủ tục hành chính có phát sinh hồ sơ của các sở, ban, ngành, địa phương trong năm 2022 phải đạt từ 55% trở lên.",
        "2022-04-30",
        [("Thái Nguyên", "online_dossier_rate", 55.0, "at_least", "target", None, "2022-12-31")],
    ),
]

# ------------------------------------------------------------------ real documents (tests/data/dev, 2025)
# Sentences of the dev documents with their hard wraps joined; where the document leaves the
# subject or period to its title or a heading, the row writes that context in (a heading line, a
# letterhead, "của tỉnh Phú Thọ").

REAL = [
    (  # tb-634-tb-vpcp: the province against the country, period from the section heading
        "1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh Thanh Hóa:\n\nThương mại, dịch vụ tương đối tích cực, tổng mức bán lẻ hàng hóa và dịch vụ tăng 15,1% (bình quân cả nước tăng 9,3%); xuất khẩu tăng 18,3% (bình quân cả nước tăng 16,2%); tổng thu du lịch tăng 33,7%.",
        "2025-11-22",
        [
            ("Thanh Hóa", "other", 15.1, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Việt Nam", "other", 9.3, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Thanh Hóa", "other", 18.3, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Việt Nam", "other", 16.2, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Thanh Hóa", "other", 33.7, "exact", "achieved", "2025-01-01", "2025-10-31"),
        ],
    ),
    (  # tb-634-tb-vpcp: "cao nhất cả nước" is a ranking, the next sentence's values are the province's
        "1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh Thanh Hóa:\n\nThu ngân sách nhà nước thuộc nhóm 10 địa phương có số thu cao nhất cả nước. Giải ngân đầu tư công đạt tỷ lệ 66,7% kế hoạch (bình quân cả nước là 54,4%); thu hút vốn đầu tư trực tiếp tăng 27,5%.",
        "2025-11-22",
        [
            ("Thanh Hóa", "other", 66.7, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Việt Nam", "other", 54.4, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Thanh Hóa", "other", 27.5, "exact", "achieved", "2025-01-01", "2025-10-31"),
        ],
    ),
    (  # tb-636-tb-vpcp: an assigner is no subject; the country value in parentheses
        "Giải ngân vốn đầu tư công của tỉnh Phú Thọ tính đến hết ngày 31 tháng 10 năm 2025 đạt 72,4% kế hoạch Thủ tướng Chính phủ giao (số liệu theo báo cáo của Bộ Tài chính), cao hơn so với bình quân chung của cả nước (54,4%).",
        "2025-11-24",
        [
            ("Phú Thọ", "other", 72.4, "exact", "achieved", None, "2025-10-31"),
            ("Việt Nam", "other", 54.4, "exact", "achieved", None, "2025-10-31"),
        ],
    ),
    (  # tb-636-tb-vpcp: "dự toán ... giao" is the denominator, not a target cue
        "Tổng thu ngân sách 10 tháng đầu năm 2025 của tỉnh Phú Thọ ước đạt 47,5 nghìn tỷ đồng, bằng 117,6% dự toán Trung ương giao, bằng 105,5% dự toán Hội đồng nhân dân tỉnh giao.",
        "2025-11-24",
        [
            ("Phú Thọ", "other", 117.6, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Phú Thọ", "other", 105.5, "exact", "achieved", "2025-01-01", "2025-10-31"),
        ],
    ),
    (  # tb-636-tb-vpcp: a target with "mục tiêu Chính phủ giao (10%)" and a plan year after the value
        "Tập trung lãnh đạo, chỉ đạo để tỉnh Phú Thọ hoàn thành cao nhất các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025, trong đó phấn đấu tăng trưởng kinh tế vượt mục tiêu Chính phủ giao (10%); đẩy mạnh giải ngân vốn đầu tư công (phấn đấu giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2025).",
        "2025-11-24",
        [
            ("Phú Thọ", "other", 10.0, "more_than", "target", None, "2025-12-31"),
            ("Phú Thọ", "other", 100.0, "exact", "target", None, "2025-12-31"),
        ],
    ),
    (  # tb-636-tb-vpcp: a date inside the denominator ("mục tiêu tăng trưởng năm 2025") is no period
        "Hoạt động du lịch của tỉnh Phú Thọ lũy kế 10 tháng đầu năm ước đạt 86,7% mục tiêu tăng trưởng năm 2025.",
        "2025-11-24",
        [("Phú Thọ", "other", 86.7, "exact", "achieved", "2025-01-01", "2025-10-31")],
    ),
    (  # tb-634-tb-vpcp: the value in parentheses keeps the achieved status ("bảo đảm" outside)
        "Sau 04 tháng vận hành, tổ chức và hoạt động của chính quyền địa phương các xã, phường của tỉnh Thanh Hóa bảo đảm thông suốt, liên tục, không gián đoạn (giải quyết hồ sơ đạt tỷ lệ 91,67%).",
        "2025-11-22",
        [("Thanh Hóa", "other", 91.67, "exact", "achieved", None, "2025-11-22")],
    ),
    (  # qd-1610-qd-ttpvhcc: a decision prescribes (bold markup around the value)
        "UBND THÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nQUYẾT ĐỊNH\n\n- Bộ phận Một cửa tiến hành số hóa toàn bộ hồ sơ theo quy định, đảm bảo **100%, **tiếp nhận và chuyển đến cơ quan có thẩm quyền theo từng thủ tục cụ thể.",
        "2025-11-25",
        [("Hà Nội", "other", 100.0, "exact", "target", None, "2025-11-25")],
    ),
    (  # qd-1610-qd-ttpvhcc: "sẽ được cung cấp" in a decision is a prescription
        "UBND THÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nQUYẾT ĐỊNH\n\nSau khi cơ quan Thuế bấm chuyển bước, Thông báo về nghĩa vụ tài chính sẽ được cung cấp **100% **bản điện tử đến người dân, doanh nghiệp qua iHanoi hoặc SMS hoặc Email hoặc Cổng Dịch vụ công quốc gia.",
        "2025-11-25",
        [("Hà Nội", "other", 100.0, "exact", "target", None, "2025-11-25")],
    ),
    (  # qd-1610-qd-ttpvhcc: the effect after the plan applies is projected
        "UBND THÀNH PHỐ HÀ NỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nQUYẾT ĐỊNH\n\n+ Sau khi áp dụng: Chuyển 100% bản điện tử trên Hệ thống thông tin giải quyết thủ tục hành chính bằng một thao tác.",
        "2025-11-25",
        [("Hà Nội", "other", 100.0, "exact", "projected", None, "2025-11-25")],
    ),
    (  # tvnd-nq-27-nq-cp: an article announcing a resolution; two values in one sentence
        "Ngày 07/02/2025, Chính phủ ban hành Nghị quyết 27/NQ-CP phiên họp Chính phủ thường kỳ tháng 1/2025.\n\nTrong năm 2025, mọi thủ tục hành chính liên quan đến doanh nghiệp được tổ chức thực hiện theo hình thức trực tuyến, **100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh**; 100% Bộ phận Một cửa thực hiện số hoá hồ sơ thủ tục hành chính trước khi giải quyết.",
        "2025-02-07",
        [
            ("Việt Nam", "other", 100.0, "exact", "target", None, "2025-12-31"),
            ("Việt Nam", "other", 100.0, "exact", "target", None, "2025-12-31"),
        ],
    ),
    (  # xdcs-qd-1891-qd-ttg: a fee cut approved by the Prime Minister
        "Đồng thời, Thủ tướng Chính phủ cũng phê duyệt giảm phí, lệ phí đăng ký xe 30% theo mức phí, lệ phí đang được áp dụng tại các tỉnh, thành phố trực thuộc trung ương.",
        "2025-09-04",
        [("Việt Nam", "fee_reduction_rate", 30.0, "exact", "target", None, "2025-09-04")],
    ),
    (  # tvpl-qd-664-qd-bxd: a ministry's plan; the owner is the subject of every item
        "# Quyết định 664/QĐ-BXD 2025 về Kế hoạch cải cách hành chính năm 2025 của Bộ Xây dựng ra sao?\n\nCăn cứ tại điểm b tiểu mục 1 Mục I Kế hoạch ban hành kèm theo Quyết định 664/QĐ-BXD năm 2025 quy định về mục tiêu cải cách thủ tục hành chính (TTHC) như sau:\n\n(7) Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 95%.\n\n(8) Hoàn thành việc thực thi 100% phương án về phân cấp thẩm quyền giải quyết TTHC đã được phê duyệt tại Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ.\n\n(9) Bảo đảm 100% TTHC nội bộ được rà soát, cắt giảm, đơn giản hóa.",
        "2025-05-23",
        [
            ("Bộ Xây dựng", "other", 95.0, "at_least", "target", None, "2025-12-31"),
            ("Bộ Xây dựng", "other", 100.0, "exact", "target", None, "2025-12-31"),
            ("Bộ Xây dựng", "other", 100.0, "exact", "target", None, "2025-12-31"),
        ],
    ),
    (  # kh-157-kh-ubnd: list items under a lead-in naming targets ("các chỉ tiêu cụ thể như sau:")
        "UBND thành phố Cần Thơ ban hành kế hoạch, các nội dung này được cụ thể hóa bằng các chỉ tiêu cụ thể như sau:\n(2) Ít nhất 85% người hưởng trợ cấp xã hội, hưu trí xã hội mở mới tài khoản ngân hàng, ví điện tử;\n(4) Phấn đấu có ít nhất 70% số người hưởng trợ cấp nhận tiền trợ cấp bằng phương thức không dùng tiền mặt;",
        "2025-11-18",
        [
            ("Cần Thơ", "other", 85.0, "at_least", "target", None, "2025-11-18"),
            ("Cần Thơ", "other", 70.0, "at_least", "target", None, "2025-11-18"),
        ],
    ),
    (  # tvpl-nq-71-nq-cp: after a table of a Government resolution, the country is the subject
        "# Nghị quyết số 71/NQ-CP ngày 01/4/2025 được Chính phủ ban hành nhằm mục đích gì?\n\nTheo đó, Theo Nghị quyết số 71/NQ-CP, đến năm 2030 kinh phí chi cho nghiên cứu phát triển (R&D) đạt 2,0 %",
        "2025-04-01",
        [("Việt Nam", "other", 2.0, "exact", "target", None, "2030-12-31")],
    ),
]

# ------------------------------------------------------------------ sentences in the same style (other provinces, metrics, periods, cues)

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
    (
        "Hết quý IV/2023, Bộ Tài chính đã cung cấp 98% dịch vụ công đủ điều kiện lên trực tuyến mức 4.",
        "2024-03-01",
        [("Bộ Tài chính", "dvc_level4_rate", 98.0, "exact", "achieved", "2023-10-01", "2023-12-31")],
    ),
    (
        "9 tháng đầu năm 2022, tỷ lệ hồ sơ giải quyết trực tuyến của Cà Mau chỉ đạt 18,2%, thấp hơn mức trung bình cả nước là 24,1%.",
        "2022-10-05",
        [
            ("Cà Mau", "online_dossier_rate", 18.2, "exact", "achieved", "2022-01-01", "2022-09-30"),
            ("Việt Nam", "online_dossier_rate", 24.1, "exact", "achieved", "2022-01-01", "2022-09-30"),
        ],
    ),
    (
        "Mục tiêu đến năm 2025, tỉnh Quảng Trị phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
        "2021-12-20",
        [("Quảng Trị", "online_dossier_rate", 80.0, "exact", "target", None, "2025-12-31")],
    ),
    (
        "UBND tỉnh Long An yêu cầu các sở, ngành bảo đảm tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50% trong năm 2023.",
        "2023-02-14",
        [("Long An", "online_dossier_rate", 50.0, "at_least", "target", None, "2023-12-31")],
    ),
    (
        "Dự kiến đến cuối năm 2021, TP.HCM sẽ đưa 100% dịch vụ công đủ điều kiện lên trực tuyến mức độ 4.",
        "2021-05-04",
        [("Hồ Chí Minh", "dvc_level4_rate", 100.0, "exact", "projected", None, "2021-12-31")],
    ),
    (
        "Tính đến hết tháng 7/2022, cả nước có 97,5% dịch vụ công mức 3, 4 được tích hợp trên Cổng dịch vụ công quốc gia.",
        "2022-08-01",
        [("Việt Nam", "dvc_level34_portal_rate", 97.5, "exact", "achieved", None, "2022-07-31")],
    ),
    (
        "Hải Phòng, Bắc Giang và Vĩnh Phúc có tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ trên 70% trong 5 tháng đầu năm 2022.",
        "2022-06-30",
        [
            (n, "dvc_with_online_dossiers_rate", 70.0, "more_than", "achieved", "2022-01-01", "2022-05-31")
            for n in ("Hải Phòng", "Bắc Giang", "Vĩnh Phúc")
        ],
    ),
    (
        "Trong năm 2020, Thừa Thiên Huế có tỷ lệ hồ sơ trực tuyến đạt 35%, đứng đầu cả nước.",
        "2021-01-20",
        [("Thừa Thiên Huế", "online_dossier_rate", 35.0, "exact", "achieved", "2020-01-01", "2020-12-31")],
    ),
    (
        "6 tháng đầu năm 2024, tổng thu ngân sách của tỉnh Nghệ An ước đạt 58,3% dự toán năm.",
        "2024-07-05",
        [("Nghệ An", "other", 58.3, "exact", "achieved", "2024-01-01", "2024-06-30")],
    ),
    (
        "Tỷ lệ giải ngân vốn đầu tư công của Bộ Giao thông vận tải tính đến ngày 30/11/2024 đạt 65,2% kế hoạch.",
        "2024-12-30",
        [("Bộ Giao thông vận tải", "other", 65.2, "exact", "achieved", None, "2024-11-30")],
    ),
    (
        "Chỉ tiêu năm 2023: tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến của tỉnh Tây Ninh đạt 60%.",
        "2023-04-01",
        [("Tây Ninh", "online_dossier_rate", 60.0, "exact", "target", None, "2023-12-31")],
    ),
    (
        "Thành phố Cần Thơ hiện có 45,6% dịch vụ công trực tuyến mức độ 4.",
        "2021-03-01",
        [("Cần Thơ", "dvc_level4_rate", 45.6, "exact", "achieved", None, "2021-03-01")],
    ),
    (
        "Theo báo cáo của Bộ TT&TT, tỷ lệ dịch vụ công trực tuyến mức 4 của Quảng Ninh là 76%.",
        "2021-07-01",
        [("Quảng Ninh", "dvc_level4_rate", 76.0, "exact", "achieved", None, "2021-07-01")],
    ),
    (
        "Phát biểu tại hội nghị, Bộ trưởng Bộ TT&TT Nguyễn Mạnh Hùng cho biết tỷ lệ dịch vụ công trực tuyến mức 4 của các bộ, ngành, địa phương mới đạt 30,86%.",
        "2020-11-20",
        [("Việt Nam", "dvc_level4_rate", 30.86, "exact", "achieved", None, "2020-11-20")],
    ),
    (
        "Với Quảng Bình, tỷ lệ hồ sơ xử lý trực tuyến 4 tháng đầu năm chỉ đạt 3,1%.",
        "2022-05-10",
        [("Quảng Bình", "online_dossier_rate", 3.1, "exact", "achieved", "2022-01-01", "2022-04-30")],
    ),
    (
        "Đến nay, 63/63 tỉnh, thành phố đã kết nối với Cổng dịch vụ công quốc gia; tỷ lệ hồ sơ trực tuyến toàn quốc đạt 43,5%.",
        "2023-12-01",
        [("Việt Nam", "online_dossier_rate", 43.5, "exact", "achieved", None, "2023-12-01")],
    ),
    (
        "Trong 7 tháng năm 2023, Bắc Kạn có tỷ lệ thanh toán trực tuyến đạt 25,6%, trong khi bình quân cả nước là 30,1%.",
        "2023-08-15",
        [
            ("Bắc Kạn", "other", 25.6, "exact", "achieved", "2023-01-01", "2023-07-31"),
            ("Việt Nam", "other", 30.1, "exact", "achieved", "2023-01-01", "2023-07-31"),
        ],
    ),
    (
        "Đến năm 2025, phấn đấu 100% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình; tỷ lệ người dân hài lòng đạt trên 90%.",
        "2024-06-01",
        [
            ("Việt Nam", "online_dossier_rate", 100.0, "exact", "target", None, "2025-12-31"),
            ("Việt Nam", "other", 90.0, "more_than", "target", None, "2025-12-31"),
        ],
    ),
    (
        "Tỉnh Phú Yên chưa đạt 50% dịch vụ công trực tuyến mức độ 4 theo kế hoạch năm 2022.",
        "2022-12-12",
        [("Phú Yên", "dvc_level4_rate", 50.0, "less_than", "achieved", "2022-01-01", "2022-12-31")],
    ),
    (
        "Từ ngày 1/7/2021 đến ngày 30/9/2021, tỷ lệ hồ sơ nộp trực tuyến tại Sóc Trăng đạt 12,4%.",
        "2021-10-10",
        [("Sóc Trăng", "online_dossier_rate", 12.4, "exact", "achieved", "2021-07-01", "2021-09-30")],
    ),
    (
        "Trước ngày 31/12/2020, các bộ, ngành, địa phương phải đạt tỷ lệ tối thiểu 30% dịch vụ công trực tuyến mức độ 4.",
        "2020-09-01",
        [("Việt Nam", "dvc_level4_rate", 30.0, "at_least", "target", None, "2020-12-31")],
    ),
    (
        "Bộ Y tế, Bộ Tài chính, Bộ Công Thương cùng 3 tỉnh gồm Hà Giang, Cao Bằng, Lai Châu đã cung cấp 100% dịch vụ công đủ điều kiện lên trực tuyến mức 4.",
        "2021-04-12",
        [
            (n, "dvc_level4_rate", 100.0, "exact", "achieved", None, "2021-04-12")
            for n in ("Bộ Y tế", "Bộ Tài chính", "Bộ Công Thương", "Hà Giang", "Cao Bằng", "Lai Châu")
        ],
    ),
    (
        "Theo Kế hoạch số 45/KH-UBND ngày 20/2/2025 của UBND tỉnh Gia Lai, đến hết năm 2025 tỉnh phấn đấu 100% hồ sơ được số hóa.",
        "2025-03-01",
        [("Gia Lai", "other", 100.0, "exact", "target", None, "2025-12-31")],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến của Lâm Đồng tăng từ 10,5% năm 2020 lên 28,3% năm 2021.",
        "2022-06-01",
        [
            ("Lâm Đồng", "online_dossier_rate", 10.5, "exact", "achieved", "2020-01-01", "2020-12-31"),
            ("Lâm Đồng", "online_dossier_rate", 28.3, "exact", "achieved", "2021-01-01", "2021-12-31"),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến của Ninh Thuận năm 2021 đạt khoảng 20% - 25%.",
        "2022-06-01",
        [("Ninh Thuận", "online_dossier_rate", (20.0, 25.0), "range", "achieved", "2021-01-01", "2021-12-31")],
    ),
    (
        "Thủ tướng Chính phủ yêu cầu đến hết năm 2020, các bộ, ngành, địa phương đạt tỷ lệ 30% dịch vụ công trực tuyến mức độ 4.",
        "2020-10-01",
        [("Việt Nam", "dvc_level4_rate", 30.0, "exact", "target", None, "2020-12-31")],
    ),
    (
        "Đà Nẵng miễn, giảm 100% lệ phí đối với hồ sơ nộp trực tuyến trong năm 2023.",
        "2023-09-01",
        [("Đà Nẵng", "fee_reduction_rate", 100.0, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (
        "Năm 2021, tỉnh Tuyên Quang đặt chỉ tiêu 40% hồ sơ được giải quyết trực tuyến mức độ 3, 4.",
        "2021-05-20",
        [("Tuyên Quang", "online_dossier_rate", 40.0, "exact", "target", None, "2021-12-31")],
    ),
    (
        "Giải ngân vốn đầu tư công của Hà Tĩnh tính đến hết ngày 31/10/2025 đạt 68,2% kế hoạch, cao hơn bình quân chung của cả nước (54,4%).",
        "2025-11-24",
        [
            ("Hà Tĩnh", "other", 68.2, "exact", "achieved", None, "2025-10-31"),
            ("Việt Nam", "other", 54.4, "exact", "achieved", None, "2025-10-31"),
        ],
    ),
    (
        "Phấn đấu tăng trưởng kinh tế năm 2025 của tỉnh Thái Bình vượt mục tiêu Chính phủ giao (8%).",
        "2025-11-24",
        [("Thái Bình", "other", 8.0, "more_than", "target", None, "2025-12-31")],
    ),
    (
        "Hiện, tỷ lệ thanh toán trực tuyến tại Thanh Hóa đạt 35%.",
        "2024-05-01",
        [("Thanh Hóa", "other", 35.0, "exact", "achieved", None, "2024-05-01")],
    ),
    (
        "Hà Nội hiện đang thực hiện 60% thủ tục hành chính trên môi trường điện tử.",
        "2024-05-01",
        [("Hà Nội", "other", 60.0, "exact", "achieved", None, "2024-05-01")],
    ),
    (
        "Năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh Bình Định đạt 52,4%.",
        "2024-01-10",
        [("Bình Định", "dvc_level4_rate", 52.4, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (
        "Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ của Kon Tum từ 40% đến 55% trong các quý năm 2021.",
        "2022-06-01",
        [("Kon Tum", "dvc_with_online_dossiers_rate", (40.0, 55.0), "range", "achieved", "2021-01-01", "2021-12-31")],
    ),
    (
        "Dự kiến trong năm 2026, tỷ lệ hồ sơ trực tuyến của Sơn La đạt khoảng 45%.",
        "2025-12-01",
        [("Sơn La", "online_dossier_rate", 45.0, "approx", "projected", "2026-01-01", "2026-12-31")],
    ),
    (
        "Bến Tre cần đạt tỷ lệ dịch vụ công trực tuyến mức độ 4 không dưới 60% vào năm 2022.",
        "2021-11-11",
        [("Bến Tre", "dvc_level4_rate", 60.0, "at_least", "target", None, "2022-12-31")],
    ),
]

STYLE += [
    (
        "Tỷ lệ hồ sơ trực tuyến của Hà Nội, Đà Nẵng và TP.HCM lần lượt là 45%, 52% và 38%.",
        "2024-01-05",
        [
            ("Hà Nội", "online_dossier_rate", 45.0, "exact", "achieved", None, "2024-01-05"),
            ("Đà Nẵng", "online_dossier_rate", 52.0, "exact", "achieved", None, "2024-01-05"),
            ("Hồ Chí Minh", "online_dossier_rate", 38.0, "exact", "achieved", None, "2024-01-05"),
        ],
    ),
    (
        "Tỷ lệ hồ sơ trực tuyến của Yên Bái trong năm 2021, năm 2022 và năm 2023 lần lượt đạt 20%, 30% và 40%.",
        "2024-01-05",
        [
            ("Yên Bái", "online_dossier_rate", 20.0, "exact", "achieved", "2021-01-01", "2021-12-31"),
            ("Yên Bái", "online_dossier_rate", 30.0, "exact", "achieved", "2022-01-01", "2022-12-31"),
            ("Yên Bái", "online_dossier_rate", 40.0, "exact", "achieved", "2023-01-01", "2023-12-31"),
        ],
    ),
    (
        "Năm 2023, tỷ lệ hồ sơ xử lý trực tuyến đạt 90% tại Quảng Ninh.",
        "2024-01-05",
        [("Quảng Ninh", "online_dossier_rate", 90.0, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (
        "Theo Cục Kiểm soát thủ tục hành chính, tỷ lệ hồ sơ trực tuyến toàn quốc năm 2023 đạt 40,2%.",
        "2024-01-05",
        [("Việt Nam", "online_dossier_rate", 40.2, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (
        "Tây Ninh dẫn đầu cả nước với tỷ lệ dịch vụ công trực tuyến toàn trình 95,1%.",
        "2024-01-05",
        [("Tây Ninh", "dvc_level4_rate", 95.1, "exact", "achieved", None, "2024-01-05")],
    ),
    (  # the from-value is the level of an earlier time the text does not date (heldout2 gold, 2021)
        "Trong quý IV/2023, tỷ lệ thanh toán trực tuyến của Quảng Nam tăng từ 15% lên 25%.",
        "2024-01-05",
        [
            ("Quảng Nam", "other", 15.0, "exact", "achieved", None, None),
            ("Quảng Nam", "other", 25.0, "exact", "achieved", "2023-10-01", "2023-12-31"),
        ],
    ),
    (  # "đã" before a target verb reports what was done
        "Năm 2023, tỉnh Hưng Yên đã bảo đảm 100% hồ sơ được số hóa khi tiếp nhận.",
        "2024-01-05",
        [("Hưng Yên", "other", 100.0, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (  # a target noun as the object of "hoàn thành" is reached
        "Năm 2023, Lạng Sơn đã hoàn thành chỉ tiêu 60% hồ sơ xử lý trực tuyến.",
        "2024-01-05",
        [("Lạng Sơn", "online_dossier_rate", 60.0, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (  # "ban hành kế hoạch" names a document, no status cue
        "UBND tỉnh Bắc Giang đã ban hành kế hoạch chuyển đổi số, năm 2023 tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45%.",
        "2024-01-05",
        [("Bắc Giang", "online_dossier_rate", 45.0, "exact", "achieved", "2023-01-01", "2023-12-31")],
    ),
    (
        "Năm 2024, tỉnh Hưng Yên phải bảo đảm 100% hồ sơ được số hóa khi tiếp nhận.",
        "2024-01-05",
        [("Hưng Yên", "other", 100.0, "exact", "target", None, "2024-12-31")],
    ),
    (  # the base of a comparison is no period (a report of the Ministry of Industry and Trade, 2025)
        "Trong năm 2024, lực lượng quản lý thị trường của Bộ Công Thương đã xử lý 3.124 vụ vi phạm (tăng 266% so với năm 2023).",
        "2025-06-01",
        [("Bộ Công Thương", "other", 266.0, "exact", "achieved", "2024-01-01", "2024-12-31")],
    ),
]

# ------------------------------------------------------------------ changes: the value is the size of the change

CHANGES = [
    (
        "Quý I/2025, kim ngạch xuất khẩu của Đồng Nai tăng 14,2% so với cùng kỳ.",
        "2025-04-15",
        [("Đồng Nai", "other", 14.2, "achieved", "2025-01-01", "2025-03-31", "increase")],
    ),
    (
        "Năm 2023, tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh Bình Định đạt 52,4%, tăng 12% so với năm 2022.",
        "2024-01-10",
        [
            ("Bình Định", "dvc_level4_rate", 52.4, "achieved", "2023-01-01", "2023-12-31", None),
            ("Bình Định", "dvc_level4_rate", 12.0, "achieved", "2023-01-01", "2023-12-31", "increase"),
        ],
    ),
    (
        "Năm 2021, Hậu Giang giảm 20% thời gian giải quyết thủ tục hành chính so với quy định.",
        "2022-01-15",
        [("Hậu Giang", "other", 20.0, "achieved", "2021-01-01", "2021-12-31", "decrease")],
    ),
    (
        "Quý III/2024, số hồ sơ trực tuyến của Điện Biên giảm 5,3% so với quý trước.",
        "2024-10-01",
        [("Điện Biên", "online_dossier_rate", 5.3, "achieved", "2024-07-01", "2024-09-30", "decrease")],
    ),
    (
        "Kết quả này giúp tỷ lệ hồ sơ trực tuyến của tỉnh Yên Bái tăng lên 62%.",
        "2024-10-01",
        [("Yên Bái", "online_dossier_rate", 62.0, "achieved", None, "2024-10-01", None)],
    ),
    (
        "Tăng trưởng kinh tế 9 tháng năm 2025 của tỉnh Bắc Ninh ước đạt 9,8%, cao hơn bình quân cả nước (7,85%).",
        "2025-10-10",
        [
            ("Bắc Ninh", "other", 9.8, "achieved", "2025-01-01", "2025-09-30", "increase"),
            ("Việt Nam", "other", 7.85, "achieved", "2025-01-01", "2025-09-30", None),
        ],
    ),
    (
        "Kế hoạch đặt ra chỉ tiêu giảm 30% thời gian giải quyết thủ tục hành chính trong năm 2023.",
        "2023-05-20",
        [("Việt Nam", "other", 30.0, "target", None, "2023-12-31", "decrease")],
    ),
    (  # coordinated values share the verb (tvpl-qd-664-qd-bxd)
        "Năm 2025, Bộ Xây dựng phấn đấu giảm ít nhất 30% thời gian giải quyết của các TTHC, 30% chi phí tuân thủ TTHC.",
        "2025-05-23",
        [
            ("Bộ Xây dựng", "other", 30.0, "target", None, "2025-12-31", "decrease"),
            ("Bộ Xây dựng", "other", 30.0, "target", None, "2025-12-31", "decrease"),
        ],
    ),
    (
        "Bình Phước rút ngắn 40% thời gian cấp giấy phép xây dựng trong năm 2024.",
        "2024-12-20",
        [("Bình Phước", "other", 40.0, "achieved", "2024-01-01", "2024-12-31", "decrease")],
    ),
    (
        "Phấn đấu tăng trưởng GRDP năm 2026 của thành phố Hải Phòng đạt trên 11%.",
        "2025-12-15",
        [("Hải Phòng", "other", 11.0, "target", None, "2026-12-31", "increase")],
    ),
]

# ------------------------------------------------------------------ context: anaphora, ellipsis, lists, titles, documents

CONTEXT = [
    (
        "Năm 2021, Sở TT&TT Bình Dương đã tham mưu UBND tỉnh ban hành kế hoạch chuyển đổi số. Tỉnh này đặt mục tiêu đến năm 2025 có 90% hồ sơ được số hóa.",
        "2022-09-15",
        [("Bình Dương", "other", 90.0, "exact", "target", None, "2025-12-31")],
    ),
    (
        "Năm 2020, số hồ sơ trực tuyến của tỉnh Lào Cai đạt trên 120.000. Cụ thể, năm 2019 là trên 40.000, chiếm 15%.",
        "2021-06-10",
        [("Lào Cai", "online_dossier_rate", 15.0, "exact", "achieved", "2019-01-01", "2019-12-31")],
    ),
    (
        "Hà Nội đạt 75% hồ sơ trực tuyến.\n\nTrong khi đó, TP.HCM đạt 68%.\n\nCòn Đà Nẵng, tỷ lệ này là 81%.",
        "2024-06-01",
        [
            ("Hà Nội", "online_dossier_rate", 75.0, "exact", "achieved", None, "2024-06-01"),
            ("Hồ Chí Minh", "online_dossier_rate", 68.0, "exact", "achieved", None, "2024-06-01"),
            ("Đà Nẵng", "online_dossier_rate", 81.0, "exact", "achieved", None, "2024-06-01"),
        ],
    ),
    (
        "Mục tiêu năm 2023 của tỉnh Kiên Giang như sau:\n- Tỷ lệ hồ sơ được xử lý trực tuyến đạt 50%;\n- 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận.",
        "2023-03-01",
        [
            ("Kiên Giang", "online_dossier_rate", 50.0, "exact", "target", None, "2023-12-31"),
            ("Kiên Giang", "other", 100.0, "exact", "target", None, "2023-12-31"),
        ],
    ),
    (
        "Các chỉ tiêu cụ thể như sau:\n(1) Ít nhất 70% người dân trưởng thành có tài khoản định danh điện tử;\n(2) 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.",
        "2024-02-02",
        [
            ("Việt Nam", "other", 70.0, "at_least", "target", None, "2024-02-02"),
            ("Việt Nam", "dvc_level4_rate", 100.0, "exact", "target", None, "2024-02-02"),
        ],
    ),
    (  # a province's plan: targets take the title's year; a past year's result stays achieved
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\nSố: 25/KH-UBND\nAn Giang, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\nChuyển đổi số tỉnh An Giang năm 2024\n\nI. MỤC TIÊU\n\n- 100% hồ sơ thủ tục hành chính được số hóa khi tiếp nhận;\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 60%;\n- Sẽ cung cấp 90% dịch vụ công trực tuyến toàn trình.\n\nII. KẾT QUẢ NĂM 2023\n\nNăm 2023, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45,2%.",
        None,
        [
            ("An Giang", "other", 100.0, "exact", "target", None, "2024-12-31"),
            ("An Giang", "online_dossier_rate", 60.0, "at_least", "target", None, "2024-12-31"),
            ("An Giang", "dvc_level4_rate", 90.0, "exact", "target", None, "2024-12-31"),
            ("An Giang", "online_dossier_rate", 45.2, "exact", "achieved", "2023-01-01", "2023-12-31"),
        ],
    ),
    (  # an article announcing a ministry's plan: the ministry is the subject of its targets
        "# Bộ Tư pháp ban hành Kế hoạch cải cách hành chính năm 2023\n\nNgày 1/3/2023, Bộ Tư pháp ban hành Quyết định số 321/QĐ-BTP về Kế hoạch cải cách hành chính năm 2023.\n\nTheo đó, Bộ đặt mục tiêu:\n\n(1) Bảo đảm 100% thủ tục hành chính được công khai đúng hạn.\n\n(2) Tối thiểu 80% hồ sơ được giải quyết trực tuyến toàn trình.",
        "2023-03-10",
        [
            ("Bộ Tư pháp", "other", 100.0, "exact", "target", None, "2023-12-31"),
            ("Bộ Tư pháp", "online_dossier_rate", 80.0, "at_least", "target", None, "2023-12-31"),
        ],
    ),
    (  # a conclusion notice about one province: its title names the subject of the body's values
        "VĂN PHÒNG CHÍNH PHỦ\n\nTHÔNG BÁO\n\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH QUẢNG NGÃI\n\n1. Về tình hình kinh tế - xã hội 10 tháng năm 2025 của tỉnh:\n\nTăng trưởng GRDP ước đạt 8,5%; thu ngân sách bằng 110% dự toán.\n\nGiải ngân vốn đầu tư công đạt 60,1% kế hoạch (bình quân cả nước là 54,4%).",
        "2025-11-24",
        [
            ("Quảng Ngãi", "other", 8.5, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Quảng Ngãi", "other", 110.0, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Quảng Ngãi", "other", 60.1, "exact", "achieved", "2025-01-01", "2025-10-31"),
            ("Việt Nam", "other", 54.4, "exact", "achieved", "2025-01-01", "2025-10-31"),
        ],
    ),
]


@pytest.mark.parametrize(
    "text,doc_date,expected",
    [pytest.param(*c, id=f"seed-{i}") for i, c in enumerate(SEEDS)]
    + [pytest.param(*c, id=f"real-{i}") for i, c in enumerate(REAL)]
    + [pytest.param(*c, id=f"style-{i}") for i, c in enumerate(STYLE)]
    + [pytest.param(*c, id=f"context-{i}") for i, c in enumerate(CONTEXT)],
)
def test_sentence_claims(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


@pytest.mark.parametrize("text,doc_date,expected", [pytest.param(*c, id=f"change-{i}") for i, c in enumerate(CHANGES)])
def test_change_claims_carry_their_direction(text, doc_date, expected):
    got = [
        (c.subject.name, c.metric.key, c.value.value, c.status, c.period.start, c.period.end, c.value.direction)
        for c in _result(text, doc_date).claims
    ]
    assert sorted(got, key=str) == sorted(expected, key=str)


# ------------------------------------------------------------------ subjects: kinds and scopes

SUBJECTS = [
    pytest.param(
        "Tỉ lệ dịch vụ công trực tuyến mức độ 4 trung bình cả nước đạt 17,97%; đặc biệt 05 bộ, 22 tỉnh đạt tỉ lệ còn ít hơn 10%.",
        [("Việt Nam", "country", None), ("05 bộ, 22 tỉnh", "group", None)],
        id="seed-country-and-group",
    ),
    pytest.param(
        "Chỉ tiêu được giao tới từng cấp tại tỉnh Khánh Hòa, trong đó: Chỉ tiêu cho các đơn vị chuyên môn thuộc UBND cấp huyện đạt tối thiểu 35% - 40%.",
        [("Khánh Hòa", "province", "đơn vị chuyên môn thuộc UBND cấp huyện")],
        id="seed-scope",
    ),
    pytest.param(
        "Đơn vị có tỷ lệ người hưởng trợ cấp nhận tiền trợ cấp bằng phương thức không dùng tiền mặt từ 88% trở lên.",
        [("Đơn vị", "group", None)],
        id="real-kh157-criterion-group",
    ),
    pytest.param(
        "Sở Y tế thành phố Cần Thơ đạt 95% hồ sơ được tiếp nhận trực tuyến trong năm 2025.",
        [("Cần Thơ", "province", "Sở Y tế thành phố Cần Thơ")],
        id="style-department-scope",
    ),
    pytest.param(
        "Bảo hiểm Xã hội Việt Nam đã đưa 100% dịch vụ công đủ điều kiện lên trực tuyến mức 4.",
        [("Bảo hiểm Xã hội Việt Nam", "agency", None)],
        id="style-national-agency",
    ),
]


@pytest.mark.parametrize("text,expected", SUBJECTS)
def test_subject_kind_and_scope(text, expected):
    got = [(c.subject.name, c.subject.kind, c.subject.scope) for c in _result(text, "2025-11-30").claims]
    assert got == expected


# ------------------------------------------------------------------ negative table: percentages that state nothing

NEGATIVE = [
    pytest.param("Tỷ lệ = b/a * 100%;", id="formula"),
    pytest.param("- ·Tín dụng cho doanh nghiệp nhỏ và vừa chiếm 21,14% tổng dư nợ nền kinh tế", id="related-list"),
    pytest.param("Từ khóa: tỷ lệ 30%, dịch vụ công", id="keywords-line"),
    pytest.param("Có nên đưa 100% dịch vụ công lên mạng?", id="question"),
    pytest.param("Lãi suất cho vay giảm 0,5% so với đầu năm? Đâu là nguyên nhân?", id="question-with-change"),
    pytest.param(
        "Bộ TT&TT ban hành Quyết định số 1234/QĐ-BTTTT về việc phê duyệt Đề án đưa 100% dịch vụ công lên trực tuyến mức 4.",
        id="cited-title-ve-viec",
    ),
    pytest.param(
        "UBND tỉnh đã ban hành Kế hoạch số 12/KH-UBND về cung cấp 80% dịch vụ công trực tuyến mức độ 4 năm 2021.",
        id="cited-title-ve",
    ),
    pytest.param(
        'Chương trình "Phấn đấu 100% hồ sơ được giải quyết trực tuyến" được triển khai rộng rãi.',
        id="quoted-programme-name",
    ),
    pytest.param("Hưởng ứng phong trào “Chung tay đưa 100% hồ sơ lên mạng” tại địa phương.", id="quoted-movement-name"),
    pytest.param("Từ 88 - 90% cộng 02 điểm; từ 90-95% cộng 03 điểm; đạt 100% cộng 05 điểm.", id="rubric"),
    pytest.param("Nếu đạt 100% cộng 05 điểm, không đạt 100% không cộng điểm.", id="rubric-conditional"),
    pytest.param("Trường hợp tỷ lệ hồ sơ trực tuyến đạt 100% thì được khen thưởng.", id="conditional"),
    pytest.param("- Điểm = Tỷ lệ * điểm chuẩn; Tỷ lệ = b/a x 100%", id="formula-x"),
    pytest.param(
        "Có thể bạn quan tâm:\n- Hà Nội đạt 90% hồ sơ trực tuyến\n- TP.HCM giảm 30% lệ phí",
        id="related-articles-block",
    ),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_claim(text):
    assert claims(text, doc_date="2022-01-01") == []


# ------------------------------------------------------------------ invariants and the dev corpus


def test_evidence_is_a_span_of_the_text_and_names_the_value():
    text = (
        "1. Về tình hình kết quả kinh tế - xã hội 10 tháng năm 2025 của tỉnh Thanh Hóa:\n\n"
        "Thương mại, dịch vụ tương đối tích cực, tổng mức bán lẻ hàng hóa và dịch vụ tăng 15,1% "
        "(bình quân cả nước tăng 9,3%); xuất khẩu tăng 18,3%."
    )
    r = _result(text, "2025-11-22")
    assert len(r.claims) == 3
    starts = set()
    for c in r.claims:
        assert r.text[c.evidence.start : c.evidence.end] == c.evidence.text
        assert f"{c.value.value:g}".replace(".", ",") in c.evidence.text
        assert c.rule == "claim.sentence" and 0 < c.confidence <= 1
        starts.add(c.evidence.start)
    assert len(starts) == 3  # two claims of one sentence keep apart


def test_hard_wrapped_lines_are_read_as_one_sentence():
    line = "Năm 2023, tỷ lệ hồ sơ được tiếp nhận, giải quyết trực tuyến của tỉnh Quảng Nam đạt"
    filler = "Đây là một dòng văn bản được ngắt cứng ở khoảng tám mươi ký tự như trong văn bản"
    text = "\n".join([filler] * 12) + ".\n\n" + line + "\n45,6% so với tổng số hồ sơ tiếp nhận.\n"
    assert claims(text, doc_date="2024-01-10") == [
        ("Quảng Nam", "online_dossier_rate", 45.6, "exact", "achieved", "2023-01-01", "2023-12-31")
    ]


def test_dev_corpus_claims():
    """The dev corpus (tests/data/dev, real 2025 documents) against its gold. The misses left
    are periods of DATE entities the recognizer does not yet give ("9 tháng", "10 tháng")."""
    preds = {}
    for path in sorted((DEV / "raw").glob("*.txt")):
        preds[path.name] = _ex().extract_file(path).model_dump(mode="json")
    rep = evaluate(DEV / "gold", preds)
    assert rep.claims.f1 >= 0.9, rep.format(verbose=True)


def test_dev_gold_files_are_the_copies_the_readme_names():
    names = sorted(p.name for p in (DEV / "gold").glob("*.claims.json"))
    assert len(names) == 8
    for n in names:
        assert json.loads((DEV / "gold" / n).read_text(encoding="utf-8"))["claims"]


# ------------------------------------------------------------------ invariants over generated text (hypothesis)

_CLAIM_PIECES = [
    "Tỷ lệ hồ sơ trực tuyến",
    "của Hà Nội",
    "Đà Nẵng và TP.HCM",
    "lần lượt là",
    "đạt",
    "45%",
    "tối thiểu 30%",
    "từ 55,25% đến 86,80%",
    "(bình quân cả nước là 54,4%)",
    "so với năm 2023",
    "trong năm 2024",
    "tính đến ngày 31/10/2025",
    "phấn đấu",
    "sẽ",
    "chưa đạt",
    "tăng",
    "giảm",
    "Đơn vị",
    "**",
    "*",
    "“",
    "”",
    '"',
    "(",
    ")",
    ";",
    ":",
    ",",
    ".",
    "?",
    "\n",
    "\n\n",
    "|\n",
    " | ",
    "\t",
    "QUYẾT ĐỊNH\n",
    "Kế hoạch số 12/KH-UBND về",
    "cộng 05 điểm",
    "Tỷ lệ = b/a * 100%",
    "% | ≥ 80 |",
    "# ",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_CLAIM_PIECES), max_size=30).map(" ".join))
def test_claims_keep_their_spans_on_any_mix(text):
    r = _ex().extract(text, doc_date=dt.date(2025, 11, 30))
    assert not any(e.kind == "internal_error" for e in r.errors)
    for c in r.claims:
        assert r.text[c.evidence.start : c.evidence.end] == c.evidence.text
        if c.metric.start is not None:
            assert r.text[c.metric.start : c.metric.end] == c.metric.text
        if c.subject.start is not None and c.subject.text is not None:
            assert r.text[c.subject.start : c.subject.end] == c.subject.text
        assert 0 <= c.confidence <= 1 and c.value.unit == "%"
        assert c.status in ("achieved", "target", "projected")


# fixed at the merge of round 2: periods written as one DATE entity of their own
MERGED_PERIODS = [
    pytest.param(
        "Tính từ đầu năm đến đầu tháng 11-2022, tỷ lệ hồ sơ trực tuyến của Đà Nẵng đạt 67%.",
        "2022-11-30",
        [("Đà Nẵng", "online_dossier_rate", 67.0, "exact", "achieved", "2022-01-01", "2022-11-10")],
        id="interval-entity-tu-dau-nam-den-dau-thang",
    ),
    pytest.param(
        "Từ đầu năm đến cuối tháng 9/2023, tỷ lệ hồ sơ trực tuyến của Huế đạt 58,2%.",
        "2023-10-05",
        [("Thừa Thiên Huế", "online_dossier_rate", 58.2, "exact", "achieved", "2023-01-01", "2023-09-30")],
        id="interval-entity-tu-dau-nam-den-cuoi-thang",
    ),
    pytest.param(
        "Chương trình cắt giảm thủ tục năm 2025 và 2026 của tỉnh Gia Lai, đảm bảo cắt giảm tối thiểu 30% thời gian thực hiện thủ tục.",
        "2025-11-26",
        [("Gia Lai", "other", 30.0, "at_least", "target", "2025-01-01", "2026-12-31")],
        id="coordinated-years-both-dates",
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", MERGED_PERIODS)
def test_periods_written_as_one_date_entity(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)
