"""The pipeline components ``vn_egov_entities`` and ``vn_egov_claims``.

Both are registered with :meth:`spacy.language.Language.factory` and exposed through the
``spacy_factories`` entry point (``pyproject.toml``), so ``nlp.add_pipe("vn_egov_entities")``
works in a fresh process without importing this package first.

The components are adapters, not a second implementation: they take the library's result
for ``doc.text`` (made once per document — by :class:`~._tokenizer.VietnameseTokenizer` when it
cuts at entity edges, else here) and write it onto the ``Doc`` (see :mod:`._convert`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

from ..models import DocumentResult
from ._convert import ENTITY_SPANS_KEY, EVIDENCE_SPANS_KEY, write_claims, write_document, write_entities
from ._tokenizer import _remember, cached_analysis, shared_extractor

__all__ = ["EntitiesComponent", "ClaimsComponent", "make_entities", "make_claims", "analysis"]


def analysis(doc: SpacyDoc) -> DocumentResult:
    """The library's result for ``doc.text``: the tokenizer's if it made one, else a new
    extraction (kept for the next component)."""
    r = cached_analysis(doc)
    if r is None:
        r = shared_extractor().extract(doc.text)
        if r.text != doc.text:
            raise ValueError(
                "the Doc's text is not in the library's normal form (NFC, no no-break spaces); "
                "use vn_egov_extract.normalize.normalize_text on it first or the vn_egov_extract tokenizer"
            )
        _remember(doc, r)
    return r


class EntitiesComponent:
    """Writes the library's entities (``doc.ents``, ``span._.value``), ``doc._.doc_date``,
    ``doc._.metadata`` and the other document fields (``doc._.vn_egov``).

    ``doc.ents`` is replaced. Entities that do not line up with the tokens are counted in
    ``doc._.vn_egov["stats"]`` and kept in ``doc._.vn_egov["misaligned"]``; :attr:`misaligned`
    is the running count for this component (in this process).

    Raises (when called):
        ValueError: when ``doc.text`` is not normalized (the library's offsets index the
            normalized text; the vn_egov_extract tokenizer normalizes for you).
    """

    def __init__(self, name: str = "vn_egov_entities", *, spans_key: str = ENTITY_SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        self.misaligned = 0

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        r = analysis(doc)
        write_document(doc, r)
        self.misaligned += write_entities(doc, r.entities, spans_key=self.spans_key)
        return doc


class ClaimsComponent:
    """Writes the library's claims to ``doc._.claims`` (claim dicts, spec §3) and their
    evidence spans to ``doc.spans[spans_key]``; sets ``doc._.doc_date`` and
    ``doc._.metadata`` too when no entities component ran before it."""

    def __init__(self, name: str = "vn_egov_claims", *, spans_key: str = EVIDENCE_SPANS_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        self.misaligned = 0

    def __call__(self, doc: SpacyDoc) -> SpacyDoc:
        r = analysis(doc)
        if doc._.vn_egov is None or "sentences" not in doc._.vn_egov:
            write_document(doc, r)
        self.misaligned += write_claims(doc, r.claims, spans_key=self.spans_key)
        return doc


@Language.factory(
    "vn_egov_entities",
    default_config={"spans_key": ENTITY_SPANS_KEY},
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "span._.value", "doc._.doc_date", "doc._.metadata"],
)
def make_entities(nlp: Language, name: str, spans_key: str) -> EntitiesComponent:
    """Factory of :class:`EntitiesComponent` (``nlp.add_pipe("vn_egov_entities")``)."""
    return EntitiesComponent(name, spans_key=spans_key)


@Language.factory(
    "vn_egov_claims",
    default_config={"spans_key": EVIDENCE_SPANS_KEY},
    assigns=["doc._.claims"],
)
def make_claims(nlp: Language, name: str, spans_key: str) -> ClaimsComponent:
    """Factory of :class:`ClaimsComponent` (``nlp.add_pipe("vn_egov_claims")``)."""
    return ClaimsComponent(name, spans_key=spans_key)
