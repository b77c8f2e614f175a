"""The working document that flows through the pipeline stages.

:class:`Doc` holds the emitted ``text``, its :class:`~vn_egov_extract.normalize.FoldedView`,
and what each stage adds (sentences, tables, boilerplate, entities, metadata, doc_date).
:class:`Ent` is the light internal form of an entity; pydantic models are built once, when the
result is emitted.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .models import ErrorEntry, Metadata, Range, Table
from .normalize import FoldedView

__all__ = ["Doc", "Ent", "SentenceSpan", "select_longest"]


@dataclass(slots=True)
class Ent:
    """An entity candidate or a resolved entity.

    Attributes:
        label: entity label ("PERCENT", "DATE", ...).
        start, end: offsets into ``Doc.text`` (code points, end exclusive).
        text: ``Doc.text[start:end]``.
        value: the spec value fields as a dict.
        rule: the name of the rule that fired (provenance).
        score: preference among overlapping candidates (higher wins after length).
        match_kind: "exact" or "folded" (matched through the tone-folded view only).
        data: recognizer-private payload (e.g. an unresolved date expression).
    """

    label: str
    start: int
    end: int
    text: str
    value: dict[str, Any]
    rule: str
    score: float = 1.0
    match_kind: str = "exact"
    data: Any = None

    def __len__(self) -> int:
        return self.end - self.start


def select_longest(candidates: list[Ent]) -> list[Ent]:
    """The overlap policy: keep non-overlapping candidates, longest first, then higher
    ``score``, then earlier start; return them in text order.

    A longer span is the more specific reading ("UBND tỉnh Khánh Hòa" over "Khánh Hòa",
    "4 tháng đầu năm 2021" over "4 tháng"); ``score`` breaks ties between recognizers.
    """
    order = sorted(candidates, key=lambda e: (-(e.end - e.start), -e.score, e.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Ent] = []
    for e in order:
        if e.end <= e.start:
            continue
        i = bisect.bisect_right(starts, e.start)
        if i > 0 and ends[i - 1] > e.start:
            continue
        if i < len(starts) and starts[i] < e.end:
            continue
        starts.insert(i, e.start)
        ends.insert(i, e.end)
        kept.append(e)
    kept.sort(key=lambda e: (e.start, e.end))
    return kept


@dataclass(slots=True)
class SentenceSpan:
    """A sentence: offsets into ``Doc.text`` and the index of the line block it belongs to."""

    start: int
    end: int
    block: int = 0


@dataclass
class Doc:
    """The document being processed.

    Attributes:
        text: the emitted text (already normalized by the reader stage).
        source: where it came from (path or caller's label), or ``None``.
        view: the folded matching view of ``text``.
        sentences: sentence spans in text order.
        tables: tables found in the text or handed over by the reader.
        boilerplate: ranges of web chrome / page furniture; nothing is extracted from them.
        entities: resolved entities in text order (after the resolve stage).
        metadata: document metadata (header, byline, reader's metadata).
        doc_date: the date the document speaks from, and ``doc_date_rule`` how it was found.
        page_starts: offsets where pages 2, 3, ... begin (paged inputs), for ``page`` lookup.
        errors: problems met so far.
    """

    text: str
    source: str | None = None
    view: FoldedView = field(init=False)
    sentences: list[SentenceSpan] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    boilerplate: list[Range] = field(default_factory=list)
    entities: list[Ent] = field(default_factory=list)
    metadata: Metadata = field(default_factory=Metadata)
    doc_date: dt.date | None = None
    doc_date_rule: str | None = None
    caller_doc_date: dt.date | None = None
    caller_province: str | None = None  # the caller's home province (Extractor(province=...))
    page_starts: list[int] = field(default_factory=list)
    errors: list[ErrorEntry] = field(default_factory=list)
    decimal_point: bool = False

    def __post_init__(self) -> None:
        self.view = FoldedView(self.text)
        self._bp_starts: list[int] = []
        self._bp_ends: list[int] = []
        self._ent_starts: list[int] = []
        self._sent_starts: list[int] = []

    def set_entities(self, entities: list[Ent]) -> None:
        """Replace the resolved entities (must be non-overlapping; sorted here)."""
        self.entities = sorted(entities, key=lambda e: (e.start, e.end))
        self._ent_starts = [e.start for e in self.entities]

    def set_sentences(self, sentences: list[SentenceSpan]) -> None:
        """Replace the sentence spans (sorted here)."""
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self._sent_starts = [s.start for s in self.sentences]

    # ---------------------------------------------------------------- boilerplate

    def set_boilerplate(self, ranges: list[Range]) -> None:
        """Replace the boilerplate ranges (merged, sorted)."""
        merged: list[Range] = []
        for r in sorted(ranges, key=lambda r: (r.start, r.end)):
            if r.end <= r.start:
                continue
            if merged and r.start <= merged[-1].end:
                if r.end > merged[-1].end:
                    merged[-1] = Range(start=merged[-1].start, end=r.end, kind=merged[-1].kind)
            else:
                merged.append(r)
        self.boilerplate = merged
        self._bp_starts = [r.start for r in merged]
        self._bp_ends = [r.end for r in merged]

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a boilerplate range."""
        if not self._bp_starts:
            return False
        i = bisect.bisect_right(self._bp_starts, end - 1) - 1
        return i >= 0 and self._bp_ends[i] > start

    # ---------------------------------------------------------------- pages

    def page_of(self, offset: int) -> int | None:
        """1-based page number of ``offset`` for paged inputs, else ``None``."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset) + 1

    # ---------------------------------------------------------------- helpers

    def sentence_at(self, offset: int) -> SentenceSpan | None:
        """The sentence containing ``offset``, or ``None``."""
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def entities_in(self, start: int, end: int, label: str | None = None) -> list[Ent]:
        """Resolved entities lying inside ``[start, end)``, optionally of one label."""
        i = bisect.bisect_left(self._ent_starts, start)
        out = []
        while i < len(self.entities) and self.entities[i].start < end:
            e = self.entities[i]
            if e.end <= end and (label is None or e.label == label):
                out.append(e)
            i += 1
        return out
