"""The result data model (pydantic v2), field for field as ``spec/EXTRACTION.md``.

Conventions that hold for every model here:

* offsets ``start``/``end`` are code-point indices into the document's ``text``, end exclusive,
  and ``text[start:end] == span.text`` for every span that carries a ``text``;
* percentages are numbers on a 0–100 scale (``37.43`` for "37,43%");
* dates are ISO 8601 strings (``"2020-09-10"``); ``None`` where the text does not say;
* ``page`` is 1-based and only set for paged inputs (PDF).

The JSON Schema of :class:`DocumentResult` is what ``vn-egov-extract schema`` prints.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core.core_schema import ValidationInfo

__all__ = [
    "Token",
    "Sentence",
    "PercentValue",
    "DateValue",
    "DocNumberValue",
    "AgencyValue",
    "LocationValue",
    "QuantityValue",
    "PersonValue",
    "ContactValue",
    "Entity",
    "Subject",
    "Metric",
    "ClaimValue",
    "Period",
    "Evidence",
    "Claim",
    "ErrorEntry",
    "Range",
    "Reference",
    "Signer",
    "Appendix",
    "Metadata",
    "TableCell",
    "TableRow",
    "Table",
    "DocumentResult",
    "ENTITY_LABELS",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


# ------------------------------------------------------------------ tokens and sentences


class Token(_Model):
    """A word token: one or more syllables ("dịch vụ"), or a domain token kept whole
    ("3485/BTTTT-THH", "21/7/2021", "37,43%", "TP.HCM")."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Sentence(_Model):
    """A sentence (or a table row, or a heading line) of the document.

    ``tokens`` is ``None`` unless tokens were asked for (``--tokens`` / ``tokens=True``).
    """

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    tokens: list[Token] | None = None


# ------------------------------------------------------------------ entity values

Qualifier = Literal["exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"]


