"""DOC_NUMBER: the number and symbol (số, ký hiệu) of a document, or a short reference to one.

Symbols follow Decree 30/2020/NĐ-CP (administrative documents: number/type-issuer, e.g.
"749/QĐ-TTg", "339/TB-VPCP"; official letters carry no type code: number/issuer-unit,
"3485/BTTTT-THH") and the Law on Promulgation of Legal Documents (number/year/type-issuer,
"15/2020/NĐ-CP", "01/2021/TT-BTTTT", joint "05/2019/TTLT-BTC-BNV"; laws number/year/issuer,
"20/2023/QH15"). The span is the symbol alone ("Số: 3485/BTTTT-THH" → "3485/BTTTT-THH").
A number may carry a decimal part ("66.4/2025/NQ-CP", the Government's special resolutions);
a stray space at one side of a hyphen ("3380/QĐ- TTPVHCC"), or at both sides of the first
hyphen of a certain symbol ("519/QĐ - UBND"), is kept in the span and dropped from the value's
``symbol``. A number may carry one letter ("36a/NQ-CP", the Government's
Resolution 36a of 2015; value number "36a", lower case as issued), and a space may stand at the
slash from OCR or typing ("109 /BC-BTTTT", "519 /QĐ-UBND"): both only where the symbol is surely
one (a known type or issuer code, then an upper-case part: ``_certain_symbol``).

Party documents (Hướng dẫn 36-HD/VPTW) write number-type/issuer: "57-NQ/TW", "77-KL/TW",
"05-CT/TU", "02-KH/BCĐTW" (a stray space after the hyphen, "57- NQ/TW", is kept in the span); the
issuer code is read from ``models/party_issuers.tsv``, or the party body named right after the
reference ("57-NQ/TW của Bộ Chính trị"); an unlisted code of a central or provincial party body
(ending in "TW" or "TU") still makes a party number, with issuer ``None``.

Short references — a type word and a number, without symbol: "Nghị quyết 17", "Nghị định 43
năm 2011", "Quyết định số 749", "Nghị quyết 36a" — span from the type word to the number or year. A number that
counts ("Kế hoạch 5 năm 2021-2025", "Thông báo 2 lần": a counted noun of
``models/quantity_units.tsv`` or a time word after it) is no reference.

Values: ``number``, ``year`` (from the symbol or "năm YYYY"), ``symbol`` (after the number and
year; ``None`` for a short reference, whose ``issuer`` is that of the same type and number cited
in full in the text, when there is exactly one), ``doc_type`` (type code → name from
``models/doc_types.tsv``; none → "Công văn"; a type word before the symbol wins for laws),
``issuer`` (issuer code → body from ``models/ministries.tsv``; "UBND" → "Ủy ban nhân dân"),
``unit`` (the issuing unit after the issuer in an official letter, "THH"). A legal symbol with a year and no type code
("70/2025/UBTVQH15") takes its type from the word before it ("Nghị quyết số ..."), else none.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..document import Doc, Ent
from ..resources import load_tsv, split_list
from .base import Recognizer, make_ent

__all__ = ["DocumentNumberRecognizer", "parse_symbol", "doc_type_words"]

_SYMBOL = regex.compile(
    r"(?<![\p{L}\p{N}/.,])(?P<num>\d{1,5}(?:\.\d{1,2}(?=[ ]?/)|[a-zA-Z](?=[ ]?/))?)(?:/(?P<year>(?:19|20)\d{2}))?"
    r"(?P<slash>[ ]?/[ ]?)(?P<sym>[\p{Lu}Đ][\p{L}\p{N}&]*"
    r"(?:(?:-|-[ ](?=\p{Lu}\p{Lu})|[ ]-[ ]?(?=\p{Lu}\p{Lu})|-[ \t]*\n[ \t]*(?=\p{Lu}\p{Lu}))[\p{L}\p{N}&]+)*)"
    r"(?![\p{L}\p{N}/])"
)

# Party documents: number-type/issuer ("57-NQ/TW", "05-CT/TU")
_PARTY = regex.compile(
    r"(?<![\p{L}\p{N}/.,\-])(?P<num>\d{1,5})-[ ]?(?P<type>[\p{Lu}Đ][\p{L}]{0,3})/(?P<iss>[\p{Lu}Đ][\p{L}\p{N}]{0,7})"
    r"(?![\p{L}\p{N}/\-])"
)


@functools.cache
def _type_codes() -> dict[str, str]:
    return {r["code"].upper(): r["doc_type"] for r in load_tsv("doc_types.tsv", ("code", "doc_type"))}


@functools.cache
def _type_codes_folded() -> dict[str, str]:
    """Type codes without the stroke of Đ ("QD", "ND": texts typed without diacritics)."""
    return {_norm_code(c): t for c, t in _type_codes().items()}


@functools.cache
def _issuer_codes() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in load_tsv("ministries.tsv", ("name", "symbol_codes")):
        for c in split_list(r["symbol_codes"]):
            out[_norm_code(c)] = r["name"]
    out.setdefault("UBND", "Ủy ban nhân dân")
    out.setdefault("HĐND", "Hội đồng nhân dân")
    return out


@functools.cache
def _party_codes() -> dict[str, str]:
    return {_norm_code(r["code"]): r["issuer"] for r in load_tsv("party_issuers.tsv", ("code", "issuer"))}


def _norm_code(c: str) -> str:
    return c.replace("Đ", "D").replace("đ", "d").upper()


@functools.cache
def doc_type_words() -> tuple[str, ...]:
    """Type words that can introduce a short reference ("Nghị quyết", "Công văn", "Luật", ...)."""
    words = {r["doc_type"] for r in load_tsv("doc_types.tsv", ("doc_type",))}
    words |= {"Luật", "Bộ luật", "Pháp lệnh", "Công văn", "Văn bản", "Hiến pháp", "Lệnh"}
    return tuple(sorted(words, key=len, reverse=True))


def parse_symbol(number: str, year: str | None, symbol: str, type_word: str | None = None) -> dict[str, object]:
    """Parse the parts of a số hiệu into the DOC_NUMBER value.

    >>> v = parse_symbol("15", "2020", "NĐ-CP"); (v["doc_type"], v["issuer"], v["year"])
    ('Nghị định', 'Chính phủ', 2020)
    >>> v = parse_symbol("3485", None, "BTTTT-THH"); (v["doc_type"], v["issuer"], v["unit"])
    ('Công văn', 'Bộ Thông tin và Truyền thông', 'THH')
    >>> parse_symbol("20", "2023", "QH15", "Luật")["issuer"]
    'Quốc hội'
    """
    symbol = regex.sub(r"\s", "", symbol)
    parts = symbol.split("-")
    types = _type_codes()
    issuers = _issuer_codes()
    doc_type: str | None = None
    unit: str | None = None
    folded = _type_codes_folded()
    if (parts[0].upper() in types or _norm_code(parts[0]) in folded) and len(parts) > 1:
        doc_type = types.get(parts[0].upper()) or folded[_norm_code(parts[0])]
        issuer_parts = parts[1:]
    else:
        issuer_parts = parts
        if len(parts) > 1:
            unit = "-".join(parts[1:])
            issuer_parts = parts[:1]
        # number/issuer-unit is an official letter; a legal symbol with a year and no type
        # code ("20/2023/QH15") is a law or a resolution: only the word before can tell
        doc_type = "Công văn" if not year else None
    issuer = None
    names = []
    for p in issuer_parts:
        code = regex.sub(r"\d+$", "", _norm_code(p))
        if code in issuers:
            names.append(issuers[code])
    if names:
        issuer = names[0] if len(names) == 1 else "; ".join(names)
    if type_word and doc_type is None:
        doc_type = type_word
    elif type_word and (doc_type == "Công văn" and unit is None):
        doc_type = type_word
    elif type_word and doc_type == "Công văn" and type_word not in ("Văn bản", "Công văn"):
        doc_type = type_word
    return {
        "number": number,
        "year": int(year) if year else None,
        "symbol": symbol,
        "doc_type": doc_type,
        "issuer": issuer,
        "unit": unit,
    }


@functools.cache
def _short_ref() -> regex.Pattern[str]:
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in doc_type_words())
    return regex.compile(
        r"(?<![\p{L}\p{N}])(?P<type>" + alts + r")(?:\s+số)?\s+(?P<num>\d{1,5}(?:[a-zA-Z](?![\p{L}\p{N}]))?)"
        r"(?!\d|/|[ ]/[ ]?\p{Lu}|[.,]\d|-[ ]?\p{Lu})"
        r"(?:\s+năm\s+(?P<year>(?:19|20)\d{2}))?(?![\p{L}\p{N}])",
        regex.IGNORECASE,
    )


@functools.cache
def _counted_after() -> regex.Pattern[str]:
    """A counted noun right after a number (``models/quantity_units.tsv`` and the words of
    ``models/date_words.tsv``): the number counts things and numbers no document."""
    words = {" ".join(r["unit"].lower().split()) for r in load_tsv("quantity_units.tsv", ("unit",))}
    words |= {"năm", "tháng", "ngày", "quý", "tuần", "vấn đề", "nội dung", "nhóm", "mục tiêu", "giải pháp"}
    words |= {"nghìn", "ngàn", "triệu", "tỷ", "tỉ"}
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return regex.compile(r"\s+(?:" + alt + r")(?![\p{L}\p{N}])(?!\s*\d)")


@functools.cache
def _type_before() -> regex.Pattern[str]:
    alts = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in doc_type_words())
    return regex.compile(r"(?:^|(?<![\p{L}]))(?P<type>" + alts + r")(?:\s+số)?[\s:]*$", regex.IGNORECASE)


# a law or ordinance named before its number: "Luật Giao dịch điện tử số 20/2023/QH15"
_NAMED_LAW_BEFORE = regex.compile(
    r"(?<![\p{L}])(?P<type>Bộ\s+luật|Luật|Pháp\s+lệnh)(?:\s+[\p{Lu}Đ][\p{L}\p{M}]*)(?:\s+[\p{L}\p{M}]+){0,9}\s+số\s*:?\s*$"
)


@functools.cache
def _known_codes() -> frozenset[str]:
    """Type and issuer codes, normalized (``_norm_code``)."""
    return frozenset({_norm_code(c) for c in _type_codes()} | set(_issuer_codes()))


def _certain_symbol(sym: str) -> bool:
    """True when a symbol written apart from its number ("109 /BC-BTTTT") is surely one: two or
    more parts, the first a type code (``models/doc_types.tsv``) or an issuer code
    (``models/ministries.tsv``), the last a known code or an upper-case unit."""
    parts = regex.sub(r"\s", "", sym).split("-")
    if len(parts) < 2 or not all(parts):
        return False
    return _norm_code(parts[0]) in _known_codes() and regex.fullmatch(r"[\p{Lu}Đ][\p{Lu}Đ\d&]*", parts[-1]) is not None


_YEAR_SPAN_AFTER = regex.compile(r"\s*[-–]\s*\d{4}")


class DocumentNumberRecognizer(Recognizer):
    """Số hiệu and short references → ``{"number","year","symbol","doc_type","issuer","unit"}``."""

    label = "DOC_NUMBER"
    name = "doc_number/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        view = doc.view.view
        canon = {w.lower(): w for w in doc_type_words()}
        # (doc_type, number) → issuers of the full symbols in this text, for the short references
        issuers: dict[tuple[object, object], set[object]] = {}
        for m in _SYMBOL.finditer(view):
            sym = m.group("sym")
            if not any(c.isupper() for c in sym[:2]):
                continue
            end = m.end()
            spaced = sym.find(" - ")
            if spaced >= 0 and (spaced + 1 != sym.index("-") or not _certain_symbol(sym)):
                # "519/QĐ - UBND" (OCR, typing) only as the symbol's first, certain hyphen;
                # "17/NQ-CP - UBND tỉnh ..." is a symbol, then a dash
                sym = sym[:spaced]
                end = m.start("sym") + spaced
            if (m.group("slash") != "/" or m.group("num")[-1].isalpha()) and not _certain_symbol(sym):
                continue  # "109 /BC-BTTTT" (OCR, typing), "36a/NQ-CP" only where the symbol is a known kind
            tb = _type_before().search(view[max(0, m.start() - 24) : m.start()])
            if tb is None and m.group("year"):
                tb = _NAMED_LAW_BEFORE.search(view[max(0, m.start() - 100) : m.start()])
            type_word = canon.get(" ".join(tb.group("type").lower().split())) if tb else None
            value = parse_symbol(m.group("num").lower(), m.group("year"), sym, type_word)
            issuers.setdefault((value["doc_type"], value["number"]), set()).add(value["issuer"])
            yield make_ent(doc, self.label, m.start(), end, value, "doc_number.symbol", score=1.2)
        yield from self._party(doc)
        for m in _short_ref().finditer(view):
            t = view[m.start("type") : m.end("type")]
            if not t[0].isupper():
                continue
            # followed by a symbol: the symbol rule takes it ("Nghị quyết số 17/NQ-CP")
            if view[m.end("num") : m.end("num") + 1] == "/":
                continue
            # a count, not a number: "Kế hoạch 5 năm 2021-2025", "Thông báo 2 lần", "Chỉ thị 15 điểm"
            if m.group("year") is None and _counted_after().match(doc.view.lower, m.end("num")):
                continue
            if m.group("year") is not None and _YEAR_SPAN_AFTER.match(view[m.end() : m.end() + 8]):
                continue
            type_word = canon.get(" ".join(t.lower().split()), t)
            # the issuer of the same document cited in full in this text ("Nghị quyết 36a" after
            # "Nghị quyết số 36a/NQ-CP": the Government), when only one is
            same = issuers.get((type_word, m.group("num").lower()), set())
            value = {
                "number": m.group("num").lower(),
                "year": int(m.group("year")) if m.group("year") else None,
                "symbol": None,
                "doc_type": type_word,
                "issuer": next(iter(same)) if len(same) == 1 else None,
                "unit": None,
            }
            yield make_ent(doc, self.label, m.start(), m.end(), value, "doc_number.short_reference", score=1.0)

    def _party(self, doc: Doc) -> Iterator[Ent]:
        view, lower = doc.view.view, doc.view.lower
        types = _type_codes()
        parties = _party_codes()
        for m in _PARTY.finditer(view):
            type_code, iss = m.group("type"), m.group("iss")
            if type_code.upper() not in types:
                continue
            issuer = parties.get(_norm_code(iss)) or parties.get(_norm_code(regex.sub(r"\d+$", "", iss)))
            if issuer is None and not (
                regex.fullmatch(r"[\p{Lu}Đ]{2,8}", iss) and _norm_code(iss).endswith(("TW", "TU"))
            ):
                continue  # an unlisted issuer code counts when it names a central or provincial party body
            named = _party_body_after(lower, m.end())
            value = {
                "number": m.group("num"),
                "year": None,
                "symbol": f"{type_code}/{iss}",
                "doc_type": types[type_code.upper()],
                "issuer": named or issuer,
                "unit": None,
            }
            yield make_ent(doc, self.label, m.start(), m.end(), value, "doc_number.party", score=1.2)


_OF_BODY = regex.compile(r"\s+(?:năm\s+(?:19|20)\d{2}\s+)?(?:của|do)\s+")


def _party_body_after(lower: str, pos: int) -> str | None:
    """The party body named right after a reference ("57-NQ/TW của Bộ Chính trị"), or None."""
    m = _OF_BODY.match(lower, pos)
    if not m:
        return None
    from .agencies import party_body_at  # agencies imports nothing from here

    return party_body_at(lower, m.end())
