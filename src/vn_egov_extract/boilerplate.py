"""Boilerplate of scraped pages: marked as ranges, never deleted (spec §1).

Web chrome, menus, account prompts, related-article lists, keyword lines, editor lines, image
file names and photo credits, ratings and injected spam, by the rules of
``models/boilerplate.tsv``; runs of 25 or more letters glued together without spaces (a
spam-injection artefact); every repetition of a bracketed spam keyword ("【bong đa truc tuyến】"
→ "bong đa truc tuyến" elsewhere); and, in news pages, what follows the author's sign-off line
(:func:`find_signoff_tail`).
"""

from __future__ import annotations

import functools

import regex

from .models import Range
from .resources import load_tsv
from .tables import lines_of

__all__ = ["find_boilerplate", "find_signoff_tail"]


@functools.cache
def _rules() -> tuple[
    list[tuple[str, regex.Pattern[str]]], list[tuple[str, regex.Pattern[str]]], list[tuple[str, regex.Pattern[str]]]
]:
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
    lines = lines_of(text)
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


_SIGNOFF = regex.compile(
    r"^(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]{2,})(?:[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]*|[\p{Lu}\p{M}]{2,})){1,3}$"
)
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
    lines = lines_of(text)
    n = len(text)
    prev_text = ""
    for s, e in lines:
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
