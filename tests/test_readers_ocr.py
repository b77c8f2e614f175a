"""Scanned PDFs: OCR with Tesseract (vie) where installed, the --ocr modes, the entry that says
how to install it, and the repair of OCR confusions.

The OCR runs need the ``tesseract`` program with its Vietnamese model and ``pytesseract``;
they are skipped with the reason otherwise (CI installs them: see ``.ci/run``).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pdf_helpers import vietnamese_font

from vn_egov_extract import Extractor
from vn_egov_extract.readers import ReadOptions, read_bytes
from vn_egov_extract.readers import ocr as ocr_mod
from vn_egov_extract.readers.ocr import repair_ocr_text

DATA = Path(__file__).resolve().parent / "data" / "pdf"
SCANS = {
    "cd-187": DATA / "cd-187-cd-ttg-2025-10-04-tthc-dvctt-scan.pdf",
    "cv-15557": DATA / "cv-15557-btc-ptht-2025-10-07-giai-ngan-scan-table.pdf",
    "kh-753": DATA / "kh-753-kh-dct-2026-06-23-khao-sat-chi-so-hai-long-scan.pdf",
}


def _need_ocr() -> None:
    reason = ocr_mod.unavailable_reason()
    if reason is not None:
        pytest.skip(f"OCR not available: {reason}")


# ------------------------------------------------------------------ repairs (no OCR needed)

REPAIRS = [
    pytest.param("Căn cứ Nghỉ định số 43/2011/NĐ-CP", "Căn cứ Nghị định số 43/2011/NĐ-CP", id="issue-nghi-dinh"),
    pytest.param("theo Quyêt định 17/QĐ-UBND", "theo Quyết định 17/QĐ-UBND", id="quyet-dinh-tone"),
    pytest.param("Thông tư số 01/2021/TT-BTTTT", "Thông tư số 01/2021/TT-BTTTT", id="thong-tu-right"),
    pytest.param("THÔNG TU số 01/2021", "THÔNG TƯ số 01/2021", id="thong-tu-capitals"),
    pytest.param(
        "Công văn số 3485/BTTTTTHH ngày 10/9/2020", "Công văn số 3485/BTTTT-THH ngày 10/9/2020", id="issue-symbol"
    ),
    pytest.param("Quyết định số 17/QĐUBND", "Quyết định số 17/QĐ-UBND", id="symbol-type-issuer"),
    pytest.param("Số: 187/CĐTTg", "Số: 187/CĐ-TTg", id="cong-dien-symbol"),
    pytest.param("Quyết định số 214⁄QĐ-DCT", "Quyết định số 214/QĐ-DCT", id="real-scan-fraction-slash"),
]

NOT_REPAIRED = [
    pytest.param("Quyết định số 17/QĐ-UBND", id="already-right"),
    pytest.param("Luật số 20/2023/QH15", id="law-symbol-has-no-hyphen"),
    pytest.param("các nghị định của Chính phủ", id="type-word-without-number"),
    pytest.param("Nghĩ định kỳ họp", id="no-number-after"),
    pytest.param("tỷ lệ 37,43%", id="plain-text"),
]


@pytest.mark.parametrize(("ocr_text", "expected"), REPAIRS)
def test_ocr_repairs(ocr_text, expected):
    assert repair_ocr_text(ocr_text)[0] == expected


@pytest.mark.parametrize("text", NOT_REPAIRED)
def test_ocr_text_left_alone(text):
    assert repair_ocr_text(text) == (text, [], [])


def test_unknown_symbol_is_flagged_not_changed():
    text, fixed, flagged = repair_ocr_text("Văn bản số 26/XYZW ngày 24/9/2025")
    assert (text, fixed, flagged) == ("Văn bản số 26/XYZW ngày 24/9/2025", [], ["26/XYZW"])


# ------------------------------------------------------------------ modes and missing OCR


def _scan_of(text_lines: list[str], path: Path, *, dpi: int = 200) -> Path:
    """A PDF page drawn with ``text_lines``, rasterized, saved as an image-only PDF."""
    import pdfplumber
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_font()))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780
    for line in text_lines:
        c.setFont("VN", 13)
        c.drawString(60, y, line)
        y -= 22
    c.save()
    buf.seek(0)
    with pdfplumber.open(buf) as pdf:
        img = pdf.pages[0].to_image(resolution=dpi).original.convert("RGB")
    img.save(str(path), "PDF", resolution=float(dpi))
    return path


LETTER = [
    "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "Số: 3485/BTTTT-THH",
    "Hà Nội, ngày 10 tháng 9 năm 2020",
    "Tỉ lệ dịch vụ công trực tuyến mức độ 4 trung bình cả nước đạt 17,97%.",
    "Tỉnh Khánh Hòa đạt 1,75%; tỉnh Quảng Ninh đạt 36,00%.",
]


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    return _scan_of(LETTER, tmp_path_factory.mktemp("scan") / "letter-scan.pdf")


def test_scan_without_ocr_says_so(scan):
    r = Extractor(read_options=ReadOptions(ocr="never")).extract_file(scan)
    assert r.text == ""
    assert [e.kind for e in r.errors] == ["ocr_unavailable"]
    assert "page(s) 1" in r.errors[0].message and "--ocr never" in r.errors[0].message


def test_scan_with_ocr_missing_says_how_to_install(scan, monkeypatch):
    monkeypatch.setattr(
        ocr_mod, "unavailable_reason", lambda: "the Tesseract program is not installed; " + ocr_mod.INSTALL_HINT
    )
    r = Extractor().extract_file(scan)
    assert [e.kind for e in r.errors] == ["ocr_unavailable"]
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in r.errors[0].message
    assert "vn-egov-extract[ocr]" in r.errors[0].message


def test_scan_through_ocr_gives_the_number_and_percentages(scan):
    _need_ocr()
    r = Extractor().extract_file(scan)
    assert r.metadata.model_extra["ocr_pages"] == [1]
    assert [e.text for e in r.entities if e.label == "DOC_NUMBER"] == ["3485/BTTTT-THH"]
    assert [e.value.value for e in r.entities if e.label == "PERCENT"] == [17.97, 1.75, 36.0]
    assert r.metadata.number == "3485/BTTTT-THH"
    got = {(c.subject.name, c.value.value) for c in r.claims}
    assert {("Khánh Hòa", 1.75), ("Quảng Ninh", 36.0), ("Việt Nam", 17.97)} <= got


def test_ocr_always_reads_text_pages_too(tmp_path):
    _need_ocr()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_font()))
    c = canvas.Canvas(str(tmp_path / "t.pdf"))
    c.setFont("VN", 14)
    c.drawString(72, 700, "Quyết định số 17/QĐ-UBND")
    c.save()
    rr = read_bytes((tmp_path / "t.pdf").read_bytes(), name="t.pdf", options=ReadOptions(ocr="always"))
    assert rr.metadata["ocr_pages"] == [1]
    assert rr.text.startswith("Quyết định số 17/")


# ------------------------------------------------------------------ real scans (first page each)

REAL_SCANS = [
    pytest.param(
        "cd-187",
        ["THỦ TƯỚNG CHÍNH PHỦ", "CÔNG ĐIỆN", "Độc lập - Tự do - Hạnh phúc", "thủ tục hành chính"],
        "/CĐ-TTg",
        id="cong-dien-187",
    ),
    pytest.param(
        "cv-15557",
        ["BỘ TÀI CHÍNH", "Quyết định số 1544/QĐ-TTg ngày 16/7/2025", "dưới mức bình", "(50%)"],
        "/BTC-PTHT",  # the number itself is handwritten
        id="cong-van-15557",
    ),
    pytest.param(
        "kh-753",
        ["Khảo sát, xác định chỉ số hài lòng của người dân", "Quyết định số 3871/QĐ-BGDĐT", "Bộ Giáo dục"],
        "/KH-DCT",
        id="ke-hoach-753",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("key", "phrases", "number"), REAL_SCANS)
def test_real_scan_first_page(key, phrases, number):
    _need_ocr()
    rr = read_bytes(SCANS[key].read_bytes(), name=SCANS[key].name, options=ReadOptions(max_pages=1))
    for p in phrases:
        assert p in rr.text, p
    assert number in rr.text
    assert rr.metadata["ocr_pages"] == [1]
    assert rr.metadata["published"].startswith(("2025", "2026"))


# ------------------------------------------------------------------ ruled tables in scans


def _page_of(pdf: Path, index: int) -> bytes:
    """Page ``index`` (0-based) of ``pdf`` alone, as PDF bytes (the page itself, unchanged)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(pdf))
    dst = pdfium.PdfDocument.new()
    dst.import_pages(src, [index])
    buf = io.BytesIO()
    dst.save(buf)
    return buf.getvalue()


