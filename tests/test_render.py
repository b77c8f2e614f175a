"""The HTML review page: structure and escaping (parsed), the CLI, and the page in headless
Chromium (Debian's chromium + chromium-driver, driven by Selenium)."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS, seed_path

from vn_egov_extract import DocumentResult, Extractor, extract
from vn_egov_extract.cli import cli
from vn_egov_extract.models import Entity
from vn_egov_extract.render import claim_value_text, load_results, render_index, render_page, value_summary

PREFIXES = ["000", "001", "002", "003", "004"]


class _Page(HTMLParser):
    """Collects the text of ``#doc``, the entity marks and every URL-bearing attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # > 0 inside #doc
        self.doc_text: list[str] = []
        self.marks: list[dict] = []
        self.urls: list[str] = []
        self.claim_rows = 0
        self._mark: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("src", "href", "action", "poster", "data"):
            if k in a:
                self.urls.append(a[k])
        if tag == "section" and a.get("id") == "doc":
            self.depth = 1
        elif self.depth:
            self.depth += 1
            if tag == "mark":
                self._mark = {**a, "text": ""}
        if tag == "tr" and "claim" in (a.get("class") or "").split():
            self.claim_rows += 1

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            if tag == "mark" and self._mark is not None:
                self.marks.append(self._mark)
                self._mark = None

    def handle_data(self, data):
        if self.depth:
            self.doc_text.append(data)
            if self._mark is not None:
                self._mark["text"] += data


def _parse(page: str) -> _Page:
    p = _Page()
    p.feed(page)
    p.close()
    return p


@pytest.mark.parametrize("prefix", PREFIXES)
def test_page_holds_the_text_and_every_entity(seed_results, prefix):
    r = seed_results[prefix]
    p = _parse(render_page(r))
    assert "".join(p.doc_text) == r.text
    assert [(m["data-label"], m["text"], int(m["data-start"])) for m in p.marks] == [
        (e.label, e.text, e.start) for e in r.entities
    ]
    assert all(m["title"].startswith(m["data-label"]) for m in p.marks)
    assert p.claim_rows == len(r.claims)


@pytest.mark.parametrize("prefix", PREFIXES)
def test_page_is_self_contained(seed_results, prefix):
    page = render_page(seed_results[prefix], index_href="index.html")
    assert "default-src 'none'" in page
    assert _parse(page).urls == ["index.html"]
    assert not re.search(r"url\(|@import|<link|<img|<iframe", page)


def test_hover_shows_the_normalized_value(seed_results):
    p = _parse(render_page(seed_results["003"]))
    titles = {m["text"]: m["title"] for m in p.marks}
    assert titles["17,97%"].startswith("PERCENT: 17.97%")
    assert titles["ngày 10 tháng 9 năm 2020"].startswith("DATE: 2020-09-10 → 2020-09-10 (day)")
    assert "name: Bộ Thông tin và Truyền thông" in titles["Bộ Thông tin và Truyền thông"]


def test_boilerplate_and_evidence_are_marked(seed_results):
    r = seed_results["003"]
    page = render_page(r)
    bp_text = "".join(re.findall(r'<span class="seg bp"[^>]*>([^<]*)</span>', page))
    assert "Cảm ơn quý khách đã gửi báo lỗi." in bp_text
    qn = next(i for i, c in enumerate(r.claims) if c.subject.name == "Quảng Ninh")
    row = re.search(rf'<tr class="claim" id="claim-{qn}"[^>]*data-ev="(\d+)"', page)
    ev_id = row.group(1)
    pieces = re.findall(rf'<span class="seg[^"]*" data-ev="[^"]*\b{ev_id}\b[^"]*">([^<]*)</span>', page)
    assert "".join(pieces).replace("&amp;", "&") == r.claims[qn].evidence.text


