"""The Word readers: DOCX with python-docx, legacy .doc through LibreOffice when it is installed.

DOCX: the body's paragraphs and tables in document order, one paragraph per line; a table is
written one row per line with its cells separated by `` | `` (an empty cell where a merged
cell spans), and handed over as a :class:`~vn_egov_extract.models.Table` whose cells have
exact offsets into ``text`` (caption: the paragraph right before it, when short; note: a
"Ghi chú"/"Nguồn"/"Số liệu" paragraph right after it). Section headers come first and
footers last, marked as ``boilerplate`` (``page_header``, ``page_footer``). Runs set in legacy
Vietnamese fonts (".VnTime", "VNI-Times") are converted (an ``encoding_repaired`` entry).
Core properties give ``title``, ``author`` and ``published`` (creation date, ISO).

.doc (Word 97-2003, OLE2 magic ``D0 CF 11 E0``): converted to DOCX by ``soffice --headless
--convert-to docx`` (LibreOffice; Debian: ``apt-get install libreoffice-writer-nogui``), then
read as DOCX; without LibreOffice a ``missing_dependency`` error says how to install it.

Raises:
    MissingDependencyError: python-docx (extra ``[docx]``) or LibreOffice is missing.
    ReaderError: the file is not a readable Word document.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import regex

from ..errors import ErrorKind, MissingDependencyError, ReaderError
from ..models import ErrorEntry, Range, Table, TableCell, TableRow
from ..normalize import normalize_text
from . import ReadOptions, ReadResult
from .encodings import ENCODING_NAMES, convert_legacy_font, legacy_font_encoding, repair_text

__all__ = ["read_docx", "read_doc", "register_readers"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTE = regex.compile(r"^\s*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý|\*)", regex.IGNORECASE)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _require_docx():  # noqa: ANN202
    try:
        import docx
    except ImportError as e:
        raise MissingDependencyError("python-docx", "docx", purpose="reading DOCX files") from e
    return docx


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def write(self, s: str) -> tuple[int, int]:
        s = normalize_text(s)
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start, self.pos

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _run_font(run, para_font: str | None) -> str | None:  # noqa: ANN001
    rpr = run._r.rPr
    if rpr is not None and rpr.rFonts is not None:
        for attr in ("ascii", "hAnsi", "cs"):
            v = rpr.rFonts.get(f"{_W}{attr}")
            if v:
                return v
    return para_font


def _style_font(style) -> str | None:  # noqa: ANN001
    while style is not None:
        if style.font is not None and style.font.name:
            return style.font.name
        style = style.base_style
    return None


def _paragraph_text(p, default_font: str | None, counts: dict[str, int]) -> str:  # noqa: ANN001
    """The paragraph's text, runs in legacy fonts converted (hyperlinks and fields included)."""
    para_font = _style_font(p.style) if p.style is not None else None
    para_font = para_font or default_font
    out = []
    for child in p._p.iter():
        tag = child.tag
        if tag == f"{_W}r":
            from docx.text.run import Run

            run = Run(child, p)
            t = run.text
            font = _run_font(run, para_font)
            if t and legacy_font_encoding(font):
                new = convert_legacy_font(t, font)
                if new is not None and new != t:
                    kind = legacy_font_encoding(font)[0]  # type: ignore[index]
                    counts[kind] = counts.get(kind, 0) + 1
                    t = new
            out.append(t)
    return "".join(out).replace("\n", " ")


def _iter_block_items(body, parent):  # noqa: ANN001, ANN202
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{_W}tbl":
            yield DocxTable(child, parent)
        elif child.tag == f"{_W}sdt":  # content controls wrap paragraphs and tables
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _iter_block_items(content, parent)


def _table_rows(t, default_font: str | None, counts: dict[str, int]) -> list[list[str | None]]:  # noqa: ANN001
    rows: list[list[str | None]] = []
    for r in t.rows:
        cells: list[str | None] = []
        seen: set[int] = set()
        for c in r.cells:
            if id(c._tc) in seen:
                cells.append(None)
                continue
            seen.add(id(c._tc))
            text = " ".join(s for s in (_paragraph_text(p, default_font, counts).strip() for p in c.paragraphs) if s)
            cells.append(text)
        rows.append(cells)
    return rows


