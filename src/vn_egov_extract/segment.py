"""Segmentation: sentences and word tokens, with offsets into ``text``.

Sentences: every line is a block (headings, table rows and list items end at a line break);
inside a block, sentence ends are found by the rule of underthesea's ``sent_tokenize``
(re-implemented over the punctuation only, with offsets and without importing underthesea: see
:func:`_sentence_pieces`; same output on the seeds, the dev corpus and the VTB treebank). A cut
inside a URL, e-mail or domain is undone; fragments split off wrongly are merged back: an
enumerator alone ("1.", "a)", "II.") joins the sentence after it, and trailing punctuation
alone ("/.", ".") joins the sentence before it.

Tokens (only when asked for): underthesea's word-segmentation CRF (see "tokens" below) over
syllable-level pieces of the folded view of each sentence, so every word has offsets from the
start and no re-alignment is needed. Domain tokens — document numbers ("3485/BTTTT-THH"),
numeric dates ("21/7/2021"), percentages ("37,43%", "100 %"), grouped numbers ("1.865"),
"quý III/2021", times, e-mail addresses, URLs and the abbreviations in
``models/fixed_words.tsv`` ("TP.HCM", "Bộ TT&TT") — are single pieces that the CRF may not join
to a neighbour, so they come out whole and alone. Inside a sentence, a capitalized syllable is
not joined to a lower-case one unless the pair is a dictionary word (a name, then the verb:
"Phạm" | "biết"; but "Sở" "Tư pháp"). "TP. HCM" written with a space is two words,
"TP." and "HCM", as in the Vietnamese Treebank.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from typing import Any

import regex

from .document import Doc, SentenceSpan
from .models import Token
from .normalize import FoldedView
from .resources import load_tsv

__all__ = ["split_sentences", "tokenize_span", "tokenize_text", "word_spans", "protected_spans", "segment"]

_ENUMERATOR = regex.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[a-zđ][.)]|[IVXLC]{1,6}[.)]|[-+*•·–—]|\(\d{1,3}\)|\([a-zđ]\))$"
)
_PUNCT_ONLY = regex.compile(r"^[\p{P}\p{S}\s]+$")


@functools.cache
def _word_tokenize():
    from underthesea import word_tokenize

    return word_tokenize


def _blocks(text: str) -> Iterable[tuple[int, int]]:
    """Non-empty lines of ``text`` as ``(start, end)`` with surrounding spaces trimmed."""
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
        pos = end + 1


_SENT_END = regex.compile(r"[.?!]")
_SPACES_AFTER = " \t\n\r"


@functools.cache
def _abbreviations() -> frozenset[str]:
    words = {r["word"].lower() for r in load_tsv("sentence_abbreviations.tsv", ("word",))}
    words.update("abcdefghijklmnopqrstuvwxyz")
    return frozenset(words)


def _word_before(text: str, s: int, pos: int) -> str:
    """The letters, digits and dots right before ``pos`` (not before ``s``)."""
    k = pos - 1
    while k >= s and (text[k].isalnum() or text[k] == "."):
        k -= 1
    return text[k + 1 : pos]


def _sentence_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence ends inside the line ``text[s:e]``, as trimmed ``(start, end)`` spans.

    The rule of underthesea's ``sent_tokenize`` (a Punkt-style splitter), run over the
    punctuation only: every ".", "?" or "!" ends a sentence (with any "?!." right after it),
    except a "." between two digits ("1.500") or after an abbreviation
    (``models/sentence_abbreviations.tsv``, single letters); "..." or more ends one only
    before an upper-case letter or the end of the line.
    """
    abbrev = _abbreviations()
    cuts: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    i = s
    for m in _SENT_END.finditer(text, s, e):
        p = m.start()
        if p < i:
            continue
        if text[p] == ".":
            q = p
            while q < e and text[q] == ".":
                q += 1
            if q - p >= 3:  # an ellipsis
                after = q
                while after < e and text[after] in " \t":
                    after += 1
                if after >= e or text[after].isupper():
                    nxt = q
                    while nxt < e and text[nxt] in _SPACES_AFTER:
                        nxt += 1
                    cuts.append((q, nxt))
                i = q
                continue
            if p > s and text[p - 1].isdigit() and p + 1 < e and text[p + 1].isdigit():
                continue
            word = _word_before(text, s, p)
            if word and word.lower() in abbrev:
                continue
        end = p + 1
        while end < e and text[end] in ".?!":
            end += 1
        nxt = end
        while nxt < e and text[nxt] in _SPACES_AFTER:
            nxt += 1
        cuts.append((end, nxt))
        i = nxt
    out: list[tuple[int, int]] = []
    start = s
    for end, nxt in [*cuts, (e, e)]:
        a, b = start, end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        start = nxt
    return out


