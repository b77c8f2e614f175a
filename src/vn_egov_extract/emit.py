"""Emit stage: document results to JSONL, JSON and CSV.

* JSONL: one :class:`~vn_egov_extract.models.DocumentResult` per line (spec §1), UTF-8, no
  ASCII escaping; each line is flushed as it is written, so an interrupted run leaves only
  whole lines.
* JSON: one array of results.
* CSV: one row per claim with flat columns (:data:`CSV_COLUMNS`), for spreadsheets.

Files are written atomically: to a temporary file in the same folder, renamed over the
target when complete (:class:`AtomicWriter`).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import signal
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .models import DocumentResult

__all__ = [
    "result_to_dict",
    "to_jsonl_line",
    "CSV_COLUMNS",
    "claim_rows",
    "AtomicWriter",
    "ResultWriter",
    "safe_output_path",
]

CSV_COLUMNS = [
    "source",
    "doc_date",
    "subject_name",
    "subject_kind",
    "subject_scope",
    "subject_text",
    "metric_key",
    "metric_text",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "direction",
    "status",
    "period_start",
    "period_end",
    "period_text",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "confidence",
    "rule",
    "page",
]


def result_to_dict(result: DocumentResult) -> dict[str, Any]:
    """The JSON-ready dict of a result (``None`` fields kept: the spec's shape)."""
    return result.model_dump(mode="json")


def to_jsonl_line(result: DocumentResult) -> str:
    """One JSONL line (with the newline)."""
    return json.dumps(result_to_dict(result), ensure_ascii=False, separators=(",", ":")) + "\n"


def claim_rows(result: DocumentResult) -> Iterable[dict[str, Any]]:
    """Flat CSV rows, one per claim of ``result``."""
    for c in result.claims:
        yield {
            "source": result.source,
            "doc_date": result.doc_date,
            "subject_name": c.subject.name,
            "subject_kind": c.subject.kind,
            "subject_scope": c.subject.scope,
            "subject_text": c.subject.text,
            "metric_key": c.metric.key,
            "metric_text": c.metric.text,
            "value": c.value.value,
            "low": c.value.low,
            "high": c.value.high,
            "unit": c.value.unit,
            "qualifier": c.value.qualifier,
            "direction": c.value.direction,
            "status": c.status,
            "period_start": c.period.start,
            "period_end": c.period.end,
            "period_text": c.period.text,
            "evidence_start": c.evidence.start,
            "evidence_end": c.evidence.end,
            "evidence_text": c.evidence.text,
            "confidence": c.confidence,
            "rule": c.rule,
            "page": c.page,
        }


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back in this thread for the block (POSIX); they are delivered
    when it ends."""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    held = {signal.SIGINT, signal.SIGTERM}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class AtomicWriter:
    """A text file written to a temporary name and renamed over ``path`` on :meth:`commit`.

    ``path`` of ``None`` or ``"-"`` writes to standard output (not atomic). Used as a context
    manager, it commits on success and removes the temporary file on error.
    """

    def __init__(self, path: str | Path | None, *, append_from: str | Path | None = None) -> None:
        self.path = None if path in (None, "-") else Path(path)
        self._tmp: str | None = None
        if self.path is None:
            import sys

            self.fh: IO[str] = sys.stdout
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".part", dir=self.path.parent)
            self.fh = open(fd, "w", encoding="utf-8", newline="")
            if append_from is not None and Path(append_from).exists():
                with open(append_from, encoding="utf-8") as src:
                    for line in src:
                        if line.endswith("\n"):
                            self.fh.write(line)

    def write(self, s: str) -> None:
        """Write ``s`` and flush it to the operating system, with Ctrl-C and SIGTERM held back
        until both are done, so that an interrupted run never leaves half a line."""
        with _signals_deferred():
            self.fh.write(s)
            self.fh.flush()

    def commit(self) -> None:
        """Close and move the temporary file to ``path``."""
        if self.path is None or self._tmp is None:
            self.fh.flush()
            return
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self._tmp, 0o666 & ~umask)  # mkstemp made it 0600; give it a new file's mode
        os.replace(self._tmp, self.path)
        self._tmp = None

    def abort(self) -> None:
        """Close and remove the temporary file."""
        if self._tmp is not None:
            self.fh.close()
            try:
                os.unlink(self._tmp)
            except OSError:
                pass
            self._tmp = None

    def __enter__(self) -> AtomicWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:  # noqa: ANN001
        if exc_type is None:
            self.commit()
        else:
            self.abort()


class ResultWriter:
    """Writes results in one of the formats ("jsonl", "json", "csv") to an :class:`AtomicWriter`."""

    def __init__(self, out: AtomicWriter, fmt: str = "jsonl") -> None:
        if fmt not in ("jsonl", "json", "csv"):
            raise ValueError(f"unknown output format {fmt!r}")
        self.out = out
        self.fmt = fmt
        self._n = 0
        self._csv: csv.DictWriter | None = None
        if fmt == "csv":
            self._csv = csv.DictWriter(_Flushing(out), fieldnames=CSV_COLUMNS, extrasaction="ignore")
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[\n")

    def write(self, result: DocumentResult) -> None:
        """Write one result."""
        if self.fmt == "jsonl":
            self.out.write(to_jsonl_line(result))
        elif self.fmt == "json":
            sep = ",\n" if self._n else ""
            self.out.write(sep + json.dumps(result_to_dict(result), ensure_ascii=False, indent=2))
        else:
            assert self._csv is not None
            for row in claim_rows(result):
                self._csv.writerow(row)
        self._n += 1

    def write_line(self, line: str, data: dict[str, Any] | None = None) -> None:
        """Write one result given as its JSONL ``line`` (and, if at hand, its parsed ``data``).

        JSONL writes the line unchanged, so a reused line stays byte for byte the same."""
        if self.fmt == "jsonl":
            self.out.write(line if line.endswith("\n") else line + "\n")
            self._n += 1
            return
        self.write(DocumentResult.model_validate(data if data is not None else json.loads(line)))

    def close(self) -> None:
        """Finish the format (the closing bracket of JSON)."""
        if self.fmt == "json":
            self.out.write("\n]\n")


class _Flushing(io.TextIOBase):
    def __init__(self, out: AtomicWriter) -> None:
        self.out = out

    def write(self, s: str) -> int:  # type: ignore[override]
        self.out.write(s)
        return len(s)


_UNSAFE_CHARS = str.maketrans({c: "_" for c in '<>:"|?*\\' + "".join(map(chr, range(32))) + "\x7f"})
_MAX_COMPONENT = 150


def safe_output_path(root: str | Path, name: str, *, suffix: str = "") -> Path:
    """The path under ``root`` for an output named after an input's relative ``name``.

    The path cannot leave ``root``: separators of both kinds split ``name`` into parts; empty,
    ``.`` and ``..`` parts and a drive or root are dropped; control characters and characters
    Windows forbids become ``_``; each part is cut to 150 characters; and the result, with
    symbolic links resolved, must lie inside ``root`` (else the flattened name is used in
    ``root`` itself). ``suffix`` is appended to the file name.

    >>> safe_output_path("/out", "../../etc/passwd", suffix=".json").as_posix()
    '/out/etc/passwd.json'
    >>> safe_output_path("/out", "C:\\\\tin\\\\..\\\\a.txt").as_posix()
    '/out/C_/tin/a.txt'
    >>> safe_output_path("/out", "").as_posix()
    '/out/document'
    """
    root = Path(root)
    parts = [p.translate(_UNSAFE_CHARS)[:_MAX_COMPONENT] for p in name.replace("\\", "/").split("/")]
    parts = [p for p in parts if p not in ("", ".", "..")] or ["document"]
    parts[-1] = parts[-1] + suffix
    target = root.joinpath(*parts)
    try:
        inside = target.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):
        inside = False
    if not inside:
        target = root / "_".join(parts)[-_MAX_COMPONENT:]
    return target