def read_docx(data: bytes, *, name: str = "", options: ReadOptions | None = None) -> ReadResult:
    """Read a DOCX file (see the module docstring).

    Raises:
        MissingDependencyError: python-docx is not installed.
        ReaderError: the bytes are not a readable DOCX.
    """
    docx = _require_docx()
    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as e:
        raise ReaderError(f"not a readable DOCX: {type(e).__name__}: {e}", kind=ErrorKind.READER_ERROR) from e
    errors: list[ErrorEntry] = []
    counts: dict[str, int] = {}
    try:
        default_font = _style_font(doc.styles["Normal"])
    except KeyError:
        default_font = None
    w = _Writer()
    boilerplate: list[Range] = []
    tables: list[Table] = []

    def furniture(kind: str, parts) -> None:  # noqa: ANN001
        for part in parts:
            if part is None or part.is_linked_to_previous:
                continue
            for p in part.paragraphs:
                t = _paragraph_text(p, default_font, counts).strip()
                if t:
                    s, e = w.write(t)
                    boilerplate.append(Range(start=s, end=e, kind=kind))
                    w.write("\n")

    furniture("page_header", [s.header for s in doc.sections])
    caption: str | None = None
    last: Table | None = None
    for item in _iter_block_items(doc.element.body, doc._body):
        if item.__class__.__name__ == "Paragraph":
            t = _paragraph_text(item, default_font, counts).strip()
            if not t:
                continue
            w.write(t)
            w.write("\n")
            if last is not None and _NOTE.match(t) and len(t) <= 400:
                tables[-1] = last.model_copy(update={"note": t})
            last = None
            caption = t if len(t) <= 200 else None
            continue
        rows = [r for r in _table_rows(item, default_font, counts) if any(r)]
        if not rows:
            continue
        written: list[TableRow] = []
        for r in rows:
            start = w.pos
            cells = []
            for i, c in enumerate(r):
                if i:
                    w.write(" | ")
                s, e = w.write(c or "")
                cells.append(TableCell(text=w.text[s:e] if e > s else "", start=s, end=e))
            written.append(TableRow(cells=cells, start=start, end=w.pos))
            w.write("\n")
        header_rows = 0
        for r in written:
            if any(regex.search(r"\d", c.text) for c in r.cells[1:]):
                break
            header_rows += 1
        last = Table(
            rows=written,
            start=written[0].start,
            end=written[-1].end,
            header_rows=header_rows if header_rows < len(written) else 1,
            caption=caption,
            source="docx",
        )
        tables.append(last)
        caption = None
    furniture("page_footer", [s.footer for s in doc.sections])
    text = w.text
    if text.endswith("\n"):
        text = text[:-1]
    for kind, n in counts.items():
        errors.append(
            ErrorEntry(
                kind=ErrorKind.ENCODING_REPAIRED,
                message=f"{n} run(s) in {ENCODING_NAMES[kind]} fonts converted to Unicode",
                severity="info",
            )
        )
    # text typed in a legacy encoding with a Unicode font named: only in-place repairs keep offsets
    fixed, more = repair_text(text)
    if more and len(fixed) == len(text):
        text = fixed
        errors.extend(more)
        for t in tables:
            for r in t.rows:
                for i, c in enumerate(r.cells):
                    r.cells[i] = c.model_copy(update={"text": text[c.start : c.end]})
    cp = doc.core_properties
    metadata: dict = {}
    if cp.title and cp.title.strip():
        metadata["title"] = normalize_text(cp.title.strip())
    if cp.author and cp.author.strip():
        metadata["author"] = normalize_text(cp.author.strip())
    if cp.created is not None:
        metadata["published"] = cp.created.date().isoformat()
    if not text.strip():
        errors.append(ErrorEntry(kind=ErrorKind.EMPTY_INPUT, message="the document holds no text", severity="warning"))
    return ReadResult(
        text=text, format="docx", errors=errors, metadata=metadata, tables=tables, boilerplate=boilerplate
    )


def _soffice() -> str | None:
    for cmd in ("soffice", "libreoffice"):
        p = shutil.which(cmd)
        if p:
            return p
    return None


def read_doc(data: bytes, *, name: str = "", options: ReadOptions | None = None) -> ReadResult:
    """Read a legacy Word .doc by converting it to DOCX with LibreOffice (headless).

    Raises:
        MissingDependencyError: LibreOffice is not installed.
        ReaderError: the conversion failed or timed out.
    """
    options = options or ReadOptions()
    soffice = _soffice()
    if soffice is None:
        err = MissingDependencyError("LibreOffice", None, purpose="reading legacy .doc files")
        raise ReaderError(
            "legacy Word .doc needs LibreOffice to convert it, which is not installed "
            "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui); or save the file as .docx or .pdf",
            kind=ErrorKind.MISSING_DEPENDENCY,
        ) from err
    with tempfile.TemporaryDirectory(prefix="vn-egov-doc-") as tmp:
        src = Path(tmp) / "input.doc"
        src.write_bytes(data)
        try:
            subprocess.run(
                [
                    soffice,
                    "--headless",
                    "--norestore",
                    f"-env:UserInstallation=file://{tmp}/profile",
                    "--convert-to",
                    "docx",
                    "--outdir",
                    tmp,
                    str(src),
                ],
                capture_output=True,
                timeout=options.timeout or 120,
                check=True,
            )
        except (subprocess.SubprocessError, OSError) as e:
            raise ReaderError(f"LibreOffice could not convert the .doc: {e}", kind=ErrorKind.READER_ERROR) from e
        out = Path(tmp) / "input.docx"
        if not out.is_file():
            raise ReaderError("LibreOffice produced no DOCX (not a Word document?)", kind=ErrorKind.READER_ERROR)
        result = read_docx(out.read_bytes(), name=name, options=options)
    result.format = "doc"
    return result


def register_readers(register) -> None:  # noqa: ANN001 - the registry's register()
    """Register the DOCX reader (zip with ``word/document.xml``) and the .doc reader (OLE2)."""
    register("docx", read_docx, extensions=(".docx",))
    register("doc", read_doc, extensions=(".doc",), magic=(OLE2_MAGIC,))
