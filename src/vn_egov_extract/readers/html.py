"""The HTML reader: the whole visible page as text, the article found by trafilatura, the rest
marked as boilerplate.

``text`` is every visible text of the page (markup is not text; character references are
decoded; scripts, styles and forms are left out), one block element per line. Data tables
(two or more rows of two or more cells, no nested table, no cell longer than 400 characters)
are written one row per line with cells separated by `` | `` and handed over with exact cell
offsets (caption: the ``<caption>`` or the line before; note: a "Ghi chú"/"Nguồn" line after).
trafilatura (a maintained main-content extractor) finds the article; every line and table
that is not part of it — menus, related-article lists, footers, ads — becomes a
``boilerplate`` range of kind ``page_chrome``. Metadata: ``title``, ``author``, ``published``
(ISO date), ``site`` from trafilatura's metadata extraction.

Bytes are decoded by their BOM, the ``<meta charset>``, else UTF-8, else a legacy Vietnamese
encoding (:func:`vn_egov_extract.readers.encodings.decode_legacy`); mojibake and legacy-encoded
lines are repaired with an ``encoding_repaired`` entry.

Raises:
    MissingDependencyError: trafilatura is not installed (extra ``[html]``).
    ReaderError: the page cannot be parsed.
"""

from __future__ import annotations

import codecs

import regex

from ..errors import ErrorKind, MissingDependencyError, ReaderError
from ..models import ErrorEntry, Range, Table, TableCell, TableRow
from ..normalize import normalize_text
from . import ReadOptions, ReadResult
from .encodings import decode_legacy, repair_text

__all__ = ["read_html", "decode_html", "register_readers"]

_SKIP = frozenset(
    "script style noscript template svg head iframe object embed canvas select option button input textarea map "
    "datalist audio video".split()
)
_BLOCK = frozenset(
    "p div section article header footer nav aside main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre "
    "figure figcaption form address hr center details summary caption tbody thead tfoot tr td th table menu "
    "fieldset legend body html".split()
)
_NOTE = regex.compile(r"^\s*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý|\*)", regex.IGNORECASE)
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)


def decode_html(data: bytes) -> tuple[str, list[ErrorEntry]]:
    """Decode an HTML page: BOM, ``<meta charset>``, UTF-8, then legacy Vietnamese encodings.

    >>> decode_html('<meta charset="windows-1258"><p>Vi\\u00ea\\u0323t</p>'.encode("cp1258"))[0]
    '<meta charset="windows-1258"><p>Việt</p>'
    """
    import unicodedata

    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), []
    m = _META_CHARSET.search(data[:4096])
    if m:
        name = m.group(1).decode("ascii", errors="ignore").lower()
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
        if name and name not in ("utf-8", "utf8"):
            try:
                return unicodedata.normalize("NFC", data.decode(name)), []
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    legacy = decode_legacy(data)
    if legacy is not None:
        return legacy
    return data.decode("utf-8", errors="replace"), [
        ErrorEntry(kind=ErrorKind.DECODE_ERROR, message="invalid UTF-8 bytes replaced by U+FFFD", severity="warning")
    ]


def _collapse(s: str) -> str:
    return " ".join(s.split())


class _Builder:
    """Walks the DOM into ``items``: ``("line", text)`` and ``("table", rows, caption)``."""

    def __init__(self) -> None:
        self.items: list[tuple] = []
        self.buf: list[str] = []

    def flush(self) -> None:
        text = _collapse("".join(self.buf))
        self.buf.clear()
        if text:
            self.items.append(("line", text))

    def walk(self, el) -> None:  # noqa: ANN001 - an lxml element
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # comments and processing instructions: only their tail is text
            if el.tail:
                self.buf.append(el.tail)
            return
        tag = tag.lower().rsplit("}", 1)[-1]
        if tag in _SKIP:
            if el.tail:
                self.buf.append(el.tail)
            return
        if tag == "br":
            self.flush()
        elif tag == "table" and _is_data_table(el):
            self.flush()
            rows = [[_cell_text(c) for c in _cells(tr)] for tr in _rows(el)]
            cap = el.find("caption")
            caption = _collapse(cap.text_content()) if cap is not None else None
            self.items.append(("table", [r for r in rows if any(r)], caption or None))
        else:
            block = tag in _BLOCK
            if block:
                self.flush()
            if el.text:
                self.buf.append(el.text)
            for child in el:
                self.walk(child)
            if block:
                self.flush()
        if el.tail:
            self.buf.append(el.tail)


def _rows(table) -> list:  # noqa: ANN001
    out = []
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            out.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            out.extend(c for c in child if isinstance(c.tag, str) and c.tag.lower() == "tr")
    return out


def _cells(tr) -> list:  # noqa: ANN001
    return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]


def _cell_text(cell) -> str:  # noqa: ANN001
    parts: list[str] = []

    def walk(el) -> None:  # noqa: ANN001
        if isinstance(el.tag, str) and el.tag.lower() in _SKIP:
            if el.tail:
                parts.append(el.tail)
            return
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK | {"br"}:
            parts.append(" ")
        if isinstance(el.tag, str) and el.text:
            parts.append(el.text)
        for c in el:
            walk(c)
        if el.tail and el is not cell:
            parts.append(el.tail)

    walk(cell)
    return _collapse("".join(parts))


def _is_data_table(table) -> bool:  # noqa: ANN001
    if table.find(".//table") is not None:
        return False
    rows = _rows(table)
    wide = [r for r in rows if len(_cells(r)) >= 2]
    if len(wide) < 2:
        return False
    return all(len(_cell_text(c)) <= 400 for r in rows for c in _cells(r))


