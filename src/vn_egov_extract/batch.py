"""Batch processing: many files in, one output file out, in input order.

* ``jobs > 1`` runs the documents in worker processes; results are written in input order.
* Every document yields a result: a file that cannot be read gives one with an ``errors`` entry.
* Output is written atomically (temporary file, then rename) and flushed per document.
* ``resume``: inputs whose content hash is already in the output file are skipped and their
  lines kept.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .emit import AtomicWriter, ResultWriter
from .models import DocumentResult
from .pipeline import Extractor, content_hash
from .readers import ReadOptions

__all__ = ["BatchOptions", "BatchSummary", "run_batch", "process_path"]


@dataclass
class BatchOptions:
    """Options of a batch run (see :func:`run_batch`)."""

    tokens: bool = False
    doc_date: dt.date | None = None
    jobs: int = 1
    redact_pii: bool = False
    read_options: ReadOptions = field(default_factory=ReadOptions)
    timeout: float | None = None


@dataclass
class BatchSummary:
    """What a batch did: documents read, with errors, skipped (resume), claims written."""

    documents: int = 0
    with_errors: int = 0
    skipped: int = 0
    claims: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """A one-line human summary."""
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(self.error_kinds.items()))
        s = f"{self.documents} documents read, {self.with_errors} with errors, {self.claims} claims written"
        if self.skipped:
            s += f", {self.skipped} skipped (already in output)"
        if kinds:
            s += f" [{kinds}]"
        return s


_EXTRACTOR: Extractor | None = None
_OPTIONS: BatchOptions | None = None


def _init(options: BatchOptions) -> None:
    global _EXTRACTOR, _OPTIONS
    _OPTIONS = options
    _EXTRACTOR = Extractor(tokens=options.tokens, redact_pii=options.redact_pii, read_options=options.read_options)


def process_path(path: str) -> DocumentResult:
    """Process one input path (or "-" for standard input) with the worker's extractor."""
    assert _EXTRACTOR is not None and _OPTIONS is not None
    if path == "-":
        import sys

        data = sys.stdin.buffer.read()
        return _EXTRACTOR.extract_bytes(data, name="-", doc_date=_OPTIONS.doc_date)
    return _EXTRACTOR.extract_file(path, doc_date=_OPTIONS.doc_date)


def _hash_of(path: str) -> str | None:
    try:
        return content_hash(Path(path).read_bytes())
    except OSError:
        return None


def _existing_hashes(output: str) -> set[str]:
    hashes: set[str] = set()
    p = Path(output)
    if not p.exists():
        return hashes
    with open(p, encoding="utf-8") as fh:
        for line in fh:
            if not line.endswith("\n"):
                break  # a cut last line (cannot happen with atomic writes; stay safe)
            try:
                h = json.loads(line).get("content_hash")
            except json.JSONDecodeError:
                continue
            if h:
                hashes.add(h)
    return hashes


def _results(paths: list[str], options: BatchOptions) -> Iterator[DocumentResult]:
    if options.jobs <= 1 or len(paths) <= 1:
        _init(options)
        for p in paths:
            yield process_path(p)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=options.jobs, initializer=_init, initargs=(options,)) as ex:
        yield from ex.map(process_path, paths, chunksize=4)


def run_batch(
    paths: list[str],
    *,
    output: str = "-",
    fmt: str = "jsonl",
    options: BatchOptions | None = None,
    resume: bool = False,
    progress: bool = False,
) -> BatchSummary:
    """Process ``paths`` and write their results to ``output`` (see module docstring)."""
    options = options or BatchOptions()
    summary = BatchSummary()
    todo = paths
    if resume:
        done = _existing_hashes(output)
        todo = []
        for p in paths:
            h = _hash_of(p) if p != "-" else None
            if h is not None and h in done:
                summary.skipped += 1
            else:
                todo.append(p)
    out = AtomicWriter(output, append_from=output if resume else None)
    try:
        writer = ResultWriter(out, fmt)
        bar = _progress(len(todo)) if progress and len(todo) > 1 else None
        for r in _results(todo, options):
            writer.write(r)
            summary.documents += 1
            summary.claims += len(r.claims)
            errs = [e for e in r.errors if e.severity == "error"]
            if errs:
                summary.with_errors += 1
                for e in errs:
                    summary.error_kinds[e.kind] = summary.error_kinds.get(e.kind, 0) + 1
            if bar is not None:
                bar.advance()
        if bar is not None:
            bar.close()
        writer.close()
        out.commit()
    except BaseException:
        # keep what was written: whole lines only (each write is flushed and complete)
        if out.path is not None and fmt == "jsonl":
            out.commit()
        else:
            out.abort()
        raise
    return summary


class _progress:
    """A rich progress bar on standard error."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._p = Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._p.start()
        self._task = self._p.add_task("extract", total=total)

    def advance(self) -> None:
        self._p.advance(self._task)

    def close(self) -> None:
        self._p.stop()
