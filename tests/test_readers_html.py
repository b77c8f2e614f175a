"""The HTML reader: the whole page as text, the article by trafilatura, the rest as
boilerplate; tables with exact cells; metadata; charsets and character references."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pdf_helpers import blocks_of_text, claim_keys

from vn_egov_extract import Extractor
from vn_egov_extract.readers import detect_format, read_bytes

pytest.importorskip("trafilatura", reason="trafilatura is not installed (pip install 'vn-egov-extract[html]')")

SEED_003 = next((Path(__file__).resolve().parent.parent / "seeds").glob("003_*.txt"))

PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Khánh Hòa dẫn đầu DVCTT - Báo Tin tức</title>
<meta name="author" content="Hà Anh"><meta property="article:published_time" content="2020-09-11T08:00:00+07:00">
<script>var x = "đạt 99%";</script><style>p { color: red }</style></head>
<body><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/xh">Xã hội</a></li></ul></nav>
<article><h1>Khánh Hòa dẫn đầu về dịch vụ công trực tuyến</h1>
<p>Theo thống kê, tỉnh Kh&aacute;nh H&ograve;a đạt 37,43% dịch vụ công trực tuyến mức độ 4 trong năm 2020.</p>
<p>Trong khi đó, tỷ lệ trung bình cả nước là 17,97%.</p>
<table><tr><th>Tỉnh</th><th>Tỉ lệ DVCTT mức 4</th></tr><tr><td>Quảng Ninh</td><td>36,00%</td></tr>
<tr><td>Lào Cai</td><td>36,49%</td></tr></table>
<p>Ghi chú: số liệu tổng hợp ngày 20/8/2020.</p>
</article>
<aside><h3>Tin liên quan</h3><ul><li><a href="/a">Hà Nội đạt 90% hồ sơ trực tuyến</a></li></ul></aside>
<footer>© Báo Tin tức. Địa chỉ: 5 Lý Thường Kiệt</footer></body></html>"""


@pytest.fixture(scope="module")
def page():
    return read_bytes(PAGE.encode("utf-8"), name="khanh-hoa.html")


def test_page_text_is_the_visible_text(page):
    assert page.text == (
        "Trang chủ\nXã hội\n"
        "Khánh Hòa dẫn đầu về dịch vụ công trực tuyến\n"
        "Theo thống kê, tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức độ 4 trong năm 2020.\n"
        "Trong khi đó, tỷ lệ trung bình cả nước là 17,97%.\n"
        "Tỉnh | Tỉ lệ DVCTT mức 4\nQuảng Ninh | 36,00%\nLào Cai | 36,49%\n"
        "Ghi chú: số liệu tổng hợp ngày 20/8/2020.\n"
        "Tin liên quan\nHà Nội đạt 90% hồ sơ trực tuyến\n"
        "© Báo Tin tức. Địa chỉ: 5 Lý Thường Kiệt"
    )
    assert page.errors == []


def test_page_chrome_is_boilerplate(page):
    assert [page.text[b.start : b.end] for b in page.boilerplate] == [
        "Trang chủ",
        "Xã hội",
        "Tin liên quan",
        "Hà Nội đạt 90% hồ sơ trực tuyến",
        "© Báo Tin tức. Địa chỉ: 5 Lý Thường Kiệt",
    ]


def test_page_table_and_metadata(page):
    (t,) = page.tables
    assert [[c.text for c in r.cells] for r in t.rows] == [
        ["Tỉnh", "Tỉ lệ DVCTT mức 4"],
        ["Quảng Ninh", "36,00%"],
        ["Lào Cai", "36,49%"],
    ]
    assert t.note == "Ghi chú: số liệu tổng hợp ngày 20/8/2020." and t.source == "html"
    for r in t.rows:
        for c in r.cells:
            assert page.text[c.start : c.end] == c.text
    assert page.metadata == {
        "title": "Khánh Hòa dẫn đầu về dịch vụ công trực tuyến",
        "author": "Hà Anh",
        "published": "2020-09-11",
    }


def test_page_claims_come_from_the_article_only():
    r = Extractor().extract_bytes(PAGE.encode("utf-8"), name="khanh-hoa.html")
    got = {(c.subject.name, c.value.value, c.period.start, c.period.end) for c in r.claims}
    assert {
        ("Khánh Hòa", 37.43, "2020-01-01", "2020-12-31"),
        ("Quảng Ninh", 36.0, None, "2020-08-20"),
        ("Lào Cai", 36.49, None, "2020-08-20"),
        ("Việt Nam", 17.97, None, "2020-09-11"),
    } == got
    assert r.doc_date == "2020-09-11"


def _seed_html(text: str) -> str:
    from html import escape

    body = []
    for kind, content in blocks_of_text(text):
        if kind == "para":
            body.append(f"<p>{escape(content)}</p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in content)
            body.append(f"<table>{rows}</table>")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Công văn 3485/BTTTT-THH</title></head><body><article>'
        + "\n".join(body)
        + "</article></body></html>"
    )


def test_seed_003_as_html_gives_the_claims_of_the_text():
    text = SEED_003.read_text(encoding="utf-8")
    r = Extractor().extract_bytes(_seed_html(text).encode("utf-8"), name="003.html")
    assert claim_keys(r) == claim_keys(Extractor().extract(text))


CHARSETS = [
    pytest.param("windows-1258", id="windows-1258-meta"),
    pytest.param("utf-8", id="utf-8-meta"),
]


@pytest.mark.parametrize("charset", CHARSETS)
def test_declared_charset(charset):
    html = f'<html><head><meta charset="{charset}"></head><body><p>Việt Nam đạt 37,43%</p></body></html>'
    data = html.encode("utf-8") if charset == "utf-8" else _cp1258(html)
    assert read_bytes(data, name="p.html").text == "Việt Nam đạt 37,43%"


def _cp1258(s: str) -> bytes:
    import unicodedata

    out = bytearray()
    for ch in unicodedata.normalize("NFC", s):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(m for m in d if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def test_mojibake_page_is_repaired_and_reported():
    html = (
        "<html><body><p>"
        + "Tỷ lệ hồ sơ trực tuyến của Việt Nam đạt 37,43%".encode().decode("cp1252", errors="ignore")
        + "</p></body></html>"
    )
    rr = read_bytes(html.encode("utf-8"), name="m.html")
    assert "Việt Nam đạt 37,43%" in rr.text
    assert [e.kind for e in rr.errors] == ["encoding_repaired"]


def test_html_is_found_by_content():
    assert detect_format(PAGE.encode(), "page.txt") == "html"
    assert detect_format(b"\xef\xbb\xbf<!-- saved -->\n<html><body>x</body></html>", "noext") == "html"
    assert detect_format("Công văn <b>số</b> 17".encode(), "a.txt") == "text"


def test_missing_trafilatura_is_an_error_entry(monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    r = Extractor().extract_bytes(PAGE.encode(), name="p.html")
    assert r.text == "" and [e.kind for e in r.errors] == ["missing_dependency"]
    assert "vn-egov-extract[html]" in r.errors[0].message


def test_empty_and_odd_pages_do_not_crash():
    for data in (b"", b"<html></html>", b"<html><body><table><tr><td>1</td></tr></table>", b"<p>unclosed <b>bold"):
        r = Extractor().extract_bytes(data, name="odd.html")
        assert isinstance(r.text, str)