def _key(s: str) -> str:
    return " ".join(s.lower().split())


def read_html(data: bytes, *, name: str = "", options: ReadOptions | None = None) -> ReadResult:
    """Read an HTML page (see the module docstring).

    Raises:
        MissingDependencyError: trafilatura is not installed.
        ReaderError: the page cannot be parsed.
    """
    try:
        import lxml.html
        import trafilatura
    except ImportError as e:
        raise MissingDependencyError("trafilatura", "html", purpose="reading HTML pages") from e
    html, errors = decode_html(data)
    html = regex.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    if not html.strip():
        return ReadResult(
            text="",
            format="html",
            errors=[
                *errors,
                ErrorEntry(kind=ErrorKind.EMPTY_INPUT, message="the page holds no text", severity="warning"),
            ],
        )
    try:
        root = lxml.html.document_fromstring(html)
    except Exception as e:
        raise ReaderError(f"the HTML cannot be parsed: {type(e).__name__}: {e}", kind=ErrorKind.READER_ERROR) from e
    b = _Builder()
    body = root.find("body")
    b.walk(body if body is not None else root)
    b.flush()
    # legacy encodings and mojibake, line by line (before offsets exist)
    flat = [it[1] if it[0] == "line" else "\n".join(c for r in it[1] for c in r) for it in b.items]
    fixed, more = repair_text(
        "\n".join(x.replace("\n", " ") if it[0] == "line" else x for x, it in zip(flat, b.items, strict=True))
    )
    if more:
        errors.extend(more)
        new = iter(fixed.split("\n"))
        items = []
        for it in b.items:
            if it[0] == "line":
                items.append(("line", next(new)))
            else:
                items.append(("table", [[next(new) for _ in r] for r in it[1]], it[2]))
        b.items = items
    # the article, by trafilatura
    try:
        main = trafilatura.extract(html, include_tables=True, include_comments=False, favor_recall=True) or ""
    except Exception:  # trafilatura failing on odd markup: no article found, nothing marked
        main = ""
    main_keys = {_key(ln.strip(" |")) for ln in main.split("\n") if ln.strip(" |-")}
    main_flat = _key(main.replace("|", " "))

    def in_article(text: str) -> bool:
        k = _key(text)
        if not main or not k:
            return True
        return k in main_keys or (len(k) >= 25 and k in main_flat)

    parts: list[str] = []
    pos = 0
    boilerplate: list[Range] = []
    tables: list[Table] = []
    prev_line: str | None = None
    last_table: int | None = None

    def write(s: str) -> tuple[int, int]:
        nonlocal pos
        s = normalize_text(s)
        start = pos
        parts.append(s)
        pos += len(s)
        return start, pos

    for it in b.items:
        if it[0] == "line":
            text = it[1]
            s, e = write(text)
            write("\n")
            if not in_article(text):
                boilerplate.append(Range(start=s, end=e, kind="page_chrome"))
            if last_table is not None and _NOTE.match(text) and len(text) <= 400:
                tables[last_table] = tables[last_table].model_copy(update={"note": normalize_text(text)})
            last_table = None
            prev_line = text
            continue
        rows, caption = it[1], it[2]
        if not rows:
            continue
        ncols = max(len(r) for r in rows)
        written: list[TableRow] = []
        for r in rows:
            start = pos
            cells = []
            for i, c in enumerate([*r, *[""] * (ncols - len(r))]):
                if i:
                    write(" | ")
                cs, ce = write(c)
                cells.append(TableCell(text="".join(parts)[cs:ce] if ce > cs else "", start=cs, end=ce))
            written.append(TableRow(cells=cells, start=start, end=pos))
            write("\n")
        header_rows = 0
        for r in written:
            if any(regex.search(r"\d", c.text) for c in r.cells[1:]):
                break
            header_rows += 1
        table = Table(
            rows=written,
            start=written[0].start,
            end=written[-1].end,
            header_rows=header_rows if header_rows < len(written) else 1,
            caption=caption or (prev_line if prev_line and len(prev_line) <= 200 else None),
            source="html",
        )
        cells_all = [c for r in rows for c in r if c]
        if main and sum(1 for c in cells_all if _key(c) in main_flat) * 2 < len(cells_all):
            boilerplate.append(Range(start=table.start, end=table.end, kind="page_chrome"))
        tables.append(table)
        last_table = len(tables) - 1
        prev_line = None
    text = "".join(parts)
    if text.endswith("\n"):
        text = text[:-1]
    metadata: dict = {}
    try:
        md = trafilatura.extract_metadata(html)
    except Exception:
        md = None
    if md is not None:
        for field, attr in (("title", "title"), ("author", "author"), ("published", "date"), ("site", "sitename")):
            v = getattr(md, attr, None)
            if v:
                metadata[field] = normalize_text(str(v))
    if not metadata.get("title"):
        t = root.find(".//title")
        if t is not None and _collapse(t.text_content()):
            metadata["title"] = normalize_text(_collapse(t.text_content()))
    if not text.strip():
        errors.append(ErrorEntry(kind=ErrorKind.EMPTY_INPUT, message="the page holds no text", severity="warning"))
    return ReadResult(
        text=text, format="html", errors=errors, metadata=metadata, tables=tables, boilerplate=boilerplate
    )


def register_readers(register) -> None:  # noqa: ANN001 - the registry's register()
    """Register the HTML reader (extensions ``.html``, ``.htm``, ``.xhtml``; sniffed by content)."""
    register("html", read_html, extensions=(".html", ".htm", ".xhtml", ".shtml"))
