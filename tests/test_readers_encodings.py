"""Legacy Vietnamese encodings: TCVN3, VNI, Windows-1258 and mojibake, in text and files.

The TCVN3 samples are made with the GNU C Library's own TCVN5712-1 converter (``iconv``), the
VNI samples with the VNI-Windows layout written out below, independently of
``models/legacy_charmaps.tsv``; the issue's own examples are literal cases.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_egov_extract import Extractor
from vn_egov_extract.readers.encodings import (
    convert_legacy_font,
    convert_tcvn3,
    convert_vni,
    decode_legacy,
    fix_mojibake,
    legacy_font_encoding,
    repair_text,
)
from vn_egov_extract.readers.text import decode_text
from vn_egov_extract.resources import load_tsv

# Real sentences (seed 003, Công văn 3485/BTTTT-THH; dev kh-157 Cần Thơ), capitals only where
# TCVN3 (VN3) has them.
PASSAGES = [
    "Tỉ lệ dịch vụ công trực tuyến mức độ 4 trung bình cả nước đạt 17,97%; đặc biệt 05 bộ, 22 tỉnh đạt tỉ lệ còn ít hơn 10%.",
    "Thủ tướng Chính phủ tiếp tục yêu cầu các bộ, tỉnh đẩy nhanh cung cấp dịch vụ công trực tuyến mức độ 4, đạt tỉ lệ tối thiểu 30% trong năm 2020.",
    "Quyết định số 17/QĐ-UBND của UBND tỉnh Khánh Hòa về việc phê duyệt kế hoạch chuyển đổi số năm 2025.",
    "Tỷ lệ hồ sơ thanh toán trực tuyến đạt từ 55,25% đến 86,80%; người dân, doanh nghiệp được hỗ trợ ưu tiên.",
]

# ------------------------------------------------------------------ encoders for the samples


def _iconv_tcvn3(text: str) -> str | None:
    """``text`` encoded by glibc's TCVN5712-1 converter, shown as Windows-1252 characters."""
    if shutil.which("iconv") is None:
        return None
    r = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True)
    if r.returncode != 0:
        return None
    return "".join(bytes([b]).decode("cp1252", errors="replace") if b >= 0x80 else chr(b) for b in r.stdout)


_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRC_TONE = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE_TONE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_VNI_I = {"": "i", "\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}


def _vni_encode(text: str) -> str:
    """``text`` in VNI-Windows (as Windows-1252 characters), from the VNI font layout."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        upper = base.isupper()
        b = base.lower()
        tone = "".join(m for m in marks if m in _VNI_TONE)
        shape = "".join(m for m in marks if m not in _VNI_TONE)
        if ch.lower() == "đ":
            s = "ñ"
        elif b == "i" and not shape:
            s = _VNI_I[tone]
        elif b == "y" and tone == "\u0323":
            s = "î"
        elif shape == "\u0302":
            s = b + _VNI_CIRC_TONE[tone]
        elif shape == "\u0306":
            s = b + _VNI_BREVE_TONE[tone]
        elif shape == "\u031b":
            s = {"o": "ô", "u": "ö"}[b] + (_VNI_TONE[tone] if tone else "")
        elif tone:
            s = b + _VNI_TONE[tone]
        else:
            s = ch.lower() if upper else ch
        out.append(s.upper() if upper else s)
    return "".join(out)


def _cp1258_encode(text: str) -> bytes:
    """``text`` in Windows-1258: precomposed where the code page has it, else base + tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in d if m in _VNI_TONE)
        base = unicodedata.normalize("NFC", "".join(m for m in d if m not in _VNI_TONE))
        out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


# ------------------------------------------------------------------ the examples (literal)

