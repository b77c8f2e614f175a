"""Layout stage: tables and boilerplate found in the text (after segmentation, before entities).

**Tables.** Lines that hold ``|``-separated cells (the pipe tables of text extracted from web
pages and legal databases, markdown tables with their ``|---|`` rules) or tab-separated cells
form a table when two or more such lines follow each other. Each row keeps its cells with
offsets into ``text``. The caption is the nearest heading-like line before the table, the note
the "Ghi chú"/"Số liệu ..." lines right after it. Tables handed over by a reader (PDF, DOCX,
HTML) are kept as they are.

**Boilerplate.** Web chrome, menus, account prompts, related-article lists, keyword lines,
editor lines, image file names and photo credits, ratings and injected spam, by the rules of
``models/boilerplate.tsv``, plus runs of 25 or more letters glued together without spaces (a
spam-injection artefact) and every repetition of a bracketed spam keyword ("【bong đa truc
tuyến】" → "bong đa truc tuyến" elsewhere). Ranges are marked, never deleted.
"""

from __future__ import annotations

import functools

import regex

from .document import Doc
from .models import Range, Table, TableCell, TableRow
from .resources import load_tsv

__all__ = ["find_text_tables", "find_boilerplate", "find_signoff_tail", "apply_layout", "table_rows_of_lines"]


# ------------------------------------------------------------------ tables

_RULE_LINE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


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
    lines = _lines(text)
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


# ------------------------------------------------------------------ boilerplate


@functools.cache
def _rules() -> tuple[list[tuple[str, regex.Pattern[str]]], list[tuple[str, regex.Pattern[str]]], list[tuple[str, regex.Pattern[str]]]]:
    line, block, span = [], [], []
    for r in load_tsv("boilerplate.tsv", ("kind", "name", "pattern")):
        if r["kind"] == "span":
            span.append((r["name"], regex.compile(r["pattern"], regex.IGNORECASE)))
        else:
            pat = regex.compile(r"^\s*(?:" + r["pattern"] + ")", regex.IGNORECASE)
            (block if r["kind"] == "block" else line).append((r["name"], pat))
    return line, block, span


_LIST_ITEM = regex.compile(r"^\s*(?:[-–•*·+]|\d{1,2}[.)])\s*\S")
_TIMESTAMP = regex.compile(r"^\s*\d{1,2}:\d{2}(?:\s*,?\s*\d{1,2}/\d{1,2}/\d{2,4})?\s*$")
_GLUED = regex.compile(r"\p{L}[\p{L}\p{M}]{24,}")
_SPAM_BRACKET = regex.compile(r"【([^】\n]{1,80})】")


def find_boilerplate(text: str) -> list[Range]:
    """Boilerplate ranges of ``text`` (unsorted, may overlap; see module docstring).

    >>> t = "Bài viết.\\nTừ khóa: Bộ TT&TT\\nĐÁNH GIÁ BÀI VIẾT( 0)"
    >>> [t[r.start:r.end] for r in find_boilerplate(t)]
    ['Từ khóa: Bộ TT&TT', 'ĐÁNH GIÁ BÀI VIẾT( 0)']
    """
    line_rules, block_rules, span_rules = _rules()
    out: list[Range] = []
    lines = _lines(text)
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        hit = None
        for name, pat in block_rules:
            if pat.match(line):
                hit = name
                break
        if hit:
            j = i + 1
            last = e
            while j < len(lines):
                ls, le = lines[j]
                ln = text[ls:le]
                if not ln.strip() or _LIST_ITEM.match(ln) or _TIMESTAMP.match(ln):
                    if ln.strip():
                        last = le
                    j += 1
                    continue
                break
            out.append(Range(start=s, end=last, kind=hit))
            i = j
            continue
        for name, pat in line_rules:
            if pat.match(line):
                a, b = s, e
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                out.append(Range(start=a, end=b, kind=name))
                break
        i += 1
    for name, pat in span_rules:
        for m in pat.finditer(text):
            out.append(Range(start=m.start(), end=m.end(), kind=name))
    for m in _GLUED.finditer(text):
        out.append(Range(start=m.start(), end=m.end(), kind="glued_words"))
    for m in _SPAM_BRACKET.finditer(text):
        kw = m.group(1).strip()
        if len(kw) >= 4:
            for k in regex.finditer(regex.escape(kw), text):
                out.append(Range(start=k.start(), end=k.end(), kind="spam_keyword"))
    return out


_SIGNOFF = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]{2,})(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]{2,})){1,3}$")
_OFFICIAL = regex.compile(r"(?m)^[\s|*]*Số\s*:\s*\d|Nơi\s+nhận\s*:|CỘNG\s+HÒA\s+XÃ\s+HỘI")


def find_signoff_tail(text: str) -> Range | None:
    """In a news page, what follows the author's sign-off line ("Vân Anh", "ĐỖ HUYỀN") is
    page furniture (related-article teasers, keywords, ratings).

    The sign-off is a line of two to four capitalized words right after a paragraph that ends
    a sentence, in the second half of the page; the tail after it counts only when it is at
    most 40% of the page. Official letters (a "Số:" header, "Nơi nhận:", the national motto)
    are left alone: their signature block is followed by appendices that are content.
    """
    if _OFFICIAL.search(text):
        return None
    lines = _lines(text)
    n = len(text)
    prev_text = ""
    for i, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if not line:
            continue
        if s > n // 2 and _SIGNOFF.match(line) and prev_text.rstrip().endswith((".", "!", "?", "”", '"')):
            tail_start = e
            rest = text[tail_start:]
            if rest.strip() and len(rest) <= 0.4 * n:
                a = tail_start + (len(rest) - len(rest.lstrip()))
                return Range(start=a, end=len(text.rstrip()), kind="after_signoff")
        prev_text = line
    return None


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
