"""PERSON, EMAIL and PHONE: names of signers and officials, and contact details.

PERSON: two to five capitalized syllables that begin with a Vietnamese family name
(``models/surnames.tsv``), right after a title or honorific (``models/person_titles.tsv``:
"Bộ trưởng", "Ông", "đ/c", "Người ký:", ...), possibly after an agency name that follows the
title ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng"), or alone on a signature
line. The title (and the body after it) is kept out of the span and goes into the value. A single given name after an
honorific ("ông Nguyên") is a PERSON too.

EMAIL: RFC 5322-ish local@domain. PHONE: Vietnamese numbers, 0 or +84 then 8–10 digits in
groups ("0912.373.907", "(024) 3943 7320", "+84 912 373 907"), and hotlines ("1900 9090",
"18001091"). A number must have the shape of the numbering plan (Decision 798/QĐ-BTTTT, 2017,
and the 2018 move of 11-digit mobile numbers to 10 digits): a mobile 03/05/07/08/09 + 8 digits,
a landline 02 + 9 digits (or the old 10-digit 04/08 ones), an old 11-digit mobile 01 + 9
digits; "+84" counts as "0". A run of digits after an identifier's name ("mã số thuế",
"CCCD", "số tài khoản": ``models/phone_context.tsv``) is no phone number.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..document import Doc, Ent
from ..resources import load_tsv
from .base import Recognizer, make_ent
from .gazetteer import trie_pattern

__all__ = ["PersonRecognizer", "ContactRecognizer"]

_SYL = r"[\p{Lu}Đ][\p{Ll}\p{M}đ]*"


@functools.cache
def _title_chain() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """(titles, possibly several: "Bộ trưởng, Chủ nhiệm " before a body; a full name after a
    body: "Mai Tiến Dũng")."""
    titles = [r["title"] for r in load_tsv("person_titles.tsv", ("title",)) if r["title"][0].isalpha()]
    alt = "|".join(regex.escape(t) for t in sorted(titles, key=len, reverse=True))
    chain = regex.compile(r"(?<![\p{L}])(?P<title>(?:" + alt + r"))(?:[ \t]*,[ \t]*(?:" + alt + r"))*[ \t]+")
    surnames = [r["surname"] for r in load_tsv("surnames.tsv", ("surname",))]
    name = regex.compile(r"[ \t]+(?P<name>(?:" + trie_pattern(surnames) + r")(?:[ \t]+" + _SYL + r"){1,3})(?![\p{L}])")
    return chain, name


@functools.cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str]]:
    titles = [r["title"] for r in load_tsv("person_titles.tsv", ("title",))]
    surnames = [r["surname"] for r in load_tsv("surnames.tsv", ("surname",))]
    sur = trie_pattern(surnames)
    titled = regex.compile(
        r"(?<![\p{L}])(?P<title>" + "|".join(regex.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")"
        r"[ \t]*(?:\|[ \t]*)?"
        r"(?P<name>(?:" + sur + r")(?:[ \t]+" + _SYL + r"){1,4}|" + _SYL + r")(?![\p{L}])"
    )
    bare = regex.compile(r"(?<![\p{L}])(?P<name>(?:" + sur + r")(?:[ \t]+" + _SYL + r"){2,3})(?![\p{L}])")
    return titled, bare, frozenset(surnames)


class PersonRecognizer(Recognizer):
    """Named persons → ``{"name", "title"}`` (see module docstring)."""

    label = "PERSON"
    name = "person/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        view = doc.view.view
        titled, bare, surnames = _patterns()
        seen: set[tuple[int, int]] = set()
        for m in titled.finditer(view):
            name = m.group("name")
            title = m.group("title").rstrip(":").strip()
            if " " not in name and m.group("title") not in ("Ông", "ông", "Bà", "bà", "đ/c", "Đ/c"):
                continue
            seen.add((m.start("name"), m.end("name")))
            yield make_ent(
                doc,
                self.label,
                m.start("name"),
                m.end("name"),
                {"name": name, "title": title},
                "person.title+name",
                score=0.9,
            )
        # a title, the body the person heads, the name: "Thứ trưởng Bộ TT&TT Nguyễn Huy Dũng",
        # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Mai Tiến Dũng"
        chain, after_body = _title_chain()
        from .agencies import agency_end_at

        for m in chain.finditer(view):
            body_end = agency_end_at(doc, m.end())
            if body_end is None:
                continue
            nm = after_body.match(view, body_end)
            if nm is None or (nm.start("name"), nm.end("name")) in seen:
                continue
            seen.add((nm.start("name"), nm.end("name")))
            value = {"name": nm.group("name"), "title": " ".join(view[m.start() : body_end].split())}
            yield make_ent(
                doc, self.label, nm.start("name"), nm.end("name"), value, "person.title+body+name", score=0.9
            )
        # a name alone on its line (signature, byline)
        for m in bare.finditer(view):
            if (m.start(), m.end()) in seen:
                continue
            line_start = view.rfind("\n", 0, m.start()) + 1
            line_end = view.find("\n", m.end())
            line_end = len(view) if line_end < 0 else line_end
            alone = view[line_start : m.start()].strip(" |*") == "" and view[m.end() : line_end].strip(" |*") == ""
            if not alone:
                continue
            yield make_ent(
                doc, self.label, m.start(), m.end(), {"name": m.group("name"), "title": None}, "person.alone", score=0.7
            )


_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w-])")
_PHONE = regex.compile(
    r"(?<![\p{N}\p{L}.,/])(?:\+84[ .]?|\(0\d{1,3}\)[ .]?|0)\d{1,4}(?:[ .-]?\d{2,4}){2,3}(?![\p{N}/]|[.,]\d)"
    r"|(?<![\p{N}\p{L}.,/])(?:1800|1900)[ .]?\d{2,4}(?:[ .]?\d{2,4})?(?![\p{N}/]|[.,]\d)"
)


def _phone_shape(digits: str) -> bool:
    """Whether ``digits`` (separators removed) fit the Vietnamese numbering plan."""
    if digits.startswith(("1800", "1900")):
        return 8 <= len(digits) <= 10
    if digits.startswith("84"):
        digits = "0" + digits[2:]
    if not digits.startswith("0"):
        return False
    if len(digits) == 10:
        return digits[1] in "35789" or digits[1] == "4"
    if len(digits) == 11:
        return digits[1] in "12"
    return False


@functools.cache
def _not_phone_before() -> regex.Pattern[str]:
    words = [r["phrase"] for r in load_tsv("phone_context.tsv", ("phrase", "kind")) if r["kind"] == "not_phone"]
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return regex.compile(r"(?<![\p{L}])(?:" + alt + r")(?:\s+số)?\s*:?\s*$", regex.IGNORECASE)


class ContactRecognizer(Recognizer):
    """E-mail addresses (label EMAIL) and phone numbers (label PHONE) → ``{"value"}``."""

    label = "EMAIL"
    name = "contact/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        view = doc.view.view
        for m in _EMAIL.finditer(view):
            yield make_ent(doc, "EMAIL", m.start(), m.end(), {"value": m.group(0).lower()}, "contact.email", score=1.5)
        lower = doc.view.lower
        for m in _PHONE.finditer(view):
            digits = regex.sub(r"\D", "", m.group(0))
            if not _phone_shape(digits):
                continue
            if _not_phone_before().search(lower, max(0, m.start() - 30), m.start()):
                continue
            yield make_ent(doc, "PHONE", m.start(), m.end(), {"value": digits}, "contact.phone", score=1.5)
