"""The PDF reader: a real official report (text layer, tables), seed 003 rendered to PDF, and
PDFs drawn here for one behaviour each (combining marks, fake bold, font changes, furniture,
encryption, broken files)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pdf_helpers import bold_font, claim_keys, render_pdf, vietnamese_font

from vn_egov_extract import Extractor
from vn_egov_extract.readers import ReadOptions, detect_format, read_bytes
from vn_egov_extract.readers.encodings import vietnamese_score
from vn_egov_extract.readers.layout_lines import joiner, lines_of_chars, prepare_chars

DATA = Path(__file__).resolve().parent / "data"
REPORT = DATA / "pdf" / "bc-bct-2025-06-du-thao-tong-ket-tmdt-textlayer-table.pdf"
SEED_003 = next((Path(__file__).resolve().parent.parent / "seeds").glob("003_*.txt"))
PAGES = 30  # the report's first 30 pages hold its header, its first tables and a table that runs over a page break


@pytest.fixture(scope="module")
def report():
    ex = Extractor(read_options=ReadOptions(max_pages=PAGES, ocr="never"))
    return ex.extract_bytes(REPORT.read_bytes(), name=REPORT.name)


# ------------------------------------------------------------------ a real report (Bộ Công Thương, 2025)

REPORT_LINES = [
    pytest.param("BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", id="header-two-columns"),
    pytest.param("Độc lập - Tự do - Hạnh phúc", id="motto"),
    pytest.param("Số: \t/BC-BCT\tHà Nội, ngày\ttháng 6 năm 2025".replace(": \t", ":\t"), id="number-and-date-blanks"),
    pytest.param("Tổng kết việc thi hành pháp luật về thương mại điện tử,", id="title"),
    pytest.param("Nghị định số 52/2013/NĐ-CP ngày 16/5/2013 của Chính phủ", id="title-decree"),
    pytest.param(
        "Tốc độ tăng trưởng trung bình của thị trường TMĐT đạt trên 20% mỗi năm, với quy mô TMĐT bán lẻ ước đạt 25 tỷ USD vào năm 2024.",
        id="body-percent",
    ),
    pytest.param("bảo vệ quyền lợi người tiêu dùng, chống hàng giả", id="paragraph-joined-over-page-1-2"),
    pytest.param(
        "thi hành Nghị định số 52/2013/NĐ-CP và Nghị định số 85/2021/NĐ-CP trên phạm vi toàn quốc",
        id="symbol-cut-at-hyphen-over-page-3-4",
    ),
    pytest.param("Danh sách doanh nghiệp được Bộ Công Thương xác nhận đăng ký", id="table-caption-p28"),
    pytest.param("Năm 2015 | 44 | 0 | 2.893 | 0", id="table-row-p26"),
    pytest.param("3 | Tập đoàn Bưu chính Viễn thông Việt Nam | VNPT", id="table-row-p28"),
]


@pytest.mark.parametrize("expected", REPORT_LINES)
def test_report_lines_read_with_diacritics(report, expected):
    assert expected in report.text


def test_report_text_is_nfc_with_no_loose_marks(report):
    assert unicodedata.normalize("NFC", report.text) == report.text
    for line in report.text.split("\n"):
        assert not any(unicodedata.combining(w[0]) for w in line.split()), line


def test_report_every_word_is_vietnamese(report):
    good, bad = vietnamese_score(report.text)
    assert good > 10_000
    assert bad <= good * 0.003, bad  # foreign names only (Temasek, Shopee, ...)


def test_report_tables(report):
    tables = [t for t in report.tables if t.source == "pdf"]
    assert [(t.page, len(t.rows)) for t in tables] == [(26, 13), (28, 12), (29, 14)]
    years = tables[0]
    assert [c.text for c in years.rows[0].cells] == [
        "Năm",
        "Hoạt động cung cấp dịch vụ TMĐT (đăng ký)",
        "",
        "Hoạt động TMĐT bán hàng (thông báo)",
        "",
    ]
    assert [c.text for c in years.rows[-1].cells] == ["Tổng số", "734", "314", "52.949", "592"]
    assert years.caption and years.caption.startswith("Số lượng website, ứng dụng di động TMĐT")
    for t in report.tables:
        for row in t.rows:
            assert report.text[row.start : row.end]
            for c in row.cells:
                assert report.text[c.start : c.end] == c.text


def test_report_table_runs_over_the_page_break(report):
    years = next(t for t in report.tables if t.source == "pdf")
    texts = [r.cells[0].text for r in years.rows]
    assert texts[-3:] == ["Năm 2023", "Năm 2024", "Tổng số"]  # the rows of page 27


def test_report_page_numbers_are_boilerplate(report):
    numbers = [r for r in report.boilerplate if r.kind == "page_number"]
    assert [report.text[r.start : r.end] for r in numbers] == [str(n) for n in range(2, PAGES + 1)]
    assert not any(e.text in {"2", "3"} and e.label == "QUANTITY" for e in report.entities)


def test_report_metadata_and_limits(report):
    assert report.metadata.published == "2025-06-23"
    assert report.metadata.model_extra["page_count"] == 77
    assert [e.kind for e in report.errors] == ["too_large"]


def test_report_entities_carry_their_page(report):
    first = next(e for e in report.entities if e.label == "DOC_NUMBER" and e.text == "52/2013/NĐ-CP")
    assert first.page == 1
    pct = next(e for e in report.entities if e.label == "PERCENT" and e.text == "trên 20%")
    assert pct.page == 1 and pct.value.value == 20.0
    assert {e.page for e in report.entities} >= set(range(1, PAGES + 1)) - {28, 30}


# ------------------------------------------------------------------ seed 003 drawn as a PDF


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory):
    vietnamese_font()
    return render_pdf(SEED_003.read_text(encoding="utf-8"), tmp_path_factory.mktemp("pdf") / "003.pdf")


def test_seed_003_pdf_gives_the_claims_of_the_text(seed_pdf):
    ex = Extractor()
    from_text = ex.extract(SEED_003.read_text(encoding="utf-8"))
    from_pdf = ex.extract_file(seed_pdf)
    assert len(from_text.claims) >= 80
    assert claim_keys(from_pdf) == claim_keys(from_text)
    assert {c.rule for c in from_pdf.claims if c.subject.name == "Khánh Hòa"} == {"claim.table"}
    assert all(c.page for c in from_pdf.claims)


def test_seed_003_pdf_appendix_tables_have_exact_cells(seed_pdf):
    r = Extractor().extract_file(seed_pdf)
    appendix = [t for t in r.tables if t.source == "pdf" and len(t.rows) > 15]
    assert [len(t.rows) for t in appendix] == [18, 64]
    row = appendix[1].rows[62]
    assert [c.text for c in row.cells] == ["62", "Khánh Hòa", "1,75%"]
    assert r.text[row.start : row.end] == "62 | Khánh Hòa | 1,75%"


# ------------------------------------------------------------------ drawn PDFs, one behaviour each


def _canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("VN", vietnamese_font()))
    b = bold_font()
    if b:
        pdfmetrics.registerFont(TTFont("VNB", b))
    return canvas.Canvas(str(path), pagesize=A4)


def _read(path: Path, **opts) -> str:
    return read_bytes(path.read_bytes(), name=path.name, options=ReadOptions(**opts)).text


def test_combining_marks_drawn_apart_are_attached(tmp_path):
    c = _canvas(tmp_path / "nfd.pdf")
    c.setFont("VN", 12)
    c.drawString(72, 700, unicodedata.normalize("NFD", "Tỉnh Khánh Hòa đạt 37,43% dịch vụ công"))
    c.save()
    assert _read(tmp_path / "nfd.pdf") == "Tỉnh Khánh Hòa đạt 37,43% dịch vụ công"


def test_fake_bold_duplicates_are_dropped(tmp_path):
    c = _canvas(tmp_path / "bold.pdf")
    c.setFont("VN", 12)
    for dx in (0, 0.3, 0.6):
        c.drawString(72 + dx, 700, "QUYẾT ĐỊNH")
    c.drawString(72, 680, "Phê duyệt kế hoạch")
    c.save()
    assert _read(tmp_path / "bold.pdf") == "QUYẾT ĐỊNH\nPhê duyệt kế hoạch"


def test_font_change_inside_a_word_keeps_the_word(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c = _canvas(tmp_path / "fonts.pdf")
    if not bold_font():
        pytest.skip("no bold face of the test font")
    x = 72.0
    for font, piece in (("VN", "Thông t"), ("VNB", "in"), ("VN", " và Truy"), ("VNB", "ền"), ("VN", " thông")):
        c.setFont(font, 12)
        c.drawString(x, 700, piece)
        x += stringWidth(piece, font, 12)
    c.save()
    assert _read(tmp_path / "fonts.pdf") == "Thông tin và Truyền thông"


def test_running_header_and_page_numbers_are_boilerplate(tmp_path):
    c = _canvas(tmp_path / "pages.pdf")
    body = [
        "Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức độ 4 trong năm 2020.",
        "Tỉnh Quảng Ninh đạt 36,00% dịch vụ công trực tuyến mức độ 4 trong năm 2020.",
        "Tỉnh Lào Cai đạt 36,49% dịch vụ công trực tuyến mức độ 4 trong năm 2020.",
    ]
    for i, line in enumerate(body, start=1):
        c.setFont("VN", 9)
        c.drawString(72, 800, "BỘ THÔNG TIN VÀ TRUYỀN THÔNG - BÁO CÁO")
        c.setFont("VN", 12)
        c.drawString(72, 700, line)
        c.setFont("VN", 9)
        c.drawString(280, 40, f"Trang {i}/3")
        c.showPage()
    c.save()
    r = Extractor().extract_file(tmp_path / "pages.pdf")
    kinds = sorted({(r.text[b.start : b.end], b.kind) for b in r.boilerplate})
    assert kinds == [
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG - BÁO CÁO", "page_header"),
        ("Trang 1/3", "page_number"),
        ("Trang 2/3", "page_number"),
        ("Trang 3/3", "page_number"),
    ]
    assert [(c.subject.name, c.value.value, c.page) for c in r.claims] == [
        ("Khánh Hòa", 37.43, 1),
        ("Quảng Ninh", 36.0, 2),
        ("Lào Cai", 36.49, 3),
    ]


def test_max_pages_is_honoured(tmp_path):
    c = _canvas(tmp_path / "many.pdf")
    for i in range(1, 6):
        c.setFont("VN", 12)
        c.drawString(72, 700, f"Nội dung trang số {i} của văn bản.")
        c.showPage()
    c.save()
    rr = read_bytes((tmp_path / "many.pdf").read_bytes(), name="many.pdf", options=ReadOptions(max_pages=2))
    assert rr.text == "Nội dung trang số 1 của văn bản.\nNội dung trang số 2 của văn bản."
    assert rr.page_starts == [len("Nội dung trang số 1 của văn bản.\n")]
    assert [e.kind for e in rr.errors] == ["too_large"]


def test_encrypted_pdf_is_reported(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    c = _canvas(tmp_path / "locked.pdf")
    c.setEncrypt(StandardEncryption("mật-khẩu", ownerPassword="owner", canPrint=0))
    c.setFont("VN", 12)
    c.drawString(72, 700, "Tài liệu mật")
    c.save()
    r = Extractor().extract_file(tmp_path / "locked.pdf")
    assert r.text == "" and [e.kind for e in r.errors] == ["encrypted"]


BROKEN = [
    pytest.param(b"%PDF-1.7\n", id="header-only"),
    pytest.param(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF", id="no-pages"),
    pytest.param(b"not a pdf at all, named .pdf", id="not-pdf"),
]


@pytest.mark.parametrize("data", BROKEN)
def test_broken_pdfs_become_errors_not_crashes(data):
    r = Extractor().extract_bytes(data, name="broken.pdf")
    assert r.errors and r.errors[0].kind in {"reader_error", "empty_input"}


def test_truncated_real_pdf_does_not_crash():
    data = REPORT.read_bytes()[:60_000]
    r = Extractor(read_options=ReadOptions(max_pages=2)).extract_bytes(data, name="cut.pdf")
    assert r.errors


def test_format_is_chosen_by_magic_bytes(tmp_path):
    c = _canvas(tmp_path / "x.pdf")
    c.setFont("VN", 12)
    c.drawString(72, 700, "Công văn số 3485/BTTTT-THH")
    c.save()
    data = (tmp_path / "x.pdf").read_bytes()
    assert detect_format(data, "named-as-text.txt") == "pdf"
    assert Extractor().extract_bytes(data, name="named-as-text.txt").text == "Công văn số 3485/BTTTT-THH"


# ------------------------------------------------------------------ units: characters and lines

LEGACY_FONT_CHARS = [
    pytest.param(".VnTime", "QuyÕt ®Þnh sè 17/Q§-UBND", "Quyết định số 17/QĐ-UBND", id="tcvn3-vntime"),
    pytest.param("ABCDEF+.VnTimeH", "quyÕt ®Þnh", "QUYẾT ĐỊNH", id="tcvn3-capitals-font"),
    pytest.param("VNI-Times", "Quyeát ñònh soá 17", "Quyết định số 17", id="vni-times"),
    pytest.param("TimesNewRomanPSMT", "Quyết định số 17", "Quyết định số 17", id="unicode-font-untouched"),
]


def _chars(text: str, font: str, size: float = 12.0) -> list[dict]:
    out, x = [], 72.0
    for ch in text:
        w = 0.0 if unicodedata.combining(ch) else size * 0.5
        out.append({"text": ch, "x0": x, "x1": x + (w or size * 0.3), "top": 100.0, "bottom": 112.0})
        out[-1].update({"size": size, "fontname": font, "upright": True, "doctop": 100.0})
        x += w
    return out


@pytest.mark.parametrize(("font", "raw", "expected"), LEGACY_FONT_CHARS)
def test_legacy_font_runs_are_converted(font, raw, expected):
    lines = lines_of_chars(prepare_chars(_chars(raw, font)))
    assert [ln.text for ln in lines] == [expected]


def test_joiner_of_wrapped_lines():
    assert joiner("Nghị định số 52/2013/NĐ-", "CP ngày 16/5/2013") == ""
    assert joiner("công văn số 3485/BTTTT-", "THH ngày 10/9/2020") == ""
    assert joiner("kinh tế -", "xã hội") == " "
    assert joiner("đạt tỷ lệ", "37,43%") == " "


def test_report_claims_carry_their_page(report):
    contract = [c for c in report.claims if c.value.value == 41.0]
    assert len(contract) == 1 and contract[0].page == 27
    assert "hợp đồng điện tử là 41%" in contract[0].evidence.text
    assert contract[0].status == "achieved"
    assert all(c.page is not None for c in report.claims)
