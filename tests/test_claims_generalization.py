"""Claims in running text, by error kind of the blind held-out sets (tests/data/heldout/RESULTS.md
and SCORES_h11.txt): each table holds the pattern as a held-out document states it ("heldout-"
ids, the sentence quoted or trimmed), and neighbours written with other provinces, ministries,
metrics, periods and cue words ("style-" ids), plus the negative neighbours the rule must leave
alone.

Each expected claim is ``(subject name, metric key, value or (low, high), qualifier, status,
period start, period end)`` unless a table says otherwise.
"""

from __future__ import annotations

import pytest
from helpers import claims


def _norm(rows):
    return sorted(rows, key=lambda r: tuple(str(x) for x in r))


def _rows(table, prefix):
    return [pytest.param(*c, id=f"{prefix}-{i}") for i, c in enumerate(table)]


# ------------------------------------------------------------------ periods

#: a date after a comma that opens the next value's segment is that value's period, not the
#: period of the value before the comma
PERIOD_OWNERSHIP = [
    (  # heldout tb-623 (trimmed)
        "Tốc độ tăng trưởng GRDP trên địa bàn tỉnh Đắk Lắk trong Quý III đạt 6,26%, 9 tháng năm 2025 tăng 6,9%.",
        "2025-11-15",
        [
            ("Đắk Lắk", "other", 6.26, "exact", "achieved", "2025-07-01", "2025-09-30"),
            ("Đắk Lắk", "other", 6.9, "exact", "achieved", "2025-01-01", "2025-09-30"),
        ],
    ),
    (  # style: month then cumulative months
        "Kim ngạch xuất khẩu của tỉnh Bình Dương tháng 10 năm 2025 tăng 4,2%, 10 tháng năm 2025 tăng 11,5%.",
        "2025-11-20",
        [
            ("Bình Dương", "other", 4.2, "exact", "achieved", "2025-10-01", "2025-10-31"),
            ("Bình Dương", "other", 11.5, "exact", "achieved", "2025-01-01", "2025-10-31"),
        ],
    ),
    (  # negative neighbour: a date after the comma with no value of its own stays the value's
        "Tỷ lệ giải ngân vốn đầu tư công của tỉnh Nghệ An đạt 60,5%, tính đến ngày 30/9/2025.",
        "2025-10-15",
        [("Nghệ An", "other", 60.5, "exact", "achieved", None, "2025-09-30")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(PERIOD_OWNERSHIP, "period-ownership"))
def test_period_ownership(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


#: a strategy's orientation year ("định hướng đến năm 2030") is no deadline of its targets while
#: the same sentence names their stage; a stage of several years is the span of its targets
ORIENTATION = [
    (  # heldout vietnamnet (trimmed)
        "“Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng"
        " đến năm 2030” đã đề ra hàng loạt chỉ tiêu, trong đó có các yêu cầu: 100% dịch vụ công trực tuyến"
        " được thiết kế lại, điền sẵn dữ liệu mà người dùng đã cung cấp trước đó; tối thiểu 80% hồ sơ thủ"
        " tục hành chính được xử lý hoàn toàn trực tuyến.",
        "2025-11-07",
        [
            ("Việt Nam", "other", 100.0, "exact", "target", "2021-01-01", "2025-12-31"),
            ("Việt Nam", "online_dossier_rate", 80.0, "at_least", "target", "2021-01-01", "2025-12-31"),
        ],
    ),
    (  # style: a provincial plan with a vision year
        "Kế hoạch chuyển đổi số tỉnh Lâm Đồng giai đoạn 2026 - 2030, tầm nhìn đến năm 2045 đặt mục tiêu"
        " 90% hồ sơ thủ tục hành chính được xử lý trực tuyến.",
        "2025-12-10",
        [("Lâm Đồng", "online_dossier_rate", 90.0, "exact", "target", "2026-01-01", "2030-12-31")],
    ),
    (  # negative neighbour: the orientation year alone stays the period
        "Tỉnh Quảng Ninh định hướng đến năm 2030 có 100% hồ sơ được số hóa.",
        "2025-12-10",
        [("Quảng Ninh", "other", 100.0, "exact", "target", None, "2030-12-31")],
    ),
    (  # negative neighbour: a single year stays a deadline (no start)
        "Mục tiêu năm 2026 của tỉnh Hà Tĩnh là 70% hồ sơ trực tuyến.",
        "2025-12-10",
        [("Hà Tĩnh", "online_dossier_rate", 70.0, "exact", "target", None, "2026-12-31")],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(ORIENTATION, "orientation"))
def test_orientation_year_is_no_deadline(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)


_STAGES = (
    "2. Mục tiêu cụ thể\n"
    "Một số chỉ tiêu cơ bản bao gồm:\n"
    "- Giai đoạn 2025-2027\n"
    "+ 100% dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính có đủ điều kiện.\n"
    "+ 95% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến.\n"
    "- Giai đoạn 2028-2030\n"
    "+ 99% người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến.\n"
    "+ 100% cơ quan, tổ chức sử dụng ít nhất 01 ứng dụng\n"
    "AI để phục vụ công tác chỉ đạo, điều hành.\n"
    "+ 25% đội ngũ lãnh đạo có chuyên môn về chuyển đổi số.\n"
)

#: a line that names only a period heads the list items below it ("- Giai đoạn 2025-2027")
STAGES = [
    (  # heldout qd-2629 (trimmed; one item's line wrapped before an upper-case word)
        _STAGES,
        "2025-12-01",
        [
            ("Việt Nam", "dvc_level4_rate", 100.0, "exact", "target", "2025-01-01", "2027-12-31"),
            ("Việt Nam", "other", 95.0, "exact", "target", "2025-01-01", "2027-12-31"),
            ("Việt Nam", "other", 99.0, "exact", "target", "2028-01-01", "2030-12-31"),
            ("Việt Nam", "other", 100.0, "exact", "target", "2028-01-01", "2030-12-31"),
            ("Việt Nam", "other", 25.0, "exact", "target", "2028-01-01", "2030-12-31"),
        ],
    ),
    (  # style: years as stages, lettered items, a province's plan
        "KẾ HOẠCH\nChuyển đổi số tỉnh Phú Thọ\n\nI. MỤC TIÊU\n\nCác chỉ tiêu chủ yếu:\n\na) Năm 2026\n\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 60%;\n\n- 80% doanh nghiệp sử dụng hóa đơn điện tử.\n\nb) Đến năm 2030\n\n"
        "- Tỷ lệ hồ sơ trực tuyến đạt 90%.",
        "2025-12-15",
        [
            ("Phú Thọ", "online_dossier_rate", 60.0, "exact", "target", None, "2026-12-31"),
            ("Phú Thọ", "other", 80.0, "exact", "target", None, "2026-12-31"),
            ("Phú Thọ", "online_dossier_rate", 90.0, "exact", "target", None, "2030-12-31"),
        ],
    ),
]


@pytest.mark.parametrize("text,doc_date,expected", _rows(STAGES, "stages"))
def test_stage_lines_give_their_items_a_period(text, doc_date, expected):
    assert _norm(claims(text, doc_date=doc_date)) == _norm(expected)
