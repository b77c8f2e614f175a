"""LOCATION: Vietnam's provinces and centrally run cities, and the country.

Gazetteer: the 63 provincial units of 2008–30 June 2025 with GSO codes and their 2025
successors (``models/provinces.tsv``, GSO list; National Assembly Resolution 202/2025/QH15 for
the 34 units from 1 July 2025), their aliases (old tone style, abbreviations such as "TP.HCM",
"BR-VT", misspellings such as "Đắc Nông"), and the country's names (``models/countries.tsv``).
Aliases of one or two letters ("HN", "CT") are too ambiguous in running text and are not
matched.

A name is a LOCATION only when written as a proper name: every syllable capitalized
("Hòa Bình", not "hòa bình" = peace) or the whole span in capitals ("THÀNH PHỐ CẦN THƠ").
An administrative prefix written before it ("tỉnh", "thành phố", "TP.", "TP", "Thủ đô") is part
of the span (spec §2), also when a hard line break stands between them ("tỉnh" at the end of a
line, "Thanh Hóa" on the next). Names right after a word from ``models/location_context.tsv``
that makes them something else ("Chủ tịch Hồ Chí Minh", "đường Hồ Chí Minh", "Khu công nghiệp công
nghệ cao Phú Yên", "Make in Vietnam"; matched across line breaks) are not taken, nor a name glued
to a longer capitalized name ("Nguyễn Thái Bình"), unless that word is a sentence-initial
adverb or preposition of ``location_context.tsv`` ("Hiện Tiền Giang đã cung cấp"). A name of two
words or more in capitals whose spaces OCR or a PDF text layer dropped is still the name
("CỘNG HÒAXÃ HỘI CHỦ NGHĨAVIỆT NAM").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..document import Doc, Ent
from ..normalize import fold_key
from ..resources import load_tsv, split_list
from .base import Recognizer, make_ent
from .gazetteer import Gazetteer

__all__ = [
    "LocationRecognizer",
    "Province",
    "provinces",
    "province_gazetteer",
    "lookup_province",
    "province_name",
    "is_proper",
]


@dataclass(frozen=True, slots=True)
class Province:
    """A province-level unit (or the country when ``kind == "country"``)."""

    name: str
    kind: str = "province"
    code: str | None = None
    type: str | None = None
    successor_2025: str | None = None

    def value(self) -> dict[str, object]:
        """The LOCATION value dict (spec §2)."""
        return {"name": self.name, "kind": self.kind, "code": self.code, "successor_2025": self.successor_2025}


@functools.cache
def provinces() -> tuple[Province, ...]:
    """All provinces of ``models/provinces.tsv`` in file order."""
    rows = load_tsv("provinces.tsv", ("gso_code", "name", "type", "aliases", "successor_2025"))
    return tuple(Province(r["name"], "province", r["gso_code"], r["type"], r["successor_2025"] or None) for r in rows)


@functools.cache
def _country() -> Province:
    return Province("Việt Nam", "country")


@functools.cache
def province_gazetteer() -> Gazetteer[Province]:
    """Gazetteer of province and country names and aliases (see module docstring)."""
    names: list[tuple[str, Province]] = []
    by_name = {p.name: p for p in provinces()}
    for r in load_tsv("provinces.tsv"):
        p = by_name[r["name"]]
        for n in [r["name"], *split_list(r["aliases"])]:
            if len(n.replace(".", "").replace(" ", "")) > 2:
                names.append((n, p))
    # the 2025 successor names that are new ("Huế") map to their old unit for the code
    for r in load_tsv("countries.tsv", ("name", "aliases")):
        for n in [r["name"], *split_list(r["aliases"])]:
            names.append((n, _country()))
    return Gazetteer(names)


def lookup_province(name: str) -> Province | None:
    """The province (or country) named ``name`` (any case/tone style/alias), else ``None``.

    >>> lookup_province("Khánh Hoà").code, lookup_province("TP.HCM").name
    ('56', 'Hồ Chí Minh')
    """
    n = name.strip()
    hits = province_gazetteer().lookup(n)
    if not hits:
        low = fold_key(n)
        for pre in _prefixes_lower():
            if low.startswith(pre):
                hits = province_gazetteer().lookup(n[len(pre) :].strip())
                if hits:
                    break
    return hits[0] if hits else None


@functools.cache

def province_name(name: str) -> str:
    """The canonical name of the province ``name`` spells (any case, tone style or alias:
    "tp.hcm" → "Hồ Chí Minh"), for a caller's home-province hint.

    Raises:
        ValueError: ``name`` is not one of the 63 provinces of ``models/provinces.tsv`` (GSO list).

    >>> province_name("Khánh Hoà")
    'Khánh Hòa'
    """
    found = lookup_province(name) if name.strip() else None
    if found is None or found.kind != "province":
        raise ValueError(f"not a province: {name!r} (see models/provinces.tsv)")
    return found.name

def _context() -> tuple[dict[str, list[str]], tuple[str, ...]]:
    neg: dict[str, list[str]] = {}
    prefixes: list[str] = []
    for r in load_tsv("location_context.tsv", ("phrase", "kind", "applies_to")):
        if r["kind"] == "negative_left":
            neg.setdefault(r["applies_to"], []).append(r["phrase"])
        elif r["kind"] == "prefix":
            prefixes.append(r["phrase"])
    prefixes.sort(key=len, reverse=True)
    return neg, tuple(prefixes)


@functools.cache
def _allowed_capitalized() -> tuple[frozenset[str], frozenset[str]]:
    before: set[str] = set()
    after: set[str] = set()
    for r in load_tsv("location_context.tsv"):
        if r["kind"] == "allowed_cap_before":
            before.add(fold_key(r["phrase"]))
        elif r["kind"] == "allowed_cap_after":
            after.add(fold_key(r["phrase"]))
    return frozenset(before), frozenset(after)


@functools.cache
def _prefixes_lower() -> tuple[str, ...]:
    return tuple(sorted({p.lower() for p in _context()[1]}, key=len, reverse=True))


def is_proper(span: str) -> bool:
    """True when every syllable of ``span`` starts with a capital letter or the span is all
    capitals (digits and punctuation ignored).

    >>> is_proper("Hòa Bình"), is_proper("hòa bình"), is_proper("THÀNH PHỐ CẦN THƠ"), is_proper("TP.HCM")
    (True, False, True, True)
    """
    letters = [c for c in span if c.isalpha()]
    if not letters:
        return False
    if all(c.isupper() for c in letters):
        return True
    for w in regex.split(r"[\s\-–.&/]+", span):
        w = w.strip("()“”\"',;:")
        if w and w[0].isalpha() and not w[0].isupper():
            return False
    return True


@functools.cache
def _phrase_re(phrase: str) -> str:
    """``phrase`` as a pattern whose spaces match any white space (hard line wraps too)."""
    return r"\s+".join(regex.escape(w) for w in phrase.split())


@functools.cache
def _negative_left(applies: str) -> regex.Pattern[str] | None:
    """The ``negative_left`` phrases of ``location_context.tsv`` for ``applies`` (a province's
    name or "*") as one pattern matching at the end of the left context, compiled once."""
    phrases = _context()[0].get(applies)
    if not phrases:
        return None
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(_phrase_re(p) for p in phrases) + r")\s*$")


_CAPS_RUN = regex.compile(r"[\p{Lu}](?:[\p{Lu}\p{M}]|[ \t.\-–&](?=[ \t.\-–&]*[\p{Lu}]))*[\p{Lu}\p{M}]")


@functools.cache
def _glued_names() -> tuple[regex.Pattern[str], dict[str, tuple[Province, int]]]:
    """The gazetteer's names of two words or more (lower case) as one pattern in which every
    space may be missing, and each name without its spaces → (place, number of words)."""
    names: dict[str, tuple[Province, int]] = {}
    rows = [(lookup_province(r["name"]), [r["name"], *split_list(r["aliases"])]) for r in load_tsv("provinces.tsv")]
    rows += [
        (_country(), [r["name"], *split_list(r["aliases"])]) for r in load_tsv("countries.tsv", ("name", "aliases"))
    ]
    for place, spellings in rows:
        for n in spellings:
            words = n.lower().split()
            if len(words) >= 2 and place is not None:
                names.setdefault("".join(words), (place, len(words)))
    alts = sorted(
        {" ".join(n.lower().split()) for _, sp in rows for n in sp if len(n.split()) >= 2}, key=len, reverse=True
    )
    body = "|".join(r"[ \t]*".join(regex.escape(w) for w in a.split()) for a in alts)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + body + r")(?![\p{L}\p{N}])"), names


_SPACE = regex.compile(r"\s+")
_GAP_BEFORE = regex.compile(r"[ \t]*\n?[ \t]*$")
_WORD_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}]*)[ \t]*$")
_WORD_AFTER = regex.compile(r"^[ \t]*(\p{L}[\p{L}\p{M}]*)")


class LocationRecognizer(Recognizer):
    """Provinces and the country → ``{"name", "kind", "code", "successor_2025"}``."""

    label = "LOCATION"
    name = "location/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        yield from self._find(doc, 0, len(doc.view.lower), depth=0)
        yield from self._glued(doc)

    def _glued(self, doc: Doc) -> Iterator[Ent]:
        """A name of two words or more in capitals whose spaces OCR or a PDF text layer dropped
        ("CỘNG HÒAXÃ HỘI CHỦ NGHĨAVIỆT NAM", a letterhead's motto): the whole name, where at
        least one space is missing (the gazetteer takes the others)."""
        view = doc.view.view
        pat, names = _glued_names()
        lower = doc.view.lower
        for run in _CAPS_RUN.finditer(view):  # only text in capitals can hold such a name
            # one character past the run, so that the end's lookahead sees the text as it is
            yield from self._glued_in(doc, pat, names, lower, run.start(), min(len(lower), run.end() + 1))

    def _glued_in(
        self,
        doc: Doc,
        pat: regex.Pattern[str],
        names: dict[str, tuple[Province, int]],
        lower: str,
        start: int,
        end: int,
    ) -> Iterator[Ent]:
        view = doc.view.view
        for m in pat.finditer(lower, start, end):
            surface = view[m.start() : m.end()]
            hit = names.get(regex.sub(r"\s+", "", m.group(0)))
            if hit is None or not surface.isupper() or len(surface.split()) >= hit[1]:
                continue
            yield make_ent(doc, self.label, m.start(), m.end(), hit[0].value(), "location.glued", score=1.0)

    def _find(self, doc: Doc, start: int, end: int, depth: int) -> Iterator[Ent]:
        view = doc.view.view
        lower = doc.view.lower
        neg, prefixes = _context()
        allowed_before, allowed_after = _allowed_capitalized()
        for hit in province_gazetteer().finditer(lower, start, end):
            s, e = hit.start, hit.end
            surface = view[s:e]
            if not is_proper(surface):
                # a name inside a rejected longer alias: "thủ đô Hà Nội" → "Hà Nội"
                sp = _SPACE.search(view, s, e)
                if depth == 0 and sp is not None:
                    yield from self._find(doc, sp.end(), e, depth + 1)
                continue
            place = hit.entries[0]
            left = view[max(0, s - 40) : s]
            # negative left context
            if any((pat := _negative_left(applies)) is not None and pat.search(left) for applies in (place.name, "*")):
                continue
            # prefix
            start = s
            rule = "location.name"
            gap = _GAP_BEFORE.search(left)
            g = len(gap.group(0)) if gap else 0
            for pre in prefixes:
                if (g and left[: len(left) - g].endswith(pre)) or (pre.endswith(".") and left.endswith(pre)):
                    if not (pre.endswith(".") and left.endswith(pre)):
                        k = len(left) - g - len(pre)
                        if k > 0 and left[k - 1].isalnum():
                            continue  # the prefix must be a whole word
                    start = s - (len(pre) + (g if not (pre.endswith(".") and left.endswith(pre)) else 0))
                    rule = "location.prefix+name"
                    break
            if start == s and place.kind == "province":
                # glued to a longer capitalized proper name ("Nguyễn Thái Bình")?
                mb = _WORD_BEFORE.search(left)
                if mb and mb.group(1)[0].isupper() and not mb.group(1).isupper() and len(mb.group(1)) > 1:
                    if fold_key(mb.group(1)) not in allowed_before:
                        continue
            ma = _WORD_AFTER.match(view[e : e + 30])
            if ma and ma.group(1)[0].isupper() and not surface.isupper() and place.kind == "province":
                # "Hà Nam Ninh", "Long An Phú": part of a longer name
                if fold_key(ma.group(1)) not in allowed_after:
                    continue
            yield make_ent(doc, self.label, start, e, place.value(), rule, score=1.0)
