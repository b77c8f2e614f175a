"""AGENCY: state bodies, offices and public organizations.

Six rules, one recognizer:

1. **Gazetteer** of national bodies: ``models/ministries.tsv`` (ministries and ministry-level
   agencies with their abbreviations and the 2025 restructuring, Resolution 176/2025/QH15) and
   ``models/agencies.tsv`` (agencies, national committees, party and judicial bodies). The value
   gives the canonical name, the kind and, for a body that no longer exists, its successor.
   ``not_before``/``not_after`` words keep "Chính phủ điện tử" (e-government) and "cơ quan
   thuộc Chính phủ" (a class of bodies) out; a name they reject is searched again inside ("Phó
   Thủ tướng Chính phủ" → "Chính phủ": the Deputy Prime Minister is a person, the Government a
   body). A name that ends in a document reference ("... chuyển đổi số và Đề án 06") stops
   before it.
2. **Local bodies** (``models/local_bodies.tsv``): "UBND tỉnh Khánh Hòa", "Ủy ban nhân dân thành
   phố Cần Thơ", "UBND TP.HCM", "Tỉnh ủy Thanh Hóa", "Thường trực Tỉnh ủy", "Văn phòng UBND
   TP", "UBND xã Yên Khương"; the head alone or with a level word alone ("UBND tỉnh", "UBND
   tỉnh này", "HĐND", "TM. ỦY BAN NHÂN DÂN") has its province filled from the context by the
   resolve stage, and a head coordinated before a named one shares its province ("Tỉnh ủy,
   HĐND, UBND tỉnh Thanh Hóa"). Plurals and level words ("UBND các tỉnh", "UBND cấp huyện",
   "UBND xã, phường", "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương") are not entities,
   nor bare heads chained to a plural through other bodies' abbreviations ("UBND, HĐND, MTTQ các
   tỉnh"), nor a head right after a symbol's type code whose hyphen OCR lost ("Số /QĐ UBND").
3. **Head-noun grammar** (``models/agency_heads.tsv``): a head ("Sở", "Cục", "Trung tâm", ...)
   followed by a name, so bodies that are in no list are still found ("Sở Ngoại vụ", "Trung
   tâm Công nghệ thông tin Viễn thông Đồng Nai", "Chi cục Dân số - Xã hội", "Đồn Biên phòng Yên
   Khương"). A name is capitalized words, each completed by its lower-case syllables when they
   make a word of ``models/agency_name_words.tsv`` ("Tư pháp", "Kiểm soát thủ tục hành chính"),
   joined by "và"/"về"/"-"/"–"/"&" before a capitalized word; it may run over a hard line break
   and stops at a title ("Trưởng"), a document type ("Kết luận", "Nghị quyết"), a new body, a
   person's name after a known body, or a word that is no name word ("Sở Tư pháp có chức
   năng"). Field abbreviations are expanded (``models/agency_abbreviations.tsv``: "Sở TT&TT" →
   "Sở Thông tin và Truyền thông"). A place ends the name and goes into the value: "... tỉnh
   Quảng Ninh", "... Đồng Nai", "... xã Yên Khương", or a level word alone ("Trung tâm Phục vụ
   hành chính công Thành phố", "Thuế TP": the province comes from the context). A name in
   capitals ("BỘ THÔNG TIN VÀ" cut by a flattened header) is matched against the gazetteer by
   prefix. Words that only contain a head ("DỊCH VỤ", "Ban hành", "Bộ phận", listed in
   ``models/agency_head_compounds.tsv``) start no body, and a head after a word of building
   ("cụm", "xây dựng", "hình thành": same file) names a facility. A name may enumerate fields
   ("Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam") and hold a field's abbreviation
   ("Trung tâm Chuyển đổi số VHTTDL"). "các cấp"/"cấp tỉnh" after a name make it a level, no
   body. "Bộ" names a ministry only when a ministry's field follows (the ministries are a closed
   set: "Bộ Từ điển dữ liệu" is no body), or one letter off one ("Bộ Thông tin và Tuyền thông").
   A committee named with its owner ("Ban Pháp chế HĐND Thành phố") or a steering body with its
   owner and topic ("Ban Chỉ đạo của Bộ ... về ...") is one body; a region's body ("Chi cục Hải
   quan khu vực V", "Ngân hàng nhà nước khu vực XII": ``agencies.tsv`` column ``branch``) keeps its
   name; a portal named alone in a distribution item is its parent's ("- VPCP: ..., Cổng TTĐT").
   Enterprises ("Tập đoàn ...") and the Fatherland Front are read as wholes, so no province is
   taken from inside their names, and then dropped (resolve): they are no state bodies.
   Round 3 (2017–2023 texts, OCR and PDF layers): a ministry's field written without its
   conjunction, in capitals, or one letter off by OCR is matched where only one field fits
   ("Bộ Thông tin Truyền thông", "BỘ THÔNG TIN TRUYỀN THÔNG", "Sở Thông tin Truyền thơng":
   ``_tolerant_field``); a name stops before "và"/"-" followed by a known body ("Đài Truyền hình
   Việt Nam và Thông tấn xã Việt Nam" is two bodies), after a known body before a clause's words
   ("Ban Tuyên giáo Trung ương tổ chức lễ"), and in capitals before the national motto ("VĂN
   PHÒNG CHÍNH PHỦ CỘNG HÒA ..."); a province glued to "TP." is the place ("UBND TP.Hà Nội").
4. **Lists after a plural head**: "Các Bộ: TC, XD, NV, KH&CN", "Sở: Nội vụ, Y tế, KHCN", "các
   Bộ, cơ quan: Quốc phòng, Công an, Tài chính" (the "Nơi nhận" of official letters and the
   attendance of meetings), "07 Bộ (Xây dựng, Quốc phòng, ...)", "Các bộ có tỷ lệ ... thấp nhất
   lần lượt là: Xây dựng (16,6%), Công Thương (25%)": each item that names a field
   (``agency_abbreviations.tsv`` field rows, the ministries' fields) is that head's body,
   spanning the item alone; after "các Cục:"/"các Vụ:" a written-out unit name is one too ("các
   Cục: Bản quyền tác giả; Xuất bản, In và Phát hành"). A last item that runs into the clause
   ("Nội vụ khẩn trương ...") is cut after its field.
5. **Offices in a distribution list** named by the holder's title ("- Thủ tướng, các Phó Thủ tướng
   Chính phủ;"): "Thủ tướng" is the Prime Minister's office there, a person elsewhere.
6. **Names a document defines**: "Hội đồng Thi đua – Khen thưởng ngành Y tế thành phố (gọi tắt
   là Hội đồng thi đua)": every later "Hội đồng thi đua" is that body.

Values: ``{"name", "kind", "location", "abbreviation", "successor"}``; ``location`` is a
province name, or :data:`CONTEXT_LOCATION` until the resolve stage fills it. Candidates carry
``data={"scope": ...}`` (the head's scope in ``agency_heads.tsv``) for the resolve stage.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..document import Doc, Ent
from ..normalize import fold_key, strip_diacritics
from ..resources import load_tsv, split_list
from .base import Recognizer, make_ent
from .doc_numbers import doc_type_words
from .gazetteer import Gazetteer, trie_pattern
from .locations import Province, lookup_province, province_gazetteer

__all__ = [
    "AgencyRecognizer",
    "Body",
    "national_bodies",
    "lookup_body",
    "party_body_at",
    "field_body",
    "CONTEXT_LOCATION",
    "ENTERPRISE",
    "NON_STATE",
    "with_place",
    "agency_end_at",
    "department_successor",
]

#: placeholder ``location`` for "UBND tỉnh" / "tỉnh này": filled from the context later
CONTEXT_LOCATION = "@context"
#: the kind of enterprises: recognized to keep their names whole, dropped by the resolve stage
ENTERPRISE = "enterprise"
#: kinds of organizations that are no state bodies (spec §2 AGENCY): enterprises and the
#: socio-political organizations (the Fatherland Front); recognized to keep their names whole
#: (no LOCATION "Việt Nam" inside them), dropped by the resolve stage
NON_STATE = frozenset({ENTERPRISE, "mass_organization"})


@dataclass(frozen=True, slots=True)
class Body:
    """A known state body."""

    name: str
    kind: str
    abbreviation: str | None = None
    successor: str | None = None
    not_before: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    parent: str | None = None
    branch: str | None = None

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
            branch=(extra.get("branch") or None) if extra else None,
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
            parent=r.get("parent") or None,
            branch=r.get("branch") or None,
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


def _glued_province(view: str, lower: str, after: int) -> tuple[Province, int] | None:
    """A province glued to "TP." ("UBND TP.Hà Nội", "Sở Y tế TP.Hồ Chí Minh"), else ``None``."""
    if lower[after : after + 1] != ".":
        return None
    return _province_at(view, lower, after + 1)


def _known_then_other(head: str, toks: list[_Tok], consumed: int, j: int, lower: str) -> bool:
    """The name read so far (``toks[:consumed]`` after ``head``) is a known body, and with the
    words up to ``toks[j]`` it is no known body nor the start of one, nor followed by a place or
    a capitalized name (a branch: "Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An"): those words are
    the clause's ("Ban Tuyên giáo Trung ương tổ chức lễ", "Kiểm toán Nhà nước kiểm tra")."""
    name = f"{head} {' '.join(t.text for t in toks[:consumed])}"
    if lookup_body(name) is None:
        return False
    if j < len(toks) and (_upper_word(toks[j].text) or _LEVEL_AT.match(lower, toks[j].start)):
        return False
    longer = f"{head} {' '.join(t.text for t in toks[:j])}"
    return lookup_body(longer) is None and fold_key(longer) not in _name_prefixes()


@functools.cache
def _name_prefixes() -> frozenset[str]:
    """fold_key prefixes (≥ 2 words) of the known bodies' names and aliases, ambiguous ones too."""
    out: set[str] = set()
    for n, _ in national_bodies():
        words = fold_key(n).split()
        out.update(" ".join(words[:k]) for k in range(2, len(words)))
    return frozenset(out)


