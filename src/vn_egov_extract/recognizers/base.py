"""The one small interface every entity recognizer implements.

A recognizer has a ``label`` (the entity label it produces), a versioned ``name`` (e.g.
``"percent/1"``, recorded as the entity's ``rule`` prefix) and ``find(doc)``, which yields
:class:`~vn_egov_extract.document.Ent` candidates with offsets into ``doc.text``. Candidates
may overlap; the resolve stage chooses among them. A recognizer never raises on odd text.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from typing import Any, ClassVar

from ..document import Doc, Ent

__all__ = ["Recognizer", "make_ent"]


class Recognizer(ABC):
    """Base class: subclasses set ``label`` and ``name`` and implement :meth:`find`."""

    label: ClassVar[str]
    name: ClassVar[str]

    @abstractmethod
    def find(self, doc: Doc) -> Iterator[Ent]:
        """Yield entity candidates found in ``doc`` (offsets into ``doc.text``)."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"


def make_ent(
    doc: Doc,
    label: str,
    vstart: int,
    vend: int,
    value: dict[str, Any],
    rule: str,
    *,
    score: float = 1.0,
    data: Any = None,
) -> Ent:
    """Build an :class:`Ent` from a span of the folded view, mapping offsets back to ``text``.

    ``match_kind`` is "folded" when the text differs from the view there (old tone style,
    invisible characters), else "exact".
    """
    s, e = doc.view.span(vstart, vend)
    text = doc.text[s:e]
    kind = "exact" if text == doc.view.view[vstart:vend] else "folded"
    return Ent(label=label, start=s, end=e, text=text, value=value, rule=rule, score=score, match_kind=kind, data=data)
