"""Batch processing: many files in, their results out, in input order, with no result lost.

* **Every input gives a result.** A file that cannot be read, is too large, takes too long or
  kills its worker gives a result with an ``errors`` entry of a documented kind
  (:class:`~vn_egov_extract.errors.ErrorKind`); the batch goes on.
* **Limits** (:class:`BatchOptions`): ``read_options.max_bytes`` and ``max_pages`` per document,
  ``timeout`` seconds per document and ``max_memory`` per worker. With a time limit or
  ``jobs > 1`` each document runs in a worker process (:class:`~vn_egov_extract.limits.WorkerPool`)
  that is killed and replaced when it overruns; results still come out in input order.
* **Output** (:func:`run_batch`) is written to a temporary file in the output's folder, flushed
  after every document and renamed over the output when the run ends. An interrupted run
  (Ctrl-C, SIGTERM) renames what it has — whole JSONL lines only; a run killed outright leaves
  its whole lines in the temporary ``.<name>.<random>.part`` file.
* **Resume** (``resume=True``, JSONL only): an input whose ``(source, content_hash)`` is already
  in the output — or in a ``.part`` file left by a killed run — is not processed again; its line
  is reused. The output is rewritten in input order, so a resumed run gives the same file as an
  uninterrupted one. Lines of sources that are not among the inputs are kept, first.
* **Per-document files** (:func:`run_batch` with ``output_dir``): one JSON file per input at a
  path built from the input's name that cannot leave the folder
  (:func:`~vn_egov_extract.emit.safe_output_path`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from . import __version__
from .emit import AtomicWriter, ResultWriter, safe_output_path, to_jsonl_line
from .limits import WorkerFailure, WorkerPool
from .models import DocumentResult, ErrorEntry
from .pipeline import Extractor
from .readers import ReadOptions

__all__ = ["BatchOptions", "BatchSummary", "run_batch", "extract_paths", "process_path"]


@dataclass
class BatchOptions:
    """Options of a batch run (see :func:`run_batch`).

    Attributes:
        tokens, doc_date, redact_pii, read_options, province: as
            :class:`~vn_egov_extract.pipeline.Extractor`.
        jobs: worker processes (1: one worker, or none when there is no time limit).
        timeout: seconds per document, reading and extraction together; ``None`` takes
            ``read_options.timeout``; ``0`` or ``None`` there too: no limit.
        max_memory: address-space cap of each worker process in bytes (``None``: none).
        isolate: run documents in worker processes; ``None`` (default): when ``jobs > 1`` or
            there is a time limit.
    """

    tokens: bool = False
    doc_date: dt.date | None = None
    jobs: int = 1
    redact_pii: bool = False
    province: str | None = None
    read_options: ReadOptions = field(default_factory=ReadOptions)
    timeout: float | None = None
    max_memory: int | None = None
    isolate: bool | None = None

    @property
    def time_limit(self) -> float | None:
        """The time limit per document in seconds, or ``None``."""
        t = self.timeout if self.timeout is not None else self.read_options.timeout
        return t if t and t > 0 else None

    def isolated(self) -> bool:
        """Whether documents run in worker processes."""
        return self.isolate if self.isolate is not None else (self.jobs > 1 or self.time_limit is not None)


@dataclass
class BatchSummary:
    """What a batch did.

    Attributes:
        documents: results in the output for this run's inputs (processed + reused).
        reused: of those, results reused from a previous output (``resume``).
        with_errors: results with an ``errors`` entry of severity "error".
        with_warnings: results with warnings only.
        claims: claims in those results.
        error_kinds: count of "error" entries by kind.
        interrupted: the run was stopped before the end (the output holds what was done).
    """

    documents: int = 0
    reused: int = 0
    with_errors: int = 0
    with_warnings: int = 0
    claims: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    interrupted: bool = False

    @property
    def skipped(self) -> int:
        """Alias of ``reused`` (inputs not processed again)."""
        return self.reused

    def add(self, data: dict[str, Any], *, reused: bool = False) -> None:
        """Count one result (its JSON ``data``, or the :func:`_counts` of it)."""
        self.documents += 1
        self.reused += reused
        self.claims += data["n_claims"] if "n_claims" in data else len(data.get("claims") or [])
        errors = data.get("errors") or []
        kinds = [e.get("kind", "") for e in errors if e.get("severity", "error") == "error"]
        if kinds:
            self.with_errors += 1
            for k in kinds:
                self.error_kinds[k] = self.error_kinds.get(k, 0) + 1
        elif any(e.get("severity") == "warning" for e in errors):
            self.with_warnings += 1

    @property
    def exit_code(self) -> int:
        """0 when no result has an error, 1 when some have (the command line's exit status)."""
        return 1 if self.with_errors else 0

    def line(self) -> str:
        """A one-line human summary, e.g. ``1000 documents read (0 reused), 50 with errors
        [not_text: 20, ...], 3 with warnings, 24600 claims written``."""
        s = f"{self.documents} documents read"
        if self.reused:
            s += f" ({self.reused} reused from the previous output)"
        s += f", {self.with_errors} with errors"
        if self.error_kinds:
            s += " [" + ", ".join(f"{k}: {v}" for k, v in sorted(self.error_kinds.items())) + "]"
        if self.with_warnings:
            s += f", {self.with_warnings} with warnings"
        s += f", {self.claims} claims written"
        if self.interrupted:
            s += " — interrupted: rerun with --resume to finish"
        return s


# ----------------------------------------------------------------------------- one document

_EXTRACTOR: Extractor | None = None
_OPTIONS: BatchOptions | None = None


def _init(options: BatchOptions) -> None:
    global _EXTRACTOR, _OPTIONS
    _OPTIONS = options
    read_options = options.read_options
    if options.time_limit != read_options.timeout:
        from dataclasses import replace

        read_options = replace(read_options, timeout=options.time_limit)
    _EXTRACTOR = Extractor(
        tokens=options.tokens, redact_pii=options.redact_pii, read_options=read_options, province=options.province
    )


def process_path(path: str) -> DocumentResult:
    """Process one input path (or "-" for standard input) with the current batch extractor."""
    assert _EXTRACTOR is not None and _OPTIONS is not None
    if path == "-":
        import sys

        data = sys.stdin.buffer.read(_EXTRACTOR.read_options.max_bytes + 1)
        return _EXTRACTOR.extract_bytes(data, name="-", doc_date=_OPTIONS.doc_date)
    return _EXTRACTOR.extract_file(path, doc_date=_OPTIONS.doc_date)


def _line_of(result: DocumentResult) -> str:
    return to_jsonl_line(result)


def _counts(result: DocumentResult) -> dict[str, Any]:
    """What :meth:`BatchSummary.add` reads of a result — its claim count and its errors' kinds
    and severities — so that the parent process need not parse the result's JSON line again."""
    return {
        "n_claims": len(result.claims),
        "errors": [{"kind": str(e.kind), "severity": str(e.severity)} for e in result.errors],
    }


#: A result as it travels in a batch: its JSONL line and its :func:`_counts`.
_Answer = tuple[str, dict[str, Any]]


def _answer_of(result: DocumentResult) -> _Answer:
    return _line_of(result), _counts(result)


def _task_line(task: str) -> str:
    """The worker function: a task (JSON ``{"path", "source"}``) to the result's :func:`_counts`
    (one JSON line) followed by the result's JSON line (see :func:`_split_answer`)."""
    t = json.loads(task)
    r = process_path(t["path"])
    if t["source"] != t["path"]:
        r.source = t["source"]
    line, counts = _answer_of(r)
    return json.dumps(counts, ensure_ascii=False, separators=(",", ":")) + "\n" + line


def _split_answer(answer: str) -> _Answer:
    """A worker's answer (:func:`_task_line`) back to ``(line, counts)``."""
    head, _, line = answer.partition("\n")
    return line, json.loads(head)


def _failure_answer(failure: WorkerFailure, source: str, path: str, max_bytes: int) -> _Answer:
    r = DocumentResult(
        source=source,
        text="",
        errors=[ErrorEntry(kind=str(failure.kind), message=failure.message)],
        content_hash=hash_file(path, max_bytes) if path != "-" else None,
        library_version=__version__,
    )
    return _answer_of(r)


def hash_file(path: str | Path, max_bytes: int) -> str | None:
    """SHA-256 of a regular file of at most ``max_bytes`` bytes (read in chunks), else ``None``.

    The same digest as :func:`~vn_egov_extract.pipeline.content_hash` of its bytes.
    """
    try:
        st = os.stat(path)
        if not os.path.isfile(path) or st.st_size > max_bytes:
            return None
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def _lines(paths: list[str], options: BatchOptions) -> Iterator[_Answer]:
    """The JSON lines of the results of ``paths`` with their :func:`_counts`, in input order."""
    _init(options)
    if not options.isolated():
        for p in paths:
            yield _answer_of(process_path(p))
        return
    assert _EXTRACTOR is not None
    max_bytes = _EXTRACTOR.read_options.max_bytes
    # warm the parent once (lazy resources, underthesea) so that forked workers start warm
    _EXTRACTOR.extract("Tỉnh Khánh Hòa đạt 37,43% dịch vụ công trực tuyến mức 4 trong năm 2020.")
    stdin_copy: str | None = None
    tasks: list[tuple[str, str]] = []  # (path to read, source)
    for p in paths:
        if p == "-":
            if stdin_copy is None:
                import sys

                fd, stdin_copy = tempfile.mkstemp(prefix="vn-egov-stdin-")
                with os.fdopen(fd, "wb") as fh:
                    fh.write(sys.stdin.buffer.read(max_bytes + 1))
            tasks.append((stdin_copy, "-"))
        else:
            tasks.append((p, p))
    try:
        with WorkerPool(
            _task_line,
            jobs=options.jobs,
            timeout=options.time_limit,
            init=partial(_init, options),
            max_memory=options.max_memory,
        ) as pool:
            answers = pool.imap(json.dumps({"path": p, "source": s}) for p, s in tasks)
            for (p, s), answer in zip(tasks, answers, strict=True):
                if isinstance(answer, WorkerFailure):
                    yield _failure_answer(answer, s, p, max_bytes)
                else:
                    yield _split_answer(answer)
    finally:
        if stdin_copy is not None:
            os.unlink(stdin_copy)


def extract_paths(paths: Iterable[str], *, options: BatchOptions | None = None) -> Iterator[DocumentResult]:
    """Results of the files at ``paths`` ("-" for standard input), in input order, under the
    limits of ``options`` (worker processes when isolated: a document that hangs is ended).

    >>> rs = list(extract_paths(["no/such/file.txt"]))
    >>> [(e.kind, e.severity) for e in rs[0].errors]
    [('io_error', 'error')]
    """
    for line, _ in _lines(list(paths), options or BatchOptions()):
        yield DocumentResult.model_validate_json(line)


# ----------------------------------------------------------------------------- resume


def _part_files(output: Path) -> list[Path]:
    """Temporary files left next to ``output`` by killed runs."""
    if not output.parent.is_dir():
        return []
    return sorted(output.parent.glob(f".{output.name}.*.part"))


def _read_whole_lines(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """The complete, valid JSON lines of a JSONL file with their parsed objects."""
    try:
        fh = open(path, encoding="utf-8", errors="strict")
    except OSError:
        return
    with fh:
        try:
            for line in fh:
                if not line.endswith("\n"):
                    break  # a line cut by a kill
                try:
                    data = json.loads(line)
                except json.JSONDecodeError:
                    continue
                if isinstance(data, dict):
                    yield line, data
        except UnicodeDecodeError:
            return


@dataclass
class _Previous:
    """What earlier runs wrote: reusable lines by (source, content_hash), and the rest."""

    by_key: dict[tuple[str, str], tuple[str, dict[str, Any]]] = field(default_factory=dict)
    others: list[str] = field(default_factory=list)
    parts: list[Path] = field(default_factory=list)


def _load_previous(output: Path, sources: set[str]) -> _Previous:
    prev = _Previous(parts=_part_files(output))
    seen_other: set[str] = set()
    for f in [output, *prev.parts]:
        for line, data in _read_whole_lines(f):
            src, h = data.get("source"), data.get("content_hash")
            if src in sources:
                if isinstance(src, str) and isinstance(h, str):
                    prev.by_key.setdefault((src, h), (line, data))
            elif line not in seen_other:
                seen_other.add(line)
                prev.others.append(line)
    return prev


# ----------------------------------------------------------------------------- the run


def run_batch(
    paths: list[str],
    *,
    output: str = "-",
    fmt: str = "jsonl",
    options: BatchOptions | None = None,
    resume: bool = False,
    progress: bool = False,
    output_dir: str | None = None,
    names: list[str] | None = None,
) -> BatchSummary:
    """Process ``paths`` and write their results (see the module docstring).

    Args:
        paths: input files, "-" for standard input.
        output: the output file, "-" for standard output.
        fmt: "jsonl", "json" or "csv" (``resume`` needs "jsonl").
        options: limits and extraction options.
        resume: reuse the results already in ``output`` (or ``output_dir``).
        progress: show a progress bar on standard error.
        output_dir: write one ``<name>.json`` per input under this folder instead of ``output``.
        names: the relative name of each input for ``output_dir`` (default: its file name).

    Returns:
        The :class:`BatchSummary`; ``summary.exit_code`` is the command line's exit status.

    Raises:
        KeyboardInterrupt: after writing what was done (whole lines, renamed into place for
            JSONL; nothing for JSON and CSV, whose previous output is left as it was).
        ValueError: ``resume`` with a format other than JSONL or with standard output.
    """
    options = options or BatchOptions()
    if output_dir is not None:
        return _run_to_dir(paths, output_dir, names or [Path(p).name for p in paths], options, resume, progress)
    if resume and (fmt != "jsonl" or output == "-"):
        raise ValueError("resume needs a JSONL output file")
    summary = BatchSummary()
    prev = _load_previous(Path(output), set(paths)) if resume else _Previous()
    # which inputs are done already: (index → line) in input order
    reuse: dict[int, tuple[str, dict[str, Any]]] = {}
    if resume:
        max_bytes = options.read_options.max_bytes
        for i, p in enumerate(paths):
            h = hash_file(p, max_bytes) if p != "-" else None
            if h is not None and (p, h) in prev.by_key:
                reuse[i] = prev.by_key.pop((p, h))
    todo = [p for i, p in enumerate(paths) if i not in reuse]
    out = AtomicWriter(output)
    bar = _Progress(len(paths)) if progress and len(paths) > 1 else None
    fresh: Iterator[_Answer] = iter(())
    try:
        writer = ResultWriter(out, fmt)
        for line in prev.others:
            writer.write_line(line)
        if todo:
            fresh = _lines(todo, options)
        for i in range(len(paths)):
            if i in reuse:
                line, data = reuse.pop(i)
                writer.write_line(line, data)
                summary.add(data, reused=True)
            else:
                line, counts = next(fresh)
                if fmt == "jsonl":  # written as it is: no need to parse it
                    writer.write_line(line)
                else:
                    writer.write_line(line, json.loads(line))
                summary.add(counts)
            if bar is not None:
                bar.advance()
        writer.close()
        out.commit()
    except BaseException:
        summary.interrupted = True
        _close(fresh)
        if out.path is not None and fmt == "jsonl":
            # keep every result: what this run wrote, then the reusable lines it had not reached
            for line, _ in reuse.values():
                out.write(line)
            for line, _ in prev.by_key.values():
                out.write(line)
            out.commit()
        else:
            out.abort()
        raise
    finally:
        if bar is not None:
            bar.close()
    for part in prev.parts:  # merged into the output now
        try:
            part.unlink()
        except OSError:
            pass
    return summary


def _run_to_dir(
    paths: list[str], output_dir: str, names: list[str], options: BatchOptions, resume: bool, progress: bool
) -> BatchSummary:
    """One JSON file per input under ``output_dir`` (see :func:`run_batch`)."""
    root = Path(output_dir)
    root.mkdir(parents=True, exist_ok=True)
    summary = BatchSummary()
    targets: list[Path] = []
    used: set[Path] = set()
    for p, name in zip(paths, names, strict=True):
        t = safe_output_path(root, name, suffix=".json")
        if t in used:  # two inputs with the same name: tell them apart by a hash of the path
            t = t.with_name(f"{t.stem}-{hashlib.sha256(p.encode()).hexdigest()[:8]}{t.suffix}")
        used.add(t)
        targets.append(t)
    reuse: dict[int, dict[str, Any]] = {}
    if resume:
        for i, (p, t) in enumerate(zip(paths, targets, strict=True)):
            h = hash_file(p, options.read_options.max_bytes) if p != "-" else None
            if h is None or not t.is_file():
                continue
            try:
                data = json.loads(t.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("content_hash") == h and data.get("source") == p:
                reuse[i] = data
    todo = [p for i, p in enumerate(paths) if i not in reuse]
    fresh = _lines(todo, options) if todo else iter(())
    bar = _Progress(len(paths)) if progress and len(paths) > 1 else None
    try:
        for i, t in enumerate(targets):
            if i in reuse:
                summary.add(reuse[i], reused=True)
            else:
                line, counts = next(fresh)
                data = json.loads(line)
                t.parent.mkdir(parents=True, exist_ok=True)
                with AtomicWriter(t) as out:
                    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
                summary.add(data)
            if bar is not None:
                bar.advance()
    except BaseException:
        summary.interrupted = True
        _close(fresh)
        raise
    finally:
        if bar is not None:
            bar.close()
    return summary


def _close(it: Iterator[Any]) -> None:
    """End a results generator now (its worker processes with it)."""
    close = getattr(it, "close", None)
    if close is not None:
        close()


class _Progress:
    """A rich progress bar on standard error, refreshed by the caller (no thread: worker
    processes are forked from this process, and a fork must not copy a thread's locks)."""

    def __init__(self, total: int) -> None:
        import time

        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._time = time.monotonic
        self._p = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            auto_refresh=False,
        )
        self._p.start()
        self._task = self._p.add_task("extract", total=total)
        self._last = 0.0

    def advance(self) -> None:
        self._p.advance(self._task)
        now = self._time()
        if now - self._last > 0.2:
            self._last = now
            self._p.refresh()

    def close(self) -> None:
        self._p.stop()
