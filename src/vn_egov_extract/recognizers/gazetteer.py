"""A gazetteer: many names matched in one pass over the lower-cased folded view.

Names are compiled into a single prefix-factored (trie) regular expression, so a text is
scanned once whatever the number of names; each match is looked up to its entries. Names are
keyed by :func:`~vn_egov_extract.normalize.fold_key` (tone-folded, lower case, single spaces);
white space inside a name matches any run of spaces or a line break.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Generic, TypeVar

import regex

from ..normalize import fold_key

__all__ = ["Gazetteer", "trie_pattern"]

T = TypeVar("T")


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
    """A gazetteer hit in the view: ``[start, end)`` and the entries of the matched name."""

    start: int
    end: int
    key: str
    entries: tuple[T, ...]


class Gazetteer(Generic[T]):
    """Names → entries; :meth:`finditer` yields the hits in a lower-cased view.

    Matches are whole words: not preceded or followed by a letter or digit (``&``, ``.`` and
    ``-`` inside names are literal).
    """

    def __init__(self, names: Iterable[tuple[str, T]]) -> None:
        self._entries: dict[str, list[T]] = {}
        for name, entry in names:
            key = fold_key(name)
            if key:
                bucket = self._entries.setdefault(key, [])
                if entry not in bucket:
                    bucket.append(entry)
        body = trie_pattern(self._entries) if self._entries else r"(?!)"
        self._pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:" + body + r")(?![\p{L}\p{N}])")

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, name: str) -> tuple[T, ...]:
        """Entries of ``name`` (any spacing, case or tone style), or ``()``."""
        return tuple(self._entries.get(fold_key(name), ()))

    def finditer(self, lower: str, start: int = 0, end: int | None = None) -> Iterator[Match[T]]:
        """Hits in ``lower`` (a lower-cased folded view), leftmost-longest, non-overlapping."""
        end = len(lower) if end is None else end
        for m in self._pattern.finditer(lower, start, end):
            key = " ".join(m.group(0).split())
            entries = self._entries.get(key)
            if entries:
                yield Match(m.start(), m.end(), key, tuple(entries))
