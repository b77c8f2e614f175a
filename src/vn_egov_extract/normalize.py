"""Normalization: the minimal, written-down changes from read text to the emitted ``text``,
and the folded views used for matching.

``normalize_text`` (what ``text`` becomes; it never deletes a character except that NFC may
compose a letter and its combining marks into one code point):

* Unicode NFC (never NFKC);
* no-break and other fixed-width spaces (U+00A0, U+2007, U+202F) → U+0020;
* ``Ð`` (U+00D0, Icelandic eth, common in Vietnamese text typed with old keyboards) → ``Đ``
  (U+0110), and ``ð`` (U+00F0) → ``đ`` (U+0111).

Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are kept in
``text`` (spec §1: nothing is deleted) but dropped from the folded view, so that a word split
by one still matches.

:class:`FoldedView` is the view that recognizers match against: the same text with
old-style tone placement moved to the new style ("Hoà" → "Hòa", "Thuỷ" → "Thủy", "khoẻ" →
"khỏe"; Vietnamese orthography rules of the Ministry of Education, Decision 1989/QĐ-BGDĐT
allows both; we fold to the placement most gazetteers use) and invisible characters removed.
Its offsets map back to ``text`` through :meth:`FoldedView.span`. A lower-cased view of the
same length is :attr:`FoldedView.lower`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from functools import cached_property

import regex

__all__ = ["normalize_text", "FoldedView", "fold_tones", "strip_diacritics", "fold_key"]

_SPACE_MAP = {0x00A0: " ", 0x2007: " ", 0x202F: " ", 0x00D0: "Đ", 0x00F0: "đ"}
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")

_SPACE_RE = regex.compile("[\u00a0\u2007\u202f\u00d0\u00f0]")
_INVISIBLE_RE = regex.compile("[" + "".join(sorted(_INVISIBLE)) + "]")

# A tone mark on the second vowel of an open "oa", "oe", "uy" syllable (old style): in NFC the
# second vowel is one precomposed letter (a, e or y carrying only a tone mark). Not after "q"
# ("quý" is qu + ý); not followed by a letter or mark (the syllable must be open).
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def _tone_pairs() -> dict[str, str]:
    """``"oà" → "òa"`` for every first vowel o/O/u/U and toned second vowel a/e/y (NFC)."""
    pairs: dict[str, str] = {}
    for firsts, seconds in (("oO", "aAeE"), ("uU", "yY")):
        for f in firsts:
            for v in seconds:
                for t in _TONES:
                    old = f + unicodedata.normalize("NFC", v + t)
                    pairs[old] = unicodedata.normalize("NFC", f + t) + v
    return pairs


_TONE_PAIRS = _tone_pairs()


def _toned(letters: str) -> str:
    return "".join(unicodedata.normalize("NFC", v + t) for v in letters for t in _TONES)


_OLD_TONE = regex.compile("(?<![qQ])(?:[oO][" + _toned("aAeE") + "]|[uU][" + _toned("yY") + r"])(?![\p{L}\p{M}])")


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def normalize_text(raw: str) -> str:
    """Return ``raw`` in the library's normal form (see the module docstring).

    Args:
        raw: decoded text.

    Returns:
        NFC text with fixed-width spaces turned into spaces, ``Ð``/``ð`` into ``Đ``/``đ`` and
        lone surrogates (U+D800–U+DFFF, which UTF-8 cannot carry) into U+FFFD.
        Idempotent: ``normalize_text(normalize_text(s)) == normalize_text(s)``.

    >>> normalize_text("Ðồng Nai\\u00a0đạt 37,43%")
    'Đồng Nai đạt 37,43%'
    >>> import unicodedata
    >>> normalize_text(unicodedata.normalize("NFD", "Khánh Hòa")) == "Khánh Hòa"
    True
    """
    if _SURROGATE_RE.search(raw):
        # a lone surrogate cannot be written as UTF-8 (JSON output): U+FFFD keeps the length
        raw = _SURROGATE_RE.sub("\ufffd", raw)
    s = unicodedata.normalize("NFC", raw)
    if _SPACE_RE.search(s):
        for k, v in _SPACE_MAP.items():  # str.replace per character: C speed, unlike translate
            s = s.replace(chr(k), v)
        s = unicodedata.normalize("NFC", s)
    return s


def fold_tones(s: str) -> str:
    """Move old-style tone marks of open "oa", "oe", "uy" syllables to the new-style position.

    Args:
        s: NFC text.

    Returns:
        The text with each such syllable rewritten; same length as ``s`` (one letter swaps
        its mark with its neighbour).

    >>> fold_tones("Khánh Hoà, Thuỷ, khoẻ, hoàn, quý")
    'Khánh Hòa, Thủy, khỏe, hoàn, quý'
    """
    if not _OLD_TONE.search(s):
        return s
    return _OLD_TONE.sub(lambda m: _TONE_PAIRS[m.group(0)], s)


def strip_diacritics(s: str) -> str:
    """Remove Vietnamese diacritics and map đ/Đ to d/D (for keys, never for matching text).

    >>> strip_diacritics("Đắk Nông")
    'Dak Nong'
    """
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def fold_key(s: str) -> str:
    """A comparison key for names: tone-folded, lower case, single spaces, NFC.

    >>> fold_key("Khánh  Hoà") == fold_key("khánh hòa")
    True
    """
    if len(s) <= _FOLD_CACHED_LEN:  # names and cue phrases recur in every document
        return _fold_key_cached(s)
    return _fold_key(s)


def _fold_key(s: str) -> str:
    return " ".join(fold_tones(normalize_text(s)).lower().split())


#: Keys of strings up to this length are kept (at most 8,192 of them: bounded memory).
_FOLD_CACHED_LEN = 100
_fold_key_cached = functools.lru_cache(maxsize=8192)(_fold_key)


class FoldedView:
    """A matching view of ``text`` with an offset map back to it.

    ``view`` is ``text`` with old-style tone marks folded to the new style and invisible
    characters removed. ``span(vs, ve)`` maps a view span to a ``text`` span.

    >>> fv = FoldedView("Tỉnh Khánh Hoà\\u200b đạt")
    >>> fv.view
    'Tỉnh Khánh Hòa đạt'
    >>> i = fv.view.index("Khánh Hòa"); fv.span(i, i + 9)
    (5, 14)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        if _INVISIBLE_RE.search(text):
            keep = array("l")
            parts = []
            for i, c in enumerate(text):
                if c not in _INVISIBLE:
                    keep.append(i)
                    parts.append(c)
            keep.append(len(text))
            base = "".join(parts)
            self._map: array | None = keep
        else:
            base = text
            self._map = None
        folded = fold_tones(base)
        if len(folded) != len(base):  # cannot happen for NFC input; stay safe
            folded = base
        self.view = folded

    @cached_property
    def lower(self) -> str:
        """``view`` lower-cased, same length (falls back to per-character lowering)."""
        low = self.view.lower()
        if len(low) != len(self.view):
            low = "".join(c.lower() if len(c.lower()) == 1 else c for c in self.view)
        return low

    def to_text(self, i: int) -> int:
        """Map a view offset to a ``text`` offset."""
        if self._map is None:
            return i
        return self._map[i]

    def span(self, vs: int, ve: int) -> tuple[int, int]:
        """Map a view span ``[vs, ve)`` to a ``text`` span (end exclusive)."""
        if self._map is None:
            return vs, ve
        if ve <= vs:
            s = self._map[vs]
            return s, s
        return self._map[vs], self._map[ve - 1] + 1

    def from_text(self, i: int) -> int:
        """Map a ``text`` offset to the nearest view offset at or after it."""
        if self._map is None:
            return i
        import bisect

        return bisect.bisect_left(self._map, i)
