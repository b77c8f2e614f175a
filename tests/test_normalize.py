"""Normalization and the folded view: real strings that other Vietnamese tools get wrong."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vn_egov_extract.normalize import FoldedView, fold_key, fold_tones, normalize_text

NORMALIZE_CASES = [
    pytest.param(
        unicodedata.normalize("NFD", "Tỉnh Khánh Hòa đạt 37,43%"), "Tỉnh Khánh Hòa đạt 37,43%", id="nfd-to-nfc"
    ),
    pytest.param("Ðồng Nai", "Đồng Nai", id="eth-U+00D0"),
    pytest.param("ðồng", "đồng", id="eth-lower"),
    pytest.param("(Mic.gov.vn) -\u00a0", "(Mic.gov.vn) - ", id="nbsp-seed-000"),
    pytest.param("10\u202f000", "10 000", id="narrow-nbsp"),
    pytest.param("Hoà\u200bBình", "Hoà\u200bBình", id="zero-width-kept"),
    pytest.param("Khánh Hoà", "Khánh Hoà", id="old-tone-kept-in-text"),
]


@pytest.mark.parametrize("raw,expected", NORMALIZE_CASES)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("raw", [c.values[0] for c in NORMALIZE_CASES])
def test_normalize_is_idempotent(raw):
    once = normalize_text(raw)
    assert normalize_text(once) == once


TONE_CASES = [
    ("Khánh Hoà", "Khánh Hòa"),
    ("Thuỷ lợi", "Thủy lợi"),
    ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Thanh Hoá", "Thanh Hóa"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("hoàn thành", "hoàn thành"),  # closed syllable: no change
    ("quý III", "quý III"),  # qu + ý: no change
    ("huỳnh", "huỳnh"),
    ("tuỳ", "tùy"),
]


@pytest.mark.parametrize("old,new", TONE_CASES)
def test_fold_tones(old, new):
    assert fold_tones(old) == new
    assert len(fold_tones(old)) == len(old)


def test_folded_view_maps_invisible_characters_back():
    text = "UBND tỉnh Khánh\u200b Hoà đạt"
    fv = FoldedView(text)
    assert "\u200b" not in fv.view
    i = fv.view.index("Khánh Hòa")
    s, e = fv.span(i, i + len("Khánh Hòa"))
    assert text[s:e] == "Khánh\u200b Hoà"


def test_fold_key_equates_styles():
    assert fold_key("Khánh  Hoà") == fold_key("khánh hòa") == "khánh hòa"


# fixed bugs / speed rewrite: fold_tones now matches precomposed NFC letters instead of
# decomposing the whole text; it must agree with the decomposed (NFD) definition.
_NFD_OLD_TONE = regex.compile(
    r"(?<![qQ])([oO])([aAeE])([\u0300\u0301\u0303\u0309\u0323])(?!\p{L}|\p{M})"
    r"|(?<![qQ])([uU])([yY])([\u0300\u0301\u0303\u0309\u0323])(?!\p{L}|\p{M})"
)


def _fold_tones_nfd(s: str) -> str:
    """Reference: move the tone in NFD, where it is a separate code point."""

    def move(m: regex.Match[str]) -> str:
        g = m.groups()
        first, second, tone = g[0:3] if g[0] else g[3:6]
        return first + tone + second

    return unicodedata.normalize("NFC", _NFD_OLD_TONE.sub(move, unicodedata.normalize("NFD", s)))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="oOuUqQaAeEyYâăhn \u0300\u0301\u0303\u0309\u0323\u0302\u0306", max_size=12))
def test_fold_tones_agrees_with_the_nfd_definition(raw: str) -> None:
    s = unicodedata.normalize("NFC", raw)
    assert fold_tones(s) == _fold_tones_nfd(s)
    assert len(fold_tones(s)) == len(s)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aoHà \u00a0\u2007\u202f\u00d0\u00f0\u200b\u00ad\n", max_size=20))
def test_folded_view_maps_every_character_back(raw: str) -> None:
    text = normalize_text(raw)
    fv = FoldedView(text)
    assert len(fv.lower) == len(fv.view)
    for i in range(len(fv.view)):
        s, e = fv.span(i, i + 1)
        assert e == s + 1
        # the same letter; only a tone mark may have moved to its neighbour
        assert unicodedata.normalize("NFD", text[s])[0] == unicodedata.normalize("NFD", fv.view[i])[0]


def test_lone_surrogates_become_replacement_characters():
    # a Python str may hold them; UTF-8 (and so JSON output) cannot
    assert normalize_text("Hà Nội\ud800 đạt") == "Hà Nội\ufffd đạt"
