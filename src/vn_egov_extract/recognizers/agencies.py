"""AGENCY: state bodies, offices and public organizations.

Three rules, one recognizer:

1. **Gazetteer** of national bodies: ``models/ministries.tsv`` (ministries and ministry-level
   agencies with their abbreviations and the 2025 restructuring, Resolution 176/2025/QH15) and
   ``models/agencies.tsv`` (agencies, national committees, party and judicial bodies). The value
   gives the canonical name, the kind and, for a body that no longer exists, its successor.
   ``not_before``/``not_after`` words keep "Chính phủ điện tử" (e-government) and "cơ quan
   thuộc Chính phủ" (a class of bodies) out.
2. **People's committees and councils**: "UBND tỉnh Khánh Hòa", "Ủy ban nhân dân thành phố Cần
   Thơ", "UBND TP.HCM", "UBND tỉnh" and "UBND tỉnh này" (the province is filled from the context
   by the resolve stage). Plurals and level words ("UBND các tỉnh", "UBND cấp huyện", "UBND
   huyện, thành phố") are not entities.
3. **Head-noun grammar** (``models/agency_heads.tsv``): a head ("Sở", "Cục", "Trung tâm", ...)
   followed by a capitalized name, continued over "và"/"về"/"-" before a capitalized word and
   over the lower-case syllables of ``models/agency_name_words.tsv``, so bodies that are in no
   list are still found ("Sở Ngoại vụ", "Trung tâm Công nghệ thông tin Viễn thông Đồng Nai").
   Field abbreviations are expanded (``models/agency_abbreviations.tsv``: "Sở TT&TT" → "Sở
   Thông tin và Truyền thông"); a province name at the end becomes ``location``. A name in
   capitals ("BỘ THÔNG TIN VÀ" cut by a flattened header) is matched against the gazetteer by
   prefix.
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
from .gazetteer import Gazetteer, trie_pattern
from .locations import Province, province_gazetteer

__all__ = ["AgencyRecognizer", "Body", "national_bodies", "lookup_body", "party_body_at", "CONTEXT_LOCATION"]

#: placeholder ``location`` for "UBND tỉnh" / "tỉnh này": filled from the context later
CONTEXT_LOCATION = "@context"


@dataclass(frozen=True, slots=True)
class Body:
    """A known state body."""

    name: str
    kind: str
    abbreviation: str | None = None
    successor: str | None = None
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()

    def value(self, location: str | None = None) -> dict[str, object]:
        """The AGENCY value dict."""
        return {
            "name": self.name,
            "kind": self.kind,
            "location": location,
            "abbreviation": self.abbreviation,
            "successor": self.successor,
        }


_MINISTRY_KINDS = {"ministry": "ministry", "ministry_level": "agency", "government": "government"}


@functools.cache
def national_bodies() -> tuple[tuple[str, Body], ...]:
    """(surface name, body) pairs of the gazetteer (names, aliases, abbreviations)."""
    pairs: list[tuple[str, Body]] = []
    agency_rows = {r["name"]: r for r in load_tsv("agencies.tsv", ("name", "kind", "aliases"))}
    for r in load_tsv("ministries.tsv", ("name", "kind", "symbol_codes", "text_abbreviations", "successor")):
        extra = agency_rows.pop(r["name"], None)
        kind = _MINISTRY_KINDS.get(r["kind"], r["kind"])
        body = Body(
            r["name"],
            kind,
            abbreviation=(split_list(r["text_abbreviations"]) or [None])[0],
            successor=r["successor"] or None,
            not_before=tuple(split_list(extra["not_before"])) if extra else (),
            not_after=tuple(split_list(extra["not_after"])) if extra else (),
        )
        names = [r["name"], *split_list(r["text_abbreviations"])]
        if extra:
            names += split_list(extra["aliases"])
        for n in names:
            if n in ("Thủ tướng",):  # a person's title as often as the authority
                continue
            pairs.append((n, body))
    for r in agency_rows.values():
        body = Body(
            r["name"],
            r["kind"],
            successor=r["successor"] or None,
            not_before=tuple(split_list(r["not_before"])),
            not_after=tuple(split_list(r["not_after"])),
        )
        for n in [r["name"], *split_list(r["aliases"])]:
            pairs.append((n, body))
    return tuple(pairs)


@functools.cache
def _gazetteer() -> Gazetteer[Body]:
    return Gazetteer(national_bodies())


def lookup_body(name: str) -> Body | None:
    """The known body named ``name`` (any case/tone style/abbreviation), else ``None``.

    >>> lookup_body("Bộ TT&TT").name
    'Bộ Thông tin và Truyền thông'
    """
    hits = _gazetteer().lookup(name)
    return hits[0] if hits else None


def party_body_at(lower: str, pos: int) -> str | None:
    """The canonical name of the party body (kind "party") whose name starts at ``pos`` of the
    lower-cased view ``lower``, else ``None`` ("bộ chính trị về ..." → "Bộ Chính trị")."""
    for hit in _gazetteer().finditer(lower, pos, min(len(lower), pos + 80)):
        if hit.start == pos and hit.entries[0].kind == "party":
            return hit.entries[0].name
        break
    return None


@functools.cache
def _prefix_index() -> dict[str, Body]:
    """fold_key prefixes (≥ 2 words) of full names → body, for names cut short."""
    out: dict[str, Body] = {}
    ambiguous: set[str] = set()
    for n, b in national_bodies():
        words = fold_key(n).split()
        for k in range(2, len(words)):
            key = " ".join(words[:k])
            if key in out and out[key] != b:
                ambiguous.add(key)
            out.setdefault(key, b)
    for k in ambiguous:
        out.pop(k, None)
    return out


@functools.cache
def _heads() -> tuple[regex.Pattern[str], dict[str, tuple[str, str]]]:
    table: dict[str, tuple[str, str]] = {}
    for r in load_tsv("agency_heads.tsv", ("head", "canonical", "kind")):
        table[fold_key(r["head"])] = (r["canonical"], r["kind"])
    pat = regex.compile(r"(?<![\p{L}\p{N}])(?:" + trie_pattern(table) + r")(?![\p{L}\p{N}])")
    return pat, table


@functools.cache
def _abbreviations() -> tuple[dict[str, str], dict[str, str]]:
    field: dict[str, str] = {}
    body: dict[str, str] = {}
    for r in load_tsv("agency_abbreviations.tsv", ("abbreviation", "expansion", "scope")):
        key = _abbr_key(r["abbreviation"])
        (field if r["scope"] == "field" else body)[key] = r["expansion"]
    return field, body


def _abbr_key(s: str) -> str:
    return regex.sub(r"[\s&.\-–]", "", s).upper()


@functools.cache
def _name_words() -> frozenset[str]:
    words = {r["word"] for r in load_tsv("agency_name_words.tsv", ("word",))}
    for n, _ in national_bodies():
        for w in n.split():
            if w.islower() and w.isalpha():
                words.add(w)
    for exp in _abbreviations()[0].values():
        for w in exp.split():
            if w.islower() and w.isalpha() and w not in ("và", "về"):
                words.add(w)
    return frozenset(fold_key(w) for w in words)


_LEVEL = r"(?:tỉnh|thành\s+phố|tp\.?|quận|huyện|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)"
_PC = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<head>ubnd|ủy\s+ban\s+nhân\s+dân|hđnd|hội\s+đồng\s+nhân\s+dân)"
    r"(?:\s+(?P<level>" + _LEVEL + r")(?![\p{L}\p{N}]))?"
)
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}&.\-]*")
_TITLE_WORDS = frozenset({"trưởng", "phó"})


class AgencyRecognizer(Recognizer):
    """State bodies → ``{"name", "kind", "location", "abbreviation", "successor"}``."""

    label = "AGENCY"
    name = "agency/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        yield from self._gazetteer_hits(doc)
        yield from self._people_committees(doc)
        yield from self._head_grammar(doc)

    # ------------------------------------------------------------ 1. gazetteer

    def _gazetteer_hits(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        for hit in _gazetteer().finditer(lower):
            surface = view[hit.start : hit.end]
            if not surface[0].isupper():
                continue
            body = hit.entries[0]
            after = lower[hit.end : hit.end + 20].lstrip()
            if any(regex.match(regex.escape(w.lower()) + r"(?![\p{L}])", after) for w in body.not_before):
                continue
            before = lower[max(0, hit.start - 20) : hit.start].rstrip()
            if any(regex.search(r"(?<![\p{L}])" + regex.escape(w.lower()) + r"$", before) for w in body.not_after):
                continue
            if not _proper_enough(surface):
                continue
            yield make_ent(doc, self.label, hit.start, hit.end, body.value(), "agency.gazetteer", score=1.2)

    # ------------------------------------------------------------ 2. people's committees

    def _people_committees(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        for m in _PC.finditer(lower):
            head_surface = view[m.start("head") : m.end("head")]
            if not head_surface[0].isupper():
                continue
            is_council = m.group("head").startswith(("hđnd", "hội"))
            head_name = "Hội đồng nhân dân" if is_council else "Ủy ban nhân dân"
            pos = m.end()
            rest = lower[pos : pos + 60]
            if regex.match(r"\s+(?:các|cấp|những)(?![\p{L}])", rest):
                continue
            level = m.group("level")
            province: Province | None = None
            end = pos
            rule = "agency.people_committee"
            # a province name right after (with or without the level word)
            pm = next(province_gazetteer().finditer(lower, pos, min(len(lower), pos + 60)), None)
            if pm is not None and lower[pos : pm.start].strip() == "" and _is_name_case(view[pm.start : pm.end]):
                province = pm.entries[0]
                end = pm.end
            elif level is not None:
                if regex.match(r"\s*,\s*" + _LEVEL + r"(?![\p{L}])", rest):
                    continue  # "UBND huyện, thành phố": a class of bodies
                nm = regex.match(r"\s+này(?![\p{L}])", rest)
                if nm:
                    end = pos + nm.end()
                rule = "agency.people_committee.context"
            else:
                continue
            if province is not None and province.kind == "country":
                continue
            level_word = _level_name(level, province)
            if province is not None:
                name = f"{head_name} {level_word} {province.name}"
                loc = province.name
            else:
                name = f"{head_name} {level_word}".strip()
                loc = CONTEXT_LOCATION
                if level is None or fold_key(level) not in ("tỉnh", "thành phố", "tp.", "tp"):
                    loc = None
            value = {"name": name, "kind": "people_committee", "location": loc, "abbreviation": None, "successor": None}
            yield make_ent(doc, self.label, m.start(), end, value, rule, score=1.1)

    # ------------------------------------------------------------ 3. head grammar

    def _head_grammar(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        heads_pat, heads = _heads()
        field_abbr, _ = _abbreviations()
        words_ok = _name_words()
        for m in heads_pat.finditer(lower):
            hs = m.start()
            head_surface = view[hs : m.end()]
            if not head_surface[0].isupper():
                continue
            all_caps = head_surface.isupper()
            before = lower[max(0, hs - 12) : hs]
            if regex.search(r"(?<![\p{L}])(?:các|những|mọi|từng)\s+$", before):
                continue
            canonical, kind = heads[fold_key(m.group(0))]
            words: list[tuple[int, int]] = []
            pos = m.end()
            lowercase_run = 0
            loc_in_name: Province | None = None
            loc_span: tuple[int, int] | None = None
            while True:
                gap = regex.match(r"[ \t]+|[ \t]*(?:-|–)[ \t]*|[ \t]*&[ \t]*", view[pos : pos + 6])
                if not gap or "\n" in gap.group(0):
                    break
                wm = _WORD.match(view, pos + gap.end())
                if not wm:
                    break
                w = wm.group(0).rstrip(".-")
                ws, we = wm.start(), wm.start() + len(w)
                if not w:
                    break
                wl = w.lower()
                first = not words
                if all_caps:
                    if first and fold_key(w) in _TITLE_WORDS:
                        break
                    if not w.isupper() or fold_key(w) in ("và",) and first:
                        if fold_key(w) == "và" and words:
                            words.append((ws, we))
                            pos = we
                            continue
                        break
                    words.append((ws, we))
                    pos = we
                    continue
                if w[0].isupper():
                    if fold_key(w) in _TITLE_WORDS or (not first and _starts_new_body(lower, ws, heads_pat)):
                        break
                    if (
                        not first
                        and _surname_start(view, ws)
                        and lookup_body(f"{canonical} {view[words[0][0] : words[-1][1]]}")
                    ):
                        break  # a known body followed by a person's name: "Văn phòng Chính phủ Mai Tiến Dũng"
                    if not first:
                        # a province name ends the body's name: "... Viễn thông Đồng Nai"
                        pm = next(province_gazetteer().finditer(lower, ws, min(len(lower), ws + 40)), None)
                        if (
                            pm is not None
                            and pm.start == ws
                            and pm.entries[0].kind == "province"
                            and _is_name_case(view[pm.start : pm.end])
                        ):
                            loc_in_name = pm.entries[0]
                            loc_span = (pm.start, pm.end)
                            break
                    words.append((ws, we))
                    lowercase_run = 0
                    pos = we
                    continue
                if first:
                    break
                if wl in ("và", "về"):
                    nxt = _WORD.match(view, we + 1) if we + 1 < len(view) and view[we] == " " else None
                    if nxt and nxt.group(0)[0].isupper() and not _starts_new_body(lower, nxt.start(), heads_pat):
                        words.append((ws, we))
                        pos = we
                        continue
                    break
                if fold_key(wl) in words_ok and lowercase_run < 4:
                    words.append((ws, we))
                    lowercase_run += 1
                    pos = we
                    continue
                # a province after a level word: "Sở Y tế tỉnh Quảng Ninh"
                break
            # drop a trailing connector
            while words and fold_key(view[words[-1][0] : words[-1][1]]) in ("và", "về"):
                words.pop()
            if not words:
                continue
            # trailing lowercase syllable glued to a following lower-case word: "Bộ Y tế công bố"
            end = words[-1][1]
            nxt = regex.match(r" (\p{Ll}[\p{L}\p{M}]*)", view[end : end + 20])
            if (
                nxt
                and lowercase_run
                and fold_key(nxt.group(1)) not in words_ok
                and fold_key(nxt.group(1)) not in ("tỉnh", "thành", "tp")
            ):
                if len(words) > 1 and not view[words[-1][0]].isupper():
                    words.pop()
                    end = words[-1][1]
            # location suffix: "... tỉnh Quảng Ninh", "... Đồng Nai"
            loc: Province | None = None
            if loc_in_name is not None and loc_span is not None:
                loc = loc_in_name
                end = loc_span[1]
            sm = (
                None
                if loc is not None
                else regex.match(r"\s+(?:(?:tỉnh|thành\s+phố|tp\.?)\s+)?", lower[end : end + 16])
            )
            if sm is not None:
                pm = next(province_gazetteer().finditer(lower, end + sm.end(), min(len(lower), end + 60)), None)
                if (
                    pm is not None
                    and pm.start == end + sm.end()
                    and _is_name_case(view[pm.start : pm.end])
                    and pm.entries[0].kind == "province"
                ):
                    loc = pm.entries[0]
                    end = pm.end
            name_part = view[words[0][0] : (words[-1][1])]
            # a province as the last name words: "Viễn thông Đồng Nai"
            if loc is None:
                for pm in province_gazetteer().finditer(lower, words[0][0], words[-1][1]):
                    if pm.end == words[-1][1] and pm.entries[0].kind == "province":
                        loc = pm.entries[0]
            line_start = regex.search(r"(?:^|\n|\|)[\s*#>\-–•\d.IVX]*$", view[max(0, hs - 12) : hs]) is not None
            body_name, rule = self._canonical(canonical, name_part, all_caps, field_abbr, loc, kind, line_start)
            if body_name is None:
                continue
            known = lookup_body(body_name)
            if known is not None:
                value = known.value(loc.name if loc else None)
            else:
                value = {
                    "name": body_name,
                    "kind": kind,
                    "location": loc.name if loc else None,
                    "abbreviation": None,
                    "successor": None,
                }
            yield make_ent(doc, self.label, hs, end, value, rule, score=1.0)

    @staticmethod
    def _canonical(
        head: str,
        name_part: str,
        all_caps: bool,
        field_abbr: dict[str, str],
        loc: Province | None,
        kind: str,
        line_start: bool = True,
    ) -> tuple[str | None, str]:
        expanded = field_abbr.get(_abbr_key(name_part)) if regex.fullmatch(r"[\p{Lu}Đ&\-. ]+", name_part) else None
        if all_caps:
            full = f"{head} {name_part}"
            known = lookup_body(full)
            if known is not None:
                return known.name, "agency.caps"
            pref = _prefix_index().get(fold_key(full))
            if pref is not None:
                return pref.name, "agency.caps_prefix"
            if not line_start:
                return None, "agency.caps"  # capitals inside a heading: "DỊCH VỤ CÔNG ..." is no body
            return f"{head} {name_part.capitalize()}", "agency.caps"
        if expanded:
            full = f"{head} {expanded}"
            rule = "agency.head+abbreviation"
        else:
            full = f"{head} {name_part}"
            rule = "agency.head+name"
        if loc is not None and fold_key(loc.name) not in fold_key(full):
            level = f"{_level_name(None, loc)} " if kind in ("department", "people_committee") else ""
            full = f"{full} {level}{loc.name}"
        return full, rule


def _level_name(level: str | None, province: Province | None) -> str:
    if province is not None and province.type:
        return "thành phố" if province.type == "thanh_pho" else "tỉnh"
    if level is None:
        return ""
    lv = fold_key(level)
    return "thành phố" if lv in ("tp", "tp.") else lv


def _is_name_case(s: str) -> bool:
    return all(w[:1].isupper() for w in regex.split(r"[\s.\-]+", s) if w and w[0].isalpha())


def _proper_enough(surface: str) -> bool:
    # gazetteer names: first letter upper; all-lowercase continuation words are allowed
    return surface[:1].isupper()


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(r["surname"] for r in load_tsv("surnames.tsv", ("surname",)))


def _surname_start(view: str, pos: int) -> bool:
    """A person's name starts at ``pos``: a family name then two or more capitalized syllables."""
    m = regex.match(r"(\p{Lu}[\p{Ll}\p{M}]*)((?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,3})", view[pos : pos + 40])
    return bool(m) and m.group(1) in _surnames()


def _starts_new_body(lower: str, pos: int, heads_pat: regex.Pattern[str]) -> bool:
    m = heads_pat.match(lower, pos)
    if m and m.group(0) in ("bộ", "sở", "cục", "ủy ban", "uỷ ban", "trung tâm", "ban", "viện", "vụ"):
        return True
    return bool(_PC.match(lower, pos))
