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
* **multi-line-cell tables** (what ``trafilatura`` writes for tables whose cells hold wrapped
  text): cells are separated by lines holding only ``|``, a row ends with one ``|`` line and
  the next row begins with another, so an empty chunk between two ``|`` lines separates rows.
  The number of columns is the most common row length; rows are then read column by column.

The caption is the nearest heading-like line before the table, the note the "Ghi chú"/"Số liệu
..." lines right after it. Tables handed over by a reader (PDF, DOCX, HTML) are kept as they are
(:func:`vn_egov_extract.layout.apply_layout`); the claims stage reads all of them alike.
"""

from __future__ import annotations

from collections import Counter

import regex

from .models import Table, TableCell, TableRow

__all__ = ["find_text_tables", "find_multiline_tables", "table_rows_of_lines", "lines_of"]


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
_NOTE = regex.compile(r"^\s*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý|\*)", regex.IGNORECASE)
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
        if not c:
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
            header_rows = 1 if _header_like(rows[0]) else 0
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

    >>> t = "|\\nTT\\n|\\nTỉnh\\n|\\nTỉ lệ\\n|\\n|\\n1\\n|\\nThừa Thiên\\nHuế\\n|\\n54,53%\\n|\\n"
    >>> t += "|\\n2\\n|\\nNam Định\\n|\\n41,47%\\n|"
    >>> tab = find_multiline_tables(t)[0]
    >>> [[c.text for c in r.cells] for r in tab.rows]
    [['TT', 'Tỉnh', 'Tỉ lệ'], ['1', 'Thừa Thiên\\nHuế', '54,53%'], ['2', 'Nam Định', '41,47%']]
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
        tokens: list[tuple[int, int]] = []
        for a, b in zip(reg, reg[1:], strict=False):
            if b == a + 1:
                pos = lines[a][1]
                tokens.append((pos, pos))
            else:
                tokens.append(_trim(text, lines[a + 1][0], lines[b - 1][1]))
        rows = _multiline_rows(text, tokens)
        if len(rows) < 2:
            continue
        header_rows = 1 if _header_like(rows[0]) else 0
        tables.append(
            Table(
                rows=rows,
                start=lines[reg[0]][0],
                end=lines[reg[-1]][1],
                header_rows=header_rows,
                caption=_caption_before(text, lines, reg[0]),
                note=_note_after(text, lines, reg[-1] + 1),
                source="text",
            )
        )
    return tables


def _multiline_rows(text: str, tokens: list[tuple[int, int]]) -> list[TableRow]:
    # groups between empty chunks give the usual row length (empty cells split some groups)
    groups: list[list[tuple[int, int]]] = [[]]
    for t in tokens:
        if t[0] == t[1]:
            groups.append([])
        else:
            groups[-1].append(t)
    lengths = Counter(len(g) for g in groups if len(g) >= 2)
    if not lengths:
        return []
    ncols = max(lengths.items(), key=lambda kv: (kv[1], kv[0]))[0]
    rows: list[TableRow] = []
    pos = 0
    while pos < len(tokens):
        chunk = tokens[pos : pos + ncols]
        pos += ncols
        if pos < len(tokens) and tokens[pos][0] == tokens[pos][1]:
            pos += 1  # the empty chunk between two rows
        filled = [t for t in chunk if t[0] < t[1]]
        if not filled:
            continue
        cells = [TableCell(text=text[a:b], start=a, end=b) for a, b in chunk]
        rows.append(TableRow(cells=cells, start=filled[0][0], end=filled[-1][1]))
    return rows
