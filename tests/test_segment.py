"""Sentences and tokens with offsets; domain tokens kept whole."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from vn_egov_extract import segment as segment_module
from vn_egov_extract.document import Doc
from vn_egov_extract.segment import (
    _TEMPLATES,
    _abbreviations,
    _crf,
    _pretokens,
    _sentence_pieces,
    _word_before,
    protected_spans,
    split_sentences,
    tokenize_span,
    tokenize_text,
)


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
    pytest.param(
        "Đánh giá tại địa chỉ https://dti.gov.vn để tổng hợp. Xong.",
        ["Đánh giá tại địa chỉ https://dti.gov.vn để tổng hợp.", "Xong."],
        id="seed-000-url-not-cut",
    ),
    pytest.param(
        "Báo cáo trên https://bcudcntt.aita.gov.vn. Tiếp theo.",
        ["Báo cáo trên https://bcudcntt.aita.gov.vn.", "Tiếp theo."],
        id="seed-003-url-at-sentence-end",
    ),
    pytest.param(
        "Xem tại mic.gov.vn để biết. Email: abc@mic.gov.vn thì tốt.",
        ["Xem tại mic.gov.vn để biết.", "Email: abc@mic.gov.vn thì tốt."],
        id="fixed-bug-domain-and-email-not-cut",
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


# real documents (seeds, dev corpus) and the VTB conventions the CRF was trained for
MORE_TOKEN_CASES = [
    pytest.param("Nguồn: Mic.gov.vn", ["Nguồn", ":", "Mic.gov.vn"], id="seed-000-domain"),
    pytest.param("ông Nguyễn Văn H. cho biết", ["ông", "Nguyễn Văn H.", "cho", "biết"], id="initial-with-dot"),
    pytest.param("Quốc lộ 1A và xe 43H-016", None, id="codes-and-plates"),
    pytest.param("ngày 23-3 tại TP. HCM", None, id="day-month-and-spaced-tp"),
    pytest.param("Tp.HCM, Bộ KH&ĐT và Sở LĐ-TB&XH", None, id="fixed-words"),
    pytest.param("tháng 8/2020 đạt 100 % kế hoạch", None, id="month-and-spaced-percent"),
]


@pytest.mark.parametrize("text,expected", MORE_TOKEN_CASES)
def test_more_tokens(text, expected):
    toks = tokenize_text(text)
    words = [t.text for t in toks]
    for t in toks:
        assert text[t.start : t.end] == t.text
    if expected is not None:
        assert words == expected
    for whole in ("Mic.gov.vn", "1A", "43H-016", "23-3", "Tp.HCM", "Bộ KH&ĐT", "Sở LĐ-TB&XH", "100 %", "8/2020"):
        if whole in text:
            assert whole in words, (whole, words)
    if "TP. HCM" in text:  # the spaced form is two words, as in the treebank: "TP." "HCM"
        assert "TP." in words and "HCM" in words


def test_tokens_tile_the_text_without_white_space():
    text = "Theo Kế hoạch số 157/KH-UBND, đến quý III/2021 TP. Cần Thơ đạt 37,43% (tăng 2,5 điểm)."
    toks = tokenize_text(text)
    assert "".join(t.text for t in toks).replace(" ", "") == text.replace(" ", "")
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False))


def test_our_features_equal_underthesea_featurizer():
    """The features computed here are exactly those of underthesea_core.CRFFeaturizer."""
    core = pytest.importorskip("underthesea_core")
    seg = _crf()
    if seg is None or seg._featurizer is not None:
        pytest.skip("underthesea's CRF model with the known templates is not installed")
    ref = core.CRFFeaturizer(list(_TEMPLATES), set(seg._dict))
    for text in [
        "Bác sĩ bây giờ có thể thản nhiên báo tin bệnh nhân bị ung thư",
        "Tỉnh Khánh Hòa đạt 37,43% năm 2020 .",
        "责任编辑 : Hà 2020 ǅa ß İ ١٢ E-mail 3a",
        "A",
        "một hai",
    ]:
        toks = [text[a:b] for a, b, _ in _pretokens(text, 0, len(text))]
        assert seg.features(toks) == ref.process([[[t] for t in toks]])[0]


def test_fallback_without_the_model_file(monkeypatch):
    """Without the model files the tokenizer uses underthesea.word_tokenize, re-aligned."""
    monkeypatch.setattr(segment_module, "_crf", lambda: None)
    text = "Tỉnh Khánh Hoà đạt 37,43% tại TP.HCM."
    words = [t.text for t in tokenize_text(text)]
    assert words == ["Tỉnh", "Khánh Hoà", "đạt", "37,43%", "tại", "TP.HCM", "."]


# the sentence rule is underthesea's sent_tokenize, re-implemented with offsets
SENTENCE_RULE_CASES = [
    pytest.param("Đạt 1.500 hồ sơ. Xong", ["Đạt 1.500 hồ sơ.", "Xong"], id="digit-dot-digit"),
    pytest.param("Ông Nguyễn Văn A. Trần phát biểu.", ["Ông Nguyễn Văn A. Trần phát biểu."], id="initial"),
    pytest.param("Gặp TS. Lê Hùng và ThS. Mai.", ["Gặp TS. Lê Hùng và ThS. Mai."], id="titles"),
    pytest.param("Hồ sơ, giấy tờ v.v. Sau đó", ["Hồ sơ, giấy tờ v.v. Sau đó"], id="v.v."),
    pytest.param("Chờ đợi... Rồi xong... nhé", ["Chờ đợi...", "Rồi xong... nhé"], id="ellipsis"),
    pytest.param("Sao vậy?! Được rồi!", ["Sao vậy?!", "Được rồi!"], id="question-exclamation"),
    pytest.param("Tại các tỉnh, TP. Hà Nội đạt 5%.", ["Tại các tỉnh, TP. Hà Nội đạt 5%."], id="tp-dot"),
]


@pytest.mark.parametrize("text,expected", SENTENCE_RULE_CASES)
def test_sentence_rule(text, expected):
    assert _sents(text) == expected


_WORDS = ["Hà", "Nội", "đạt", "tỷ", "lệ", "TP", "TS", "v.v", "A", "b", "1", "500", "2021", "Sở", "quý"]
_SEPS = [" ", ". ", ".", "? ", "!", "... ", "...", ", ", "?! ", "  ", ".\t"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPS)), max_size=14))
def test_sentence_pieces_equal_underthesea_sent_tokenize(parts):
    """Same pieces, except after a word only in underthesea's learned list (e.g. "a.v")."""
    st_module = pytest.importorskip("underthesea.pipeline.sent_tokenize")
    st_module._load_model()
    theirs_only = st_module.sentence_tokenizer.abbrev_types - _abbreviations()
    line = "".join(w + sep for w, sep in parts).strip()
    words = {_word_before(line, 0, i).lower() for i, c in enumerate(line) if c == "."}
    assume(not words & theirs_only)
    sent_tokenize = st_module.sent_tokenize
    want = [p.strip() for p in sent_tokenize(line)] if line else []
    assert [line[a:b] for a, b in _sentence_pieces(line, 0, len(line))] == [p for p in want if p]


# a name followed by a verb is two words unless the pair is a dictionary word
NAME_CASES = [
    pytest.param("Giám đốc Nguyễn Văn Thu đọc báo cáo", ["Nguyễn Văn Thu", "đọc"], id="name-then-verb"),
    pytest.param("Anh Phạm biết chuyện này", ["Phạm", "biết"], id="fixed-bug-crf-joined-name-and-verb"),
    pytest.param("Ông Lê Hùng nhắc lại yêu cầu", ["Lê Hùng", "nhắc"], id="name-then-verb-2"),
    pytest.param("Theo Sở Tư pháp tỉnh", ["Tư pháp"], id="seed-style-agency-dictionary-word"),
    pytest.param("Bác sĩ bây giờ có thể", ["Bác sĩ"], id="sentence-initial-kept"),
]


@pytest.mark.parametrize("text,expected_words", NAME_CASES)
def test_name_then_common_word(text, expected_words):
    words = [t.text for t in tokenize_text(text)]
    for w in expected_words:
        assert w in words, words
