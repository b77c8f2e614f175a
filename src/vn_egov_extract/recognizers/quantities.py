"""QUANTITY: counts with their counted noun ("1.865 thủ tục hành chính", "hơn 2.000 hồ sơ",
"1,5 triệu hồ sơ", "25 Bộ, tỉnh", "từ 02 địa phương trở lên").

The number is parsed by :func:`vn_egov_extract.numbers.parse_scaled` (decimal comma, "." for
thousands, scale words "nghìn", "triệu", "tỷ" and "nghìn tỷ": "47,5 nghìn tỷ đồng" → 4.75e13
with unit "đồng"); the counted noun is the longest entry of ``models/quantity_units.tsv`` right
after it (a duration, "03 ngày làm việc", in lower case on the number's line: "2024\nTháng 1" in
a table is no count); a qualifier cue before it ("hơn", "gần",
``models/percent_qualifiers.tsv``) goes into the value and the span, and so does an "after" cue
("từ 02 địa phương trở lên" → at_least 2, "từ" included). The upper bound of a range ("2,5 - 5,5
tỷ đồng") is not taken alone: a QUANTITY value holds one number, and "5,5 tỷ đồng" would say
less than the text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from ..document import Doc, Ent
from ..numbers import parse_scaled
from ..resources import load_tsv
from .base import Recognizer, make_ent
from .gazetteer import trie_pattern
from .qualifiers import after_cues, cue_before

__all__ = ["QuantityRecognizer"]


@functools.cache
def _pattern() -> regex.Pattern[str]:
    units = [" ".join(r["unit"].lower().split()) for r in load_tsv("quantity_units.tsv", ("unit",))]
    return regex.compile(
        r"(?<![\p{L}\p{N}.,/:-])(?<!(?:năm|tháng|ngày|quý|số|mức|độ|lần|thứ|khoản|điều|điểm|giai\s+đoạn)\s+)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        r"(?:\s+(?P<scale>(?:nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(?:tỷ|tỉ))?)(?![\p{L}]))?"
        r"\s+(?P<unit>" + trie_pattern(units) + r")(?![\p{L}\p{N}])"
        r"(?P<after>\s+(?:trở\s+lên|trở\s+xuống))?"
    )


#: time units: a duration ("03 ngày làm việc") must sit on the number's line, in lower case, and
#: a bare year before one is no count ("2024\nTháng 1" in a table)
_TIME_UNITS = frozenset({"ngày", "ngày làm việc", "tháng", "năm", "quý", "tuần", "giờ", "phút"})
_RANGE_BEFORE = regex.compile(r"\d\s*[-–—]\s*$|\d\s+(?:đến|tới)\s+$")


class QuantityRecognizer(Recognizer):
    """Counts and counted nouns → ``{"value", "unit", "qualifier"}``."""

    label = "QUANTITY"
    name = "quantity/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        lower = doc.view.lower
        view = doc.view.view
        for m in _pattern().finditer(lower):
            scale = (m.group("scale") or "").split()
            v = parse_scaled(m.group("num"), scale[0] if scale else None, decimal_point=doc.decimal_point)
            if v is None:
                continue
            for w in scale[1:]:  # "47,5 nghìn tỷ đồng"
                v *= parse_scaled("1", w) or 1.0
            unit_key = " ".join(m.group("unit").split())
            if unit_key in _TIME_UNITS:
                gap = lower[m.end("num") : m.start("unit")]
                if "\n" in gap or not view[m.start("unit")].islower():
                    continue
                if regex.fullmatch(r"(?:19|20)\d\d", m.group("num")):
                    continue
            start = m.start()
            if _RANGE_BEFORE.search(lower, max(0, start - 16), start):
                continue
            qualifier = "exact"
            end = m.end()
            if m.group("after"):
                qualifier = after_cues().get(" ".join(m.group("after").split()), "at_least")
                fm = regex.search(r"(?<![\p{L}])từ\s+$", lower[max(0, start - 8) : start])
                if fm:
                    start -= len(fm.group(0))
            else:
                end = m.end("unit")
                cue = cue_before(lower, start)
                if cue:
                    qualifier, start = cue
            unit = doc.view.view[m.start("unit") : m.end("unit")]
            value = {"value": v, "unit": " ".join(unit.split()), "qualifier": qualifier}
            yield make_ent(doc, self.label, start, end, value, "quantity.number+unit", score=0.8)
