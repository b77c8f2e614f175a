"""PII redaction: e-mail addresses, phone numbers and personal names masked in place.

Each character of a PERSON, EMAIL or PHONE span except spaces becomes ``█`` (U+2588), so the
masked text has the same length and every offset still holds (:func:`redact`). The same
strings are then masked wherever else they occur in the result — a second mention the
recognizers missed, the signer in the metadata, a table cell (:func:`redact_everywhere`).
Used by ``--redact-pii``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from .document import Ent

__all__ = ["redact", "redact_everywhere", "pii_strings", "PII_LABELS", "MASK"]

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


def _mask(s: str) -> str:
    return "".join(c if c.isspace() else MASK for c in s)


def pii_strings(entities: Iterable[Ent], extra: Iterable[str | None] = ()) -> list[str]:
    """The PII strings to mask wherever they occur: the text and the string values (the
    normalized address, the digits of a phone number; not a person's title) of every PERSON,
    EMAIL and PHONE entity,
    and the ``extra`` strings (e.g. the signer's name from the metadata), longest
    first. Strings of one short word (under 6 characters) are left out: masking them everywhere
    would hit place names ("An" in "An Giang")."""
    found: set[str] = set()
    for e in entities:
        if e.label in PII_LABELS:
            found.add(e.text.strip())
            # a person's title ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ") is no personal data
            found.update(v.strip() for k, v in (e.value or {}).items() if isinstance(v, str) and k != "title")
    found.update(s.strip() for s in extra if s)
    keep = [s for s in found if s and (len(s) >= 6 or " " in s)]
    return sorted(keep, key=lambda s: (-len(s), s))


def _same_but_masks(orig: str, masked: str) -> bool:
    """``masked`` is ``orig`` with some characters replaced by :data:`MASK`."""
    return all(a == b or b == MASK for a, b in zip(orig, masked, strict=True))


def redact_everywhere(data: dict[str, Any], original: str, pii: list[str]) -> dict[str, Any]:
    """Mask the ``pii`` strings in every string of a result's JSON ``data`` (same lengths).

    ``data["text"]`` (already masked at the entities' spans) is masked wherever a PII string
    occurs; every span object (a dict with int ``start``/``end`` and a ``text`` that equalled
    ``original[start:end]``) takes its text from the masked ``text``, so offsets still hold; any
    other string (metadata, table captions, references, claim fields) has the PII strings
    masked in place. ``data`` is changed and returned.

    >>> d = {"text": "Ông Nguyễn Văn An ký.", "metadata": {"signer": {"name": "Nguyễn Văn An"}},
    ...      "sentences": [{"text": "Ông Nguyễn Văn An ký.", "start": 0, "end": 21}]}
    >>> out = redact_everywhere(d, d["text"], ["Nguyễn Văn An"])
    >>> out["metadata"]["signer"]["name"], out["sentences"][0]["text"]
    ('██████ ███ ██', 'Ông ██████ ███ ██ ký.')
    """
    if not pii:
        return data
    pattern = regex.compile(r"(?<![\p{L}\p{N}])(?:" + "|".join(regex.escape(s) for s in pii) + r")(?![\p{L}\p{N}])")

    def mask_all(s: str) -> str:
        return pattern.sub(lambda m: _mask(m.group(0)), s)

    text = mask_all(data.get("text") or "")
    data["text"] = text

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            start, end, t = node.get("start"), node.get("end"), node.get("text")
            is_span = isinstance(start, int) and isinstance(end, int) and isinstance(t, str)
            # a span's text was ``original[start:end]``, perhaps already masked at the PII
            # entities inside it: it becomes the masked text's, so both maskings agree
            is_span = is_span and 0 <= start <= end <= len(original) and len(t) == end - start
            for k, v in node.items():
                if k == "text" and is_span and (original[start:end] == t or _same_but_masks(original[start:end], t)):
                    node[k] = text[start:end]
                else:
                    node[k] = walk(v)
            return node
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str):
            return mask_all(node)
        return node

    for key, value in data.items():
        if key != "text":
            data[key] = walk(value)
    return data
