"""A gazetteer: many names matched in one pass over the lower-cased folded view.

All names go into one Aho-Corasick automaton (``pyahocorasick``), so a text is scanned once,
in C, whatever the number of names; each hit is then checked for word boundaries and the
leftmost-longest non-overlapping hits are kept. Names are keyed by
:func:`~vn_egov_extract.normalize.fold_key` (tone-folded, lower case, single spaces); white
space inside a name matches any run of white space, line breaks included (the text is
searched with its white-space runs collapsed to one space, and offsets are mapped back).

:func:`trie_pattern` (a prefix-factored regular expression for a word list) is kept for the
recognizers that embed a word list inside a larger pattern.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick
import regex

from ..normalize import fold_key

__all__ = ["Gazetteer", "Match", "trie_pattern"]

T = TypeVar("T")

# stdlib ``re``: its ``\s`` is ``str.isspace``, the white space that ``str.split`` splits on
_LONG_WS_RUN = re.compile(r"\s{2,}")


def trie_pattern(words: Iterable[str]) -> str:
    """A regex alternation equivalent to ``words`` but factored by common prefixes.

    Longer words are tried before their prefixes. Spaces match ``\\s+``.

    >>> import regex
    >>> p = regex.compile(trie_pattern(["hà nội", "hà nam", "hà"]))
    >>> p.match("hà nam").group(0), p.match("hà  nội").group(0), p.match("hà x").group(0)
    ('hà nam', 'hà  nội', 'hà')
    """
    trie: dict = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else regex.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        if len(alts) == 1 and not end:
            return alts[0]
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if end else body

    return build(trie)


@dataclass(frozen=True, slots=True)
class Match(Generic[T]):
    """A gazetteer hit in the view: ``[start, end)`` and the entries of the matched name.

    ``key`` is the name as stored (its :func:`~vn_egov_extract.normalize.fold_key`).
    """

    start: int
    end: int
    key: str
    entries: tuple[T, ...]


class Gazetteer(Generic[T]):
    """Names → entries; :meth:`finditer` yields the hits in a lower-cased view.

    Matches are whole words: not preceded or followed by a letter or digit (``&``, ``.`` and
    ``-`` inside names are literal).

    Args:
        names: ``(name, entry)`` pairs; a name may carry several entries (kept in order, no
            duplicates). Names that fold to an empty key are ignored.

    >>> g = Gazetteer([("Hà Nội", 1), ("Hà Nam", 2), ("TP.HCM", 3), ("Khánh Hoà", 4)])
    >>> low = "ubnd tp. hà nội,\\nhà\\n nam và tp.hcm; khánh hòa; hà nộix"
    >>> [(low[m.start:m.end], m.entries) for m in g.finditer(low)]
    [('hà nội', (1,)), ('hà\\n nam', (2,)), ('tp.hcm', (3,)), ('khánh hòa', (4,))]
    >>> g.lookup("KHÁNH  HÒA")
    (4,)
    """

    def __init__(self, names: Iterable[tuple[str, T]]) -> None:
        self._entries: dict[str, list[T]] = {}
        for name, entry in names:
            key = fold_key(name)
            if key:
                bucket = self._entries.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        self._frozen: dict[str, tuple[T, ...]] = {k: tuple(v) for k, v in self._entries.items()}
        self._automaton: ahocorasick.Automaton | None = None
        if self._entries:
            a = ahocorasick.Automaton()
            for key, entries in self._frozen.items():
                a.add_word(key, (len(key), key, entries))
            a.make_automaton()
            self._automaton = a

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, name: str) -> tuple[T, ...]:
        """Entries of ``name`` (any spacing, case or tone style), or ``()``."""
        return self._frozen.get(fold_key(name), ())

    def finditer(self, lower: str, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        """Hits in ``lower[start:end]`` (a lower-cased folded view), in text order.

        Leftmost-longest and non-overlapping, like a regular expression scanning the text:
        at each position the longest name that is a whole word there wins, and the scan goes
        on after it. A hit may use the character before ``start`` to decide it is a whole word
        and treats ``end`` as the end of the text.

        Yields:
            :class:`Match` with offsets into ``lower`` (code points, end exclusive).
        """
        n = len(lower)
        end = n if end is None else min(end, n)
        if self._automaton is None or start >= end:
            return
        hay, base, cpos, removed = _collapsed(lower, start, end)

        def to_lower(i: int) -> int:
            # a collapsed offset maps past every long run that begins before it
            k = bisect.bisect_left(cpos, i)
            return base + i + (removed[k - 1] if k else 0)

        cands: list[tuple[int, int, str, tuple[T, ...]]] = []
        for last, (length, key, entries) in self._automaton.iter(hay):
            cs, ce = last + 1 - length, last + 1
            s, e = to_lower(cs), to_lower(ce - 1) + 1
            if s > 0 and lower[s - 1].isalnum():
                continue
            if e < end and lower[e].isalnum():
                continue
            cands.append((s, -e, key, entries))
        if not cands:
            return
        cands.sort()
        pos = start
        for s, neg_e, key, entries in cands:
            if s < pos:
                continue
            pos = -neg_e
            yield Match(s, pos, key, entries)


_COLLAPSED_CACHE: list[tuple[str, int, int, tuple[str, int, list[int], list[int]]]] = []


def _collapsed(lower: str, start: int, end: int) -> tuple[str, int, list[int], list[int]]:
    """``lower[start:end]`` with white space trimmed and every run made one space.

    Returns ``(hay, base, cpos, removed)``: ``hay[i]`` is ``lower[base + i + removed[k-1]]``
    where ``k`` counts the long runs whose collapsed position ``cpos[k]`` is before ``i``.
    The last result is cached: several gazetteers search the same view in a row.
    """
    for lw, s, e, res in _COLLAPSED_CACHE:
        if lw is lower and s == start and e == end:
            return res
    sl = lower[start:end]
    hay = " ".join(sl.split())
    lead = len(sl) - len(sl.lstrip())
    base = start + lead
    cpos: list[int] = []
    removed: list[int] = []
    if len(hay) != len(sl):
        gone = 0
        for m in _LONG_WS_RUN.finditer(lower, base, end):
            a, b = m.span()
            if b == end:  # trailing white space: cut, nothing after it to map
                break
            cpos.append(a - base - gone)
            gone += b - a - 1
            removed.append(gone)
    res = (hay, base, cpos, removed)
    _COLLAPSED_CACHE[:] = [(lower, start, end, res)]
    return res
