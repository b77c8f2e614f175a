"""Tables found in the text: pipe tables, tab-separated tables and multi-line-cell tables.

Three layouts of text tables are recognized, each giving a :class:`~vn_egov_extract.models.Table`
whose rows keep their cells with offsets into ``text`` (``text[cell.start:cell.end] ==
cell.text``, code points, end exclusive):

* **pipe tables**: two or more consecutive lines holding ``|``-separated cells (the tables of
  web pages and legal databases as text extractors write them, markdown tables with their
  ``|---|`` rules). A header line set apart from the body by a blank line and a short label
  line ("TT | Chỉ tiêu | Đơn vị | Kết quả |", blank, "**Đến năm 2030**", blank, rows) joins the
  table: the header becomes row 0 and the label a one-cell *section row*;
* **tab tables**: two or more consecutive lines with tab-separated cells;
* **flattened rows** (:func:`flat_row`; a statistics dashboard reduced to text, one line per
  row with its cells separated by single spaces: "Mức 3 68544 61827 6717 43434 70,3% 11795 19,1%
  4331 7%"): a row is read where a value is, with its label, and its columns of percentages are
  named only where the header above repeats one level word ("Mức độ 1 Mức độ 2 Mức độ 3 Mức độ
  4"), since single spaces cannot split "Đã xử lý Chưa xử lý";
* **multi-line-cell tables** (what ``trafilatura`` writes for tables whose cells hold wrapped
  text): cells are separated by lines holding only ``|``, a row ends with one ``|`` line and
  the next row begins with another, so an empty chunk between two ``|`` lines separates rows —
  or is an empty cell; text where such a break belongs lies between two tables (a caption,
  footnotes). :func:`find_multiline_tables` splits a run of ``|`` lines into tables and rows.

The caption is the nearest heading-like line before the table (or the text between two tables
of one run), the note the "Ghi chú"/"Số liệu ..." lines right after it. Two header rows — cells
of the first spanning sub-columns named by the second — are mapped to the body's columns by
:func:`column_headers`; :func:`cell_column` places the cells of a body row that lost some to
cells spanning rows or columns. Tables handed over by a reader (PDF, DOCX, HTML) are kept as they are
(:func:`vn_egov_extract.layout.apply_layout`); the claims stage reads all of them alike.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

import regex

from .models import Table, TableCell, TableRow
from .resources import load_tsv

__all__ = [
    "find_text_tables",
    "find_multiline_tables",
    "table_rows_of_lines",
    "lines_of",
    "column_headers",
    "cell_column",
    "count_header_rows",
    "data_width",
    "section_level",
    "percent_unit_note",
    "is_identifier_header",
    "caption_block",
    "flat_row",
    "FlatRow",
    "ROW_MARKER",
]


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (without the line break)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_RULE_LINE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _cells(text: str, s: int, e: int, sep: str) -> list[TableCell]:
    cells: list[TableCell] = []
    pos = s
    line = text[s:e]
    parts = line.split(sep)
    for i, part in enumerate(parts):
        ps = pos
        pe = pos + len(part)
        pos = pe + len(sep)
        a, b = _trim(text, ps, pe)
        if a == b and (i == 0 or i == len(parts) - 1):
            continue  # leading/trailing pipe
        cells.append(TableCell(text=text[a:b], start=a, end=b))
    return cells


def table_rows_of_lines(text: str, spans: list[tuple[int, int]], sep: str) -> list[TableRow]:
    """Rows (cells with offsets) of the lines ``spans`` of ``text`` split at ``sep``."""
    rows = []
    for s, e in spans:
        if _RULE_LINE.match(text[s:e]):
            continue
        cells = _cells(text, s, e, sep)
        if cells:
            a, b = _trim(text, s, e)
            rows.append(TableRow(cells=cells, start=a, end=b))
    return rows


_CAPTION_SKIP = regex.compile(r"^\s*(?:\(.*\)|[-=_*|]+)\s*$")
_NOTE = regex.compile(
    r"^\s*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý|\(?\*+\)?\s*(?=\p{L}|\d))", regex.IGNORECASE
)
#: a short line between a header line and the body: "**Đến năm 2030**", "Năm 2024", "A. KHỐI BỘ"
_SECTION_LINE = regex.compile(r"^\s*[^|\t\n]{1,80}$")


def _caption_before(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    k = i - 1
    while k >= 0 and k >= i - 4:
        cs, ce = lines[k]
        c = text[cs:ce].strip()
        if c and not _CAPTION_SKIP.match(c):
            return c
        k -= 1
    return None


def _note_after(text: str, lines: list[tuple[int, int]], j: int) -> str | None:
    note_parts: list[str] = []
    k = j
    n = len(lines)
    while k < n and k < j + 4:
        cs, ce = lines[k]
        c = text[cs:ce].strip()
        if not c.strip("*_ "):  # blank, or emphasis of nothing ("** **")
            k += 1
            continue
        if _NOTE.match(c) or (note_parts and c.startswith(("-", "+"))):
            note_parts.append(c)
            k += 1
            continue
        break
    return "\n".join(note_parts) or None


def _is_pipe_line(ln: str) -> bool:
    return ln.count("|") >= 2


_ORDINAL_CELL = regex.compile(r"^[*_\s]*(?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]{1,6})[.)]?[*_\s]*$")
_VALUE_IN_CELL = regex.compile(r"\d\s*%|\d[.,]\d|^[*_\s≥≤<>]*\d+[*_\s]*$")


def _header_like(row: TableRow) -> bool:
    """A row of column names: two or more cells, none an ordinal ("1", "II") or a value."""
    return len(row.cells) >= 2 and not any(
        _ORDINAL_CELL.match(c.text) or _VALUE_IN_CELL.search(c.text) for c in row.cells if c.text
    )


def _detached_header(
    text: str, lines: list[tuple[int, int]], i: int, first: TableRow
) -> tuple[int, TableRow, list[TableRow]] | None:
    """A header line set apart from the body that starts at line ``i`` by blank lines and at
    most two short label lines: ``(header line index, header row, section rows)``."""
    k = i - 1
    labels: list[tuple[int, int]] = []
    while k >= 0 and i - k <= 6:
        s, e = lines[k]
        ln = text[s:e]
        if not ln.strip():
            k -= 1
            continue
        if _is_pipe_line(ln):
            rows = table_rows_of_lines(text, [(s, e)], "|")
            if rows and _header_like(rows[0]) and abs(len(rows[0].cells) - len(first.cells)) <= 1 and labels:
                sections = []
                for ls, le in reversed(labels):
                    a, b = _trim(text, ls, le)
                    sections.append(TableRow(cells=[TableCell(text=text[a:b], start=a, end=b)], start=a, end=b))
                return k, rows[0], sections
            return None
        if len(labels) >= 2 or not _SECTION_LINE.match(ln):
            return None
        labels.append((s, e))
        k -= 1
    return None


def find_text_tables(text: str) -> list[Table]:
    """Pipe-, tab-separated and multi-line-cell tables of ``text`` (see module docstring),
    in text order.

    >>> t = "BẢNG\\nTT | Tỉnh | Tỉ lệ |\\n1 | Huế | 54,53% |\\n2 | Tiền Giang | 45,12% |\\nGhi chú: x"
    >>> tab = find_text_tables(t)[0]
    >>> [c.text for c in tab.rows[1].cells], tab.caption, tab.note
    (['1', 'Huế', '54,53%'], 'BẢNG', 'Ghi chú: x')
    >>> t2 = "TT | Chỉ tiêu | Đơn vị | Kết quả |\\n\\n**Đến năm 2030**\\n\\n"
    >>> t2 += "1 | Tỉ lệ A | % | ≥ 80 |\\n2 | Tỉ lệ B | % | 90 |"
    >>> [[c.text for c in r.cells] for r in find_text_tables(t2)[0].rows][:2]
    [['TT', 'Chỉ tiêu', 'Đơn vị', 'Kết quả'], ['**Đến năm 2030**']]
    """
    lines = lines_of(text)
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        s, e = lines[i]
        line = text[s:e]
        sep = "|" if _is_pipe_line(line) else ("\t" if "\t" in line and line.strip() else None)
        if sep is None:
            i += 1
            continue
        j = i
        group = []
        while j < n:
            ls, le = lines[j]
            ln = text[ls:le]
            ok = _is_pipe_line(ln) if sep == "|" else (ln.count("\t") >= 1 and bool(ln.strip()))
            if not ok:
                break
            group.append((ls, le))
            j += 1
        rows = table_rows_of_lines(text, group, sep)
        if len(rows) >= 2:
            first_line = i
            header_rows = count_header_rows(rows)
            if sep == "|" and not header_rows:
                det = _detached_header(text, lines, i, rows[0])
                if det is not None:
                    first_line, head, sections = det
                    rows = [head, *sections, *rows]
                    header_rows = 1
            tables.append(
                Table(
                    rows=rows,
                    start=rows[0].start,
                    end=rows[-1].end,
                    header_rows=header_rows,
                    caption=_caption_before(text, lines, first_line),
                    note=_note_after(text, lines, j),
                    source="text",
                )
            )
        i = max(j, i + 1)
    covered = [(t.start, t.end) for t in tables]
    for t in find_multiline_tables(text):
        if not any(a < t.end and t.start < b for a, b in covered):
            tables.append(t)
    return sorted(tables, key=lambda t: t.start)


def find_multiline_tables(text: str) -> list[Table]:
    """Tables whose cells are separated by lines holding only ``|`` (see module docstring).

    A run of such ``|`` lines (no blank line between them) may hold several tables and the text
    between them: every row is written ``| cell | cell | ... |``, so two rows meet in an empty
    chunk between two ``|`` lines, and a chunk of text where that empty chunk should be is text
    *between* two tables (a caption "**PHỤ LỤC II** ...", a body paragraph, footnotes). A row
    whose first cell is an order header ("STT", "TT") begins a new table, and the chunk before
    it is such text. Empty chunks are both row breaks and empty cells: the rows are found by the
    cheapest split into rows of the table's width (:func:`_split_rows`), rows of fewer cells
    (headers, section rows, a total row) costing more, an empty cell right before a row marker
    ("1.", "II", "I.1") too.

    >>> t = "|\\nTT\\n|\\nTỉnh\\n|\\nTỉ lệ\\n|\\n|\\n1\\n|\\nThừa Thiên\\nHuế\\n|\\n54,53%\\n|\\n"
    >>> t += "|\\n2\\n|\\nNam Định\\n|\\n41,47%\\n|"
    >>> tab = find_multiline_tables(t)[0]
    >>> [[c.text for c in r.cells] for r in tab.rows]
    [['TT', 'Tỉnh', 'Tỉ lệ'], ['1', 'Thừa Thiên\\nHuế', '54,53%'], ['2', 'Nam Định', '41,47%']]
    >>> t = "|\\nA\\n|\\nB\\n|\\n**PHỤ LỤC**\\nTỶ LỆ\\n|\\nSTT\\n|\\nTỉnh\\n|\\nTỷ lệ (%)\\n|"
    >>> t += "\\n|\\n1.\\n|\\nHuế\\n|\\n90\\n|"
    >>> [(tab.caption, len(tab.rows)) for tab in find_multiline_tables(t)]
    [('**PHỤ LỤC**\\nTỶ LỆ', 2)]
    """
    lines = lines_of(text)
    pipes = [k for k, (s, e) in enumerate(lines) if text[s:e].strip() == "|"]
    regions: list[list[int]] = []
    for k in pipes:
        if regions:
            last = regions[-1][-1]
            between = lines[last + 1 : k]
            if k - last <= 80 and all(text[s:e].strip() for s, e in between):
                regions[-1].append(k)
                continue
        regions.append([k])
    tables = []
    for reg in regions:
        if len(reg) < 4:
            continue
        chunks: list[tuple[int, int]] = []
        for a, b in zip(reg, reg[1:], strict=False):
            if b == a + 1:
                pos = lines[a][1]
                chunks.append((pos, pos))
            else:
                chunks.append(_trim(text, lines[a + 1][0], lines[b - 1][1]))
        for k0, k1, caption_chunk in _table_spans(text, chunks):
            rows = [
                TableRow(
                    cells=[TableCell(text=text[a:b], start=a, end=b) for a, b in (chunks[k] for k in row)],
                    start=chunks[row[0]][0] if chunks[row[0]][0] < chunks[row[0]][1] else _first_filled(chunks, row),
                    end=_last_filled(chunks, row),
                )
                for row in _split_rows(text, chunks, k0, k1)
            ]
            rows = [r for r in rows if any(c.text for c in r.cells)]
            if len(rows) < 2 or not any(len(r.cells) >= 2 for r in rows):
                continue
            caption = None
            if caption_chunk is not None:
                caption = _caption_of_chunk(text, *chunks[caption_chunk])
            if caption is None and k0 == 0:
                caption = _caption_before(text, lines, reg[0])
            tables.append(
                Table(
                    rows=rows,
                    start=lines[reg[k0]][0],
                    end=lines[reg[k1]][1],
                    header_rows=count_header_rows(rows),
                    caption=caption,
                    note=_note_after(text, lines, reg[k1] + 1) if k1 == len(reg) - 1 else None,
                    source="text",
                )
            )
    return tables


def _first_filled(chunks: list[tuple[int, int]], row: list[int]) -> int:
    return next((chunks[k][0] for k in row if chunks[k][0] < chunks[k][1]), chunks[row[0]][0])


def _last_filled(chunks: list[tuple[int, int]], row: list[int]) -> int:
    return next((chunks[k][1] for k in reversed(row) if chunks[k][0] < chunks[k][1]), chunks[row[-1]][1])


def _bare(s: str) -> str:
    """A cell's text without emphasis markers, lower case, single-spaced."""
    return " ".join(s.replace("*", " ").replace("_", " ").lower().split())


