"""QUANTITY: counts with their counted noun ("1.865 thủ tục hành chính", "hơn 2.000 hồ sơ",
"1,5 triệu hồ sơ", "25 Bộ, tỉnh").

The number is parsed by :func:`vn_egov_extract.numbers.parse_scaled` (decimal comma, "." for
thousands, scale words "nghìn", "triệu", "tỷ"); the counted noun is the longest entry of
``models/quantity_units.tsv`` right after it; a qualifier cue before it ("hơn", "gần",
``models/percent_qualifiers.tsv``) goes into the value and the span.
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
from .qualifiers import cue_before

__all__ = ["QuantityRecognizer"]


@functools.cache
def _pattern() -> regex.Pattern[str]:
    units = [" ".join(r["unit"].lower().split()) for r in load_tsv("quantity_units.tsv", ("unit",))]
    return regex.compile(
        r"(?<![\p{L}\p{N}.,/:-])(?<!(?:năm|tháng|ngày|quý|số|mức|độ|lần|thứ|khoản|điều|điểm|giai\s+đoạn)\s+)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
        r"(?:\s+(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}]))?"
        r"\s+(?P<unit>" + trie_pattern(units) + r")(?![\p{L}\p{N}])"
    )


class QuantityRecognizer(Recognizer):
    """Counts and counted nouns → ``{"value", "unit", "qualifier"}``."""

    label = "QUANTITY"
    name = "quantity/1"

    def find(self, doc: Doc) -> Iterator[Ent]:
        lower = doc.view.lower
        for m in _pattern().finditer(lower):
            v = parse_scaled(m.group("num"), m.group("scale"), decimal_point=doc.decimal_point)
            if v is None:
                continue
            start = m.start()
            qualifier = "exact"
            cue = cue_before(lower, start)
            if cue:
                qualifier, start = cue
            unit = doc.view.view[m.start("unit") : m.end("unit")]
            value = {"value": v, "unit": " ".join(unit.split()), "qualifier": qualifier}
            yield make_ent(doc, self.label, start, m.end(), value, "quantity.number+unit", score=0.8)
