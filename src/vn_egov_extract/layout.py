"""Layout stage: tables and boilerplate found in the text (after segmentation, before
entities), and the *cells* of a page's layout that the structure stage reads headers from.

See :mod:`vn_egov_extract.tables` and :mod:`vn_egov_extract.boilerplate`.

**Cells.** An official letter's header and footer are two columns (issuing body | national
motto; "Số:" | place and date; "Nơi nhận:" | signer). Text extraction flattens them in three
ways, all seen in real inputs: cells joined by pipes on one line ("BỘ THÔNG TIN VÀ | CỘNG HÒA
XÃ HỘI CHỦ NGHĨA VIỆT NAM |", legal databases), cells on lines of their own between lines of
pipes with hard line wraps inside a cell and markdown emphasis ("**VĂN PHÒNG CHÍNH\\nPHỦ**",
trafilatura), and columns side by side separated by runs of spaces or tabs (PDF text).
:func:`layout_cells` turns all three into one sequence of :class:`Cell` s: a line is cut at
``|``, tabs and runs of three or more spaces; a cell whose ``**`` or ``*`` emphasis is left
open continues on the next lines until it closes ("**TM. ỦY BAN NHÂN\\nDÂN**" is one cell).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .boilerplate import find_boilerplate, find_signoff_tail
from .document import Doc
from .tables import find_text_tables, lines_of

__all__ = ["apply_layout", "Cell", "layout_cells"]


def apply_layout(doc: Doc) -> None:
    """The layout stage: add text tables to ``doc.tables`` and mark boilerplate."""
    reader_tables = list(doc.tables)
    covered = [(t.start, t.end) for t in reader_tables]
    for t in find_text_tables(doc.text):
        if not any(a < t.end and t.start < b for a, b in covered):
            reader_tables.append(t)
    doc.tables = sorted(reader_tables, key=lambda t: t.start)
    ranges = [*doc.boilerplate, *find_boilerplate(doc.text)]
    tail = find_signoff_tail(doc.text)
    if tail is not None:
        ranges.append(tail)
    doc.set_boilerplate(ranges)


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of the page layout.

    Attributes:
        start, end: offsets into ``text`` of the cell's content (code points, end exclusive),
            without the surrounding spaces and emphasis markers; may span line breaks.
        text: the cell's content cleaned for reading: ``*`` emphasis markers and leading
            ``#``/``>`` removed, whitespace (line breaks included) collapsed to single spaces.
        line: index (0-based) of the line the cell starts on.
        first: the cell is the first one on its line.
        blank_before: a blank line, or a line holding only separators (``|``, ``---``,
            emphasis of nothing), comes between the previous cell and this one.
    """

    start: int
    end: int
    text: str
    line: int
    first: bool
    blank_before: bool


_SPLIT = regex.compile(r"\||\t+| {3,}")
_EDGE_LEAD = regex.compile(r"^[\s*#>]+")
_EDGE_TRAIL = regex.compile(r"[\s*]+$")
_SEPARATOR = regex.compile(r"^[\s\-_=~.*•]*$")
_MAX_MERGED_LINES = 12


def _open_emphasis(raw: str) -> bool:
    bold = raw.count("**")
    single = raw.replace("**", "").count("*")
    return bold % 2 == 1 or single % 2 == 1


def _clean(raw: str) -> str:
    s = raw.replace("*", " ")
    s = _EDGE_LEAD.sub("", s)
    return " ".join(s.split())


def layout_cells(text: str, start: int = 0, end: int | None = None) -> list[Cell]:
    """The layout cells of ``text[start:end]``, in reading order (see the module docstring).

    Separator-only pieces ("|", "-------", "* *") give no cell; they set ``blank_before`` of
    the next cell when they fill their line.

    >>> cs = layout_cells("BỘ THÔNG TIN VÀ | CỘNG HÒA XÃ HỘI |\\n**VĂN PHÒNG CHÍNH\\nPHỦ**\\n\\nSố: 1")
    >>> [(c.text, c.first, c.blank_before) for c in cs]  # doctest: +NORMALIZE_WHITESPACE
    [('BỘ THÔNG TIN VÀ', True, False), ('CỘNG HÒA XÃ HỘI', False, False),
     ('VĂN PHÒNG CHÍNH PHỦ', True, False), ('Số: 1', True, True)]
    """
    global _CELLS_OF_LAST
    whole = start == 0 and end is None
    if whole:
        last_text, last_cells = _CELLS_OF_LAST
        if last_text is text:
            return list(last_cells)
    cells = _layout_cells(text, start, len(text) if end is None else end)
    if whole:
        _CELLS_OF_LAST = (text, tuple(cells))
    return cells


#: The last whole text :func:`layout_cells` read and its cells (the structure stage asks for
#: the same document's cells more than once; cells are immutable).
_CELLS_OF_LAST: tuple[str | None, tuple[Cell, ...]] = (None, ())


def _layout_cells(text: str, start: int, stop: int) -> list[Cell]:
    lines = [(s, e) for s, e in lines_of(text) if e >= start and s < stop]
    cells: list[Cell] = []
    blank = False
    i = 0
    while i < len(lines):
        ls, le = lines[i]
        ls, le = max(ls, start), min(le, stop)
        pieces: list[tuple[int, int]] = []
        pos = ls
        for m in _SPLIT.finditer(text, ls, le):
            pieces.append((pos, m.start()))
            pos = m.end()
        pieces.append((pos, le))
        if all(_SEPARATOR.match(text[a:b]) for a, b in pieces):
            blank = True
            i += 1
            continue
        first = True
        consumed = i
        for k, (a, b) in enumerate(pieces):
            raw = text[a:b]
            if _SEPARATOR.match(raw):
                continue
            if k == len(pieces) - 1 and _open_emphasis(raw):
                # the emphasis continues on the next lines (a hard-wrapped cell): one cell
                # until it closes, a blank line, or a line with cells of its own
                j = i + 1
                while j < len(lines) and j - i <= _MAX_MERGED_LINES:
                    ns, ne = lines[j]
                    ne = min(ne, stop)
                    if not text[ns:ne].strip() or _SPLIT.search(text, ns, ne):
                        break
                    b = ne
                    consumed = j
                    if not _open_emphasis(text[a:b]):
                        break
                    j += 1
                raw = text[a:b]
            lead = _EDGE_LEAD.match(raw)
            trail = _EDGE_TRAIL.search(raw)
            cs = a + (lead.end() if lead else 0)
            ce = b - (len(trail.group(0)) if trail else 0)
            if ce <= cs:
                continue
            cleaned = _clean(text[cs:ce])
            if not cleaned:
                continue
            cells.append(Cell(cs, ce, cleaned, i, first, blank))
            first = False
            blank = False
        i = consumed + 1
    return cells