# spec §4 qualifiers as the table shows them, and entity hover lines
VALUE_TEXTS = [
    pytest.param({"value": 39.0, "qualifier": "exact", "unit": "%"}, "39%", id="exact"),
    pytest.param({"value": 25.0, "qualifier": "approx"}, "≈ 25%", id="approx-gan"),
    pytest.param({"value": 97.0, "qualifier": "more_than"}, "> 97%", id="more-than-hon"),
    pytest.param({"value": 10.0, "qualifier": "less_than"}, "< 10%", id="less-than-it-hon"),
    pytest.param({"value": 30.0, "qualifier": "at_least"}, "≥ 30%", id="at-least-toi-thieu"),
    pytest.param({"value": 50.0, "qualifier": "at_most"}, "≤ 50%", id="at-most-toi-da"),
    pytest.param({"low": 55.25, "high": 86.8, "qualifier": "range"}, "55.25–86.8%", id="range"),
    pytest.param({"value": 50.0, "qualifier": "exact", "direction": "decrease"}, "−50%", id="decrease"),
]


@pytest.mark.parametrize(("value", "expected"), VALUE_TEXTS)
def test_claim_value_text(value, expected):
    assert claim_value_text(value) == expected


ENTITY_HOVERS = [
    pytest.param(
        Entity(
            label="LOCATION",
            text="TP.HCM",
            start=0,
            end=6,
            value={"name": "Hồ Chí Minh", "kind": "province", "code": "79"},
        ),
        "LOCATION: name: Hồ Chí Minh; kind: province; code: 79",
        id="location",
    ),
    pytest.param(
        Entity(label="DATE", text="năm nay", start=0, end=7, value={"start": None, "end": None, "grain": "year"}),
        "DATE: ? → ? (year)",
        id="date-unknown-year",
    ),
    pytest.param(Entity(label="PERSON", text="X", start=0, end=1), "PERSON", id="no-value"),
]


@pytest.mark.parametrize(("entity", "expected"), ENTITY_HOVERS)
def test_value_summary(entity, expected):
    assert value_summary(entity) == expected


# odd input: escaping, empty, errors
def test_markup_in_the_text_is_escaped():
    text = '<script>alert(1)</script> & <b>Hà Nội</b> đạt 20% "x"'
    r = extract(text)
    page = render_page(r)
    assert "<script>alert" not in page and "<b>Hà" not in page
    assert "".join(_parse(page).doc_text) == r.text


NEGATIVE = [
    pytest.param(DocumentResult(text=""), id="empty"),
    pytest.param(DocumentResult(text="Cảm ơn quý khách."), id="nothing-found"),
    pytest.param(
        DocumentResult(text="", errors=[{"kind": "not_text", "message": "binary <data>"}], source="x.bin"), id="error"
    ),
]


@pytest.mark.parametrize("result", NEGATIVE)
def test_pages_with_nothing_to_mark(result):
    page = render_page(result)
    p = _parse(page)
    assert p.marks == [] and p.claim_rows == 0
    assert "no claims" in page
    assert "".join(p.doc_text) == result.text
    for e in result.errors:
        assert "binary &lt;data&gt;" in page and e.kind in page


def test_index_lists_every_page():
    rs = [("a.html", DocumentResult(text="x", source="a.txt")), ("b.html", DocumentResult(text="y", source="b&c.txt"))]
    p = _parse(render_index(rs))
    assert p.urls == ["a.html", "b.html"]


# ------------------------------------------------------------------ command line


