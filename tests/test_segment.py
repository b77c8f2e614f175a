"""Sentences and tokens with offsets; domain tokens kept whole."""

from __future__ import annotations

import pytest

from vn_egov_extract.document import Doc
from vn_egov_extract.segment import protected_spans, split_sentences, tokenize_span


def _sents(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


SENTENCE_CASES = [
    pytest.param(
        "Tỷ lệ đạt 37,43%. Tại TP.HCM đạt 20%.",
        ["Tỷ lệ đạt 37,43%.", "Tại TP.HCM đạt 20%."],
        id="tphcm-inside",
    ),
    pytest.param("Hà Nội đạt 20% tại TP.HCM. Xong", ["Hà Nội đạt 20% tại TP.HCM.", "Xong"], id="tphcm-at-end"),
    pytest.param(
        "1. Với điều kiện hiện có, khẩn trương cung cấp.",
        ["1. Với điều kiện hiện có, khẩn trương cung cấp."],
        id="enumerator",
    ),
    pytest.param("Trân trọng./.", ["Trân trọng./."], id="closing-mark"),
    pytest.param("Tiêu đề\nCâu một. Câu hai.", ["Tiêu đề", "Câu một.", "Câu hai."], id="lines-are-blocks"),
    pytest.param(
        "1 | Bộ Y tế | 100% |\n2 | Bộ Tư pháp | 7,87% |",
        ["1 | Bộ Y tế | 100% |", "2 | Bộ Tư pháp | 7,87% |"],
        id="table-rows",
    ),
    pytest.param("", [], id="empty"),
    pytest.param("   \n\n  ", [], id="whitespace"),
]


@pytest.mark.parametrize("text,expected", SENTENCE_CASES)
def test_split_sentences(text, expected):
    assert _sents(text) == expected


TOKEN_CASES = [
    pytest.param(
        "Theo Nghị quyết số 17/NQ-CP ngày 07/3/2019",
        ["Theo", "Nghị quyết", "số", "17/NQ-CP", "ngày", "07/3/2019"],
        id="doc-number-and-date-whole",
    ),
    pytest.param("Tỉnh Khánh Hoà đạt 37,43%", ["Tỉnh", "Khánh Hoà", "đạt", "37,43%"], id="old-tone-realigned"),
    pytest.param("Tại TP.HCM.", ["Tại", "TP.HCM", "."], id="tphcm-then-period"),
    pytest.param(
        "Bộ TT&TT ban hành Văn bản số 3485/BTTTT-THH.",
        ["Bộ TT&TT", "ban hành", "Văn bản", "số", "3485/BTTTT-THH", "."],
        id="seed-003-number",
    ),
    pytest.param("đến hết năm 2020 đã tích hợp 1.865 thủ tục hành chính", None, id="grouped-number"),
    pytest.param("quý III/2021 đạt 8,0 %", None, id="quarter-and-spaced-percent"),
]


@pytest.mark.parametrize("text,expected", TOKEN_CASES)
def test_tokens(text, expected):
    doc = Doc(text)
    toks = tokenize_span(doc, 0, len(text))
    for t in toks:
        assert text[t.start : t.end] == t.text
    if expected is not None:
        assert [t.text for t in toks] == expected
    words = [t.text for t in toks]
    for protected in ("1.865", "quý III/2021", "8,0 %"):
        if protected in text:
            assert protected in words


def test_protected_spans_do_not_take_fractions_or_levels():
    v = "1/2 số tỉnh đạt mức 3, 4"
    assert [v[a:b] for a, b in protected_spans(v)] == []
