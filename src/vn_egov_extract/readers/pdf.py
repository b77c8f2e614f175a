"""The PDF reader (pdfplumber): text in reading order, tables with cell offsets, page furniture
as boilerplate, pages without a text layer through OCR.

For each page (up to ``ReadOptions.max_pages``):

1. the tables of pdfplumber's table finder (ruled tables; at least 2 rows and 2 columns) are
   taken out; each becomes rows of cells, written into ``text`` one row per line with cells
   separated by `` | `` (an empty cell where a merged cell spans), so every cell has exact
   offsets into ``text``;
2. the other characters become lines and paragraphs by the rules of
   :mod:`vn_egov_extract.readers.layout_lines` (combining marks attached, fake-bold duplicates
   dropped, legacy-font runs converted, wrapped lines joined into one line per paragraph);
3. page numbers and running headers/footers are marked as ``boilerplate`` ranges
   (kinds ``page_number``, ``page_header``, ``page_footer``).

Pages are joined by a line break; ``page_starts`` holds where pages 2, 3, ... begin. A paragraph
or a table that runs over a page break is kept whole (the furniture of the new page follows
it), so that a sentence or a table cut by the page break reads as one. A page with no text layer
(a scan) is read by OCR (:mod:`vn_egov_extract.readers.ocr`) as ``ReadOptions.ocr`` says:
``auto`` when Tesseract is installed, ``always`` for every page, ``never`` not at all (an
``ocr_unavailable`` entry then names the pages). PDF metadata gives ``title``, ``author`` and
``published`` (the creation date, ISO).

Raises:
    ReaderError: the file is not a readable PDF (``reader_error``) or needs a password
        (``encrypted``).
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field

import regex

from ..errors import ErrorKind, ReaderError
from ..models import ErrorEntry, Range, Table, TableCell, TableRow
from ..normalize import normalize_text
from . import ReadOptions, ReadResult
from .encodings import repair_text
from .layout_lines import (
    Line,
    continues,
    find_furniture,
    join_lines,
    joiner,
    lines_of_chars,
    paragraphs,
    prepare_chars,
)

__all__ = ["read_pdf", "register_readers"]

_MIN_TEXT_CHARS = 10  # fewer visible characters than this: the page has no text layer


@dataclass
class _Table:
    rows: list[list[str | None]]
    top: float
    bottom: float
    ncols: int


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    tables: list[_Table] = field(default_factory=list)
    ocr: bool = False
    notes: list[ErrorEntry] = field(default_factory=list)


@dataclass
class _Block:
    kind: str  # "para" | "table" | "furniture"
    lines: list[Line] = field(default_factory=list)
    table: _Table | None = None
    furniture: str | None = None
    left: float = 0.0  # the page's text margins (PDF points)
    right: float = 0.0

    @property
    def top(self) -> float:
        return self.lines[0].top if self.lines else (self.table.top if self.table else 0.0)


# ------------------------------------------------------------------ pages


def _inside(c: dict, bbox: tuple[float, float, float, float]) -> bool:
    cx = (c["x0"] + c["x1"]) / 2
    cy = (c["top"] + c["bottom"]) / 2
    return bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]


def _cell_text(chars: list[dict]) -> str:
    return " ".join(ln.text.replace("\t", " ") for ln in lines_of_chars(chars)).strip()


def _read_text_layer(page, number: int) -> _Page:  # noqa: ANN001 - a pdfplumber Page
    chars = prepare_chars(page.chars)
    out = _Page(number=number, width=float(page.width), height=float(page.height))
    tables = []
    try:
        found = page.find_tables()
    except Exception:  # the table finder failing must not lose the page's text
        found = []
    for t in found:
        rows = t.rows
        if len(rows) < 2 or max(len(r.cells) for r in rows) < 2:
            continue
        tables.append(t)
    taken: set[int] = set()
    for t in tables:
        bbox = t.bbox
        inside = [i for i, c in enumerate(chars) if i not in taken and _inside(c, bbox)]
        taken.update(inside)
        tchars = [chars[i] for i in inside]
        ncols = max(len(r.cells) for r in t.rows)
        rows: list[list[str | None]] = []
        for r in t.rows:
            cells: list[str | None] = []
            for cb in r.cells:
                cells.append(None if cb is None else _cell_text([c for c in tchars if _inside(c, cb)]))
            cells += [None] * (ncols - len(cells))
            if any(cells):
                rows.append(cells)
        if len(rows) >= 1:
            out.tables.append(_Table(rows=rows, top=float(bbox[1]), bottom=float(bbox[3]), ncols=ncols))
    body = [c for i, c in enumerate(chars) if i not in taken]
    out.lines = lines_of_chars(body)
    _repair_page(out)
    return out


def _repair_page(page: _Page) -> None:
    """Lines and cells of a text-layer page in a legacy encoding that no font name announced
    (text pasted from old files) are converted (never applied to OCR output)."""
    texts = [ln.text for ln in page.lines] + [c or "" for t in page.tables for r in t.rows for c in r]
    fixed, entries = repair_text("\n".join(texts))
    if not entries:
        return
    new = fixed.split("\n")
    for ln, t in zip(page.lines, new, strict=False):
        ln.text = t
    k = len(page.lines)
    for t in page.tables:
        for r in t.rows:
            for i, c in enumerate(r):
                r[i] = (new[k] or None) if c is not None else None
                k += 1
    page.notes.extend(e.model_copy(update={"page": page.number}) for e in entries)


def _visible_chars(page) -> int:  # noqa: ANN001
    return sum(1 for c in page.chars if c.get("text", "").strip())


# ------------------------------------------------------------------ assembly


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.tables: list[Table] = []
        self.boilerplate: list[Range] = []
        self.page_starts: list[int] = []

    def write(self, s: str) -> tuple[int, int]:
        s = normalize_text(s)
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start, self.pos

    def newline(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self.write("\n")

    @property
    def text(self) -> str:
        return "".join(self.parts)


_NOTE = regex.compile(r"^\s*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý|\*)", regex.IGNORECASE)


def _blocks_of_page(page: _Page, furniture: dict[int, str]) -> tuple[list[_Block], list[_Block]]:
    """(furniture blocks, body blocks in reading order) of a page."""
    fur = [_Block("furniture", lines=[page.lines[i]], furniture=k) for i, k in sorted(furniture.items())]
    body_lines = [ln for i, ln in enumerate(page.lines) if i not in furniture]
    long_lines = [ln for ln in body_lines if len(ln.text) > 20] or body_lines
    left = min((ln.x0 for ln in long_lines), default=0.0)
    right = max((ln.x1 for ln in long_lines), default=page.width)
    if len(long_lines) < 3:  # too few lines to see the margins: assume symmetric ones
        right = max(right, page.width - left)
    items: list[tuple[float, object]] = [(ln.top, ln) for ln in body_lines] + [(t.top, t) for t in page.tables]
    items.sort(key=lambda x: x[0])
    blocks: list[_Block] = []
    run: list[Line] = []

    def flush() -> None:
        for g in paragraphs(run, left=left, right=right):
            blocks.append(_Block("para", lines=g))
        run.clear()

    for _, it in items:
        if isinstance(it, _Table):
            flush()
            blocks.append(_Block("table", table=it))
        else:
            run.append(it)  # type: ignore[arg-type]
    flush()
    for b in blocks:
        b.left, b.right = left, right
    return fur, blocks


def _continues_across(prev: _Block, cur: _Block) -> bool:
    if prev.kind == "table" and cur.kind == "table":
        return prev.table is not None and cur.table is not None and prev.table.ncols == cur.table.ncols
    if prev.kind != "para" or cur.kind != "para":
        return False
    last, first = prev.lines[-1], cur.lines[0]
    moved = Line(
        text=first.text,
        x0=first.x0,
        x1=first.x1,
        top=last.bottom + 1,
        bottom=last.bottom + 1 + (first.bottom - first.top),
        size=first.size,
        first_word_width=first.first_word_width,
    )
    if regex.search(r"[.!?:;]\W*$", last.text):
        return False  # across a page break, a line that ends a sentence ends its paragraph
    return continues(last, moved, left=cur.left, right=max(prev.right, cur.right), pitch=None)


def _write_table(w: _Writer, t: _Table, *, page: int, caption: str | None) -> Table:
    rows: list[TableRow] = []
    for r in t.rows:
        w.newline()
        cells: list[TableCell] = []
        row_start = w.pos
        for i, cell in enumerate(r):
            if i:
                w.write(" | ")
            s, e = w.write(cell or "")
            cells.append(TableCell(text=w.text[s:e] if e > s else "", start=s, end=e))
        rows.append(TableRow(cells=cells, start=row_start, end=w.pos))
        w.write("\n")
    header_rows = 0
    for r in rows:
        if any(regex.search(r"\d", c.text) for c in r.cells[1:]):
            break
        header_rows += 1
    return Table(
        rows=rows,
        start=rows[0].start,
        end=rows[-1].end,
        header_rows=header_rows if header_rows < len(rows) else 1,
        caption=caption,
        source="pdf",
        page=page,
    )


def _assemble(pages: list[_Page]) -> _Writer:
    furniture = find_furniture([(p.lines, p.height) for p in pages])
    w = _Writer()
    prev_block: _Block | None = None
    open_table: Table | None = None  # the table written last, while nothing but its note follows
    last_para = ""
    tables: list[Table] = []
    for page, fur in zip(pages, furniture, strict=True):
        fblocks, blocks = _blocks_of_page(page, fur)
        if prev_block is not None and blocks and _continues_across(prev_block, blocks[0]):
            first = blocks.pop(0)
            if first.kind == "para":
                # the paragraph goes on over the page break: join it to the line written last
                if w.parts and w.parts[-1] == "\n":
                    w.parts.pop()
                    w.pos -= 1
                text = join_lines(first.lines)
                w.write(joiner(last_para, text))
                page_start = w.pos
                w.write(text)
                w.write("\n")
                last_para = last_para + " " + text
            else:
                # the table goes on: its rows continue the table of the previous page
                assert first.table is not None
                w.newline()
                page_start = w.pos
                cont = _write_table(w, first.table, page=page.number, caption=None)
                if open_table is not None:
                    merged = open_table.model_copy(update={"rows": [*open_table.rows, *cont.rows], "end": cont.end})
                    tables[tables.index(open_table)] = merged
                    open_table = merged
                else:
                    tables.append(cont)
                    open_table = cont
            prev_block = first
        else:
            w.newline()
            page_start = w.pos
        if page.number > 1:
            w.page_starts.append(page_start)
        for fb in fblocks:
            w.newline()
            s, e = w.write(fb.lines[0].text)
            w.boilerplate.append(Range(start=s, end=e, kind=fb.furniture))
            w.write("\n")
        caption: str | None = None
        for b in blocks:
            w.newline()
            if b.kind == "para":
                text = join_lines(b.lines)
                w.write(text)
                w.write("\n")
                last_para = text
                if open_table is not None and _NOTE.match(text) and len(text) <= 400 and open_table.note is None:
                    merged = open_table.model_copy(update={"note": text})
                    tables[tables.index(open_table)] = merged
                open_table = None
                caption = text if len(text) <= 200 else None
            else:
                assert b.table is not None
                tab = _write_table(w, b.table, page=page.number, caption=caption)
                tables.append(tab)
                open_table = tab
                caption = None
            prev_block = b
    w.tables = tables
    return w


# ------------------------------------------------------------------ metadata


def _pdf_string(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, bytes):
        for enc in ("utf-16", "utf-8", "latin-1"):
            try:
                v = v.decode(enc)
                break
            except UnicodeDecodeError:
                continue
    s = str(v)
    if s.startswith(("\u00fe\u00ff", "\u00ff\u00fe")):  # UTF-16 with BOM, read as Latin-1
        try:
            s = s.encode("latin-1").decode("utf-16")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    s = normalize_text(s.replace("\x00", "")).strip()
    return s or None


def _pdf_date(v: object) -> str | None:
    s = _pdf_string(v)
    m = regex.match(r"^(?:D:)?(\d{4})(\d{2})(\d{2})", s or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _metadata(info: dict) -> dict:
    md: dict = {}
    title = _pdf_string(info.get("Title"))
    # a title that is a file name or a date is not a title
    if title and len(regex.findall(r"\p{L}{2,}", title)) >= 2 and not regex.search(r"\.(docx?|pdf)$", title, regex.I):
        md["title"] = title
    author = _pdf_string(info.get("Author"))
    if author:
        md["author"] = author
    published = _pdf_date(info.get("CreationDate"))
    if published:
        md["published"] = published
    return md


# ------------------------------------------------------------------ the reader


def _open(data: bytes):  # noqa: ANN202
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as e:
        if _is_password_error(e):
            raise ReaderError("the PDF is encrypted (password-protected)", kind=ErrorKind.ENCRYPTED) from e
        raise ReaderError(f"not a readable PDF: {type(e).__name__}: {e}", kind=ErrorKind.READER_ERROR) from e


def _is_password_error(e: BaseException) -> bool:
    """Whether ``e`` (or an exception it wraps: pdfplumber wraps pdfminer's) is about a password."""
    seen: BaseException | None = e
    for _ in range(4):
        if seen is None:
            return False
        if "password" in type(seen).__name__.lower() or "password" in str(seen).lower():
            return True
        wrapped = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or wrapped
    return False


def read_pdf(data: bytes, *, name: str = "", options: ReadOptions | None = None) -> ReadResult:
    """Read a PDF (see the module docstring).

    Returns:
        A :class:`ReadResult` of format "pdf": ``text``, ``tables`` (cell offsets into ``text``,
        ``page`` 1-based), ``boilerplate`` (page furniture), ``page_starts``, ``metadata`` and
        ``errors`` (``too_large``, ``page_unreadable``, ``ocr_unavailable``, ``encoding_repaired``).

    Raises:
        ReaderError: not a PDF, broken beyond reading, or encrypted.
    """
    options = options or ReadOptions()
    errors: list[ErrorEntry] = []
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with _open(data) as pdf:
        try:
            all_pages = pdf.pages
        except Exception as e:
            if _is_password_error(e):
                raise ReaderError("the PDF is encrypted (password-protected)", kind=ErrorKind.ENCRYPTED) from e
            raise ReaderError(f"cannot read the PDF's pages: {type(e).__name__}: {e}") from e
        n = len(all_pages)
        if n > options.max_pages:
            errors.append(
                ErrorEntry(
                    kind=ErrorKind.TOO_LARGE,
                    message=f"the PDF has {n} pages; only the first {options.max_pages} (max_pages) were read",
                    severity="warning",
                )
            )
        pages: list[_Page] = []
        need_ocr: list[int] = []
        for i, page in enumerate(all_pages[: options.max_pages], start=1):
            try:
                visible = _visible_chars(page)
                if options.ocr == "always" or (visible < _MIN_TEXT_CHARS and page.images):
                    need_ocr.append(i)
                pages.append(_read_text_layer(page, i))
                if hasattr(page, "close"):
                    page.close()  # free pdfplumber's per-page cache: long PDFs stay small in memory
            except Exception as e:
                errors.append(
                    ErrorEntry(
                        kind=ErrorKind.PAGE_UNREADABLE,
                        message=f"page {i} could not be read: {type(e).__name__}: {e}",
                        page=i,
                    )
                )
                pages.append(_Page(number=i, width=float(page.width or 0), height=float(page.height or 0)))
        metadata = _metadata(pdf.metadata or {})
        if need_ocr:
            _ocr_pages(pdf, pages, need_ocr, options, errors, metadata)
    for p in pages:
        errors.extend(p.notes)
    w = _assemble(pages)
    text = w.text
    if text.endswith("\n"):
        text = text[:-1]
    metadata["page_count"] = n
    if not text.strip() and not any(e.kind == ErrorKind.OCR_UNAVAILABLE for e in errors):
        errors.append(ErrorEntry(kind=ErrorKind.EMPTY_INPUT, message="the PDF holds no text", severity="warning"))
    return ReadResult(
        text=text,
        format="pdf",
        errors=errors,
        metadata=metadata,
        tables=w.tables,
        boilerplate=w.boilerplate,
        page_starts=[p for p in w.page_starts if p <= len(text)],
    )


def _ocr_pages(  # noqa: ANN001 - pdf: a pdfplumber PDF
    pdf, pages: list[_Page], numbers: list[int], options: ReadOptions, errors: list[ErrorEntry], metadata: dict
) -> None:
    from . import ocr

    which = _page_list(numbers)
    if options.ocr == "never":
        errors.append(
            ErrorEntry(
                kind=ErrorKind.OCR_UNAVAILABLE,
                message=f"page(s) {which} have no text layer (scanned) and OCR is off (--ocr never)",
            )
        )
        return
    problem = ocr.unavailable_reason()
    if problem is not None:
        has_text = [k for k in numbers if pages[k - 1].lines or pages[k - 1].tables]
        if options.ocr == "always" and len(has_text) == len(numbers):
            errors.append(
                ErrorEntry(kind=ErrorKind.OCR_UNAVAILABLE, message=f"OCR not run: {problem}", severity="warning")
            )
            return
        errors.append(
            ErrorEntry(
                kind=ErrorKind.OCR_UNAVAILABLE,
                message=f"page(s) {which} have no text layer (scanned) and cannot be read: {problem}",
            )
        )
        return
    for k in numbers:
        page = pdf.pages[k - 1]
        try:
            lines, tables, notes = ocr.ocr_pdf_page(page)
        except Exception as e:
            errors.append(ErrorEntry(kind=ErrorKind.PAGE_UNREADABLE, message=f"OCR of page {k} failed: {e}", page=k))
            continue
        if options.ocr == "always" and pages[k - 1].lines and not lines:
            continue
        pages[k - 1] = _Page(
            number=k,
            width=float(page.width),
            height=float(page.height),
            lines=lines,
            tables=[_Table(rows=t["rows"], top=t["top"], bottom=t["bottom"], ncols=t["ncols"]) for t in tables],
            ocr=True,
        )
        for note in notes:
            errors.append(note.model_copy(update={"page": k}))
    metadata["ocr_pages"] = [k for k in numbers if pages[k - 1].ocr]


def _page_list(numbers: list[int]) -> str:
    out = []
    start = prev = numbers[0]
    for k in numbers[1:] + [None]:  # type: ignore[list-item]
        if k is not None and k == prev + 1:
            prev = k
            continue
        out.append(f"{start}" if start == prev else f"{start}-{prev}")
        if k is not None:
            start = prev = k
    return ", ".join(out)


def register_readers(register) -> None:  # noqa: ANN001 - the registry's register()
    """Register the PDF reader (magic ``%PDF-``, extension ``.pdf``)."""
    register("pdf", read_pdf, extensions=(".pdf",), magic=(b"%PDF-",))
