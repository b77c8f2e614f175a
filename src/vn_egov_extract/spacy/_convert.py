"""Results ↔ spaCy ``Doc``: the extension attributes and the lossless conversion.

Where each part of a :class:`~vn_egov_extract.models.DocumentResult` lives on a ``Doc``:

=====================  =====================================================================
result field           on the ``Doc``
=====================  =====================================================================
``text``               ``doc.text`` (tokens: :mod:`._tokenizer`)
``entities``           ``doc.ents`` (label = the library's label), also ``doc.spans["vn_egov"]``;
                       ``span._.value`` = the value dict, ``span._.vn_egov`` = ``{"rule",
                       "match_kind", "page"}``. Entities whose edges do not line up with tokens
                       are kept in ``doc._.vn_egov["misaligned"]`` and counted in
                       ``doc._.vn_egov["stats"]`` (never dropped)
``claims``             ``doc._.claims`` (list of claim dicts, spec §3 shape); the evidence spans
                       also in ``doc.spans["vn_egov_evidence"]`` (label = metric key)
``doc_date``           ``doc._.doc_date`` (ISO string or ``None``)
``metadata``           ``doc._.metadata`` (dict)
``sentences``          ``doc.sents`` where they line up with tokens; exactly in
                       ``doc._.vn_egov["sentences"]`` (``[start, end, tokens]``)
everything else        ``doc._.vn_egov`` (``source``, ``doc_date_rule``, ``references``,
                       ``boilerplate``, ``tables``, ``errors``, ``content_hash``,
                       ``library_version``)
=====================  =====================================================================

All of these are plain JSON values stored in ``doc.user_data``, so they survive ``DocBin``
(``store_user_data=True``), ``Doc.to_bytes`` and ``nlp.pipe(..., n_process=2)``.
:func:`doc_to_result` reads entities, claims, ``doc_date`` and metadata back from the
attributes users see (so edits to ``doc.ents`` or ``doc._.claims`` carry over) and the rest
from ``doc._.vn_egov``; ``doc_to_result(result_to_doc(nlp, r)) == r``.
"""

from __future__ import annotations

import logging
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, SpanGroup
from spacy.vocab import Vocab

from ..models import ENTITY_LABELS, Claim, DocumentResult, Entity
from ._tokenizer import doc_from_spans, token_spans

__all__ = [
    "ENTITY_SPANS_KEY",
    "EVIDENCE_SPANS_KEY",
    "register_extensions",
    "write_document",
    "write_entities",
    "write_claims",
    "result_to_doc",
    "doc_to_result",
]

log = logging.getLogger(__name__)

ENTITY_SPANS_KEY = "vn_egov"
EVIDENCE_SPANS_KEY = "vn_egov_evidence"

# result fields kept as they are in doc._.vn_egov
_DOC_FIELDS = (
    "source",
    "doc_date_rule",
    "references",
    "boilerplate",
    "tables",
    "errors",
    "content_hash",
    "library_version",
)


def _as_lists(v: Any) -> Any:
    """Deep copy of ``v`` with tuples turned back into lists (msgpack, which ``DocBin`` and
    ``Doc.to_bytes`` use for ``user_data``, reads arrays as tuples)."""
    if isinstance(v, tuple | list):
        return [_as_lists(x) for x in v]
    if isinstance(v, dict):
        return {k: _as_lists(x) for k, x in v.items()}
    return v


# Each value is stored in doc.user_data as a one-element list: after a msgpack round trip
# the box is a tuple, which tells the getter to turn the value's tuples back into lists once.
def _boxed_getter(key_of):  # noqa: ANN001, ANN202
    def getter(obj):  # noqa: ANN001, ANN202
        ud = (obj if isinstance(obj, SpacyDoc) else obj.doc).user_data
        key = key_of(obj)
        box = ud.get(key)
        if box is None:
            return None
        if isinstance(box, tuple):
            box = [_as_lists(box[0])]
            ud[key] = box
        return box[0]

    return getter


def _boxed_setter(key_of):  # noqa: ANN001, ANN202
    def setter(obj, value):  # noqa: ANN001, ANN202
        (obj if isinstance(obj, SpacyDoc) else obj.doc).user_data[key_of(obj)] = [value]

    return setter