def _known_body_at(lower: str, pos: int) -> bool:
    """A body of the gazetteer starts at ``pos``: after "và" it is a second body ("Đài Truyền
    hình Việt Nam và Thông tấn xã Việt Nam"), not the rest of the first one's name."""
    hit = next(_gazetteer().finditer(lower, pos, min(len(lower), pos + 120)), None)
    if hit is None or hit.start != pos:
        return False
    nb = _not_before_re(hit.entries[0].not_before)
    return nb is None or nb.match(lower[hit.end : hit.end + 24].lstrip()) is None


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


# ------------------------------------------------------------------ data


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun of ``models/agency_heads.tsv``."""

    canonical: str
    kind: str
    scope: str
    place_name: bool


@functools.cache
def _heads() -> tuple[regex.Pattern[str], dict[str, Head]]:
    table: dict[str, Head] = {}
    for r in load_tsv("agency_heads.tsv", ("head", "canonical", "kind", "scope", "place_name")):
        table[fold_key(r["head"])] = Head(r["canonical"], r["kind"], r["scope"], r["place_name"] == "yes")
    pat = regex.compile(r"(?<![\p{L}\p{N}])(?:" + trie_pattern(table) + r")(?![\p{L}\p{N}])")
    return pat, table


@dataclass(frozen=True, slots=True)
class LocalHead:
    """A head of ``models/local_bodies.tsv``."""

    canonical: str
    kind: str
    level: str | None


@functools.cache
def _local_prefixes() -> dict[str, str]:
    """Standing organs written before a local head (fold key → canonical): "Thường trực", "TT"."""
    return {
        fold_key(r["surface"]): r["canonical"]
        for r in load_tsv("local_bodies.tsv", ("surface", "kind", "canonical"))
        if r["kind"] == "prefix"
    }


@functools.cache
def _local_bodies() -> tuple[regex.Pattern[str], dict[str, LocalHead]]:
    heads: dict[str, LocalHead] = {}
    prefixes = list(_local_prefixes())
    for r in load_tsv("local_bodies.tsv", ("surface", "kind", "canonical", "agency_kind", "level")):
        if r["kind"] == "head":
            heads[fold_key(r["surface"])] = LocalHead(r["canonical"], r["agency_kind"], r["level"] or None)
    pat = regex.compile(
        r"(?<![\p{L}\p{N}])(?:(?P<prefix>" + trie_pattern(prefixes) + r")\s+)?"
        r"(?P<head>" + trie_pattern(heads) + r")(?![\p{L}\p{N}])"
    )
    return pat, heads


@functools.cache
def _abbreviations() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Field, body and word abbreviations of ``agency_abbreviations.tsv``, keyed by
    :func:`_abbr_key`."""
    field: dict[str, str] = {}
    body: dict[str, str] = {}
    word: dict[str, str] = {}
    for r in load_tsv("agency_abbreviations.tsv", ("abbreviation", "expansion", "scope")):
        key = _abbr_key(r["abbreviation"])
        {"field": field, "body": body, "word": word}.get(r["scope"], body)[key] = r["expansion"]
    return field, body, word


def _abbr_key(s: str) -> str:
    return regex.sub(r"[\s&.\-–]", "", s).upper()


@functools.cache
def _fields() -> tuple[Gazetteer[str], dict[str, str]]:
    """The fields of state management ("Tài chính", "Văn hóa, Thể thao và Du lịch"): from the
    field abbreviations and the ministries' names. Returns a gazetteer of field names and the
    map field → ministry name."""
    fields: set[str] = set(_abbreviations()[0].values())
    ministry: dict[str, str] = {}
    for n, b in national_bodies():
        if b.kind == "ministry" and n == b.name and n.startswith("Bộ "):
            f = n[len("Bộ ") :]
            fields.add(f)
            ministry[fold_key(f)] = n
    fields.discard("Chi nhánh")
    return Gazetteer((f, f) for f in fields), ministry


def department_successor(name: str) -> str | None:
    """The department that took over a provincial department that no longer exists, by the
    ministry of its field (Decree 45/2025/NĐ-CP set the provinces' departments after the
    ministries of Resolution 176/2025/QH15): "Sở Thông tin và Truyền thông tỉnh Quảng Ninh" →
    "Sở Khoa học và Công nghệ"; ``None`` when the field's ministry still exists or is unknown.

    >>> department_successor("Sở Kế hoạch và Đầu tư")
    'Sở Tài chính'
    """
    if not name.startswith("Sở "):
        return None
    field = name[len("Sở ") :]
    for lv in (" tỉnh ", " thành phố "):
        if lv in field:
            field = field[: field.index(lv)]
    ministry = lookup_body(f"Bộ {field}")
    if ministry is None or not ministry.successor or not ministry.successor.startswith("Bộ "):
        return None
    return "Sở " + ministry.successor[len("Bộ ") :]


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance of two short strings."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


_MISSPELT_MIN = 12  # characters of a name before one letter may be wrong


def _misspelt_ministry(view: str, toks: list[_Tok], n: int) -> tuple[int, Body] | None:
    """A ministry's field misspelt by one letter ("Thông tin và Tuyền thông"): the words read
    (``toks[:n]``) and up to two lower-case words after them, against the ministries' fields.
    Returns the end (view offset) and the ministry."""
    _, ministries = _fields()
    for extra in (0, 1, 2):
        if n + extra > len(toks) or any(not t.text.islower() or t.gap != " " for t in toks[n : n + extra]):
            break
        words = toks[: n + extra]
        key = fold_key(" ".join(t.text for t in words))
        if len(key) < _MISSPELT_MIN:
            continue
        hits = [f for f in ministries if abs(len(f) - len(key)) <= 1 and _edit_distance(f, key) == 1]
        if len(hits) == 1:
            body = lookup_body(ministries[hits[0]])
            if body is not None:
                return words[-1].end, body
    return None


_TOLERANT_MAX_WORDS = 9


@functools.cache
def _connectorless_fields() -> dict[str, str]:
    """The ministries' fields of three words or more keyed without their conjunctions and
    punctuation ("thông tin truyền thông" → "Thông tin và Truyền thông"): the field as written
    by a slip of typing or OCR."""
    _, ministries = _fields()
    out: dict[str, str] = {}
    for key, name in ministries.items():
        words = regex.findall(r"[\p{L}\p{M}]+", key)
        if len(words) > 2:
            out[" ".join(w for w in words if w not in _CONNECTORS)] = name[len("Bộ ") :]
    return out


def _deletions(s: str) -> set[str]:
    return {s} | {s[:i] + s[i + 1 :] for i in range(len(s))}


@functools.cache
def _field_deletions() -> dict[str, frozenset[str]]:
    """Each connectorless field key and its one-letter deletions → the keys (a symmetric-delete
    index: two strings one edit apart share an entry)."""
    out: dict[str, set[str]] = {}
    for f in _connectorless_fields():
        for d in _deletions(f):
            out.setdefault(d, set()).add(f)
    return {k: frozenset(v) for k, v in out.items()}


def _one_edit_candidates(key: str) -> set[str]:
    """The connectorless field keys that may be at most one edit from ``key`` (to be checked)."""
    index = _field_deletions()
    out: set[str] = set()
    for d in _deletions(key):
        out |= index.get(d, frozenset())
    return out


@functools.cache
def _stripped_fields() -> dict[str, str]:
    """The ministries' fields without conjunctions, punctuation and diacritics → the field
    ("tai chinh" → "Tài chính"), for the keys that no other field shares."""
    _, ministries = _fields()
    out: dict[str, set[str]] = {}
    for key, name in ministries.items():
        words = [w for w in regex.findall(r"[\p{L}\p{M}]+", key) if w not in _CONNECTORS]
        out.setdefault(strip_diacritics(" ".join(words)), set()).add(name[len("Bộ ") :])
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def _tolerant_field(toks: list[_Tok]) -> tuple[int, str] | None:
    """A ministry's field written without its conjunction or one letter off by OCR, after a
    "Bộ"/"Sở" head ("Thông tin Truyền thông", "THÔNG TIN TRUYỀN THÔNG", "Thông tin Truyền thơng"):
    matched where it is certain, the words' key (no "và", no case) equal to one field's, or one
    letter off one field's only, over at least ``_MISSPELT_MIN`` characters, or of two words or
    more and equal to one field's but for diacritics ("Tài chinh"). Returns the number
    of words read and the canonical field ("Thông tin và Truyền thông"), else ``None``."""
    if not toks or not toks[0].text[:1].isupper():
        return None
    fields = _connectorless_fields()
    best: tuple[int, str] | None = None
    words: list[str] = []
    for k, t in enumerate(toks[:_TOLERANT_MAX_WORDS], 1):
        if (t.gap != " " and (k == 1 or t.gap not in "-–,")) or not t.text.isalpha():
            break
        key = fold_key(t.text)
        if key in _CONNECTORS:
            continue
        words.append(key)
        joined = " ".join(words)
        bare = _stripped_fields().get(strip_diacritics(joined)) if len(words) >= 2 else None
        if bare is not None:
            best = (k, bare)  # "Sở Tài chinh": only diacritics lost (OCR), the letters certain
            continue
        if len(joined) < _MISSPELT_MIN:
            continue
        hits = [f for f in _one_edit_candidates(joined) if _edit_distance(f, joined) <= 1]
        if len(hits) == 1:
            best = (k, fields[hits[0]])
    return best


_ITEM_START = regex.compile(
    r"(?:^|\n)[ \t]*[-+•*][ \t]*(?P<parent>[^:\n;]{2,60}?)[ \t]*:[^\n]*(?:\n(?![ \t]*[-+•*|])[^\n]*)*$"
)


def _unit_of_parent(view: str, hs: int, head: Head) -> Body | None:
    """A unit named by its head alone in a distribution item that names its parent first ("-
    VPCP: BTCN, các PCN, Cổng TTĐT"): the listed body of that head whose parent it is
    (``agencies.tsv`` column ``parent``: "Cổng Thông tin điện tử Chính phủ" of "Văn phòng Chính
    phủ")."""
    m = _ITEM_START.search(view, max(0, hs - 240), hs)
    if m is None:
        return None
    parent = lookup_body(" ".join(m.group("parent").split()))
    if parent is None:
        return None
    hits = [
        b
        for n, b in national_bodies()
        if b.parent == parent.name and n == b.name and b.name.startswith(head.canonical + " ")
    ]
    return hits[0] if len(hits) == 1 else None


