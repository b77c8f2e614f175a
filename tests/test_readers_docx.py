"""The Word readers: seed 003 as DOCX gives the claims of its text; tables with exact cells;
headers and footers as boilerplate; legacy-font runs converted; .doc via LibreOffice."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from pdf_helpers import claim_keys, render_docx

from vn_egov_extract import Extractor
from vn_egov_extract.readers import detect_format, read_bytes
from vn_egov_extract.readers import docx as docx_reader

docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install 'vn-egov-extract[docx]')")

SEED_003 = next((Path(__file__).resolve().parent.parent / "seeds").glob("003_*.txt"))


def _bytes(d) -> bytes:  # noqa: ANN001
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory):
    return render_docx(SEED_003.read_text(encoding="utf-8"), tmp_path_factory.mktemp("docx") / "003.docx")


def test_seed_003_docx_gives_the_claims_of_the_text(seed_docx):
    ex = Extractor()
    from_text = ex.extract(SEED_003.read_text(encoding="utf-8"))
    from_docx = ex.extract_file(seed_docx)
    assert len(from_text.claims) >= 80
    assert claim_keys(from_docx) == claim_keys(from_text)
    assert from_docx.metadata.number == "3485/BTTTT-THH"


def test_seed_003_docx_tables_have_exact_cells(seed_docx):
    r = Extractor().extract_file(seed_docx)
    assert all(t.source == "docx" for t in r.tables)
    provinces = max(r.tables, key=lambda t: len(t.rows))
    assert len(provinces.rows) == 64
    assert [c.text for c in provinces.rows[0].cells] == [
        "TT",
        "Tỉnh/Thành phố trực thuộc Trung ương",
        "Tỉ lệ DVCTT mức 4",
    ]
    assert provinces.caption == "II. TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG"
    assert provinces.note.startswith("Ghi chú: Số liệu này được tổng hợp vào ngày 20/8/2020")
    for t in r.tables:
        for row in t.rows:
            for c in row.cells:
                assert r.text[c.start : c.end] == c.text


def test_header_footer_and_merged_cells():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"
    d.sections[0].footer.paragraphs[0].text = "Trang 1"
    d.add_paragraph("Bảng 1. Tỷ lệ hồ sơ trực tuyến năm 2024")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Địa phương"
    t.cell(0, 2).text = "Tỷ lệ hồ sơ trực tuyến"
    for i, (a, b, c) in enumerate([("1", "Khánh Hòa", "37,43%"), ("2", "Quảng Ninh", "86,80%")], start=1):
        t.cell(i, 0).text, t.cell(i, 1).text, t.cell(i, 2).text = a, b, c
    d.core_properties.title = "Báo cáo chuyển đổi số"
    d.core_properties.author = "Sở TT&TT"
    rr = read_bytes(_bytes(d), name="r.docx")
    assert rr.text == (
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n"
        "Bảng 1. Tỷ lệ hồ sơ trực tuyến năm 2024\n"
        "Địa phương |  | Tỷ lệ hồ sơ trực tuyến\n"
        "1 | Khánh Hòa | 37,43%\n"
        "2 | Quảng Ninh | 86,80%\n"
        "Trang 1"
    )
    assert [(rr.text[b.start : b.end], b.kind) for b in rr.boilerplate] == [
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "page_header"),
        ("Trang 1", "page_footer"),
    ]
    (tab,) = rr.tables
    assert [c.text for c in tab.rows[0].cells] == ["Địa phương", "", "Tỷ lệ hồ sơ trực tuyến"]
    assert tab.caption == "Bảng 1. Tỷ lệ hồ sơ trực tuyến năm 2024" and tab.header_rows == 1
    assert rr.metadata["title"] == "Báo cáo chuyển đổi số" and rr.metadata["author"] == "Sở TT&TT"
    r = Extractor().extract_bytes(_bytes(d), name="r.docx")
    assert {(c.subject.name, c.value.value, c.metric.key) for c in r.claims} == {
        ("Khánh Hòa", 37.43, "online_dossier_rate"),
        ("Quảng Ninh", 86.8, "online_dossier_rate"),
    }


LEGACY_RUNS = [
    pytest.param(".VnTime", "QuyÕt ®Þnh sè 17/Q§-UBND", "Quyết định số 17/QĐ-UBND", id="tcvn3"),
    pytest.param(".VnTimeH", "quyÕt ®Þnh", "QUYẾT ĐỊNH", id="tcvn3-capitals"),
    pytest.param("VNI-Times", "Quyeát ñònh soá 17/QÑ-UBND", "Quyết định số 17/QĐ-UBND", id="vni"),
]


@pytest.mark.parametrize(("font", "raw", "expected"), LEGACY_RUNS)
def test_legacy_font_runs_are_converted(font, raw, expected):
    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Căn cứ ")
    run = p.add_run(raw)
    run.font.name = font
    rr = read_bytes(_bytes(d), name="legacy.docx")
    assert rr.text == "Căn cứ " + expected
    assert [(e.kind, e.severity) for e in rr.errors] == [("encoding_repaired", "info")]


def test_docx_is_found_by_content():
    d = docx.Document()
    d.add_paragraph("Công văn số 3485/BTTTT-THH")
    data = _bytes(d)
    assert detect_format(data, "no-extension") == "docx"
    assert read_bytes(data, name="named.txt").text == "Công văn số 3485/BTTTT-THH"


def test_corrupt_docx_is_an_error_entry():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>not closed")
    r = Extractor().extract_bytes(buf.getvalue(), name="broken.docx")
    assert r.text == "" and [e.kind for e in r.errors] == ["reader_error"]


def test_doc_without_libreoffice_says_how_to_install(monkeypatch):
    monkeypatch.setattr(docx_reader, "_soffice", lambda: None)
    data = docx_reader.OLE2_MAGIC + b"\x00" * 504
    assert detect_format(data, "old.doc") == "doc"
    r = Extractor().extract_bytes(data, name="old.doc")
    assert [e.kind for e in r.errors] == ["missing_dependency"]
    assert "libreoffice" in r.errors[0].message.lower()


def test_doc_through_libreoffice(tmp_path, seed_docx):
    soffice = docx_reader._soffice()
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    import subprocess

    subprocess.run(
        [soffice, "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(seed_docx)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    r = Extractor().extract_file(tmp_path / "003.doc")
    assert claim_keys(r) == claim_keys(Extractor().extract(SEED_003.read_text(encoding="utf-8")))
