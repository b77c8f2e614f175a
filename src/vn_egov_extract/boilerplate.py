"""Boilerplate of scraped pages: marked as ranges, never deleted (spec §1).

Web chrome, menus, account prompts, related-article lists, keyword lines, editor lines, image
file names and photo credits, ratings, a portal's date widget and injected spam, by the rules of
``models/boilerplate.tsv``; a legal database's notice panels before the document and its page
furniture after it (summary line, "Văn bản liên quan" with dates, comparison help, contact
block, notices: the ``region``, ``tail`` and ``tail_lead`` rules) — but not its attribute panel
("Số hiệu: | 220/CĐ-TTg | Loại văn bản: | Công điện | ...", :func:`find_attribute_panels`),
which is content as in the seed gold and feeds the metadata; runs of 25 or more letters glued
together without spaces (a spam-injection artefact); every repetition of a bracketed spam
keyword ("【bong đa truc tuyến】" → "bong đa truc tuyến" elsewhere); a page's table of contents
(:func:`find_toc_runs`); and, in news pages, what follows the author's sign-off line
(:func:`find_signoff_tail`). Ranges of page chrome that only separator lines ("|", "#", "**", a
lone "X" of a close button) keep apart are joined, and so are such lines at the very start or
end of the page next to a range.
"""

from __future__ import annotations

import bisect
import functools
from collections import Counter
from collections.abc import Iterator

import regex

from .models import Range
from .resources import load_tsv
from .tables import lines_of

__all__ = [
    "find_boilerplate",
    "find_signoff_tail",
    "signoff_lines",
    "is_official_text",
    "find_toc_runs",
    "find_attribute_panels",
]

_Rule = tuple[str, regex.Pattern[str]]
_KINDS = ("line", "block", "span", "top_line", "tail", "tail_lead")


@functools.cache
def _rules() -> dict[str, list[_Rule]]:
    """Compiled rules of ``models/boilerplate.tsv`` by kind; ``region`` rules are in
    :func:`_regions`."""
    out: dict[str, list[_Rule]] = {k: [] for k in _KINDS}
    for r in load_tsv("boilerplate.tsv", ("kind", "name", "pattern")):
        if r["kind"] == "region":
            continue
        if r["kind"] == "span":
            out["span"].append((r["name"], regex.compile(r["pattern"], regex.IGNORECASE)))
        else:
            pat = regex.compile(r"^[\s*#>|]*(?:" + r["pattern"] + ")", regex.IGNORECASE)
            out[r["kind"] if r["kind"] in out else "line"].append((r["name"], pat))
    return out


@functools.cache
def _any_line_rule(top: bool) -> regex.Pattern[str]:
    """One pattern that matches a line when some ``line`` rule (or, with ``top``, some
    ``line`` or ``top_line`` rule) matches it: a single test for the many lines that match
    none. Which rule matched is still decided by trying them in order."""
    rules = _rules()
    pats = [p.pattern for _, p in [*rules["line"], *(rules["top_line"] if top else [])]]
    prefix = r"^[\s*#>|]*(?:"
    assert all(p.startswith(prefix) and p.endswith(")") for p in pats)
    return regex.compile(prefix + "|".join(f"(?:{p[len(prefix) : -1]})" for p in pats) + ")", regex.IGNORECASE)


@functools.cache
def _regions() -> list[tuple[str, regex.Pattern[str], regex.Pattern[str]]]:
    out = []
    for r in load_tsv("boilerplate.tsv", ("kind", "name", "pattern")):
        if r["kind"] == "region" and r.get("until"):
            start = regex.compile(r"^[\s*#>|]*(?:" + r["pattern"] + ")", regex.IGNORECASE)
            until = regex.compile(r"^[\s*#>|]*(?:" + r["until"] + ")", regex.IGNORECASE)
            out.append((r["name"], start, until))
    return out


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
    rules = _rules()
    line_rules, block_rules, span_rules = rules["line"], rules["block"], rules["span"]
    out: list[Range] = []
    lines = lines_of(text)
    top = _top_lines(text, lines, 3)
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
        is_top = i in top
        if not _any_line_rule(is_top).match(line):
            i += 1
            continue
        for name, pat in [*line_rules, *(rules["top_line"] if is_top else [])]:
            if pat.match(line):
                a, b = s, e
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                out.append(Range(start=a, end=b, kind=name))
                break
        i += 1
    out.extend(_region_ranges(text, lines))
    tail = _tail_range(text, lines)
    if tail is not None:
        out.append(tail)
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
    return _join_chrome(text, out)