def _is_field_name(name: str) -> bool:
    """``name`` is a field of state management or its abbreviation ("Xây dựng", "TT&TT")."""
    gaz, _ = _fields()
    if gaz.lookup(name):
        return True
    return _abbr_key(name) in _abbreviations()[0] if _CAPS_ABBR_RE.fullmatch(name) else False


def field_body(head: str, field: str) -> Body | None:
    """The body of ``head`` for ``field`` ("Bộ", "Xây dựng" → Bộ Xây dựng) when it is known."""
    return lookup_body(f"{head} {field}")


# function words inside known names that continue no name on their own ("Ủy ban Quản lý vốn nhà
# nước tại doanh nghiệp": "Đài Bắc tại TP Hồ Chí Minh" is "Đài Bắc", then a place)
_NAME_FUNCTION_WORDS = ("và", "về", "của", "tại")


@functools.cache
def _lexicon() -> tuple[frozenset[str], int]:
    """Words that continue a name (fold keys) and the longest word's syllable count."""
    words = {fold_key(r["word"]) for r in load_tsv("agency_name_words.tsv", ("word",))}
    names = [n for n, _ in national_bodies()] + list(_abbreviations()[0].values())
    for n in names:
        syl = regex.split(r"[\s,]+", n)
        i = 0
        while i < len(syl):
            if syl[i][:1].isupper():
                j = i + 1
                while j < len(syl) and syl[j][:1].islower() and syl[j] not in _NAME_FUNCTION_WORDS:
                    j += 1
                if j > i + 1:
                    words.add(fold_key(" ".join(syl[i:j])))
                i = j
            else:
                i += 1
    return frozenset(words), max(len(w.split()) for w in words)


@functools.cache
def _compounds() -> tuple[frozenset[str], frozenset[str]]:
    left: set[str] = set()
    right: set[str] = set()
    for r in load_tsv("agency_head_compounds.tsv", ("word", "side")):
        if r["side"] in ("left", "right"):
            (left if r["side"] == "left" else right).add(fold_key(r["word"]))
    return frozenset(left), frozenset(right)


@functools.cache
def _facility_words() -> regex.Pattern[str]:
    """Words right before a head that make what follows a facility being built ("cụm",
    "xây dựng"; ``agency_head_compounds.tsv`` side "facility"), as a pattern ending at the head."""
    words = [
        fold_key(r["word"]) for r in load_tsv("agency_head_compounds.tsv", ("word", "side")) if r["side"] == "facility"
    ]
    alts = "|".join(_words_re(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}])(?:" + (alts or "(?!)") + r")(?:\s+(?:tối\s+thiểu\s+)?\d+)?\s*\n?\s*$")


@functools.cache
def _doc_type_at() -> regex.Pattern[str]:
    """A document type word ("quyết định", "kết luận") in the lower-cased view, any spacing."""
    alts = "|".join(regex.escape(fold_key(w)).replace(r"\ ", r"\s+") for w in doc_type_words())
    return regex.compile(r"(?:" + alts + r")(?![\p{L}\p{N}])")


@functools.cache
def _titles() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Person titles (``models/person_titles.tsv``), lower case: (a plural of officials before a
    head: "các đồng chí Bí thư Tỉnh ủy", a title that opens a header line before a body in
    capitals: "GIÁM ĐỐC TRUNG TÂM ...")."""
    titles = sorted(
        {fold_key(r["title"]).rstrip(":.") for r in load_tsv("person_titles.tsv", ("title",))} - {""},
        key=len,
        reverse=True,
    )
    alt = "|".join(regex.escape(t).replace(r"\ ", r"\s+") for t in titles if t[0].isalpha())
    plural = regex.compile(
        r"(?<![\p{L}])(?:các|những|mọi)\s+(?:đồng\s+chí\s+)?(?:" + alt + r")(?:\s*,\s*(?:" + alt + r"))*\s+$"
    )
    opening = regex.compile(r"(?:^|\n)[\s*#>\-–•]*(?:(?:kt|tm|q|tl|tuq)\.\s*)?(?:" + alt + r")[\s,]*$")
    return plural, opening


@functools.cache
def _surnames() -> frozenset[str]:
    return frozenset(r["surname"] for r in load_tsv("surnames.tsv", ("surname",)))


_PROVINCE_LEVEL = r"(?:tỉnh|thành\s+phố|tp\.?|thủ\s+đô)"
_SUB_LEVEL = r"(?:quận|huyện|thị\s+xã|xã|phường|thị\s+trấn|đặc\s+khu)"
_LEVEL_AT = regex.compile(r"(?P<level>" + _PROVINCE_LEVEL + "|" + _SUB_LEVEL + r")(?![\p{L}\p{N}])")
_PLURAL_AFTER = regex.compile(r"\s+(?:các|cấp|những|mọi|từng)(?![\p{L}])")
_BRANCH_AFTER = regex.compile(
    r"[ \t]*\n?[ \t]*(?:(?:[Cc]hi\s+nhánh|CN)\s+)?(?:[Kk]hu|KHU)\s+(?:vực|VỰC)\s+"
    r"(?P<n>[IVXLC]{1,6}|\d{1,2})(?![\p{L}\p{N}])"
)
_ROMAN_VALUES = (
    ("M", 1000),
    ("CM", 900),
    ("D", 500),
    ("CD", 400),
    ("C", 100),
    ("XC", 90),
    ("L", 50),
    ("XL", 40),
    ("X", 10),
    ("IX", 9),
    ("V", 5),
    ("IV", 4),
    ("I", 1),
)


def _roman(n: int) -> str:
    out = ""
    for sym, val in _ROMAN_VALUES:
        while n >= val:
            out += sym
            n -= val
    return out


def _region_number(s: str) -> int | None:
    """ "12" or "XII" → 12; ``None`` for what is no well-formed number."""
    if s.isdigit():
        return int(s)
    total, i = 0, 0
    for sym, val in _ROMAN_VALUES:
        while s.startswith(sym, i):
            total += val
            i += len(sym)
    return total if i == len(s) and total and _roman(total) == s else None


_RECIPIENT_TITLE = regex.compile(r"(?m)^[ \t]*[-+•][ \t]*(?P<t>Thủ\s+tướng)(?=[ \t]*[,;(])")
_REGIONAL = regex.compile(r"(?<![\p{L}])khu\s+vực\s+(?:[IVXLC]+|\d+)(?![\p{L}\p{N}])", regex.IGNORECASE)
_LEVEL_CLASS_AFTER = regex.compile(r"\s+(?:các\s+cấp|cấp\s+(?:tỉnh|huyện|xã|cơ\s+sở|trung\s+ương|bộ))(?![\p{L}])")
_CLASS_AFTER = regex.compile(r"\s*,\s*(?:" + _PROVINCE_LEVEL + "|" + _SUB_LEVEL + r")(?![\p{L}\p{N}])")
_PLURAL_BEFORE = regex.compile(r"(?<![\p{L}])(?:các|những|mọi|từng|một\s+số|nhiều|mỗi)\s+$")
_NAME_AFTER = regex.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3})")
_TITLE_WORDS = frozenset({"trưởng", "phó"})
# patterns used per candidate, compiled once
_CAPS_ABBR_RE = regex.compile(r"[\p{Lu}Đ&\-. ]+")
_CAP_WORDS_RE = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]*)((?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,3})")
_SLASH_AFTER_RE = regex.compile(r"\s*/")
_LINE_GAP_RE = regex.compile(r"[ \t]*(?:\n[ \t]*)?")
_THIS_RE = regex.compile(r"\s+này(?![\p{L}])")
_COORD_RE = regex.compile(r"\s*(?:,|và|hoặc)\s*")
_CHAIN_RE = regex.compile(r"\s*,\s*|\s+và\s+")
_LEVELS_RE = regex.compile(r"(?:các\s+cấp|cấp)(?![\p{L}])")
_LINE_START_RE = regex.compile(r"(?:^|\n|\|)[\s*#>\-–•\d.IVX]*$")
_OF_RE = regex.compile(r"\s+của\s+")
_ITEM_BREAK_RE = regex.compile(r"\n\s*(?:\n|[-+*•])")
_AND_THE_RE = regex.compile(r"và\s+(?:các\s+)?")
_LOWER_AFTER_RE = regex.compile(r"\s+\p{Ll}")
_PROVINCE_LEVEL_RE = regex.compile(_PROVINCE_LEVEL)
_SUB_LEVEL_RE = regex.compile(_SUB_LEVEL)
_SLASH_BEFORE_RE = regex.compile(r"/\s*$")
_LETTERHEAD_GAP_RE = regex.compile(r"[ \t]*(?:\*{1,2}[ \t]*)?(?:\n[ \t]*(?:\*{1,2}[ \t]*(?:\n[ \t]*)?)?)?")
_COORD_BEFORE_RE = regex.compile(r"([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)\s*(?:,|và|hoặc)\s*$")
_WORD_AT_END = regex.compile(r"([\p{L}\p{M}]+)[ \t]*\n?[ \t]*$")
_SYMBOL_BEFORE = regex.compile(r"/[ ]?[\p{Lu}Đ]{1,5}[ ]$")
_ABBREVIATION_ITEM = regex.compile(r"[\p{Lu}Đ]{2,8}(?![\p{L}\p{N}&])")
_SPACE = regex.compile(r"\s+")
_CONNECTORS = frozenset({"và", "về"})


def _level_name(level: str | None, province: Province | None) -> str:
    if province is not None and province.type:
        return "thành phố" if province.type == "thanh_pho" else "tỉnh"
    if level is None:
        return ""
    lv = fold_key(level).rstrip(".")
    return "thành phố" if lv in ("tp", "thủ đô") else lv


def with_place(name: str, province: Province, *, implied_level: bool = False) -> str:
    """``name`` completed with the province: "Ủy ban nhân dân tỉnh" + Thanh Hóa → "Ủy ban nhân
    dân tỉnh Thanh Hóa"; a head that carries its level ("Tỉnh ủy") takes the name alone."""
    for lv in (" tỉnh", " thành phố", " thủ đô"):
        if name.endswith(lv):
            name = name[: -len(lv)]
    if implied_level:
        return f"{name} {province.name}"
    return f"{name} {_level_name(None, province)} {province.name}"


