"""The pipeline: read → normalize → segment → layout → recognize → resolve → structure →
claims → emit, behind :class:`Extractor`.

:class:`Extractor` loads its resources once (gazetteers, lexicons, compiled patterns) and is
reused for many documents. A document that cannot be read becomes a result with an empty
``text`` and an ``errors`` entry; nothing a single document does stops a batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from . import __version__
from .claims import extract_claims
from .document import Doc, Ent
from .errors import ErrorKind, LimitExceededError, ReaderError, VnEgovExtractError
from .layout import apply_layout
from .limits import check_container, read_file_limited, sniff_document_format, time_limit
from .models import DocumentResult, Entity, ErrorEntry, Metadata, Sentence
from .normalize import normalize_text
from .readers import ReadOptions, ReadResult, read_bytes, registered_formats
from .recognizers import Recognizer, default_recognizers
from .resolve import resolve_entities
from .segment import segment, tokenize_span
from .structure import apply_structure

__all__ = ["Extractor", "extract", "extract_file", "content_hash"]


def content_hash(data: bytes | str) -> str:
    """SHA-256 hex digest of the input bytes (or UTF-8 text; lone surrogates kept as such), used by
    ``--resume``."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def _as_date(d: dt.date | str | None) -> dt.date | None:
    if d is None or isinstance(d, dt.date):
        return d
    return dt.date.fromisoformat(d)