def _doc_key(name: str):  # noqa: ANN202
    return lambda doc: ("vn_egov_extract", name, None, None)


def _span_key(name: str):  # noqa: ANN202
    return lambda span: ("vn_egov_extract", name, span.start_char, span.end_char, span.label_)


def register_extensions() -> None:
    """Register the ``._`` attributes (idempotent; an attribute another package registered
    under the same name is left as it is).

    Values are plain JSON values kept in ``doc.user_data``; they come back from ``DocBin`` and
    ``Doc.from_bytes`` as they went in (lists stay lists).
    """
    for name in ("claims", "doc_date", "metadata", "vn_egov"):
        if not SpacyDoc.has_extension(name):
            SpacyDoc.set_extension(name, getter=_boxed_getter(_doc_key(name)), setter=_boxed_setter(_doc_key(name)))
    for name in ("value", "vn_egov"):
        if not Span.has_extension(name):
            Span.set_extension(name, getter=_boxed_getter(_span_key(name)), setter=_boxed_setter(_span_key(name)))


register_extensions()


def _state(doc: SpacyDoc) -> dict[str, Any]:
    st = doc._.vn_egov
    if st is None:
        st = {}
        doc._.vn_egov = st
    return st


def write_document(doc: SpacyDoc, result: DocumentResult) -> None:
    """Write the document-level fields of ``result`` (everything but entities and claims).

    Raises:
        ValueError: when ``result.text`` is not ``doc.text`` (offsets would not index it).
    """
    if result.text != doc.text:
        raise ValueError("the result's text is not the Doc's text; its offsets cannot be used")
    data = result.model_dump(mode="json", include=set(_DOC_FIELDS))
    st = _state(doc)
    st.update(data)
    st["sentences"] = [
        [s.start, s.end, None if s.tokens is None else [[t.start, t.end] for t in s.tokens]] for s in result.sentences
    ]
    doc._.doc_date = result.doc_date
    doc._.metadata = result.metadata.model_dump(mode="json")


def write_entities(doc: SpacyDoc, entities: list[Entity], *, spans_key: str = ENTITY_SPANS_KEY) -> int:
    """Set ``doc.ents`` (and ``doc.spans[spans_key]``) from the library's entities.

    Each entity becomes a span with strict character alignment; ``span._.value`` holds its
    value dict and ``span._.vn_egov`` its provenance. An entity whose edges fall inside a
    token is not forced onto the tokens: it is kept in ``doc._.vn_egov["misaligned"]`` and
    counted in ``doc._.vn_egov["stats"]["entities_misaligned"]``.

    Returns:
        The number of misaligned entities.
    """
    spans: list[Span] = []
    misaligned: list[dict[str, Any]] = []
    for e in entities:
        d = e.model_dump(mode="json")
        span = doc.char_span(e.start, e.end, label=e.label, alignment_mode="strict")
        if span is None or span.text != e.text:
            misaligned.append(d)
            continue
        span._.value = d["value"]
        span._.vn_egov = {"rule": d["rule"], "match_kind": d["match_kind"], "page": d["page"]}
        spans.append(span)
    doc.set_ents(spans, default="outside")
    if spans_key:
        doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=list(doc.ents))
    st = _state(doc)
    st["misaligned"] = misaligned
    stats = st.setdefault("stats", {})
    stats["entities"] = len(entities)
    stats["entities_misaligned"] = len(misaligned)
    if misaligned:
        log.warning(
            "%d of %d entities do not line up with the tokens (kept in doc._.vn_egov['misaligned']): %s",
            len(misaligned),
            len(entities),
            ", ".join(repr(m["text"]) for m in misaligned[:5]),
        )
    return len(misaligned)


def write_claims(doc: SpacyDoc, claims: list[Claim], *, spans_key: str = EVIDENCE_SPANS_KEY) -> int:
    """Set ``doc._.claims`` (claim dicts) and, when ``spans_key``, the evidence spans in
    ``doc.spans[spans_key]`` (label = metric key; evidence not on token edges is counted in
    ``doc._.vn_egov["stats"]["evidence_misaligned"]``).

    Returns:
        The number of claims whose evidence does not line up with tokens.
    """
    doc._.claims = [c.model_dump(mode="json") for c in claims]
    missed = 0
    if spans_key:
        group = []
        for c in claims:
            span = doc.char_span(c.evidence.start, c.evidence.end, label=c.metric.key, alignment_mode="strict")
            if span is None:
                missed += 1
            else:
                group.append(span)
        doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=group)
    stats = _state(doc).setdefault("stats", {})
    stats["claims"] = len(claims)
    stats["evidence_misaligned"] = missed
    return missed


