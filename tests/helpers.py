"""Helpers for the case tables."""

from __future__ import annotations

import datetime as dt
from functools import cache

from vn_egov_extract import Extractor


@cache
def _ex() -> Extractor:
    return Extractor()


def ents(text: str, label: str, *, doc_date: str | None = None) -> list[tuple[str, dict]]:
    """(span text, value dict) of the entities of ``label`` in ``text``."""
    r = _ex().extract(text, doc_date=dt.date.fromisoformat(doc_date) if doc_date else None)
    return [(e.text, e.value.model_dump() if e.value else {}) for e in r.entities if e.label == label]


def claims(text: str, *, doc_date: str | None = None) -> list[tuple]:
    """(subject, metric key, value|(low, high), qualifier, status, period start, period end)."""
    r = _ex().extract(text, doc_date=dt.date.fromisoformat(doc_date) if doc_date else None)
    out = []
    for c in r.claims:
        v = c.value.value if c.value.qualifier != "range" else (c.value.low, c.value.high)
        out.append((c.subject.name, c.metric.key, v, c.value.qualifier, c.status, c.period.start, c.period.end))
    return out


def subset(value: dict, expected: dict) -> bool:
    """True when every key of ``expected`` has that value in ``value``."""
    return all(value.get(k) == v for k, v in expected.items())