def _is_name_case(s: str) -> bool:
    return all(w[:1].isupper() for w in regex.split(r"[\s.\-]+", s) if w and w[0].isalpha())


def _province_at(view: str, lower: str, pos: int) -> tuple[Province, int] | None:
    """The province whose name (proper case) starts at ``pos``, and its end."""
    pm = next(province_gazetteer().finditer(lower, pos, min(len(lower), pos + 60)), None)
    if pm is None or pm.start != pos or not _is_name_case(view[pm.start : pm.end]):
        return None
    if pm.entries[0].kind != "province":
        return None
    return pm.entries[0], pm.end


def _stops_place_name(lower: str, pos: int) -> bool:
    """A capitalized word at ``pos`` that is no place name: a head, a document type."""
    if _heads()[0].match(lower, pos) or _local_bodies()[0].match(lower, pos):
        return True
    return _doc_type_at().match(lower, pos) is not None


def _surname_start(view: str, pos: int) -> bool:
    """A person's name starts at ``pos``: a family name then two or more capitalized syllables."""
    m = _CAP_WORDS_RE.match(view[pos : pos + 40])
    return bool(m) and m.group(1) in _surnames()


# ------------------------------------------------------------------ tokens of a name


@dataclass(slots=True)
class _Tok:
    """A word after a head: view offsets, text, and the separator before it (" ", "-", "&", ",")."""

    start: int
    end: int
    text: str
    gap: str


_GAP_RE = regex.compile(r"[ \t]*(?:\n[ \t]*)?(?:(?P<sep>[-–&,])[ \t]*(?:\n[ \t]*)?)?")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}&.\-]*")


def _scan(view: str, pos: int, limit: int = 24) -> list[_Tok]:
    """The words after ``pos`` up to a hard break (punctuation other than - – & ",", a blank
    line, a list bullet, a table pipe)."""
    toks: list[_Tok] = []
    while len(toks) < limit:
        g = _GAP_RE.match(view, pos)
        gap = g.group(0) if g else ""
        if not gap or gap.count("\n") > 1:
            break
        sep = g.group("sep") if g else None
        if sep and "\n" in gap[: gap.index(sep)]:
            break  # a bullet at the start of a line: "\n- Sở ..."
        w = _WORD.match(view, g.end())
        if not w:
            break
        if "\n" in gap and _starts_country(view, w.start()):
            break  # the national motto beside a flattened letterhead: "ỦY BAN NHÂN DÂN\nCỘNG HÒA ..."
        text = w.group(0).rstrip(".-")
        if not text:
            break
        toks.append(_Tok(w.start(), w.start() + len(text), text, sep or " "))
        pos = w.start() + len(text)
    return toks


def _starts_country(view: str, pos: int) -> bool:
    """A name of the country (``models/countries.tsv``) starts at ``pos``."""
    lower = view[pos : pos + 60].lower()
    hit = next(province_gazetteer().finditer(lower, 0, len(lower)), None)
    return hit is not None and hit.start == 0 and hit.entries[0].kind == "country"


def _starts_long_country_name(lower: str, pos: int) -> bool:
    """The country's official name (two words or more: "cộng hòa xã hội chủ nghĩa việt nam")
    starts at ``pos``; a bare "Việt Nam" may end a body's name ("Thông tấn xã Việt Nam")."""
    hit = next(province_gazetteer().finditer(lower, pos, min(len(lower), pos + 60)), None)
    return hit is not None and hit.start == pos and hit.entries[0].kind == "country" and hit.end - pos > 12


def _upper_word(t: str) -> bool:
    return t[:1].isupper()


# ------------------------------------------------------------------ recognizer