#: the header of the order column ("STT", "TT", "Số TT"): a row that starts with it starts a table
_ORDER_HEADER = regex.compile(r"^(?:stt|tt|số\s+tt|số\s+thứ\s+tự)\.?$")
#: a cell that opens a row: "1.", "2.1", "I", "II.", "I.1", "a)", "**I. Bộ, ngành**" — not a bare
#: integer, which is as often a value
_ROW_MARKER = regex.compile(
    r"^[*_\s]*(?:\d{1,3}(?:\.\d{1,3})*\.|\d{1,3}(?:\.\d{1,3})+|[IVXLC]{1,6}(?:\.\d{1,3})*\.?|[a-zđ]\))(?=[\s*_]|$)"
)


def _table_spans(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int, int | None]]:
    """Split the chunks of one region into tables: ``(first pipe, last pipe, caption chunk)``.

    Pipe ``k`` is the one before chunk ``k`` (pipe ``len(chunks)`` the last). A table starts at
    the region's start and at every order-header chunk ("STT") that is not the first cell of the
    region; the chunk before an order header is then the text between the tables (a caption when
    it holds text). Inside each part, the rows are split by :func:`_split_rows`, whose breaks (text
    where a row break should be) end tables too.
    """
    starts = [0]
    for k in range(1, len(chunks)):
        a, b = chunks[k]
        if _ORDER_HEADER.match(_bare(text[a:b])) and k - 1 > starts[-1]:
            starts.append(k)
    out: list[tuple[int, int, int | None]] = []
    for n, s in enumerate(starts):
        e = starts[n + 1] - 1 if n + 1 < len(starts) else len(chunks)  # chunk e is the separator
        sep = s - 1 if s > 0 and chunks[s - 1][0] < chunks[s - 1][1] else None
        for k0, k1, brk in _parts(text, chunks, s, e):
            out.append((k0, k1, brk if brk is not None else (sep if k0 == s else None)))
    return out


