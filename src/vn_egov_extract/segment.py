"""Segmentation: sentences and word tokens, with offsets into ``text``.

Sentences: every line is a block (headings, table rows and list items end at a line break);
inside a block, underthesea's ``sent_tokenize`` finds the sentence ends. Its pieces are
substrings of the block, located in order; fragments it splits off wrongly are merged back:
an enumerator alone ("1.", "a)", "II.") joins the sentence after it, and trailing
punctuation alone ("/.", ".") joins the sentence before it.

Tokens (only when asked for — they cost most of the time): underthesea's ``word_tokenize``
on the folded view of each sentence. It returns strings with no offsets and rewrites some
characters ("Hoà" → "Hòa"), so each token is re-aligned to the text by walking its
non-space characters. Domain tokens — document numbers ("3485/BTTTT-THH"), numeric dates
("21/7/2021"), percentages ("37,43%"), grouped numbers ("1.865"), "quý III/2021",
"TP.HCM" and the abbreviations in ``models/fixed_words.tsv`` — are then made single tokens:
underthesea's pieces inside one are merged, and a piece that crosses its edge is cut there (so
"TP.HCM." at a sentence end gives "TP.HCM" and ".").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from .document import Doc, SentenceSpan
from .models import Token
from .resources import load_tsv

__all__ = ["split_sentences", "tokenize_span", "protected_spans", "segment"]

_ENUMERATOR = regex.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[-+*•·–—]|\(\d{1,3}\)|\([a-zđ]\))$"
)
_PUNCT_ONLY = regex.compile(r"^[\p{P}\p{S}\s]+$")


@functools.cache
def _sent_tokenize():
    from underthesea import sent_tokenize

    return sent_tokenize


@functools.cache
def _word_tokenize():
    from underthesea import word_tokenize

    return word_tokenize


def _blocks(text: str) -> Iterable[tuple[int, int]]:
    """Non-empty lines of ``text`` as ``(start, end)`` with surrounding spaces trimmed."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
        pos = end + 1


_LONG_BLOCK = 20_000


def _split_block(text: str, s: int, e: int) -> list[tuple[int, int]]:
    block = text[s:e]
    if len(block) > _LONG_BLOCK:
        pieces: list[str] = []
        # underthesea's splitter is linear but slow on a megabyte line; cut first at ". "
        for chunk in regex.split(r"(?<=[.!?])\s+(?=\p{Lu})", block):
            pieces.extend(_sent_tokenize()(chunk) if len(chunk) <= _LONG_BLOCK else [chunk])
    else:
        pieces = _sent_tokenize()(block) if any(c in block for c in ".?!") else [block]
    out: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        i = block.find(piece, pos)
        if i < 0:  # underthesea changed the piece; give up on fine splitting of this block
            return [(s, e)]
        out.append((s + i, s + i + len(piece)))
        pos = i + len(piece)
    if not out:
        return [(s, e)]
    # merge fragments
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for a, b in out:
        frag = text[a:b]
        if pending_start is not None:
            a = pending_start
            pending_start = None
        if _ENUMERATOR.match(frag) and (a, b) != out[-1]:
            pending_start = a
            continue
        if merged and _PUNCT_ONLY.match(frag):
            merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    if pending_start is not None:
        merged.append((pending_start, out[-1][1]))
    return merged


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences (see the module docstring).

    Returns:
        Sentence spans in text order; every span is trimmed of white space and non-empty.

    >>> t = "Tỷ lệ đạt 37,43%. Tại TP.HCM đạt 20%.\\n1. Với điều kiện hiện có."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Tỷ lệ đạt 37,43%.', 'Tại TP.HCM đạt 20%.', '1. Với điều kiện hiện có.']
    """
    out: list[SentenceSpan] = []
    for block_no, (s, e) in enumerate(_blocks(text)):
        for a, b in _split_block(text, s, e):
            out.append(SentenceSpan(a, b, block_no))
    return out


# ------------------------------------------------------------------ protected domain tokens

_ATOMIC = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?:
        \d{1,5}(?:/\d{4})?/[\p{Lu}Đ][\p{L}\p{N}&]*(?:-[\p{L}\p{N}&]+)*      # số hiệu 3485/BTTTT-THH
      | \d{1,2}:\d{2}(?::\d{2})?                                            # time 18:49
      | \d{1,2}[/.-]\d{1,2}[/.-]\d{4}                                       # date 21/7/2021
      | (?:quý|Quý|QUÝ)\s+(?:[IV]{1,3}|[1-4])/\d{4}                         # quý III/2021
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?\s?%                                    # 1.234,5%
      | \d+(?:[.,]\d+)?\s?%                                                 # 37,43%
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?                                        # 1.865
      | \d+,\d+                                                             # 37,43
      | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                                        # e-mail
      | https?://[^\s<>"'|)]+                                               # URL
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)


@functools.cache
def _fixed_words_pattern() -> regex.Pattern[str]:
    words = sorted({r["word"] for r in load_tsv("fixed_words.tsv", ("word",))}, key=len, reverse=True)
    alts = "|".join(regex.escape(w) for w in words)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alts + r")(?![\p{L}\p{N}&])")


def protected_spans(view: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``view[start:end]`` that must be single tokens (non-overlapping, sorted).

    >>> v = "Theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 tại TP.HCM đạt 37,43%."
    >>> [v[a:b] for a, b in protected_spans(v)]
    ['17/NQ-CP', '07/3/2019', 'TP.HCM', '37,43%']
    """
    end = len(view) if end is None else end
    spans = [(m.start(), m.end()) for m in _ATOMIC.finditer(view, start, end)]
    spans += [(m.start(), m.end()) for m in _fixed_words_pattern().finditer(view, start, end)]
    spans.sort(key=lambda ab: (ab[0], -(ab[1] - ab[0])))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


