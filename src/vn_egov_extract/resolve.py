"""Resolve stage: from overlapping candidates to the document's entities.

1. Candidates inside boilerplate ranges are dropped (spec §1: no entity from boilerplate).
2. The overlap policy :func:`~vn_egov_extract.document.select_longest` keeps non-overlapping
   spans, longest first (an agency that contains a province keeps the province in its value).
3. Context: an AGENCY whose province the text leaves to the context ("UBND tỉnh", "UBND tỉnh
   này") takes the nearest province named before it (within :data:`CONTEXT_WINDOW`
   characters), else the document's home province (the one its issuer belongs to), else stays
   without one.
"""

from __future__ import annotations

from collections import Counter

from .document import Doc, Ent, select_longest
from .recognizers.agencies import CONTEXT_LOCATION
from .recognizers.locations import lookup_province

__all__ = ["resolve_entities", "home_province", "CONTEXT_WINDOW"]

#: how far back (characters) a province mention can be to resolve "UBND tỉnh" / "tỉnh này"
CONTEXT_WINDOW = 1500


def home_province(doc: Doc) -> str | None:
    """The province a local document belongs to: its issuer's, else the province most named
    in people's committees and departments, else ``None``."""
    issuer = doc.metadata.issuer or ""
    p = None
    for word in issuer.split(" tỉnh ")[1:] + issuer.split(" thành phố ")[1:]:
        p = lookup_province(word)
        if p:
            return p.name
    counts: Counter[str] = Counter()
    for e in doc.entities:
        if e.label == "AGENCY" and e.value.get("kind") in ("people_committee", "department"):
            loc = e.value.get("location")
            if loc and loc != CONTEXT_LOCATION:
                counts[loc] += 1
    if counts:
        return counts.most_common(1)[0][0]
    return None


def resolve_entities(doc: Doc, candidates: list[Ent]) -> list[Ent]:
    """Apply the resolve stage to ``candidates``; returns the entities in text order."""
    kept = [e for e in candidates if not doc.in_boilerplate(e.start, e.end)]
    ents = select_longest(kept)
    _fill_context_locations(ents)
    return ents


def _fill_context_locations(ents: list[Ent]) -> None:
    last_province: tuple[int, str] | None = None
    pending: list[Ent] = []
    for e in ents:
        if e.label == "LOCATION" and e.value.get("kind") == "province":
            last_province = (e.end, str(e.value["name"]))
        elif (
            e.label == "AGENCY"
            and e.value.get("location") not in (None, CONTEXT_LOCATION)
            and e.value.get("kind") in ("people_committee", "department")
        ):
            last_province = (e.end, str(e.value["location"]))
        if e.label == "AGENCY" and e.value.get("location") == CONTEXT_LOCATION:
            if last_province is not None and e.start - last_province[0] <= CONTEXT_WINDOW:
                _set_location(e, last_province[1])
            else:
                pending.append(e)
    if pending:
        # fall back to the most named province of the document
        counts = Counter(
            str(e.value["name"]) for e in ents if e.label == "LOCATION" and e.value.get("kind") == "province"
        )
        best = counts.most_common(1)[0][0] if counts else None
        for e in pending:
            if best:
                _set_location(e, best)
            else:
                e.value["location"] = None


def _set_location(e: Ent, province: str) -> None:
    p = lookup_province(province)
    e.value["location"] = province
    name = str(e.value.get("name") or "")
    if p is not None and p.type:
        level = "thành phố" if p.type == "thanh_pho" else "tỉnh"
        for lv in (" tỉnh", " thành phố"):
            if name.endswith(lv):
                name = name[: -len(lv)]
        e.value["name"] = f"{name} {level} {province}"