def _top_lines(text: str, lines: list[tuple[int, int]], n: int) -> set[int]:
    """Indices of the first ``n`` non-empty lines."""
    out: set[int] = set()
    for i, (s, e) in enumerate(lines):
        if len(out) >= n:
            break
        if text[s:e].strip():
            out.add(i)
    return out


_REGION_LINES = 40


def _region_ranges(text: str, lines: list[tuple[int, int]]) -> list[Range]:
    out: list[Range] = []
    for name, start, until in _regions():
        i = 0
        while i < len(lines):
            s, e = lines[i]
            if not start.match(text[s:e]):
                i += 1
                continue
            end_line = None
            for j in range(i, min(len(lines), i + _REGION_LINES)):
                js, je = lines[j]
                if (j > i or until.search(text[s:e])) and until.match(text[js:je]):
                    end_line = j
                    break
            if end_line is None:
                i += 1
                continue
            out.append(Range(start=s, end=lines[end_line][1], kind=name))
            i = end_line + 1
    return out


def _tail_range(text: str, lines: list[tuple[int, int]]) -> Range | None:
    """A legal database's page furniture after the document: from the first ``tail`` line in
    the second half of the page (with the ``tail_lead`` lines right before it) to the end."""
    rules = _rules()
    half = len(text) // 2
    for i, (s, e) in enumerate(lines):
        if s < half:
            continue
        line = text[s:e]
        if not any(p.match(line) for _, p in rules["tail"]):
            continue
        k = i
        for j in range(i - 1, max(-1, i - 4), -1):
            js, je = lines[j]
            if not any(p.match(text[js:je]) for _, p in rules["tail_lead"]):
                break
            k = j
        name = next(n for n, p in rules["tail"] if p.match(line))
        return Range(start=lines[k][0], end=len(text), kind=name)
    return None


# ------------------------------------------------------------------ attribute panels


