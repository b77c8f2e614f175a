"""PII redaction: e-mail addresses, phone numbers and personal names masked in place.

Each character of a PERSON, EMAIL or PHONE span except spaces becomes ``█`` (U+2588), so the
masked text has the same length and every offset still holds. Used by ``--redact-pii``.
"""

from __future__ import annotations

from collections.abc import Iterable

from .document import Ent

__all__ = ["redact", "PII_LABELS", "MASK"]

PII_LABELS = frozenset({"PERSON", "EMAIL", "PHONE"})
MASK = "\u2588"


def redact(text: str, entities: Iterable[Ent]) -> str:
    """``text`` with the PII entities' characters masked (same length).

    >>> from vn_egov_extract.document import Ent
    >>> redact("gọi 0912.373.907 nhé", [Ent("PHONE", 4, 16, "0912.373.907", {}, "r")])
    'gọi ████████████ nhé'
    """
    chars = list(text)
    for e in entities:
        if e.label in PII_LABELS:
            for i in range(e.start, e.end):
                if not chars[i].isspace():
                    chars[i] = MASK
    return "".join(chars)
