"""Gazetteer matching: case tables and an equivalence property against a regex reference."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_egov_extract.normalize import fold_key
from vn_egov_extract.recognizers.gazetteer import Gazetteer, trie_pattern

NAMES = [
    ("Hà Nội", "HN"),
    ("Hà Nam", "HNa"),
    ("Hà", "H"),
    ("TP.HCM", "HCM"),
    ("TP. Hồ Chí Minh", "HCM"),
    ("Bộ TT&TT", "BTTTT"),
    ("Khánh Hoà", "KH"),
    ("Bà Rịa - Vũng Tàu", "BRVT"),
]
G = Gazetteer(NAMES)


def hits(lower: str, start: int = 0, end: int | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(lower[m.start : m.end], m.entries) for m in G.finditer(lower, start, end)]


# seeds and real documents: the forms met in the corpus
@pytest.mark.parametrize(
    "lower, expected",
    [
        pytest.param("ubnd tp.hcm đạt", [("tp.hcm", ("HCM",))], id="seed-tp.hcm"),
        pytest.param("bộ tt&tt hướng dẫn", [("bộ tt&tt", ("BTTTT",))], id="seed-bo-tt&tt"),
        pytest.param("tỉnh khánh hòa", [("khánh hòa", ("KH",))], id="seed-khanh-hoa-new-tone"),
        pytest.param("tỉnh bà rịa - vũng tàu,", [("bà rịa - vũng tàu", ("BRVT",))], id="real-brvt"),
        pytest.param("tp. hồ\nchí minh", [("tp. hồ\nchí minh", ("HCM",))], id="real-pdf-line-break"),
        pytest.param("hà  nội và hà nam", [("hà  nội", ("HN",)), ("hà nam", ("HNa",))], id="real-double-space"),
    ],
)
def test_real_forms(lower: str, expected: list) -> None:
    assert hits(lower) == expected


# fixed bugs / edge cases of the matcher itself
@pytest.mark.parametrize(
    "lower, start, end, expected",
    [
        pytest.param("hà nộix hà", 0, None, [("hà", ("H",)), ("hà", ("H",))], id="longest-not-whole-word-falls-back"),
        pytest.param("ở hà nội", 3, None, [], id="start-inside-word-uses-char-before"),
        pytest.param("ở hà nội", 2, 7, [("hà", ("H",))], id="end-is-end-of-text"),
        pytest.param("ở hà nội", 2, 8, [("hà nội", ("HN",))], id="window"),
        pytest.param("\n\n hà \n\t nội \n", 0, None, [("hà \n\t nội", ("HN",))], id="leading-and-inner-runs"),
    ],
)
def test_edges(lower: str, start: int, end: int | None, expected: list) -> None:
    assert hits(lower, start, end) == expected


@pytest.mark.parametrize(
    "lower",
    [
        pytest.param("hànội", id="glued"),
        pytest.param("xhà nội", id="letter-before"),
        pytest.param("hà1", id="digit-after"),
        pytest.param("tp.hcmc", id="longer-abbreviation"),
        pytest.param("", id="empty"),
    ],
)
def test_negative(lower: str) -> None:
    assert [h for h in hits(lower) if h[0] != "hà"] == []


def test_lookup_folds_case_space_and_tones() -> None:
    assert G.lookup("KHÁNH   HÒA") == ("KH",)
    assert G.lookup("Hà Tây") == ()


def test_empty_gazetteer() -> None:
    assert list(Gazetteer([]).finditer("hà nội")) == []


_REF = regex.compile(r"(?<![\p{L}\p{N}])(?:" + trie_pattern({fold_key(n) for n, _ in NAMES}) + r")(?![\p{L}\p{N}])")
_PIECES = [fold_key(n) for n, _ in NAMES] + ["x", "1", " ", "\n", "  ", " \n\t", ",", ".", "-", "&", "hà", "nội"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=12).map("".join),
    st.integers(min_value=0, max_value=40),
    st.one_of(st.none(), st.integers(min_value=0, max_value=60)),
)
def test_same_hits_as_the_regex_reference(lower: str, start: int, end: int | None) -> None:
    """The automaton gives exactly the hits of the trie regex (the previous implementation)."""
    ref = [(m.start(), m.end()) for m in _REF.finditer(lower, start, len(lower) if end is None else end)]
    got = [(m.start, m.end) for m in G.finditer(lower, start, end)]
    assert got == ref
    for m in G.finditer(lower, start, end):
        assert m.key == " ".join(lower[m.start : m.end].split())
