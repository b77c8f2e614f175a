"""spaCy adapter: a Vietnamese tokenizer on the library's segmentation, and the components
``vn_egov_entities`` and ``vn_egov_claims``.

spaCy is an adapter here, not the core: the components write the library's results onto a
``Doc`` (``doc.ents`` with the library's labels and ``span._.value``; ``doc._.claims``,
``doc._.doc_date``, ``doc._.metadata``; the rest in ``doc._.vn_egov``), and
:func:`doc_to_result` / :func:`result_to_doc` convert both ways without loss. Everything is
registered through entry points (``spacy_factories``, ``spacy_tokenizers``), so a fresh
process needs no import of this package::

    import spacy
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_egov_extract.VietnameseTokenizer.v1"}}})
    nlp.add_pipe("vn_egov_entities")
    nlp.add_pipe("vn_egov_claims")

>>> nlp = load()
>>> doc = nlp("Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020.")
>>> [(e.text, e.label_) for e in doc.ents]
[('Tỉnh Khánh Hòa', 'LOCATION'), ('37,43%', 'PERCENT'), ('năm 2020', 'DATE')]
>>> doc.ents[1]._.value
{'value': 37.43, 'low': None, 'high': None, 'qualifier': 'exact'}
>>> [(c["subject"]["name"], c["metric"]["key"], c["value"]["value"]) for c in doc._.claims]
[('Khánh Hòa', 'dvc_level4_rate', 37.43)]
"""

from __future__ import annotations

from spacy.language import Language

from ._components import ClaimsComponent, EntitiesComponent, make_claims, make_entities
from ._convert import (
    ENTITY_SPANS_KEY,
    EVIDENCE_SPANS_KEY,
    doc_to_result,
    register_extensions,
    result_to_doc,
)
from ._tokenizer import TOKENIZER_NAME, VietnameseTokenizer, create_tokenizer, token_spans

__all__ = [
    "load",
    "TOKENIZER_NAME",
    "VietnameseTokenizer",
    "create_tokenizer",
    "token_spans",
    "EntitiesComponent",
    "ClaimsComponent",
    "make_entities",
    "make_claims",
    "doc_to_result",
    "result_to_doc",
    "register_extensions",
    "ENTITY_SPANS_KEY",
    "EVIDENCE_SPANS_KEY",
]


def load(*, entities: bool = True, claims: bool = True, entity_boundaries: bool = True) -> Language:
    """A blank Vietnamese pipeline with the library's tokenizer and components.

    Args:
        entities: add ``vn_egov_entities``.
        claims: add ``vn_egov_claims``.
        entity_boundaries: the tokenizer cuts words at entity and evidence edges (and runs the
            extraction once for the components); see :class:`VietnameseTokenizer`.

    Returns:
        ``spacy.blank("vi")`` with the tokenizer ``vn_egov_extract.VietnameseTokenizer.v1``
        and the requested components, in that order.
    """
    import spacy

    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER_NAME, "entity_boundaries": entity_boundaries}}}
    nlp = spacy.blank("vi", config=config)
    if entities:
        nlp.add_pipe("vn_egov_entities")
    if claims:
        nlp.add_pipe("vn_egov_claims")
    return nlp
