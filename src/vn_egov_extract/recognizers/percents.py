"""PERCENT: percentages with their qualifier, and ranges (spec §4).

Forms: "37,43%", "37,43 %", "8,0%", "hai mươi"-free numerals only; "25 phần trăm"; ranges
"từ 55,25% đến 86,80%", "45% - 50%", "từ 88 - 90%", "90–95%", "95- dưới 100%"; qualifiers
before the number from ``models/percent_qualifiers.tsv`` ("gần 25%", "tối thiểu 30%", "≥ 80%")
and after it ("55% trở lên", with "từ" before: "từ 55% trở lên"). Numbers are parsed by
:func:`vn_egov_extract.numbers.parse_number` (decimal comma).

A range with a lower-bound cue before it ("tối thiểu 45% - 50%") is a ``range``; its cue is
kept in the span.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..document import Doc, Ent
from ..numbers import parse_number
from .base import Recognizer, make_ent
from .qualifiers import after_cues, cue_before

__all__ = ["PercentRecognizer", "find_percents"]

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"
_PCT = r"(?:[ \t]?%|\s+phần\s+trăm(?!\p{L}))"
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


class PercentRecognizer(Recognizer):
    """Percentages, ranges and their qualifiers → ``{"value","low","high","qualifier"}``."""

    label = "PERCENT"
    name = "percent/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        lower = doc.view.lower
        dp = doc.decimal_point
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


def find_percents(text: str) -> list[Ent]:
    """Percent entities of a bare string (convenience for tests and notebooks).

    >>> [(e.text, e.value["value"], e.value["qualifier"]) for e in find_percents("đạt gần 25% và 37,43%")]
    [('gần 25%', 25.0, 'approx'), ('37,43%', 37.43, 'exact')]
    >>> [(e.text, e.value["low"], e.value["high"]) for e in find_percents("từ 55,25% đến 86,80%")]
    [('từ 55,25% đến 86,80%', 55.25, 86.8)]
    """
    return list(PercentRecognizer().find(Doc(text)))