class AgencyRecognizer(Recognizer):
    """State bodies → ``{"name", "kind", "location", "abbreviation", "successor"}``."""

    label = "AGENCY"
    name = "agency/2"

    def find(self, doc: Doc) -> Iterator[Ent]:
        found: list[Ent] = []
        found.extend(self._gazetteer_hits(doc))
        found.extend(self._local_body_hits(doc))
        found.extend(self._head_grammar(doc))
        found.extend(self._lists(doc))
        found.extend(self._recipient_offices(doc))
        found.extend(self._defined_names(doc, found))
        yield from found

    def _recipient_offices(self, doc: Doc) -> Iterator[Ent]:
        """An office named by its holder's title alone as a recipient ("- Thủ tướng, các Phó Thủ
        tướng Chính phủ;" in a "Nơi nhận"): the title that the gazetteer leaves out of running text
        (a person there) is the office at the head of a distribution item."""
        view = doc.view.view
        body = lookup_body("Thủ tướng Chính phủ")
        if body is None:
            return
        for m in _RECIPIENT_TITLE.finditer(view):
            yield make_ent(doc, self.label, m.start("t"), m.end("t"), body.value(), "agency.recipient", score=1.0)

    # ------------------------------------------------------------ 1. gazetteer

    def _gazetteer_hits(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        yield from self._gazetteer_range(doc, view, lower, 0, len(lower), depth=0)

    def _gazetteer_range(self, doc: Doc, view: str, lower: str, start: int, end: int, depth: int) -> Iterator[Ent]:
        for hit in _gazetteer().finditer(lower, start, end):
            surface = view[hit.start : hit.end]
            body = hit.entries[0]
            after = lower[hit.end : hit.end + 24].lstrip()
            before = lower[max(0, hit.start - 24) : hit.start].rstrip()
            rejected = (
                not surface[0].isupper()
                or ((nb := _not_before_re(body.not_before)) is not None and nb.match(after) is not None)
                or ((na := _not_after_re(body.not_after)) is not None and na.search(before) is not None)
            )
            if rejected:
                # a shorter body inside: "Phó Thủ tướng Chính phủ" → "Chính phủ"
                sp = _SPACE.search(view, hit.start, hit.end)
                if depth == 0 and sp is not None:
                    yield from self._gazetteer_range(doc, view, lower, sp.end(), hit.end, depth + 1)
                continue
            e = hit.end
            ref = _TRAILING_REFERENCE().search(view, hit.start, hit.end)
            if ref is not None:
                e = ref.start()  # "... chuyển đổi số và Đề án 06": the reference is no part of it
            br = _BRANCH_AFTER.match(view, e) if body.branch else None
            if br is not None and body.branch:
                # a regional branch: "Ngân hàng nhà nước khu vực XII"
                n = _region_number(br.group("n"))
                if n is not None:
                    name = body.branch.format(n=n, r=_roman(n))
                    value = {"name": name, "kind": "agency", "location": None, "abbreviation": None, "successor": None}
                    data = {"scope": "local", "keep_name": True}
                    yield make_ent(doc, self.label, hit.start, br.end(), value, "agency.branch", score=1.2, data=data)
                    continue
            yield make_ent(doc, self.label, hit.start, e, body.value(), "agency.gazetteer", score=1.2)

    # ------------------------------------------------------------ 2. local bodies

    def _local_body_hits(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        pat, _ = _local_bodies()
        for m in pat.finditer(lower):
            start = m.start()
            if m.group("prefix") is not None and not view[start].isupper():
                start = m.start("head")
            if not view[start].isupper():
                continue
            if _PLURAL_BEFORE.search(lower, max(0, start - 12), start):
                continue
            if _SLASH_AFTER_RE.match(lower[m.end() : m.end() + 3]) or _SLASH_BEFORE_RE.search(
                lower[max(0, start - 3) : start]
            ):
                continue  # "Bí thư Tỉnh ủy/ Thành ủy": either body, a class
            if _SYMBOL_BEFORE.search(view, max(0, start - 12), start):
                continue  # "Số /QĐ UBND Phú Thọ, ngày": the issuer code of a symbol whose hyphen OCR lost
            reading = self._local_reading(view, lower, m)
            if reading is None:
                continue
            end, value, rule = reading
            bare = end == m.end()  # the head alone, no level word or place
            if bare and _titles()[0].search(lower, max(0, start - 60), start):
                continue  # "các đồng chí Bí thư Tỉnh ủy": the officials of every province
            if bare and self._other_level_beside(view, lower, m):
                continue  # "Bí thư Tỉnh ủy, Thành ủy": the committees of every province and city
            head = _local_bodies()[1][fold_key(m.group("head"))]
            data: dict[str, object] = {"scope": "local", "implied_level": head.level is not None}
            if rule == "agency.local.sub_province":
                data["keep_name"] = True
            if value["location"] == CONTEXT_LOCATION and rule != "agency.local.sub_province":
                shared = self._shared_location(view, lower, end)
                if shared is False:
                    continue  # "HĐND, UBND các cấp": part of a class of bodies
                if shared is not None:
                    value["location"] = shared.name
                    value["name"] = with_place(str(value["name"]), shared, implied_level=head.level is not None)
                    rule += ".shared"
            yield make_ent(doc, self.label, start, end, value, rule, score=1.1, data=data)

    def _local_reading(self, view: str, lower: str, m: regex.Match[str]) -> tuple[int, dict[str, object], str] | None:
        """(end, value, rule) of the local body whose head ``m`` matched, or ``None`` for a
        plural or a class of bodies."""
        _, heads = _local_bodies()
        head = heads[fold_key(m.group("head"))]
        prefix = view[m.start("prefix") : m.end("prefix")] if m.group("prefix") and view[m.start()].isupper() else ""
        prefix_name = _local_prefixes().get(fold_key(prefix), "") if prefix else ""
        pos = m.end()
        if _PLURAL_AFTER.match(lower, pos):
            return None
        name = f"{prefix_name} {head.canonical}".strip()
        value = {"name": name, "kind": head.kind, "location": None, "abbreviation": None, "successor": None}
        # a letterhead's lines may be kept apart by emphasis: "ỦY BAN NHÂN DÂN\n**\nTỈNH BẮC NINH"
        gap = _LETTERHEAD_GAP_RE.match(lower[pos : pos + 16])
        p = pos + (gap.end() if gap else 0)
        if p == pos:
            level_m = None
        else:
            level_m = _LEVEL_AT.match(lower, p)
        if level_m is not None:
            level = level_m.group("level")
            lv = fold_key(level).rstrip(".")
            if lv in ("tp", "tp.") and view[p : p + 2] not in ("TP", "Tp"):
                level_m = None
        if level_m is not None:
            after = level_m.end()
            if _CLASS_AFTER.match(lower, after) or _PLURAL_AFTER.match(lower, after):
                return None
            if _SUB_LEVEL_RE.fullmatch(lower[p:after]):
                nm = _NAME_AFTER.match(view, after)
                if not nm or _stops_place_name(lower, nm.start("name")):
                    return None  # "UBND xã" alone: a level, not a body
                value["name"] = f"{name} {' '.join(lower[p:after].split())} {nm.group('name')}"
                value["location"] = CONTEXT_LOCATION
                return nm.end(), value, "agency.local.sub_province"
            q = after + len(_LINE_GAP_RE.match(lower[after : after + 8]).group(0))
            prov = _province_at(view, lower, q) if q > after else _glued_province(view, lower, after)
            if prov is not None:
                p_obj, p_end = prov
                value["name"] = f"{name} {_level_name(level, p_obj)} {p_obj.name}"
                value["location"] = p_obj.name
                return p_end, value, "agency.local"
            nm = _NAME_AFTER.match(view, after)
            if nm is not None and not _stops_place_name(lower, nm.start("name")):
                # "UBND thành phố Hạ Long": a city inside a province, named
                value["name"] = f"{name} {_level_name(level, None)} {' '.join(nm.group('name').split())}"
                value["location"] = CONTEXT_LOCATION
                return nm.end(), value, "agency.local.sub_province"
            nm = _THIS_RE.match(lower[after : after + 8])
            end = after + (nm.end() if nm else 0)
            value["name"] = f"{name} {_level_name(level, None)}"
            value["location"] = CONTEXT_LOCATION
            return end, value, "agency.local.context"
        prov = _province_at(view, lower, p) if p > pos else None
        if prov is not None:
            p_obj, p_end = prov
            level = head.level or _level_name(None, p_obj)
            value["name"] = f"{name} {level} {p_obj.name}" if not head.level else f"{name} {p_obj.name}"
            value["location"] = p_obj.name
            return p_end, value, "agency.local"
        value["location"] = CONTEXT_LOCATION
        if not head.level:
            value["name"] = name
        return pos, value, "agency.local.context"

    def _other_level_beside(self, view: str, lower: str, m: regex.Match[str]) -> bool:
        """A bare head with a level ("Tỉnh ủy") coordinated with the bare head of the same kind
        at the other level ("Thành ủy"): a class of bodies, every province's and city's."""
        pat, heads = _local_bodies()
        head = heads[fold_key(m.group("head"))]
        if head.level is None:
            return False
        candidates = []
        nxt = _COORD_RE.match(lower[m.end() : m.end() + 8])
        if nxt:
            candidates.append(pat.match(lower, m.end() + nxt.end()))
        prv = _COORD_BEFORE_RE.search(lower[max(0, m.start() - 24) : m.start()])
        if prv:
            candidates.append(pat.fullmatch(prv.group(1)))
        for c in candidates:
            if c is None:
                continue
            other = heads[fold_key(c.group("head"))]
            if other.kind == head.kind and other.level not in (None, head.level):
                return True
        return False

    def _shared_location(self, view: str, lower: str, end: int) -> Province | None | bool:
        """For a head coordinated before others ("Tỉnh ủy, HĐND, UBND tỉnh Thanh Hóa"): the
        province of the last one, ``False`` when the chain ends in a plural or class ("UBND, HĐND,
        MTTQ các tỉnh": an abbreviation of another body may stand in the chain), else ``None``."""
        pat, _ = _local_bodies()
        pos = end
        for _ in range(4):
            c = _CHAIN_RE.match(lower[pos : pos + 8])
            if not c:
                return None
            m = pat.match(lower, pos + c.end())
            if not m or not view[m.start()].isupper():
                if _LEVELS_RE.match(lower[pos + c.end() : pos + c.end() + 10]):
                    return False  # "HĐND, các cấp"
                item = _ABBREVIATION_ITEM.match(view, pos + c.end())
                if item is None:
                    return None
                if _PLURAL_AFTER.match(lower, item.end()):
                    return False  # "UBND, HĐND, MTTQ các tỉnh": the bodies of every province
                pos = item.end()  # another body's abbreviation in the chain: "MTTQ"
                continue
            reading = self._local_reading(view, lower, m)
            if reading is None:
                return False
            nend, value, _ = reading
            loc = value["location"]
            if loc not in (None, CONTEXT_LOCATION):
                return lookup_province(str(loc))
            pos = nend
        return None

    # ------------------------------------------------------------ 3. head grammar

    def _head_grammar(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        heads_pat, heads = _heads()
        left, right = _compounds()
        for m in heads_pat.finditer(lower):
            hs = m.start()
            head_surface = view[hs : m.end()]
            if not head_surface[0].isupper():
                continue
            if _PLURAL_BEFORE.search(lower, max(0, hs - 12), hs) or _titles()[0].search(lower, max(0, hs - 60), hs):
                continue
            if self._in_compound(lower, hs, m.end(), left, right):
                continue
            if _facility_words().search(lower, max(0, hs - 30), hs):
                continue  # "hình thành 03 cụm Trung tâm Dữ liệu quốc gia": a facility
            head_key = fold_key(m.group(0))
            nxt = _WORD.match(view, m.end() + 1) if m.end() + 1 < len(view) else None
            all_caps = head_surface.isupper() and (nxt is None or nxt.group(0).isupper())
            ent = self._head_body(doc, hs, m.end(), heads[head_key], all_caps)
            if ent is None and " " in head_key:
                # "Ban Quản lý dự án ...": the long head read as head + name
                first = head_key.split()[0]
                if first in heads:
                    ent = self._head_body(doc, hs, hs + len(first), heads[first], all_caps)
            if ent is not None:
                yield ent

    @staticmethod
    def _in_compound(lower: str, hs: int, he: int, left: frozenset[str], right: frozenset[str]) -> bool:
        """The head at ``[hs, he)`` is part of a word that is no body ("dịch vụ", "ban hành")."""
        prev = _WORD_AT_END.search(lower[max(0, hs - 16) : hs])
        if prev and fold_key(prev.group(1) + " " + lower[hs:he]) in left:
            return True
        nxt = lower[hs : he + 24]
        key = fold_key(nxt)
        # a word of ``right`` is the whole key or its start before a space or a comma
        return key in right or any(key[:i] in right for i, c in enumerate(key) if c in " ,")

    def _head_body(self, doc: Doc, hs: int, he: int, head: Head, all_caps: bool) -> Ent | None:
        view, lower = doc.view.view, doc.view.lower
        toks = _scan(view, he)
        field_end = self._field_after(view, lower, toks, head.kind)
        tolerant = None
        if field_end is None and head.kind in ("ministry", "department"):
            tolerant = _tolerant_field(toks)  # "Bộ Thông tin Truyền thông", "Sở ... Truyền thơng"
            if tolerant is not None:
                field_end = toks[tolerant[0] - 1].end
                all_caps = False
        if field_end is not None and all_caps and tolerant is None and head.kind in ("ministry", "department"):
            # a field in capitals ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG" inside a letterhead run together
            # on one line): the field's canonical spelling, certain wherever it stands
            canon_field = _fields()[0].lookup(view[toks[0].start : field_end])
            if canon_field:
                tolerant = (sum(1 for t in toks if t.end <= field_end), canon_field[0])
                all_caps = False
        if field_end is not None:
            n = sum(1 for t in toks if t.end <= field_end)
        elif all_caps:
            n = self._parse_caps(lower, toks)
        else:
            n = self._parse_name(view, lower, toks, head)
        words = toks[:n]
        while words and fold_key(words[-1].text) in _CONNECTORS:
            words.pop()
        end = words[-1].end if words else he
        if _LEVEL_CLASS_AFTER.match(lower, end):
            return None  # "Trung tâm Phục vụ hành chính công các cấp / cấp tỉnh, cấp xã": a level
        if words and head.canonical in _COMMITTEE_HEADS:
            owned = self._owner_after(doc, hs, end, head, words)
            if owned is not None:
                return owned
        place = self._place_after(view, lower, end) if head.scope != "national" else None
        if not words and head.canonical in _STEERING_HEADS:
            owned = self._steering_of(doc, hs, he, head)
            if owned is not None:
                return owned
        if not words and not (head.place_name and place is not None):
            unit = _unit_of_parent(view, hs, head) if head.place_name else None
            if unit is None:
                return None
            return make_ent(doc, self.label, hs, he, unit.value(), "agency.unit_of_parent", score=1.0)
        lower_first = bool(words) and not words[0].text[0].isupper()
        if lower_first and place is None and not _REGIONAL.match(view, words[0].start):
            return None  # "Bảo hiểm xã hội khu vực XX" is a body, "Thuế suất" none
        name_part = view[words[0].start : words[-1].end] if words else ""
        name_part = tolerant[1] if tolerant is not None else " ".join(name_part.split())
        line_start = (
            _LINE_START_RE.search(view[max(0, hs - 12) : hs]) is not None
            or _titles()[1].search(lower, max(0, hs - 40), hs) is not None
        )
        body_name, rule = _canonical_name(head.canonical, name_part, all_caps, line_start)
        if body_name is None:
            return None
        data: dict[str, object] = {"scope": head.scope}
        if head.kind == "media":
            data["implied_level"] = True  # "Báo và Phát thanh, Truyền hình Bắc Ninh"
        loc_value: str | None = None
        if place is not None:
            end, prov, level, sub = place
            if sub is not None:
                body_name = f"{body_name} {sub}"
                loc_value = CONTEXT_LOCATION
                data["keep_name"] = True
            elif prov is not None:
                loc_value = prov.name
                if fold_key(prov.name) not in fold_key(body_name):
                    named_level = (level or head.kind == "department") and head.kind != "media"
                    lv = _level_name(None, prov) if named_level else ""
                    body_name = f"{body_name} {lv} {prov.name}".replace("  ", " ")
            else:
                loc_value = CONTEXT_LOCATION
                body_name = f"{body_name} {_level_name(level, None)}"
        if _REGIONAL.search(body_name):
            data["keep_name"] = True  # "Chi cục Hải quan khu vực V": a region's body, no province's
        known = lookup_body(body_name)
        if known is not None:
            value = known.value(None if loc_value == CONTEXT_LOCATION else loc_value)
            data["scope"] = "national"  # the gazetteer's bodies are national ones
        elif head.kind == "ministry" and not _is_field_name(name_part):
            # the ministries are a closed set: "Bộ Từ điển dữ liệu" is no ministry; a misspelt
            # one is ("Bộ Thông tin và Tuyền thông")
            near = _misspelt_ministry(view, toks, n) if words else None
            if near is None:
                return None
            end, body = near
            return make_ent(doc, self.label, hs, end, body.value(), "agency.misspelt", score=1.0, data=data)
        else:
            value = {
                "name": body_name,
                "kind": head.kind,
                "location": loc_value,
                "abbreviation": None,
                "successor": department_successor(body_name) if head.kind == "department" else None,
            }
        return make_ent(doc, self.label, hs, end, value, rule, score=1.0, data=data)

    def _steering_of(self, doc: Doc, hs: int, he: int, head: Head) -> Ent | None:
        """A steering body named by its owner and its topic ("Ban Chỉ đạo của Bộ Văn hóa, Thể thao
        và Du lịch về phát triển khoa học, ... và Đề án 06"): the span runs to the owner's name, the
        value's name holds the topic too (up to the end of the clause)."""
        view, lower = doc.view.view, doc.view.lower
        of = _OF_RE.match(lower[he : he + 12])
        if of is None:
            return None
        start = he + of.end()
        end = agency_end_at(doc, start)
        if end is None:
            return None
        owner = self._owner_name(doc, start, end)
        if owner is None:
            return None
        name = f"{head.canonical} của {owner}"
        topic = _TOPIC.match(view, end)
        if topic is not None:
            name += " về " + " ".join(topic.group("t").split())
        value = {"name": name, "kind": head.kind, "location": None, "abbreviation": None, "successor": None}
        return make_ent(doc, self.label, hs, end, value, "agency.steering_of", score=1.0, data={"keep_name": True})

    def _owner_name(self, doc: Doc, start: int, end: int) -> str | None:
        """The canonical name of the body whose name fills view ``[start, end)``."""
        view = doc.view.view
        body = lookup_body(" ".join(view[start:end].split()))
        if body is not None:
            return body.name
        m = _local_bodies()[0].match(doc.view.lower, start)
        if m is not None:
            reading = self._local_reading(view, doc.view.lower, m)
            if reading is not None and reading[0] == end:
                return str(reading[1]["name"])
        return " ".join(view[start:end].split())

    def _owner_after(self, doc: Doc, hs: int, end: int, head: Head, words: list[_Tok]) -> Ent | None:
        """A committee of a council or party committee named with its owner right after it ("Ban
        Pháp chế Hội đồng nhân dân Thành phố", "Ban Tuyên giáo Tỉnh ủy Thanh Hóa"): one body
        whose name holds the owner's and whose place is the owner's."""
        view, lower = doc.view.view, doc.view.lower
        gap = _LINE_GAP_RE.match(view[end : end + 8])
        p = end + (len(gap.group(0)) if gap else 0)
        if p == end or not view[p : p + 1].isupper():
            return None
        m = _local_bodies()[0].match(lower, p)
        if m is None or m.group("prefix"):
            return None
        reading = self._local_reading(view, lower, m)
        if reading is None:
            return None
        o_end, o_value, o_rule = reading
        name = " ".join(view[words[0].start : words[-1].end].split())
        owner_head = _local_bodies()[1][fold_key(m.group("head"))]
        value = {
            "name": f"{head.canonical} {name} {o_value['name']}",
            "kind": "agency",
            "location": o_value["location"],
            "abbreviation": None,
            "successor": None,
        }
        data: dict[str, object] = {"scope": "local", "implied_level": owner_head.level is not None}
        if o_rule == "agency.local.sub_province":
            data["keep_name"] = True
        return make_ent(doc, self.label, hs, o_end, value, "agency.committee_of", score=1.0, data=data)

    def _field_after(self, view: str, lower: str, toks: list[_Tok], head_kind: str = "") -> int | None:
        """End of a field name right after the head ("Sở Văn hóa, Thể thao và Du lịch")."""
        if not toks or toks[0].gap != " ":
            return None
        gaz, _ = _fields()
        hit = next(gaz.finditer(lower, toks[0].start, min(len(lower), toks[0].start + 80)), None)
        if hit is None or hit.start != toks[0].start or not view[hit.start].isupper():
            return None
        # the field must end at a word end of the scanned words, and not inside a longer name
        ends = [t.end for t in toks]
        if hit.end not in ends:
            return None
        i = ends.index(hit.end)
        if i + 1 < len(toks) and toks[i + 1].gap == " " and toks[i + 1].text[0].islower():
            lex, _ = _lexicon()
            _, ministries = _fields()
            whole_field = fold_key(view[hit.start : hit.end]) in ministries and head_kind in ("ministry", "department")
            if fold_key(toks[i + 1].text) in lex and not whole_field:
                return None  # "Sở Nội vụ công ..." : let the name grammar decide
        return hit.end

    def _parse_caps(self, lower: str, toks: list[_Tok]) -> int:
        n = 0
        for i, t in enumerate(toks):
            if not t.text.isupper() and not t.text.isdigit():
                break
            if i > 0 and _starts_long_country_name(lower, t.start):
                break  # a letterhead run together with the motto: "VĂN PHÒNG CHÍNH PHỦ CỘNG HÒA ..."
            if t.gap == ",":
                break
            key = fold_key(t.text)
            if i == 0 and key in _TITLE_WORDS:
                break
            if _LEVEL_AT.match(lower, t.start) and _PROVINCE_LEVEL_RE.match(lower[t.start : t.start + 10]):
                break
            if key in _CONNECTORS and i == 0:
                break
            n = i + 1
        return n

    def _parse_name(self, view: str, lower: str, toks: list[_Tok], head: Head) -> int:
        lex, maxw = _lexicon()
        tails = _tail_syllables()
        n = len(toks)
        i = 0
        consumed = 0
        first = True
        while i < n:
            t = toks[i]
            if t.gap == ",":
                j = None if first else self._enumeration_end(view, lower, toks, i, head, consumed)
                if j is None:
                    break
                i = consumed = j  # "Viện Văn hóa, Nghệ thuật, Thể thao và Du lịch Việt Nam"
                continue
            if t.gap in ("-", "–", "&") and (first or not _upper_word(t.text) or _known_body_at(lower, t.start)):
                break  # "Tổng công ty Bưu điện Việt Nam - Vietnam Post": the body's other name
            if _upper_word(t.text):
                key = fold_key(t.text)
                if key in _TITLE_WORDS:
                    break
                if not first and self._stop_at(view, lower, t.start, head, toks[:consumed]):
                    break
                if first and self._place_starts(view, lower, t.start):
                    break  # "Thuế Thành phố Hà Nội", "Công an Thành phố": the head and a place
                j = self._complete(toks, i, lex, maxw)
                if first and j == i + 1 and i + 1 < n and toks[i + 1].gap == " " and toks[i + 1].text.islower():
                    if fold_key(toks[i + 1].text) in tails and self._lex_word(toks, i + 1, lex, maxw) == i + 1:
                        j = i + 2  # an unlisted two-syllable word: "Ngoại vụ"
                i = j
                consumed = j
                first = False
                continue
            if t.text[0].isdigit():
                if not first and fold_key(toks[i - 1].text) in ("vực", "số") and t.gap == " ":
                    i += 1
                    consumed = i
                    continue
                break
            key = fold_key(t.text)
            if key in _CONNECTORS:
                if first:
                    break
                nxt = toks[i + 1] if i + 1 < n else None
                if (
                    nxt is not None
                    and nxt.gap == " "
                    and _upper_word(nxt.text)
                    and not self._stop_at(view, lower, nxt.start, head, toks[:consumed])
                    and not _known_body_at(lower, nxt.start)
                ):
                    i += 1
                    continue
                break
            j = self._lex_word(toks, i, lex, maxw)
            if j == i:
                break
            if not first and _known_then_other(head.canonical, toks, consumed, j, lower):
                break  # "Ban Tuyên giáo Trung ương tổ chức lễ ...": a verb after a known body
            if j == i + 1 and not first:
                # a one-syllable word ("công", "số") continues a name only where it cannot start
                # a longer common word ("Bộ Công Thương công bố") and not after a known body
                if lookup_body(f"{head.canonical} {' '.join(t.text for t in toks[:consumed])}") is not None:
                    break
                nxt = toks[j] if j < n else None
                if (
                    nxt is not None
                    and nxt.gap == " "
                    and nxt.text.islower()
                    and self._lex_word(toks, j, lex, maxw) == j
                    and not _LEVEL_AT.match(lower, nxt.start)
                ):
                    break
            i = j
            consumed = j
            first = False
        return consumed

    def _enumeration_end(
        self, view: str, lower: str, toks: list[_Tok], i: int, head: Head, consumed: int
    ) -> int | None:
        """A name that enumerates fields ("Trung tâm Chuyển đổi số Văn hóa, Thể thao và Du lịch",
        "Vụ Khoa học công nghệ, Đào tạo và Môi trường"): from the comma at ``toks[i]``, capitalized
        items up to "và" and a last item; the index after it, or ``None`` when the comma ends the
        name (a known body before it, a new body or a place after it, no "và")."""
        if lookup_body(f"{head.canonical} {' '.join(t.text for t in toks[:consumed])}") is not None:
            return None
        lex, maxw = _lexicon()
        n = len(toks)
        k = i
        saw_and = False
        item_words = 0
        while k < n:
            t = toks[k]
            if k > i and t.gap == ",":
                if saw_and:
                    break
                item_words = 0
            elif k > i and t.gap != " ":
                break
            if _upper_word(t.text):
                if fold_key(t.text) in _TITLE_WORDS or self._stop_at(view, lower, t.start, head, toks[:k]):
                    return None
                j = self._complete(toks, k, lex, maxw)
                if j == k + 1 and j < n and toks[j].gap == " " and toks[j].text.islower():
                    if fold_key(toks[j].text) not in _CONNECTORS | {"của"}:
                        j += 1  # an unlisted two-syllable word: "Nghệ thuật"
            elif fold_key(t.text) == "và" and t.gap == " " and not saw_and:
                nxt = toks[k + 1] if k + 1 < n else None
                if nxt is None or nxt.gap != " " or not _upper_word(nxt.text):
                    break
                saw_and = True
                item_words = 0
                k += 1
                continue
            elif t.gap == " " and (j := self._lex_word(toks, k, lex, maxw)) > k:
                pass
            else:
                break
            item_words += j - k
            if item_words > 5:
                return None
            k = j
        return k if saw_and and k > i else None

    @staticmethod
    def _complete(toks: list[_Tok], i: int, lex: frozenset[str], maxw: int) -> int:
        """Index after the word that the capitalized ``toks[i]`` starts (with its lower-case
        syllables when they complete a word of the lexicon)."""
        best = i + 1
        words = [fold_key(toks[i].text)]
        for k in range(i + 1, min(len(toks), i + maxw)):
            t = toks[k]
            if t.gap != " " or not t.text.islower():
                break
            words.append(fold_key(t.text))
            if " ".join(words) in lex:
                best = k + 1
        return best

    @staticmethod
    def _lex_word(toks: list[_Tok], i: int, lex: frozenset[str], maxw: int) -> int:
        """Index after the longest lexicon word of lower-case syllables starting at ``toks[i]``,
        or ``i`` when there is none."""
        best = i
        words: list[str] = []
        for k in range(i, min(len(toks), i + maxw)):
            t = toks[k]
            if (k > i and t.gap != " ") or not t.text.islower():
                break
            words.append(fold_key(t.text))
            if " ".join(words) in lex:
                best = k + 1
        return best

    def _stop_at(self, view: str, lower: str, pos: int, head: Head, so_far: list[_Tok]) -> bool:
        """A capitalized word at ``pos`` that ends the name instead of continuing it."""
        heads_pat, heads = _heads()
        hm = heads_pat.match(lower, pos)
        if hm is not None and heads[fold_key(hm.group(0))].canonical not in _NAME_PART_HEADS:
            left, right = _compounds()
            if not self._in_compound(lower, pos, hm.end(), frozenset(), right):
                return True
        if _local_bodies()[0].match(lower, pos):
            return True
        if _doc_type_at().match(lower, pos):
            return True
        lm = _LEVEL_AT.match(lower, pos)
        if lm is not None:
            if _PROVINCE_LEVEL_RE.fullmatch(lower[pos : lm.end()]):
                if not lower[pos : lm.end()].startswith("tp") or view[pos : pos + 2] in ("TP", "Tp"):
                    return True
            elif _NAME_AFTER.match(view, lm.end()):
                return True
        if _province_at(view, lower, pos) is not None:
            return True
        if so_far and _surname_start(view, pos):
            name = " ".join(view[so_far[0].start : so_far[-1].end].split())
            if head.canonical not in ("Trường", "Học viện", "Đại học", "Bệnh viện"):
                return True
            if lookup_body(f"{head.canonical} {name}"):
                return True
        return False

    @staticmethod
    def _place_starts(view: str, lower: str, pos: int) -> bool:
        lm = _LEVEL_AT.match(lower, pos)
        if lm is not None and _PROVINCE_LEVEL_RE.fullmatch(lower[pos : lm.end()]):
            return not lower[pos : lm.end()].startswith("tp") or view[pos : pos + 2] in ("TP", "Tp")
        return _province_at(view, lower, pos) is not None

    def _place_after(
        self, view: str, lower: str, end: int
    ) -> tuple[int, Province | None, str | None, str | None] | None:
        """The place that closes a body's name at ``end``: (end, province, level word, sub-
        province place) — "tỉnh Quảng Ninh", "Đồng Nai", "Thành phố" (context), "xã Yên Khương"."""
        gap = _LINE_GAP_RE.match(view[end : end + 8])
        p = end + (len(gap.group(0)) if gap else 0)
        if p == end:
            return None
        lm = _LEVEL_AT.match(lower, p)
        if lm is not None:
            level = lower[p : lm.end()]
            if _PROVINCE_LEVEL_RE.fullmatch(level):
                if level.startswith("tp") and view[p : p + 2] not in ("TP", "Tp"):
                    return None
                after = lm.end()
                if _CLASS_AFTER.match(lower, after) or _PLURAL_AFTER.match(lower, after):
                    return None
                q = after + len(_LINE_GAP_RE.match(lower[after : after + 8]).group(0))
                prov = _province_at(view, lower, q) if q > after else _glued_province(view, lower, after)
                if prov is not None:
                    return prov[1], prov[0], level, None
                named = _NAME_AFTER.match(view, after)
                if named is not None and not _stops_place_name(lower, named.start("name")):
                    sub = f"{_level_name(level, None)} {' '.join(named.group('name').split())}"
                    return named.end(), None, None, sub
                nm = _THIS_RE.match(lower[after : after + 8])
                return after + (nm.end() if nm else 0), None, level, None
            nm = _NAME_AFTER.match(view, lm.end())
            if nm is not None:
                sub = f"{' '.join(level.split())} {' '.join(nm.group('name').split())}"
                return nm.end(), None, None, sub
            return None
        prov = _province_at(view, lower, p)
        if prov is not None:
            return prov[1], prov[0], None, None
        return None

    # ------------------------------------------------------------ 4. lists after a plural head

    def _lists(self, doc: Doc) -> Iterator[Ent]:
        view = doc.view.view
        _, heads = _heads()
        field_abbr = _abbreviations()[0]
        gaz, ministries = _fields()
        for m in _LIST_HEAD.finditer(view):
            head_key = fold_key(m.group("head"))
            head = heads.get(head_key)
            if head is None:
                continue
            paren = m.group("open") == "("
            clause = m.group("clause") is not None  # only fields after "Các bộ có ... là:"
            list_end = _list_end(view, m.end(), paren=paren)
            items = list(_list_items(view, m.end(), list_end))
            for s, e in items:
                item = " ".join(view[s:e].split())
                if not item:
                    continue
                if not item[0].isupper():
                    break  # the clause after the list: "..., Nội vụ khẩn trương khắc phục, ..."
                if head.kind == ENTERPRISE:
                    value = {"name": f"{head.canonical} {item}", "kind": ENTERPRISE, "location": None}
                    value.update({"abbreviation": None, "successor": None})
                    yield make_ent(doc, self.label, s, e, value, "agency.list.enterprise", score=1.0)
                    continue
                field = _field_of(item, gaz, field_abbr)
                last = False
                if field is None:
                    # the last item runs into the clause: "Các Bộ: Tài chính, Nội vụ khẩn trương ..."
                    cut = _field_prefix(view, s, e, gaz)
                    if cut is not None:
                        e, last = cut, True
                        field = _field_of(" ".join(view[s:e].split()), gaz, field_abbr)
                if field is None:
                    body = lookup_body(f"{head.canonical} {item}")
                    if body is not None:
                        yield make_ent(doc, self.label, s, e, body.value(), "agency.list", score=1.0)
                    elif head.canonical in _NAMED_UNIT_HEADS and not clause and _unit_name(item):
                        # "các Cục: Di sản văn hóa, Bản quyền tác giả": units of a ministry
                        value = {
                            "name": f"{head.canonical} {item}",
                            "kind": head.kind,
                            "location": None,
                            "abbreviation": None,
                            "successor": None,
                        }
                        yield make_ent(doc, self.label, s, e, value, "agency.list.unit", score=1.0)
                    continue
                body = field_body(head.canonical, field)
                if body is not None:
                    value = body.value()
                elif head.kind == "ministry" and fold_key(field) in ministries:
                    value = lookup_body(ministries[fold_key(field)]).value()  # type: ignore[union-attr]
                elif head.kind == "ministry":
                    continue  # the ministries are a closed set
                else:
                    value = {
                        "name": f"{head.canonical} {field}",
                        "kind": head.kind,
                        "location": None,
                        "abbreviation": None,
                        "successor": department_successor(f"{head.canonical} {field}")
                        if head.kind == "department"
                        else None,
                    }
                yield make_ent(doc, self.label, s, e, value, "agency.list", score=1.0, data={"scope": head.scope})
                if last:
                    break

    # ------------------------------------------------------------ 5. names a document defines

    def _defined_names(self, doc: Doc, found: list[Ent]) -> Iterator[Ent]:
        view = doc.view.view
        for d in _DEFINITION.finditer(view):
            alias = " ".join(d.group("alias").split())
            if not alias or not alias[0].isupper():
                continue
            paren = d.start()
            gap_start = paren
            while gap_start > 0 and view[gap_start - 1] in " \t\n*_":
                gap_start -= 1
            ends_there = [e for e in found if doc.view.from_text(e.end) == gap_start and e.label == self.label]
            if not ends_there:
                continue
            ref = max(ends_there, key=lambda e: e.end - e.start)
            if ref.value.get("kind") in NON_STATE:
                continue
            pat = regex.compile(
                r"(?<![\p{L}\p{N}])" + r"\s+".join(regex.escape(w) for w in alias.split()) + r"(?![\p{L}\p{N}])",
                regex.IGNORECASE,
            )
            for o in pat.finditer(view, d.start("alias")):
                if not view[o.start()].isupper():
                    continue
                value = dict(ref.value)
                yield make_ent(
                    doc, self.label, o.start(), o.end(), value, "agency.defined_name", score=1.3, data=ref.data
                )


@functools.cache
def _words_re(words: str) -> str:
    """``words`` (lower case) as a pattern whose spaces match any white space (line breaks too)."""
    return r"\s+".join(regex.escape(w) for w in words.lower().split())


@functools.cache
def _not_before_re(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """One of a body's ``not_before`` words at the start of a string, compiled once per list."""
    if not words:
        return None
    return regex.compile(r"(?:" + "|".join(_words_re(w) for w in words) + r")(?![\p{L}])")


@functools.cache
def _not_after_re(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    """One of a body's ``not_after`` words at the end of a string, compiled once per list."""
    if not words:
        return None
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(_words_re(w) for w in words) + r")$")


@functools.cache
def _TRAILING_REFERENCE() -> regex.Pattern[str]:  # noqa: N802
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in doc_type_words())
    return regex.compile(r"\s+và\s+(?:" + alts + r")\s+\d+\s*$")


@functools.cache
def _tail_syllables() -> frozenset[str]:
    """Syllables that end a word of the lexicon ("vụ" of "nội vụ"): one of them may complete
    a capitalized syllable into a word the lexicon lacks."""
    lex, _ = _lexicon()
    return frozenset(w.split()[-1] for w in lex if " " in w)


_LIST_HEAD = regex.compile(
    # "Các Bộ: TC, XD", "Sở: Nội vụ, Y tế", "các Bộ, cơ quan: Quốc phòng, Công an"
    r"(?<![\p{L}])(?:[Cc]ác\s+)?(?P<head>Bộ|Sở|Tập\s+đoàn|Tổng\s+công\s+ty|Cục|Vụ)"
    r"(?:\s*,\s*(?:cơ\s+quan|ngành|đơn\s+vị|địa\s+phương))*\s*(?P<open>:)[ \t]*"
    # "07 Bộ (Xây dựng, Nông nghiệp và Môi trường, ...)", "các Bộ (Tài chính, Y tế)"
    r"|(?<![\p{L}])(?:[Cc]ác|\d{1,2})\s+(?P<head>Bộ|bộ|Sở|sở|Cục|cục)\s*(?P<open>\()[ \t]*"
    # "Các bộ có tỷ lệ ... thấp nhất lần lượt là: Xây dựng (16,6%), Công Thương (25%)"
    r"|(?<![\p{L}])[Cc]ác\s+(?P<head>bộ|Bộ|sở|Sở|cục|Cục)(?![\p{L}])(?![ \t]*,)[^.:;!?\n|()]{1,160}?"
    r"(?<![\p{L}])(?:là|gồm|bao\s+gồm|lần\s+lượt\s+là|như)\s*(?P<clause>:)[ \t]*"
)
#: heads that may also be part of another body's name: "Trung tâm Công nghệ và Cổng thông tin
#: điện tử tỉnh" (a centre that runs the province's portal)
_NAME_PART_HEADS = frozenset({"Cổng Thông tin điện tử"})
#: steering bodies named by their owner and topic: "Ban Chỉ đạo của Bộ ... về ..."
_STEERING_HEADS = frozenset({"Ban Chỉ đạo"})
_TOPIC = regex.compile(r"\s+về\s+(?P<t>[^.;:|()\n]{3,200}(?:\n(?!\s*\n)[^.;:|()\n]{1,200}){0,3})")
#: heads of committees named with their owner after them: "Ban Pháp chế HĐND tỉnh"
_COMMITTEE_HEADS = frozenset({"Ban"})
#: heads whose units a list may name without a field: "các Cục: Di sản văn hóa, Báo chí"
_NAMED_UNIT_HEADS = frozenset({"Cục", "Vụ"})
_LIST_MAX = 400


def _list_end(view: str, start: int, *, paren: bool) -> int:
    """End of the list that starts at ``start``: its closing ")" (a list in brackets), else a
    period, ":", a blank line, a table pipe or a new bullet line outside brackets (items may
    carry a bracketed value: "Xây dựng (16,6%)")."""
    depth = 0
    limit = min(len(view), start + _LIST_MAX)
    i = start
    while i < limit:
        ch = view[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0:
            if ch == "." and not (view[i - 1 : i].isdigit() and view[i + 1 : i + 2].isdigit()):
                return i
            if ch in ":|" and not paren:
                return i
            if ch == "\n" and _ITEM_BREAK_RE.match(view[i : i + 8]):
                return i
        i += 1
    return limit


def _field_of(item: str, gaz: Gazetteer[str], field_abbr: dict[str, str]) -> str | None:
    hit = gaz.lookup(item)
    if hit:
        return hit[0]
    if _CAPS_ABBR_RE.fullmatch(item):
        return field_abbr.get(_abbr_key(item))
    return None


def _list_items(view: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the items of a list ("TC, XD, NV"; "Quốc phòng, Công an, Nông nghiệp và Môi
    trường"; "Bản quyền tác giả; Xuất bản, In và Phát hành; Báo chí"): parts between ";" when
    the list uses them between items, else between commas; a part that is no field is split
    again at "và"; a bracketed value after an item ("Xây dựng (16,6%)") is left out."""
    gaz, _ = _fields()
    field_abbr = _abbreviations()[0]
    region = view[start:end]
    masked = regex.sub(r"\([^()\n]*\)", lambda m: " " * len(m.group(0)), region)
    semi = [p for p in masked.split(";") if p.strip()]
    if len(semi) >= 2 and all(len(p.split()) <= _ITEM_MAX_WORDS for p in semi):
        sep = r"[^;]+"
    else:
        sep = r"[^,;]+"
        cut = masked.find(";")
        if cut >= 0:
            masked = masked[:cut]  # ";" ends a list of comma-separated items
    for part in regex.finditer(sep, masked):
        a, b = start + part.start(), start + part.end()
        while a < b and view[a].isspace():
            a += 1
        while b > a and (view[b - 1].isspace() or masked[b - 1 - start] == " " and view[b - 1] in "()"):
            b -= 1
        b = a + len(masked[a - start : b - start].rstrip())
        if a == b:
            continue
        lead = _AND_THE_RE.match(view[a:b])
        if lead:
            a += lead.end()
        if sep == r"[^;]+" or _field_of(" ".join(view[a:b].split()), gaz, field_abbr) is not None:
            yield a, b
            continue
        pos = a
        for cut in regex.finditer(r"\s+và\s+", view[a:b]):
            yield pos, a + cut.start()
            pos = a + cut.end()
        yield pos, b


def _field_prefix(view: str, s: int, e: int, gaz: Gazetteer[str]) -> int | None:
    """End of the field name that starts the item ``[s, e)`` when lower-case words follow it."""
    lower = view[s:e].lower()
    hit = next(gaz.finditer(lower, 0, len(lower)), None)
    if hit is None or hit.start != 0 or hit.end >= len(lower):
        return None
    if not _LOWER_AFTER_RE.match(view[s + hit.end : e]):
        return None
    return s + hit.end


_ITEM_MAX_WORDS = 10


def _unit_name(item: str) -> bool:
    """A unit's name in a list: capitalized, written out (not a code: "KTTH"), at most ten words,
    no digit, no head or title."""
    words = item.split()
    if not (1 <= len(words) <= _ITEM_MAX_WORDS) or any(ch.isdigit() for ch in item):
        return False
    if not any(ch.islower() for ch in item):
        return False
    low = item.lower()
    left, right = _compounds()
    for h in _heads()[0].finditer(low):
        if not AgencyRecognizer._in_compound(low, h.start(), h.end(), left, right):
            return False  # a new body inside: "Bộ Công an, Cục ..." is no unit name
    if _local_bodies()[0].search(low):
        return False
    return not any(fold_key(w) in _TITLE_WORDS for w in words)


_DEFINITION = regex.compile(
    r"\(\s*(?:sau\s+đây\s+)?(?:gọi\s+tắt\s+là|gọi\s+là|viết\s+tắt\s+là)\s*:?\s*[\"“]?"
    r"(?P<alias>\p{Lu}[^()\"”]{1,60}?)[\"”]?\s*\)"
)


def _canonical_name(head: str, name_part: str, all_caps: bool, line_start: bool) -> tuple[str | None, str]:
    field_abbr, _, word_abbr = _abbreviations()
    if not name_part:
        return head, "agency.head+place"
    expanded = field_abbr.get(_abbr_key(name_part)) if _CAPS_ABBR_RE.fullmatch(name_part) else None
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
        return f"{head} {expanded}", "agency.head+abbreviation"
    words = [
        (word_abbr.get(_abbr_key(w)) or field_abbr.get(_abbr_key(w), w)) if w.isupper() and len(w) > 1 else w
        for w in name_part.split(" ")
    ]
    return f"{head} {' '.join(words)}", "agency.head+name"


def agency_end_at(doc: Doc, pos: int) -> int | None:
    """The end (an offset of ``doc.view.view``) of the body whose name starts at view offset
    ``pos`` ("Bộ TT&TT", "UBND tỉnh Quảng Ninh", "Sở Thông tin và Truyền thông"), else ``None``.
    Used by the PERSON recognizer for "Thứ trưởng Bộ TT&TT Nguyễn Huy Dũng"."""
    view, lower = doc.view.view, doc.view.lower
    if pos >= len(view) or not view[pos].isupper():
        return None
    ends: list[int] = []
    hit = next(_gazetteer().finditer(lower, pos, min(len(lower), pos + 200)), None)
    if hit is not None and hit.start == pos:
        ends.append(hit.end)
    rec = _RECOGNIZER()
    m = _local_bodies()[0].match(lower, pos)
    if m is not None:
        reading = rec._local_reading(view, lower, m)
        if reading is not None:
            ends.append(reading[0])
    hm = _heads()[0].match(lower, pos)
    if hm is not None:
        ent = rec._head_body(doc, pos, hm.end(), _heads()[1][fold_key(hm.group(0))], view[pos : hm.end()].isupper())
        if ent is not None:
            ends.append(doc.view.from_text(ent.end))
    return max(ends) if ends else None


@functools.cache
def _RECOGNIZER() -> AgencyRecognizer:  # noqa: N802
    return AgencyRecognizer()