def _parts(text: str, chunks: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int, int | None]]:
    """The tables of chunks ``[s, e)``: ``(first pipe, last pipe, chunk of text before it)``."""
    rows = _split_rows(text, chunks, s, e)
    out: list[tuple[int, int, int | None]] = []
    if not rows:
        return out
    k0 = rows[0][0]
    before: int | None = None
    prev_end = rows[0][-1]
    for row in rows[1:]:
        gap = row[0] - 1
        if gap > prev_end and chunks[gap][0] < chunks[gap][1]:  # text between two tables
            out.append((k0, prev_end + 1, before))
            k0, before = row[0], gap
        prev_end = row[-1]
    out.append((k0, prev_end + 1, before))
    return out


_MAX_WIDTH = 40


def _split_rows(text: str, chunks: list[tuple[int, int]], s: int, e: int) -> list[list[int]]:
    """The rows (lists of chunk indices) of chunks ``[s, e)``: the cheapest split for the best
    table width (see :func:`find_multiline_tables`). Between two rows lies one chunk: empty (a
    row break) or text (a break between two tables)."""
    if e <= s:
        return []
    empty = [chunks[k][0] == chunks[k][1] for k in range(s, e)]
    n = e - s
    marker = [False] * n
    outer = [False] * n
    for i in range(n):
        if not empty[i]:
            a, b = chunks[s + i]
            cell = text[a:b]
            marker[i] = bool(_ROW_MARKER.match(cell)) or bool(_ORDER_HEADER.match(_bare(cell)))
            outer[i] = _looks_outer(text, a, b)
    # lengths of the runs of non-empty chunks: a row with no empty cell is one such run
    runs = Counter()
    length = 0
    for i in range(n + 1):
        if i < n and not empty[i]:
            length += 1
            continue
        if length:
            runs[length] += 1
        length = 0
    if not runs:
        return []
    # candidate widths: the commonest run lengths, and one or two more (rows with empty cells)
    frequent = [w for w, c in runs.most_common() if c >= 2 and w >= 2][:4] + [max(runs)]
    widths = sorted({w + d for w in frequent for d in (0, 1, 2) if w + d <= _MAX_WIDTH})
    best: tuple[float, int, list[list[int]]] | None = None
    for width in widths:
        cost, rows = _best_rows(empty, marker, outer, width)
        if best is None or cost < best[0] - 1e-9:
            best = (cost, width, rows)
    if best is None:
        return []
    return [[s + i for i in row] for row in best[2]]