def _split_block(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = _sentence_pieces(text, s, e)
    if not out:
        return [(s, e)]
    if len(out) > 1:
        out = _join_cut_tokens(text, s, e, out)
    # merge fragments
    merged: list[tuple[int, int]] = []
    pending_start: int | None = None
    for a, b in out:
        frag = text[a:b]
        if pending_start is not None:
            a = pending_start
            pending_start = None
        if _ENUMERATOR.match(frag) and (a, b) != out[-1]:
            pending_start = a
            continue
        if merged and _PUNCT_ONLY.match(frag):
            merged[-1] = (merged[-1][0], b)
            continue
        merged.append((a, b))
    if pending_start is not None:
        merged.append((pending_start, out[-1][1]))
    return merged


def _join_cut_tokens(text: str, s: int, e: int, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join pieces cut inside a protected token ("https://dti." | "gov.vn").

    Only a cut with no white space in it can fall inside one (no protected token holds ". ").
    """
    if all(b < a for (_, b), (a, _) in zip(pieces, pieces[1:], strict=False)):
        return pieces
    prot = protected_spans(text, s, e)
    if not prot:
        return pieces
    starts = [a for a, _ in prot]
    out = [pieces[0]]
    for a, b in pieces[1:]:
        k = bisect.bisect_left(starts, a) - 1  # the last protected span starting before ``a``
        if k >= 0 and prot[k][1] > a and prot[k][0] < out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def split_sentences(text: str) -> list[SentenceSpan]:
    """Split ``text`` into sentences (see the module docstring).

    Returns:
        Sentence spans in text order; every span is trimmed of white space and non-empty.

    >>> t = "Tỷ lệ đạt 37,43%. Tại TP.HCM đạt 20%.\\n1. Với điều kiện hiện có."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Tỷ lệ đạt 37,43%.', 'Tại TP.HCM đạt 20%.', '1. Với điều kiện hiện có.']
    """
    out: list[SentenceSpan] = []
    for block_no, (s, e) in enumerate(_blocks(text)):
        for a, b in _split_block(text, s, e):
            out.append(SentenceSpan(a, b, block_no))
    return out


# ------------------------------------------------------------------ protected domain tokens

_ATOMIC = regex.compile(
    r"""
    (?=[\dqQ])                                                              # cheap guard
    (?<![\p{L}\p{N}])
    (?:
        \d{1,5}(?:/\d{4})?/[\p{Lu}Đ][\p{L}\p{N}&]*(?:-[\p{L}\p{N}&]+)*      # số hiệu 3485/BTTTT-THH
      | \d{1,2}:\d{2}(?::\d{2})?                                            # time 18:49
      | \d{1,2}[/.-]\d{1,2}[/.-]\d{4}                                       # date 21/7/2021
      | (?:quý|Quý|QUÝ)\s+(?:[IV]{1,3}|[1-4])/\d{4}                         # quý III/2021
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?\s?%                                    # 1.234,5%
      | \d+(?:[.,]\d+)?\s?%                                                 # 37,43%
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?                                        # 1.865
      | \d+,\d+                                                             # 37,43
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)
# Web tokens, each searched only when its marker ("@", "://", a top-level domain) is present.
_EMAIL = regex.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\p{L}\p{N}])")
_URL = regex.compile(r"(?<![\p{L}\p{N}])https?://[^\s<>\"'|)]*[^\s<>\"'|).,;:!?]")
_TLD = regex.compile(r"\.(?:vn|com|org|net|gov|edu|int|info)(?![\p{L}\p{N}.])")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_URL_PATH = regex.compile(r"/[^\s<>\"'|)]*[^\s<>\"'|).,;:!?]")