def _scan_pdf(pdf_bytes: bytes, path: Path, *, dpi: int = 200) -> Path:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        img = pdf.pages[0].to_image(resolution=dpi).original.convert("RGB")
    img.save(str(path), "PDF", resolution=float(dpi))
    return path


TABLE_TEXT = """II. TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG
TT | Tỉnh/Thành phố | Tỉ lệ DVCTT mức 4 |
1 | Thừa Thiên - Huế | 54,53% |
2 | Tiền Giang | 45,12% |
3 | Nam Định | 41,47% |
4 | Bình Dương | 39,92% |
5 | Lào Cai | 36,49% |
62 | Khánh Hòa | 1,75% |
63 | Cao Bằng | 0,87% |
Ghi chú: Số liệu này được tổng hợp vào ngày 20/8/2020."""


def test_scanned_ruled_table_becomes_a_table(tmp_path):
    _need_ocr()
    from pdf_helpers import render_pdf

    drawn = render_pdf(TABLE_TEXT, tmp_path / "table.pdf")
    scan = _scan_pdf(drawn.read_bytes(), tmp_path / "table-scan.pdf")
    r = Extractor().extract_file(scan)
    (t,) = [t for t in r.tables if t.source == "pdf"]
    assert [c.text for c in t.rows[0].cells] == ["TT", "Tỉnh/Thành phố", "Tỉ lệ DVCTT mức 4"]
    assert [c.text for c in t.rows[-2].cells] == ["62", "Khánh Hòa", "1,75%"]
    for row in t.rows:
        for c in row.cells:
            assert r.text[c.start : c.end] == c.text
    got = {(c.subject.name, c.value.value, c.metric.key, c.period.end) for c in r.claims}
    assert ("Khánh Hòa", 1.75, "dvc_level4_rate", "2020-08-20") in got
    assert len(got) == 7


@pytest.mark.slow
def test_real_scanned_table_page(tmp_path):
    """Page 3 of Công văn 15557/BTC-PTHT: a ruled table of disbursement rates."""
    _need_ocr()
    rr = read_bytes(_page_of(SCANS["cv-15557"], 2), name="cv-15557-p3.pdf")
    (t,) = rr.tables
    assert len(t.rows) >= 40 and len(t.rows[0].cells) == 7
    rows = {r.cells[1].text: [c.text for c in r.cells] for r in t.rows}
    assert rows["Bộ Tư pháp"][4:6] == ["38,0%", "38,0%"]
    assert rows["Khánh Hòa"][4:6] == ["38,1%", "48,1%"]
    assert rows["Lâm Đồng"][4:6] == ["31,1%", "31,1%"]
    for row in t.rows:
        for c in row.cells:
            assert rr.text[c.start : c.end] == c.text
