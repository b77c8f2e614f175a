"""The Vietnamese tokenizer for spaCy, built on the library's own segmentation.

Words are the library's (:func:`vn_egov_extract.segment.tokenize_span`: underthesea's
``word_tokenize`` realigned to the text, domain tokens such as "3485/BTTTT-THH", "21/7/2021",
"37,43%" and "TP.HCM" kept whole), with three adjustments that spaCy needs:

* a syllable that is only punctuation is never part of a multi-syllable word (underthesea glues
  a table's "|" to the name beside it: "| Sóc Trăng" → "|", "Sóc Trăng");
* optional *cuts*: a word that straddles a given offset is cut there, so that spans starting or
  ending at that offset line up with tokens (the tokenizer cuts at the edges of the library's
  entities and claim evidence, see :class:`VietnameseTokenizer`);
* every non-space character is in a token: characters the segmenter left out (outside any
  sentence, or skipped when realigning) become whitespace-separated tokens.

White space follows spaCy's convention: one space after a token is its ``whitespace_``; any
other run of white space is a token of its own.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Iterable, Sequence

import regex
from spacy.tokens import Doc as SpacyDoc
from spacy.util import DummyTokenizer, registry
from spacy.vocab import Vocab

from ..document import Doc as TextDoc
from ..document import SentenceSpan
from ..models import DocumentResult
from ..normalize import normalize_text
from ..segment import split_sentences, tokenize_span

__all__ = [
    "TOKENIZER_NAME",
    "VietnameseTokenizer",
    "create_tokenizer",
    "token_spans",
    "doc_from_spans",
    "cached_analysis",
    "shared_extractor",
]

log = logging.getLogger(__name__)

TOKENIZER_NAME = "vn_egov_extract.VietnameseTokenizer.v1"

_PUNCT_SYLLABLE = regex.compile(r"^[\p{P}\p{S}]+$")
_SPACE_RUN = regex.compile(r"\s+")


def _split_punct_syllables(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Split the word ``text[a:b]`` around its punctuation-only syllables."""
    if not any(c.isspace() for c in text[a:b]):
        return [(a, b)]
    out: list[tuple[int, int]] = []
    cur: int | None = None
    last_end = a
    for m in regex.finditer(r"\S+", text, pos=a, endpos=b):
        if _PUNCT_SYLLABLE.match(m.group()):
            if cur is not None:
                out.append((cur, last_end))
                cur = None
            out.append((m.start(), m.end()))
        else:
            if cur is None:
                cur = m.start()
            last_end = m.end()
    if cur is not None:
        out.append((cur, last_end))
    return out


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if b > a else None


def token_spans(
    text: str,
    *,
    sentences: Sequence[SentenceSpan] | None = None,
    words: Iterable[tuple[int, int]] | None = None,
    cuts: Iterable[int] = (),
) -> list[tuple[int, int]]:
    """Token offsets of ``text`` (see the module docstring for the rules).

    Args:
        text: the normalized document text.
        sentences: sentence spans (default: :func:`vn_egov_extract.segment.split_sentences`).
        words: word spans to start from instead of running the segmenter (e.g. the
            ``sentences[].tokens`` of a result); they must be sorted and non-overlapping.
        cuts: offsets at which a word is cut (span edges that tokens must line up with).

    Returns:
        ``(start, end)`` code-point offsets, end exclusive, sorted, non-overlapping, none
        empty or starting/ending with white space; together they hold every non-space
        character of ``text`` exactly once.

    >>> t = "Tỉnh Khánh Hòa đạt 37,43%.\\n| Sóc Trăng | 20,1% |"
    >>> [t[a:b] for a, b in token_spans(t)]
    ['Tỉnh', 'Khánh Hòa', 'đạt', '37,43%', '.', '|', 'Sóc Trăng', '|', '20,1%', '|']
    >>> s = "Sở Tư pháp"
    >>> [s[a:b] for a, b in token_spans(s)], [s[a:b] for a, b in token_spans(s, cuts=[5])]
    (['Sở', 'Tư pháp'], ['Sở', 'Tư', 'pháp'])
    """
    if words is None:
        words = []
        doc = TextDoc(text)
        for s in sentences if sentences is not None else split_sentences(text):
            words.extend((t.start, t.end) for t in tokenize_span(doc, s.start, s.end))
    pieces: list[tuple[int, int]] = []
    for a, b in sorted(words):
        for p in _split_punct_syllables(text, a, b):
            pieces.append(p)
    # cut at the requested offsets
    cut_set = sorted(set(cuts))
    if cut_set:
        import bisect

        cut_pieces: list[tuple[int, int]] = []
        for a, b in pieces:
            i = bisect.bisect_right(cut_set, a)
            cur = a
            while i < len(cut_set) and cut_set[i] < b:
                t = _trim(text, cur, cut_set[i])
                if t:
                    cut_pieces.append(t)
                cur = cut_set[i]
                i += 1
            t = _trim(text, cur, b)
            if t:
                cut_pieces.append(t)
        pieces = cut_pieces
    # make them disjoint (a defensive clip; the segmenter's words do not overlap)
    clean: list[tuple[int, int]] = []
    for a, b in sorted(pieces):
        if clean and a < clean[-1][1]:
            a = clean[-1][1]
        t = _trim(text, a, b) if b > a else None
        if t:
            clean.append(t)
    # fill: non-space characters outside every word
    out: list[tuple[int, int]] = []
    pos = 0
    for a, b in clean + [(len(text), len(text))]:
        if a > pos:
            for m in regex.finditer(r"\S+", text, pos=pos, endpos=a):
                out.append((m.start(), m.end()))
        if b > a:
            out.append((a, b))
        pos = max(pos, b)
    return out