def _web_spans(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """E-mail addresses, URLs and bare domains ("mic.gov.vn", "dichvucong.gov.vn/p/home")."""
    out: list[tuple[int, int]] = []
    if view.find("@", start, end) >= 0:
        out += [m.span() for m in _EMAIL.finditer(view, start, end)]
    if view.find("://", start, end) >= 0:
        out += [m.span() for m in _URL.finditer(view, start, end)]
    if view.find(".", start, end) >= 0:
        for m in _TLD.finditer(view, start, end):
            a = m.start()
            while a > start and view[a - 1] in _DOMAIN_CHARS:
                a -= 1
            while a < m.start() and view[a] in ".-":
                a += 1
            if a == m.start() or (a > 0 and (view[a - 1].isalnum() or view[a - 1] in "/@_")):
                continue  # no name before the TLD, or part of a URL / e-mail / longer word
            b = m.end()
            p = _URL_PATH.match(view, b, end)
            if p:
                b = p.end()
            out.append((a, b))
    return out


@functools.cache
def _fixed_words_pattern() -> regex.Pattern[str]:
    words = sorted({r["word"] for r in load_tsv("fixed_words.tsv", ("word",))}, key=len, reverse=True)
    alts = "|".join(regex.escape(w) for w in words)
    return regex.compile(r"(?<![\p{L}\p{N}])(?:" + alts + r")(?![\p{L}\p{N}&])")


def protected_spans(view: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``view[start:end]`` that must be single tokens (non-overlapping, sorted).

    >>> v = "Theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 tại TP.HCM đạt 37,43%."
    >>> [v[a:b] for a, b in protected_spans(v)]
    ['17/NQ-CP', '07/3/2019', 'TP.HCM', '37,43%']
    """
    end = len(view) if end is None else end
    spans = [(m.start(), m.end()) for m in _ATOMIC.finditer(view, start, end)]
    spans += _web_spans(view, start, end)
    spans += [(m.start(), m.end()) for m in _fixed_words_pattern().finditer(view, start, end)]
    spans.sort(key=lambda ab: (ab[0], -(ab[1] - ab[0])))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a < out[-1][1]:
            continue
        out.append((a, b))
    return out


# ------------------------------------------------------------------ tokens
#
# Word segmentation is underthesea's CRF model (VLSP 2013, ``ws_crf_vlsp2013_20230727``, GPL-3
# underthesea; the model file ships in the underthesea wheel) run through its Rust tagger
# (``underthesea_core.CRFTagger``). We compute the model's 43 feature templates ourselves, in one
# pass over the sentence, instead of calling ``underthesea.word_tokenize``: it builds them through
# ``CRFFeaturizer``, which took ~75% of its time, and its regex pre-tokenizer returns no offsets.
# The templates (``features.bin``) are checked at load time; with other templates we fall back to
# ``CRFFeaturizer``, and without the model files to ``underthesea.word_tokenize`` and re-alignment.

_TEMPLATES = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]",
    "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]", "T[0,2]",
    "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
    "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower",
    "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle",
    "T[0,1].istitle", "T[0,2].istitle",
    "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict",
    "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)  # fmt: skip
_MODEL_DIR = ("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")

# Syllable-level pre-tokens, like underthesea's regex tokenizer (whose output the CRF was
# trained on): abbreviations with inner dots or "&", numbers with their separators, words
# joined by hyphens, words, and any other character alone.
_PRETOKEN = regex.compile(
    r"""
      \.{2,} | -{2,} | ={1,2}> | -> | >>                       # "...", "--", "=>", "->"
    | [\p{Lu}]+&[\p{Lu}]+                                      # KH&CN
    | [\p{Lu}]+(?:\.[\p{L}]+)+\.?                              # T.Ư, TP.HCM
    | \p{Lu}\.(?!$)                                            # an initial: "H." (not at the end)
    | \p{L}+['’]\p{L}+                                         # H'Mông
    | \d{1,2}-\d{1,4}(?!\d)                                    # a day-month date: 23-3
    | \d+\p{Lu}+\d*(?:-\d+)?(?![\p{L}\p{N}])                   # codes, plates: 1A, 4K, 43H-016
    | \d+(?:[.,/:]\d+)*                                        # 1.865  37,43  10/2  18:49
    | \w+(?:-\w+)+                                             # e-mail, COVID-19
    | \w+
    | [^\w\s]
    """,
    regex.VERBOSE,
)


class _CrfSegmenter:
    """underthesea's word-segmentation CRF with the features computed here (see above)."""

    def __init__(self, tagger: Any, dictionary: frozenset[str], featurizer: Any = None) -> None:
        self._tagger = tagger
        self._dict = dictionary
        self.dictionary = dictionary  # lower-cased words of one or more syllables
        self._featurizer = featurizer  # underthesea_core.CRFFeaturizer when templates differ

    def features(self, toks: list[str]) -> list[list[str]]:
        """The 43 template features of each token (strings like ``"T[0,1].lower=hà nội"``).

        Same output as ``CRFFeaturizer(_TEMPLATES, dictionary)``: padding ``BOS``/``EOS``;
        ``isdigit`` = ASCII digits only; ``istitle`` = the first character is unchanged by
        upper-casing; ``is_in_dict`` = the lower-cased n-gram is in the dictionary.
        """
        if self._featurizer is not None:
            return self._featurizer.process([[[t] for t in toks]])[0]
        n = len(toks)
        d = self._dict
        low = [t.lower() for t in toks]
        T = ["BOS", "BOS", *toks, "EOS", "EOS"]
        L = ["BOS", "BOS", *low, "EOS", "EOS"]
        dg = ["BOS", "BOS", *("True" if t.isascii() and t.isdigit() else "False" for t in toks), "EOS", "EOS"]
        tb = [False, False, *(t[0].upper() == t[0] for t in toks), False, False]
        ts = ["BOS", "BOS", *("True" if x else "False" for x in tb[2:-2]), "EOS", "EOS"]
        di = ["BOS", "BOS", *("True" if x in d else "False" for x in low), "EOS", "EOS"]
        # bigrams starting at padded position k (k, k+1) and trigrams (k, k+1, k+2)
        last = n + 1  # padded index of the last token
        T2: list[str] = []
        L2: list[str] = []
        D2: list[str] = []
        T3: list[str] = []
        D3: list[str] = []
        for k in range(n + 3):
            if k < 2 or k + 1 > last:
                pad = "BOS" if k < 2 else "EOS"
                T2.append(pad)
                L2.append(pad)
                D2.append(pad)
            else:
                T2.append(T[k] + " " + T[k + 1])
                l2 = L[k] + " " + L[k + 1]
                L2.append(l2)
                D2.append("True" if l2 in d else "False")
        for k in range(n + 2):
            if k < 2 or k + 2 > last:
                pad = "BOS" if k < 2 else "EOS"
                T3.append(pad)
                D3.append(pad)
            else:
                T3.append(T2[k] + " " + T[k + 2])
                D3.append("True" if L2[k] + " " + L[k + 2] in d else "False")
        out = []
        for j in range(2, n + 2):
            t01 = "EOS" if j + 1 > last else ("True" if tb[j] and tb[j + 1] else "False")
            t02 = "EOS" if j + 2 > last else ("True" if tb[j] and tb[j + 1] and tb[j + 2] else "False")
            out.append([
                "T[-2]=" + T[j - 2], "T[-1]=" + T[j - 1], "T[0]=" + T[j], "T[1]=" + T[j + 1], "T[2]=" + T[j + 2],
                "T[-2,-1]=" + T2[j - 2], "T[-1,0]=" + T2[j - 1], "T[0,1]=" + T2[j], "T[1,2]=" + T2[j + 1],
                "T[-2,0]=" + T3[j - 2], "T[-1,1]=" + T3[j - 1], "T[0,2]=" + T3[j],
                "T[-2].lower=" + L[j - 2], "T[-1].lower=" + L[j - 1], "T[0].lower=" + L[j],
                "T[1].lower=" + L[j + 1], "T[2].lower=" + L[j + 2],
                "T[-2,-1].lower=" + L2[j - 2], "T[-1,0].lower=" + L2[j - 1],
                "T[0,1].lower=" + L2[j], "T[1,2].lower=" + L2[j + 1],
                "T[-1].isdigit=" + dg[j - 1], "T[0].isdigit=" + dg[j], "T[1].isdigit=" + dg[j + 1],
                "T[-2].istitle=" + ts[j - 2], "T[-1].istitle=" + ts[j - 1], "T[0].istitle=" + ts[j],
                "T[1].istitle=" + ts[j + 1], "T[2].istitle=" + ts[j + 2],
                "T[0,1].istitle=" + t01, "T[0,2].istitle=" + t02,
                "T[-2].is_in_dict=" + di[j - 2], "T[-1].is_in_dict=" + di[j - 1], "T[0].is_in_dict=" + di[j],
                "T[1].is_in_dict=" + di[j + 1], "T[2].is_in_dict=" + di[j + 2],
                "T[-2,-1].is_in_dict=" + D2[j - 2], "T[-1,0].is_in_dict=" + D2[j - 1],
                "T[0,1].is_in_dict=" + D2[j], "T[1,2].is_in_dict=" + D2[j + 1],
                "T[-2,0].is_in_dict=" + D3[j - 2], "T[-1,1].is_in_dict=" + D3[j - 1],
                "T[0,2].is_in_dict=" + D3[j],
            ])  # fmt: skip
        return out

    def join(self, toks: list[str]) -> list[bool]:
        """For each token, True when it continues the previous word (tag ``I-W``)."""
        if not toks:
            return []
        tags = self._tagger.tag(self.features(toks))
        return [tag == "I-W" for tag in tags]


@functools.cache
def _crf() -> _CrfSegmenter | None:
    """Load the CRF model from the installed underthesea (without importing underthesea)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*_MODEL_DIR)
    try:
        import joblib  # underthesea's own dependency and the loader it uses for these files
        from underthesea_core import CRFFeaturizer, CRFTagger

        tagger = CRFTagger()
        tagger.load(str(base / "models.bin"))
        # The installed underthesea's model files (a list of template names and a set of words),
        # written and read by underthesea itself with joblib: the same trust boundary as importing
        # underthesea. Never used on anything a user hands us.
        templates = joblib.load(base / "features.bin")
        dictionary = joblib.load(base / "dictionary.bin")
    except Exception:  # pragma: no cover - model layout of another underthesea version
        return None
    if tuple(templates) != _TEMPLATES:  # pragma: no cover - another model generation
        return _CrfSegmenter(tagger, frozenset(dictionary), CRFFeaturizer(list(templates), set(dictionary)))
    return _CrfSegmenter(tagger, frozenset(dictionary))


def _pretokens(view: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Syllable-level pieces of ``view[start:end]`` as ``(start, end, protected)``.

    Protected spans (:func:`protected_spans`) are single pieces.
    """
    out: list[tuple[int, int, bool]] = []
    pos = start
    for a, b in protected_spans(view, start, end):
        if pos < a:
            out.extend((m.start(), m.end(), False) for m in _PRETOKEN.finditer(view, pos, a))
        out.append((a, b, True))
        pos = b
    if pos < end:
        out.extend((m.start(), m.end(), False) for m in _PRETOKEN.finditer(view, pos, end))
    return out


def word_spans(view: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans of ``view[start:end]`` (offsets into ``view``, sorted, non-overlapping).

    Multi-syllable words are one span; protected domain tokens are whole and alone.

    >>> v = "Bộ TT&TT ban hành Văn bản số 3485/BTTTT-THH ngày 21/7/2021 tại TP.HCM."
    >>> [v[a:b] for a, b in word_spans(v)]
    ['Bộ TT&TT', 'ban hành', 'Văn bản', 'số', '3485/BTTTT-THH', 'ngày', '21/7/2021', 'tại', 'TP.HCM', '.']
    """
    end = len(view) if end is None else end
    crf = _crf()
    if crf is None:
        return _word_spans_underthesea(view, start, end)
    pieces = _pretokens(view, start, end)
    if not pieces:
        return []
    texts = [view[a:b] for a, b, _ in pieces]
    joins = crf.join(texts)
    out: list[tuple[int, int]] = []
    prev_protected = True
    for i, ((a, b, protected), join) in enumerate(zip(pieces, joins, strict=True)):
        if join and i >= 2 and _name_then_common(crf, texts[i - 1], texts[i]):
            join = False
        if join and out and not protected and not prev_protected:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
        prev_protected = protected
    return out


def _name_then_common(crf: _CrfSegmenter, before: str, piece: str) -> bool:
    """True for a capitalized syllable (not sentence-initial) followed by a lower-case one when
    the pair, lower-cased, is not a dictionary word: a name, then the next word ("Thu" | "đọc").

    Vietnamese capitalizes every syllable of a proper name, so inside a sentence a capitalized
    syllable joined to a lower-case one is a common word only when that word exists ("Sở Tư
    pháp": "tư pháp"). The CRF joins names to the verb after them; this rule undoes it (on UD
    Vietnamese-VTB it raises F1 on test, dev and train alike: 95.72 → 96.21, 95.45 → 95.59,
    95.89 → 96.22).
    """
    return before[:1].isupper() and piece[:1].islower() and before.lower() + " " + piece not in crf.dictionary


def _word_spans_underthesea(view: str, start: int, end: int) -> list[tuple[int, int]]:
    """Fallback: ``underthesea.word_tokenize`` re-aligned to ``view``, then protection."""
    sub = view[start:end]
    if not sub.strip():
        return []
    try:
        words = _word_tokenize()(sub)
    except Exception:  # pragma: no cover - defensive: never fail a document on tokenization
        words = sub.split()
    pieces = _align(view, start, end, words)
    return _apply_protection(pieces, protected_spans(view, start, end))


def _align(view: str, start: int, end: int, words: list[str]) -> list[tuple[int, int]]:
    """Offsets in ``view`` of underthesea's ``words`` for the sentence ``view[start:end]``."""
    out: list[tuple[int, int]] = []
    p = start
    for w in words:
        chars = [c for c in w if not c.isspace()]
        if not chars:
            continue
        while p < end and view[p].isspace():
            p += 1
        if p >= end:
            break
        # resync when the first character is not where we are (underthesea dropped something)
        if view[p].lower() != chars[0].lower():
            j = view.find(chars[0], p, min(end, p + 8))
            if j < 0:
                j = view.lower().find(chars[0].lower(), p, min(end, p + 8))
            if j >= 0:
                p = j
        ws = p
        for _c in chars:
            while p < end and view[p].isspace():
                p += 1
            if p >= end:
                break
            p += 1
        out.append((ws, p))
    return out


def _apply_protection(pieces: list[tuple[int, int]], protected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not protected:
        return pieces
    # cut every piece at protected edges
    edges = sorted({x for ab in protected for x in ab})
    cut: list[tuple[int, int]] = []
    for a, b in pieces:
        i = bisect.bisect_right(edges, a)
        cur = a
        while i < len(edges) and edges[i] < b:
            cut.append((cur, edges[i]))
            cur = edges[i]
            i += 1
        cut.append((cur, b))
    # merge pieces inside the same protected span
    out: list[tuple[int, int]] = []
    pstarts = [a for a, _ in protected]
    for a, b in cut:
        k = bisect.bisect_right(pstarts, a) - 1
        inside = k >= 0 and protected[k][0] <= a and b <= protected[k][1]
        if inside and out and out[-1][0] >= protected[k][0] and out[-1][1] <= protected[k][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def tokenize_span(doc: Doc, start: int, end: int) -> list[Token]:
    """Word tokens of ``doc.text[start:end]`` with offsets into ``doc.text``.

    Raises nothing on odd text.
    """
    return _tokens(doc.view, doc.text, start, end)


def tokenize_text(text: str) -> list[Token]:
    """Word tokens of ``text`` (already normalized, e.g. by ``normalize_text``).

    Returns:
        Tokens in text order; ``text[t.start:t.end] == t.text`` (code points, end exclusive).

    >>> [t.text for t in tokenize_text("Tỉnh Khánh Hoà đạt 37,43% dịch vụ công trực tuyến")]
    ['Tỉnh', 'Khánh Hoà', 'đạt', '37,43%', 'dịch vụ', 'công', 'trực tuyến']
    """
    return _tokens(FoldedView(text), text, 0, len(text))


def _tokens(fv: FoldedView, text: str, start: int, end: int) -> list[Token]:
    vs, ve = fv.from_text(start), fv.from_text(end)
    tokens = []
    for a, b in word_spans(fv.view, vs, ve):
        ts, te = fv.span(a, b)
        if te > ts:
            tokens.append(Token(text=text[ts:te], start=ts, end=te))
    return tokens


def segment(doc: Doc) -> None:
    """Fill ``doc.sentences`` (the segmentation stage; tokens are made later, on demand)."""
    doc.set_sentences(split_sentences(doc.text))
