"""Invariants over arbitrary text (hypothesis): no crash; every span valid, sorted, disjoint;
normalization idempotent; output round-trips through the models."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_egov_extract import DocumentResult, Extractor
from vn_egov_extract.normalize import normalize_text

EXAMPLES = int(os.environ.get("VN_EGOV_HYPOTHESIS_EXAMPLES", "200"))
_EX = Extractor()

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
pieces = st.sampled_from(
    [
        "Tỉnh Khánh Hòa",
        "Hoà Bình",
        "đạt",
        "37,43%",
        "từ 55,25% đến 86,80%",
        "ngày 21/7/2021",
        "17/NQ-CP",
        "UBND tỉnh",
        "Bộ TT&TT",
        "TP.HCM",
        "năm nay",
        "tối thiểu",
        "|",
        "\n",
        " ",
        ".",
        ",",
        "1.865",
        "quý III/2021",
        "Ðồng Nai",
        "\u200b",
        "\u00a0",
        "%",
        "/",
        "-",
        "tháng 4/2022",
        "cả nước",
        "chỉ tiêu",
        "sẽ đạt",
    ]
)
vietnamese_like = st.lists(
    st.one_of(pieces, st.text(alphabet=VIET + VIET.upper() + " 0123456789,.%/-|\n", max_size=12)), max_size=40
).map("".join)


def _check(r: DocumentResult) -> None:
    t = r.text
    prev_end = 0
    for e in r.entities:
        assert t[e.start : e.end] == e.text
        assert e.start >= prev_end
        prev_end = e.end
    for s in r.sentences:
        assert t[s.start : s.end] == s.text
    for c in r.claims:
        assert t[c.evidence.start : c.evidence.end] == c.evidence.text
    assert DocumentResult.model_validate_json(r.model_dump_json()) == r


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_string(s):
    _check(_EX.extract(s))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like)
def test_vietnamese_like_text(s):
    _check(_EX.extract(s))


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.text(max_size=200))
def test_normalization_idempotent(s):
    once = normalize_text(s)
    assert normalize_text(once) == once
