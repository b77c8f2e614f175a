"""Tables found in the text: pipe tables and tab-separated tables.

Lines that hold ``|``-separated cells (the pipe tables of text extracted from web pages and
legal databases, markdown tables with their ``|---|`` rules) or tab-separated cells form a
table when two or more such lines follow each other. Each row keeps its cells with offsets into
``text``. The caption is the nearest heading-like line before the table, the note the "Ghi
chú"/"Số liệu ..." lines right after it. Tables handed over by a reader (PDF, DOCX, HTML) are
kept as they are (:func:`vn_egov_extract.layout.apply_layout`).
"""

from __future__ import annotations

import regex

from .models import Table, TableCell, TableRow

__all__ = ["find_text_tables", "table_rows_of_lines", "lines_of"]


def lines_of(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` (without the line break)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_RULE_LINE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _cells(text: str, s: int, e: int, sep: str) -> list[TableCell]:
    cells: list[TableCell] = []
    pos = s
    line = text[s:e]
    parts = line.split(sep)
    for i, part in enumerate(parts):
        ps = pos
        pe = pos + len(part)
        pos = pe + len(sep)
        a, b = ps, pe
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
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
            a, b = s, e
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            rows.append(TableRow(cells=cells, start=a, end=b))
    return rows


_CAPTION_SKIP = regex.compile(r"^\s*(?:\(.*\)|[-=_*]+)\s*$")
_NOTE = regex.compile(r"^\s*(?:ghi\s+chú|chú\s+thích|nguồn|số\s+liệu|lưu\s+ý|\*)", regex.IGNORECASE)


def find_text_tables(text: str) -> list[Table]:
    """Pipe- and tab-separated tables of ``text`` (see module docstring).

    >>> t = "BẢNG\\nTT | Tỉnh | Tỉ lệ |\\n1 | Huế | 54,53% |\\n2 | Tiền Giang | 45,12% |\\nGhi chú: x"
    >>> tab = find_text_tables(t)[0]
    >>> [c.text for c in tab.rows[1].cells], tab.caption, tab.note
    (['1', 'Huế', '54,53%'], 'BẢNG', 'Ghi chú: x')
    """
    lines = lines_of(text)
    tables: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        s, e = lines[i]
        line = text[s:e]
        sep = "|" if line.count("|") >= 2 else ("\t" if "\t" in line and line.strip() else None)
        if sep is None:
            i += 1
            continue
        j = i
        group = []
        while j < n:
            ls, le = lines[j]
            ln = text[ls:le]
            ok = (ln.count("|") >= 2) if sep == "|" else (ln.count("\t") >= 1 and bool(ln.strip()))
            if not ok:
                break
            group.append((ls, le))
            j += 1
        rows = table_rows_of_lines(text, group, sep)
        if len(rows) >= 2:
            caption = None
            k = i - 1
            while k >= 0 and k >= i - 4:
                cs, ce = lines[k]
                c = text[cs:ce].strip()
                if c and not _CAPTION_SKIP.match(c):
                    caption = c
                    break
                k -= 1
            note_parts = []
            k = j
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
            header_rows = 1 if rows and not any(regex.search(r"\d", c.text) for c in rows[0].cells[1:]) else 0
            tables.append(
                Table(
                    rows=rows,
                    start=rows[0].start,
                    end=rows[-1].end,
                    header_rows=header_rows,
                    caption=caption,
                    note="\n".join(note_parts) or None,
                    source="text",
                )
            )
        i = max(j, i + 1)
    return tables
