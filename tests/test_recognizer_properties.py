"""Invariants of every recognizer over generated text (hypothesis): no exception; each
candidate's offsets index ``text`` (``text[start:end] == span``, end exclusive, non-empty); each
value has the model of its label; the resolved entities are sorted and disjoint."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_egov_extract.document import Doc
from vn_egov_extract.layout import apply_layout
from vn_egov_extract.models import Entity
from vn_egov_extract.recognizers import default_recognizers
from vn_egov_extract.resolve import resolve_entities

EXAMPLES = int(os.environ.get("VN_EGOV_HYPOTHESIS_EXAMPLES", "200"))
RECOGNIZERS = default_recognizers()

PIECES = [
    "Các Bộ: ",
    "TC, XD, NV",
    "Sở: Nội vụ, Y tế, KHCN;",
    "Tỉnh ủy, HĐND, UBND tỉnh Thanh Hóa",
    "UBND tỉnh",
    "ỦY BAN NHÂN DÂN**\nTHÀNH PHỐ CẦN THƠ",
    "Hội đồng Thi đua",
    " (gọi tắt là Hội đồng thi đua)",
    "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam",
    "Thuế\nThành phố",
    "Công an xã\nYên Khương",
    "57-NQ/TW",
    "66.4/2025/NQ-CP",
    "3380/QĐ- TTPVHCC",
    "Đề án 06",
    "| % | ≥ 55 |",
    "không quá 10% tập thể, 5% cá nhân",
    "vượt mục tiêu (10%)",
    "từ ngày 08 đến ngày 09 tháng 11 năm 2025",
    "ngày 25 hằng tháng",
    "lũy kế 10 tháng",
    "từ 02 địa phương trở lên",
    "47,5 nghìn tỷ đồng",
    "Thứ trưởng Bộ TT&TT Nguyễn Huy Dũng",
    "0912.373.907",
    "a@b.vn",
    "1900 9090",
    "Thủ đô Hà Nội",
    "tỉnh\nPhú Thọ",
    "\n",
    " ",
    ",",
    ".",
    "(",
    ")",
    "-",
    "|",
    "*",
    "\u00a0",
]


def _check(text: str) -> None:
    doc = Doc(text)
    apply_layout(doc)
    candidates = []
    for rec in RECOGNIZERS:
        for e in rec.find(doc):
            assert 0 <= e.start < e.end <= len(text), (rec, e)
            assert text[e.start : e.end] == e.text, (rec, e)
            if not (e.label == "AGENCY" and e.value.get("kind") == "enterprise"):
                Entity(label=e.label, text=e.text, start=e.start, end=e.end, value=e.value)
            candidates.append(e)
    ents = resolve_entities(doc, candidates)
    for a, b in zip(ents, ents[1:], strict=False):
        assert a.end <= b.start, (a, b)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=14))
def test_recognizers_on_mixed_pieces(pieces):
    _check("".join(pieces))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_recognizers_on_any_text(text):
    _check(text)