#: the cost of text where a row break belongs (a break between two tables): low for text that
#: looks like it (``models/table_layout.tsv``, or a long passage), high for a chunk that may be a cell
_BREAK_COST = 3.0
_OUTER_BREAK_COST = 0.5
_OUTER_LINES = 12


@functools.cache
def _outer_patterns() -> tuple[regex.Pattern[str], ...]:
    rows = load_tsv("table_layout.tsv", ("kind", "pattern"))
    return tuple(regex.compile(r["pattern"]) for r in rows if r["kind"] in ("caption", "source", "footnote"))


def _looks_outer(text: str, a: int, b: int) -> bool:
    """Whether chunk ``text[a:b]`` reads as text around a table: a caption ("PHỤ LỤC II", "(Kèm
    theo ...)"), a source line, footnotes ("[1] ..."), or a passage of many lines."""
    lines = [ln for ln in (_bare(x) for x in text[a:b].split("\n")) if ln]
    if not lines:
        return False
    if len(lines) >= _OUTER_LINES:
        return True
    return any(p.match(lines[0]) for p in _outer_patterns())


def _best_rows(empty: list[bool], marker: list[bool], outer: list[bool], width: int) -> tuple[float, list[list[int]]]:
    """Dynamic programming over row ends: rows of ``width`` cells cost 0, one-cell rows (section
    labels) 0.5, other short rows 1; a row opening with an empty cell 1 more, an empty cell
    followed by a row marker inside a row 1 more; text where a row break belongs (a break
    between two tables) 3, or 0.5 when it reads as text around a table (``outer``)."""
    n = len(empty)
    # bad[k]: chunk k is a row marker right after an empty chunk (a break taken for a cell)
    bad = [0] * (n + 1)
    for k in range(1, n):
        bad[k + 1] = bad[k] + (1 if marker[k] and empty[k - 1] else 0)
    bad[1] = 0
    inf = float("inf")
    cost = [inf] * (n + 2)
    nxt: list[int] = [0] * (n + 2)
    cost[n] = 0.0
    cost[n + 1] = 0.0
    for i in range(n - 1, -1, -1):
        best, arg = inf, -1
        for j in range(min(n, i + width), i, -1):  # longer rows first: they win ties
            length = j - i
            c = 0.0 if length == width else (0.5 if length == 1 else 1.0)
            if empty[i]:
                c += 1.0
            c += bad[j] - bad[i + 1]
            if j < n:
                c += cost[j + 1] + (0.0 if empty[j] else (_OUTER_BREAK_COST if outer[j] else _BREAK_COST))
            if c < best:
                best, arg = c, j
        cost[i] = best
        nxt[i] = arg
    rows: list[list[int]] = []
    i = 0
    while i < n:
        j = nxt[i]
        if j <= i:
            break
        rows.append(list(range(i, j)))
        i = j + 1
    return cost[0], rows


