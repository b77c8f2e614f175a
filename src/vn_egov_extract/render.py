"""The review page: one self-contained HTML file per document, showing every entity and claim
on its text.

A page has the document's metadata at the top, the text with entities highlighted in
displaCy style (a colour per label, the label after the span, the normalized value on hover),
boilerplate greyed out, and the table of claims beside it: clicking a claim (or pressing Enter
on it) scrolls to its evidence and highlights it. A batch gets one page per document and an
``index.html``.

The page is self-contained: CSS and script are inline, nothing is fetched (a
Content-Security-Policy of ``default-src 'none'`` says so to the browser), and the text is
HTML-escaped, never turned into links. The text element's ``textContent`` is exactly the
result's ``text`` (labels are drawn by CSS), so what you read is what the offsets index.

``vn-egov-extract render INPUT -o OUT``: INPUT is a document (any readable format; it is
extracted first), a folder of documents, or a results file (``.jsonl`` / ``.json`` written by
``extract``). One document → ``OUT`` is the page (``page.html``); several → ``OUT`` is a
folder that gets a page per document and ``index.html``.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from .emit import AtomicWriter
from .models import Claim, DocumentResult, Entity

__all__ = [
    "LABEL_COLOURS",
    "render_page",
    "render_index",
    "load_results",
    "value_summary",
    "claim_value_text",
    "render_cmd",
]

# Presentation only: displaCy's palette where it has the label (ORG, GPE, DATE, PERCENT,
# QUANTITY, PERSON, LAW), pastel neighbours for the rest.
LABEL_COLOURS: dict[str, str] = {
    "DOC_NUMBER": "#ff8197",  # displaCy LAW
    "DATE": "#bfe1d9",
    "PERCENT": "#e4e7d2",
    "AGENCY": "#7aecec",  # displaCy ORG
    "LOCATION": "#feca74",  # displaCy GPE
    "QUANTITY": "#e4e7d2",
    "PERSON": "#aa9cfc",
    "EMAIL": "#c887fb",
    "PHONE": "#c887fb",
}
_DEFAULT_COLOUR = "#ddd"

_QUALIFIER_SIGN = {
    "exact": "",
    "approx": "≈ ",
    "more_than": "> ",
    "less_than": "< ",
    "at_least": "≥ ",
    "at_most": "≤ ",
}


def _num(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{x:g}"


def claim_value_text(value: dict[str, Any] | Any) -> str:
    """A claim's or PERCENT entity's value as a short string (0–100 scale).

    >>> claim_value_text({"value": 30.0, "qualifier": "at_least", "unit": "%"})
    '≥ 30%'
    >>> claim_value_text({"value": None, "low": 55.25, "high": 86.8, "qualifier": "range"})
    '55.25–86.8%'
    >>> claim_value_text({"value": 20.0, "qualifier": "exact", "direction": "increase"})
    '+20%'
    """
    v = value if isinstance(value, dict) else value.model_dump()
    unit = v.get("unit") or "%"
    if v.get("qualifier") == "range":
        s = f"{_num(v.get('low'))}–{_num(v.get('high'))}{unit}"
    else:
        s = f"{_QUALIFIER_SIGN.get(v.get('qualifier') or 'exact', '')}{_num(v.get('value'))}{unit}"
    direction = v.get("direction")
    if direction == "increase":
        s = "+" + s
    elif direction == "decrease":
        s = "−" + s
    return s


def value_summary(entity: Entity) -> str:
    """The normalized value of an entity as one line (the hover text of its highlight).

    >>> from vn_egov_extract.models import Entity
    >>> value_summary(Entity(label="DATE", text="năm 2020", start=0, end=8,
    ...                      value={"start": "2020-01-01", "end": "2020-12-31", "grain": "year"}))
    'DATE: 2020-01-01 → 2020-12-31 (year)'
    """
    v = entity.value.model_dump() if entity.value is not None else {}
    label = entity.label
    if label == "PERCENT":
        body = claim_value_text(v)
    elif label == "DATE":
        body = f"{v.get('start') or '?'} → {v.get('end') or '?'} ({v.get('grain')})"
    else:
        body = "; ".join(f"{k}: {x}" for k, x in v.items() if x not in (None, "", [], False))
    return f"{label}: {body}" if body else label


# ------------------------------------------------------------------ page


_CSS = """
:root { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #222; }
body { margin: 0; background: #fafafa; }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid #ddd; }
header h1 { font-size: 1.15rem; margin: 0 0 6px; }
header a { color: #1c7ed6; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; font-size: .85rem; }
dl.meta dt { color: #666; } dl.meta dd { margin: 0; }
.legend span { display: inline-block; padding: 1px 6px; margin: 2px; border-radius: 4px; font-size: .75rem; }
.errors { color: #c92a2a; font-size: .85rem; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(320px, 2fr); gap: 16px; padding: 16px 20px; }
#doc { white-space: pre-wrap; line-height: 2.1; background: #fff; padding: 16px; border: 1px solid #ddd;
       border-radius: 6px; overflow-wrap: anywhere; font-size: .95rem; }
mark.ent { padding: .15em .3em; margin: 0 .1em; border-radius: .35em; line-height: 1; background: var(--c); }
mark.ent::after { content: attr(data-label); font-size: .6em; font-weight: bold; text-transform: uppercase;
                  margin-left: .4em; vertical-align: middle; opacity: .75; }
.bp { color: #aaa; }
.seg.hl { background: #ffd43b; }
mark.ent .seg.hl { background: transparent; box-shadow: inset 0 -3px 0 #f08c00; }
mark.ent:has(.hl) { outline: 2px solid #f08c00; }
aside { max-height: calc(100vh - 40px); overflow: auto; position: sticky; top: 8px; }
table { border-collapse: collapse; width: 100%; font-size: .8rem; background: #fff; }
th, td { border: 1px solid #ddd; padding: 3px 5px; text-align: left; vertical-align: top; }
th { background: #f1f3f5; position: sticky; top: 0; }
tr.claim { cursor: pointer; } tr.claim:hover { background: #fff9db; }
tr.claim.active { background: #ffe066; }
td.num, td.period { text-align: right; white-space: nowrap; }
.muted { color: #888; }
"""

_JS = """
(function () {
  var current = [];
  function show(row) {
    current.forEach(function (el) { el.classList.remove('hl'); });
    document.querySelectorAll('tr.claim.active').forEach(function (r) { r.classList.remove('active'); });
    current = Array.prototype.slice.call(document.querySelectorAll('[data-ev~="' + row.dataset.ev + '"]'));
    current.forEach(function (el) { el.classList.add('hl'); });
    row.classList.add('active');
    if (current.length) { current[0].scrollIntoView({block: 'center'}); }
  }
  document.querySelectorAll('tr.claim').forEach(function (row) {
    row.addEventListener('click', function () { show(row); });
    row.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(row); }
    });
  });
  var m = /^#claim-(\\d+)$/.exec(location.hash);
  if (m) { var r = document.getElementById('claim-' + m[1]); if (r) { show(r); } }
})();
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


def _doc_title(result: DocumentResult) -> str:
    """The metadata's title or subject (the first that has a letter), else ""."""
    for t in (result.metadata.title, result.metadata.subject):
        if t and any(c.isalpha() for c in t):
            return t.strip()
    return ""


def _esc(s: Any) -> str:
    return html.escape(str(s), quote=True)


def _head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n"
    )


@dataclass(frozen=True, slots=True)
class _Evidence:
    start: int
    end: int


def _evidence_ids(claims: Sequence[Claim]) -> tuple[list[_Evidence], list[int]]:
    """Distinct evidence spans and, per claim, the index of its evidence."""
    ids: dict[tuple[int, int], int] = {}
    spans: list[_Evidence] = []
    of_claim: list[int] = []
    for c in claims:
        key = (c.evidence.start, c.evidence.end)
        if key not in ids:
            ids[key] = len(spans)
            spans.append(_Evidence(*key))
        of_claim.append(ids[key])
    return spans, of_claim


def _text_html(result: DocumentResult, evidence: Sequence[_Evidence]) -> str:
    """The marked-up text: entity ``<mark>``s, and ``<span class="seg">`` pieces for
    boilerplate and evidence. Removing the tags gives back ``result.text`` exactly."""
    text = result.text
    n = len(text)
    ents = [e for e in result.entities if 0 <= e.start < e.end <= n]
    # events at each offset: ranges (boilerplate, evidence) opening and closing there
    opens: dict[int, list[tuple[str, int]]] = {}
    closes: dict[int, list[tuple[str, int]]] = {}
    ranges = [("bp", i, r.start, r.end) for i, r in enumerate(result.boilerplate)]
    ranges += [("ev", i, ev.start, ev.end) for i, ev in enumerate(evidence)]
    for kind, i, a, b in ranges:
        a, b = max(0, a), min(n, b)
        if b > a:
            opens.setdefault(a, []).append((kind, i))
            closes.setdefault(b, []).append((kind, i))
    cuts = {0, n, *opens, *closes}
    for e in ents:
        cuts.update((e.start, e.end))
    points = sorted(cuts)
    ent_at = {e.start: (k, e) for k, e in enumerate(ents)}
    active_bp: set[int] = set()
    active_ev: set[int] = set()
    out: list[str] = []
    open_end: int | None = None
    for a, b in zip(points, points[1:], strict=False):
        for kind, i in closes.get(a, ()):
            (active_bp if kind == "bp" else active_ev).discard(i)
        for kind, i in opens.get(a, ()):
            (active_bp if kind == "bp" else active_ev).add(i)
        if open_end is not None and a >= open_end:
            out.append("</mark>")
            open_end = None
        if a in ent_at and open_end is None:
            k, e = ent_at[a]
            colour = LABEL_COLOURS.get(e.label, _DEFAULT_COLOUR)
            tip = value_summary(e) + (f"\nrule: {e.rule}" if e.rule else "")
            out.append(
                f'<mark class="ent" id="ent-{k}" data-label="{_esc(e.label)}" data-start="{e.start}" '
                f'data-end="{e.end}" style="--c: {colour}" title="{_esc(tip)}">'
            )
            open_end = e.end
        piece = _esc(text[a:b])
        if active_bp or active_ev:
            cls = "seg bp" if active_bp else "seg"
            ev = f' data-ev="{" ".join(map(str, sorted(active_ev)))}"' if active_ev else ""
            out.append(f'<span class="{cls}"{ev}>{piece}</span>')
        else:
            out.append(piece)
    if open_end is not None:
        out.append("</mark>")
    return "".join(out)


def _meta_rows(result: DocumentResult) -> list[tuple[str, str]]:
    md = result.metadata
    rows: list[tuple[str, str]] = []
    if result.source:
        rows.append(("source", result.source))
    if result.doc_date:
        rows.append(("doc_date", result.doc_date + (f" ({result.doc_date_rule})" if result.doc_date_rule else "")))
    for name in ("doc_type", "number", "issuer", "issued_date", "place", "subject", "title", "author", "published"):
        v = getattr(md, name, None)
        if v:
            rows.append((name, str(v)))
    if md.signer and (md.signer.name or md.signer.title):
        rows.append(("signer", " ".join(x for x in (md.signer.authority, md.signer.title, md.signer.name) if x)))
    if md.recipients:
        rows.append(("recipients", "; ".join(md.recipients)))
    return rows


def _claim_row(i: int, c: Claim, ev: int) -> str:
    subj = _esc(c.subject.name) + f' <span class="muted">{_esc(c.subject.kind)}</span>'
    if c.subject.scope:
        subj += f'<br><span class="muted">{_esc(c.subject.scope)}</span>'
    metric = _esc(c.metric.key)
    if c.metric.text:
        metric += f'<br><span class="muted">{_esc(c.metric.text)}</span>'
    period = f"{c.period.start or '…'} → {c.period.end or '…'}"
    return (
        f'<tr class="claim" id="claim-{i}" tabindex="0" data-ev="{ev}" data-start="{c.evidence.start}" '
        f'data-end="{c.evidence.end}" title="{_esc(c.evidence.text)}">'
        f'<td class="num">{i + 1}</td><td>{subj}</td><td>{metric}</td>'
        f'<td class="num">{_esc(claim_value_text(c.value))}</td><td class="period">{_esc(period)}</td>'
        f"<td>{_esc(c.status)}</td></tr>"
    )


def render_page(result: DocumentResult, *, title: str | None = None, index_href: str | None = None) -> str:
    """The review page of one result, as a complete HTML document (str).

    Args:
        result: a document result (offsets index its ``text``).
        title: the page title (default: the metadata's title or subject, else the source).
        index_href: a link back to the batch index, if any.

    Returns:
        HTML5 with inline CSS and script and no external reference. Entities are
        ``<mark class="ent" data-label=... title=value>``; evidence pieces carry
        ``data-ev``; claim rows are ``<tr class="claim" data-ev=...>``.

    >>> from vn_egov_extract import extract
    >>> page = render_page(extract("Tỉnh Khánh Hòa đạt 37,43% trong năm 2020."))
    >>> page.count('<mark class="ent"'), page.count('<tr class="claim"')
    (3, 1)
    """
    name = title or _doc_title(result) or (Path(result.source).name if result.source else "Tài liệu")
    evidence, ev_of = _evidence_ids(result.claims)
    parts = [_head(name), "<body>\n<header>\n"]
    if index_href:
        parts.append(f'<a href="{_esc(index_href)}">← index</a>\n')
    parts.append(f'<h1>{_esc(name)}</h1>\n<dl class="meta">')
    for k, v in _meta_rows(result):
        parts.append(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>")
    parts.append("</dl>\n")
    counts: dict[str, int] = {}
    for e in result.entities:
        counts[e.label] = counts.get(e.label, 0) + 1
    parts.append('<div class="legend">')
    for label, k in sorted(counts.items()):
        parts.append(f'<span style="background: {LABEL_COLOURS.get(label, _DEFAULT_COLOUR)}">{_esc(label)} {k}</span>')
    parts.append(f'<span class="bp">boilerplate</span> <span class="muted">{len(result.claims)} claims</span></div>\n')
    if result.errors:
        parts.append('<ul class="errors">')
        for err in result.errors:
            parts.append(f"<li>{_esc(err.kind)} ({_esc(err.severity)}): {_esc(err.message)}</li>")
        parts.append("</ul>\n")
    parts.append("</header>\n<main>\n")
    parts.append(f'<section id="doc" lang="vi">{_text_html(result, evidence)}</section>\n')
    parts.append('<aside>\n<table id="claims"><thead><tr><th>#</th><th>subject</th><th>metric</th>')
    parts.append("<th>value</th><th>period</th><th>status</th></tr></thead>\n<tbody>\n")
    for i, c in enumerate(result.claims):
        parts.append(_claim_row(i, c, ev_of[i]) + "\n")
    if not result.claims:
        parts.append('<tr><td colspan="6" class="muted">no claims</td></tr>\n')
    parts.append("</tbody></table>\n</aside>\n</main>\n")
    parts.append(f"<script>{_JS}</script>\n</body>\n</html>\n")
    return "".join(parts)


def render_index(pages: Sequence[tuple[str, DocumentResult]], *, title: str = "vn_egov_extract review") -> str:
    """The index page of a batch: one row per ``(href, result)`` with its counts.

    >>> from vn_egov_extract.models import DocumentResult
    >>> "a.html" in render_index([("a.html", DocumentResult(text="x", source="a.txt"))])
    True
    """
    parts = [_head(title), f"<body>\n<header><h1>{_esc(title)}</h1>"]
    parts.append(f'<p class="muted">{len(pages)} documents</p></header>\n<main style="display:block">\n')
    parts.append("<table><thead><tr><th>document</th><th>title</th><th>doc_date</th><th>entities</th>")
    parts.append("<th>claims</th><th>errors</th></tr></thead>\n<tbody>\n")
    for href, r in pages:
        label = r.source or href
        t = _doc_title(r)
        parts.append(
            f'<tr><td><a href="{_esc(href)}">{_esc(label)}</a></td><td>{_esc(t)}</td>'
            f'<td class="period">{_esc(r.doc_date or "")}</td>'
            f'<td class="num">{len(r.entities)}</td><td class="num">{len(r.claims)}</td>'
            f'<td class="num">{len(r.errors)}</td></tr>\n'
        )
    parts.append("</tbody></table>\n</main>\n</body>\n</html>\n")
    return "".join(parts)


# ------------------------------------------------------------------ inputs and the command


def load_results(path: str | Path) -> list[DocumentResult]:
    """Results from a JSONL file (one per line) or a JSON file (one result or a list).

    Raises:
        ValueError: when the file holds something that is not a document result (the
            message names the line).
    """
    p = Path(path)
    raw = p.read_text(encoding="utf-8")
    out: list[DocumentResult] = []
    if p.suffix.lower() == ".json":
        data = json.loads(raw)
        for d in data if isinstance(data, list) else [data]:
            out.append(DocumentResult.model_validate(d))
        return out
    for no, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(DocumentResult.model_validate_json(line))
        except ValueError as e:
            raise ValueError(f"{p}:{no}: not a document result: {e}") from e
    return out


def _is_results_file(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in (".jsonl", ".json")


def _results_of(inp: Path, *, doc_date: Any = None, quiet: bool = True) -> Iterable[DocumentResult]:
    if _is_results_file(inp):
        yield from load_results(inp)
        return
    from .cli import iter_inputs
    from .pipeline import Extractor

    ex = Extractor()
    for path in iter_inputs((str(inp),)):
        if not quiet:
            click.echo(f"extracting {path}", err=True)
        yield ex.extract_file(path, doc_date=doc_date)


_UNSAFE = re.compile(r"[^\w.-]+")


def _page_name(result: DocumentResult, i: int, used: set[str]) -> str:
    stem = Path(result.source).stem if result.source else f"document-{i + 1}"
    stem = _UNSAFE.sub("_", stem).strip("._") or f"document-{i + 1}"
    name = f"{stem}.html"
    k = 2
    while name in used or name == "index.html":
        name = f"{stem}-{k}.html"
        k += 1
    used.add(name)
    return name


def _write(path: Path, s: str) -> None:
    with AtomicWriter(path) as w:
        w.write(s)


def _doc_date(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    from .cli import _doc_date as parse

    return parse(ctx, param, value)


@click.command("render")
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path), help="page.html, or a folder.")
@click.option("--doc-date", callback=_doc_date, help="The date the documents speak from (YYYY-MM-DD).")
@click.option("--quiet", "-q", is_flag=True, help="No progress messages.")
def render_cmd(input_path: Path, output: Path, doc_date: Any, quiet: bool) -> None:
    """Write the HTML review page of INPUT (a document, a folder of documents, or a results
    .jsonl/.json file): entities highlighted on the text, claims beside it.

    One document: OUTPUT is the page. Several: OUTPUT is a folder that gets one page per
    document and index.html. Exit status 1 when a document has errors (its page, listing
    them, is still written), 2 on a usage error.
    """
    results = list(_results_of(input_path, doc_date=doc_date, quiet=quiet))
    if not results:
        raise click.UsageError(f"no documents in {input_path}")
    single = len(results) == 1 and not input_path.is_dir()
    if single and output.suffix.lower() not in (".html", ".htm"):
        single = False
    if single:
        _write(output, render_page(results[0]))
        written = [output]
    else:
        if output.suffix.lower() in (".html", ".htm"):
            raise click.UsageError(f"{len(results)} documents: -o must be a folder, not {output.name}")
        output.mkdir(parents=True, exist_ok=True)
        used: set[str] = set()
        pages = []
        for i, r in enumerate(results):
            name = _page_name(r, i, used)
            _write(output / name, render_page(r, index_href="index.html"))
            pages.append((name, r))
        _write(output / "index.html", render_index(pages))
        written = [output / "index.html"]
    if not quiet:
        click.echo(f"wrote {written[0]} ({len(results)} document{'s' if len(results) != 1 else ''})", err=True)
    sys.exit(1 if any(e.severity == "error" for r in results for e in r.errors) else 0)