@functools.cache
def _panel_label() -> regex.Pattern[str]:
    labels = [r["label"] for r in load_tsv("attribute_fields.tsv", ("kind", "label")) if r["kind"] == "field"]
    alts = "|".join(regex.escape(x).replace(r"\ ", r"\s+") for x in sorted(labels, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alts + r")\s*\**\s*:", regex.IGNORECASE)


_PANEL_MIN_LABELS = 3
_PANEL_GAP = 220
_SEPARATOR_ONLY = regex.compile(r"^[\s|#*\-–_=~]*$")


def find_attribute_panels(text: str, lines: list[tuple[int, int]] | None = None) -> list[Range]:
    """A legal database's attribute panel (thuộc tính văn bản): three or more attribute labels of
    ``models/attribute_fields.tsv`` ("Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Người ký:",
    "Ngày ban hành:", "Tình trạng:" ...) each followed by its value, with no blank line and at
    most 220 characters between one label and the next. The range runs from the line of the
    first label to the line of the last label's value. It is page chrome (the panel repeats
    the document's header); the structure stage still reads the document's metadata from it.

    >>> t = "**Số hiệu:**\\n|\\n220/CĐ-TTg\\n|\\n**Loại văn bản:**\\n|\\nCông điện\\n|\\n"
    >>> t += "**Người ký:**\\n|\\nPhạm Minh Chính\\n|\\n\\nNỘI DUNG"
    >>> [t[r.start : r.end] for r in find_attribute_panels(t)][0].endswith("Phạm Minh Chính")
    True
    """
    global _PANELS_OF_LAST
    if lines is not None:
        return _attribute_panels(text, lines)
    last_text, last_panels = _PANELS_OF_LAST
    if last_text is text:
        return list(last_panels)
    out = _attribute_panels(text, lines_of(text))
    _PANELS_OF_LAST = (text, tuple(out))
    return out


#: The last text :func:`find_attribute_panels` read and its panels (the structure stage asks
#: for the same document's panels more than once).
_PANELS_OF_LAST: tuple[str | None, tuple[Range, ...]] = (None, ())
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")


def _attribute_panels(text: str, lines: list[tuple[int, int]]) -> list[Range]:
    starts = [s for s, _ in lines]
    hits = list(_panel_label().finditer(text))
    out: list[Range] = []
    i = 0
    while i < len(hits):
        j = i
        while j + 1 < len(hits):
            gap = text[hits[j].end() : hits[j + 1].start()]
            if len(gap) > _PANEL_GAP or _BLANK_LINE.search(gap):
                break
            j += 1
        if j - i + 1 >= _PANEL_MIN_LABELS:
            first = bisect.bisect_right(starts, hits[i].start()) - 1
            a = lines[first][0]
            # the last label's value: the rest of its line, else the next non-separator line
            k = bisect.bisect_right(starts, hits[j].end()) - 1
            rest = text[hits[j].end() : lines[k][1]]
            b = lines[k][1]
            if _SEPARATOR_ONLY.match(rest):
                for m in range(k + 1, min(len(lines), k + 6)):
                    ms, me = lines[m]
                    if not text[ms:me].strip():
                        break
                    if not _SEPARATOR_ONLY.match(text[ms:me]):
                        b = me
                        break
            out.append(Range(start=a, end=b, kind="attribute_panel"))
        i = j + 1
    return out


_JOIN_GAP = regex.compile(r"^(?:[ \t]*(?:[|#*\-–_=~]+|\S)?[ \t]*\**[ \t]*(?:\n|$))*$")
_JOINABLE = frozenset(
    {"attribute_panel", "db_copyright", "db_amended_panel", "db_loading", "residue", "date_widget", "controls"}
)


def _join_chrome(text: str, ranges: list[Range]) -> list[Range]:
    """Join ranges of page chrome (kinds in :data:`_JOINABLE` and ``tail`` rules) that only
    separator lines keep apart, and stretch them over such lines to the start or end of the
    page."""
    joinable = _JOINABLE | {n for n, _ in _rules()["tail"]}
    chrome = sorted((r for r in ranges if r.kind in joinable), key=lambda r: r.start)
    if not chrome:
        return ranges
    joined: list[Range] = []
    for r in chrome:
        if joined and (r.start <= joined[-1].end or _JOIN_GAP.match(text[joined[-1].end : r.start])):
            last = joined[-1]
            joined[-1] = Range(start=last.start, end=max(last.end, r.end), kind=last.kind)
        else:
            joined.append(r)
    first, last = joined[0], joined[-1]
    if first.start > 0 and _JOIN_GAP.match(text[: first.start]):
        joined[0] = first = Range(start=0, end=first.end, kind=first.kind)
    if last.end < len(text) and _JOIN_GAP.match(text[last.end :]):
        joined[-1] = Range(start=last.start, end=len(text), kind=last.kind)
    return [r for r in ranges if r.kind not in joinable] + joined


_GLUE = regex.compile(r"^[\s\-–—•*·+|]*$")
_HEADING_LEAD = regex.compile(r"[\s\-–—•*·+#>]+")
# searched backwards from the end (REVERSE): a forward search would try every position
_HEADING_TRAIL = regex.compile(r"(?r)[\s\-–—•*·+]+$")
_TOC_LINE = regex.compile(r"^\s*(?:[-–•+]\s*)?(?:\*\*|#{1,6}\s)|^\s*[-–•+]\s+\S")
_TOC_MIN_KEY = 12
_TOC_MAX_KEY = 250


def _heading_key(line: str) -> str:
    """The line without markup, list markers and edge punctuation, spaces collapsed."""
    s = line.replace("**", " ")
    lead = _HEADING_LEAD.match(s)
    start = lead.end() if lead else 0
    trail = _HEADING_TRAIL.search(s, start)
    return " ".join(s[start : trail.start() if trail else len(s)].split())


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


def is_official_text(text: str) -> bool:
    """True for an official letter (a "Số:" header, "Nơi nhận:", the national motto): its
    signature block, not a reporter's sign-off, ends it."""
    return _OFFICIAL.search(text) is not None


def signoff_lines(text: str) -> Iterator[tuple[int, int]]:
    """Spans ``(start, end)`` (stripped) of the lines of a news page that may be its author's
    sign-off ("Vân Anh", "ĐỖ HUYỀN"): two to four capitalized words alone on a line right after
    a paragraph that ends a sentence, in the second half of the page; none in an official
    letter (:func:`is_official_text`)."""
    if is_official_text(text):
        return
    n = len(text)
    prev_text = ""
    for s, e in lines_of(text):
        line = text[s:e].strip()
        if not line:
            continue
        if s > n // 2 and _SIGNOFF.match(line) and prev_text.rstrip().endswith((".", "!", "?", "”", '"')):
            a = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            yield a, a + len(line)
        prev_text = line


def find_signoff_tail(text: str) -> Range | None:
    """In a news page, what follows the author's sign-off line (:func:`signoff_lines`) is page
    furniture (related-article teasers, keywords, ratings), when it is at most 40% of the page.
    Official letters are left alone: their signature block is followed by appendices that are
    content.
    """
    n = len(text)
    for _, e in signoff_lines(text):
        tail_start = text.find("\n", e)
        tail_start = n if tail_start < 0 else tail_start
        rest = text[tail_start:]
        if rest.strip() and len(rest) <= 0.4 * n:
            a = tail_start + (len(rest) - len(rest.lstrip()))
            return Range(start=a, end=len(text.rstrip()), kind="after_signoff")
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
