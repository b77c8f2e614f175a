"""Entity recognizers, one per entity kind, behind one interface (:class:`Recognizer`).

Adding a kind of entity touches its module, its data file, its case table and the registry
line below.
"""

from __future__ import annotations

from .agencies import AgencyRecognizer
from .base import Recognizer
from .dates import DateRecognizer
from .doc_numbers import DocumentNumberRecognizer
from .locations import LocationRecognizer
from .percents import PercentRecognizer
from .persons import ContactRecognizer, PersonRecognizer
from .quantities import QuantityRecognizer

__all__ = [
    "Recognizer",
    "REGISTRY",
    "default_recognizers",
    "PercentRecognizer",
    "DateRecognizer",
    "DocumentNumberRecognizer",
    "LocationRecognizer",
    "AgencyRecognizer",
    "QuantityRecognizer",
    "PersonRecognizer",
    "ContactRecognizer",
]

#: The registry: every recognizer class, in the order they run.
REGISTRY: tuple[type[Recognizer], ...] = (
    DocumentNumberRecognizer,
    DateRecognizer,
    PercentRecognizer,
    QuantityRecognizer,
    LocationRecognizer,
    AgencyRecognizer,
    PersonRecognizer,
    ContactRecognizer,
)


def default_recognizers() -> list[Recognizer]:
    """One instance of every registered recognizer."""
    return [cls() for cls in REGISTRY]