_LETTER = regex.compile(r"\p{L}")


def _caption_of_chunk(text: str, a: int, b: int) -> str | None:
    """The caption a chunk of text between two tables gives the next one: the whole chunk when
    it is short (a title block "**PHỤ LỤC II**\\nKẾT QUẢ ..."), else its last line."""
    body = text[a:b].strip()
    if not body or not _LETTER.search(body):
        return None
    lines = [ln.strip() for ln in body.split("\n") if ln.strip() and not _CAPTION_SKIP.match(ln)]
    if not lines:
        return None
    if len(lines) <= 6 and len(body) <= 600:
        return "\n".join(lines)
    return lines[-1]


def count_header_rows(rows: list[TableRow]) -> int:
    """How many of ``rows`` head the table: the first row when it is a row of column names
    (:func:`_header_like`), and the second too when the first spans columns — fewer cells than
    the body's rows, or empty cells continuing a cell merged across — named by the second
    ("Kết quả thực hiện" over "Tổng số | Đã tích hợp | Chưa tích hợp")."""
    if not rows or not _header_like(rows[0]):
        return 0
    width = data_width(rows[1:])
    # the first row spans columns: fewer cells than the body, or an empty cell after the first
    # (a cell merged across, as pipe tables and DOCX write it)
    spans = len(rows[0].cells) < width or any(not c.text.strip(" *_") for c in rows[0].cells[1:])
    if (
        len(rows) > 2
        and spans
        and _header_like(rows[1])
        and sum(1 for c in rows[1].cells if c.text.strip(" *_")) >= 2
        and not _ROW_MARKER.match(rows[1].cells[0].text)
        and len(rows[1].cells) <= width
    ):
        return 2
    return 1


