"""PERCENT: percentages with their qualifier, and ranges (spec §4).

Forms: "37,43%", "37,43 %", "8,0%", "45％" (full-width sign), "hai mươi"-free numerals only;
"25 phần trăm"; ranges "từ 55,25% đến 86,80%", "45% - 50%", "từ 88 - 90%", "90–95%", "95- dưới 100%"; qualifiers
before the number from ``models/percent_qualifiers.tsv`` ("gần 25%", "tối thiểu 30%", "≥ 80%")
and after it ("55% trở lên", with "từ" before: "từ 55% trở lên"). Numbers are parsed by
:func:`vn_egov_extract.numbers.parse_number`: decimal comma, unless the reader marks the source
English style or the document's own percentages show a decimal point and no decimal comma
(:func:`decimal_point_style`: "37.43%" beside "1.234%" makes the latter 1.234).

A range with a lower-bound cue before it ("tối thiểu 45% - 50%") is a ``range``; its cue is
kept in the span.

More kinds:

* **Distributed qualifiers**: a bare percentage coordinated after a qualified one takes its
  qualifier ("không quá 10% tập thể, 5% cá nhân" → 5% at_most; "giảm ít nhất 30% thời gian...,
  30% chi phí" → at_least), when only a comma or "và"/"hoặc" and a short noun phrase (no
  digits, no clause break) stand between them.
* **Targets in parentheses**: "vượt mục tiêu Chính phủ giao (10%)" → more_than 10 (a bound cue,
  a target noun of ``percent_qualifiers.tsv``, then the value in parentheses).
* **Table cells**: a cell that only gives the unit ("%", "% GDP") makes the numbers in the next
  cells percentages ("| % | ≥ 80 |" → at_least 80; "| % | 60 | 90 |", a column a year), and so
  does a header cell with "(%)" ("Tỷ lệ thực hiện (%)", "Tỷ lệ %") for the bare numbers of its
  column — found through two header
  rows and rows that lost cells to spanning cells (:func:`vn_egov_extract.tables.column_headers`,
  :func:`~vn_egov_extract.tables.cell_column`), or for every value column under a unit line
  "Đơn vị tính: %"; such a cell may carry a qualifier ("Trên 90", "≥ 75,5") or a range ("80 -
  90"); "-" and numbers above 1000 are no percentages.
  The span is the number and its comparator, without emphasis markers ("**69,87**" → "69,87"),
  so each entity stays inside one cell.
* **Broken forms**: a qualifier cut by the line wrap of hard-wrapped text ("tối\\nthiểu 30%",
  :func:`~vn_egov_extract.recognizers.qualifiers.cue_before`); a decimal comma followed by a
  stray space, alone in a parenthesis ("Quảng Trị (80, 68%)" → 80.68).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..document import Doc, Ent
from ..numbers import parse_number
from ..tables import cell_column, column_headers, data_width, is_identifier_header, percent_unit_note
from .base import Recognizer, make_ent
from .qualifiers import after_cues, before_cues, cue_before, cue_words

__all__ = ["PercentRecognizer", "find_percents", "decimal_point_style"]

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_PCT = r"(?:[ \t]?[%％]|\s+phần\s+trăm(?!\p{L}))"
_DASH = r"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)"

_PERCENT = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}.,/])
    (?:
        (?P<from>từ\s+)?(?P<lo>{_NUM})(?P<lopct>{_PCT})?{_DASH}(?:(?P<under>dưới|chưa\s+đến)\s+)?(?P<hi>{_NUM}){_PCT}
      | (?P<from2>từ\s+)?(?P<num>{_NUM}){_PCT}(?P<after>\s+(?:trở\s+lên|trở\s+xuống|trở\s+lại))?
    )
    (?![\p{{N}}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


# words that may stand between a qualifier cue and its number without ending its scope
_FILLER = regex.compile(r"(?:\s+(?:đạt|là|ở\s+mức|mục\s+tiêu|tỷ\s+lệ|tỉ\s+lệ|bằng|được))+\s*$")


#: a bare number under a "(%)" header above this is no percentage (a count in a misread column)
_MAX_COLUMN_PERCENT = 1000.0


def _percent_header(header: str, units: set[str]) -> bool:
    """A header cell that gives its column the unit "%": "(%)" in it ("Tỷ lệ thực hiện (%)"),
    a unit word alone ("%", "Tỷ lệ %"), or a header ending with "%" ("Tỷ lệ, %")."""
    h = " ".join(header.replace("*", " ").replace("_", " ").lower().split())
    return "(%)" in h or h in units or h.endswith((" %", ",%", "(%)"))


_BOUNDS = ("at_least", "at_most", "more_than", "less_than", "approx")


@functools.cache
def _cell_value() -> regex.Pattern[str]:
    """A table cell that holds one value: an optional qualifier cue ("≥", "trên", "tối thiểu")
    and a number, or a range of two numbers ("80 - 90"), lower case."""
    cues = sorted({c for c, _ in before_cues()}, key=len, reverse=True)
    alt = "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return regex.compile(rf"(?:(?P<cue>{alt})[ \t]*)?(?:(?P<lo>{_NUM})[ \t]*[-–][ \t]*(?P<hi>{_NUM})|(?P<num>{_NUM}))")


class PercentRecognizer(Recognizer):
    """Percentages, ranges and their qualifiers → ``{"value","low","high","qualifier"}``."""

    label = "PERCENT"
    name = "percent/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        found = list(self._inline(doc))
        _distribute_qualifiers(doc.view.lower, found)
        yield from found
        yield from self._table_cells(doc)

    def _table_cells(self, doc: Doc) -> Iterator[Ent]:
        units = set(cue_words("unit_cell"))
        symbols = dict(before_cues())
        dp = decimal_point_style(doc)
        for t in doc.tables:
            width = data_width(t.rows[t.header_rows :])
            heads = column_headers(t)
            pct_cols = {col for col, hs in heads.items() if any(_percent_header(h.text, units) for h in hs)}
            if percent_unit_note(doc.text, t):
                # "Đơn vị tính: %" over the table: every column but the first and the identifiers
                pct_cols |= {
                    col
                    for col in range(1, max(width, len(heads)))
                    if not any(is_identifier_header(h.text) for h in heads.get(col, []))
                }
            for r in t.rows[t.header_rows :]:
                cells = r.cells
                unit_at = -1  # the unit cell this cell's number is in, when only numbers stand between
                for i, c in enumerate(cells):
                    unit_left = unit_at >= 0
                    if " ".join(c.text.lower().split()) in units:
                        unit_at = i
                        continue
                    if unit_at >= 0 and not _cell_value().fullmatch(" ".join(c.text.strip(" *_\n").lower().split())):
                        unit_at = -1
                    in_pct_col = len(cells) >= 2 and cell_column(r, i, width) in pct_cols
                    if not (unit_left or in_pct_col) or "%" in c.text:
                        continue
                    stripped = c.text.strip(" *_\n")
                    low = stripped.lower()
                    m = _cell_value().fullmatch(low) if len(low) == len(stripped) else None
                    if not m:
                        continue
                    if m.group("num") is not None:
                        v = parse_number(m.group("num"), decimal_point=dp)
                        if v is None or (not unit_left and v > _MAX_COLUMN_PERCENT):
                            continue
                        cue = " ".join((m.group("cue") or "").split())
                        value = {"value": v, "low": None, "high": None, "qualifier": symbols.get(cue, "exact")}
                    else:
                        lo = parse_number(m.group("lo"), decimal_point=dp)
                        hi = parse_number(m.group("hi"), decimal_point=dp)
                        if lo is None or hi is None or lo > hi or (not unit_left and hi > _MAX_COLUMN_PERCENT):
                            continue
                        value = {"value": None, "low": lo, "high": hi, "qualifier": "range"}
                    a = c.start + c.text.index(stripped) + m.start()
                    vs, ve = doc.view.from_text(a), doc.view.from_text(a + len(m.group(0)))
                    rule = "percent.unit_cell" if unit_left else "percent.header_column"
                    yield make_ent(doc, self.label, vs, ve, value, rule, score=0.9)

    def _inline(self, doc: Doc) -> Iterator[Ent]:
        lower = doc.view.lower
        dp = decimal_point_style(doc)
        for m in _PERCENT.finditer(lower):
            start, end = m.start(), m.end()
            if m.group("num") is not None:
                v = parse_number(m.group("num"), decimal_point=dp)
                if v is None:
                    continue
                qualifier = "exact"
                rule = "percent.single"
                after = m.group("after")
                if after:
                    qualifier = after_cues().get(" ".join(after.split()), "at_least")
                    rule = "percent.after_cue"
                    if m.group("from2") is None:
                        pass
                elif m.group("from2") is not None:
                    # "từ 10,86% trong năm 2019 lên ..." — "từ" is not part of the entity
                    start = m.start("num")
                split = _split_decimal(lower, m.start("num"), end)
                if split is not None:
                    start, v = split
                    rule = "percent.split_decimal"
                if qualifier == "exact":
                    cue = cue_before(lower, start)
                    if cue:
                        qualifier, start = cue[0], cue[1]
                        rule = "percent.cue_before"
                    else:
                        # a cue before filler words: "ít nhất đạt mục tiêu 30%" (the span stays "30%")
                        fm = _FILLER.search(lower, max(0, start - 40), start)
                        if fm:
                            far = cue_before(lower, fm.start())
                            if far and far[0] in ("at_least", "at_most", "more_than", "less_than"):
                                qualifier = far[0]
                                rule = "percent.cue_before_filler"
                        else:
                            tq = _target_in_parentheses(lower, start)
                            if tq:
                                qualifier = tq
                                rule = "percent.target_parenthesis"
                value = {"value": v, "low": None, "high": None, "qualifier": qualifier}
            else:
                lo = parse_number(m.group("lo"), decimal_point=dp)
                hi = parse_number(m.group("hi"), decimal_point=dp)
                if lo is None or hi is None or lo > hi:
                    continue
                # "2020 - 30%" style false ranges: a bare year on the left is not a bound
                if m.group("lopct") is None and lo >= 1900 and "." not in m.group("lo"):
                    start = m.start("hi")
                    v = hi
                    value = {"value": v, "low": None, "high": None, "qualifier": "exact"}
                    yield make_ent(doc, self.label, start, end, value, "percent.single")
                    continue
                rule = "percent.range"
                if m.group("from") is None:
                    cue = cue_before(lower, start)
                    if cue and cue[0] in ("at_least", "approx"):
                        start = cue[1]
                value = {"value": None, "low": lo, "high": hi, "qualifier": "range"}
            yield make_ent(doc, self.label, start, end, value, rule)


_SPLIT_BEFORE = regex.compile(r"\(\s*(?P<int>\d{1,3}),[ \t]$")
_SPLIT_AFTER = regex.compile(r"\s*\)")


#: the decimals of a split value: "68" of "(80, 68%)"
_FRACTION = regex.compile(r"\d{1,2}(?=[ \t]?%)")


def _split_decimal(lower: str, num_start: int, end: int) -> tuple[int, float] | None:
    """A decimal whose comma is followed by a stray space, alone in a parenthesis: "Quảng Trị
    (80, 68%)" → 80.68 from "80". Two values would each carry their sign ("(80%, 68%)"), so one
    number without "%" before the comma is the integer part. ``(start, value)`` or ``None``."""
    m = _SPLIT_BEFORE.search(lower, max(0, num_start - 8), num_start)
    frac = _FRACTION.match(lower, num_start, end)
    if m is None or frac is None or not _SPLIT_AFTER.match(lower, end):
        return None
    v = parse_number(m.group("int") + "," + frac.group(0))
    return (m.start("int"), v) if v is not None else None


_VN_DECIMAL = regex.compile(r"(?<![\d.,])\d+,\d{1,2}[ \t]?%")
_EN_DECIMAL = regex.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})[ \t]?%")


def decimal_point_style(doc: Doc) -> bool:
    """Whether ``doc`` writes decimals with a point (English style): the reader says so, or the
    document's percentages do — some with a point that cannot group thousands ("37.43%",
    "2.5 %") and none with a decimal comma ("37,43%"). Then "1.234%" is 1.234, not 1234."""
    if doc.decimal_point:
        return True
    lower = doc.view.lower
    return _EN_DECIMAL.search(lower) is not None and _VN_DECIMAL.search(lower) is None


@functools.cache
def _target_pattern() -> regex.Pattern[str]:
    cues = [c for c, q in before_cues() if q in _BOUNDS and c[0].isalpha()]
    alt = "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in cues)
    targets = "|".join(regex.escape(c).replace(r"\ ", r"\s+") for c in cue_words("target"))
    return regex.compile(r"(?<![\p{L}])(?P<cue>" + alt + r")\s+(?:" + targets + r")(?:\s+[\p{L}\p{M}]+){0,5}\s*\(\s*$")


def _target_in_parentheses(lower: str, start: int) -> str | None:
    """The qualifier of "vượt mục tiêu Chính phủ giao (10%)": a bound cue and a target noun
    before the parenthesis that holds the number at ``start``; else ``None``."""
    if "(" not in lower[max(0, start - 3) : start]:
        return None
    window = lower[max(0, start - 70) : start]
    m = _target_pattern().search(window)
    if not m:
        return None
    key = " ".join(m.group("cue").split())
    return next((q for c, q in before_cues() if c == key), None)


_GAP_OK = regex.compile(r"^\s+\p{L}[^\d.;:!?()\n%]{0,80}(?:,|\s+và|\s+hoặc)\s*$")
_DISTRIBUTED = ("at_least", "at_most", "more_than", "less_than")


def _distribute_qualifiers(lower: str, found: list[Ent]) -> None:
    """Give a bare percentage the qualifier of the qualified one it is coordinated with
    ("không quá 10% tập thể, 5% cá nhân"); ``found`` is in text order, changed in place."""
    found.sort(key=lambda e: e.start)
    for prev, cur in zip(found, found[1:], strict=False):
        if cur.value.get("qualifier") != "exact" or cur.rule != "percent.single":
            continue
        q = prev.value.get("qualifier")
        if q not in _DISTRIBUTED or prev.value.get("value") is None:
            continue
        gap = lower[prev.end : cur.start].replace("\n", " ")
        if _GAP_OK.match(gap):
            cur.value["qualifier"] = q
            cur.rule = "percent.distributed_qualifier"


def find_percents(text: str) -> list[Ent]:
    """Percent entities of a bare string (convenience for tests and notebooks).

    >>> [(e.text, e.value["value"], e.value["qualifier"]) for e in find_percents("đạt gần 25% và 37,43%")]
    [('gần 25%', 25.0, 'approx'), ('37,43%', 37.43, 'exact')]
    >>> [(e.text, e.value["low"], e.value["high"]) for e in find_percents("từ 55,25% đến 86,80%")]
    [('từ 55,25% đến 86,80%', 55.25, 86.8)]
    """
    return list(PercentRecognizer().find(Doc(text)))