LITERAL = [
    pytest.param("tcvn3", "QuyÕt ®Þnh sè 17/Q§-UBND", "Quyết định số 17/QĐ-UBND", id="issue-tcvn3"),
    pytest.param("tcvn3", "B¶o Th¾ng", "Bảo Thắng", id="tcvn3-place-name"),
    pytest.param("tcvn3", "Tû lÖ hå s¬ trùc tuyÕn", "Tỷ lệ hồ sơ trực tuyến", id="tcvn3-metric"),
    pytest.param("vni", "Quyeát ñònh", "Quyết định", id="issue-vni"),
    pytest.param("vni", "Xin chaøo caùc baïn", "Xin chào các bạn", id="vni-greeting"),
    pytest.param("vni", "UÛy ban nhaân daân tænh Khaùnh Hoøa", "Ủy ban nhân dân tỉnh Khánh Hòa", id="vni-agency"),
    pytest.param("mojibake", "Viá»‡t Nam", "Việt Nam", id="issue-mojibake"),
    pytest.param("mojibake", "Tá»· lá»‡ Ä‘áº¡t 37,43%", "Tỷ lệ đạt 37,43%", id="mojibake-percent"),
]

_CONVERT = {"tcvn3": convert_tcvn3, "vni": convert_vni, "mojibake": fix_mojibake}


@pytest.mark.parametrize(("enc", "legacy", "expected"), LITERAL)
def test_literal_conversions(enc, legacy, expected):
    assert _CONVERT[enc](legacy) == expected


@pytest.mark.parametrize(("enc", "legacy", "expected"), LITERAL)
def test_literal_detected_by_repair_text(enc, legacy, expected):
    text, errors = repair_text(legacy)
    assert text == expected
    assert [(e.kind, e.severity) for e in errors] == [("encoding_repaired", "info")]


# ------------------------------------------------------------------ samples made from the character maps


@pytest.mark.parametrize("passage", PASSAGES)
def test_tcvn3_made_by_glibc_converts_exactly(passage):
    legacy = _iconv_tcvn3(passage)
    if legacy is None:
        pytest.skip("iconv with TCVN5712-1 is not available")
    assert legacy != passage
    assert convert_tcvn3(legacy) == passage
    assert repair_text(legacy)[0] == passage


@pytest.mark.parametrize("passage", PASSAGES)
def test_vni_converts_exactly(passage):
    legacy = _vni_encode(passage)
    assert convert_vni(legacy) == passage
    assert repair_text(legacy)[0] == passage


@pytest.mark.parametrize("passage", PASSAGES)
def test_mojibake_converts_exactly(passage):
    legacy = passage.encode("utf-8").decode("cp1252", errors="ignore")
    legacy = "".join(
        bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
        for b in passage.encode("utf-8")
    )
    assert fix_mojibake(legacy) == passage
    assert repair_text(legacy)[0] == passage


@pytest.mark.parametrize("passage", PASSAGES)
def test_cp1258_bytes_decode_exactly(passage):
    text, errors = decode_text(_cp1258_encode(passage))
    assert text == passage
    assert [e.kind for e in errors] == ["encoding_repaired"]
    assert "Windows-1258" in errors[0].message


@pytest.mark.parametrize("passage", PASSAGES)
def test_tcvn3_bytes_decode_exactly(passage):
    legacy = _iconv_tcvn3(passage)
    if legacy is None:
        pytest.skip("iconv with TCVN5712-1 is not available")
    data = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=passage.encode(), capture_output=True
    ).stdout
    text, errors = decode_text(data)
    assert text == passage
    assert "TCVN3" in errors[0].message


@pytest.mark.parametrize("passage", PASSAGES)
def test_vni_bytes_decode_exactly(passage):
    data = _vni_encode(passage).encode("cp1252")
    assert decode_legacy(data)[0] == passage


def test_mixed_document_converts_only_the_legacy_lines():
    legacy = _vni_encode(PASSAGES[0])
    text, errors = repair_text(PASSAGES[1] + "\n" + legacy + "\n" + PASSAGES[2])
    assert text == "\n".join([PASSAGES[1], PASSAGES[0], PASSAGES[2]])
    assert "1 line(s) in VNI" in errors[0].message


