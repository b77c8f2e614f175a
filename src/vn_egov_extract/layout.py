"""Layout stage: tables and boilerplate found in the text (after segmentation, before
entities). See :mod:`vn_egov_extract.tables` and :mod:`vn_egov_extract.boilerplate`."""

from __future__ import annotations

from .boilerplate import find_boilerplate, find_signoff_tail
from .document import Doc
from .tables import find_text_tables

__all__ = ["apply_layout"]


def apply_layout(doc: Doc) -> None:
    """The layout stage: add text tables to ``doc.tables`` and mark boilerplate."""
    reader_tables = list(doc.tables)
    covered = [(t.start, t.end) for t in reader_tables]
    for t in find_text_tables(doc.text):
        if not any(a < t.end and t.start < b for a, b in covered):
            reader_tables.append(t)
    doc.tables = sorted(reader_tables, key=lambda t: t.start)
    ranges = [*doc.boilerplate, *find_boilerplate(doc.text)]
    tail = find_signoff_tail(doc.text)
    if tail is not None:
        ranges.append(tail)
    doc.set_boilerplate(ranges)
