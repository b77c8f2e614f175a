"""Page geometry to text: characters into lines, lines into paragraphs, page furniture.

Shared by the PDF reader (characters from pdfplumber) and OCR (words from Tesseract). The
rules, all measured in the font size ``em`` of the text they apply to:

* **Characters** (:func:`prepare_chars`): glyphs drawn twice at the same place (fake bold) are
  dropped (pdfplumber's ``dedupe_chars``, 1 pt); combining marks are attached to the letter
  under them, whatever the order the PDF drew them in, then NFC; runs in legacy Vietnamese fonts
  (".VnTime", "VNI-Times") are converted (:mod:`vn_egov_extract.readers.encodings`).
* **Lines** (:func:`lines_of_chars`): characters whose tops lie within 3 pt form a line, read
  left to right; a gap wider than 0.15 em is a space (letters of one word are never split,
  even across a font change); a gap wider than 2.5 em, or than 1 em and three times the line's
  usual word gap, is a tab (a column gap, as in the two-column header of an official letter);
  small raised characters (footnote marks) are set off by a space.
* **Paragraphs** (:func:`paragraphs`): a line continues the previous one when the previous line
  was full (the first word of this line would not have fit in what was left of it), this line
  is not indented more, does not start a list item, has the same size, and follows at the
  normal line pitch. Joined lines are separated by a space, or by nothing after a
  document-number symbol cut at its hyphen ("52/2013/NĐ-" + "CP").
* **Furniture** (:func:`find_furniture`): the first and last two lines of a page, when in the
  top or bottom tenth of it, that are a page number ("2", "- 2 -", "Trang 2", "2/10") or that
  repeat on at least two pages (digits ignored).
"""

from __future__ import annotations

import functools
import statistics
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from .encodings import convert_tcvn3, convert_vni, legacy_font_encoding

__all__ = [
    "Line",
    "prepare_chars",
    "lines_of_chars",
    "paragraphs",
    "find_furniture",
    "PAGE_NUMBER",
    "LIST_ITEM",
]

PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-–—]\s*)?(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:/|trên|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$", regex.IGNORECASE
)
LIST_ITEM = regex.compile(
    r"^\s*(?:[-–—•+*·]\s|\d{1,3}(?:\.\d{1,3})*[.)]\s|[a-zđ][.)]\s|[IVXLC]{1,6}[.)]\s|\(\d{1,3}\)\s|(?:Điều|Chương|Mục|Phần)\s+\d)"
)
_DOC_SYMBOL_CUT = regex.compile(r"\d{1,5}(?:/\d{4})?/[\p{Lu}Đ][\p{Lu}Đ\p{N}&]*(?:-[\p{Lu}Đ\p{N}&]+)*-$")