def test_tcvn3_file_gives_the_same_claims_as_unicode():
    passage = PASSAGES[0].replace("05 bộ, 22 tỉnh", "tỉnh Khánh Hòa").replace("Tỉ lệ", "Tỉnh Khánh Hòa có tỉ lệ")
    data = _cp1258_encode(passage)
    ex = Extractor()
    r_legacy = ex.extract_bytes(data, name="cv.txt")
    r_text = ex.extract(passage)
    assert r_legacy.text == passage
    assert [e.kind for e in r_legacy.errors] == ["encoding_repaired"]
    key = [(c.subject.name, c.metric.key, c.value.value, c.status) for c in r_text.claims]
    assert key and [(c.subject.name, c.metric.key, c.value.value, c.status) for c in r_legacy.claims] == key


# ------------------------------------------------------------------ fonts

FONTS = [
    pytest.param(".VnTime", ("tcvn3", False), id="vntime"),
    pytest.param(".VnTimeH", ("tcvn3", True), id="vntimeh-capitals"),
    pytest.param("ABCDEF+VnArial", ("tcvn3", False), id="pdf-subset-vnarial"),
    pytest.param(".VnArialH", ("tcvn3", True), id="vnarialh"),
    pytest.param("VNI-Times", ("vni", False), id="vni-times"),
    pytest.param("ABCDEF+VNI-Helve", ("vni", False), id="pdf-subset-vni"),
    pytest.param("Times New Roman", None, id="unicode-font"),
    pytest.param("TimesNewRomanPSMT", None, id="pdf-unicode-font"),
    pytest.param("Arial", None, id="arial"),
    pytest.param(None, None, id="no-font"),
]


@pytest.mark.parametrize(("font", "expected"), FONTS)
def test_legacy_font_encoding(font, expected):
    assert legacy_font_encoding(font) == expected


def test_capitals_font_run():
    assert convert_legacy_font("quyÕt ®Þnh", ".VnTimeH") == "QUYẾT ĐỊNH"
    assert convert_legacy_font("Quyết định", "Times New Roman") is None


# ------------------------------------------------------------------ negatives: correct text is never touched

NEGATIVE = [
    pytest.param("Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4", id="unicode-vietnamese"),
    pytest.param("Công văn 3485/BTTTT-THH ngày 10/9/2020 – “đẩy nhanh” … • hết", id="unicode-punctuation"),
    pytest.param("Thành phố Hồ Chí Minh, Đắk Lắk, Bà Rịa - Vũng Tàu, Thừa Thiên Huế", id="place-names"),
    pytest.param("Le café à Paris: naïve résumé, déjà vu", id="french"),
    pytest.param("Giá 100 € – 5 × 3 ÷ 2 ± 1 ° ©2024 ®", id="symbols"),
    pytest.param("Ông Nguyễn Mạnh Hùng, Bộ trưởng Bộ TT&TT", id="person"),
    pytest.param("Hoà, Thuỷ, khoẻ (old tone placement)", id="old-tone-placement"),
    pytest.param("© Báo Tin tức. Địa chỉ: 5 Lý Thường Kiệt", id="fixed-bug-copyright-line-read-as-tcvn3"),
    pytest.param("Giá: 5 € – Café Đà Lạt ®", id="fixed-bug-symbols-and-words"),
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_correct_text_is_untouched(text):
    assert repair_text(text) == (text, [])


def test_seeds_and_dev_texts_are_untouched():
    from pathlib import Path

    root = Path(__file__).resolve().parent
    files = sorted((root.parent / "seeds").glob("*.txt")) + sorted((root / "data" / "dev" / "raw").glob("*.txt"))
    assert files
    for f in files:
        t = f.read_text(encoding="utf-8")
        assert repair_text(t) == (t, []), f.name


@given(st.text(max_size=200))
def test_repair_never_raises_and_keeps_line_count(s):
    out, errors = repair_text(s)
    assert out.count("\n") == s.count("\n")


# ------------------------------------------------------------------ data integrity


def test_tcvn3_map_matches_glibc():
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not available")
    rows = [r for r in load_tsv("legacy_charmaps.tsv") if r["encoding"] == "tcvn3"]
    assert len(rows) == 95
    for r in rows:
        b = bytes([int(r["byte"], 16)])
        got = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b, capture_output=True).stdout.decode()
        assert got == "".join(chr(int(x, 16)) for x in r["unicode"].split()), r