# ------------------------------------------------------------------ tokens


def _align(view: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]]:
    """Offsets in ``view`` of underthesea's ``words`` for the sentence ``view[start:end]``."""
    out: list[tuple[int, int]] = []
    p = start
    for w in words:
        chars = [c for c in w if not c.isspace()]
        if not chars:
            continue
        while p < end and view[p].isspace():
            p += 1
        if p >= end:
            break
        # resync when the first character is not where we are (underthesea dropped something)
        if view[p].lower() != chars[0].lower():
            j = view.find(chars[0], p, min(end, p + 8))
            if j < 0:
                j = view.lower().find(chars[0].lower(), p, min(end, p + 8))
            if j >= 0:
                p = j
        ws = p
        for _c in chars:
            while p < end and view[p].isspace():
                p += 1
            if p >= end:
                break
            p += 1
        out.append((ws, p))
    return out


def _apply_protection(pieces: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not protected:
        return pieces
    # cut every piece at protected edges
    edges = sorted({x for ab in protected for x in ab})
    cut: list[tuple[int, int]] = []
    import bisect

    for a, b in pieces:
        i = bisect.bisect_right(edges, a)
        cur = a
        while i < len(edges) and edges[i] < b:
            cut.append((cur, edges[i]))
            cur = edges[i]
            i += 1
        cut.append((cur, b))
    # merge pieces inside the same protected span
    out: list[tuple[int, int]] = []
    pstarts = [a for a, _ in protected]
    for a, b in cut:
        k = bisect.bisect_right(pstarts, a) - 1
        inside = k >= 0 and protected[k][0] <= a and b <= protected[k][1]
        if inside and out and out[-1][0] >= protected[k][0] and out[-1][1] <= protected[k][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def tokenize_span(doc: Doc, start: int, end: int) -> list[Token]:
    """Word tokens of ``doc.text[start:end]`` with offsets into ``doc.text``.

    Raises nothing on odd text: a piece underthesea cannot handle becomes whitespace-split
    tokens.
    """
    fv = doc.view
    vs, ve = fv.from_text(start), fv.from_text(end)
    sub = fv.view[vs:ve]
    if not sub.strip():
        return []
    try:
        words = _word_tokenize()(sub)
    except Exception:  # pragma: no cover - defensive: never fail a document on tokenization
        words = sub.split()
    pieces = _align(fv.view, vs, ve, words)
    pieces = _apply_protection(pieces, protected_spans(fv.view, vs, ve))
    tokens = []
    for a, b in pieces:
        ts, te = fv.span(a, b)
        if te > ts:
            tokens.append(Token(text=doc.text[ts:te], start=ts, end=te))
    return tokens


def segment(doc: Doc) -> None:
    """Fill ``doc.sentences`` (the segmentation stage; tokens are made later, on demand)."""
    doc.set_sentences(split_sentences(doc.text))
