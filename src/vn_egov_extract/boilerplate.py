"""Boilerplate of scraped pages: marked as ranges, never deleted (spec §1).

Web chrome, menus, account prompts, related-article lists, keyword lines, editor lines, image
file names and photo credits, ratings and injected spam, by the rules of
``models/boilerplate.tsv``; runs of 25 or more letters glued together without spaces (a
spam-injection artefact); every repetition of a bracketed spam keyword ("【bong đa truc tuyến】"
→ "bong đa truc tuyến" elsewhere); a page's table of contents (:func:`find_toc_runs`); and, in
news pages, what follows the author's sign-off line (:func:`find_signoff_tail`).
"""

from __future__ import annotations

import functools
from collections import Counter

import regex

from .models import Range
from .resources import load_tsv
from .tables import lines_of

__all__ = ["find_boilerplate", "find_signoff_tail", "find_toc_runs"]


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
    out.extend(find_toc_runs(text, lines))
    return out


_GLUE = regex.compile(r"^[\s\-–—•*·+|]*$")
_HEADING_EDGES = regex.compile(r"^[\s\-–—•*·+#>]+|[\s\-–—•*·+]+$")
_TOC_LINE = regex.compile(r"^\s*(?:[-–•+]\s*)?(?:\*\*|#{1,6}\s)|^\s*[-–•+]\s+\S")
_TOC_MIN_KEY = 12
_TOC_MAX_KEY = 250


def _heading_key(line: str) -> str:
    return " ".join(_HEADING_EDGES.sub("", line.replace("**", " ")).split())


def find_toc_runs(text: str, lines: list[tuple[int, int]] | None = None) -> list[Range]:
    """A page's table of contents: a run of two or more consecutive heading-like lines (no
    blank line between them; list markers and "-" lines may glue them) each of which is
    repeated later in the page as a line of its own (the section headings the contents
    point to). Heading-like: bold, a markdown heading or a list item, starting with a capital
    or a digit, 12 to 250 characters once markup is stripped, not ending with a period (hard
    line wraps of body text that happen to repeat are not). Seen on legal explainer pages
    (thuvienphapluat.vn "Nội dung chính" lists).

    >>> toc = "-\\n**Mục tiêu là gì?** -\\n**Kinh phí ra sao?**\\n\\n"
    >>> t = toc + "Mở đầu.\\n**Mục tiêu là gì?**\\nA.\\n**Kinh phí ra sao?**\\nB."
    >>> [t[r.start:r.end] for r in find_toc_runs(t)]
    ['-\\n**Mục tiêu là gì?** -\\n**Kinh phí ra sao?**']
    """
    if lines is None:
        lines = lines_of(text)
    keys = [_heading_key(text[s:e]) for s, e in lines]
    last_seen: dict[str, int] = {}
    for i, k in enumerate(keys):
        if k:
            last_seen[k] = i
    counts = Counter(keys)
    out: list[Range] = []
    i = 0
    n = len(lines)
    while i < n:
        j = i
        heads: list[int] = []
        while j < n:
            s, e = lines[j]
            line = text[s:e]
            if not line.strip():
                break
            k = keys[j]
            if _GLUE.match(line):
                j += 1
                continue
            if (
                _TOC_LINE.match(line)
                and (k[:1].isupper() or k[:1].isdigit())
                and _TOC_MIN_KEY <= len(k) <= _TOC_MAX_KEY
                and not k.endswith(".")
                and last_seen.get(k, -1) > j
                and counts[k] >= 2
            ):
                heads.append(j)
                j += 1
                continue
            break
        if len(heads) >= 2:
            # every heading must recur after the whole run
            run_end = heads[-1]
            if all(last_seen[keys[h]] > run_end for h in heads):
                out.append(Range(start=lines[i][0], end=lines[run_end][1], kind="toc"))
        i = max(j, i + 1)
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