def doc_from_spans(
    vocab: Vocab,
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    sentence_starts: Iterable[int] | None = None,
) -> SpacyDoc:
    """Build a spaCy ``Doc`` whose ``text`` is exactly ``text`` from token offsets.

    Args:
        vocab: the vocabulary of the pipeline.
        text: the text.
        spans: token offsets from :func:`token_spans` (sorted, disjoint, no white space at
            their edges); the white space between them becomes ``whitespace_`` or space tokens.
        sentence_starts: offsets where sentences start; tokens starting there get
            ``is_sent_start = True`` and every other token ``False``. ``None`` leaves sentence
            boundaries unset.

    Returns:
        The ``Doc``; ``doc.text == text`` and ``doc[i].idx`` are the offsets of ``spans``.

    >>> from spacy.vocab import Vocab
    >>> d = doc_from_spans(Vocab(), "Hà Nội  đạt\\n20%", [(0, 6), (8, 11), (12, 15)])
    >>> [t.text for t in d], d.text == "Hà Nội  đạt\\n20%"
    (['Hà Nội', ' ', 'đạt', '\\n', '20%'], True)
    """
    words: list[str] = []
    spaces: list[bool] = []
    real: list[int | None] = []  # token start for real tokens, None for space tokens

    def gap(g: str) -> None:
        if not g:
            return
        if words and g[0] == " " and not spaces[-1]:
            spaces[-1] = True
            g = g[1:]
            if not g:
                return
        words.append(g)
        spaces.append(False)
        real.append(None)

    pos = 0
    for a, b in spans:
        gap(text[pos:a])
        words.append(text[a:b])
        spaces.append(False)
        real.append(a)
        pos = b
    gap(text[pos:])
    sent_starts = None
    if sentence_starts is not None:
        starts = set(sentence_starts)
        sent_starts = [i == 0 or (r is not None and r in starts) for i, r in enumerate(real)]
    doc = SpacyDoc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    return doc


# ------------------------------------------------------------------ the analysis cache

# The tokenizer that cuts at entity edges has already run the extraction; the components read
# its result from here instead of running it again. Keyed by id(doc), dropped with the Doc.
_ANALYSES: dict[int, DocumentResult] = {}


def _remember(doc: SpacyDoc, result: DocumentResult) -> None:
    key = id(doc)
    _ANALYSES[key] = result
    weakref.finalize(doc, _ANALYSES.pop, key, None)


def cached_analysis(doc: SpacyDoc) -> DocumentResult | None:
    """The extraction result the tokenizer made for ``doc``, if any (and if ``doc.text`` is
    still its text)."""
    r = _ANALYSES.get(id(doc))
    return r if r is not None and r.text == doc.text else None


_EXTRACTOR = None


def shared_extractor():  # noqa: ANN201 - Extractor, imported lazily
    """The process-wide :class:`~vn_egov_extract.pipeline.Extractor` used by the spaCy
    adapter (resources are loaded once, shared by the tokenizer and the components)."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from ..pipeline import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


# ------------------------------------------------------------------ the tokenizer


class VietnameseTokenizer(DummyTokenizer):
    """spaCy tokenizer on the library's segmentation (see the module docstring).

    Args:
        vocab: the pipeline's vocabulary.
        entity_boundaries: also run the extraction and cut words at the edges of its entities
            and claim evidence, so that every one of them lines up with tokens. The result is
            kept for the ``vn_egov_entities`` / ``vn_egov_claims`` components, which then do
            not run the extraction again. With ``False`` only the segmentation runs (and the
            components, if added, run the extraction and count spans that do not line up).

    The input is normalized first (:func:`vn_egov_extract.normalize.normalize_text`: NFC, no-break
    spaces → spaces), so ``doc.text`` is the text that the library's offsets index. Sentence
    boundaries (``doc.sents``) are the library's sentences.
    """

    def __init__(self, vocab: Vocab, *, entity_boundaries: bool = True) -> None:
        self.vocab = vocab
        self.entity_boundaries = entity_boundaries

    def __reduce__(self):  # noqa: ANN204 - pickling for multiprocessing
        return _rebuild_tokenizer, (self.vocab, self.entity_boundaries)

    def __call__(self, text: str) -> SpacyDoc:
        text = normalize_text(text)
        result: DocumentResult | None = None
        cuts: list[int] = []
        if self.entity_boundaries and text.strip():
            result = shared_extractor().extract(text)
            if result.text != text:  # pragma: no cover - normalization is idempotent
                log.warning("extraction changed the text; entity boundaries not used")
                result = None
        if result is not None:
            sentences = [SentenceSpan(s.start, s.end) for s in result.sentences]
            for e in result.entities:
                cuts += (e.start, e.end)
            for c in result.claims:
                cuts += (c.evidence.start, c.evidence.end)
        else:
            sentences = split_sentences(text)
        spans = token_spans(text, sentences=sentences, cuts=cuts)
        doc = doc_from_spans(self.vocab, text, spans, sentence_starts=[s.start for s in sentences])
        if result is not None:
            _remember(doc, result)
        return doc


def _rebuild_tokenizer(vocab: Vocab, entity_boundaries: bool) -> VietnameseTokenizer:
    return VietnameseTokenizer(vocab, entity_boundaries=entity_boundaries)


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer(entity_boundaries: bool = True):  # noqa: ANN201 - spaCy's factory shape
    """spaCy registry function for :class:`VietnameseTokenizer`.

    Use it in a config: ``[nlp.tokenizer] @tokenizers = "vn_egov_extract.VietnameseTokenizer.v1"``.
    """

    def tokenizer_factory(nlp) -> VietnameseTokenizer:  # noqa: ANN001
        return VietnameseTokenizer(nlp.vocab, entity_boundaries=entity_boundaries)

    return tokenizer_factory