def data_width(rows: list[TableRow]) -> int:
    """The usual number of cells of ``rows`` (the most common count of rows with two or more
    cells, the larger on a tie); 0 when there is none."""
    counts = Counter(len(r.cells) for r in rows if len(r.cells) >= 2)
    if not counts:
        return 0
    return max(counts.items(), key=lambda kv: (kv[1], kv[0]))[0]


@functools.cache
def _identifier_patterns() -> tuple[regex.Pattern[str], ...]:
    rows = load_tsv("table_headers.tsv", ("role", "pattern"))
    return tuple(regex.compile(r["pattern"]) for r in rows if r["role"] in ("order", "subject", "indicator"))


_SINGLE_VALUE_HEADER = regex.compile(r"\(%\)|^(?:tỷ|tỉ)\s+lệ|^ghi\s+chú$|^đơn\s+vị(?:\s+tính)?$|^đvt$")


def is_identifier_header(header: str) -> bool:
    """A short header naming the order, subject or indicator column ("STT", "Bộ, cơ quan",
    "Tên chỉ tiêu"; ``models/table_headers.tsv``)."""
    h = _bare(header)
    return len(h.split()) <= 6 and any(p.search(h) for p in _identifier_patterns())


def _single_header(header: str) -> bool:
    """A header cell that stands over one column: a short header naming the order, subject or
    indicator column ("STT", "Bộ, cơ quan", ``models/table_headers.tsv``), a rate ("Tỷ lệ thực
    hiện (%)"), the unit or the remarks ("Ghi chú")."""
    return bool(_SINGLE_VALUE_HEADER.search(_bare(header))) or is_identifier_header(header)


def column_headers(t: Table) -> dict[int, list[TableCell]]:
    """The header cells above each column of ``t``'s body: column index → header cells, top
    row first (empty when the table has no header row).

    One header row maps cell ``i`` to column ``i``. Two header rows are the flattened form of
    cells that span sub-columns: the body has ``w`` columns (:func:`data_width`), the first row
    ``n0`` cells and the second ``n1``, so ``k = n0 + n1 - w`` cells of the first row are column
    groups whose sub-columns are the second row's cells. The groups are the first ``k`` cells
    that are not single-column headers (:func:`_single_header`: "STT", "Cơ quan", "Tỷ lệ thực
    hiện (%)", "Ghi chú"), sharing the second row's cells evenly, in order.

    >>> rows = [["STT", "Cơ quan", "Kết quả", "Tỷ lệ (%)"], ["Tổng số", "Đã tích hợp"],
    ...         ["1.", "Bộ Tư pháp", "12", "12", "100"], ["2.", "Bộ Y tế", "10", "5", "50"]]
    >>> cells = [[TableCell(text=c, start=0, end=0) for c in r] for r in rows]
    >>> t = Table(rows=[TableRow(cells=c, start=0, end=0) for c in cells], start=0, end=0, header_rows=2)
    >>> {i: [c.text for c in cs] for i, cs in column_headers(t).items()}[4]
    ['Tỷ lệ (%)']
    >>> {i: [c.text for c in cs] for i, cs in column_headers(t).items()}[3]
    ['Kết quả', 'Đã tích hợp']
    """
    heads = t.rows[: t.header_rows]
    if not heads:
        return {}
    width = data_width(t.rows[t.header_rows :]) or len(heads[0].cells)
    top = _strip_trailing_empty(heads[0].cells)
    out: dict[int, list[TableCell]] = {i: [c] for i, c in enumerate(top)}
    if len(heads) < 2:
        return out
    raw_sub = heads[1].cells
    if len(heads[0].cells) == width and len(raw_sub) == width and _grid_row(raw_sub):
        return _grid_headers(heads[0].cells, raw_sub)
    sub = _strip_trailing_empty(raw_sub)
    k = len(top) + len(sub) - width
    if not 1 <= k <= len(top) or len(sub) < k:
        return out
    candidates = [i for i, c in enumerate(top) if not _single_header(c.text)]
    if len(candidates) < k:
        candidates = list(range(len(top)))
    groups = candidates[:k]
    out = {}
    col = 0
    si = 0
    for i, c in enumerate(top):
        if i in groups:
            g = groups.index(i)
            span = len(sub) // k + (1 if g < len(sub) % k else 0)
            for _ in range(span):
                out[col] = [c, sub[si]]
                col += 1
                si += 1
        else:
            out[col] = [c]
            col += 1
    return out


def _strip_trailing_empty(cells: list[TableCell]) -> list[TableCell]:
    """Header cells without the empty ones a reader pads a short row with."""
    n = len(cells)
    while n > 1 and not cells[n - 1].text.strip(" *_"):
        n -= 1
    return cells[:n]