@dataclass
class Line:
    """A line of text on a page, with its box (PDF points, origin top left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    first_word_width: float = 0.0


# ------------------------------------------------------------------ characters


def prepare_chars(chars: list[dict]) -> list[dict]:
    """Characters ready for reading: duplicates of fake bold removed, combining marks attached
    to their letters (NFC), legacy-font letters converted. Returns new dicts; input unchanged."""
    chars = dedupe_chars([c for c in chars if c.get("text")])
    chars = _convert_legacy_fonts(chars)
    return _attach_marks(chars)


def dedupe_chars(chars: list[dict], tolerance: float = 1.0) -> list[dict]:
    """``chars`` without the glyphs drawn again at the same place (same text and size, within
    ``tolerance`` points): the duplicates of fake-bold text. Order kept.

    (pdfplumber's own ``dedupe_chars`` does the same but is quadratic in the page's characters.)
    """
    seen: dict[tuple[str, float, int], list[tuple[float, float]]] = {}
    out = []
    for c in chars:
        key = (c["text"], round(float(c.get("size", 0)), 1), int(c["top"] // 10))
        pos = (c["x0"], c["top"])
        dup = False
        for k in (key, (key[0], key[1], key[2] - 1), (key[0], key[1], key[2] + 1)):
            for x, y in seen.get(k, ()):
                if abs(x - pos[0]) <= tolerance and abs(y - pos[1]) <= tolerance:
                    dup = True
                    break
            if dup:
                break
        if dup and not c["text"].isspace():
            continue
        seen.setdefault(key, []).append(pos)
        out.append(c)
    return out


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.combining(c) for c in text)


def _attach_marks(chars: list[dict]) -> list[dict]:
    marks = [i for i, c in enumerate(chars) if _is_mark(c["text"])]
    if not marks:
        return chars
    out = [dict(c) for c in chars]
    drop = set()
    bases = [i for i, c in enumerate(chars) if not _is_mark(c["text"]) and not c["text"].isspace()]
    for i in marks:
        m = chars[i]
        cx = (m["x0"] + m["x1"]) / 2
        # the letter drawn just before the mark, when the mark sits on it or at its end (the
        # usual way: a zero-width mark at the pen position after its letter)
        j = i - 1
        while j >= 0 and (_is_mark(chars[j]["text"]) or chars[j]["text"].isspace()):
            j -= 1
        if j >= 0 and j not in drop:
            b = chars[j]
            if abs(b["top"] - m["top"]) <= max(b["size"], m["size"]) and b["x0"] - 1 <= cx <= b["x1"] + 0.3 * b["size"]:
                out[j]["text"] = unicodedata.normalize("NFC", out[j]["text"] + m["text"])
                drop.add(i)
                continue
        best, best_d = None, None
        for j in bases:
            b = chars[j]
            if abs(b["top"] - m["top"]) > max(b["size"], m["size"]) * 1.2:
                continue
            if b["x0"] - 1 <= cx <= b["x1"] + 1:
                d = abs((b["x0"] + b["x1"]) / 2 - cx)
            else:
                d = min(abs(b["x0"] - cx), abs(b["x1"] - cx)) + b["size"]
            if d <= b["size"] * 0.8 and (best_d is None or d < best_d):
                best, best_d = j, d
        if best is None:
            continue
        out[best]["text"] = unicodedata.normalize("NFC", out[best]["text"] + m["text"])
        drop.add(i)
    return [c for k, c in enumerate(out) if k not in drop]


def _convert_legacy_fonts(chars: list[dict]) -> list[dict]:
    """TCVN3 glyphs converted one by one; VNI glyphs flagged (their marks are separate glyphs,
    converted with their letters when the line is read)."""
    encs = {f: _font_encoding(f) for f in {c.get("fontname") for c in chars}}
    if not any(encs.values()):
        return chars
    out = []
    for c in chars:
        enc = encs[c.get("fontname")]
        if enc is None:
            out.append(c)
        elif enc[0] == "tcvn3":
            out.append({**c, "text": convert_tcvn3(c["text"], upper=enc[1])})
        else:
            out.append({**c, "vni": True})
    return out


@functools.lru_cache(maxsize=256)
def _font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    return legacy_font_encoding(font_name)


# ------------------------------------------------------------------ lines


def _cluster_rows(chars: list[dict], tolerance: float = 3.0) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])):
        if rows and abs(c["top"] - rows[-1][0]["top"]) <= tolerance:
            rows[-1].append(c)
        else:
            rows.append([c])
    # footnote marks and other small raised glyphs join the line they sit on
    merged: list[list[dict]] = []
    for row in rows:
        size = statistics.median(c["size"] for c in row)
        if merged and len(row) <= 3:
            prev = merged[-1]
            psize = statistics.median(c["size"] for c in prev)
            pbottom = max(c["bottom"] for c in prev)
            if size < 0.8 * psize and row[0]["top"] < pbottom:
                prev.extend(row)
                continue
        merged.append(row)
    return merged


def lines_of_chars(chars: Iterable[dict]) -> list[Line]:
    """Lines of text from prepared characters (see module docstring), top to bottom."""
    rows = _cluster_rows([c for c in chars if c.get("upright", True)])
    return [ln for ln in (_line_of_row(r) for r in rows) if ln is not None]


def _line_of_row(row: list[dict]) -> Line | None:
    row = sorted(row, key=lambda c: c["x0"])
    visible = [c for c in row if not c["text"].isspace()]
    if not visible:
        return None
    size = statistics.median(c["size"] for c in visible)
    em = max(size, 1.0)
    word_gaps = [b["x0"] - a["x1"] for a, b in zip(visible, visible[1:], strict=False) if b["x0"] - a["x1"] > 0.15 * em]
    typical_gap = statistics.median(word_gaps) if word_gaps else 0.3 * em
    column_gap = max(2.5 * em, 0.0) if len(word_gaps) < 3 else min(2.5 * em, max(1.0 * em, 3 * typical_gap))
    base_bottom = statistics.median(c["bottom"] for c in visible)
    parts: list[str] = []
    vni_run: list[str] = []
    prev: dict | None = None
    prev_sup = False
    first_word_width = 0.0
    first_word_done = False

    def put(sep_or_text: str) -> None:
        if vni_run:
            parts.append(convert_vni("".join(vni_run)))
            vni_run.clear()
        parts.append(sep_or_text)

    for c in row:
        t = c["text"]
        if t.isspace():
            if parts and parts[-1] not in (" ", "\t"):
                put(" ")
                first_word_done = True
            continue
        sup = c["size"] < 0.8 * size and c["bottom"] < base_bottom - 0.2 * size
        if prev is not None and (parts or vni_run):
            gap = c["x0"] - prev["x1"]
            sep = "\t" if gap > column_gap else (" " if gap > 0.15 * em or sup != prev_sup else "")
            if sep and (vni_run or parts[-1] not in (" ", "\t")):
                put(sep)
                first_word_done = True
            elif sep == "\t" and parts[-1] == " ":
                parts[-1] = "\t"
        if c.get("vni"):
            vni_run.append(t)
        else:
            put(t)
        if not first_word_done:
            first_word_width = c["x1"] - visible[0]["x0"]
        prev, prev_sup = c, sup
    if vni_run:
        put("")
    text = "".join(parts).strip(" ")
    if not text:
        return None
    return Line(
        text=text,
        x0=visible[0]["x0"],
        x1=max(c["x1"] for c in visible),
        top=min(c["top"] for c in visible),
        bottom=max(c["bottom"] for c in visible),
        size=size,
        first_word_width=first_word_width,
    )


# ------------------------------------------------------------------ paragraphs


def _margins(lines: list[Line]) -> tuple[float, float]:
    if not lines:
        return 0.0, 0.0
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    return left, right


def continues(prev: Line, cur: Line, *, left: float, right: float, pitch: float | None) -> bool:
    """Whether line ``cur`` continues the paragraph of line ``prev`` (see module docstring)."""
    if "\t" in prev.text or "\t" in cur.text:
        return False
    em = max(prev.size, cur.size, 1.0)
    if abs(prev.size - cur.size) > 1.5:
        return False
    if LIST_ITEM.match(cur.text) or PAGE_NUMBER.match(cur.text):
        return False
    if pitch is not None and cur.top - prev.top > 1.45 * pitch:
        return False
    if cur.top - prev.bottom > 1.2 * em:
        return False
    if cur.x0 > left + 1.0 * em and cur.x0 > prev.x0 + 0.5 * em:
        return False  # indented: a new paragraph
    room = right - prev.x1
    return room < cur.first_word_width + 0.35 * em + 2


def joiner(prev_text: str, next_text: str) -> str:
    """What joins two wrapped lines: nothing after a symbol cut at its hyphen, else a space.

    >>> joiner("Nghị định số 52/2013/NĐ-", "CP ngày 16/5/2013"), joiner("đạt", "37,43%")
    ('', ' ')
    """
    last = prev_text.rsplit(" ", 1)[-1]
    if _DOC_SYMBOL_CUT.search(last) and regex.match(r"[\p{Lu}Đ]", next_text):
        return ""
    return " "


def paragraphs(lines: list[Line], *, left: float | None = None, right: float | None = None) -> list[list[Line]]:
    """Group consecutive ``lines`` into paragraphs (lists of lines), in order."""
    if not lines:
        return []
    lm, rm = _margins(lines)
    left = lm if left is None else left
    right = rm if right is None else right
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False) if 0 < b.top - a.top < 3 * a.size]
    pitch = statistics.median(pitches) if pitches else None
    out: list[list[Line]] = [[lines[0]]]
    for prev, cur in zip(lines, lines[1:], strict=False):
        if continues(prev, cur, left=left, right=right, pitch=pitch):
            out[-1].append(cur)
        else:
            out.append([cur])
    return out


def join_lines(group: list[Line]) -> str:
    """The text of a paragraph: its lines joined by :func:`joiner`."""
    text = group[0].text
    for ln in group[1:]:
        text += joiner(text, ln.text) + ln.text
    return text


# ------------------------------------------------------------------ furniture


def _furniture_key(text: str) -> str:
    return regex.sub(r"\d+", "#", " ".join(text.lower().split()))


def find_furniture(pages: list[tuple[list[Line], float]]) -> list[dict[int, str]]:
    """For each page ``(lines, page_height)``, the indexes of its furniture lines and their kind
    (``page_number``, ``page_header``, ``page_footer``)."""
    cands: list[list[tuple[int, str]]] = []
    counts: dict[str, int] = {}
    for lines, height in pages:
        c: list[tuple[int, str]] = []
        n = len(lines)
        for i in list(range(min(2, n))) + list(range(max(2, n - 2), n)):
            ln = lines[i]
            if ln.bottom <= 0.1 * height or ln.top >= 0.9 * height:
                pos = "page_header" if ln.top < height / 2 else "page_footer"
                c.append((i, pos))
        cands.append(c)
        for k in {_furniture_key(lines[i].text) for i, _ in c}:
            counts[k] = counts.get(k, 0) + 1
    out = []
    for (lines, _h), c in zip(pages, cands, strict=True):
        found: dict[int, str] = {}
        for i, pos in c:
            t = lines[i].text
            if PAGE_NUMBER.match(t):
                found[i] = "page_number"
            elif counts.get(_furniture_key(t), 0) >= 2 and len(pages) >= 2:
                found[i] = pos
        out.append(found)
    return out
