"""The plain-text reader: encodings, BOMs, and clear errors for bytes that are not text."""

from __future__ import annotations

import codecs

import pytest

from vn_egov_extract import Extractor
from vn_egov_extract.errors import InputError
from vn_egov_extract.readers.text import decode_text

TEXT = "Tỉnh Khánh Hòa đạt 37,43%"

CASES = [
    pytest.param(TEXT.encode("utf-8"), id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
    pytest.param(TEXT.encode("utf-16"), id="utf-16-bom"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
    pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le-no-bom"),
]


@pytest.mark.parametrize("data", CASES)
def test_decodes(data):
    assert decode_text(data)[0] == TEXT


def test_binary_is_not_text():
    with pytest.raises(InputError):
        decode_text(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)


def test_some_invalid_bytes_are_replaced_and_reported():
    text, errors = decode_text(TEXT.encode() + b"\xff" + TEXT.encode())
    assert "\ufffd" in text and errors[0].kind == "decode_error"


def test_empty_input_is_a_result_with_an_entry():
    r = Extractor().extract_bytes(b"", name="empty.txt")
    assert r.text == "" and [e.kind for e in r.errors] == ["empty_input"]


def test_nfd_file_is_normalized():
    import unicodedata

    r = Extractor().extract_bytes(unicodedata.normalize("NFD", TEXT).encode(), name="nfd.txt")
    assert r.text == TEXT
    assert [(e.label, e.text) for e in r.entities] == [("LOCATION", "Tỉnh Khánh Hòa"), ("PERCENT", "37,43%")]