def _grid_row(cells: list[TableCell]) -> bool:
    """A second header row laid on the body's grid: no empty cell (a DOCX table repeats the cells
    merged down), or empty cells before filled ones (placeholders under cells merged down, as
    pipe tables write them) — not only empty cells at the end (a reader's padding)."""
    filled = [bool(c.text.strip(" *_")) for c in cells]
    if all(filled):
        return True
    last = max((i for i, f in enumerate(filled) if f), default=-1)
    return any(not f for f in filled[:last])


def _grid_headers(top: list[TableCell], sub: list[TableCell]) -> dict[int, list[TableCell]]:
    """Two header rows already laid on the body's grid (a DOCX table repeats a cell merged down
    and leaves the continuation of a cell merged across empty): column ``i`` is under ``top[i]``
    — or the nearest filled cell to its left — and ``sub[i]`` when it names something else."""
    out: dict[int, list[TableCell]] = {}
    group: TableCell | None = None
    for i, (a, b) in enumerate(zip(top, sub, strict=True)):
        if a.text.strip(" *_"):
            group = a
        cells = [group] if group is not None else []
        if b.text.strip(" *_") and (group is None or _bare(b.text) != _bare(group.text)):
            cells.append(b)
        out[i] = cells
    return out


def cell_column(row: TableRow, i: int, width: int) -> int:
    """The column of cell ``i`` of a body row: a row with fewer cells than the table's ``width``
    lost its leading cells to cells spanning rows or columns above or beside it ("Tổng số"
    over "STT" and "Cơ quan", "Đã thực thi" under a row-spanning "1 | Bộ Công an"), so it is
    aligned on the right; a one-cell row (a section label) is not."""
    n = len(row.cells)
    if 2 <= n < width:
        return i + (width - n)
    return i


#: a cell that opens a row or a section: "1.", "2.1", "I", "II.", "I.1", "a)" (see :func:`section_level`)
ROW_MARKER = _ROW_MARKER


def section_level(cell: str) -> int:
    """The level of a section label by its marker: "I", "1." → 1; "I.1", "2.1" → 2; "III.1.1" → 3;
    "a)" → 2; a label without a marker ("**Đến năm 2030**") → 0.

    >>> [section_level(x) for x in ("**I**", "I.1", "*III.1.2*", "II. Địa phương", "Đến năm 2030", "a)")]
    [1, 2, 3, 1, 0, 2]
    """
    m = _ROW_MARKER.match(cell)
    if m is None:
        return 0
    mark = m.group(0).strip(" *_").rstrip(".")
    if mark.endswith(")"):
        return 2
    return mark.count(".") + 1


@functools.cache
def _unit_note_patterns() -> tuple[regex.Pattern[str], ...]:
    rows = load_tsv("table_layout.tsv", ("kind", "pattern"))
    return tuple(regex.compile(r["pattern"], regex.IGNORECASE) for r in rows if r["kind"] == "unit_note")


def percent_unit_note(text: str, t: Table) -> bool:
    """Whether ``t``'s caption or the two lines right before it give "%" as the unit of all its
    values ("Đơn vị tính: %", ``models/table_layout.tsv``, kind ``unit_note``).

    >>> s = "Bảng 1\\n(Đơn vị tính: %)\\nTỉnh | 2023 | 2024 |\\nHuế | 41 | 55,5 |\\nHà Nam | 38 | 60 |"
    >>> percent_unit_note(s, find_text_tables(s)[0])
    True
    """
    before = text[max(0, t.start - 300) : t.start].split("\n")
    lines = [ln for ln in before if ln.strip(" *_|")][-2:]
    if t.caption:
        lines.append(t.caption)
    return any(p.search(ln) for ln in lines for p in _unit_note_patterns())


_TERMINAL_LINE = regex.compile(r"[.;!?…][\s*_\"”)]*$")
_CAPTION_BLOCK_LINES = 6
_CAPTION_BLOCK_CHARS = 700


