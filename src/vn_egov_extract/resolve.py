"""Resolve stage: from overlapping candidates to the document's entities.

1. Candidates inside boilerplate ranges are dropped (spec §1: no entity from boilerplate).
2. The overlap policy :func:`~vn_egov_extract.document.select_longest` keeps non-overlapping
   spans, longest first (an agency that contains a province keeps the province in its value).
3. Enterprises ("Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam") and socio-political
   organizations ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") won their span so that no
   province or country is read inside their names; they are no state body (spec §2 AGENCY)
   and are dropped here.
4. Context: an AGENCY whose province the text leaves to the context ("UBND tỉnh", "UBND tỉnh
   này", "HĐND", "Thuế Thành phố", "Công an xã Yên Khương") takes the nearest province named
   before it (within :data:`CONTEXT_WINDOW` characters), else the document's home province,
   else the province the document names most, else stays without one.
5. Home province: a local document (its header names a local body first: "ỦY BAN NHÂN DÂN
   THÀNH PHỐ CẦN THƠ", "UBND THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG") speaks of
   its own province's bodies: a body of a local head named without a province ("Sở Y tế",
   "Trung tâm Phục vụ hành chính công") belongs to it, and so does the issuer "Ủy ban nhân dân"
   of a "QĐ-UBND" symbol. A national document (its header names a national body first:
   "VĂN PHÒNG CHÍNH PHỦ") has no home province, and "Sở Tư pháp" stays the department of
   every province (spec §2). A letter reposted below a web page's chrome (no body in the first
   lines) takes its header from its first body when that is written in capitals (a letterhead).
"""

from __future__ import annotations

from collections import Counter

from .document import Doc, Ent, select_longest
from .recognizers.agencies import CONTEXT_LOCATION, NON_STATE, with_place
from .recognizers.locations import lookup_province

__all__ = ["resolve_entities", "home_province", "header_home_province", "CONTEXT_WINDOW", "HEADER_LINES"]

#: how far back (characters) a province mention can be to resolve "UBND tỉnh" / "tỉnh này"
CONTEXT_WINDOW = 1500
#: how many lines from the top count as the document's header
HEADER_LINES = 12

_LOCAL_KINDS = ("people_committee", "people_council", "department", "party")


def home_province(doc: Doc) -> str | None:
    """The province a local document belongs to: its issuer's, else the caller's
    (``Extractor(province=...)``), else the province most named in people's committees and
    departments, else ``None``."""
    issuer = doc.metadata.issuer or ""
    p = None
    for word in issuer.split(" tỉnh ")[1:] + issuer.split(" thành phố ")[1:]:
        p = lookup_province(word)
        if p:
            return p.name
    if doc.caller_province:
        return doc.caller_province
    counts: Counter[str] = Counter()
    for e in doc.entities:
        if e.label == "AGENCY" and e.value.get("kind") in ("people_committee", "department"):
            loc = e.value.get("location")
            if loc and loc != CONTEXT_LOCATION:
                counts[loc] += 1
    if counts:
        return counts.most_common(1)[0][0]
    return None


def header_home_province(doc: Doc, ents: list[Ent]) -> str | None:
    """The home province of a document from its header: the province of the first body named
    in the first :data:`HEADER_LINES` lines when it is a local body (people's committee, council,
    party committee, department, or a body with a province), ``None`` when the first body is a
    national one or there is none. With no body in those lines (a letter below a web page's
    chrome), the document's first body counts when it is written in capitals (a letterhead)."""
    end = 0
    for _ in range(HEADER_LINES):
        nl = doc.text.find("\n", end)
        if nl < 0:
            end = len(doc.text)
            break
        end = nl + 1
    bodies = [e for e in ents if e.label == "AGENCY" and e.value.get("kind") not in NON_STATE]
    in_header = [e for e in bodies if e.start < end]
    if not in_header:
        # a letter reposted below a web page's chrome: its letterhead, in capitals, is the
        # first body named ("... Nội dung\n\nỦY BAN NHÂN DÂN TỈNH PHÚ THỌ CỘNG HÒA ...")
        in_header = [bodies[0]] if bodies and _in_capitals(doc.text[bodies[0].start : bodies[0].end]) else []
    for e in in_header:
        loc = e.value.get("location")
        if loc and loc != CONTEXT_LOCATION:
            return str(loc)
        if e.value.get("kind") in _LOCAL_KINDS or (isinstance(e.data, dict) and e.data.get("scope") == "local"):
            continue  # "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" under "UBND THÀNH PHỐ HÀ NỘI": look on
        return None
    return None


def _in_capitals(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def resolve_entities(doc: Doc, candidates: list[Ent]) -> list[Ent]:
    """Apply the resolve stage to ``candidates``; returns the entities in text order."""
    kept = [e for e in candidates if not doc.in_boilerplate(e.start, e.end)]
    ents = [e for e in select_longest(kept) if not (e.label == "AGENCY" and e.value.get("kind") in NON_STATE)]
    home = header_home_province(doc, ents) or doc.caller_province
    _fill_context_locations(ents, home)
    if home is not None:
        _fill_home(ents, home)
    return ents


def _fill_context_locations(ents: list[Ent], home: str | None) -> None:
    last_province: tuple[int, str] | None = None
    pending: list[Ent] = []
    for e in ents:
        if e.label == "LOCATION" and e.value.get("kind") == "province":
            last_province = (e.end, str(e.value["name"]))
        elif (
            e.label == "AGENCY"
            and e.value.get("location") not in (None, CONTEXT_LOCATION)
            and e.value.get("kind") in _LOCAL_KINDS
        ):
            last_province = (e.end, str(e.value["location"]))
        if e.label == "AGENCY" and e.value.get("location") == CONTEXT_LOCATION:
            if last_province is not None and e.start - last_province[0] <= CONTEXT_WINDOW:
                _set_location(e, last_province[1])
            elif home is not None:
                _set_location(e, home)
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


def _fill_home(ents: list[Ent], home: str) -> None:
    p = lookup_province(home)
    for e in ents:
        if e.label == "AGENCY" and e.value.get("location") is None:
            scope = e.data.get("scope") if isinstance(e.data, dict) else None
            if scope == "local" or e.value.get("kind") == "department":
                _set_location(e, home)
        elif e.label == "DOC_NUMBER" and e.value.get("issuer") in ("Ủy ban nhân dân", "Hội đồng nhân dân") and p:
            e.value["issuer"] = with_place(str(e.value["issuer"]), p)


def _set_location(e: Ent, province: str) -> None:
    p = lookup_province(province)
    e.value["location"] = province
    data = e.data if isinstance(e.data, dict) else {}
    if data.get("keep_name") or p is None:
        return
    e.value["name"] = with_place(str(e.value.get("name") or ""), p, implied_level=bool(data.get("implied_level")))