class Extractor:
    """Extracts entities and claims from Vietnamese e-government documents.

    Args:
        tokens: emit word tokens in ``sentences[].tokens`` (slower: underthesea runs).
        recognizers: the recognizers to run (default: every registered one).
        redact_pii: replace e-mail addresses, phone numbers and personal names in the emitted
            ``text`` (and spans) by same-length masks, so offsets still hold.
        read_options: options of the read stage (OCR mode, size and page limits).
        province: the home province of the documents when the caller knows it (a provincial
            paper's or portal's archive, whose items say "toàn tỉnh", "Sở Tư pháp", "UBND tỉnh"
            without naming it): any spelling the gazetteer knows ("Bến Tre", "TP.HCM"). It
            resolves those subjects and bodies where the text itself names no home province (a
            letterhead or issuer wins). Default ``None``: unnamed, they stay "tỉnh".

    Raises:
        ValueError: ``province`` is not a province of the gazetteer (``models/provinces.tsv``).

    >>> ex = Extractor()
    >>> r = ex.extract("Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020.")
    >>> [(c.subject.name, c.metric.key, c.value.value, c.period.end) for c in r.claims]
    [('Khánh Hòa', 'dvc_level4_rate', 37.43, '2020-12-31')]
    """

    def __init__(
        self,
        *,
        tokens: bool = False,
        recognizers: list[Recognizer] | None = None,
        redact_pii: bool = False,
        read_options: ReadOptions | None = None,
        province: str | None = None,
    ) -> None:
        from .recognizers.locations import province_name

        self.province = province_name(province) if province else None
        self.tokens = tokens
        self.recognizers = recognizers if recognizers is not None else default_recognizers()
        self.redact_pii = redact_pii
        self.read_options = read_options or ReadOptions()

    # ---------------------------------------------------------------- public API

    def extract(
        self,
        text: str,
        *,
        doc_date: dt.date | str | None = None,
        source: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> DocumentResult:
        """Extract from a string.

        Args:
            text: the document text (any normalization form; it is normalized here).
            doc_date: the date the document speaks from, if the caller knows it (ISO string or date).
            source: a label for the result's ``source`` (e.g. a file name).
            metadata: known metadata (title, author, ...) to start from.

        Returns:
            The :class:`~vn_egov_extract.models.DocumentResult`; offsets index its ``text``.
        """
        h = content_hash(text)
        try:
            with time_limit(self.read_options.timeout):
                rr = ReadResult(text=normalize_text(text), format="text", metadata=dict(metadata or {}))
                return self._process(rr, source=source, doc_date=_as_date(doc_date), raw_hash=h)
        except VnEgovExtractError as e:  # the time limit
            return self._failed(source, e.kind, str(e), raw_hash=h)

    def extract_file(self, path: str | Path, *, doc_date: dt.date | str | None = None) -> DocumentResult:
        """Extract from a file (text, PDF, DOCX, HTML — chosen by content).

        A file that cannot be read gives a result with ``errors`` (never an exception): kind
        ``io_error`` for a missing file, a directory, a FIFO or device, a symlink loop or no
        permission; ``too_large`` for more than ``read_options.max_bytes`` (checked before
        reading). The other limits are those of :meth:`extract_bytes`.
        """
        source = str(path)
        try:
            data = read_file_limited(path, self.read_options.max_bytes)
        except VnEgovExtractError as e:
            return self._failed(source, e.kind, str(e))
        return self.extract_bytes(data, name=source, doc_date=doc_date)

    def extract_bytes(self, data: bytes, *, name: str = "", doc_date: dt.date | str | None = None) -> DocumentResult:
        """Extract from the bytes of a file named ``name`` (see :meth:`extract_file`).

        Never raises on bad input: a document that cannot be read or processed gives a result
        with empty ``text`` and one ``errors`` entry of severity "error" — ``too_large`` (more
        than ``read_options.max_bytes``, or a ZIP container expanding past it),
        ``unsupported_format`` (e.g. a PDF when no PDF reader is installed), ``not_text``,
        ``reader_error``, ``encrypted``, ``missing_dependency``, ``timeout`` (more than
        ``read_options.timeout`` seconds, reading and extraction together; see
        :func:`vn_egov_extract.limits.time_limit` for what an in-process limit can stop).
        """
        h = content_hash(data)
        try:
            with time_limit(self.read_options.timeout):
                rr = self._read(data, name)
                return self._process(rr, source=name or None, doc_date=_as_date(doc_date), raw_hash=h)
        except VnEgovExtractError as e:
            return self._failed(name or None, e.kind, str(e), raw_hash=h)
        except MemoryError:
            return self._failed(name or None, ErrorKind.TOO_LARGE, "ran out of memory while reading", raw_hash=h)

    def pipe(self, texts: Iterable[str], *, n_process: int = 1, batch_size: int = 8) -> Iterator[DocumentResult]:
        """Extract from many strings; results come in input order, as a stream.

        Args:
            texts: document texts (any iterable; read lazily, never all at once).
            n_process: worker processes; ``1`` runs here, in this process. Workers are forked
                where the platform allows it (Linux): they start with this extractor and every
                resource it has loaded, shared copy-on-write (extract one text first to load
                them once, here, rather than once per worker). Elsewhere each worker builds its
                own :class:`Extractor` with this one's options and recognizers.
            batch_size: texts sent to a worker at a time. At most ``2 * n_process`` batches
                are in flight, so memory stays flat on an endless stream.

        Yields:
            One :class:`~vn_egov_extract.models.DocumentResult` per text, in input order. A
            text that fails becomes a result with ``errors`` (as in :meth:`extract`).

        >>> [r.claims[0].subject.name for r in Extractor().pipe(["Hà Nội đạt 23,88%.", "Huế đạt 54,53%."])]
        ['Hà Nội', 'Thừa Thiên Huế']
        """
        if n_process <= 1:
            for t in texts:
                yield self._safe_extract(t)
            return
        import itertools
        import multiprocessing as mp
        from collections import deque
        from concurrent.futures import Future, ProcessPoolExecutor

        global _WORKER
        fork = "fork" in mp.get_all_start_methods()
        ctx = mp.get_context("fork" if fork else None)
        it = iter(texts)
        # a forked worker inherits this extractor as it is (warm); a spawned one builds its own
        previous, _WORKER = _WORKER, (self if fork else None)
        init, initargs = (None, ()) if fork else (_init_worker, (self._config(),))
        with ProcessPoolExecutor(max_workers=n_process, mp_context=ctx, initializer=init, initargs=initargs) as ex:
            pending: deque[Future[list[DocumentResult]]] = deque()

            def submit() -> bool:
                batch = list(itertools.islice(it, max(1, batch_size)))
                if batch:
                    pending.append(ex.submit(_worker_extract_batch, batch))
                return bool(batch)

            try:
                for _ in range(2 * n_process):  # the first submission forks the workers
                    if not submit():
                        break
            finally:
                _WORKER = previous
            while pending:
                results = pending.popleft().result()
                submit()
                yield from results

    # ---------------------------------------------------------------- internals

    def _safe_extract(self, text: str) -> DocumentResult:
        """:meth:`extract` that turns any exception into an ``internal_error`` result."""
        try:
            return self.extract(text)
        except Exception as e:  # a stream never stops on one text
            return self._failed(None, ErrorKind.INTERNAL_ERROR, f"{type(e).__name__}: {e}")

    def _config(self) -> dict[str, Any]:
        return {
            "tokens": self.tokens,
            "recognizers": self.recognizers,
            "redact_pii": self.redact_pii,
            "read_options": self.read_options,
        }

    def _failed(self, source: str | None, kind: str, message: str, *, raw_hash: str | None = None) -> DocumentResult:
        return DocumentResult(
            source=source,
            text="",
            errors=[ErrorEntry(kind=str(kind), message=message)],
            content_hash=raw_hash,
            library_version=__version__,
        )

    def _read(self, data: bytes, name: str) -> ReadResult:
        """Read ``data`` with the limits checked first (size, ZIP expansion, a reader to use).

        Raises:
            LimitExceededError: ``too_large``.
            ReaderError: ``unsupported_format`` (a document format with no reader installed),
                or whatever :func:`~vn_egov_extract.readers.read_bytes` raises.
        """
        opts = self.read_options
        if len(data) > opts.max_bytes:
            raise LimitExceededError(f"the input is {len(data):,} bytes, more than max_bytes={opts.max_bytes:,}")
        check_container(data, max_bytes=opts.max_bytes)
        fmt = sniff_document_format(data)
        if fmt is not None and fmt not in registered_formats():
            raise ReaderError(
                f"the input is a {fmt.upper()} document (by its content) and no {fmt.upper()} reader is "
                "installed in this version",
                kind=ErrorKind.UNSUPPORTED_FORMAT,
            )
        return read_bytes(data, name=name, options=opts)

    def _process(
        self, rr: ReadResult, *, source: str | None, doc_date: dt.date | None, raw_hash: str | None
    ) -> DocumentResult:
        """Run the stages after reading. Never raises on a document's content: a failure
        becomes an ``errors`` entry (``too_large`` when memory ran out, ``internal_error`` for a
        bug) on a result that keeps the read ``text``. The time limit's interruption is not
        caught here (it is a ``BaseException``) but by the caller's :func:`time_limit`."""
        try:
            return self._run(rr, source=source, doc_date=doc_date, raw_hash=raw_hash)
        except Exception as e:  # a bug must not stop a batch; report it on the document
            if isinstance(e, MemoryError):
                entry = ErrorEntry(kind=ErrorKind.TOO_LARGE, message="ran out of memory while extracting")
            elif isinstance(e, VnEgovExtractError):
                entry = ErrorEntry(kind=e.kind, message=str(e))
            else:
                entry = ErrorEntry(kind=ErrorKind.INTERNAL_ERROR, message=f"{type(e).__name__}: {e}")
            return DocumentResult(
                source=source,
                text=rr.text,
                errors=[*rr.errors, entry],
                content_hash=raw_hash,
                library_version=__version__,
            )

    def _run(
        self, rr: ReadResult, *, source: str | None, doc_date: dt.date | None, raw_hash: str | None
    ) -> DocumentResult:
        doc = Doc(rr.text, source=source)
        doc.errors = list(rr.errors)
        doc.tables = list(rr.tables)
        doc.page_starts = list(rr.page_starts)
        doc.decimal_point = rr.decimal_point
        doc.caller_doc_date = doc_date
        doc.caller_province = self.province
        doc.doc_date = doc_date
        md = {k: v for k, v in rr.metadata.items() if v is not None}
        doc.metadata = Metadata.model_validate(md) if md else Metadata()
        if rr.boilerplate:
            doc.set_boilerplate(list(rr.boilerplate))
        # segment and layout
        segment(doc)
        apply_layout(doc)
        # recognize and resolve
        candidates: list[Ent] = []
        for rec in self.recognizers:
            candidates.extend(rec.find(doc))
        doc.set_entities(resolve_entities(doc, candidates))
        # structure: metadata, doc_date (DATE values resolved), references
        references = apply_structure(doc)
        # claims
        claims = extract_claims(doc)
        return self._emit(doc, claims, references, raw_hash)

    def _emit(self, doc: Doc, claims, references, raw_hash: str | None) -> DocumentResult:  # noqa: ANN001
        text = doc.text
        if self.redact_pii:
            from .redact import redact

            text = redact(text, doc.entities)
        sentences = []
        for s in doc.sentences:
            toks = tokenize_span(doc, s.start, s.end) if self.tokens else None
            if toks is not None and self.redact_pii:
                toks = [t.model_copy(update={"text": text[t.start : t.end]}) for t in toks]
            sentences.append(Sentence(text=text[s.start : s.end], start=s.start, end=s.end, tokens=toks))
        entities = [
            Entity(
                label=e.label,  # type: ignore[arg-type]
                text=text[e.start : e.end],
                start=e.start,
                end=e.end,
                value=e.value,  # type: ignore[arg-type]
                rule=e.rule,
                match_kind=e.match_kind,  # type: ignore[arg-type]
                page=doc.page_of(e.start),
            )
            for e in doc.entities
        ]
        if self.redact_pii:
            claims = [
                c.model_copy(
                    update={"evidence": c.evidence.model_copy(update={"text": text[c.evidence.start : c.evidence.end]})}
                )
                for c in claims
            ]
        result = DocumentResult(
            source=doc.source,
            text=text,
            doc_date=doc.doc_date.isoformat() if doc.doc_date else None,
            doc_date_rule=doc.doc_date_rule,
            metadata=doc.metadata,
            sentences=sentences,
            entities=entities,
            claims=claims,
            references=references,
            boilerplate=doc.boilerplate,
            tables=doc.tables,
            errors=doc.errors,
            content_hash=raw_hash,
            library_version=__version__,
        )
        if self.redact_pii:
            from .redact import pii_strings, redact_everywhere

            signer = doc.metadata.signer.name if doc.metadata.signer else None
            pii = pii_strings(doc.entities, [signer, doc.metadata.author])
            data = redact_everywhere(result.model_dump(mode="json"), doc.text, pii)
            result = DocumentResult.model_validate(data)
        return result


_WORKER: Extractor | None = None


def _init_worker(config: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Extractor(**config)


def _worker_extract(text: str) -> DocumentResult:
    assert _WORKER is not None
    return _WORKER.extract(text)


def _worker_extract_batch(texts: list[str]) -> list[DocumentResult]:
    assert _WORKER is not None
    return [_WORKER._safe_extract(t) for t in texts]


_DEFAULT: Extractor | None = None


def _default() -> Extractor:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Extractor()
    return _DEFAULT


def extract(text: str, *, doc_date: dt.date | str | None = None, source: str | None = None) -> DocumentResult:
    """Extract entities and claims from ``text`` with a shared default :class:`Extractor`.

    >>> r = extract("Theo Nghị quyết số 17/NQ-CP ngày 07/3/2019")
    >>> [(e.label, e.text) for e in r.entities]
    [('DOC_NUMBER', '17/NQ-CP'), ('DATE', 'ngày 07/3/2019')]
    """
    return _default().extract(text, doc_date=doc_date, source=source)


def extract_file(path: str | Path, *, doc_date: dt.date | str | None = None) -> DocumentResult:
    """Extract from the file at ``path`` with the shared default :class:`Extractor`."""
    return _default().extract_file(path, doc_date=doc_date)
