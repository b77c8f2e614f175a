"""Normalization and the folded view: real strings that other Vietnamese tools get wrong."""

from __future__ import annotations

import unicodedata

import pytest

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