class PercentValue(_Model):
    """Value of a PERCENT entity (spec §4). ``value`` for a single number, ``low``/``high``
    for a range (``value`` then ``None``); 0–100 scale."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: Qualifier = "exact"


Grain = Literal["day", "month", "quarter", "year", "period"]


class DateValue(_Model):
    """Value of a DATE entity: the interval it denotes, ISO dates, both ends inclusive.

    ``start``/``end`` are ``None`` where the year cannot be known (no ``doc_date``).
    ``relative`` is true for expressions resolved against ``doc_date`` ("năm nay", "30/11").
    """

    start: str | None = None
    end: str | None = None
    grain: Grain = "day"
    relative: bool = False


class DocNumberValue(_Model):
    """Value of a DOC_NUMBER entity (số hiệu): "15/2020/NĐ-CP" → number "15", year 2020,
    symbol "NĐ-CP", doc_type "Nghị định", issuer "Chính phủ"."""

    number: str
    year: int | None = None
    symbol: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    unit: str | None = None


class AgencyValue(_Model):
    """Value of an AGENCY entity: canonical full name, kind, province (if local) and, for a
    body that no longer exists, its successor (2025 restructuring)."""

    name: str
    kind: str = "agency"
    location: str | None = None
    abbreviation: str | None = None
    successor: str | None = None


class LocationValue(_Model):
    """Value of a LOCATION entity: canonical province name (GSO list) or "Việt Nam"."""

    name: str
    kind: Literal["province", "country"] = "province"
    code: str | None = None
    successor_2025: str | None = None


class QuantityValue(_Model):
    """Value of a QUANTITY entity: a count and its counted noun ("1.865 thủ tục" → 1865)."""

    value: float
    unit: str | None = None
    qualifier: Qualifier = "exact"


class PersonValue(_Model):
    """Value of a PERSON entity: the name as written, titles excluded."""

    name: str
    title: str | None = None


class ContactValue(_Model):
    """Value of an EMAIL or PHONE entity: the normalized address or digits."""

    value: str


_VALUE_BY_LABEL: dict[str, type[_Model]] = {
    "PERCENT": PercentValue,
    "DATE": DateValue,
    "DOC_NUMBER": DocNumberValue,
    "AGENCY": AgencyValue,
    "LOCATION": LocationValue,
    "QUANTITY": QuantityValue,
    "PERSON": PersonValue,
    "EMAIL": ContactValue,
    "PHONE": ContactValue,
}

ENTITY_LABELS: tuple[str, ...] = tuple(_VALUE_BY_LABEL)

EntityValue = (
    PercentValue | DateValue | DocNumberValue | AgencyValue | LocationValue | QuantityValue | PersonValue | ContactValue
)


class Entity(_Model):
    """A recognized entity: ``{"label", "text", "start", "end", "value"}`` plus provenance
    (``rule`` that fired, ``match_kind``: exact / folded) and ``page`` for paged inputs."""

    label: Literal["PERCENT", "DATE", "DOC_NUMBER", "AGENCY", "LOCATION", "QUANTITY", "PERSON", "EMAIL", "PHONE"]
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: EntityValue | None = None
    rule: str | None = None
    match_kind: Literal["exact", "folded"] | None = None
    page: int | None = None

    @field_validator("value", mode="before")
    @classmethod
    def _value_for_label(cls, v: Any, info: ValidationInfo) -> Any:
        label = info.data.get("label")
        model = _VALUE_BY_LABEL.get(label or "")
        if model is not None and isinstance(v, dict):
            return model.model_validate(v)
        return v


# ------------------------------------------------------------------ claims


class Subject(_Model):
    """Who the claim is about. ``kind``: country / province / ministry / agency / group /
    department / people_committee / government. ``scope`` narrows it ("đơn vị chuyên môn
    thuộc UBND cấp huyện")."""

    text: str | None = None
    name: str
    kind: str
    scope: str | None = None
    start: int | None = None
    end: int | None = None


class Metric(_Model):
    """What is measured: ``key`` from the e-government lexicon (spec §3) or ``"other"``, and
    the metric phrase as written."""

    text: str | None = None
    key: str = "other"
    start: int | None = None
    end: int | None = None


class ClaimValue(_Model):
    """The stated value: percent 0–100 (``unit`` "%"), with qualifier (spec §4) and, for a
    change ("tăng 20%", "giảm 50% lệ phí"), ``direction``."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str = "%"
    qualifier: Qualifier = "exact"
    direction: Literal["increase", "decrease"] | None = None


class Period(_Model):
    """When the value holds: ISO dates, inclusive; ``None`` for an open end.
    ``source`` says where it came from: sentence / context / table / doc_date / none."""

    text: str | None = None
    start: str | None = None
    end: str | None = None
    source: Literal["sentence", "context", "table", "doc_date", "none"] = "none"


class Evidence(_Model):
    """The span the claim was read from: the sentence (or clause) or the table row."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Claim(_Model):
    """One statement that a subject has (or must reach) a value of a metric for a period."""

    subject: Subject
    metric: Metric
    value: ClaimValue
    period: Period
    status: Literal["achieved", "target", "projected"]
    evidence: Evidence
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    rule: str | None = None
    page: int | None = None


# ------------------------------------------------------------------ document-level


class ErrorEntry(_Model):
    """A problem met while reading or processing one document. ``kind`` is one of
    :class:`vn_egov_extract.errors.ErrorKind`; ``severity`` "info" marks repairs that
    succeeded (e.g. a legacy encoding converted)."""

    kind: str
    message: str
    severity: Literal["error", "warning", "info"] = "error"
    page: int | None = None


class Range(_Model):
    """A character range of ``text`` (e.g. boilerplate), end exclusive."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: str | None = None


class Reference(_Model):
    """A citation of another document: its number, the relation the text states (căn cứ,
    thực hiện, theo, thay thế, bãi bỏ, sửa đổi, bổ sung, kèm theo, hướng dẫn) and its date.

    ``text``/``start``/``end`` are the number as written; ``number`` is the symbol ("17/NQ-CP")
    or, for a short reference the text never gives in full, "Nghị định 43 năm 2011"; ``issuer``
    and ``year`` come from the symbol (``year`` else from ``date``)."""

    number: str
    text: str
    start: int
    end: int
    doc_type: str | None = None
    relation: str | None = None
    date: str | None = None
    issuer: str | None = None
    year: int | None = None


class Signer(_Model):
    """The signer block: name, title ("Bộ trưởng") and authority ("KT.", "TM.", "TL.")."""

    name: str | None = None
    title: str | None = None
    authority: str | None = None


class Appendix(_Model):
    """An appendix (PHỤ LỤC): its ``label`` as written ("PHỤ LỤC I"), title, the number of the
    document it accompanies ("Kèm theo ..."), and its range of ``text`` (heading to the next
    appendix or the end of the content)."""

    title: str | None = None
    accompanies: str | None = None
    start: int | None = None
    end: int | None = None
    label: str | None = None


class Metadata(_Model):
    """What the document is: the official-letter header and footer, or the web page's
    title, byline and date. Every field is optional.

    Official letters (Decree 30/2020/NĐ-CP layout): ``issuer`` and ``parent_issuer`` (the body
    above it in the header), ``unit`` (the issuing unit of a letter, from its symbol),
    ``number``, ``place``, ``issued_date`` (ISO), ``doc_type``, ``subject`` (trích yếu),
    ``issuing_authority`` (a decision's "GIÁM ĐỐC ..." line), ``recipients`` ("Kính gửi"),
    ``legal_bases`` (the "Căn cứ ..." clauses), ``distribution`` ("Nơi nhận"), ``signer``,
    ``appendices``. Legal-database pages add ``field`` (lĩnh vực), ``effective_date`` and
    ``effect_status``."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    doc_type: str | None = None
    number: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    unit: str | None = None
    issued_date: str | None = None
    place: str | None = None
    subject: str | None = None
    recipients: list[str] = Field(default_factory=list)
    signer: Signer | None = None
    appendices: list[Appendix] = Field(default_factory=list)
    title: str | None = None
    author: str | None = None
    published: str | None = None
    issuing_authority: str | None = None
    legal_bases: list[str] = Field(default_factory=list)
    distribution: list[str] = Field(default_factory=list)
    field: str | None = None
    effective_date: str | None = None
    effect_status: str | None = None


class TableCell(_Model):
    """A table cell: its text and offsets into ``text``."""

    text: str
    start: int
    end: int


class TableRow(_Model):
    """A table row: its cells and the span of the whole row."""

    cells: list[TableCell]
    start: int
    end: int


class Table(_Model):
    """A table found in the text (pipe, tab) or handed over by a reader (PDF, DOCX, HTML)."""

    rows: list[TableRow]
    start: int
    end: int
    header_rows: int = 0
    caption: str | None = None
    note: str | None = None
    source: str = "text"
    page: int | None = None


class DocumentResult(_Model):
    """The result for one input document (one line of JSONL in batch mode), spec §1."""

    source: str | None = None
    text: str
    doc_date: str | None = None
    doc_date_rule: str | None = None
    metadata: Metadata = Field(default_factory=Metadata)
    sentences: list[Sentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    boilerplate: list[Range] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    errors: list[ErrorEntry] = Field(default_factory=list)
    content_hash: str | None = None
    library_version: str | None = None