def test_cli_renders_one_document(tmp_path):
    out = tmp_path / "page.html"
    res = CliRunner().invoke(cli, ["render", str(seed_path("003")), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_renders_a_folder_with_an_index(tmp_path):
    out = tmp_path / "review"
    res = CliRunner().invoke(cli, ["render", str(SEEDS), "-o", str(out), "-q"])
    assert res.exit_code == 0, res.output
    pages = sorted(p.name for p in out.glob("*.html"))
    assert len(pages) == 6 and "index.html" in pages
    links = _parse((out / "index.html").read_text(encoding="utf-8")).urls
    assert sorted(links) == sorted(p for p in pages if p != "index.html")
    assert all((out / link).is_file() for link in links)


def test_cli_renders_a_results_file(tmp_path, seed_results):
    jsonl = tmp_path / "results.jsonl"
    jsonl.write_text("".join(seed_results[p].model_dump_json() + "\n" for p in ("001", "003")), encoding="utf-8")
    assert [r.text for r in load_results(jsonl)] == [seed_results["001"].text, seed_results["003"].text]
    res = CliRunner().invoke(cli, ["render", str(jsonl), "-o", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 0, res.output
    assert len(list((tmp_path / "out").glob("*.html"))) == 3
    one = tmp_path / "one.json"
    one.write_text(json.dumps(seed_results["004"].model_dump(mode="json")), encoding="utf-8")
    res = CliRunner().invoke(cli, ["render", str(one), "-o", str(tmp_path / "one.html"), "-q"])
    assert res.exit_code == 0 and (tmp_path / "one.html").is_file()


def test_cli_refuses_one_page_for_many_documents(tmp_path):
    res = CliRunner().invoke(cli, ["render", str(SEEDS), "-o", str(tmp_path / "x.html")])
    assert res.exit_code == 2
    assert "must be a folder" in res.output


def test_cli_rejects_a_file_that_is_not_results(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"foo": 1}\n', encoding="utf-8")
    res = CliRunner().invoke(cli, ["render", str(bad), "-o", str(tmp_path / "x.html")])
    assert res.exit_code != 0
    assert "not a document result" in str(res.exception) + res.output


# ------------------------------------------------------------------ in the browser

_CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
]


@pytest.fixture
def browser(tmp_path):
    """Headless Chromium from the Debian packages (``chromium``, ``chromium-driver``) with a
    fresh profile; skipped only where they are not installed (``.ci/run`` installs them)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        pytest.skip("headless browser test needs the Debian packages chromium and chromium-driver (apt-get install)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the [test] extra")
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for a in _CHROMIUM_ARGS:
        opts.add_argument(a)
    opts.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    d = webdriver.Chrome(service=Service(executable_path=driver), options=opts)
    d.set_page_load_timeout(60)
    yield d
    d.quit()


def test_review_page_in_chromium(browser, tmp_path):
    from selenium.webdriver.common.by import By

    r = Extractor().extract_file(seed_path("003"))
    page = tmp_path / "003.html"
    page.write_text(render_page(r), encoding="utf-8")
    browser.get(page.as_uri())

    # nothing was fetched, and the text is the result's text
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert browser.execute_script("return document.getElementById('doc').textContent") == r.text

    # every entity is highlighted with its label's colour and carries its value
    marks = browser.execute_script(
        """return Array.from(document.querySelectorAll('#doc mark.ent')).map(m => [
             m.dataset.label, m.textContent, getComputedStyle(m).backgroundColor, m.title,
             getComputedStyle(m, '::after').content])"""
    )
    assert [(m[0], m[1]) for m in marks] == [(e.label, e.text) for e in r.entities]
    assert all(m[2] not in ("rgba(0, 0, 0, 0)", "transparent") for m in marks)
    assert all(m[3].startswith(m[0]) for m in marks)
    assert {m[4] for m in marks} >= {'"PERCENT"', '"LOCATION"', '"AGENCY"', '"DATE"', '"DOC_NUMBER"'}
    colours = {m[0]: m[2] for m in marks}
    assert colours["LOCATION"] != colours["AGENCY"]
    assert browser.execute_script("return getComputedStyle(document.querySelector('.seg.bp')).color") != (
        browser.execute_script("return getComputedStyle(document.getElementById('doc')).color")
    )

    # clicking a claim scrolls to its evidence and highlights it
    def click_claim(i: int) -> list:
        row = browser.find_element(By.ID, f"claim-{i}")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
        row.click()
        return browser.execute_script(
            """const hl = Array.from(document.querySelectorAll('#doc .hl'));
               const r = hl.length ? hl[0].getBoundingClientRect() : null;
               return [hl.map(e => e.textContent).join(''),
                       hl.every(e => { const s = getComputedStyle(e);
                                       return s.boxShadow !== 'none' || s.backgroundColor !== 'rgba(0, 0, 0, 0)'; }),
                       r && r.top >= 0 && r.bottom <= window.innerHeight,
                       document.querySelectorAll('tr.claim.active').length,
                       document.getElementById('claim-' + arguments[0]).classList.contains('active')]""",
            i,
        )

    qn = next(i for i, c in enumerate(r.claims) if c.subject.name == "Quảng Ninh")
    text, styled, visible, active, this_active = click_claim(qn)
    assert text == r.claims[qn].evidence.text
    assert styled and visible and active == 1 and this_active
    first = 0
    text, styled, visible, active, this_active = click_claim(first)
    assert text == r.claims[first].evidence.text and styled and visible and active == 1 and this_active
    browser.execute_script(f"document.getElementById('claim-{qn}').click()")

    shot = tmp_path / "review-003.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    Path(shot).stat()