def result_to_doc(
    nlp_or_vocab: Language | Vocab,
    result: DocumentResult,
    *,
    entity_boundaries: bool = True,
) -> SpacyDoc:
    """Convert a result into a spaCy ``Doc`` without running the extraction again.

    Args:
        nlp_or_vocab: the pipeline (its vocabulary is used) or a vocabulary.
        result: a result of :class:`~vn_egov_extract.pipeline.Extractor`.
        entity_boundaries: cut words at the edges of the result's entities and claim evidence
            so that they all line up with tokens (default). With ``False`` the tokens are the
            words of the result (``sentences[].tokens``, else the segmenter's), and entities
            that do not line up are kept aside and counted (see :func:`write_entities`).

    Returns:
        A ``Doc`` with ``doc.text == result.text``; ``doc_to_result(doc) == result``.
    """
    vocab = nlp_or_vocab.vocab if isinstance(nlp_or_vocab, Language) else nlp_or_vocab
    text = result.text
    words = None
    if result.sentences and all(s.tokens is not None for s in result.sentences):
        words = [(t.start, t.end) for s in result.sentences for t in s.tokens or []]
    cuts: list[int] = []
    if entity_boundaries:
        for e in result.entities:
            cuts += (e.start, e.end)
        for c in result.claims:
            cuts += (c.evidence.start, c.evidence.end)
    from ..document import SentenceSpan

    sentences = [SentenceSpan(s.start, s.end) for s in result.sentences]
    spans = token_spans(text, sentences=sentences, words=words, cuts=cuts)
    doc = doc_from_spans(vocab, text, spans, sentence_starts=[s.start for s in result.sentences])
    write_document(doc, result)
    write_entities(doc, result.entities)
    write_claims(doc, result.claims)
    return doc


def doc_to_result(doc: SpacyDoc) -> DocumentResult:
    """The :class:`~vn_egov_extract.models.DocumentResult` a ``Doc`` holds.

    Entities come from ``doc.ents`` (spans whose label is one of the library's labels; other
    pipelines' labels are left out) plus the misaligned ones kept aside; claims from
    ``doc._.claims``; ``doc_date`` and metadata from their attributes; the rest from
    ``doc._.vn_egov``. A ``Doc`` no ``vn_egov`` component has seen gives a result with its
    text (and the entities of ``doc.ents`` that carry the library's labels) only.

    Raises:
        pydantic.ValidationError: when an attribute was edited into something the result
            model does not accept.
    """
    st = doc._.vn_egov or {}
    entities: list[dict[str, Any]] = []
    for span in doc.ents:
        if span.label_ not in ENTITY_LABELS:
            continue
        prov = span._.vn_egov or {}
        entities.append(
            {
                "label": span.label_,
                "text": span.text,
                "start": span.start_char,
                "end": span.end_char,
                "value": span._.value,
                "rule": prov.get("rule"),
                "match_kind": prov.get("match_kind"),
                "page": prov.get("page"),
            }
        )
    entities.extend(st.get("misaligned", []))
    entities.sort(key=lambda e: (e["start"], e["end"]))
    text = doc.text
    if "sentences" in st:
        sentences = [
            {
                "text": text[a:b],
                "start": a,
                "end": b,
                "tokens": None if toks is None else [{"text": text[x:y], "start": x, "end": y} for x, y in toks],
            }
            for a, b, toks in st["sentences"]
        ]
    else:
        sentences = []
    data: dict[str, Any] = {k: st[k] for k in _DOC_FIELDS if k in st}
    data.update(
        text=text,
        doc_date=doc._.doc_date,
        metadata=doc._.metadata or {},
        sentences=sentences,
        entities=entities,
        claims=doc._.claims or [],
    )
    return DocumentResult.model_validate(data)