def caption_block(text: str, start: int) -> int:
    """Where the block of title lines right before a table starting at ``start`` begins (an
    offset into ``text``; ``start`` when there is none): "**PHỤ LỤC**", the title in capitals,
    the "(Kèm theo ...)" line, blank lines between them, or the lead-in line ending with ":"
    ("Kết quả 6 tháng đầu năm 2024 như sau:"). It stops before a line of running text that
    ends a sentence, a table line ("|"), and after six lines.

    >>> s = "Đoạn văn.\\n**PHỤ LỤC**\\nCHỈ TIÊU ĐẾN NĂM 2030\\n*(Kèm theo Kế hoạch số 5/KH-UBND)*\\n\\nTT | Tỉnh |"
    >>> s[caption_block(s, s.index("TT")) :].split("\\n")[0]
    '**PHỤ LỤC**'
    """
    pos = start
    taken = 0
    k = text.rfind("\n", 0, start)
    while k >= 0 and taken < _CAPTION_BLOCK_LINES and start - k < _CAPTION_BLOCK_CHARS:
        ls = text.rfind("\n", 0, k) + 1
        line = text[ls:k].strip()
        bare = line.strip("*_# ")
        if not bare:
            k = ls - 1
            continue
        if line.count("|") >= 1 and not bare.startswith("("):
            break
        if _TERMINAL_LINE.search(line) and not bare.startswith("("):
            break
        pos = ls
        taken += 1
        if line.rstrip("*_ ").endswith(":"):
            break
        k = ls - 1
    return pos


#: a flattened dashboard row: a label of words, then four or more numbers, one of them a percentage
_FLAT_ROW = regex.compile(
    r"(?P<label>[^\d\n|]*?\p{L}[^\d\n|]*?(?:\s\d{1,2}(?:\s*,\s*\d{1,2})*)?)"
    r"(?P<cells>(?:[ \t]+\d[\d.,]*[ \t]*%?){4,})[ \t]*$"
)
#: the longest line read as a flattened row (a dashboard row is one label and a few cells)
_FLAT_ROW_MAX = 300
_PERCENT_CELL = regex.compile(r"\d[\d.,]*[ \t]*%")
#: a header naming its columns by a repeated level word: "Mức độ 1 Mức độ 2 Mức độ 3 Mức độ 4"
_LEVEL_HEADER = regex.compile(r"(?:^|\s)(?P<h>(?:[Mm]ức(?:\s+độ)?|[Cc]ấp)\s+\d{1,2})(?=\s|$)")


@dataclass(frozen=True, slots=True)
class FlatRow:
    """A flattened dashboard row (offsets into ``text``, code points, end exclusive).

    Attributes:
        start, end: the row's line without its line break.
        label: the row label ("Mức 1, 2", "Tỷ lệ TTHC cung cấp trực tuyến").
        percents: ``(start, end)`` of the percentage cells, in order.
        columns: the name of each percentage's column, from a level header above ("Mức độ 4"),
            or ``None`` for each when the header does not name them.
    """

    start: int
    end: int
    label: str
    percents: tuple[tuple[int, int], ...]
    columns: tuple[str | None, ...]


def flat_row(text: str, pos: int) -> FlatRow | None:
    """The flattened dashboard row holding offset ``pos``, or ``None`` when its line is no such
    row (a pipe or tab line, running text, fewer than four numbers or no percentage).

    >>> s = "Mức độ 1 Mức độ 2 Mức độ 3 Mức độ 4\\nTTHC % TTHC % TTHC % TTHC %\\n"
    >>> s += "Tỷ lệ TTHC cung cấp trực tuyến 2643 100% 2643 100% 1856 70,2% 736 27,8%"
    >>> r = flat_row(s, s.index("27,8"))
    >>> r.label, r.columns[-1], s[r.percents[-1][0] : r.percents[-1][1]]
    ('Tỷ lệ TTHC cung cấp trực tuyến', 'Mức độ 4', '27,8%')
    """
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    if b - a > _FLAT_ROW_MAX:
        return None  # running text, not a row (and no regex over a long line)
    line = text[a:b]
    if "\t" in line or "|" in line:
        return None
    m = _FLAT_ROW.fullmatch(line)
    if m is None or "%" not in m.group("cells"):
        return None
    percents = tuple(
        (a + m.start("cells") + c.start(), a + m.start("cells") + c.end())
        for c in _PERCENT_CELL.finditer(m.group("cells"))
    )
    columns: tuple[str | None, ...] = (None,) * len(percents)
    k = a - 1
    for _ in range(3):  # the header lines right above: "TTHC % TTHC % ...", "Mức độ 1 Mức độ 2 ..."
        if k <= 0:
            break
        ls = text.rfind("\n", 0, k) + 1
        heads = [h.group("h") for h in _LEVEL_HEADER.finditer(text[ls:k])]
        if len(heads) == len(percents) and len(heads) >= 2 and not _FLAT_ROW.fullmatch(text[ls:k]):
            columns = tuple(" ".join(h.split()) for h in heads)
            break
        k = ls - 1  # the sub-header, or a row above: the header is further up
    label = " ".join(m.group("label").split())
    return FlatRow(a, b, label, percents, columns)
